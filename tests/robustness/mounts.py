"""Real small and read-only file systems for the robustness tests (tmpfs mounts; Linux, as root).

CI runs as root, where chmod does not stop a write and a "full disk" cannot be faked by
permissions: a tmpfs of a few MB is really full, a tmpfs remounted read-only really refuses.
Elsewhere the tests that need them skip, saying why.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest


def _mount(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


def _can_mount() -> str | None:
    """None when this process may mount a tmpfs, else why not."""
    if not sys.platform.startswith("linux"):
        return "tmpfs mounts are Linux only"
    if os.geteuid() != 0:
        return "mounting a small or read-only tmpfs needs root (CI runs as root)"
    return None


@pytest.fixture
def tmpfs(tmp_path):
    """mount(size_mb) -> a fresh tmpfs of that size under tmp_path; unmounted after the test."""
    why = _can_mount()
    if why:
        pytest.skip(why)
    mounted: list[Path] = []

    def mount(size_mb: float, name: str = "disk") -> Path:
        point = tmp_path / name
        point.mkdir()
        r = _mount("-t", "tmpfs", "-o", f"size={int(size_mb * 1024)}k,mode=0700", "tmpfs", str(point))
        if r.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {r.stderr.strip()}")
        mounted.append(point)
        return point

    yield mount
    for point in reversed(mounted):
        subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)


def remount_read_only(point: Path) -> None:
    r = _mount("-o", "remount,ro", str(point))
    assert r.returncode == 0, r.stderr


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system holding `folder` to the last block, then give back about `leave` bytes."""
    filler = folder / "filler.bin"
    block = b"\xa5" * 65536
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(block)
                fh.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC, exc
    size = filler.stat().st_size
    with filler.open("r+b") as fh:
        fh.truncate(max(0, size - leave))
    return filler
