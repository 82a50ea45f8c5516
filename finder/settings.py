"""The user's settings, shared by the command line and the window (no Qt here).

One small INI file in the user's config folder (`settings.ini`, mode 0600, written atomically):

    [finder]
    database = postgresql://me@server/finder     ; "" means the file in the data folder
    user-name = J. Rivera                         ; recorded with edits and answers
    online-lookup = false                         ; send street addresses to Nominatim
    language = es                                 ; "" follows the system

`finder config get|set|unset|list` and Preferences edit the same file. Window geometry and
the last search stay in the window's own QSettings file; they are not settings a user sets.
"""

from __future__ import annotations

import configparser
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from platformdirs import user_config_dir

from finder.errors import UserError

APP_NAME = "finder"
SECTION = "finder"
LANGUAGES = ("en", "es")
TRUE_WORDS = ("true", "yes", "on", "1")
FALSE_WORDS = ("false", "no", "off", "0")


def config_dir() -> Path:
    return Path(user_config_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    return config_dir() / "settings.ini"


def check_database(text: str) -> str:
    """A file path or a postgresql:// URL, never one that carries a password."""
    text = (text or "").strip()
    if "://" not in text:
        return text
    if not text.startswith(("postgresql://", "postgresql+psycopg://", "sqlite:///")):
        raise UserError("setting-database-not-a-url")
    try:
        parts = urlsplit(text)
        # libpq takes a password from the query as well as from the authority
        password = parts.password or any(
            k.strip().lower() == "password" for k, _v in parse_qsl(parts.query, keep_blank_values=True)
        )
    except ValueError:
        raise UserError("setting-database-unreadable") from None
    if password:
        raise UserError("setting-database-password")
    return text


def check_user_name(text: str) -> str:
    name = " ".join((text or "").split())
    if len(name) > 200:
        raise UserError("setting-user-name-too-long")
    if any(ord(ch) < 32 for ch in name):
        raise UserError("setting-user-name-control")
    return name


def check_bool(text: str) -> bool:
    word = str(text).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise UserError("setting-not-on-or-off", str(text)[:20])


def check_language(text: str) -> str:
    code = (text or "").strip().lower()
    if code and code not in LANGUAGES:
        raise UserError("setting-unknown-language", code[:20], ", ".join(LANGUAGES))
    return code


def check_agency(text: str) -> str:
    """The agency's name as it goes on a consent form: one line, no control characters."""
    name = " ".join((text or "").split())
    if len(name) > 200:
        raise UserError("setting-agency-too-long")
    # C0/C1 controls and the bidi overrides and isolates a terminal or a PDF would obey
    if any(
        ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F or 0x202A <= ord(ch) <= 0x202E or 0x2066 <= ord(ch) <= 0x2069
        for ch in name
    ):
        raise UserError("setting-agency-control")
    return name


@dataclass(frozen=True)
class Key:
    name: str  # as typed on the command line and stored in the file
    attr: str  # the Settings field
    check: Callable[[str], object]
    help: str


KEYS: dict[str, Key] = {
    k.name: k
    for k in (
        Key(
            "database",
            "database",
            check_database,
            "database file path or postgresql:// URL (empty: the file in your data folder)",
        ),
        Key("user-name", "user_name", check_user_name, "the name recorded with your edits and answers"),
        Key(
            "online-lookup",
            "online_lookup",
            check_bool,
            "true to send street addresses to OpenStreetMap's Nominatim (the window's search)",
        ),
        Key("language", "language", check_language, "en or es (empty: follow the system)"),
        Key("agency", "agency", check_agency, "your agency's name, printed on consent forms"),
    )
}


@dataclass
class Settings:
    database: str = ""
    user_name: str = ""
    online_lookup: bool = False
    language: str = ""
    agency: str = ""

    def value_text(self, key: str) -> str:
        value = getattr(self, _key(key).attr)
        return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _key(name: str) -> Key:
    key = KEYS.get(name)
    if key is None:
        raise UserError("setting-unknown", name[:40], ", ".join(KEYS))
    return key


def load(path: Path | None = None) -> Settings:
    """The saved settings; a missing file gives the defaults, a damaged value is ignored."""
    path = path or settings_file()
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError, OSError):
        return Settings()
    values: dict[str, Any] = {}  # each checked by its Key; Settings(**values) takes them typed
    if parser.has_section(SECTION):
        for name, key in KEYS.items():
            raw = parser.get(SECTION, name, fallback=None)
            if raw is None:
                continue
            try:
                values[key.attr] = key.check(raw)
            except UserError:
                continue  # a hand-edited bad value falls back to the default, not a crash
    return Settings(**values)


def save(settings: Settings, path: Path | None = None) -> Path:
    """Write atomically (a temp file renamed over the old one), readable by the user alone."""
    path = path or settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    parser = configparser.ConfigParser(interpolation=None)
    parser[SECTION] = {name: settings.value_text(name) for name in KEYS}
    fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):  # Windows has it from Python 3.13; mkstemp's file is private anyway
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("# Program Finder settings; edit with `finder config` or Preferences\n")
            parser.write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def get(name: str, path: Path | None = None) -> str:
    return load(path).value_text(_key(name).name)


def set_value(name: str, raw: str, path: Path | None = None) -> Settings:
    key = _key(name)
    settings = load(path)
    setattr(settings, key.attr, key.check(raw))
    save(settings, path)
    return settings


def unset(name: str, path: Path | None = None) -> Settings:
    key = _key(name)
    settings = load(path)
    setattr(settings, key.attr, getattr(Settings(), key.attr))
    save(settings, path)
    return settings


def update(path: Path | None = None, **changes: object) -> Settings:
    """Set several fields at once (Preferences' OK), each checked as `finder config set` does."""
    settings = load(path)
    by_attr = {k.attr: k for k in KEYS.values()}
    for attr, value in changes.items():
        key = by_attr[attr]
        setattr(
            settings,
            attr,
            key.check(
                value
                if isinstance(value, str)
                else ("true" if value is True else "false" if value is False else str(value))
            ),
        )
    save(settings, path)
    return settings
