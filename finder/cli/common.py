"""Helpers shared by the command modules: opening the database, progress bars, output."""

from __future__ import annotations

import sys
import time

from finder.domain.geo import DEFAULT_RADIUS_MILES, MAX_RADIUS_MILES, MIN_RADIUS_MILES
from finder.domain.taxonomy import SEARCH_VOCABULARIES, Match
from finder.errors import UserError
from finder.locations import database_location
from finder.texts import N_, _

_COMBINE = {
    Match.ALL: N_("repeat for several: all must apply"),
    Match.ANY: N_("repeat for several: any will do"),
}
# the placeholder of each vocabulary's flag in --help (--type TYPE); a new vocabulary shows its name
_METAVARS = {
    "types": N_("TYPE"),
    "levels": N_("LEVEL"),
    "payments": N_("PAYMENT"),
    "populations": N_("POPULATION"),
    "languages": N_("LANGUAGE"),
    "supports": N_("SUPPORT"),
}


class TerminalText:
    """A terminal's stream that shows control characters as text instead of obeying them.

    Names and notes come from imports and from other people (a shared directory); an escape
    sequence among them would otherwise reach the terminal raw: clear it, retitle it, or (OSC 52)
    write the user's clipboard. Every command prints through sys.stdout/sys.stderr, so this one
    wrapper covers `show`, `search`, `calls`, `checklist`, `shortlist list` and error lines alike.
    """

    def __init__(self, stream) -> None:
        self.unfiltered = stream  # for our own control characters: the progress bar's \r

    def write(self, text: str) -> int:
        from finder.domain.text import visible_controls

        self.unfiltered.write(visible_controls(text))
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self.unfiltered, name)


def guard_terminal() -> None:
    """Wrap stdout and stderr in TerminalText when they are a terminal (files and pipes get the text as is)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None or isinstance(stream, TerminalText):
            continue
        try:
            console = stream.isatty()
        except (OSError, ValueError, AttributeError):
            console = False
        if console:
            setattr(sys, name, TerminalText(stream))


def undecodable_argument(argv: list[str]) -> UserError | None:
    """The refusal for the first argument whose bytes are not UTF-8 (None when all are text).

    Python keeps such bytes as lone surrogates; they fail later, wherever the text is written
    (the log, the database, the terminal), as a traceback. Said at once instead, with the byte shown.
    """
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            return UserError(
                N_(
                    "the argument '%1' is not UTF-8 text; type it again, or rename the file to a name in UTF-8"
                ),
                shown[:200],
            )
    return None


def _stderr_as_is():
    return getattr(sys.stderr, "unfiltered", sys.stderr)


class ProgressBar:
    """A progress bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty()
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and done < total:
            return
        self._last = now
        err = _stderr_as_is()
        if total:
            width = 30
            filled = int(width * done / total)
            err.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        else:
            err.write(f"\r{self.label} {done}")
        if total and done >= total:
            err.write("\n")
        err.flush()


def add_radius_argument(parser, default: str | None = f"{DEFAULT_RADIUS_MILES:g}") -> None:
    """--radius MI, checked later by finder.domain.geo.check_radius (one message for every command)."""
    said = _(" (default {value})").format(value=default) if default is not None else ""
    parser.add_argument(
        "--radius",
        type=str,
        default=default,
        metavar="MI",
        help=_("miles, {low}-{high}").format(low=MIN_RADIUS_MILES, high=MAX_RADIUS_MILES) + said,
    )


def add_vocabulary_filters(parser) -> None:
    """One repeatable flag per searchable vocabulary of the registry: --type, --level, --payment,
    --population; each lands in args.<vocabulary name> as a list of slugs."""
    for v in SEARCH_VOCABULARIES:
        parser.add_argument(
            v.cli_flag,
            action="append",
            default=[],
            dest=v.name,
            metavar=_(_METAVARS[v.name]) if v.name in _METAVARS else v.singular.upper(),
            help=f"{', '.join(v.slugs)} ({_(_COMBINE[v.match])})",
        )


def open_db(args, seed: bool | None = None):
    from finder.services.opening import open_database

    return open_database(
        args.db or database_location(), seed=seed, progress=ProgressBar(_("Loading the bundled directory"))
    )


def print_table(headers: list[str], rows: list[list[str]], out=None) -> None:
    out = out or sys.stdout
    widths = [len(h) for h in headers]
    for r in rows:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], len(c))
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths))
    out.write(line.rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() + "\n")
