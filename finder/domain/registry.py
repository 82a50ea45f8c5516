"""The vocabulary registry: every tag vocabulary and each of its terms, declared once.

Adding a term (a payment type, a language, a support) is one Term line here, at the end of its
vocabulary, plus its Spanish in finder/i18n/es.po (`make translations`): the filter panel, the
CLI flag, the JSON key, the needs, the comparison row, the handout's phrase and the SAMHSA code
map (finder.domain.code_map, finder.domain.taxonomy) all follow from it. docs/texts.md says more.
Pure data: no I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from finder.texts import N_


class Match(StrEnum):
    """How several selected slugs of one vocabulary combine in a search."""

    ALL = "all"  # every selected slug must hold (a program that treats both)
    ANY = "any"  # one selected slug suffices (either way of paying will do)


class Term(NamedTuple):
    """One term of a vocabulary, with every word it is shown in and the codes that give it.

    label: its name in lists and filters; short: for a narrow table cell (the label when None);
    family: the plain words a family reads on the handout; codes: the SAMHSA service codes any
    one of which gives a program this term (none: only calls, edits and imports set it).
    The words are English, marked for the catalogue (finder/i18n/es.po has their Spanish).
    """

    slug: str
    label: str
    short: str | None = None
    family: str | None = None
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    """One tag vocabulary, declared once.

    `terms` are Terms in bit order: never reorder or remove a slug (the masks in existing
    databases depend on it); new slugs go at the end.
    `cli_flag` None: stored and shown, but not a search filter.
    `recorded` False: no directory records this vocabulary, so a slug not set is unknown, not
    "no" (only calls and hand edits set it); such a vocabulary is no search filter either, since
    a filter would hide every program nobody has asked yet.
    """

    name: str  # plural: "types"; the attribute of criteria, results and details
    singular: str  # "type", for messages
    heading: str  # the filter panel's heading: "Treats"
    compare_label: str  # the comparison row: "Treats"
    terms: tuple[Term, ...]
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
        return tuple(t.slug for t in self.terms)

    @property
    def labels(self) -> dict[str, str]:
        return {t.slug: t.label for t in self.terms}

    @property
    def short_labels(self) -> dict[str, str]:
        """Labels for narrow places (a table cell); the full label where none is declared."""
        return {t.slug: t.short or t.label for t in self.terms}

    @property
    def family_phrases(self) -> dict[str, str]:
        """What the handout says of each term; the label where no phrase is declared."""
        return {t.slug: t.family or t.label for t in self.terms}

    def term(self, slug: str) -> Term | None:
        return next((t for t in self.terms if t.slug == slug), None)

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
            Term("addiction", N_("Addiction"), family=N_("Alcohol or drug use"), codes=("SA",)),
            Term("mental-health", N_("Mental health"), family=N_("Mental health"), codes=("MH",)),
            Term(
                "dual-diagnosis",
                N_("Dual diagnosis"),
                short=N_("Dual dx"),
                family=N_("Mental health and substance use together"),
                codes=("CO", "SUMH", "IDD"),
            ),
            Term("teen", N_("Teen"), family=N_("A program for teens"), codes=("AD", "CHLD")),
            Term(
                "eating-disorder",
                N_("Eating disorder"),
                short=N_("Eating dis."),
                family=N_("A program for eating disorders"),
                codes=("PED",),
            ),
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
            Term(
                "iop",
                N_("Intensive outpatient (IOP)"),
                short=N_("IOP"),
                family=N_("Intensive outpatient (IOP)"),
                codes=("OIT",),
            ),
            Term(
                "php",
                N_("Partial hospitalization / day"),
                short=N_("PHP"),
                family=N_("Day treatment (PHP)"),
                codes=("PHDT", "ODT", "PH"),
            ),
            Term(
                "outpatient",
                N_("Outpatient"),
                family=N_("Regular outpatient visits"),
                codes=("OP", "ORT", "OMB", "OMH"),
            ),
            Term(
                "residential",
                N_("Residential"),
                family=N_("Residential (living at the center)"),
                codes=("RES", "RS", "RL", "RTCA", "RTCC", "ORES"),
            ),
            Term(
                "inpatient",
                N_("Inpatient"),
                family=N_("A hospital stay"),
                codes=("HI", "HIT", "IPSY", "PSY", "PSYH"),
            ),
            Term("detox", N_("Detox"), family=N_("Detox"), codes=("DT", "HID", "RD", "OD")),
            Term("telehealth", N_("Telehealth"), family=N_("Sessions by video or phone"), codes=("TELE",)),
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
            Term("medicaid", N_("Medicaid"), family=N_("Medicaid"), codes=("MD",)),
            Term("medicare", N_("Medicare"), family=N_("Medicare"), codes=("MC",)),
            Term(
                "private",
                N_("Private insurance"),
                short=N_("Private"),
                family=N_("Private health insurance"),
                codes=("PI",),
            ),
            Term(
                "military",
                N_("Military (TRICARE)"),
                short=N_("Military"),
                family=N_("Military insurance (TRICARE)"),
                codes=("MI",),
            ),
            Term(
                "ihs",
                N_("IHS / tribal"),
                short=N_("IHS"),
                family=N_("Indian Health Service or tribal health programs"),
                codes=("ITU",),
            ),
            Term(
                "state-funded",
                N_("State-funded plan"),
                short=N_("State plan"),
                family=N_("Health plans paid for by the state"),
                codes=("SI",),
            ),
            Term("self-pay", N_("Self-pay"), family=N_("Paying on your own"), codes=("SF",)),
            Term(
                "sliding-scale",
                N_("Sliding fee scale"),
                short=N_("Sliding fee"),
                family=N_("Lower fees for lower incomes (sliding scale)"),
                codes=("SS",),
            ),
            Term(
                "payment-assistance",
                N_("Payment assistance"),
                short=N_("Assistance"),
                family=N_("Help with paying"),
                codes=("PA",),
            ),
            Term(
                "free", N_("Free (no payment)"), short=N_("Free"), family=N_("Free of charge"), codes=("NP",)
            ),
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
            Term("children", N_("Children"), family=N_("Children"), codes=("CHLD",)),
            Term("adolescents", N_("Adolescents"), family=N_("Teens"), codes=("AD", "CHLD")),
            Term("young-adults", N_("Young adults"), family=N_("Young adults"), codes=("YAD", "TAY")),
            Term("adults", N_("Adults"), family=N_("Adults"), codes=("ADLT",)),
            Term("seniors", N_("Seniors"), family=N_("Older adults"), codes=("SE", "SNR")),
            Term("lgbtq", N_("LGBTQ+"), family=N_("LGBTQ+ people"), codes=("GL",)),
            Term("veterans", N_("Veterans"), family=N_("Veterans"), codes=("VET",)),
            Term("women", N_("Women"), family=N_("Women"), codes=("FEM", "WN")),
            Term("men", N_("Men"), family=N_("Men"), codes=("MALE", "MN")),
            Term(
                "pregnant",
                N_("Pregnant / postpartum"),
                family=N_("Pregnant women and new mothers"),
                codes=("PW",),
            ),
            Term("trauma", N_("Trauma"), family=N_("People who have lived through trauma"), codes=("TRMA",)),
        ),
    ),
    Vocabulary(
        "therapies",
        "therapy",
        N_("Therapies"),
        N_("Therapies"),
        terms=(
            Term(
                "cbt",
                N_("CBT"),
                family=N_("Therapy for changing unhelpful thoughts and habits (CBT)"),
                codes=("CBT",),
            ),
            Term(
                "dbt",
                N_("DBT"),
                family=N_("Skills for strong emotions and relationships (DBT)"),
                codes=("DBT",),
            ),
            Term(
                "twelve-step",
                N_("12-step facilitation"),
                family=N_("Help to join 12-step groups"),
                codes=("TWFA",),
            ),
            Term(
                "motivational",
                N_("Motivational"),
                family=N_("Counseling that builds the wish to change"),
                codes=("MOTI", "CMI"),
            ),
            Term(
                "therapeutic-community",
                N_("Therapeutic community"),
                family=N_("A community where people in recovery help each other"),
            ),
            Term(
                "family",
                N_("Family therapy"),
                family=N_("Therapy with the family"),
                codes=("FCO", "CFT", "FPSY"),
            ),
            Term(
                "medication",
                N_("Medication"),
                family=N_("Medicines as part of treatment"),
                codes=("MMD", "PMAT", "UB", "UN", "MM", "OMB"),
            ),
            Term("group", N_("Group therapy"), family=N_("Therapy in small groups"), codes=("GCO", "GT")),
            Term(
                "individual", N_("Individual therapy"), family=N_("Therapy one on one"), codes=("ICO", "IPT")
            ),
            Term("trauma", N_("Trauma"), family=N_("Therapy for trauma"), codes=("TRC",)),
            Term(
                "relapse-prevention",
                N_("Relapse prevention"),
                family=N_("Help to keep from going back to old habits"),
                codes=("RELP",),
            ),
            Term(
                "peer-support",
                N_("Peer support"),
                family=N_("Support from people who have been through it"),
                codes=("PEER",),
            ),
            Term("mindfulness", N_("Mindfulness"), family=N_("Calming the mind and body (mindfulness)")),
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
            Term("spanish", N_("Spanish"), family=N_("Spanish"), codes=("SP",)),
            Term("sign-language", N_("Sign language"), family=N_("Sign language"), codes=("AH",)),
            Term("chinese", N_("Chinese"), family=N_("Chinese"), codes=("F17",)),
            Term("arabic", N_("Arabic"), family=N_("Arabic"), codes=("F4",)),
            Term("vietnamese", N_("Vietnamese"), family=N_("Vietnamese"), codes=("F92",)),
            Term("korean", N_("Korean"), family=N_("Korean"), codes=("F47",)),
            Term("tagalog", N_("Tagalog"), family=N_("Tagalog"), codes=("F81",)),
            Term("russian", N_("Russian"), family=N_("Russian"), codes=("F70",)),
            Term("french", N_("French"), family=N_("French"), codes=("F28",)),
            Term("creole", N_("Creole"), family=N_("Creole"), codes=("F19",)),
            Term("portuguese", N_("Portuguese"), family=N_("Portuguese"), codes=("F67",)),
            Term("polish", N_("Polish"), family=N_("Polish"), codes=("F66",)),
            Term("hindi", N_("Hindi"), family=N_("Hindi"), codes=("F36",)),
            Term("hmong", N_("Hmong"), family=N_("Hmong"), codes=("F37",)),
            Term("farsi", N_("Farsi"), family=N_("Farsi"), codes=("F25",)),
            Term("german", N_("German"), family=N_("German"), codes=("F30",)),
            Term("greek", N_("Greek"), family=N_("Greek"), codes=("F31",)),
            Term("hebrew", N_("Hebrew"), family=N_("Hebrew"), codes=("F35",)),
            Term("italian", N_("Italian"), family=N_("Italian"), codes=("F42",)),
            Term("japanese", N_("Japanese"), family=N_("Japanese"), codes=("F43",)),
            Term(
                "native-languages",  # NX; N24 Ojibwa and N40 Yupik too
                N_("American Indian or Alaska Native languages"),
                short=N_("Native languages"),
                family=N_("American Indian or Alaska Native languages"),
                codes=("NX", "N24", "N40"),
            ),
            Term(
                "other-languages", N_("Other languages"), family=N_("Other languages"), codes=("FX",)
            ),  # other than Spanish
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
            Term(
                "transportation", N_("Transportation"), family=N_("They can help with rides."), codes=("TA",)
            ),
            Term(
                "child-care",
                N_("Child care"),
                family=N_("They can look after children during sessions."),
                codes=("CCC",),
            ),
            Term(
                "interim-services",
                N_("Interim services while waiting"),
                short=N_("Interim services"),
                family=N_("They offer some help while you wait for a place."),
                codes=("ISC",),
            ),
            Term(
                "housing", N_("Housing"), family=N_("They can help with housing."), codes=("HS", "HH", "SH")
            ),
            Term(
                "peer-support",
                N_("Peer support"),
                family=N_("People who have been through it themselves offer support."),
                codes=("PEER",),
            ),
            Term(
                "case-management",
                N_("Case management"),
                family=N_("Someone there can help arrange other services."),
                codes=("CM", "ICM"),
            ),
            Term(
                "employment",
                N_("Employment help"),
                short=N_("Employment"),
                family=N_("They can help with finding work."),
                codes=("EMP", "SEMP"),
            ),
            Term(
                "walk-in", N_("Walk-in"), family=N_("You can come in without an appointment."), codes=("WI",)
            ),
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
            Term("daytime", N_("Daytime hours"), short=N_("Daytime"), family=N_("Sessions in the daytime")),
            Term("evening", N_("Evening hours"), short=N_("Evening"), family=N_("Sessions in the evening")),
            Term("weekend", N_("Weekend hours"), short=N_("Weekend"), family=N_("Sessions on weekends")),
        ),
    ),
)
