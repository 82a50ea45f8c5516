"""Keeping a table whole on a page: QTextDocument splits tables between rows wherever a page ends
and has no "avoid" rule, so the reports look at the laid-out pages and set page breaks themselves.

A unit is a top-level table, with the level-2 heading just above it when there is one (a checklist
section's title stays with its first question). Used by finder.reports.printing.layout_html.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextCursor, QTextDocument, QTextFormat, QTextTable


def kept_units(doc: QTextDocument) -> list[tuple[object, QTextTable]]:
    """Each top-level table with what a page break goes before: the table, or the h2 heading just above it."""
    units = []
    for table in doc.rootFrame().childFrames():
        if not isinstance(table, QTextTable):
            continue
        before = doc.findBlock(table.firstPosition() - 2)
        heading = before.isValid() and before.blockFormat().headingLevel() == 2
        units.append((before if heading else table, table))
    return units


def span(doc: QTextDocument, unit) -> tuple[float, float]:
    """Where a unit (heading and table, or a table) starts and ends on the laid-out document."""
    layout = doc.documentLayout()
    target, table = unit
    rect = layout.frameBoundingRect(table)
    top = rect.top() if target is table else layout.blockBoundingRect(target).top()
    return top, rect.bottom()


def page_of(y: float, page_height: float) -> int:
    """The page a point is on. The layout counts in 64ths of a pixel: a table at a page's top can
    sit a hair above it, and a break set before it would leave that page empty."""
    return int((y + 0.5) // page_height)


def break_before(
    cursor: QTextCursor, target, policy=QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
) -> None:
    if isinstance(target, QTextTable):
        fmt = target.format()
        fmt.setPageBreakPolicy(policy)
        target.setFormat(fmt)
    else:
        fmt = target.blockFormat()
        fmt.setPageBreakPolicy(policy)
        cursor.setPosition(target.position())
        cursor.setBlockFormat(fmt)


def _empty_page(doc: QTextDocument, units, page_height: float) -> int | None:
    """The first page between the first and the last that no table or heading reaches, or None."""
    used = {0, doc.pageCount() - 1}
    for unit in units:
        top, bottom = span(doc, unit)
        used.update(range(page_of(top, page_height), page_of(bottom - 1, page_height) + 1))
    return next((p for p in range(doc.pageCount()) if p not in used), None)


def _no_empty_page(doc: QTextDocument, units, page_height: float, moved: set[int]) -> bool:
    """Undo a break that left a page empty, and break before the unit above it instead; whether it did.

    A table that ends a hair above a page's foot can have the layout count that page as used:
    a break before the next table then starts it a page further down, past an empty page.
    """
    empty = _empty_page(doc, units, page_height)
    after = (
        []
        if empty is None
        else [i for i in sorted(moved) if page_of(span(doc, units[i])[0], page_height) == empty + 1]
    )
    if not after:
        return False
    i = after[0]
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    break_before(cursor, units[i][0], QTextFormat.PageBreakFlag.PageBreak_Auto)
    moved.discard(i)
    if i > 0 and i - 1 not in moved:
        break_before(cursor, units[i - 1][0])
        moved.add(i - 1)
    cursor.endEditBlock()
    return True


def keep_together(doc: QTextDocument, page_height: float, passes: int = 6) -> None:
    """Move a question that would straddle a page, or a heading left alone at a page foot, to the next page.

    QTextDocument splits tables between rows wherever the page ends and has no "avoid" rule, so
    we look at the laid-out pages and add breaks ourselves. Every break moves what follows, and the
    document lays itself out again after each change (a tenth of a second for a 70-page handout):
    so one pass reads every table's place, reckons how far the breaks before it move it, sets all
    its breaks in one edit, and a next pass (rarely more than one) puts right what the reckoning missed.
    """
    units = kept_units(doc)
    if not units:
        return
    # each unit's height with no page in its way (a straddling table is taller by the gap it skips)
    size = doc.pageSize()
    doc.setPageSize(QSizeF(size.width(), 1e9))
    heights = [bottom - top for top, bottom in (span(doc, u) for u in units)]
    doc.setPageSize(size)
    moved: set[int] = set()
    for _ in range(3):  # rarely more than once: a fix for an empty page moves what follows it
        _break_straddlers(doc, units, heights, page_height, moved, passes)
        if not _no_empty_page(doc, units, page_height, moved):
            return
    _break_straddlers(doc, units, heights, page_height, moved, passes)


def _break_straddlers(
    doc: QTextDocument, units, heights, page_height: float, moved: set[int], passes: int
) -> None:
    for _ in range(passes):
        shift, moves = 0.0, []  # shift: how much lower the breaks set so far put what follows
        for i, unit in enumerate(units):
            top, bottom = span(doc, unit)
            top, bottom = top + shift, bottom + shift
            if i in moved or heights[i] >= page_height:
                continue  # already at a page top, or taller than a page: nothing to gain
            page = page_of(top, page_height)
            if page == page_of(bottom - 1, page_height):
                continue
            moves.append(i)
            shift += (page + 1) * page_height + heights[i] - bottom
        if not moves:
            return
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()  # one layout for all of this pass's breaks
        for i in moves:
            break_before(cursor, units[i][0])
        cursor.endEditBlock()
        moved.update(moves)
