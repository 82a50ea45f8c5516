"""Small pieces every dialog shares: fit on the screen, remember the folder, confirm with action words.

- `fit_to_screen(widget, w, h)` sizes a window to what it asks for, but never past the screen's
  available geometry (an 800 px laptop screen, 200 % scaling); content scrolls inside.
- `ask_save_path` / `ask_open_path` open in the folder the user chose last time (any dialog),
  add the suffix, and remember the new folder.
- `confirm(parent, title, text, action)` asks with the action's own word ("Restore", "Delete")
  and Cancel, never Yes/No, with Cancel as the default.
- `say_saved(widget, path)` puts "Saved …" in the nearest main window's status bar.
- `plain_buttons(box)` takes the theme's icons off a button box's buttons (words only).
- `plain_label(text)` / `plain(label)`: a label that shows its text as typed, never as HTML.
- `literal(text)`: text for a widget that guesses rich text (tooltip, message box), shown as typed.
- `warn(parent, title, text)` / `inform(...)`: QMessageBox.warning / information, text as typed.
- `with_clear_button(edit)`: a line edit's clear (×) button, named for a screen reader.

A program, shortlist or person can be named `<img src=x><font color=red>CALL 555-0100</font>`:
Qt would draw that as a picture and a red phone number wherever it guesses rich text (labels,
tooltips, message boxes), so data reaches those widgets only through these helpers.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QTextCursor
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText / convertFromPlainText live here
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from finder.ui.texts import arg, translate

LAST_FOLDER_KEY = "paths/last_folder"
SCREEN_SHARE = 0.92  # leave room for a panel or dock around the window


def _settings() -> QSettings:
    from finder.settings import config_dir

    # the window's own file (finder/ui/settings.py reads the same one)
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


def available_size(widget: QWidget | None = None):
    """The usable area of the screen the widget is on (or the primary screen)."""
    screen = None
    if widget is not None:
        screen = widget.screen() if widget.isWindow() or widget.window() is None else widget.window().screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to (width, height) or less, so the whole window (buttons too) is on the screen."""
    avail = available_size(widget)
    max_w, max_h = int(avail.width() * SCREEN_SHARE), int(avail.height() * SCREEN_SHARE)
    widget.setMaximumSize(max(avail.width(), 200), max(avail.height(), 200))
    min_size = widget.minimumSize()
    widget.setMinimumSize(min(min_size.width(), max_w), min(min_size.height(), max_h))
    widget.resize(min(width, max_w), min(height, max_h))


def last_folder() -> str:
    folder = str(_settings().value(LAST_FOLDER_KEY, "") or "")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember_folder(path: str) -> None:
    if path:
        s = _settings()
        s.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
        s.sync()


def safe_file_stem(text: str, fallback: str = "program") -> str:
    """A file name from a program or shortlist name: letters, digits and dashes only."""
    stem = "".join(ch if ch.isalnum() else "-" for ch in text)
    while "--" in stem:
        stem = stem.replace("--", "-")
    stem = stem.strip("-")[:60]
    return stem or fallback


def ask_save_path(parent: QWidget, title: str, file_name: str, pattern: str, suffix: str) -> str:
    """A save dialog in the last folder used; '' when cancelled. Adds `suffix` when missing."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(last_folder()) / file_name), pattern)
    if not path:
        return ""
    if suffix and not path.lower().endswith(suffix.lower()):
        path += suffix
    remember_folder(path)
    return path


def ask_open_path(parent: QWidget, title: str, pattern: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, last_folder(), pattern)
    if path:
        remember_folder(path)
    return path or ""


def confirm_box(
    parent: QWidget, title: str, text: str, action: str, *, icon: QMessageBox.Icon = QMessageBox.Icon.Question
) -> QMessageBox:
    """The box `confirm` runs; returned unopened so tests can drive it."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(_plain())
    box.action_button = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    for button in box.buttons():
        button.setIcon(QIcon())
    return box


def with_clear_button(edit: QLineEdit) -> QLineEdit:
    """Qt's clear (×) button in a line edit, with a name a screen reader says (Qt leaves it unnamed)."""
    edit.setClearButtonEnabled(True)
    action = edit.findChild(QAction, "_q_qlineeditclearaction")
    # named on the button, not the action: an action's text would become the icon button's text
    for button in edit.findChildren(QToolButton):
        if action is not None and button.defaultAction() is action:
            button.setAccessibleName(translate("Dialogs", "Clear"))
            button.setToolTip(translate("Dialogs", "Clear the field"))
    return edit


def plain_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """No icons on the buttons (some desktop themes add a tick or a cross): the words say it."""
    for button in box.buttons():
        button.setIcon(QIcon())
    return box


def confirm(
    parent: QWidget, title: str, text: str, action: str, *, icon: QMessageBox.Icon = QMessageBox.Icon.Question
) -> bool:
    box = confirm_box(parent, title, text, action, icon=icon)
    box.exec()
    return box.clickedButton() is box.action_button


def _plain():
    return Qt.TextFormat.PlainText


def plain(label: QLabel) -> QLabel:
    """Show the label's text as typed: `<b>` stays the three characters, never bold."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A label for data (names, reasons, messages): plain text, optionally word-wrapped."""
    label = plain(QLabel(parent))
    label.setText(text)
    label.setWordWrap(wrap)
    return label


class DateField(QDateTimeEdit):
    """A date (or date and time) that is one Tab stop, with a calendar to pick from.

    Qt's date edits stop Tab at each part of the date, so a note typed after two Tabs became the
    month and day of a follow-up; here Tab leaves the field and the arrow keys or the calendar
    change it. Text is typed as 2026-12-15 (and 14:30 when there is a time).
    """

    def __init__(self, value, *, with_time: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(value, parent)
        self.setDisplayFormat("yyyy-MM-dd HH:mm" if with_time else "yyyy-MM-dd")
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, forward: bool) -> bool:  # Qt walks the date's sections here
        return QWidget.focusNextPrevChild(self, forward)


class NoteBox(QPlainTextEdit):
    """A note of a few lines that reads like a line edit to its owner: text(), setText() and a
    textEdited signal for what the user typed (not for setText). Tab leaves it; Enter starts a new
    line, so a long note is read whole instead of scrolling sideways in one line."""

    textEdited = Signal(str)

    def __init__(self, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._setting = False
        self.textChanged.connect(self._changed)
        frame = 2 * self.frameWidth() + int(self.document().documentMargin() * 2) + 2
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + frame)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self._setting = True
        try:
            self.setPlainText(text)
            self.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            self._setting = False

    def _changed(self) -> None:
        if not self._setting:
            self.textEdited.emit(self.toPlainText())


def no_mnemonic(text: str) -> str:
    """Text from data for a widget that reads '&' as a shortcut mark (group boxes, buttons, check
    boxes): every '&' doubled, so "Structure & schedule" shows its ampersand."""
    return str(text or "").replace("&", "&&")


def literal(text: str) -> str:
    """`text` for a widget that guesses rich text (a tooltip, a message box), shown as typed.

    Qt takes a text as HTML when `Qt::mightBeRichText` says so; only then is it escaped into
    a paragraph of HTML that reads exactly as the text. Anything else is returned unchanged,
    so ordinary messages and tooltips stay plain strings.
    """
    text = str(text or "")
    if not GuiQt.mightBeRichText(text):
        return text
    # pre-wrap: spaces and line breaks as typed, long lines still wrap
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning box whose text (often a name the user typed) shows as typed."""
    QMessageBox.warning(parent, title, literal(text))


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, literal(text))


def say_saved(widget: QWidget, path: str, what: str = "") -> str:
    """Show 'Saved …' in the status bar of the window the widget belongs to (or its parent's)."""
    text = (
        arg(translate("DialogKit", "Saved %1: %2"), what, path)
        if what
        else arg(translate("DialogKit", "Saved %1"), path)
    )
    w = widget
    while w is not None and not isinstance(w, QMainWindow):
        w = w.parentWidget()
    if w is not None:
        w.statusBar().showMessage(text, 10_000)
    return text


def printout_language_combo(parent: QWidget) -> tuple[QLabel, QComboBox]:
    """ "Printout language:" and its choice, English / Español (data 'en'/'es'), the window's first."""
    from finder.reports.i18n import app_language

    combo = QComboBox(parent)
    combo.addItem("English", "en")
    combo.addItem("Español", "es")
    combo.setCurrentIndex(max(0, combo.findData(app_language())))
    combo.setAccessibleName(translate("DialogKit", "Printout language"))
    label = QLabel(translate("DialogKit", "Printout &language:"), parent)
    label.setBuddy(combo)
    return label, combo


def contrast(fg, bg) -> float:
    """WCAG contrast ratio of two QColors (1 to 21)."""

    def lum(c) -> float:
        parts = [x / 255 for x in (c.red(), c.green(), c.blue())]
        r, g, b = [x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4 for x in parts]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    hi, lo = sorted((lum(fg), lum(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def mix(a, b, share_a: float):
    """`share_a` of QColor a over b: a quieter colour that still reads on b (light or dark)."""
    from PySide6.QtGui import QColor

    k = max(0.0, min(1.0, share_a))
    return QColor(
        round(a.red() * k + b.red() * (1 - k)),
        round(a.green() * k + b.green() * (1 - k)),
        round(a.blue() * k + b.blue() * (1 - k)),
    )


def quiet_colour(palette=None):
    """Text greyed toward the background only as far as it still reads (4.5:1): what an old
    answer is written in. Qt's own PlaceholderText is 3.9:1 on white in its light palette."""
    from PySide6.QtGui import QPalette

    pal = palette or QGuiApplication.palette()
    text, base = pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base)
    for share in (0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.0):
        c = mix(text, base, share)
        if contrast(c, base) >= 4.5:
            return c
    return text


def readable_palette(pal):
    """A copy of the theme's palette whose selection and greyed text read at 4.5:1: Qt's Fusion
    light palette selects in white on #308cc6 (3.7:1), so the highlight is darkened (lightened
    under dark selected text) only as far as needed; a palette that reads already is kept."""
    from PySide6.QtGui import QColor, QPalette

    roles, out = QPalette.ColorRole, QPalette(pal)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        base, text = out.color(group, roles.Highlight), out.color(group, roles.HighlightedText)
        toward = (0, 0, 0) if text.lightness() > 127 else (255, 255, 255)
        shade, keep = base, 1.0
        while contrast(text, shade) < 4.5 and keep > 0.2:
            keep -= 0.05
            shade = QColor(
                *(round(c * keep + t * (1 - keep)) for c, t in zip(base.getRgb()[:3], toward, strict=True))
            )
        out.setColor(group, roles.Highlight, shade)
    out.setColor(roles.PlaceholderText, quiet_colour(out))
    return out
