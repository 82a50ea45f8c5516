"""The catalogue is whole: every marked text of the code translated, none unused, plurals whole, .mo current.

finder.texts.catalogue extracts the marked texts from the code; a text the catalogue lacks is
missing, one the code no longer has is unused (both: run `make translations`), an empty msgstr
is untranslated. Spanish plural messages need both forms, each with its %n, and a translation
keeps every %1 %2 … and {name} of its English.
"""

from __future__ import annotations

import re

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from finder.texts import catalogue as C

PLACES = re.compile(r"%\d|\{[a-z_]+\}")


def faults(cat) -> list[str]:
    """What is wrong inside one catalogue: empty translations, lost plural forms, lost placeholders."""
    out = []
    for m in cat:
        if not m.id:
            continue
        source = m.id if isinstance(m.id, str) else m.id[0]
        where = f"{(m.context + ': ') if m.context else ''}{source[:60]!r}"
        forms = list(m.string) if isinstance(m.string, (tuple, list)) else [m.string]
        if not all(f.strip() for f in forms):
            out.append(f"{where} is untranslated")
            continue
        if isinstance(m.id, tuple) and "%n" in source and not all("%n" in f for f in forms):
            out.append(f"{where}: a plural form lost %n")
        for place in set(PLACES.findall(source)):
            if not all(place in f for f in forms):
                out.append(f"{where}: the translation lost {place}")
    return out


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_catalogue_is_whole(lang):
    assert faults(C.read(lang)) == []


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_marked_text_is_in_the_catalogue_and_nothing_else(lang):
    found = C.problems(lang)
    assert found == {"untranslated": [], "unused": [], "missing": []}, (
        "run `make translations`, then translate the new texts in finder/i18n/*.po"
    )


def test_spanish_plurals_have_two_forms():
    cat = C.read("es")
    assert cat.num_plurals == 2
    plurals = [m for m in cat if isinstance(m.id, tuple)]
    assert plurals and all(len(m.string) == 2 for m in plurals)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_compiled_catalogue_is_current(lang, tmp_path):
    out = tmp_path / f"{lang}.mo"
    with out.open("wb") as fh:
        write_mo(fh, C.read(lang), use_fuzzy=False)
    assert out.read_bytes() == C.mo_path(lang).read_bytes(), (
        f"{lang}.mo is older than {lang}.po: make translations"
    )


def test_the_check_finds_each_kind_of_fault():
    cat = Catalog(locale="es")
    cat.add("Phone", "")
    cat.add(("%n day(s)", "%n day(s)"), ("%n día", ""))
    cat.add("Page %1 of %2", "Página %1")
    cat.add(("%n left", "%n left"), ("queda uno", "quedan %n"))
    cat.add("Near {place}", "Cerca")
    cat.add("Website", "Sitio web")
    assert len(faults(cat)) == 5, faults(cat)


def test_the_extractor_finds_every_way_of_marking(tmp_path):
    src = tmp_path / "finder" / "m.py"
    src.parent.mkdir()
    src.write_text(
        "_('a'); N_('b'); p_('ctx', 'c'); n_('%n d', '%n ds', 2); self.tr('e'); self.tr('f', 'dis');\n"
        "self.tr('%n g', '', 3); translate('Ctx', 'h'); QT_TRANSLATE_NOOP('Ctx', 'i'); translate_n('C', '%n j', 1)\n"
        "_(variable); print('not marked')\n"
    )
    found = C.extract(tmp_path / "finder")
    assert set(found) == {
        (None, "a"),
        (None, "b"),
        ("ctx", "c"),
        (None, "%n d"),
        (None, "e"),
        ("dis", "f"),
        (None, "%n g"),
        (None, "h"),
        (None, "i"),
        (None, "%n j"),
    }
    assert found[(None, "%n d")].plural == "%n ds" and found[(None, "%n g")].plural == "%n g"
