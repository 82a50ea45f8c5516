"""The Spanish catalogue is complete: every message of the code translated, plurals whole, the .qm current.

A message counts as missing when `pyside6-lupdate` run over finder/ finds a string the
catalogue lacks; unfinished when the catalogue marks it so or leaves it empty; a plural (%n)
needs every form the language has (Spanish: two), each with its %n.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "finder" / "i18n"
CATALOGUES = {"es": (I18N / "finder_es.ts", 2), "en": (I18N / "finder_en.ts", 2)}  # (file, plural forms)


def qt_tool(name: str) -> str:
    path = Path(sys.executable).parent / name
    found = str(path) if path.exists() else shutil.which(name)
    assert found, f"{name} is missing: it comes with PySide6 (pip install PySide6)"
    return found


def problems(ts_text: str, forms: int) -> list[str]:
    """What is wrong with a catalogue: unfinished, empty, obsolete, incomplete plurals, lost placeholders."""
    out = []
    root = ET.fromstring(ts_text)
    for context in root.iter("context"):
        ctx = context.findtext("name")
        for m in context.iter("message"):
            src = m.findtext("source") or ""
            tr = m.find("translation")
            where = f"{ctx}: {src[:60]!r}"
            kind = tr.get("type") if tr is not None else "missing"
            if kind in ("unfinished", "obsolete", "vanished", "missing"):
                out.append(f"{where} is {kind}")
                continue
            if "%n" in src and m.get("numerus") != "yes":
                out.append(f"{where} has %n but is not a plural message")
            if m.get("numerus") == "yes":
                texts = [f.text or "" for f in tr.findall("numerusform")]
                if len(texts) != forms or not all(t.strip() for t in texts):
                    out.append(
                        f"{where} needs {forms} plural forms, has {sum(1 for t in texts if t.strip())}"
                    )
                    continue
                if not all("%n" in t for t in texts):
                    out.append(f"{where}: a plural form lost %n")
            else:
                texts = [tr.text or ""]
                if not texts[0].strip():
                    out.append(f"{where} has an empty translation")
                    continue
            for placeholder in set(re.findall(r"%\d", src)):
                if not all(placeholder in t for t in texts):
                    out.append(f"{where}: the translation lost {placeholder}")
    return out


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_catalogue_is_finished(lang):
    path, forms = CATALOGUES[lang]
    assert problems(path.read_text(encoding="utf-8"), forms) == []


def test_every_string_in_the_code_is_in_the_spanish_catalogue(tmp_path):
    """lupdate over the code, into a copy: a string the catalogue lacks arrives unfinished."""
    copy = tmp_path / "finder_es.ts"
    shutil.copy(CATALOGUES["es"][0], copy)
    sources = sorted(str(p) for p in (ROOT / "finder").rglob("*.py"))
    p = subprocess.run(
        [qt_tool("pyside6-lupdate"), *sources, "-locations", "none", "-no-obsolete", "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert p.returncode == 0, p.stderr
    new = problems(copy.read_text(encoding="utf-8"), 2)
    assert new == [], (
        "strings not in finder/i18n/finder_es.ts (run `make translations`, then translate):\n"
        + "\n".join(new)
    )


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_compiled_catalogue_is_current(lang, tmp_path):
    path, _forms = CATALOGUES[lang]
    out = tmp_path / path.with_suffix(".qm").name
    p = subprocess.run(
        [qt_tool("pyside6-lrelease"), str(path), "-qm", str(out)], capture_output=True, text=True, check=False
    )
    assert p.returncode == 0, p.stderr
    assert out.read_bytes() == path.with_suffix(".qm").read_bytes(), (
        f"{path.with_suffix('.qm').name} is older than its .ts: run `make translations`"
    )


BAD = """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="es"><context>
<name>Handout</name>
<message><source>Phone</source><translation type="unfinished"></translation></message>
<message><source>Address</source><translation></translation></message>
<message numerus="yes"><source>%n day(s)</source><translation><numerusform>%n día</numerusform>
<numerusform></numerusform></translation></message>
<message><source>Page %1 of %2</source><translation>Página %1</translation></message>
<message><source>%n left</source><translation>quedan %n</translation></message>
<message><source>Website</source><translation>Sitio web</translation></message>
</context></TS>"""


def test_the_check_finds_each_kind_of_fault():
    found = problems(BAD, 2)
    assert len(found) == 5, found
    assert any("'Phone' is unfinished" in f for f in found)
    assert any("'Address' has an empty translation" in f for f in found)
    assert any("needs 2 plural forms, has 1" in f for f in found)
    assert any("lost %2" in f for f in found)
    assert any("'%n left' has %n but is not a plural" in f for f in found)
