#!/usr/bin/env bash
# `make windows`: the Windows bundle (PyInstaller with build_app.spec, run by the embeddable
# CPython 3.13 under Wine), then its installer, dist/windows/ProgramFinder-<version>-x64-setup.exe
# (NSIS: per machine into Program Files, a Start-menu entry, an uninstaller in Add/Remove
# Programs, silent with /S). The toolchain comes from toolchain.sh (cached in .cache/windows/).
set -euo pipefail
source "$(dirname "$0")/common.sh"
bash "$(dirname "$0")/toolchain.sh"

export WINEPREFIX="$BUILD_PREFIX"
[ -d "$BUILD_PREFIX/drive_c" ] || new_prefix "$BUILD_PREFIX"
WORK="$ROOT/build/windows"
BUNDLE="$WORK/dist/program-finder"
mkdir -p "$WORK" "$OUT"

# The source tree on the Windows Python's path: PyInstaller's collect_submodules("finder") asks a
# child python.exe, which reads only its ._pth and site-packages (not PYTHONPATH, not the cwd).
printf '%s\n' "$(winpath "$ROOT")" > "$PYWIN/Lib/site-packages/finder-source.pth"

t0=$SECONDS
log "PyInstaller (build_app.spec) under Wine"
rm -rf "$WORK/dist"
(cd "$ROOT" && wine_run "$PYWIN/python.exe" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$(winpath "$WORK")\\dist" --workpath "$(winpath "$WORK")\\work" build_app.spec) | grep -v "could not resolve 'api-ms-win-crt-" || true
wineserver -w
[ -f "$BUNDLE/program-finder.exe" ] && [ -f "$BUNDLE/Program Finder.exe" ] \
  || { echo "PyInstaller made no program-finder.exe / Program Finder.exe in $BUNDLE" >&2; exit 1; }
log "bundle: $(du -sm "$BUNDLE" | cut -f1) MB, $(find "$BUNDLE" -type f | wc -l) files ($((SECONDS - t0)) s)"

t1=$SECONDS
SETUP="$OUT/ProgramFinder-$VERSION-x64-setup.exe"
rm -f "$SETUP"
log "makensis -> $(basename "$SETUP")"
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DBUNDLE="$BUNDLE" -DOUTFILE="$SETUP" \
  -DICON="$(find "$ROOT" -path "$ROOT/build" -prune -o -name app.ico -path '*icons*' -print | head -1)" \
  "$ROOT/packaging/windows/installer.nsi"
size=$(stat -c %s "$SETUP")
log "installer: $SETUP, $((size / 1024 / 1024)) MB ($((SECONDS - t1)) s)"
if [ "$size" -ge $((60 * 1024 * 1024)) ]; then
  echo "the installer is $((size / 1024 / 1024)) MB; it must stay under 60 MB" >&2
  exit 1
fi
