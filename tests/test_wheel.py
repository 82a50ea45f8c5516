"""The wheel works on its own: built from the checkout, installed (not editable) into a fresh
virtual environment outside it, and run from an unrelated folder with an empty home.

This is the install docs/agency.md asks of each workstation (`pip install .`), so the wheel must
carry every file the app reads (finder/data/, finder/i18n/) and declare every library it imports.
Slow (a build and a `pip install` with PySide6): run by `make test-wheel` and .ci/run. To check a
wheel built elsewhere, point FINDER_WHEEL at it.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

ROOT = Path(__file__).resolve().parent.parent
BIN = "Scripts" if sys.platform == "win32" else "bin"
EXE = ".exe" if sys.platform == "win32" else ""


def project() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]


def clean_copy(dest: Path) -> Path:
    """The files git would put in a clone (with this checkout's uncommitted edits), nothing else:
    no build/ left from an earlier build, no caches, no .venv."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    if listed.returncode != 0:  # not a git checkout (an unpacked sdist): build it as it is
        return ROOT
    for name in filter(None, listed.stdout.decode().split("\0")):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    return dest


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    given = os.environ.get("FINDER_WHEEL")
    if given:
        return Path(given).resolve()
    base = tmp_path_factory.mktemp("wheel-build")
    source = clean_copy(base / "src")
    out = base / "dist"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(source)],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert done.returncode == 0, f"wheel build failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    (built,) = out.glob("program_finder-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory) -> Path:
    """A new virtual environment with the wheel and its dependencies, and nothing of the checkout."""
    folder = tmp_path_factory.mktemp("wheel-venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True, timeout=300)
    python = folder / BIN / f"python{EXE}"

    def pip(*args: str) -> None:
        done = subprocess.run(
            [str(python), "-m", "pip", "--disable-pip-version-check", *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=1500,
        )
        assert done.returncode == 0, f"pip {args[0]} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"

    lock = ROOT / "requirements" / "app.lock"
    if lock.is_file() and not os.environ.get("FINDER_WHEEL"):
        # the locked versions (hash-checked), then the wheel; `pip check` then fails if the wheel
        # declares a dependency the lock lacks or a version it does not allow
        pip("install", "--quiet", "--require-hashes", "-r", str(lock))
        pip("install", "--quiet", "--no-deps", str(wheel))
        pip("check")
    else:
        pip("install", "--quiet", str(wheel))
    return folder


@pytest.fixture(scope="module")
def user(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("wheel-user")
    home, cwd = base / "home", base / "elsewhere"
    home.mkdir()
    cwd.mkdir()
    return {"home": home, "cwd": cwd}


def user_env(venv: Path, home: Path) -> dict[str, str]:
    """A user who never ran the app, with the venv's commands first on PATH and no PYTHONPATH."""
    keep = ("SYSTEMROOT", "SystemRoot", "TEMP", "TMP", "TMPDIR")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(
        PATH=os.pathsep.join([str(venv / BIN), os.environ.get("PATH", "")]),
        HOME=str(home),
        USERPROFILE=str(home),
        LANG="C.UTF-8",
        QT_QPA_PLATFORM="offscreen",
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
    )
    return env


def finder(venv: Path, user: dict[str, Path], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(venv / BIN / f"finder{EXE}"), *args],
        cwd=user["cwd"],
        env=user_env(venv, user["home"]),
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def test_the_wheel_carries_the_shipped_data_and_no_tests(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "finder/data/seeds/national_directory.csv.gz",
        "finder/data/seeds/service_codes.csv",
        "finder/data/migrations/env.py",
        "finder/data/migrations/script.py.mako",
        "finder/data/migrations/versions/0001_initial_schema.py",
        "finder/data/map/counties-10m.json",
        "finder/data/map/places.json",
        "finder/data/templates/checklist.html",
        "finder/data/style.qss",
        "finder/data/gazetteer.csv.gz",
        "finder/i18n/es.mo",
        "finder/i18n/en.mo",
        "finder/data/icons/io.github.program_finder.ProgramFinder.svg",
    ):
        assert needed in names, f"{needed} is not in the wheel"
    assert not [n for n in names if n.startswith("tests/") or "__pycache__" in n or n.endswith(".pyc")]
    licence = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
    assert licence or not (ROOT / "LICENSE").exists(), "the wheel carries no LICENSE"


def test_the_installed_package_is_not_the_checkout(venv, user):
    where = subprocess.run(
        [str(venv / BIN / f"python{EXE}"), "-c", "import finder; print(finder.__file__)"],
        cwd=user["cwd"],
        env=user_env(venv, user["home"]),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).resolve().is_relative_to(venv.resolve()), where
    assert not Path(where).resolve().is_relative_to(ROOT)


def test_version(venv, user):
    done = finder(venv, user, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"finder {project()['version']}"


def test_search_loads_the_bundled_directory_into_the_users_data_folder(venv, user):
    done = finder(venv, user, "search", "--near", "92660", "--format", "json")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["origin"]["resolved_as"] == "zip"
    assert found["total"] > 0 and found["results"], "the bundled directory has programs near 92660"
    assert found["results"][0]["distance_miles"] <= found["radius_miles"]
    assert list(user["home"].rglob("directory.db")), "no database in the user's data folder"
    assert not any(user["cwd"].iterdir()), "the search wrote into the working directory"


def test_checklist_questions(venv, user):
    done = finder(venv, user, "checklist", "--questions")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.strip().splitlines()) >= 10


def test_checklist_pdf(venv, user, tmp_path):
    found = finder(venv, user, "search", "--near", "92660", "--format", "json", "--limit", "1")
    assert found.returncode == 0, found.stderr
    program_id = json.loads(found.stdout)["results"][0]["id"]
    pdf = tmp_path / "checklist.pdf"
    done = finder(venv, user, "checklist", str(program_id), "--pdf", str(pdf))
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 1000
    spanish = tmp_path / "checklist-es.pdf"
    done = finder(venv, user, "checklist", str(program_id), "--pdf", str(spanish), "--lang", "es")
    assert done.returncode == 0, done.stderr
    # the Spanish catalogue (finder/i18n/es.mo) was found: the pages read differently
    from pypdf import PdfReader

    def text(path: Path) -> str:
        return PdfReader(path).pages[0].extract_text()

    assert text(spanish) != text(pdf)


def test_gui_screenshot(venv, user):
    done = finder(venv, user, "gui", "--near", "92660", "--screenshot", "shot.png")
    assert done.returncode == 0, done.stderr
    head = (user["cwd"] / "shot.png").read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    assert width >= 400 and height >= 300
    keep = os.environ.get("FINDER_WHEEL_SHOT")  # to look at it: FINDER_WHEEL_SHOT=/tmp/shot.png
    if keep:
        shutil.copy(user["cwd"] / "shot.png", keep)
    (user["cwd"] / "shot.png").unlink()
