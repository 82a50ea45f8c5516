"""What the window remembers between runs (QSettings in an INI file), and the preferences dialog."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from finder.paths import APP_NAME
from finder.ui.texts import translate


def online_explanation() -> str:
    """What turning online lookup on means, said plainly."""
    return translate(
        "Preferences",
        "When this is on, an origin that is not a ZIP, a 'City, ST' or 'lat,lon' is sent "
        "over the internet to OpenStreetMap's Nominatim service to find where it is. The "
        "address you type leaves this computer. Answers are kept in the local database so "
        "the same address is not sent twice. When it is off (the default), nothing leaves "
        "this computer.",
    )


def settings_path() -> Path:
    """An explicit file, so tests that point XDG_CONFIG_HOME at a temp folder are isolated."""
    return Path(user_config_dir(APP_NAME, appauthor=False)) / "window.ini"


class Settings:
    """Typed access to the few things we remember."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._q = QSettings(str(self.path), QSettings.Format.IniFormat)

    # --- window ---------------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        v = self._q.value("window/geometry")
        return v if isinstance(v, QByteArray) and not v.isEmpty() else None

    def set_geometry(self, data: QByteArray) -> None:
        self._q.setValue("window/geometry", data)

    def splitter_sizes(self, name: str) -> list[int]:
        raw = self._q.value(f"window/splitter_{name}", "")
        try:
            return [int(x) for x in str(raw).split(",") if x.strip()]
        except ValueError:
            return []

    def set_splitter_sizes(self, name: str, sizes: list[int]) -> None:
        self._q.setValue(f"window/splitter_{name}", ",".join(str(s) for s in sizes))

    # --- last search ----------------------------------------------------------------------
    def last_search(self) -> dict:
        """{'origin', 'radius', 'types', 'levels', 'payments', 'populations', 'text', 'hide_dnr'}."""
        q = self._q
        out: dict = {"origin": str(q.value("search/origin", "") or "")}
        try:
            out["radius"] = int(float(q.value("search/radius", 25)))
        except (TypeError, ValueError):
            out["radius"] = 25
        for vocab in ("types", "levels", "payments", "populations"):
            raw = str(q.value(f"search/{vocab}", "") or "")
            out[vocab] = [x for x in raw.split(",") if x]
        out["text"] = str(q.value("search/text", "") or "")
        out["hide_dnr"] = str(q.value("search/hide_dnr", "false")).lower() == "true"
        out["hide_delisted"] = str(q.value("search/hide_delisted", "false")).lower() == "true"
        return out

    def set_last_search(self, state: dict) -> None:
        q = self._q
        q.setValue("search/origin", state.get("origin", ""))
        q.setValue("search/radius", int(state.get("radius", 25)))
        for vocab in ("types", "levels", "payments", "populations"):
            q.setValue(f"search/{vocab}", ",".join(state.get(vocab, [])))
        q.setValue("search/text", state.get("text", ""))
        q.setValue("search/hide_dnr", "true" if state.get("hide_dnr") else "false")
        q.setValue("search/hide_delisted", "true" if state.get("hide_delisted") else "false")

    # --- shortlist ------------------------------------------------------------------------
    def last_shortlist(self) -> str:
        return str(self._q.value("shortlist/last", "") or "")

    def set_last_shortlist(self, name: str) -> None:
        self._q.setValue("shortlist/last", name)

    # --- preferences: finder/settings.py, the file `finder config` edits too -------------------
    def _shared(self):
        from finder import settings as shared

        self._migrate_legacy(shared)
        return shared

    def _migrate_legacy(self, shared) -> None:
        """Move what older versions kept in this file (database, name, online) to the shared one."""
        legacy = {
            "database": "agency/database",
            "user_name": "agency/user_name",
            "online_lookup": "privacy/online_lookup",
        }
        found = {attr: self._q.value(key) for attr, key in legacy.items() if self._q.contains(key)}
        if not found:
            return
        if not shared.settings_file().exists():
            current = shared.Settings()
            changes = {}
            for attr, raw in found.items():
                value = str(raw or "").strip()
                changes[attr] = value.lower() == "true" if attr == "online_lookup" else value
            try:
                shared.update(**{a: v for a, v in changes.items() if v != getattr(current, a)})
            except Exception:  # noqa: BLE001 (a bad old value: keep the defaults)
                shared.save(shared.Settings())
        for key in legacy.values():
            self._q.remove(key)

    def online_lookup(self) -> bool:
        return self._shared().load().online_lookup

    def set_online_lookup(self, on: bool) -> None:
        self._shared().update(online_lookup=bool(on))

    # --- agency mode ----------------------------------------------------------------------
    def database(self) -> str:
        """A database file path or a postgresql:// URL ("" for the one in the data folder)."""
        return self._shared().load().database

    def set_database(self, location: str) -> None:
        """Raises UserError for a URL that cannot work (or carries a password)."""
        self._shared().update(database=(location or "").strip())

    def user_name(self) -> str:
        """The name recorded with edits and answers ("" for the login name)."""
        return self._shared().load().user_name

    def set_user_name(self, name: str) -> None:
        self._shared().update(user_name=(name or "").strip())

    def language(self) -> str:
        return self._shared().load().language

    def set_language(self, code: str) -> None:
        self._shared().update(language=code or "")

    def sync(self) -> None:
        self._q.sync()


def database_location(cli_db: str | None, settings: Settings | None = None) -> str:
    """Which database to open: --db, then $FINDER_DB, then the Database setting, then the data folder.

    The same rule as the command line (finder.locations.database_location).
    """
    from finder.locations import database_location as resolve

    return resolve(cli_db)


def check_database_setting(text: str) -> str | None:
    """Why a typed Database setting cannot work (None when it looks usable)."""
    from finder.errors import UserError
    from finder.reports.i18n import user_message
    from finder.settings import check_database

    try:
        check_database(text)
    except UserError as exc:
        return user_message(exc).removeprefix("database: ")
    return None


class PreferencesDialog(QDialog):
    """Online address lookup (what it means said plainly) and the shared-directory settings.

    Sized to its text: wide enough for about a line of reading, tall enough for every wrapped
    sentence at that width (and at its narrowest), so nothing ends mid-sentence.
    """

    LINE_CHARS = 85  # a comfortable line of reading, in average characters

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self._settings = settings
        lay = QVBoxLayout(self)
        self.online = QCheckBox(
            translate("Preferences", "Look up street addresses online (OpenStreetMap Nominatim)")
        )
        self.online.setToolTip(
            translate("Preferences", "The address you type is sent to OpenStreetMap Nominatim")
        )
        self.online.setAccessibleName(translate("Preferences", "Online address lookup"))
        self.online.setChecked(settings.online_lookup())
        lay.addWidget(self.online)
        why = QLabel(online_explanation())
        why.setWordWrap(True)
        why.setAccessibleName(translate("Preferences", "What online lookup means"))
        lay.addWidget(why)
        self.online.setAccessibleDescription(online_explanation())
        lay.addWidget(self._agency_box(settings))
        lay.addWidget(self._language_box(settings))
        lay.addStretch(1)  # room a wider dialog does not need for wrapping goes below the text
        from finder.ui.dialog_kit import plain_buttons

        buttons = plain_buttons(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.fit_to_content()

    def fit_to_content(self) -> None:
        from finder.ui.dialog_kit import fit_to_screen

        lay = self.layout()
        lay.activate()
        fm = self.fontMetrics()
        narrowest = max(lay.minimumSize().width(), self.online.sizeHint().width() + 2 * lay.spacing())
        width = max(narrowest, fm.averageCharWidth() * self.LINE_CHARS)

        def tall(w: int) -> int:
            return max(lay.minimumSize().height(), self.heightForWidth(w) if self.hasHeightForWidth() else 0)

        self.setMinimumSize(narrowest, tall(narrowest))
        fit_to_screen(self, width, tall(width))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.layout() is not None:
            self.fit_to_content()

    def _agency_box(self, settings: Settings) -> QGroupBox:
        box = QGroupBox(translate("Preferences", "Shared directory (agency)"))
        form = QFormLayout(box)
        self.database = QLineEdit(settings.database())
        self.database.setPlaceholderText(translate("Preferences", "empty: the directory in your data folder"))
        self.database.setAccessibleName(translate("Preferences", "Database"))
        self.database.setAccessibleDescription(
            translate(
                "Preferences", "A database file, or postgresql://user@server/dbname; used from the next start"
            )
        )
        self.user_name = QLineEdit(settings.user_name())
        self.user_name.setPlaceholderText(translate("Preferences", "empty: your login name"))
        self.user_name.setAccessibleName(translate("Preferences", "Your name"))
        self.user_name.setAccessibleDescription(
            translate("Preferences", "Recorded with your edits and checklist answers")
        )
        self.database_error = QLabel()
        self.database_error.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.database_error.setWordWrap(True)
        self.database_error.hide()
        form.addRow(translate("Preferences", "&Database:"), self.database)
        form.addRow("", self.database_error)
        form.addRow(translate("Preferences", "Your &name:"), self.user_name)
        note = QLabel(
            translate(
                "Preferences",
                "The database is used from the next start of the app. Your name is "
                "recorded with each edit and checklist answer (who changed what, and "
                "when).",
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        return box

    def _language_box(self, settings: Settings) -> QGroupBox:
        box = QGroupBox(translate("Preferences", "Language"))
        form = QFormLayout(box)
        self.language = QComboBox()
        # the language names read in their own language, whatever the window's
        for text, code in (
            (translate("Preferences", "Follow the system"), ""),
            ("English", "en"),
            ("Español", "es"),
        ):
            self.language.addItem(text, code)
        at = self.language.findData(settings.language())
        self.language.setCurrentIndex(max(at, 0))
        self.language.setAccessibleName(translate("Preferences", "Window language"))
        form.addRow(translate("Preferences", "&Window language:"), self.language)
        note = QLabel(
            translate("Preferences", "The window's language is used from the next start of the app.")
        )
        note.setWordWrap(True)
        form.addRow(note)
        return box

    def accept(self) -> None:
        problem = check_database_setting(self.database.text())
        if problem:
            self.database_error.setText(f"⚠ {problem}")
            self.database_error.show()
            self.database.setFocus()
            return
        self._settings.set_online_lookup(self.online.isChecked())
        self._settings.set_database(self.database.text())
        self._settings.set_user_name(self.user_name.text())
        self._settings.set_language(self.language.currentData() or "")
        self._settings.sync()
        from finder.services.history import set_user_name

        set_user_name(self.user_name.text())  # names take effect at once; the database on restart
        super().accept()
