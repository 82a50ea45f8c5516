"""The checklist on paper: its print preview and the paper size used."""

from __future__ import annotations

from finder.services.checklists import Checklist
from finder.ui.texts import arg, translate


def preview_checklist(
    parent, cl: Checklist, filled: bool = True, *, run: bool = True, lang: str | None = None
):
    """A print preview of the checklist; printing from it prints exactly what is shown."""
    from finder.reports.printing import print_checklist, setup_page
    from finder.ui.print_preview import PrintPreview

    dialog = PrintPreview(
        parent,
        arg(translate("ChecklistPrint", "Print checklist — %1"), cl.program.name),
        lambda prn: print_checklist(cl, prn, filled=filled, lang=lang),
        setup=lambda prn: setup_page(prn, default_paper()),
    )
    if run:
        dialog.exec()
    return dialog


def save_checklist_pdf(dialog, cl: Checklist, filled: bool, lang: str | None) -> str | None:
    """Ask where, then save the checklist dialog's checklist as a PDF in `lang`; the path, or None."""
    from finder.errors import UserError
    from finder.reports.i18n import user_message
    from finder.reports.printing import write_checklist_pdf
    from finder.ui import dialog_kit

    path = dialog_kit.ask_save_path(
        dialog,
        translate("ChecklistPrint", "Save checklist as PDF"),
        dialog.suggested_pdf_name(),
        translate("ChecklistPrint", "PDF (*.pdf)"),
        ".pdf",
    )
    if not path:
        return None
    try:
        write_checklist_pdf(cl, path, paper=default_paper(), filled=filled, lang=lang)
    except UserError as exc:
        dialog_kit.warn(dialog, translate("ChecklistPrint", "Checklist not saved"), user_message(exc))
        return None
    dialog.status.setText(dialog_kit.say_saved(dialog, path, translate("ChecklistPrint", "checklist PDF")))
    return path


def default_paper() -> str:
    """Letter where the system's measurements are US ones, A4 elsewhere."""
    from PySide6.QtCore import QLocale

    return (
        "letter"
        if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        else "a4"
    )


def pdf_name(program_name: str, blank: bool) -> str:
    """'Checklist-Harbor-Path-IOP.pdf' (the program's name, never an internal id)."""
    from finder.ui.dialog_kit import safe_file_stem

    return f"Checklist-{safe_file_stem(program_name)}{'-blank' if blank else ''}.pdf"
