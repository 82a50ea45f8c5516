"""Tag vocabularies and the SAMHSA service-code map (DATA_FORMATS.md section 5).

Pure data and functions: no I/O. `REGISTRY` declares every vocabulary once (slugs, labels,
how several selected slugs combine, its CLI flag and JSON key, its mask column); search
criteria, the filter panel, the CLI flags and the comparison rows are built from it.
Tags are stored as bit masks on each program (one bit per slug, in the order below),
which keeps filters a single integer test in SQL on any back end.
"""

from __future__ import annotations

import inspect
import sys
from dataclasses import MISSING, dataclass, field
from enum import StrEnum

from finder.domain.code_map import ACCREDITATION_CODES, CODE_MAP, OLD_LANGUAGE_SLUGS
from finder.domain.registry import REGISTRY, Match, Term, Vocabulary
from finder.errors import Joined, Message, UserError
from finder.texts import N_


class Status(StrEnum):
    """A program's standing; the strings are what the database, the CLI and the JSON hold."""

    ACTIVE = "active"
    DO_NOT_REFER = "do-not-refer"


class LocationPrecision(StrEnum):
    """How a program's latitude/longitude were obtained."""

    EXACT = "exact"  # from the street address
    ZIP = "zip"  # the ZIP centroid: distances are approximate (shown with ≈)
    MANUAL = "manual"  # typed in by a user


__all__ = ["REGISTRY", "Match", "Term", "Vocabulary"]  # declared in finder.domain.registry

BY_NAME: dict[str, Vocabulary] = {v.name: v for v in REGISTRY}
SEARCH_VOCABULARIES: tuple[Vocabulary, ...] = tuple(v for v in REGISTRY if v.searchable)
VOCABULARIES: dict[str, tuple[str, ...]] = {v.name: v.slugs for v in REGISTRY}
TYPES, LEVELS, PAYMENTS, POPULATIONS, THERAPIES, LANGUAGES, SUPPORTS = (
    VOCABULARIES[n]
    for n in ("types", "levels", "payments", "populations", "therapies", "languages", "supports")
)
# slug -> label over every vocabulary (a slug in two vocabularies, "trauma", reads the same in both)
LABELS: dict[str, str] = {slug: label for v in REGISTRY for slug, label in v.labels.items()}
IOP_NOT_RECORDED = N_("IOP: not recorded")
NOT_RECORDED = N_("not recorded")  # a vocabulary no directory records, with nothing set (see `recorded`)


def tag_label(key: str) -> str:
    """A tag key ("levels:iop", or a bare slug) in a few words: the short label where the label
    has one in brackets ("IOP" for "Intensive outpatient (IOP)"), else the label ("Evening hours")."""
    vocab, sep, slug = key.rpartition(":")
    v = BY_NAME.get(vocab) if sep else next((v for v in REGISTRY if slug in v.slugs), None)
    if v is None:
        return slug
    return v.short_label(slug) if "(" in v.label(slug) else v.label(slug)


NOT_A_TAG = Message("not-a-tag")


def tag_key(raw: str, *, unknown: Message = NOT_A_TAG) -> str:
    """'vocabulary:slug' for a tag slug of any vocabulary, or VOCABULARY:SLUG when a slug is in two.

    UserError names the problem: `unknown` (its %1 the slug) when no vocabulary has it.
    """
    text = raw.strip().lower()
    vocab, sep, slug = text.partition(":")
    if sep:
        if vocab in VOCABULARIES and slug in VOCABULARIES[vocab]:
            return f"{vocab}:{slug}"
        if vocab not in VOCABULARIES:
            raise UserError(
                "no-such-vocabulary",
                raw.strip()[:40],
                vocab[:30],
                ", ".join(VOCABULARIES),
            )
        raise UserError("not-a-tag-of-vocabulary", raw.strip()[:40], vocab, ", ".join(VOCABULARIES[vocab]))
    homes = [v for v, slugs in VOCABULARIES.items() if text in slugs]
    if len(homes) == 1:
        return f"{homes[0]}:{text}"
    if len(homes) > 1:
        both = Message("and-list", Joined(", ", homes[:-1]), homes[-1])  # "populations and therapies"
        raise UserError("tag-in-two-vocabularies", text, both, homes[0])
    raise UserError(unknown, raw.strip()[:40])


def public_tag(key: str) -> str:
    """A tag key as a user types it: 'medicaid', or 'therapies:trauma' when the slug is in two."""
    _vocab, sep, slug = key.partition(":")
    if not sep:
        return key
    return slug if sum(slug in s for s in VOCABULARIES.values()) == 1 else key


def vocabulary_fields(vocabularies, *, after: str | None, kind: str = "list[str]", factory=MISSING):
    """Class decorator, applied under @dataclass: one field per vocabulary, placed after the
    field `after` (first when None).

    The criteria, result and detail DTOs carry one attribute per vocabulary; declaring them
    here means a vocabulary added to REGISTRY reaches all of them. `factory` gives the
    fields a default (e.g. `list`); without it they are required.
    """
    vocabularies = tuple(vocabularies)

    def wrap(cls):
        own = dict(inspect.get_annotations(cls))
        if after is not None and after not in own:
            raise TypeError(f"{cls.__name__} has no field {after!r}")
        added = {v.name: kind for v in vocabularies}
        annotations: dict[str, object] = dict(added) if after is None else {}
        for name, kind_of in own.items():
            annotations[name] = kind_of
            if name == after:
                annotations.update(added)
        for name in added:
            if factory is not MISSING:
                setattr(cls, name, field(default_factory=factory))
        cls.__annotations__ = annotations
        return cls

    return wrap


# Reverse index: code -> [(vocabulary, slug)]
_BY_CODE: dict[str, list[tuple[str, str]]] = {}
for _vocab, _slugs in CODE_MAP.items():
    for _slug, _codes in _slugs.items():
        for _code in _codes:
            _BY_CODE.setdefault(_code, []).append((_vocab, _slug))

DIRECTORY_TYPE_TAG = {
    "substance": "addiction",
    "mental": "mental-health",
    "SA": "addiction",
    "MH": "mental-health",
}


class UnknownSlug(ValueError):
    """A slug no vocabulary has; `message` is the translatable Message of the English text."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
@vocabulary_fields(REGISTRY, after=None, kind="tuple[str, ...]", factory=tuple)
class Tags:
    """Tags of one program, as sorted tuples of slugs in vocabulary order (one per vocabulary)."""

    accreditation: tuple[str, ...] = ()


def ordered(vocab: str, slugs) -> tuple[str, ...]:
    """Slugs in the vocabulary's own order, duplicates removed."""
    wanted = set(slugs)
    return tuple(s for s in VOCABULARIES[vocab] if s in wanted)


def to_mask(vocab: str, slugs) -> int:
    words = VOCABULARIES[vocab]
    mask = 0
    for slug in slugs:
        try:
            mask |= 1 << words.index(slug)
        except ValueError:
            raise UnknownSlug(
                Message("unknown-slug", BY_NAME[vocab].singular, slug, ", ".join(words))
            ) from None
    return mask


def from_mask(vocab: str, mask: int) -> tuple[str, ...]:
    return tuple(s for i, s in enumerate(VOCABULARIES[vocab]) if mask >> i & 1)


def parse_codes(service_code_info: str) -> list[str]:
    """Codes of a SAMHSA `service_code_info` cell, in order, without the ' * ' separators."""
    out: list[str] = []
    seen: set[str] = set()
    for token in (service_code_info or "").split():
        if token != "*" and token not in seen:
            seen.add(token)
            # 20k rows of ~100 codes each: share one string per code
            out.append(sys.intern(token))
    return out


def tags_from_codes(codes, directory_types=()) -> Tags:
    """Map SAMHSA codes (union over a program's source records) to our tags."""
    found: dict[str, set[str]] = {v: set() for v in VOCABULARIES}
    accreditation: list[str] = []
    for dt in directory_types:
        if dt in DIRECTORY_TYPE_TAG:
            found["types"].add(DIRECTORY_TYPE_TAG[dt])
    for code in codes:
        code = code.upper()
        for vocab, slug in _BY_CODE.get(code, ()):
            found[vocab].add(slug)
        if code in ACCREDITATION_CODES and ACCREDITATION_CODES[code] not in accreditation:
            accreditation.append(ACCREDITATION_CODES[code])
    return Tags(
        **{v: ordered(v, s) for v, s in found.items()},
        accreditation=tuple(accreditation),
    )


def iop_not_recorded(levels, directory_types) -> bool:
    """True when the data cannot say whether a program runs an intensive outpatient program.

    The one rule for "IOP: not recorded" (results, details, comparison, CLI). The national
    mental-health directory has no IOP code (`OIT` exists only in the substance-use
    directory), so a program known from that directory alone, and not tagged `iop` by a
    user or another source, is "not recorded", never "no". Its types cannot tell: more than
    half of those programs also carry the substance-use code `SA`, i.e. the type addiction.
    """
    kinds = set(directory_types)
    return "iop" not in levels and "mental" in kinds and "substance" not in kinds


def language_slug(raw: str) -> str | None:
    """A language as stored or typed before it was a vocabulary ("Ojibwa", "sign language") as
    its slug now ("native-languages", "sign-language"); None when the vocabulary has no such one."""
    slug = "-".join(raw.strip().lower().replace("_", " ").split())
    slug = OLD_LANGUAGE_SLUGS.get(slug, slug)
    return slug if slug in VOCABULARIES["languages"] else None
