"""Everything we know about the selected program, readable and copyable."""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import QGridLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from finder.domain.validation import format_phone, verification_state
from finder.services.directory import ProgramDetail
from finder.services.search import ResultRow
from finder.texts import availability as room_words
from finder.texts import vocab
from finder.ui.dialog_kit import quiet_colour
from finder.ui.texts import arg, translate

PRECISION_TEXT = {
    "exact": QT_TRANSLATE_NOOP("Details", "exact (from the street address)"),
    "zip": QT_TRANSLATE_NOOP(
        "Details", "approximate: the centre of ZIP %1, so distances are rough (shown with ≈)"
    ),
    "manual": QT_TRANSLATE_NOOP("Details", "set by hand"),
}


def safe_web_url(raw: str) -> str | None:
    """An http(s) URL for a website field, or None: other schemes are never made clickable."""
    raw = (raw or "").strip()
    if not raw or any(c.isspace() for c in raw):
        return None
    parts = urlsplit(raw)
    if not parts.scheme:
        if "." not in raw.split("/")[0] or raw.startswith(("/", ".")):
            return None
        raw = "https://" + raw
        parts = urlsplit(raw)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return raw


def _e(text) -> str:
    return html.escape(str(text or ""))


DNR_TITLE = QT_TRANSLATE_NOOP("Details", "⚠ Do not refer")
STALE_TITLE = QT_TRANSLATE_NOOP("Details", "⚠ Possibly out of date")


def warning_colour(palette: QPalette) -> str:
    """A red that reads on the current background (light or dark); always paired with text."""
    return "#ff7b7b" if palette.color(QPalette.ColorRole.Base).lightness() < 128 else "#b00020"


class DetailsPane(QWidget):
    copied = Signal(str)  # what was copied, for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPane")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.browser = QTextBrowser()
        self.browser.setObjectName("detailsText")
        self.browser.setAccessibleName(translate("Details", "Program details"))
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._open_link)
        lay.addWidget(self.browser, 1)
        self.actions_bar = QWidget()
        self.actions_bar.setObjectName("detailsActions")
        bars = QVBoxLayout(self.actions_bar)
        bars.setContentsMargins(4, 2, 4, 4)
        bars.setSpacing(2)
        # what a case manager does with the program, three to a row so the pane stays narrow
        # enough for the results at 1280 px; the window connects these
        grid = QGridLayout()
        grid.setSpacing(2)
        self.add_button = QPushButton(translate("Details", "&Add to shortlist"))
        self.call_button = QPushButton(translate("Details", "Lo&g call…"))
        self.edit_button = QPushButton(translate("Details", "Edi&t…"))
        self.verify_button = QPushButton(translate("Details", "Mar&k verified"))
        for b, tip in (
            (self.add_button, translate("Details", "Put this program on the current shortlist")),
            (
                self.call_button,
                translate("Details", "Record a phone call: outcome, room, what they confirmed (Ctrl+L)"),
            ),
            (self.edit_button, translate("Details", "Correct or complete this program's entry")),
            (
                self.verify_button,
                translate("Details", "Record that you checked these details with the program today"),
            ),
        ):
            b.setToolTip(tip)
            b.setAccessibleDescription(tip)
        # who changed what, and when (history_dialog.py); no mnemonic: the window's letters are taken
        self.history_button = QPushButton(translate("Details", "History…"))
        self.history_button.setToolTip(
            translate("Details", "Who changed this entry and its checklist answers, and when")
        )
        self.history_button.clicked.connect(self.open_history)
        self.copy_phone = QPushButton(translate("Details", "Cop&y phone"))
        self.copy_intake = QPushButton(translate("Details", "Copy intake"))
        self.copy_address = QPushButton(translate("Details", "Copy address"))
        for b, name in (
            (self.copy_phone, translate("Details", "Copy main phone number")),
            (self.copy_intake, translate("Details", "Copy intake phone number")),
            (self.copy_address, translate("Details", "Copy address")),
        ):
            b.setAccessibleName(name)
        for i, b in enumerate(
            (
                self.add_button,
                self.call_button,
                self.edit_button,
                self.verify_button,
                self.history_button,
                self.copy_address,
                self.copy_phone,
                self.copy_intake,
            )
        ):
            grid.addWidget(b, i // 3, i % 3)
        bars.addLayout(grid)
        lay.addWidget(self.actions_bar)
        # copied as shown, so a pasted number reads like every other one
        self.copy_phone.clicked.connect(
            lambda: self._copy(format_phone(self._detail.phone) if self._detail else "")
        )
        self.copy_intake.clicked.connect(
            lambda: self._copy(format_phone(self._detail.intake_phone) if self._detail else "")
        )
        self.copy_address.clicked.connect(lambda: self._copy(self._detail.address if self._detail else ""))
        self._detail: ProgramDetail | None = None
        self._row: ResultRow | None = None
        self.show_message(translate("Details", "Select a program to see everything recorded about it."))

    # --- public ---------------------------------------------------------------------------
    @property
    def program_id(self) -> int | None:
        return self._detail.id if self._detail else None

    def show_message(self, text: str) -> None:
        self._detail = None
        self._row = None
        self.browser.setHtml(f"<p>{_e(text)}</p>")
        self._update_buttons()

    def show_program(
        self, detail: ProgramDetail, row: ResultRow | None = None, room=None, confirmed: dict | None = None
    ) -> None:
        """`room`: what the latest call said about room (availability.Availability); `confirmed`:
        the facts calls confirmed or contradicted (calls.confirmations)."""
        self._detail, self._row = detail, row
        self._calls = (room, confirmed or {})
        self.browser.setHtml(self.render_html(detail, row))
        self._update_buttons()

    def text(self) -> str:
        return self.browser.toPlainText()

    def _calls_html(self, red: str) -> list[str]:
        room, confirmed = getattr(self, "_calls", (None, {}))
        out = []
        if room is not None:
            style = f" style='color:{quiet_colour(self.palette()).name()}'" if room.stale() else ""
            out.append(
                f"<p{style}><b>" + _e(translate("Details", "Room:")) + f"</b> {_e(room_words.room(room))}</p>"
            )
        facts = [room_words.confirmation_of(k, c) for k, c in confirmed.items()]
        if facts:
            wrong = confirmed.get("phone") is not None and not confirmed["phone"].value
            items = "".join(f"<li>{_e(f)}</li>" for f in facts)
            warn = (
                (
                    "<p style='color:"
                    + red
                    + "'><b>"
                    + _e(translate("Details", "⚠ The phone number was wrong on the last call."))
                    + "</b></p>"
                )
                if wrong
                else ""
            )
            out.append(
                warn + "<p><b>" + _e(translate("Details", "Checked by phone")) + f"</b></p><ul>{items}</ul>"
            )
        return out

    # --- rendering ------------------------------------------------------------------------
    def render_html(self, p: ProgramDetail, row: ResultRow | None) -> str:
        pal = self.palette()
        chip_bg = pal.color(QPalette.ColorRole.AlternateBase).name()
        chip_fg = pal.color(QPalette.ColorRole.Text).name()

        def chips(vocabulary: str, slugs, extra: list[str] | None = None) -> str:
            labels = [vocab.label(vocabulary, s) for s in slugs] + (extra or [])
            if not labels:
                return "<i>" + _e(translate("Details", "none recorded")) + "</i>"
            return " ".join(
                f'<span style="background-color:{chip_bg}; color:{chip_fg};">&nbsp;{_e(x)}&nbsp;</span>'
                for x in labels
            )

        out = [f"<h2 style='margin-bottom:0'>{_e(p.name)}</h2>"]
        if p.name2:
            out.append(f"<p style='margin-top:2px'><b>{_e(p.name2)}</b></p>")
        red = warning_colour(pal)
        delisted = getattr(p, "delisted", None)
        if delisted:  # the text says it: never colour alone
            out.append(
                f"<p style='color:{red}'><b>⚠ {_e(room_words.delisted_note(delisted))}</b> "
                + _e(room_words.delisted_since(delisted.since, delisted.file))
                + "</p>"
            )
        if p.status == "do-not-refer":
            why = f": {_e(p.status_reason)}" if p.status_reason else ""
            out.append(f"<p style='color:{red}'><b>" + _e(translate("Details", DNR_TITLE)) + f"</b>{why}</p>")
        stale = verification_state(p.verified_on or "") == "out-of-date"
        if stale:
            out.append(
                f"<p style='color:{red}'><b>"
                + _e(translate("Details", STALE_TITLE))
                + "</b>: "
                + _e(
                    arg(
                        translate(
                            "Details",
                            "last verified %1, more than a year ago. Confirm the details with the program.",
                        ),
                        p.verified_on,
                    )
                )
                + "</p>"
            )
        lines = [_e(p.address) or "<i>" + _e(translate("Details", "no address recorded")) + "</i>"]
        if p.county:
            county = (
                p.county
                if p.county.lower().endswith(("county", "parish", "borough"))
                else f"{p.county} County"
            )
            lines.append(_e(county))
        if row is not None:
            miles = f"{row.distance_miles:.1f}"
            lines.append(
                arg(
                    translate("Details", "<b>about %1 miles</b> from the search origin")
                    if row.location_precision == "zip"
                    else translate("Details", "<b>%1 miles</b> from the search origin"),
                    miles,
                )
            )
        out.append("<p>" + "<br>".join(lines) + "</p>")

        contact = [arg(translate("Details", "Phone: %1"), f"<b>{_e(format_phone(p.phone)) or '—'}</b>")]
        if p.intake_phone:
            contact.append(
                arg(translate("Details", "Intake: %1"), f"<b>{_e(format_phone(p.intake_phone))}</b>")
            )
        url = safe_web_url(p.website)
        if url:
            contact.append(
                arg(translate("Details", "Website: %1"), f"<a href='{_e(url)}'>{_e(p.website)}</a>")
            )
        elif p.website:
            contact.append(
                arg(translate("Details", "Website: %1"), _e(p.website))
                + " <i>"
                + _e(translate("Details", "(not a web address; not opened)"))
                + "</i>"
            )
        out.append("<p>" + "<br>".join(contact) + "</p>")
        out.extend(self._calls_html(red))

        iop = [vocab.iop_not_recorded()] if p.iop_not_recorded else []
        for title, value in (
            (translate("SearchPanel", "Treats"), chips("types", p.types)),
            (translate("Details", "Levels of care"), chips("levels", p.levels, iop)),
            (translate("SearchPanel", "Payment"), chips("payments", p.payments)),
            (translate("SearchPanel", "Serves"), chips("populations", p.populations)),
            (translate("Details", "Therapies"), chips("therapies", p.therapies)),
            (
                translate("Details", "Hours"),
                chips("schedule", p.schedule)
                if p.schedule
                # a call says
                else "<i>" + _e(translate("Details", "not recorded; ask")) + "</i>",
            ),
            (translate("Details", "Languages"), chips("languages", p.languages)),
            (translate("Details", "Support services"), chips("supports", p.supports)),
            (translate("Details", "Accreditation"), _e(", ".join(p.accreditation)) or "—"),
            (translate("Details", "Insurers"), _e(p.insurers) or "—"),
        ):
            # a paragraph each, not a table: a screen reader reads the document's text, where table cells
            # run together with frame marks (U+FDD0) between them ("Treats\ufdd0Addiction")
            out.append(f"<p style='margin-top:3px; margin-bottom:3px'><b>{_e(title)}:</b> {value}</p>")
        if p.iop_not_recorded:
            out.append(
                "<p><small>"
                + _e(
                    translate(
                        "Details",
                        "The national data does not record intensive outpatient "
                        "care for mental-health programs: ask the program whether it runs "
                        "one.",
                    )
                )
                + "</small></p>"
            )

        if p.latitude is None:
            where = _e(
                translate("Details", "no location recorded; this program is left out of distance searches")
            )
        else:
            known = PRECISION_TEXT.get(p.location_precision or "")
            # a precision the app does not know is shown as stored, escaped like every value
            where = (
                arg(_e(translate("Details", known)), _e(p.zip))
                if known
                else _e(p.location_precision or translate("Details", "unknown", "precision"))
            )
            where += f" ({p.latitude:.4f}, {p.longitude:.4f})"
        verified = _e(p.verified_on) or _e(translate("Details", "never"))
        if p.verified_by:
            verified += arg(_e(translate("Details", " by %1")), _e(p.verified_by))
        if stale:
            verified += " <b>" + _e(translate("Details", "(possibly out of date)")) + "</b>"
        out.append(
            "<p>"
            + arg(translate("Details", "Location: %1"), where)
            + "<br>"
            + arg(translate("Details", "Last verified: %1"), verified)
            + "<br>"
            + arg(translate("Details", "Record changed: %1"), _e(p.updated_at))
            + "</p>"
        )
        if p.notes:
            out.append("<p><b>" + _e(translate("Details", "Notes")) + f"</b><br>{_e(p.notes)}</p>")

        out.append("<h3>" + _e(translate("Details", "Where this entry came from")) + "</h3>")
        for s in p.sources:
            rownum = arg(translate("Details", ", row %1"), s.row_number) if s.row_number else ""
            kind = {
                "substance": translate("Details", "substance use directory"),
                "mental": translate("Details", "mental health directory"),
            }.get(s.directory_type, s.directory_type or s.kind)
            out.append(
                "<p>"
                + _e(
                    arg(
                        translate("Details", "%1%2 (%3), imported %4"),
                        s.file_name,
                        rownum,
                        kind,
                        s.imported_at,
                    )
                )
                + "</p>"
            )
            if s.codes:
                unknown = translate("Details", "meaning unknown")
                items = "".join(
                    f"<li><b>{_e(c['code'])}</b> — {_e(c['meaning'] or unknown)}</li>" for c in s.codes
                )
                out.append(f"<ul style='margin-top:0'>{items}</ul>")
        if not p.sources:
            out.append("<p>" + _e(translate("Details", "Typed in by a user.")) + "</p>")
        return "\n".join(out)

    # --- behaviour ------------------------------------------------------------------------
    def open_history(self):
        """The program's history, from the database of the window holding this pane (its `db`)."""
        from finder.ui.history_dialog import open_history

        db = getattr(self.window(), "db", None)
        if self._detail is None or db is None:
            return None
        return open_history(self, db, self._detail.id, self._detail.name)

    def _update_buttons(self) -> None:
        d = self._detail
        for b in (
            self.add_button,
            self.call_button,
            self.edit_button,
            self.verify_button,
            self.history_button,
        ):
            b.setEnabled(d is not None)
        self.copy_phone.setEnabled(bool(d and d.phone))
        self.copy_intake.setEnabled(bool(d and d.intake_phone))
        self.copy_address.setEnabled(bool(d and d.address))

    def _copy(self, text: str) -> None:
        if text:
            QGuiApplication.clipboard().setText(text)
            self.copied.emit(text)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._detail is not None:
            self.browser.setHtml(self.render_html(self._detail, self._row))
