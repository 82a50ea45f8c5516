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


class Match(StrEnum):
    """How several selected slugs of one vocabulary combine in a search."""

    ALL = "all"  # every selected slug must hold (a program that treats both)
    ANY = "any"  # one selected slug suffices (either way of paying will do)


@dataclass(frozen=True)
class Vocabulary:
    """One tag vocabulary, declared once.

    `terms` are (slug, label, short label or None) in bit order: never reorder or remove a
    slug (the masks in existing databases depend on it); new slugs go at the end.
    `cli_flag` None: stored and shown, but not a search filter.
    `recorded` False: no directory records this vocabulary, so a slug not set is unknown, not
    "no" (only calls and hand edits set it); such a vocabulary is no search filter either, since
    a filter would hide every program nobody has asked yet.
    """

    name: str  # plural: "types"; the attribute of criteria, results and details
    singular: str  # "type", for messages
    heading: str  # the filter panel's heading: "Treats"
    compare_label: str  # the comparison row: "Treats"
    terms: tuple[tuple[str, str, str | None], ...]
    match: Match = Match.ANY
    cli_flag: str | None = None  # "--type"
    json_key: str = ""  # key in search/show JSON; defaults to name
    mask_column: str = ""  # column of programs; defaults to "<name>_mask"
    recorded: bool = True  # False: the directories never say; unset means unknown

    def __post_init__(self) -> None:
        object.__setattr__(self, "json_key", self.json_key or self.name)
        object.__setattr__(self, "mask_column", self.mask_column or f"{self.name}_mask")

    @property
    def slugs(self) -> tuple[str, ...]:
        return tuple(t[0] for t in self.terms)

    @property
    def labels(self) -> dict[str, str]:
        return {slug: label for slug, label, _short in self.terms}

    @property
    def short_labels(self) -> dict[str, str]:
        """Labels for narrow places (a table cell); the full label where none is declared."""
        return {slug: short or label for slug, label, short in self.terms}

    @property
    def searchable(self) -> bool:
        return self.cli_flag is not None

    def label(self, slug: str) -> str:
        return self.labels.get(slug, slug)

    def short_label(self, slug: str) -> str:
        return self.short_labels.get(slug, slug)


REGISTRY: tuple[Vocabulary, ...] = (
    Vocabulary(
        "types",
        "type",
        N_("Treats"),
        N_("Treats"),
        match=Match.ALL,
        cli_flag="--type",
        terms=(
            ("addiction", N_("Addiction"), None),
            ("mental-health", N_("Mental health"), None),
            ("dual-diagnosis", N_("Dual diagnosis"), N_("Dual dx")),
            ("teen", N_("Teen"), None),
            ("eating-disorder", N_("Eating disorder"), N_("Eating dis.")),
        ),
    ),
    Vocabulary(
        "levels",
        "level",
        N_("Level of care"),
        N_("Levels of care"),
        match=Match.ANY,
        cli_flag="--level",
        terms=(
            ("iop", N_("Intensive outpatient (IOP)"), N_("IOP")),
            ("php", N_("Partial hospitalization / day"), N_("PHP")),
            ("outpatient", N_("Outpatient"), None),
            ("residential", N_("Residential"), None),
            ("inpatient", N_("Inpatient"), None),
            ("detox", N_("Detox"), None),
            ("telehealth", N_("Telehealth"), None),
        ),
    ),
    Vocabulary(
        "payments",
        "payment",
        N_("Payment"),
        N_("Payments accepted"),
        match=Match.ANY,
        cli_flag="--payment",
        terms=(
            ("medicaid", N_("Medicaid"), None),
            ("medicare", N_("Medicare"), None),
            ("private", N_("Private insurance"), N_("Private")),
            ("military", N_("Military (TRICARE)"), N_("Military")),
            ("ihs", N_("IHS / tribal"), N_("IHS")),
            ("state-funded", N_("State-funded plan"), N_("State plan")),
            ("self-pay", N_("Self-pay"), None),
            ("sliding-scale", N_("Sliding fee scale"), N_("Sliding fee")),
            ("payment-assistance", N_("Payment assistance"), N_("Assistance")),
            ("free", N_("Free (no payment)"), N_("Free")),
        ),
    ),
    Vocabulary(
        "populations",
        "population",
        N_("Serves"),
        N_("Populations served"),
        match=Match.ALL,
        cli_flag="--population",
        terms=(
            ("children", N_("Children"), None),
            ("adolescents", N_("Adolescents"), None),
            ("young-adults", N_("Young adults"), None),
            ("adults", N_("Adults"), None),
            ("seniors", N_("Seniors"), None),
            ("lgbtq", N_("LGBTQ+"), None),
            ("veterans", N_("Veterans"), None),
            ("women", N_("Women"), None),
            ("men", N_("Men"), None),
            ("pregnant", N_("Pregnant / postpartum"), None),
            ("trauma", N_("Trauma"), None),
        ),
    ),
    Vocabulary(
        "therapies",
        "therapy",
        N_("Therapies"),
        N_("Therapies"),
        terms=(
            ("cbt", N_("CBT"), None),
            ("dbt", N_("DBT"), None),
            ("twelve-step", N_("12-step facilitation"), None),
            ("motivational", N_("Motivational"), None),
            ("therapeutic-community", N_("Therapeutic community"), None),
            ("family", N_("Family therapy"), None),
            ("medication", N_("Medication"), None),
            ("group", N_("Group therapy"), None),
            ("individual", N_("Individual therapy"), None),
            ("trauma", N_("Trauma"), None),
            ("relapse-prevention", N_("Relapse prevention"), None),
            ("peer-support", N_("Peer support"), None),
            ("mindfulness", N_("Mindfulness"), None),
        ),
    ),
    # besides English; every one selected must hold (a family where one parent speaks Spanish and
    # the other Portuguese needs both)
    Vocabulary(
        "languages",
        "language",
        N_("Language"),
        N_("Languages besides English"),
        match=Match.ALL,
        cli_flag="--language",
        terms=(
            ("spanish", N_("Spanish"), None),
            ("sign-language", N_("Sign language"), None),
            ("chinese", N_("Chinese"), None),
            ("arabic", N_("Arabic"), None),
            ("vietnamese", N_("Vietnamese"), None),
            ("korean", N_("Korean"), None),
            ("tagalog", N_("Tagalog"), None),
            ("russian", N_("Russian"), None),
            ("french", N_("French"), None),
            ("creole", N_("Creole"), None),
            ("portuguese", N_("Portuguese"), None),
            ("polish", N_("Polish"), None),
            ("hindi", N_("Hindi"), None),
            ("hmong", N_("Hmong"), None),
            ("farsi", N_("Farsi"), None),
            ("german", N_("German"), None),
            ("greek", N_("Greek"), None),
            ("hebrew", N_("Hebrew"), None),
            ("italian", N_("Italian"), None),
            ("japanese", N_("Japanese"), None),
            ("native-languages", N_("American Indian or Alaska Native languages"), N_("Native languages")),
            ("other-languages", N_("Other languages"), None),
        ),
    ),
    # help around the treatment; every one selected must hold (a parent needs child care and a ride)
    Vocabulary(
        "supports",
        "support",
        N_("Support services"),
        N_("Support services"),
        match=Match.ALL,
        cli_flag="--support",
        terms=(
            ("transportation", N_("Transportation"), None),
            ("child-care", N_("Child care"), None),
            ("interim-services", N_("Interim services while waiting"), N_("Interim services")),
            ("housing", N_("Housing"), None),
            ("peer-support", N_("Peer support"), None),
            ("case-management", N_("Case management"), None),
            ("employment", N_("Employment help"), N_("Employment")),
            ("walk-in", N_("Walk-in"), None),
        ),
    ),
    # facts a call confirms ("--confirm evening=yes") and a client may need; SAMHSA has no codes
    Vocabulary(
        "schedule",
        "schedule",
        N_("Schedule"),
        N_("Schedule"),
        recorded=False,
        terms=(
            ("daytime", N_("Daytime hours"), N_("Daytime")),
            ("evening", N_("Evening hours"), N_("Evening")),
            ("weekend", N_("Weekend hours"), N_("Weekend")),
        ),
    ),
)

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
