"""Write the manual page and the bash completion of the command line, from its own argparse parser.

    python scripts/cli_docs.py --man program-finder.1 --bash program-finder

packaging/debian/build-deb.sh runs it, so the page and the completion always describe the
commands being packaged (nothing generated is committed). Both speak of `program-finder`, the
command the .deb installs; the completion also completes `finder` (pip installs).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from finder.cli import build_parser

NAME = "program-finder"
# options whose value is a file or folder: the completion offers paths after them
PATH_WORDS = ("FILE", "PATH", "OUT", ".pdf", ".csv", ".png", ".json", "FOLDER", "DIR")


def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def build_date() -> str:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else today."""
    stamp = os.environ.get("SOURCE_DATE_EPOCH")
    return time.strftime("%Y-%m-%d", time.gmtime(int(stamp) if stamp else None))


def subcommands(parser: argparse.ArgumentParser) -> Iterator[tuple[str, str, argparse.ArgumentParser]]:
    """(name, one-line help, parser) of each subcommand, in the order they were added."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            for name, sub in action.choices.items():
                yield name, helps.get(name, ""), sub


def options(parser: argparse.ArgumentParser) -> Iterator[argparse.Action]:
    for action in parser._actions:
        if action.option_strings and action.help != argparse.SUPPRESS:
            yield action


def positionals(parser: argparse.ArgumentParser) -> Iterator[argparse.Action]:
    for action in parser._actions:
        if not action.option_strings and not isinstance(action, argparse._SubParsersAction):
            yield action


# --- the manual page ---------------------------------------------------------------------------


def roff(text: str) -> str:
    """Plain text as roff: backslashes and hyphens escaped, no line starting with a control character."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    text = "".join(c if ord(c) < 128 else f"\\[u{ord(c):04X}]" for c in text)  # groff reads ASCII
    return "\n".join(("\\&" + line) if line[:1] in (".", "'") else line for line in text.splitlines())


def invocation(parser: argparse.ArgumentParser, action: argparse.Action) -> str:
    formatter = parser._get_formatter()
    return formatter._format_action_invocation(action)


def help_text(parser: argparse.ArgumentParser, action: argparse.Action) -> str:
    formatter = parser._get_formatter()
    return " ".join(formatter._expand_help(action).split()) if action.help else ""


def option_items(parser: argparse.ArgumentParser) -> list[str]:
    out = []
    for action in [*positionals(parser), *options(parser)]:
        if action.dest == "help":
            continue
        out += [".TP", f"\\fB{roff(invocation(parser, action))}\\fR", roff(help_text(parser, action))]
    return out


def command_sections(parser: argparse.ArgumentParser, prefix: str) -> list[str]:
    out = []
    for name, short, sub in subcommands(parser):
        words = f"{prefix} {name}".strip()
        out += [f'.SS "{roff(words)}"', roff(short or (sub.description or ""))]
        if sub.description and short and sub.description.strip() != short.strip():
            out += [".PP", roff(" ".join(sub.description.split()))]
        out += option_items(sub)
        out += command_sections(sub, words)
    return out


def manual_page(parser: argparse.ArgumentParser) -> str:
    lines = [
        f'.TH PROGRAM\\-FINDER 1 "{build_date()}" "{NAME} {version()}" "User Commands"',
        ".SH NAME",
        f"{roff(NAME)} \\- find, vet and compare behavioral\\-health programs, offline",
        ".SH SYNOPSIS",
        f".B {roff(NAME)}",
        "[\\fB\\-\\-db\\fR \\fIFILE\\fR|\\fIURL\\fR] [\\fICOMMAND\\fR [\\fIOPTIONS\\fR]]",
        ".br",
        f".B {roff(NAME)}",
        "\\fBgui\\fR [\\fB\\-\\-near\\fR \\fIPLACE\\fR]",
        ".SH DESCRIPTION",
        roff(
            "Program Finder finds intensive outpatient programs (IOPs) and other behavioral-health "
            "programs near a person, from the SAMHSA national directory it carries, fully offline. "
            "Case managers and families search by ZIP code or town, filter by what a program treats, "
            "its level of care, payment and who it serves, keep shortlists, phone each program with a "
            "vetting checklist, compare programs and print what goes in the client's file."
        ),
        ".PP",
        roff(
            "With no command it opens the window; every command below does the same work from the "
            "command line. The first use loads the bundled directory into the user's data folder."
        ),
        ".SH OPTIONS",
        *option_items(parser),
        ".TP",
        "\\fB\\-h\\fR, \\fB\\-\\-help\\fR",
        roff("Show the commands, or a command's options (program-finder COMMAND --help), and exit."),
        ".SH COMMANDS",
        *command_sections(parser, ""),
        ".SH ENVIRONMENT",
        ".TP",
        ".B FINDER_DB",
        roff("The directory to open (a SQLite file or a postgresql:// URL) when --db is not given."),
        ".TP",
        ".B FINDER_USER",
        roff("The name recorded with edits and checklist answers (else the settings, else your login)."),
        ".TP",
        ".B FINDER_NO_SEED",
        roff("Set to 1: a new directory is created empty instead of loaded with the bundled programs."),
        ".TP",
        ".B LANG",
        roff("The window speaks Spanish for es_* locales, else English, unless a language is set."),
        ".SH FILES",
        ".TP",
        ".I ~/.local/share/finder/directory.db",
        roff("The directory, shortlists, notes and checklist answers; backups/ beside it."),
        ".TP",
        ".I ~/.config/finder/settings.ini",
        roff("Settings (program-finder config)."),
        ".TP",
        ".I ~/.local/state/finder/log/finder.log",
        roff("The log: starts, imports and errors, never notes or names of clients."),
        ".SH EXIT STATUS",
        roff(
            "0 on success; 2 when something you typed or chose cannot be used (the message says "
            "what to do); 1 on an unexpected error (details in the log); 130 when interrupted."
        ),
        ".SH SEE ALSO",
        roff(
            "The README and docs in /usr/share/doc/program-finder/, and "
            "https://github.com/program-finder/program-finder"
        ),
    ]
    return "\n".join(line for line in lines if line != "") + "\n"


# --- bash completion ----------------------------------------------------------------------------


def takes_path(action: argparse.Action) -> bool:
    meta = str(action.metavar or action.dest or "")
    return action.nargs != 0 and any(word.lower() in meta.lower() for word in PATH_WORDS)


def value_cases(parser: argparse.ArgumentParser) -> list[str]:
    """`case $prev` branches: an option's choices, or file names."""
    cases = []
    for action in options(parser):
        flags = "|".join(action.option_strings)
        if action.choices:
            cases.append(
                f'{flags}) COMPREPLY=($(compgen -W "{" ".join(map(str, action.choices))}" -- "$cur")); return ;;'
            )
        elif takes_path(action):
            cases.append(
                f'{flags}) COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null; return ;;'
            )
    return cases


def context_branch(pattern: str, parser: argparse.ArgumentParser, extra_words: list[str]) -> list[str]:
    words = " ".join([*extra_words, *(s for a in options(parser) for s in a.option_strings)])
    body = ["        " + c for c in value_cases(parser)]
    out = [f"    {pattern})"]
    if body:
        out += ["        case $prev in", *["    " + b for b in body], "        esac"]
    if any(takes_path(a) for a in positionals(parser)):  # `import FILE`, `export FILE.csv`
        out += [
            '        [[ $cur != -* ]] && { COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null; return; }'
        ]
    out += [f'        words="{words}" ;;']
    return out


def bash_completion(parser: argparse.ArgumentParser) -> str:
    branches = context_branch('" "', parser, [name for name, _h, _p in subcommands(parser)])
    for name, _help, sub in subcommands(parser):
        inner = list(subcommands(sub))
        if inner:
            branches += context_branch(f'"{name} "', sub, [n for n, _h, _p in inner])
            for inner_name, _h, inner_parser in inner:
                branches += context_branch(f'"{name} {inner_name}"', inner_parser, [])
        else:
            branches += context_branch(f'"{name} "*', sub, [])
    with_subcommands = " ".join(name for name, _h, sub in subcommands(parser) if list(subcommands(sub)))
    return "\n".join(
        [
            f"# bash completion for {NAME} (and finder), written by scripts/cli_docs.py from the parser",
            "_program_finder()",
            "{",
            "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}",
            '    local i word cmd="" sub="" words=""',
            "    for ((i = 1; i < COMP_CWORD; i++)); do",
            "        word=${COMP_WORDS[i]}",
            "        case $word in",
            "            --db) ((i++)) ;;",
            "            -*) ;;",
            "            *)",
            "                if [[ -z $cmd ]]; then cmd=$word",
            f'                elif [[ -z $sub && " {with_subcommands} " == *" $cmd "* ]]; then sub=$word',
            "                fi ;;",
            "        esac",
            "    done",
            '    if [[ $prev == --db ]]; then COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null; return; fi',
            '    case "$cmd $sub" in',
            *branches,
            "    esac",
            '    COMPREPLY=($(compgen -W "$words" -- "$cur"))',
            "}",
            f"complete -F _program_finder {NAME} finder",
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--man", type=Path, help="write the manual page (roff) here")
    ap.add_argument("--bash", type=Path, help="write the bash completion here")
    args = ap.parse_args(argv)
    parser = build_parser(prog=NAME)
    if args.man:
        args.man.write_text(manual_page(parser), encoding="utf-8")
    if args.bash:
        args.bash.write_text(bash_completion(parser), encoding="utf-8")
    if not (args.man or args.bash):
        sys.stdout.write(manual_page(parser))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
