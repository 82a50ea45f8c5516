"""Before the window starts on Linux: are the system libraries Qt's X11 plugin needs installed?

Qt's own message when one is missing is a long paragraph ending in an abort. `make run` calls
`python -m finder.ui.syslibs` first, which prints one line naming the missing libraries and
the Debian/Ubuntu packages that hold them (exit 1), or nothing (exit 0).
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# library file -> Debian/Ubuntu package (the set .ci/run installs for the X11 and Wayland plugins)
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
# Qt opens this one with dlopen at start-up, so ldd does not list it
DLOPENED = ("libxcb-cursor.so.0",)


def not_found(ldd_output: str) -> list[str]:
    """The libraries ldd could not find, in the order it listed them, each once."""
    seen: list[str] = []
    for m in re.finditer(r"^\s*(\S+)\s+=>\s+not found", ldd_output, re.MULTILINE):
        if m.group(1) not in seen:
            seen.append(m.group(1))
    return seen


def _plugin_files() -> list[Path]:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    files = [
        qt / "plugins" / "platforms" / "libqxcb.so",
        qt / "lib" / "libQt6XcbQpa.so.6",
        qt / "lib" / "libQt6Gui.so.6",
    ]
    return [f for f in files if f.exists()]


def _loadable(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_libraries() -> list[str]:
    """System libraries the X11 window needs and this machine lacks ([] off Linux or without ldd)."""
    ldd = shutil.which("ldd")
    if not sys.platform.startswith("linux") or ldd is None:
        return []
    missing: list[str] = []
    for f in _plugin_files():
        out = subprocess.run([ldd, str(f)], capture_output=True, text=True, check=False).stdout
        missing += [lib for lib in not_found(out) if lib not in missing]
    missing += [lib for lib in DLOPENED if lib not in missing and not _loadable(lib)]
    return missing


def message(missing: list[str]) -> str:
    packages = " ".join(dict.fromkeys(PACKAGES.get(lib, lib) for lib in missing))
    return (
        f"Program Finder cannot open its window: missing system libraries {', '.join(missing)}; "
        f"install them with: sudo apt-get install {packages}"
    )


def main() -> int:
    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal", "vnc"):
        return 0
    missing = missing_libraries()
    if missing:
        print(message(missing), file=sys.stderr)
        # under Wayland the window can still open through Qt's Wayland plugin
        return 0 if os.environ.get("WAYLAND_DISPLAY") else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
