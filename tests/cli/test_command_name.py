"""`program-finder --help` (the .deb, the bundle) names itself as called; `finder` (pip) too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from finder.cli import build_parser, command_name


@pytest.mark.parametrize(
    ("argv0", "name"),
    [
        ("/usr/bin/program-finder", "program-finder"),
        ("/opt/program-finder/program-finder", "program-finder"),
        ("program-finder.exe", "program-finder"),
        ("/home/me/.venv/bin/finder", "finder"),
        ("/src/finder/__main__.py", "finder"),  # python -m finder
        ("/usr/lib/python3/dist-packages/pytest/__main__.py", "finder"),
        ("", "finder"),
    ],
)
def test_the_name_is_the_one_it_was_called_by(argv0, name):
    assert command_name(argv0) == name


def test_usage_and_help_say_program_finder():
    parser = build_parser(prog="program-finder")
    assert parser.format_usage().startswith("usage: program-finder ")
    assert "usage: program-finder" in parser.format_help()


def test_a_link_named_program_finder_prints_its_own_name(tmp_path):
    # what /usr/bin/program-finder is in the .deb: a link to the program under another name
    finder = Path(sys.executable).with_name("finder")
    if not finder.exists():
        pytest.skip("no installed finder script beside the interpreter")
    link = tmp_path / "program-finder"
    os.symlink(finder, link)
    done = subprocess.run(
        [str(link), "--help"], capture_output=True, text=True, check=False, timeout=60, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: program-finder ")
    done = subprocess.run([str(link), "nonsense"], capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1  # a mistake is one line, as ever
