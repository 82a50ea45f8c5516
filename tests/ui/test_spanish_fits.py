"""No text is cut in the Spanish window at 1280×800: every visible label, button and check box is as
wide as its words (Spanish runs about a fifth longer than English)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from tests.ui.helpers import search


def shot_dir():
    import os
    import tempfile
    from pathlib import Path

    return Path(os.environ.get("FINDER_SHOTS", tempfile.gettempdir()))


def cut_texts(root: QWidget) -> list[str]:
    """The visible one-line labels and buttons narrower than their text wants."""
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.width() <= 0:
            continue
        if isinstance(w, QLabel):
            if not w.text() or w.textFormat() != w.textFormat().PlainText:
                continue
            if w.wordWrap():  # a wrapped label needs the height of its lines at its width
                if w.height() < w.heightForWidth(w.width()) - 1:
                    out.append(f"QLabel {w.text()!r}: {w.height()} px high < {w.heightForWidth(w.width())}")
                continue
        elif not isinstance(w, QAbstractButton) or not w.text():
            continue
        if w.width() < w.minimumSizeHint().width() - 1:
            out.append(f"{type(w).__name__} {w.text()!r}: {w.width()} < {w.minimumSizeHint().width()}")
    return out


def test_nothing_is_cut_at_1280_by_800(qtbot, monkeypatch, sample_db, make_window):
    """A colleague's shared shortlist open (the bar names its owner and who sees it), after a search."""
    from finder.reports.i18n import install_app_language, remove_app_language
    from finder.services.shortlists import create_shortlist

    monkeypatch.setenv("FINDER_USER", "Maximiliana Etxeberria")
    create_shortlist(sample_db, "Caso 7 de la familia Rodríguez")
    monkeypatch.setenv("FINDER_USER", "ana")
    install_app_language("es")
    try:
        win = make_window(remember=False, allow_online=False)
        win.resize(1280, 800)
        search(qtbot, win, "92660")
        qtbot.waitUntil(lambda: "Maximiliana" in win.shortlists.panel.owner.text(), timeout=10_000)
        assert "compartida" in win.shortlists.panel.owner.text()
        assert cut_texts(win) == []
        win.grab().save(str(shot_dir() / "spanish-1280x800.png"))
    finally:
        remove_app_language()


def test_the_about_box_is_spanish(spanish_window):
    from finder.ui.window_dialogs import about_text

    text = about_text(spanish_window.facts)
    assert "Datos de los programas" in text or "Detalles de los programas" in text, text
    for english in ("Program details", "Check them on the phone", "Always confirm", "as of"):
        assert english not in text, english
