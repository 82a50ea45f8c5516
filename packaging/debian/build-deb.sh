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
# No maintainer scripts: dpkg triggers of desktop-file-utils and the icon caches refresh the menu,
# and nothing in a user's home is touched on install or removal.
set -euo pipefail
cd "$(dirname "$0")/../.."

APP=program-finder
APP_ID=io.github.program_finder.ProgramFinder
BUNDLE=${1:-dist/$APP}

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
