"""The `finder` command line (a contract: PRODUCT.md "Command line").

Each command group lives in its own module with a `register(subparsers)` function.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from finder import __version__
from finder.errors import UserError
from finder.texts import _

COMMAND_MODULES = (
    "finder.cli.search_cmds",
    "finder.cli.directory_cmds",
    "finder.cli.shortlist_cmds",
    "finder.cli.checklist_cmds",
    "finder.cli.compare_cmds",
    "finder.cli.db_cmds",
    "finder.cli.config_cmds",
    "finder.cli.call_cmds",
    "finder.cli.map_cmds",
    "finder.cli.handout_cmds",
    "finder.cli.referral_cmds",
)


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, like every other user error
        self.exit(2, f"finder: {message}\n")


# `finder gui` (and a bare `finder`) needs only the module that defines `gui`: importing every
# command group (and their services) first cost the window's start about 50 ms
GUI_MODULE = "finder.cli.search_cmds"


def _starts_the_window(argv: list[str]) -> bool:
    """True when argv runs the window: no command, or `gui`, and no top-level --help/--version."""
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif word.startswith("--db="):
            continue
        elif word.startswith("-"):
            return False
        else:
            return word == "gui"
    return True


# The names the command is installed under: `finder` (pip), `program-finder` (the bundle, the .deb)
COMMAND_NAMES = ("finder", "program-finder")


def command_name(argv0: str | None = None) -> str:
    """The name the user called the program by, for --help and usage lines.

    `python -m finder`, a test runner or anything else unexpected reads as `finder`.
    """
    if argv0 is None:
        argv0 = sys.argv[0] if sys.argv else ""
    name = os.path.basename(argv0)
    name = name[:-4] if name.lower().endswith(".exe") else name
    return name if name in COMMAND_NAMES else "finder"


def build_parser(
    modules: tuple[str, ...] = COMMAND_MODULES, prog: str | None = None
) -> argparse.ArgumentParser:
    import importlib

    p = Parser(
        prog=prog or command_name(),
        description=_("Find, vet and compare behavioral-health programs, offline."),
    )
    p.add_argument(
        "--db",
        help=_(
            "database file or URL (default: $FINDER_DB, else `finder config get "
            "database`, else the file in your data folder)"
        ),
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"finder {__version__}",
        help=_("show program's version number and exit"),
    )
    sub = p.add_subparsers(dest="command", parser_class=Parser)
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run one command; the language it speaks is chosen first (and is the caller's again after)."""
    from finder import texts

    before = texts.process_language()
    _choose_language()
    try:
        return _main(argv)
    finally:
        texts.set_language(before)


def _choose_language() -> None:
    """The `language` setting, else the locale (LC_ALL, LC_MESSAGES, LANG), else English."""
    from finder import settings
    from finder.texts.cli import start_cli_language

    try:
        chosen = settings.load().language
    except (OSError, UserError, ValueError):  # an unreadable settings file: the locale decides
        chosen = ""
    start_cli_language(chosen)


def _main(argv: list[str] | None) -> int:
    from finder.services.private_files import private_umask

    private_umask()  # every file the app writes (directory, backups, PDFs, logs) is the user's alone
    _text_streams_take_any_character()
    _offscreen_qt_finds_windows_fonts()
    from finder.cli.common import guard_terminal

    guard_terminal()  # names and notes print as text: an escape sequence in one cannot drive the terminal
    argv = sys.argv[1:] if argv is None else argv
    from finder.cli.common import undecodable_argument
    from finder.texts.errors import message

    if (undecodable := undecodable_argument(argv)) is not None:
        print(f"finder: {message(undecodable)}", file=sys.stderr)
        return 2
    parser = build_parser((GUI_MODULE,) if _starts_the_window(argv) else COMMAND_MODULES)
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*argv, "gui"])
    try:
        _start_log(args)
        _apply_settings()
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a reader that stopped early (`| head`) is not an error
        return code
    except UserError as exc:
        print(f"finder: {message(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"finder: {_('interrupted; nothing was changed')}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        from finder.texts.connection import connection_problem

        line = connection_problem(exc, _db_url(args))
        if line is None:
            from finder.logs import log_file

            logging.getLogger(__name__).exception("unexpected error in `finder %s`", args.command)
            said = _(
                "something went wrong ({error}); this is a bug, not your mistake. Details are in {log}"
            ).format(error=type(exc).__name__, log=log_file())
            print(f"finder: {said}", file=sys.stderr)
            return 1
        print(f"finder: {line}", file=sys.stderr)  # server down, wrong password, no network
        return 2


def _text_streams_take_any_character() -> None:
    """Output piped or redirected to a file is UTF-8, so "≈", "–" and names in any script print.

    Windows Python writes a redirected stdout in the ANSI code page (cp1252), which has no "≈":
    `finder search ... > out.txt` died with UnicodeEncodeError. A console is left alone (Windows
    writes it as UTF-16; a terminal's own encoding is what it can show), but it may replace a
    character it cannot show rather than fail on it.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        if encoding in ("utf-8", "utf8") or not hasattr(stream, "reconfigure"):
            continue
        try:
            console = stream.isatty()
        except (OSError, ValueError):
            console = False
        try:
            if console:
                stream.reconfigure(errors="replace")
            else:
                stream.reconfigure(encoding="utf-8")
        except (OSError, ValueError):
            pass  # a closed or unusual stream: print as before


def _offscreen_qt_finds_windows_fonts() -> None:
    """On Windows, Qt without a window (PDFs and map pictures from the command line) reads fonts
    from the system's Fonts folder; by default it looks in a folder beside Qt's libraries that the
    bundle does not have, and printed every letter as a box."""
    if sys.platform != "win32" or os.environ.get("QT_QPA_FONTDIR"):
        return
    fonts = os.path.join(os.environ.get("WINDIR") or os.environ.get("SystemRoot") or r"C:\Windows", "Fonts")
    if os.path.isdir(fonts):
        os.environ["QT_QPA_FONTDIR"] = fonts


def _start_log(args) -> None:
    from finder.locations import database_location
    from finder.logs import log_start, setup_logging

    setup_logging()
    if args.command != "config":
        log_start(args.command, database_location(getattr(args, "db", None)))


def _apply_settings() -> None:
    """The name set with `finder config set user-name` (or Preferences) is who edits are recorded as."""
    from finder import settings
    from finder.services.history import set_user_name

    set_user_name(settings.load().user_name)


def _db_url(args) -> str:
    from finder.locations import database_location
    from finder.services.opening import database_url

    return database_url(getattr(args, "db", None) or database_location())
