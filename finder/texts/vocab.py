"""The words of every vocabulary term, from one place: its label, its short label, and its family phrase.

    label("payments", "sliding-scale")    # "Sliding fee scale"  (the window, the comparison)
    short("payments", "sliding-scale")    # "Sliding fee"        (a narrow table cell)
    family("payments", "sliding-scale")   # "Lower fees for lower incomes (sliding scale)" (the handout)

All three are declared with the term in the registry (finder/domain/registry.py), in English marked
for the catalogue; this module says them in the current language. tests/texts/test_vocab.py fails
when a term of the registry has no label, no family phrase, or no Spanish for either.
"""

from __future__ import annotations

from finder.domain.taxonomy import BY_NAME, IOP_NOT_RECORDED, NOT_RECORDED, REGISTRY
from finder.texts import N_, _

# each term's family phrase is declared with the term (finder.domain.registry)
FAMILY: dict[tuple[str, str], str] = {
    (v.name, t.slug): t.family for v in REGISTRY for t in v.terms if t.family
}
# the types that say whom a program is for, not what it treats ("Treats: Teen" reads oddly)
FOR_WHOM = frozenset({("types", "teen"), ("types", "eating-disorder")})
IOP_UNKNOWN_FAMILY = N_(
    "The national list does not say whether they have an intensive outpatient program: ask them."
)


def label(vocab: str, slug: str) -> str:
    """The term's label in the current language ("Sliding fee scale"); the slug when no term has it."""
    v = BY_NAME.get(vocab)
    return _(v.label(slug)) if v is not None else slug


def short(vocab: str, slug: str) -> str:
    """The term's short label for a narrow place ("Sliding fee"); its label when it has none."""
    v = BY_NAME.get(vocab)
    return _(v.short_label(slug)) if v is not None else slug


def family(vocab: str, slug: str) -> str:
    """The plain words a family reads for the term ("Lower fees for lower incomes (sliding scale)")."""
    phrase = FAMILY.get((vocab, slug))
    return _(phrase) if phrase else label(vocab, slug)


def for_whom(vocab: str, slug: str) -> bool:
    """True for a type that says whom a program is for ("teen"), not what it treats."""
    return (vocab, slug) in FOR_WHOM


def heading(vocab: str) -> str:
    """The vocabulary's heading in the filter panel ("Treats")."""
    return _(BY_NAME[vocab].heading)


def compare_label(vocab: str) -> str:
    """The vocabulary's row in a comparison ("Payments accepted")."""
    return _(BY_NAME[vocab].compare_label)


def key_label(key: str) -> str:
    """A tag key ('payments:medicaid') in a few words: the short label when the label has one in
    brackets ("IOP" for "Intensive outpatient (IOP)"), else the label ("Evening hours")."""
    vocab, _sep, slug = key.partition(":")
    v = BY_NAME.get(vocab)
    if v is None:
        return slug or key
    return short(vocab, slug) if "(" in v.label(slug) else label(vocab, slug)


def language_name(slug: str) -> str:
    """A language a program speaks ("sign-language") in the current language ("Sign language"): the
    languages vocabulary's label; a slug it lacks as written."""
    languages = BY_NAME["languages"]
    return _(languages.label(slug)) if slug in languages.slugs else slug.replace("-", " ").capitalize()


def iop_not_recorded() -> str:
    """'IOP: not recorded'."""
    return _(IOP_NOT_RECORDED)


def not_recorded() -> str:
    return _(NOT_RECORDED)


def iop_unknown_family() -> str:
    return _(IOP_UNKNOWN_FAMILY)
