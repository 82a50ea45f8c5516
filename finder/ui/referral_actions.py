"""Referrals in the window: Refer… (Ctrl+R) and a status menu on the shortlist, the Referrals list,
File › Report…, and Record unmet need (also offered when a search finds nothing)."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QPushButton

from finder.services import referrals as rf
from finder.ui import dialog_kit
from finder.ui.operations import QueryOp, WriteOp
from finder.ui.texts import arg, translate

if TYPE_CHECKING:
    from finder.ui.referral_dialogs import ReportDialog

REFER_SHORTCUT = QKeySequence("Ctrl+R")


class ReferralActions(QObject):
    def __init__(self, win) -> None:
        super().__init__(win)
        self.win = win
        self.dialog: QDialog | None = None  # the dialog opened last (tests look at it)
        self.preview = None
        menu = win.menus["shortlist"]
        menu.addSeparator()
        self.refer_action = QAction(translate("Referrals", "&Refer…"), win)
        self.refer_action.setShortcut(REFER_SHORTCUT)
        self.refer_action.triggered.connect(lambda _c=False: self.refer())
        self.status_menu = QMenu(translate("Referrals", "Referral s&tatus"), win)
        from finder.texts.referrals import status_label

        for status in rf.STATUSES[1:]:
            act = self.status_menu.addAction(status_label(status))
            act.triggered.connect(lambda _c=False, s=status: self.set_status(s))
        self.list_action = QAction(translate("Referrals", "&Open referrals…"), win)
        self.list_action.triggered.connect(lambda _c=False: self.show_referrals())
        self.unmet_action = QAction(translate("Referrals", "Record &unmet need…"), win)
        self.unmet_action.triggered.connect(lambda _c=False: self.record_unmet())
        menu.addActions([self.refer_action])
        menu.addMenu(self.status_menu)
        menu.addActions([self.list_action, self.unmet_action])
        self.report_action = QAction(translate("Referrals", "Re&port…"), win)
        self.report_action.triggered.connect(lambda _c=False: self.show_report())
        file_menu = win.menus["file"]
        file_menu.insertAction(win.quit_action, self.report_action)
        file_menu.insertSeparator(win.quit_action)
        panel = win.shortlists.panel
        self.refer_button = QPushButton(translate("Referrals", "Refer…"))  # Ctrl+R (no letter is free)
        self.refer_button.setAccessibleName(translate("Referrals", "Refer the selected program"))
        self.refer_button.setToolTip(translate("Referrals", "Refer the selected program (Ctrl+R)"))
        self.refer_button.clicked.connect(self.refer)
        self.status_button = QPushButton(translate("Referrals", "Stat&us"))
        self.status_button.setAccessibleName(translate("Referrals", "The referral's status"))
        self.status_button.setMenu(self.status_menu)
        # beside the note, a column at the right of Checklist, Compare, Print and Remove
        panel.add_actions(self.refer_button, self.status_button)
        self.unmet_button = QPushButton(translate("Referrals", "Record unmet need"))
        self.unmet_button.setFlat(True)
        self.unmet_button.setVisible(False)
        self.unmet_button.clicked.connect(self.record_unmet)
        win.statusBar().addPermanentWidget(self.unmet_button)
        win.searchFinished.connect(self._after_search)

    # --- which program ----------------------------------------------------------------------
    def _target(self) -> tuple[int, str, str] | None:
        panel = self.win.shortlists.panel
        pid = panel.selected_program()
        if pid is None or not panel.current_name():
            self.win.statusBar().showMessage(
                translate("Referrals", "Select a program on the shortlist first, then refer it (Ctrl+R)."),
                8000,
            )
            return None
        name = panel.list.currentItem().data(Qt.ItemDataRole.AccessibleTextRole).split(" — ")[0]
        return pid, name, panel.current_name()

    def _failed(self, message: str) -> None:
        dialog_kit.warn(self.win, translate("Referrals", "Referral"), message)

    def _done(self, text: str) -> None:
        self.win.statusBar().showMessage(text, 8000)
        self.win.shortlists.panel.reload()
        self.win.calls.refresh_follow_ups()

    # --- refer, and the news after ------------------------------------------------------------
    def refer(self) -> None:
        target = self._target()
        if target is None:
            return
        pid, name, shortlist = target
        db = self.win.db

        def asked(got: object) -> None:  # (referred already, consent in force): before_referring's
            referred, consent = cast(tuple[bool, bool], got)
            self._ask_refer(pid, name, shortlist, referred, consent)

        QueryOp(self.win, lambda: rf.before_referring(db, shortlist, pid), asked, self._failed).run()

    def _ask_refer(self, pid: int, name: str, shortlist: str, referred: bool, consent: bool) -> None:
        if referred:  # referred already: Refer… gives its news
            return self.set_status("intake-scheduled")
        from finder.ui.referral_dialogs import ReferDialog

        self.dialog = dialog = ReferDialog(name, shortlist, consent, self.win)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values, signed = dialog.values(), dialog.new_consent()
        db = self.win.db

        def write():
            if signed is not None:
                rf.record_consent(db, pid, shortlist=shortlist, signed=signed)
            return rf.refer(db, pid, shortlist=shortlist, **values)

        WriteOp(self.win, write, lambda done: self._referred(done), self._failed, scope="referrals").run()

    def _referred(self, done) -> None:
        r = done.referral
        self._done(arg(translate("Referrals", "Referred “%1”."), r.program_name))
        if not done.consent_on_file:  # said once, when the referral is made, without stopping the work
            self.win.statusBar().showMessage(
                arg(
                    translate(
                        "Referrals",
                        "Referred “%1”. No signed consent to share is on file: print the consent "
                        "form and record it when it is signed.",
                    ),
                    r.program_name,
                ),
                15000,
            )

    def set_status(self, status: str = "intake-scheduled") -> None:
        target = self._target()
        if target is None:
            return
        pid, name, shortlist = target
        from finder.ui.referral_dialogs import StatusDialog

        self.dialog = dialog = StatusDialog(name, status, self.win)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values, db = dialog.values(), self.win.db

        def said(got: object) -> None:
            r = cast(rf.ReferralRecord, got)
            self._done(arg(translate("Referrals", "“%1”: %2."), r.program_name, _word(r)))

        WriteOp(
            self.win,
            lambda: rf.set_status(db, pid, shortlist=shortlist, **values),
            said,
            self._failed,
            scope="referrals",
        ).run()

    # --- lists --------------------------------------------------------------------------------
    def show_referrals(self) -> None:
        db = self.win.db
        QueryOp(self.win, lambda: rf.list_referrals(db, open_only=True), self._show_list, self._failed).run()

    def _show_list(self, records) -> None:
        from finder.ui.referral_dialogs import ReferralsDialog

        self.dialog = dialog = ReferralsDialog(records, self.win)
        dialog.openRequested.connect(lambda pid, name, sl: self.win.calls.open_program(pid, name, sl))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- unmet needs ----------------------------------------------------------------------------
    def _after_search(self) -> None:
        result = self.win.last_result()
        self.unmet_button.setVisible(result is not None and not result.results)

    def record_unmet(self) -> None:
        from finder.services.needs import public_key
        from finder.ui.referral_dialogs import UnmetDialog

        result = self.win.last_result()
        near = result.origin.query if result is not None else ""
        radius = getattr(getattr(result, "criteria", None), "radius_miles", 25) or 25
        info = getattr(self.win.shortlists.panel, "info", None)
        needs = ",".join(public_key(k) for k in (info.needs if info is not None else ()))
        self.dialog = dialog = UnmetDialog(near, radius, needs, self.win)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values, db = dialog.values(), self.win.db
        from finder.services.unmet import record_unmet
        from finder.texts.referrals import unmet_line

        WriteOp(
            self.win,
            lambda: record_unmet(db, **values),
            lambda rec: self.win.statusBar().showMessage(unmet_line(rec), 8000),
            self._failed,
            scope="referrals",
        ).run()

    # --- the report -----------------------------------------------------------------------------
    def show_report(self, start: date | None = None, end: date | None = None) -> ReportDialog:
        from finder.ui.referral_dialogs import ReportDialog

        end = end or date.today()
        start = start or end.replace(day=1)
        self.report_dialog = ReportDialog(start, end, self.win)
        self.report_dialog.periodChanged.connect(self._load_report)
        self.report_dialog.printRequested.connect(self._print_report)
        self.report_dialog.saveRequested.connect(self._save_report)
        self.report_dialog.open()
        self._load_report(start, end)
        return self.report_dialog

    def _load_report(self, start, end) -> None:
        from finder.services.referral_report import build_report

        db = self.win.db
        QueryOp(
            self.win, lambda: build_report(db, start, end), self.report_dialog.show_report, self._failed
        ).run()

    def _print_report(self) -> None:
        report = self.report_dialog.report
        if report is None:
            return
        from finder.reports.i18n import app_language
        from finder.reports.printing import default_paper, setup_page
        from finder.reports.referral_report import print_report
        from finder.texts.referrals import report_title
        from finder.ui.print_preview import PrintPreview

        self.preview = PrintPreview(
            self.report_dialog,
            report_title(),
            lambda printer: print_report(report, printer, lang=app_language()),
            setup=lambda printer: setup_page(printer, default_paper()),
        )
        self.preview.open()

    def _save_report(self, kind: str) -> None:
        report = self.report_dialog.report
        if report is None:
            return
        suffix = {"pdf": ".pdf", "csv": ".csv", "json": ".json"}[kind]
        path = dialog_kit.ask_save_path(
            self.report_dialog,
            translate("Referrals", "Save the report"),
            f"referrals{suffix}",
            f"*{suffix}",
            suffix,
        )
        if not path:
            return
        from finder.services.files import save_private_bytes

        if kind == "pdf":
            from finder.reports.i18n import app_language
            from finder.reports.referral_report import write_report_pdf

            write_report_pdf(report, path, lang=app_language())
        else:
            from pathlib import Path

            from finder.services.referral_report import report_csv

            text = (
                report_csv(report)
                if kind == "csv"
                else json.dumps(report.as_json(), ensure_ascii=False, indent=2)
            )
            save_private_bytes(Path(path), text.encode("utf-8"))
        dialog_kit.say_saved(self.report_dialog, path)


def _word(r) -> str:
    from finder.texts.referrals import status_word

    return status_word(r.status, r.status_on, r.intake_on)
