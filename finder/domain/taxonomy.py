"""Tag vocabularies and the SAMHSA service-code map (DATA_FORMATS.md section 5).

Pure data and functions: no I/O. Tags are stored as bit masks on each program
(one bit per slug, in the order below), which keeps filters a single integer
test in SQL on any back end.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

TYPES = ("addiction", "mental-health", "dual-diagnosis", "teen", "eating-disorder")
LEVELS = ("iop", "php", "outpatient", "residential", "inpatient", "detox", "telehealth")
PAYMENTS = ("medicaid", "medicare", "private", "military", "ihs", "state-funded", "self-pay",
            "sliding-scale", "payment-assistance", "free")
POPULATIONS = ("children", "adolescents", "young-adults", "adults", "seniors", "lgbtq", "veterans",
               "women", "men", "pregnant", "trauma")
THERAPIES = ("cbt", "dbt", "twelve-step", "motivational", "therapeutic-community", "family", "medication",
             "group", "individual", "trauma", "relapse-prevention", "peer-support", "mindfulness")

VOCABULARIES: dict[str, tuple[str, ...]] = {
    "types": TYPES,
    "levels": LEVELS,
    "payments": PAYMENTS,
    "populations": POPULATIONS,
    "therapies": THERAPIES,
}

LABELS = {
    "addiction": "Addiction", "mental-health": "Mental health", "dual-diagnosis": "Dual diagnosis",
    "teen": "Teen", "eating-disorder": "Eating disorder",
    "iop": "Intensive outpatient (IOP)", "php": "Partial hospitalization / day",
    "outpatient": "Outpatient", "residential": "Residential", "inpatient": "Inpatient",
    "detox": "Detox", "telehealth": "Telehealth",
    "medicaid": "Medicaid", "medicare": "Medicare", "private": "Private insurance",
    "military": "Military (TRICARE)", "ihs": "IHS / tribal", "state-funded": "State-funded plan",
    "self-pay": "Self-pay", "sliding-scale": "Sliding fee scale",
    "payment-assistance": "Payment assistance", "free": "Free (no payment)",
    "children": "Children", "adolescents": "Adolescents", "young-adults": "Young adults",
    "adults": "Adults", "seniors": "Seniors", "lgbtq": "LGBTQ+", "veterans": "Veterans",
    "women": "Women", "men": "Men", "pregnant": "Pregnant / postpartum", "trauma": "Trauma",
    "cbt": "CBT", "dbt": "DBT", "twelve-step": "12-step facilitation", "motivational": "Motivational",
    "therapeutic-community": "Therapeutic community", "family": "Family therapy",
    "medication": "Medication", "group": "Group therapy", "individual": "Individual therapy",
    "relapse-prevention": "Relapse prevention", "peer-support": "Peer support",
    "mindfulness": "Mindfulness",
}

_CODE_MAP: dict[str, dict[str, tuple[str, ...]]] = {
    "types": {
        "addiction": ("SA",), "mental-health": ("MH",), "dual-diagnosis": ("CO", "SUMH", "IDD"),
        "teen": ("AD", "CHLD"), "eating-disorder": ("PED",),
    },
    "levels": {
        "iop": ("OIT",), "php": ("PHDT", "ODT", "PH"), "outpatient": ("OP", "ORT", "OMB", "OMH"),
        "residential": ("RES", "RS", "RL", "RTCA", "RTCC", "ORES"),
        "inpatient": ("HI", "HIT", "IPSY", "PSY", "PSYH"), "detox": ("DT", "HID", "RD", "OD"),
        "telehealth": ("TELE",),
    },
    "payments": {
        "medicaid": ("MD",), "medicare": ("MC",), "private": ("PI",), "military": ("MI",),
        "ihs": ("ITU",), "state-funded": ("SI",), "self-pay": ("SF",), "sliding-scale": ("SS",),
        "payment-assistance": ("PA",), "free": ("NP",),
    },
    "populations": {
        "children": ("CHLD",), "adolescents": ("AD", "CHLD"), "young-adults": ("YAD", "TAY"),
        "adults": ("ADLT",), "seniors": ("SE", "SNR"), "lgbtq": ("GL",), "veterans": ("VET",),
        "women": ("FEM", "WN"), "men": ("MALE", "MN"), "pregnant": ("PW",), "trauma": ("TRMA",),
    },
    "therapies": {
        "cbt": ("CBT",), "dbt": ("DBT",), "twelve-step": ("TWFA",), "motivational": ("MOTI", "CMI"),
        "family": ("FCO", "CFT", "FPSY"), "group": ("GCO", "GT"), "individual": ("ICO", "IPT"),
        "trauma": ("TRC",), "relapse-prevention": ("RELP",), "peer-support": ("PEER",),
        "medication": ("MMD", "PMAT", "UB", "UN", "MM", "OMB"),
    },
}

# Reverse index: code -> [(vocabulary, slug)]
_BY_CODE: dict[str, list[tuple[str, str]]] = {}
for _vocab, _slugs in _CODE_MAP.items():
    for _slug, _codes in _slugs.items():
        for _code in _codes:
            _BY_CODE.setdefault(_code, []).append((_vocab, _slug))

LANGUAGE_CODES = {
    "SP": "spanish", "AH": "sign-language", "F17": "chinese", "F19": "creole", "F25": "farsi",
    "F28": "french", "F30": "german", "F31": "greek", "F35": "hebrew", "F36": "hindi", "F37": "hmong",
    "F4": "arabic", "F42": "italian", "F43": "japanese", "F47": "korean", "F66": "polish",
    "F67": "portuguese", "F70": "russian", "F81": "tagalog", "F92": "vietnamese", "N24": "ojibwa",
    "N40": "yupik", "FX": "other-languages", "NX": "native-american-languages",
}
ACCREDITATION_CODES = {
    "CARF": "CARF", "JC": "Joint Commission", "COA": "COA", "NCQA": "NCQA", "HFAP": "HFAP",
}

DIRECTORY_TYPE_TAG = {"substance": "addiction", "mental": "mental-health",
                      "SA": "addiction", "MH": "mental-health"}


class UnknownSlug(ValueError):
    pass


@dataclass(frozen=True)
class Tags:
    """Tags of one program, as sorted tuples of slugs in vocabulary order."""

    types: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    payments: tuple[str, ...] = ()
    populations: tuple[str, ...] = ()
    therapies: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
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
                f"unknown {vocab[:-1] if vocab != 'therapies' else 'therapy'} '{slug}'; "
                f"valid: {', '.join(words)}") from None
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
    languages: list[str] = []
    accreditation: list[str] = []
    for dt in directory_types:
        if dt in DIRECTORY_TYPE_TAG:
            found["types"].add(DIRECTORY_TYPE_TAG[dt])
    for code in codes:
        code = code.upper()
        for vocab, slug in _BY_CODE.get(code, ()):
            found[vocab].add(slug)
        if code in LANGUAGE_CODES and LANGUAGE_CODES[code] not in languages:
            languages.append(LANGUAGE_CODES[code])
        if code in ACCREDITATION_CODES and ACCREDITATION_CODES[code] not in accreditation:
            accreditation.append(ACCREDITATION_CODES[code])
    return Tags(**{v: ordered(v, s) for v, s in found.items()},
                languages=tuple(languages), accreditation=tuple(accreditation))


def iop_not_recorded(types: tuple[str, ...], levels: tuple[str, ...], directory_types) -> bool:
    """True when the data cannot say whether a mental-health program runs an IOP.

    The national mental-health directory has no IOP code, so absence means "unknown", not "no".
    """
    return "iop" not in levels and "mental" in set(directory_types) and "substance" not in set(directory_types)
