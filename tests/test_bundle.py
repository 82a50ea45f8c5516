"""The desktop bundle (build_app.spec) builds and runs the same CLI a user runs from source.

Slow: builds with PyInstaller. Run by `make test-bundle` (and .ci/run). To check a bundle built
elsewhere (a Windows or macOS build machine), point FINDER_BUNDLE_DIR at its folder.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

ROOT = Path(__file__).resolve().parent.parent
APP = "program-finder"
MAX_BUNDLE_BYTES = 150 * 1024 * 1024


def project_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The bundle's folder: FINDER_BUNDLE_DIR if given, else a fresh `pyinstaller build_app.spec`."""
    given = os.environ.get("FINDER_BUNDLE_DIR")
    if given:
        return Path(given).resolve()
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is not installed: pip install -e '.[bundle]' (make test-bundle does it)")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "build_app.spec",
        ],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert done.returncode == 0, f"bundle build failed:\n{done.stderr[-4000:]}"
    folder = ROOT / "dist" / APP
    assert folder.is_dir()
    return folder


def listing(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture(scope="module")
def files_as_built(bundle: Path) -> set[str]:
    return listing(bundle)


@pytest.fixture(scope="module")
def executable(bundle: Path) -> Path:
    exe = bundle / (APP + (".exe" if sys.platform == "win32" else ""))
    assert exe.is_file(), f"no executable at {exe}"
    return exe


@pytest.fixture(scope="module")
def fresh_user(tmp_path_factory) -> dict[str, Path]:
    """An empty home folder (no data folder yet) and an unrelated working directory."""
    base = tmp_path_factory.mktemp("bundle-user")
    home, cwd = base / "home", base / "elsewhere"
    home.mkdir()
    cwd.mkdir()
    return {"home": home, "cwd": cwd}


def user_env(home: Path, platform: str = "offscreen") -> dict[str, str]:
    """The environment of a user who has never run the app: nothing from this test run leaks in."""
    keep = ("PATH", "SYSTEMROOT", "SystemRoot", "TEMP", "TMP", "TMPDIR", "DISPLAY", "XAUTHORITY")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        LANG="C.UTF-8",
        QT_QPA_PLATFORM=platform,
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
    )
    return env


def run(
    executable: Path,
    user: dict[str, Path],
    *args: str,
    platform: str = "offscreen",
    prefix: tuple[str, ...] = (),
    lang: str = "C.UTF-8",
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*prefix, str(executable), *args],
        check=False,
        cwd=user["cwd"],
        env=user_env(user["home"], platform) | {"LANG": lang},
        capture_output=True,
        text=True,
        timeout=300,
    )


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG file"
    return struct.unpack(">II", head[16:24])


def test_version_matches_pyproject(executable, fresh_user, files_as_built):
    done = run(executable, fresh_user, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"finder {project_version()}"


def test_search_on_first_run_seeds_the_users_data_folder(executable, fresh_user):
    done = run(executable, fresh_user, "search", "--near", "92660", "--format", "json")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["origin"]["resolved_as"] == "zip"
    assert found["total"] > 0 and found["results"], "the seeded directory has programs near 92660"
    first = found["results"][0]
    assert first["distance_miles"] <= found["radius_miles"]
    assert len(first["zip"]) == 5
    # The database went to the user's data folder, nothing to the working directory.
    assert list(fresh_user["home"].rglob("directory.db")), "no database in the user's data folder"
    assert not any(fresh_user["cwd"].iterdir())


def test_gui_screenshot(executable, fresh_user):
    done = run(executable, fresh_user, "gui", "--near", "92660", "--screenshot", "OUT.png")
    assert done.returncode == 0, done.stderr
    shot = fresh_user["cwd"] / "OUT.png"
    assert shot.stat().st_size > 0
    width, height = png_size(shot)
    assert width >= 400 and height >= 300


def test_checklist_pdf_uses_the_bundled_templates(executable, fresh_user, tmp_path):
    found = run(executable, fresh_user, "search", "--near", "92660", "--format", "json", "--limit", "1")
    assert found.returncode == 0, found.stderr
    program_id = json.loads(found.stdout)["results"][0]["id"]
    pdf = tmp_path / "checklist.pdf"
    done = run(executable, fresh_user, "checklist", str(program_id), "--pdf", str(pdf))
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 1000


def test_the_bundle_speaks_spanish_from_its_compiled_catalogue(bundle, executable, fresh_user):
    done = run(executable, fresh_user, "search", "--near", "92660", "--limit", "3", lang="es_US.UTF-8")
    assert done.returncode == 0, done.stderr
    assert "Millas" in done.stdout and "Programa" in done.stdout, done.stdout
    bad = run(executable, fresh_user, "search", "--near", "00000", lang="es_US.UTF-8")
    assert bad.returncode == 2 and "código postal" in bad.stderr.lower(), bad.stderr
    assert list(bundle.rglob("es.mo")), "the compiled catalogue is in the bundle"
    assert not list(bundle.rglob("babel")), "Babel (a developer tool) stays out"


def test_user_error_is_one_line_and_exit_2(executable, fresh_user):
    done = run(executable, fresh_user, "search", "--near", "00000", "--format", "json")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("xvfb-run"),
    reason="the X11 (xcb) window check needs Linux and xvfb-run",
)
def test_gui_on_an_x_server(executable, fresh_user):
    # The xcb platform plugin and the X libraries it links are what a Linux desktop uses.
    done = run(
        executable,
        fresh_user,
        "gui",
        "--near",
        "92660",
        "--screenshot",
        "xcb.png",
        platform="xcb",
        prefix=("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"),
    )
    assert done.returncode == 0, done.stderr
    assert png_size(fresh_user["cwd"] / "xcb.png")[0] >= 400


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux only")
def test_every_bundled_library_finds_what_it_links_to(bundle):
    # The spec drops libraries nothing seems to use; a wrong cut shows up here as "not found".
    missing = []
    for path in bundle.rglob("*.so*"):
        if path.is_symlink() and not path.exists():
            missing.append(f"{path.relative_to(bundle)}: dangling link")
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["ldd", str(path)], check=False, capture_output=True, text=True).stdout
        missing += [
            f"{path.relative_to(bundle)}: {line.strip()}" for line in out.splitlines() if "not found" in line
        ]
    assert not missing, "\n".join(missing)


def test_running_writes_nothing_into_the_bundle(bundle, files_as_built, executable, fresh_user):
    # It may be installed read-only (Program Files, /opt): data goes to the user's folder only.
    run(executable, fresh_user, "search", "--near", "92660", "--format", "json")
    assert listing(bundle) == files_as_built


def test_bundle_fits_in_150_mb(bundle):
    used = sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert used <= MAX_BUNDLE_BYTES, f"bundle is {used / 2**20:.0f} MB"
