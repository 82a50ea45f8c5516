"""`finder map`: a PNG of the search, its size as asked, and one-line errors with exit 2."""

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.helpers import finder as run_finder

FIXTURE = Path(__file__).parent.parent / "fixtures" / "directory_sample.csv"
ENV = {"QT_QPA_PLATFORM": "offscreen"}


def finder(db, *args):
    return run_finder(*args, db=db, env=ENV)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("map") / "d.db"
    p = finder(path, "import", FIXTURE)
    assert p.returncode == 0, p.stderr
    return path


def test_the_png_is_written_at_the_size_asked(db, tmp_path):
    out = tmp_path / "newport.png"
    p = finder(
        db,
        "map",
        "--near",
        "92660",
        "--radius",
        "25",
        "--type",
        "mental-health",
        "--png",
        out,
        "--size",
        "900x600",
    )
    assert p.returncode == 0, p.stderr
    img = QImage(str(out))
    assert (img.width(), img.height()) == (900, 600)
    assert "programs within 25 mi of Newport Beach" in p.stderr


def test_the_default_size_is_1280_by_800(db, tmp_path):
    out = tmp_path / "m.png"
    assert finder(db, "map", "--near", "Chicago, IL", "--png", out, "--dark").returncode == 0
    assert QImage(str(out)).size().toTuple() == (1280, 800)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--near", "00000"], "ZIP code 00000 was not found"),
        (["--near", "92660", "--size", "big"], "is not WIDTHxHEIGHT"),
        (["--near", "92660", "--size", "20x20"], "must each be"),
        (["--near", "92660", "--radius", "9000"], "radius"),
    ],
)
def test_user_mistakes_are_one_line_and_exit_2(db, tmp_path, args, said):
    p = finder(db, "map", *args, "--png", tmp_path / "x.png")
    assert p.returncode == 2 and said in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1 and "Traceback" not in p.stderr
    assert not (tmp_path / "x.png").exists()


def test_an_unwritable_place_is_one_line_and_exit_2(db, tmp_path):
    missing = finder(db, "map", "--near", "92660", "--png", tmp_path / "no" / "such" / "m.png")
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    folder = finder(db, "map", "--near", "92660", "--png", tmp_path)
    assert folder.returncode == 2 and "is a folder" in folder.stderr
    if Path("/dev/full").exists():  # a file that takes no bytes: the disk is full
        full = finder(db, "map", "--near", "92660", "--png", "/dev/full")
        assert full.returncode == 2 and "cannot write" in full.stderr
        assert len(full.stderr.strip().splitlines()) == 1
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        p = finder(db, "map", "--near", "92660", "--png", locked / "m.png")
        assert p.returncode == 2 and "could not write" in p.stderr
        assert len(p.stderr.strip().splitlines()) == 1
