"""The manual page and the bash completion the .deb installs, made from the parser (scripts/cli_docs.py)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def cli_docs():
    spec = importlib.util.spec_from_file_location("cli_docs", ROOT / "scripts" / "cli_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("cli-docs")
    paths = {"man": out / "program-finder.1", "bash": out / "program-finder"}
    assert cli_docs().main(["--man", str(paths["man"]), "--bash", str(paths["bash"])]) == 0
    return paths


def test_the_manual_page_names_every_command(written):
    from finder.cli import build_parser

    page = written["man"].read_text(encoding="utf-8")
    assert page.startswith(".TH PROGRAM\\-FINDER 1 ")
    commands = [name for name, *_ in cli_docs().subcommands(build_parser())]
    assert len(commands) >= 10
    for name in commands:
        assert f'.SS "{name.replace("-", chr(92) + "-")}"' in page, name
    assert "\\-\\-near" in page and ".SH EXIT STATUS" in page


@pytest.mark.skipif(not shutil.which("groff"), reason="groff is not installed")
def test_the_manual_page_reads_without_warnings(written):
    done = subprocess.run(
        ["groff", "-man", "-Tutf8", "-ww", "-z", str(written["man"])],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr


@pytest.mark.skipif(not shutil.which("bash"), reason="needs bash")
@pytest.mark.parametrize(
    ("words", "offered"),
    [
        (["program-finder", "sea"], ["search"]),
        (["program-finder", "shortlist", "cr"], ["create"]),
        (["program-finder", "search", "--format", ""], ["table", "json", "csv"]),
        (["finder", "checklist", "--q"], ["--questions"]),
    ],
)
def test_bash_completes_commands_options_and_choices(written, words, offered):
    script = (
        f"source {written['bash']}\n"
        f"COMP_WORDS=({' '.join(repr(w) for w in words)}); COMP_CWORD={len(words) - 1}\n"
        "_program_finder; printf '%s\\n' \"${COMPREPLY[@]}\"\n"
    )
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == offered
