"""Nothing in the results is told by colour alone (issue 19).

Every cell the model colours (a foreground, background or font of its own) also says in words
why, in the cell or, for a row drawn in red, in the row's name: "[Do not refer]" before the name, "(old)" after a room answer past its age, "[Not listed]"
before a program the latest full edition dropped; the same words reach the tooltip a screen
reader reads (AccessibleTextRole). The details pane says the same in words beside its red.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from finder.services.importing.report import DelistedMark
from finder.services.origins import resolve_origin
from finder.services.search import SearchCriteria, search_programs
from finder.ui.results_model import DELISTED_MARK, DNR_MARK, ResultsModel

STYLE_ROLES = (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole)


def _marked_rows(db):
    from finder.services import calls
    from finder.services.editing import set_status

    rows = search_programs(db, resolve_origin("92660"), SearchCriteria()).results
    dnr, old, gone = rows[0].id, rows[1].id, rows[2].id
    set_status(db, dnr, "do-not-refer", reason="license lapsed")
    calls.log_call(db, old, outcome="reached", accepting=True, at=datetime.now() - timedelta(days=60))
    rows = search_programs(db, resolve_origin("92660"), SearchCriteria()).results
    rows = [
        dataclasses.replace(r, delisted=DelistedMark("2026-01-05", "national.csv", "2025"))
        if r.id == gone
        else r
        for r in rows
    ]
    return rows, dnr, old, gone


def test_every_coloured_cell_also_says_why_in_words(sample_db):
    rows, dnr, old, gone = _marked_rows(sample_db)
    model = ResultsModel()
    model.set_rows(rows)
    styled = []
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            if not any(model.data(index, role) is not None for role in STYLE_ROLES):
                continue
            # the words are in the cell itself, or (a row in red) in the row's name
            text, name = model.data(index) or "", model.data(model.index(r, 0)) or ""
            styled.append(text)
            words = text if "(old)" in text else name
            assert any(mark.strip() in words for mark in (DNR_MARK, DELISTED_MARK, "(old)")), (
                r,
                c,
                text,
                name,
            )
            spoken = (
                model.data(model.index(r, 0 if words is name else c), Qt.ItemDataRole.AccessibleTextRole)
                or ""
            )
            assert any(m.strip() in spoken for m in (DNR_MARK, DELISTED_MARK, "old")), (
                spoken
            )  # "days old: call again"
    assert len(styled) >= 2  # the do-not-refer row (and an old room answer) are coloured, with words
    names = {model.row(i).id: model.data(model.index(i, 0)) for i in range(model.rowCount())}
    assert names[dnr].startswith(DNR_MARK) and DELISTED_MARK in names[gone]
    old_row = next(i for i in range(model.rowCount()) if model.row(i).id == old)
    for c in range(model.columnCount()):  # a room answer greyed for its age says "(old)" too
        if model.data(model.index(old_row, c), Qt.ItemDataRole.ForegroundRole) is not None:
            assert "(old)" in model.data(model.index(old_row, c))


def test_the_details_say_do_not_refer_in_words(qtbot, window):
    from finder.services.editing import set_status
    from tests.ui.helpers import search, select

    set_status(window.db, 1, "do-not-refer", reason="license lapsed")
    search(qtbot, window, "92660")
    select(qtbot, window, 1)
    text = window.details.text()
    assert "Do not refer" in text and "license lapsed" in text
