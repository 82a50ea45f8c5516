"""Every vocabulary term has its words in one place (finder/texts/vocab.py): a label, a short label and a
family phrase, each with Spanish; a new term in the registry without them fails here."""

from __future__ import annotations

import pytest

from finder.domain.taxonomy import REGISTRY
from finder.texts import catalogue, use_language
from finder.texts import vocab as V

TERMS = [(v.name, slug) for v in REGISTRY for slug in v.slugs]


@pytest.fixture(scope="module")
def spanish():
    cat = catalogue.read("es")
    return {m.id: m.string for m in cat if m.id and not m.context and isinstance(m.id, str)}


def test_every_term_has_a_label_and_a_family_phrase():
    missing = [t for t in TERMS if t not in V.FAMILY]
    assert missing == [], "give the term its family= phrase in finder/domain/registry.py"
    unused = [t for t in V.FAMILY if t not in TERMS]
    assert unused == [], "a family phrase for a term the registry does not have"
    for vocab, slug in TERMS:
        assert V.label(vocab, slug) != slug and V.short(vocab, slug) and V.family(vocab, slug)


@pytest.mark.parametrize(("vocab", "slug"), TERMS)
def test_every_word_of_a_term_has_spanish(vocab, slug, spanish):
    v = next(x for x in REGISTRY if x.name == vocab)
    for english in {v.label(slug), v.short_label(slug), V.FAMILY[(vocab, slug)]}:
        assert spanish.get(english), f"no Spanish for {english!r} ({vocab}:{slug})"
    with use_language("es"):
        assert V.family(vocab, slug) == spanish[V.FAMILY[(vocab, slug)]]


def test_words_in_spanish():
    with use_language("es"):
        assert V.family("types", "teen") == "Un programa para adolescentes"
        assert V.family("payments", "sliding-scale").startswith("Precios más bajos")
        assert V.language_name("sign-language") != "Sign language"
    assert V.key_label("levels:iop") == "IOP" and V.key_label("schedule:evening") == "Evening hours"
    assert V.for_whom("types", "teen") and not V.for_whom("types", "addiction")
