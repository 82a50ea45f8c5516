"""`make run` names the missing system libraries of Qt's X11 plugin in one line."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from finder.ui import syslibs

LDD_SAMPLE = """\
\tlinux-vdso.so.1 (0x00007ffd6b5f7000)
\tlibQt6XcbQpa.so.6 => /x/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0c1c000000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0c1b800000)
"""


def test_ldd_output_gives_each_missing_library_once():
    assert syslibs.not_found(LDD_SAMPLE) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_the_message_is_one_line_with_the_packages_to_install():
    text = syslibs.message(["libxcb-icccm.so.4", "libxcb-cursor.so.0"])
    assert "\n" not in text
    assert "apt-get install libxcb-icccm4 libxcb-cursor0" in text


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="needs ldd")
def test_what_it_reports_is_what_ldd_says_about_the_real_plugin():
    expected: list[str] = []
    for f in syslibs._plugin_files():
        out = subprocess.run(["ldd", str(f)], capture_output=True, text=True, check=True).stdout
        expected += [lib for lib in syslibs.not_found(out) if lib not in expected]
    found = syslibs.missing_libraries()
    assert found[: len(expected)] == expected
    assert all(lib in syslibs.PACKAGES for lib in found)
