"""What a family handout says about the programs on a shortlist (Qt-free, plain dataclasses).

The handout is for the family, not for the caller: how to reach each program, what it
offers, what a call found out (room, confirmed facts, the yes/no answers worth knowing) and
what is still worth asking. No ids, no codes, and no typed notes unless the case manager asks
for them (`with_notes`).

Values only (slugs, question ids, dates, the Availability of the latest call): the family's
words for them are in finder/texts/handout.py and finder/texts/vocab.py, and the printout
(finder/reports/handout.py) says them in the family's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from finder.domain.checklist import NOT_ASKED
from finder.services.availability import Availability, availability
from finder.services.calls import confirmations
from finder.services.checklists import get_checklist
from finder.services.directory import get_programs
from finder.services.seeding import SEED_AS_OF, SEED_EDITION, get_meta
from finder.services.shortlists import get_shortlist

# the vocabularies a handout shows (and so the confirmed tags it marks ✓); contact facts besides
SHOWN = ("types", "levels", "payments", "populations", "languages", "supports")
CONTACT_FACTS = ("phone", "address", "website")
# Still worth asking when the call did not find out, in this order (the printout shows a few);
# finder/texts/handout.py has a family's words for each
TO_ASK = (
    "fit-intake",
    "fit-spanish",
    "sched-rides",
    "cost-insurance",
    "cost-out-of-pocket",
    "sched-hours",
    "sched-day-evening",
    "appr-school",
    "med-eating-disorder",
    "med-medication",
    "after-family",
    "sched-virtual",
    "sched-length",
    "after-aftercare",
)
# questions that only matter for some programs: the type that makes them worth asking
_ONLY_FOR = {"appr-school": "teen", "med-eating-disorder": "eating-disorder"}
# questions worth asking only when the client needs this and the program does not list it
_ONLY_NEEDED = {"fit-spanish": "languages:spanish", "sched-rides": "supports:transportation"}
# the supports every handout names when a program has them (what most decides whether someone can
# come 3 to 5 days a week); the others only when the client needs them
ALWAYS_SUPPORTS = ("transportation", "child-care")
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


# ------------------------------------------------------------------ the data


@dataclass(frozen=True)
class ConfirmedFact:
    """A fact a program confirmed (value True) or denied on the phone, with the day of the call."""

    key: str  # "phone", "address", "website" or "vocabulary:slug"
    value: bool
    on: date


@dataclass(frozen=True)
class ToldUs:
    """An answer a program gave to an open question, as the caller typed it (printed only on request)."""

    question_id: str
    note: str


@dataclass
class HandoutProgram:
    name: str
    name2: str
    address: str
    phone: str
    intake_phone: str
    website: str
    distance_miles: float | None
    distance_approx: bool  # measured from the ZIP centre
    types: list[str]  # slugs, in the vocabulary's order
    levels: list[str]
    iop_unknown: bool  # the data cannot say whether there is an IOP track
    payments: list[str]
    populations: list[str]
    languages: list[str]  # slugs ("spanish")
    supports: list[str]  # slugs: rides and child care always, the others when the client needs them
    # each language the client needs (slug) and whether the program offers it: True (listed or
    # confirmed), False (a call said no), None (not listed: ask)
    language_needs: list[tuple[str, bool | None]]
    telehealth: bool  # sessions by video or phone: the handout says that rules vary
    accreditation: list[str]  # names, e.g. "Joint Commission" (explained in the glossary)
    room: Availability | None  # what the latest call said about room (ages from Handout.made_on)
    confirmed: list[ConfirmedFact]
    found_out: list[tuple[str, str]]  # (question id, "yes" or "no") of the yes/no answers given
    to_ask: list[str]  # question ids the call did not settle, in TO_ASK's order
    told_us: list[ToldUs] = field(default_factory=list)  # only with with_notes
    note: str = ""  # the shortlist's note on the program, only with with_notes
    latitude: float | None = None  # where it is, for the numbered map
    longitude: float | None = None
    exact: bool = False  # False: the centre of the program's ZIP code

    def confirmed_yes(self, key: str) -> ConfirmedFact | None:
        return next((c for c in self.confirmed if c.key == key and c.value), None)

    @property
    def wrong_phone(self) -> ConfirmedFact | None:
        return next((c for c in self.confirmed if c.key == "phone" and not c.value), None)

    @property
    def confirmed_tags(self) -> set[str]:
        """The tags ("payments:medicaid") the program confirmed on the phone (marked ✓ in print)."""
        return {c.key for c in self.confirmed if c.value and ":" in c.key}

    @property
    def last_confirmed(self) -> date | None:
        return max((c.on for c in self.confirmed), default=None)


@dataclass
class Handout:
    origin_label: str  # where distances are measured from ("" when the shortlist has no origin)
    programs: list[HandoutProgram]
    left_out: int  # programs on the shortlist marked do-not-refer (never handed to a family)
    directory_as_of: date | str  # the directory's month (its first day), or its date as stored
    directory_edition: str
    made_on: date
    with_notes: bool = False
    origin_lat: float | None = None  # the shortlist's starting place, the map's centre
    origin_lon: float | None = None
    # programs the latest full edition of the directory no longer lists: perhaps closed or moved, so
    # not handed to a family with a phone and an address that may be wrong (the caller is told)
    left_out_delisted: int = 0


def directory_month(stored: str) -> date | str:
    """The directory's date as stored ('December 2024') as the first of that month; as stored otherwise."""
    words = (stored or "").split()
    if len(words) == 2 and words[0].lower() in _MONTHS and words[1].isdigit():
        return date(int(words[1]), _MONTHS.index(words[0].lower()) + 1, 1)
    return stored


def _shown(key: str) -> bool:
    return key in CONTACT_FACTS or key.partition(":")[0] in SHOWN


def _confirmed(db, pid: int) -> list[ConfirmedFact]:
    out = [
        ConfirmedFact(key, c.value, c.at.date()) for key, c in confirmations(db, pid).items() if _shown(key)
    ]
    return sorted(out, key=lambda c: c.key)


def _lacks(d, needs, key: str) -> bool:
    """The client needs `key` and the program does not list it."""
    vocab, _sep, slug = key.partition(":")
    return key in needs and slug not in getattr(d, vocab)


def _language_needs(needs, languages, confirmed: list[ConfirmedFact]) -> list[tuple[str, bool | None]]:
    said = {c.key: c.value for c in confirmed}
    out: list[tuple[str, bool | None]] = []
    for key in needs:
        vocab, _sep, slug = key.partition(":")
        if vocab == "languages":
            out.append((slug, True if slug in languages else said.get(key)))
    return out


def build_handout(db, shortlist: str, *, with_notes: bool = False, today: date | None = None) -> Handout:
    """The family handout's data for a shortlist: its programs in order, minus any marked do-not-refer
    and any the latest full edition of the directory no longer lists (counted in `left_out` and
    `left_out_delisted`, for the caller to be told).

    `with_notes` adds what the caller typed (open answers, the shortlist note): off unless the
    case manager asks, since such notes may hold things the family should not read on paper.
    Raises UserError for an unknown shortlist.
    """
    day = today or date.today()
    info = get_shortlist(db, shortlist)
    not_referred = [e for e in info.programs if e.status == "do-not-refer"]
    delisted = [e for e in info.programs if e.delisted and e.status != "do-not-refer"]
    keep = [e for e in info.programs if e.status != "do-not-refer" and not e.delisted]
    details = {d.id: d for d in get_programs(db, [e.program_id for e in keep])}
    rooms = availability(db, list(details))
    programs = []
    for entry in keep:
        d = details[entry.program_id]
        answers = get_checklist(db, d.id, info.name).answers
        said = {a.id: a.answer for a in answers}
        to_ask = [
            qid
            for qid in TO_ASK
            if said.get(qid, NOT_ASKED) in (NOT_ASKED, "unsure")
            and (qid not in _ONLY_FOR or _ONLY_FOR[qid] in d.types)
            and (qid not in _ONLY_NEEDED or _lacks(d, info.needs, _ONLY_NEEDED[qid]))
        ]
        found = [(a.id, a.answer) for a in answers if not a.is_open and a.answer in ("yes", "no")]
        confirmed = _confirmed(db, d.id)
        told = [ToldUs(a.id, a.note.strip()) for a in answers if with_notes and a.is_open and a.note.strip()]
        programs.append(
            HandoutProgram(
                name=d.name,
                name2=d.name2,
                address=d.address,
                phone=d.phone,
                intake_phone=d.intake_phone,
                website=d.website,
                distance_miles=entry.distance_miles,
                distance_approx=entry.distance_approx,
                types=list(d.types),
                levels=list(d.levels),
                iop_unknown=d.iop_not_recorded,
                payments=list(d.payments),
                populations=list(d.populations),
                languages=list(d.languages),
                supports=[x for x in d.supports if x in ALWAYS_SUPPORTS or f"supports:{x}" in info.needs],
                language_needs=_language_needs(info.needs, d.languages, confirmed),
                telehealth="telehealth" in d.levels,
                accreditation=list(d.accreditation),
                room=rooms.get(d.id),
                confirmed=confirmed,
                found_out=found,
                to_ask=to_ask,
                told_us=told,
                note=entry.note.strip() if with_notes else "",
                latitude=d.latitude,
                longitude=d.longitude,
                exact=d.location_precision not in (None, "zip"),
            )
        )
    return Handout(
        origin_label=(info.origin_label or info.origin_query) if info.has_origin else "",
        programs=programs,
        left_out=len(not_referred),
        left_out_delisted=len(delisted),
        directory_as_of=directory_month(get_meta(db, "directory_as_of", SEED_AS_OF)),
        directory_edition=SEED_EDITION,
        made_on=day,
        with_notes=with_notes,
        origin_lat=info.origin_lat if info.has_origin else None,
        origin_lon=info.origin_lon if info.has_origin else None,
    )
