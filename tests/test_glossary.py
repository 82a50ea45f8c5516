"""One Spanish word for each English term: the glossary at the head of finder/i18n/es.po holds.

Every message whose English has a glossary term (as a word, any case, plural too) has the
term's Spanish in its translation (or its regular plural, "derivaciones" for "referrals"): "Room" is "Cupo" in the results, the comparison and the call
dialog alike, never "Lugar" in one of them. A slug in backquotes or quotes (a CLI value such as
`do-not-refer`) is a literal, not the term; "in the room" (in person) is not the room a program has.
"""

from __future__ import annotations

import re

from finder.texts import catalogue

LINE = re.compile(r"^#?\s*Glossary:\s*(.+?)\s*=\s*(.+?)\s*$")


def glossary(header: str) -> dict[str, str]:
    return {m.group(1).lower(): m.group(2).lower() for line in header.splitlines() if (m := LINE.match(line))}


def spanish_plural(word: str) -> str:
    """The plural of a glossary word by Spanish's regular rules, word by word ("derivación" ->
    "derivaciones", "necesidad no cubierta" -> "necesidades no cubiertas"); "no", "se" stay."""

    def one(w: str) -> str:
        if len(w) <= 2:
            return w
        if w.endswith(("ión", "ón")):
            return w[:-2] + "ones"  # the accent goes: admisión, admisiones
        return w + "s" if w[-1] in "aeiou" else w + "es"

    return " ".join(one(w) for w in word.split())


def strays(cat, terms: dict[str, str]) -> list[str]:
    out = []
    for m in cat:
        if not m.id:
            continue
        english = m.id if isinstance(m.id, str) else m.id[0]
        spanish = " ".join(m.string) if isinstance(m.string, tuple) else m.string
        words = re.sub(r"`[^`]*`|'[a-z-]+'|\b(active|or) do-not-refer\b|in the room", " ", english)
        for term, word in terms.items():
            if (
                re.search(rf"(?<![\w-]){re.escape(term)}s?(?![\w-])", words, re.IGNORECASE)
                and word not in spanish.lower()
                and spanish_plural(word) not in spanish.lower()
            ):
                out.append(f"{term} → {word}: {english[:70]!r} reads {spanish[:70]!r}")
    return out


def test_the_catalogue_has_a_glossary():
    terms = glossary(catalogue.read("es").header_comment)
    assert terms["room"] == "cupo" and len(terms) >= 8


def test_each_term_reads_the_same_everywhere():
    cat = catalogue.read("es")
    assert strays(cat, glossary(cat.header_comment)) == []


def test_the_check_finds_a_stray_word():
    from babel.messages.catalog import Catalog

    cat = Catalog(locale="es")
    cat.add("Room (latest call)", "Lugar (última llamada)")
    cat.add("Room: %1", "Cupo: %1")
    cat.add("use `do-not-refer`", "use `do-not-refer`")
    assert len(strays(cat, {"room": "cupo", "do-not-refer": "no derivar"})) == 1


def test_a_plural_term_reads_as_the_plural_of_its_word():
    from babel.messages.catalog import Catalog

    cat = Catalog(locale="es")
    cat.add("Referrals", "Derivaciones")
    cat.add("Unmet needs", "Necesidades no cubiertas")
    cat.add("Open referrals", "Remisiones abiertas")
    terms = {"referral": "derivación", "unmet need": "necesidad no cubierta"}
    assert [s.split(":")[0] for s in strays(cat, terms)] == ["referral → derivación"]
