#!/usr/bin/env bash
# Build dist/program-finder_<version>_<arch>.deb from the PyInstaller bundle (`make deb`).
#
#   packaging/debian/build-deb.sh [BUNDLE_DIR]      (default: dist/program-finder)
#
# The package holds exactly:
#   /opt/program-finder/                 the bundle, as built
#   /usr/bin/program-finder              a symlink to /opt/program-finder/program-finder
#   /usr/share/applications/<APP_ID>.desktop
#   /usr/share/metainfo/<APP_ID>.metainfo.xml
#   /usr/share/icons/hicolor/<N>x<N>/apps/<APP_ID>.png, .../scalable/apps/<APP_ID>.svg
#   /usr/share/man/man1/program-finder.1.gz       written from the parser (scripts/cli_docs.py)
#   /usr/share/bash-completion/completions/program-finder
#   /usr/share/doc/program-finder/copyright       this program's and every bundled part's licence
#   /usr/share/doc/program-finder/changelog.Debian.gz, changelog.gz (CHANGELOG.md)
# Shared libraries lose their x bit and any RUNPATH into the build machine's Python (lintian);
# every .gz is made with gzip -n (no name or time stamp inside). What lintian still reports and
# why it stays (all of it from shipping a bundled app under /opt): docs/bundle.md.
# No maintainer scripts: dpkg triggers of desktop-file-utils and the icon caches refresh the menu,
# and nothing in a user's home is touched on install or removal.
set -euo pipefail
cd "$(dirname "$0")/../.."

APP=program-finder
APP_ID=io.github.program_finder.ProgramFinder
BUNDLE=${1:-dist/$APP}
PYTHON=${PYTHON:-.venv/bin/python}  # for scripts/cli_docs.py (imports the finder package)

[ -x "$BUNDLE/$APP" ] || { echo "build-deb: no bundle at $BUNDLE (run make bundle)" >&2; exit 1; }

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n1)
arch=$(dpkg --print-architecture)
# The bundle's bootloader and Python use the build machine's C library: ask for at least it.
glibc=$(dpkg-query -W -f='${Version}' libc6 | sed 's/-.*//')
stage=build/deb/${APP}_${version}_${arch}
out=dist/${APP}_${version}_${arch}.deb

rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
    "$stage/usr/share/metainfo"
cp -a "$BUNDLE" "$stage/opt/$APP"
ln -s "/opt/$APP/$APP" "$stage/usr/bin/$APP"
install -m 0644 "packaging/linux/$APP_ID.desktop" "$stage/usr/share/applications/"
install -m 0644 "packaging/linux/$APP_ID.metainfo.xml" "$stage/usr/share/metainfo/"
for png in finder/data/icons/"$APP_ID"-*.png; do
  size=${png##*-}; size=${size%.png}
  install -D -m 0644 "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 0644 "finder/data/icons/$APP_ID.svg" "$stage/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"

# The manual page and the bash completion, from the command line being packaged.
mkdir -p "$stage/usr/share/man/man1" "$stage/usr/share/bash-completion/completions"
"$PYTHON" scripts/cli_docs.py --man "$stage/usr/share/man/man1/$APP.1" \
    --bash "$stage/usr/share/bash-completion/completions/$APP"
gzip -n -9 "$stage/usr/share/man/man1/$APP.1"

# Licences and changelogs. The Debian changelog has one entry per packaged version: this one.
doc=$stage/usr/share/doc/$APP
install -D -m 0644 packaging/debian/copyright "$doc/copyright"
gzip -n -9 -c CHANGELOG.md > "$doc/changelog.gz"
when=$(date -u -R -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")
maintainer=$(sed -n 's/^Maintainer: //p' packaging/debian/control.in)
printf '%s (%s) unstable; urgency=medium\n\n  * Program Finder %s, packaged from its PyInstaller bundle.\n  * What changed: /usr/share/doc/%s/changelog.gz.\n\n -- %s  %s\n' \
    "$APP" "$version" "$version" "$APP" "$maintainer" "$when" | gzip -n -9 > "$doc/changelog.Debian.gz"

# Shared libraries are not programs (lintian: shared-library-is-executable), and a RUNPATH that
# points into the build machine's Python (/root/.pyenv/..., /usr/local/...) means nothing on the
# user's machine: the bootloader has loaded libpython before any extension module needs it.
find "$stage/opt/$APP" -type f -name '*.so*' -exec chmod a-x {} +
if command -v patchelf >/dev/null; then
  while IFS= read -r -d '' lib; do
    rpath=$(patchelf --print-rpath "$lib" 2>/dev/null) || continue
    [ -n "$rpath" ] || continue
    case "$rpath" in
      *'$ORIGIN'*) ;;  # relative to the bundle: kept
      *) patchelf --remove-rpath "$lib" ;;
    esac
  done < <(find "$stage/opt/$APP" -type f -name '*.so*' -print0)
else
  echo "build-deb: patchelf not found; RUNPATHs into the build machine's Python stay (apt-get install patchelf)" >&2
fi

# Everything readable by all, writable by root only; executables keep their x bit.
chmod -R u+rwX,go+rX,go-w "$stage"

installed_kb=$(du -sk --apparent-size --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
    -e "s/@LIBC@/libc6 (>= $glibc)/" packaging/debian/control.in > "$stage/DEBIAN/control"
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
    | xargs -0 md5sum) > "$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

mkdir -p dist
rm -f "$out"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$out" >/dev/null
size=$(stat -c %s "$out")
echo "built $out: $((size / 1024 / 1024)) MiB ($size bytes), installs $((installed_kb / 1024)) MiB"
