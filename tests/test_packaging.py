"""Desktop integration files agree with each other and with the app (fast: nothing is built).

The .deb itself is built and installed by `make deb` / `make test-deb` (packaging/debian/).
"""

from __future__ import annotations

import configparser
import re
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from finder.ui.app import APP_ID

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "finder" / "data" / "icons"
LINUX = ROOT / "packaging" / "linux"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def project() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_app_id_is_reverse_dns_and_the_same_in_the_bundle_spec():
    assert re.fullmatch(r"[a-z]+(\.[A-Za-z0-9_]+){2,}", APP_ID)
    spec = (ROOT / "build_app.spec").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in spec
    assert "bundle_identifier=APP_ID" in spec


def test_desktop_file_starts_the_installed_command_with_the_app_icon():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Program Finder"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "program-finder"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


def test_metainfo_names_the_same_application_desktop_file_and_icon():
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("icon[@type='stock']") == APP_ID
    assert root.findtext("name") == desktop_entry()["Name"]
    assert root.findtext("project_license") == project()["license"] == "MIT"
    assert root.findtext("provides/binary") == desktop_entry()["Exec"].split()[0]
    assert root.find("content_rating") is not None


def test_metainfo_lists_the_current_version_as_its_newest_release():
    releases = metainfo().findall("releases/release")
    assert releases, "no <release>"
    assert releases[0].get("version") == project()["version"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date", ""))


def test_metainfo_screenshots_are_files_in_the_repository():
    images = [img.text.strip() for img in metainfo().findall("screenshots/screenshot/image")]
    assert images
    prefix = "https://raw.githubusercontent.com/program-finder/program-finder/main/"
    for url in images:
        assert url.startswith(prefix), url
        path = ROOT / url[len(prefix) :]
        assert path.is_file(), f"{url} points at {path.relative_to(ROOT)}, which is not in the repo"
        width, height = png_size(path.read_bytes())
        image = next(i for i in metainfo().findall("screenshots/screenshot/image") if i.text.strip() == url)
        assert (str(width), str(height)) == (image.get("width"), image.get("height"))


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_exists_at_every_size_and_is_square(size):
    path = ICONS / f"{APP_ID}-{size}.png"
    assert path.is_file(), f"missing {path.name}: run make icons"
    assert png_size(path.read_bytes()) == (size, size)


def test_icon_svg_source_is_square():
    svg = ET.parse(ICONS / f"{APP_ID}.svg").getroot()
    _x, _y, width, height = (float(v) for v in svg.get("viewBox").split())
    assert width == height


def test_windows_ico_holds_every_size_up_to_256():
    data = (ICONS / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        w, h, _c, _r, _planes, _bpp, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        assert png_size(data[offset : offset + length]) == (w or 256, h or 256)
        sizes.add(w or 256)
    assert {16, 32, 48, 256} <= sizes


def test_macos_icns_holds_retina_sizes():
    data = (ICONS / "app.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4].decode("ascii"), struct.unpack(">I", data[at + 4 : at + 8])[0]
        found[kind] = png_size(data[at + 8 : at + length])[0]
        at += length
    assert found["ic10"] == 1024 and found["ic09"] == 512 and found["icp4"] == 16


def test_window_icon_has_every_size(qapp):
    from finder.ui.app import app_icon

    sizes = {s.width() for s in app_icon().availableSizes()}
    assert set(ICON_SIZES) <= sizes


def test_makefile_has_the_packaging_targets():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("icons", "deb", "test-deb", "run", "test", "bundle", "test-bundle"):
        assert re.search(rf"^{re.escape(target)}:", makefile, re.MULTILINE), f"no `{target}` target"
    assert "packaging/debian/build-deb.sh" in makefile


def test_deb_depends_on_every_library_ci_installs_for_the_window():
    """Qt's X11/Wayland/font libraries .ci/run installs for the bundle are what a user's machine needs."""
    control = (ROOT / "packaging" / "debian" / "control.in").read_text(encoding="utf-8")
    depends = {
        d.split("(")[0].strip()
        for d in re.search(r"^Depends: (.*)$", control, re.MULTILINE).group(1).split(",")
    }
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    installed = " ".join(re.findall(r"for pkg in (.*?); do", ci, re.DOTALL)).replace("\\", " ").split()
    libraries = {p for p in installed if p.startswith(("lib", "fonts-"))}
    assert libraries and libraries <= depends, f"not in Depends: {sorted(libraries - depends)}"
