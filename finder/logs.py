"""The log file: each start, imports, and every unexpected error with its traceback.

`~/.local/state/finder/log/finder.log` on Linux (platformdirs' user_log_dir), rotated at 1 MB
with three old files kept, readable by the user alone. Modules log through
`logging.getLogger(__name__)`. What a case manager types (notes, answers, origins, names of
shortlists) is never logged: messages name programs by id and files by name only, and a
database URL loses its password before it is written.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from platformdirs import user_log_dir

APP_NAME = "finder"
MAX_BYTES = 1_000_000
KEEP = 3
_handler: RotatingFileHandler | None = None


def log_file() -> Path:
    return Path(user_log_dir(APP_NAME, appauthor=False)) / "finder.log"


class _PrivateRotatingHandler(RotatingFileHandler):
    """A rotating file whose every generation is created 0600."""

    def _open(self) -> TextIOWrapper:
        old = os.umask(0o077)
        try:
            return super()._open()
        finally:
            os.umask(old)


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the package's log records to the log file (once per process); None if it cannot be written."""
    global _handler
    path = log_file()
    root = logging.getLogger("finder")
    if _handler is not None:
        if Path(_handler.baseFilename) == path:
            return path
        root.removeHandler(_handler)  # the log folder moved (a test's temporary home)
        _handler.close()
        _handler = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(path.parent, 0o700)
        handler = _PrivateRotatingHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8", delay=True
        )
    except OSError:
        return None  # a read-only home must not stop the app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.setLevel(level)
    root.addHandler(handler)
    _handler = handler
    return path


def safe_location(location: str) -> str:
    """A database path or URL as it may be logged: never a password."""
    if "://" not in location:
        return location
    try:
        parts = urlsplit(location)
    except ValueError:
        return "(a database URL that cannot be read)"
    netloc = parts.hostname or ""
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def log_start(what: str, location: str) -> None:
    from finder import __version__

    kind = "postgresql" if location.startswith("postgresql") else "sqlite"
    logging.getLogger("finder").info(
        "start %s: finder %s, Python %s, %s; database %s at %s",
        what,
        __version__,
        platform.python_version(),
        sys.platform,
        kind,
        safe_location(location),
    )


_crash_file = None


def trace_crashes() -> Path | None:
    """Have a hard crash (a segmentation fault, an abort) write each thread's Python stack into the log.

    Without it the window just vanishes and the log says nothing. The file stays open for the
    life of the process, since faulthandler writes to its descriptor from a signal handler.
    """
    import faulthandler

    global _crash_file
    path = setup_logging()
    if path is None:
        return None
    if _crash_file is not None and _crash_file.name == str(path):
        return path
    old = os.umask(0o077)
    try:
        crash_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 — kept open on purpose
    except OSError:
        return None
    finally:
        os.umask(old)
    faulthandler.enable(file=crash_file, all_threads=True)
    if _crash_file is not None:
        _crash_file.close()
    _crash_file = crash_file
    return path
