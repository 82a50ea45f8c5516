#!/usr/bin/env bash
# `make test-windows`: the installer from `make windows`, in a fresh Wine prefix, as an agency's
# deployment would use it: silent install, the installed program's command line and window,
# a second start, silent uninstall. Then a pytest subset under the Windows Python (pytest-subset.sh).
# What it made (outputs, the screenshot) stays in build/windows/test/.
set -euo pipefail
source "$(dirname "$0")/common.sh"
SETUP="$OUT/ProgramFinder-$VERSION-x64-setup.exe"
[ -f "$SETUP" ] || { echo "no $SETUP: run make windows first" >&2; exit 1; }
T="$ROOT/build/windows/test"
rm -rf "$T"; mkdir -p "$T"
export WINEPREFIX="$T/prefix"
fail() { echo "test-windows: FAILED: $*" >&2; exit 1; }
step() { log "$*"; }

t0=$SECONDS
step "fresh Wine prefix"
new_prefix "$WINEPREFIX"
C="$WINEPREFIX/drive_c"
# A Windows PC has its fonts in C:\Windows\Fonts; Wine keeps its own elsewhere. DejaVu stands
# in, so a PDF made without a window (Qt reads that folder) has real text to check.
cp /usr/share/fonts/truetype/dejavu/DejaVuSans*.ttf "$C/windows/Fonts/"
WINUSER="$(ls "$C/users" | grep -vx Public | head -1)"
APPDIR="$C/Program Files/Program Finder"
DATA="$C/users/$WINUSER/AppData/Local/finder"
EXE='C:\Program Files\Program Finder\program-finder.exe'

step "silent install: $(basename "$SETUP") /S"
wine_run "$SETUP" /S
wineserver -w
[ -f "$APPDIR/program-finder.exe" ] || fail "no program-finder.exe in Program Files"
[ -f "$APPDIR/Program Finder.exe" ] || fail "no Program Finder.exe in Program Files"
[ -f "$APPDIR/uninstall.exe" ] || fail "no uninstaller"
[ -f "$C/ProgramData/Microsoft/Windows/Start Menu/Programs/Program Finder.lnk" ] || fail "no Start-menu entry"
wine_run reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\ProgramFinder' /v DisplayVersion \
  | tr -d '\r' | grep -q "$VERSION" || fail "no uninstall entry with version $VERSION"

# Each check runs in cmd.exe as a .bat, so output goes to Windows files and pipes as a user's
# would (`> out.txt` is where Windows Python writes cp1252), and ERRORLEVEL is kept.
run_bat() {  # run_bat NAME LINES...: writes T/NAME.bat, runs it, returns its exit code
  local name="$1"; shift
  printf '%s\r\n' '@echo off' "$@" 'exit /b %ERRORLEVEL%' > "$T/$name.bat"
  wine_run cmd /c "$(winpath "$T/$name.bat")"
}
W() { winpath "$T/$1"; }

step "--version"
run_bat version "\"$EXE\" --version > \"$(W version.txt)\" 2>&1" || fail "--version exit $?"
grep -q "finder $VERSION" "$T/version.txt" || fail "--version said: $(cat "$T/version.txt")"

step "first search (loads the national directory), table output to a file"
s=$SECONDS
run_bat search1 "\"$EXE\" search --near 92660 --radius 3 > \"$(W search1.txt)\" 2> \"$(W search1.err)\"" \
  || fail "search exit $?: $(cat "$T/search1.err")"
first_search=$((SECONDS - s))
python3 - "$T/search1.txt" <<'PY' || fail "search1.txt is not UTF-8 text with results"
import sys
text = open(sys.argv[1], "rb").read().decode("utf-8")
assert "≈" in text or "mi" in text, text[:500]
print(f"  {len(text.splitlines())} lines, '≈' {'present' if '≈' in text else 'absent'}")
PY
[ -f "$DATA/directory.db" ] || fail "no directory.db in the per-user data folder $DATA"

step "search as JSON to a file, then show the first program"
run_bat search2 "\"$EXE\" search --near 92660 --radius 10 --format json > \"$(W search2.json)\"" || fail "json search"
ID="$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1], encoding="utf-8"))["results"]; print(r[0]["id"])' "$T/search2.json")" \
  || fail "no results in search2.json"
run_bat show "\"$EXE\" show $ID > \"$(W show.txt)\" 2>&1" || fail "show $ID: $(cat "$T/show.txt")"
[ -s "$T/show.txt" ] || fail "show printed nothing"

step "CSV to a file: one CRLF per row"
run_bat csv "\"$EXE\" search --near 92660 --radius 10 --format csv > \"$(W search.csv)\"" || fail "csv search"
python3 - "$T/search.csv" <<'PY' || fail "search.csv: no rows, or a blank line between rows"
import sys
data = open(sys.argv[1], "rb").read()
assert data.count(b"\r\n") > 2 and b"\r\r\n" not in data, data[:300]
PY

step "checklist PDF"
run_bat checklist "\"$EXE\" checklist $ID --pdf \"$(W checklist.pdf)\" > \"$(W checklist.txt)\" 2>&1" \
  || fail "checklist --pdf: $(cat "$T/checklist.txt")"
[ -s "$T/checklist.pdf" ] || fail "no checklist.pdf"
if command -v pdftotext >/dev/null; then
  pdftotext "$T/checklist.pdf" "$T/checklist-pdf.txt"
  [ "$(tr -dc 'A-Za-z' < "$T/checklist-pdf.txt" | wc -c)" -gt 200 ] || fail "the checklist PDF has no readable text"
  command -v pdftoppm >/dev/null && pdftoppm -r 60 -png -f 1 -l 1 "$T/checklist.pdf" "$T/checklist"
fi

step "the window: gui --near 92660 --screenshot (opens the existing directory)"
s=$SECONDS
before="$(stat -c %i:%s "$DATA/directory.db")"
# Qt 6.9's `windows` platform dies under Wine 8 on an uncaught C++/WinRT error (Wine has no
# Windows.UI.ViewManagement.UISettings), so here the installed program draws its window with Qt's
# offscreen platform (same widgets, fonts from C:\Windows\Fonts); the GitHub Windows job starts
# the real one.
run_bat gui "set QT_QPA_PLATFORM=offscreen" "\"$EXE\" gui --near 92660 --screenshot \"$(W screenshot.png)\" > \"$(W gui.txt)\" 2>&1" \
  || fail "gui --screenshot: $(cat "$T/gui.txt")"
[ -s "$T/screenshot.png" ] || fail "no screenshot.png"
second_start=$((SECONDS - s))

step "a second search opens the existing directory (no second load)"
s=$SECONDS
run_bat search3 "\"$EXE\" search --near 92660 --radius 3 > \"$(W search3.txt)\" 2>&1" || fail "second search"
cmp -s "$T/search1.txt" "$T/search3.txt" || fail "the second search differs from the first"
[ "$(stat -c %i "$DATA/directory.db")" = "${before%%:*}" ] || fail "directory.db was made anew"
log "  first search ${first_search}s (loads the directory), second search $((SECONDS - s))s, window ${second_start}s"

step "silent uninstall"
wine_run "$APPDIR/uninstall.exe" /S
wineserver -w  # the uninstaller copies itself to %TEMP% and returns at once
[ ! -e "$APPDIR" ] || fail "the program folder is still there: $(ls "$APPDIR")"
[ ! -e "$C/ProgramData/Microsoft/Windows/Start Menu/Programs/Program Finder.lnk" ] || fail "Start-menu entry left"
if wine_run reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\ProgramFinder' >/dev/null; then
  fail "the uninstall entry is still registered"
fi
[ -f "$DATA/directory.db" ] || fail "the user's directory.db was removed with the program"

log "installed-program checks passed ($((SECONDS - t0)) s); screenshot: $T/screenshot.png"
