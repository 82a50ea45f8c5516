#!/usr/bin/env bash
# Check the .deb that `make deb` built, install it, use it, remove it (`make test-deb`, .ci/run).
#
# Needs root or sudo (it installs the package system-wide), desktop-file-validate
# (desktop-file-utils), appstreamcli (appstream), lintian and, for the window check, xvfb-run.
# Reaches no network: the package's dependencies must already be installed (.ci/run does it).
set -euo pipefail
cd "$(dirname "$0")/../.."

APP=program-finder
APP_ID=io.github.program_finder.ProgramFinder
MAX_DEB_BYTES=$((80 * 1024 * 1024))
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n1)
deb=dist/${APP}_${version}_$(dpkg --print-architecture).deb
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }
step() { echo "test-deb: $*"; }

[ -f "$deb" ] || fail "no $deb (run make deb)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- the package file ---------------------------------------------------------------------------
size=$(stat -c %s "$deb")
step "$deb is $((size / 1024 / 1024)) MiB ($size bytes)"
[ "$size" -le "$MAX_DEB_BYTES" ] || fail "$deb is larger than 80 MiB"
[ "$(dpkg-deb -f "$deb" Package)" = "$APP" ] || fail "Package: is not $APP"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version: is not $version (pyproject.toml)"
ar t "$deb" | grep -qx 'data.tar.xz' || fail "data is not xz-compressed"

# Every path is under one of the package's places, and the places are all there.
dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's#^\./#/#; s#/$##' | grep -v '^/\?$' > "$work/paths"
if grep -v -E "^(/opt|/opt/$APP(/.*)?|/usr|/usr/bin|/usr/bin/$APP|/usr/share|/usr/share/applications(/$APP_ID\.desktop)?|/usr/share/metainfo(/$APP_ID\.metainfo\.xml)?|/usr/share/icons|/usr/share/icons/hicolor(/[0-9]+x[0-9]+|/scalable)?(/apps(/$APP_ID\.(png|svg))?)?|/usr/share/man(/man1(/$APP\.1\.gz)?)?|/usr/share/bash-completion(/completions(/$APP)?)?|/usr/share/doc(/$APP(/(copyright|changelog\.gz|changelog\.Debian\.gz))?)?)$" \
    "$work/paths" > "$work/stray"; then
  fail "files outside the package's places:$(head -n 20 "$work/stray" | sed 's/^/ /' | tr '\n' ' ')"
fi
for want in "/opt/$APP/$APP" "/usr/bin/$APP" "/usr/share/applications/$APP_ID.desktop" \
    "/usr/share/metainfo/$APP_ID.metainfo.xml" "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
    "/usr/share/man/man1/$APP.1.gz" "/usr/share/bash-completion/completions/$APP" \
    "/usr/share/doc/$APP/copyright" "/usr/share/doc/$APP/changelog.Debian.gz" "/usr/share/doc/$APP/changelog.gz"; do
  grep -qx "$want" "$work/paths" || fail "$want is not in the package"
done
for n in 16 22 24 32 48 64 128 256 512; do
  grep -qx "/usr/share/icons/hicolor/${n}x${n}/apps/$APP_ID.png" "$work/paths" || fail "no ${n}x${n} icon"
done
dpkg-deb -c "$deb" | grep -q " \./usr/bin/$APP -> /opt/$APP/$APP\$" || fail "/usr/bin/$APP is not a link to /opt"
if dpkg-deb -c "$deb" | awk '{print $2}' | grep -v -x 'root/root' | grep -q .; then
  fail "files not owned by root"
fi
step "contents: $(wc -l < "$work/paths") paths, all under /opt/$APP, /usr/bin, /usr/share/{applications,metainfo,icons/hicolor,man,bash-completion,doc}"

# --- lintian: nothing but the tags that come from a bundled app in /opt (docs/bundle.md) -------
# Errors and warnings outside this list fail; the list is explained tag by tag in docs/bundle.md.
LINTIAN_KEPT="dir-or-file-in-opt embedded-library library-not-linked-against-libc shared-library-lacks-prerequisites hardening-no-pie"
if command -v lintian >/dev/null; then
  lintian --tag-display-limit 0 "$deb" > "$work/lintian" 2>/dev/null || true
  grep -E '^[EW]: ' "$work/lintian" | awk '{print $3}' | sort | uniq -c > "$work/lintian-tags"
  step "lintian: $(awk '{n += $1} END {print n + 0}' "$work/lintian-tags") tags, all from the bundle in /opt:"
  sed 's/^/test-deb:   /' "$work/lintian-tags"
  unexpected=$(awk '{print $2}' "$work/lintian-tags" | grep -v -x -F -f <(tr ' ' '\n' <<< "$LINTIAN_KEPT") || true)
  [ -z "$unexpected" ] || fail "lintian: $(grep -E '^[EW]: ' "$work/lintian" | grep -F -f <(echo "$unexpected") | head -n 20)"
else
  step "lintian is not installed: skipped (apt-get install lintian)"
fi

# --- the desktop files, as packaged ---------------------------------------------------------------
dpkg-deb -x "$deb" "$work/root"
if command -v man >/dev/null && man -l "$work/root/usr/share/man/man1/$APP.1.gz" 2>&1 >/dev/null | grep -q .; then
  fail "man page warnings: $(man -l "$work/root/usr/share/man/man1/$APP.1.gz" 2>&1 >/dev/null)"
fi
bash -n "$work/root/usr/share/bash-completion/completions/$APP" || fail "bash completion does not parse"
step "man page and bash completion: read without warnings"
# Any output, warnings and hints included, counts as a failure.
desktop-file-validate "$work/root/usr/share/applications/$APP_ID.desktop" > "$work/dfv" 2>&1 || true
[ ! -s "$work/dfv" ] || fail "desktop-file-validate: $(cat "$work/dfv")"
step "desktop-file-validate: no errors, warnings or hints"
step "appstreamcli validate --pedantic --no-net:"
appstreamcli validate --pedantic --no-net "$work/root/usr/share/metainfo/$APP_ID.metainfo.xml" \
  || fail "appstreamcli validate"
step "appstreamcli validate-tree --no-net (desktop file, metainfo and icons together):"
appstreamcli validate-tree --no-net "$work/root" || fail "appstreamcli validate-tree"

# --- Depends: covers every system library the bundle links to ------------------------------------
depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/(.*)//; s/ //g' | grep .)
allowed=$(for p in $depends; do echo "$p"; dpkg-query -W -f='${Depends},${Pre-Depends}\n' "$p" 2>/dev/null \
  | tr ',|' '\n\n' | sed 's/(.*)//; s/:any//; s/ //g'; done | grep . | sort -u)
missing=""
while IFS= read -r elf; do
  LD_LIBRARY_PATH="$work/root/opt/$APP/_internal" ldd "$elf" 2>/dev/null \
    | awk -v own="$work/root/opt/$APP" '/not found/ {print "NOTFOUND:" $1; next}
                                          /=>/ && index($3, own) != 1 {print $3}'
done < <(find "$work/root/opt/$APP" -type f \( -name '*.so*' -o -name "$APP" \) | sort) | sort -u > "$work/libs"
while IFS= read -r lib; do
  case "$lib" in NOTFOUND:*) missing+=" ${lib#NOTFOUND:} (not found)"; continue ;; esac
  real=$(readlink -f "$lib")
  pkg=$(dpkg -S "$real" 2>/dev/null || dpkg -S "${real#/usr}" 2>/dev/null || dpkg -S "$lib" 2>/dev/null \
    || dpkg -S "${lib#/usr}" 2>/dev/null || true)
  pkg=${pkg%%:*}
  grep -qx "$pkg" <<< "$allowed" || missing+=" $lib (${pkg:-no package})"
done < "$work/libs"
[ -z "$missing" ] || fail "libraries the bundle links to that Depends: does not bring:$missing"
step "Depends: brings all $(wc -l < "$work/libs") system libraries the bundle links to"

# --- install, run, remove -----------------------------------------------------------------------
step "apt-get install ./$deb"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "./$deb" >"$work/apt.log" 2>&1 \
  || { cat "$work/apt.log"; fail "apt-get install"; }
dpkg -s "$APP" | grep -q '^Status: install ok installed' || fail "$APP is not installed"
find "/opt/$APP" | sort > "$work/opt-before"

home="$work/home"; mkdir -p "$home" "$work/cwd"
as_user() { (cd "$work/cwd" && env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"); }

as_user program-finder --help | head -n1 | grep -q '^usage: program-finder ' || fail "--help does not say program-finder"
got=$(as_user /usr/bin/program-finder --version)
[ "$got" = "finder $version" ] || fail "--version says '$got', expected 'finder $version'"
step "/usr/bin/program-finder --version: $got"

as_user program-finder search --near 92660 --format json > "$work/search.json" || fail "search"
total=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["total"] if d["results"] else 0)' \
  "$work/search.json")
[ "$total" -gt 0 ] || fail "search --near 92660 found nothing"
db="$home/.local/share/finder/directory.db"
[ -s "$db" ] || fail "no directory.db in the user's data folder"
step "program-finder search --near 92660 --format json: $total programs; data in ~/.local/share/finder"

if command -v xvfb-run >/dev/null; then
  as_user env QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
    program-finder gui --near 92660 --screenshot "$work/window.png" || fail "the window on X11"
  [ -s "$work/window.png" ] || fail "no screenshot of the window"
  step "program-finder gui on an X server (xcb): window drawn"
fi

find "/opt/$APP" | sort > "$work/opt-after"
cmp -s "$work/opt-before" "$work/opt-after" || fail "running wrote into /opt/$APP"
dpkg --verify "$APP" || fail "installed files changed"

step "apt-get remove $APP"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq "$APP" >"$work/apt.log" 2>&1 \
  || { cat "$work/apt.log"; fail "apt-get remove"; }
[ ! -e "/opt/$APP" ] && [ ! -e "/usr/bin/$APP" ] && [ ! -e "/usr/share/applications/$APP_ID.desktop" ] \
  || fail "files left after removal"
[ -s "$db" ] || fail "removing the package removed the user's directory.db"
step "removed; the user's data folder is untouched"
step "all checks passed"
