"""What a family handout says about the programs on a shortlist (Qt-free, plain dataclasses).

The handout is for the family, not for the caller: how to reach each program, what it
offers in plain words, what a call found out (room, confirmed facts, the yes/no answers
worth knowing) and what is still worth asking. No ids, no codes, and no typed notes unless
the case manager asks for them (`with_notes`).

The plain words are English source strings marked with QT_TRANSLATE_NOOP: this module has
no Qt, the report (finder/reports/handout.py) translates them in context "Handout", and
`pyside6-lupdate` finds them here for the catalogue (finder/i18n/finder_es.ts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from finder.domain.checklist import NOT_ASKED
from finder.services.availability import availability
from finder.services.calls import confirmations
from finder.services.checklists import get_checklist
from finder.services.directory import get_programs
from finder.services.seeding import SEED_AS_OF, SEED_EDITION, get_meta
from finder.services.shortlists import get_shortlist


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks `text` for the catalogue; translated where it is printed."""
    return text


# ------------------------------------------------------------------ plain words

TREATS = {
    "addiction": QT_TRANSLATE_NOOP("Handout", "Alcohol or drug use"),
    "mental-health": QT_TRANSLATE_NOOP("Handout", "Mental health"),
    "dual-diagnosis": QT_TRANSLATE_NOOP("Handout", "Mental health and substance use together"),
}
# program types that say who a program is for, not what it treats ("Treats: Teen" reads oddly)
PROGRAM_FOR = {
    "teen": QT_TRANSLATE_NOOP("Handout", "A program for teens"),
    "eating-disorder": QT_TRANSLATE_NOOP("Handout", "A program for eating disorders"),
}
# short: the word list at the end of the handout says what IOP, day treatment, residential and detox are
LEVELS = {
    "iop": QT_TRANSLATE_NOOP("Handout", "Intensive outpatient (IOP)"),
    "php": QT_TRANSLATE_NOOP("Handout", "Day treatment (PHP)"),
    "outpatient": QT_TRANSLATE_NOOP("Handout", "Regular outpatient visits"),
    "residential": QT_TRANSLATE_NOOP("Handout", "Residential (living at the center)"),
    "inpatient": QT_TRANSLATE_NOOP("Handout", "A hospital stay"),
    "detox": QT_TRANSLATE_NOOP("Handout", "Detox"),
    "telehealth": QT_TRANSLATE_NOOP("Handout", "Sessions by video or phone"),
}
IOP_UNKNOWN = QT_TRANSLATE_NOOP(
    "Handout", "The national list does not say whether they have an intensive outpatient program: ask them."
)
PAYMENTS = {
    "medicaid": QT_TRANSLATE_NOOP("Handout", "Medicaid"),
    "medicare": QT_TRANSLATE_NOOP("Handout", "Medicare"),
    "private": QT_TRANSLATE_NOOP("Handout", "Private health insurance"),
    "military": QT_TRANSLATE_NOOP("Handout", "Military insurance (TRICARE)"),
    "ihs": QT_TRANSLATE_NOOP("Handout", "Indian Health Service or tribal health programs"),
    "state-funded": QT_TRANSLATE_NOOP("Handout", "Health plans paid for by the state"),
    "self-pay": QT_TRANSLATE_NOOP("Handout", "Paying on your own"),
    "sliding-scale": QT_TRANSLATE_NOOP("Handout", "Lower fees for lower incomes (sliding scale)"),
    "payment-assistance": QT_TRANSLATE_NOOP("Handout", "Help with paying"),
    "free": QT_TRANSLATE_NOOP("Handout", "Free of charge"),
}
SERVES = {
    "children": QT_TRANSLATE_NOOP("Handout", "Children"),
    "adolescents": QT_TRANSLATE_NOOP("Handout", "Teens"),
    "young-adults": QT_TRANSLATE_NOOP("Handout", "Young adults"),
    "adults": QT_TRANSLATE_NOOP("Handout", "Adults"),
    "seniors": QT_TRANSLATE_NOOP("Handout", "Older adults"),
    "lgbtq": QT_TRANSLATE_NOOP("Handout", "LGBTQ+ people"),
    "veterans": QT_TRANSLATE_NOOP("Handout", "Veterans"),
    "women": QT_TRANSLATE_NOOP("Handout", "Women"),
    "men": QT_TRANSLATE_NOOP("Handout", "Men"),
    "pregnant": QT_TRANSLATE_NOOP("Handout", "Pregnant women and new mothers"),
    "trauma": QT_TRANSLATE_NOOP("Handout", "People who have lived through trauma"),
}
# what each support means for getting to, and staying in, treatment
SUPPORTS = {
    "transportation": QT_TRANSLATE_NOOP("Handout", "They can help with rides."),
    "child-care": QT_TRANSLATE_NOOP("Handout", "They can look after children during sessions."),
    "interim-services": QT_TRANSLATE_NOOP("Handout", "They offer some help while you wait for a place."),
    "housing": QT_TRANSLATE_NOOP("Handout", "They can help with housing."),
    "peer-support": QT_TRANSLATE_NOOP("Handout", "People who have been through it themselves offer support."),
    "case-management": QT_TRANSLATE_NOOP("Handout", "Someone there can help arrange other services."),
    "employment": QT_TRANSLATE_NOOP("Handout", "They can help with finding work."),
    "walk-in": QT_TRANSLATE_NOOP("Handout", "You can come in without an appointment."),
}
# the supports every handout names when a program has them (what most decides whether someone can
# come 3 to 5 days a week); the others only when the client needs them
ALWAYS_SUPPORTS = ("transportation", "child-care")
# a language the family needs: %1 is the language's name
SPEAKS = QT_TRANSLATE_NOOP("Handout", "Groups or sessions in %1")
SPEAKS_UNKNOWN = QT_TRANSLATE_NOOP(
    "Handout", "The national list does not say they work in %1: ask whether there is an interpreter."
)
SPEAKS_NOT = QT_TRANSLATE_NOOP("Handout", "They told us they have no groups or sessions in %1.")
TELEHEALTH_RULES = QT_TRANSLATE_NOOP(
    "Handout",
    "Rules for sessions by video or phone vary by state and by insurer: ask the program and your insurance.",
)
CONTACT_FACTS = {
    "phone": QT_TRANSLATE_NOOP("Handout", "Phone number"),
    "address": QT_TRANSLATE_NOOP("Handout", "Address"),
    "website": QT_TRANSLATE_NOOP("Handout", "Website"),
}

# What a yes or a no to a checklist question means to a family (questions left out say little to them).
FOUND_OUT = {
    ("fit-similar-issues", "yes"): QT_TRANSLATE_NOOP(
        "Handout", "They have helped people with similar problems."
    ),
    ("fit-people-like-me", "yes"): QT_TRANSLATE_NOOP(
        "Handout", "They work with people of a similar background and culture."
    ),
    ("fit-higher-level", "yes"): QT_TRANSLATE_NOOP(
        "Handout", "They think more care may be needed than they offer: talk about this with a doctor."
    ),
    ("med-medication", "yes"): QT_TRANSLATE_NOOP(
        "Handout", "Someone there can prescribe and check medicines."
    ),
    ("med-medication", "no"): QT_TRANSLATE_NOOP("Handout", "They do not prescribe medicines."),
    ("med-eating-disorder", "yes"): QT_TRANSLATE_NOOP(
        "Handout", "Medical checkups and advice on food and nutrition are part of the program."
    ),
    ("cost-insurance", "yes"): QT_TRANSLATE_NOOP(
        "Handout", "They said they take your insurance or Medicaid. Check with your insurance too."
    ),
    ("cost-insurance", "no"): QT_TRANSLATE_NOOP(
        "Handout", "They said they do not take your insurance or Medicaid."
    ),
    ("cost-payment-help", "yes"): QT_TRANSLATE_NOOP(
        "Handout", "They offer lower fees, a payment plan or other help with paying."
    ),
    ("cost-payment-help", "no"): QT_TRANSLATE_NOOP("Handout", "They do not offer help with paying."),
    ("sched-iop-track", "yes"): QT_TRANSLATE_NOOP("Handout", "They have an intensive outpatient program."),
    ("sched-iop-track", "no"): QT_TRANSLATE_NOOP(
        "Handout", "They do not have an intensive outpatient program."
    ),
    ("sched-day-evening", "yes"): QT_TRANSLATE_NOOP("Handout", "There are daytime and evening groups."),
    ("sched-day-evening", "no"): QT_TRANSLATE_NOOP(
        "Handout", "There is no choice between daytime and evening groups."
    ),
    ("sched-rides", "yes"): QT_TRANSLATE_NOOP("Handout", "They can help with rides."),
    ("sched-rides", "no"): QT_TRANSLATE_NOOP("Handout", "They cannot help with rides."),
    ("fit-spanish", "yes"): QT_TRANSLATE_NOOP(
        "Handout", "The groups can be in Spanish, or there is an interpreter."
    ),
    ("fit-spanish", "no"): QT_TRANSLATE_NOOP("Handout", "There are no groups in Spanish and no interpreter."),
    ("staff-accreditation", "yes"): QT_TRANSLATE_NOOP(
        "Handout", "The program is accredited: an outside group has checked its quality."
    ),
}

# Still worth asking when the call did not find out (in this order; the printout shows a few).
TO_ASK = {
    "fit-intake": QT_TRANSLATE_NOOP("Handout", "How does the first visit work, and what should we bring?"),
    "fit-spanish": QT_TRANSLATE_NOOP("Handout", "Can the groups be in Spanish, or is there an interpreter?"),
    "sched-rides": QT_TRANSLATE_NOOP("Handout", "Can you help with rides?"),
    "cost-insurance": QT_TRANSLATE_NOOP("Handout", "Do you take our insurance or Medicaid?"),
    "cost-out-of-pocket": QT_TRANSLATE_NOOP("Handout", "How much will we have to pay ourselves?"),
    "sched-hours": QT_TRANSLATE_NOOP("Handout", "How many days a week, and how many hours each time?"),
    "sched-day-evening": QT_TRANSLATE_NOOP("Handout", "Are there evening groups?"),
    "appr-school": QT_TRANSLATE_NOOP("Handout", "How do you help with school work during the program?"),
    "med-eating-disorder": QT_TRANSLATE_NOOP("Handout", "Is there medical care and advice on nutrition?"),
    "med-medication": QT_TRANSLATE_NOOP("Handout", "Can someone there prescribe and check medicines?"),
    "after-family": QT_TRANSLATE_NOOP("Handout", "How can the family take part?"),
    "sched-virtual": QT_TRANSLATE_NOOP("Handout", "Can some sessions be online?"),
    "sched-length": QT_TRANSLATE_NOOP("Handout", "How long do people usually stay?"),
    "after-aftercare": QT_TRANSLATE_NOOP("Handout", "What help is there after the program ends?"),
}
# questions that only matter for some programs: the type that makes them worth asking
_ONLY_FOR = {"appr-school": "teen", "med-eating-disorder": "eating-disorder"}
# questions worth asking only when the client needs this and the program does not list it
_ONLY_NEEDED = {"fit-spanish": "languages:spanish", "sched-rides": "supports:transportation"}


# ------------------------------------------------------------------ the data


@dataclass(frozen=True)
class RoomNote:
    """What the latest call said about room, and how old that is."""

    accepting: bool | None
    wait_days: int | None
    next_intake: date | None
    learned_on: date
    age_days: int
    stale: bool  # older than the 30 days after which it should be checked again
    from_file: bool = False  # what an imported directory file said, not a call


@dataclass(frozen=True)
class ConfirmedFact:
    """A fact a program confirmed (value True) or denied on the phone, with the day of the call."""

    key: str  # "phone", "address", "website" or "vocabulary:slug"
    words: str  # plain English (a QT_TRANSLATE_NOOP source string)
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
    program_for: list[str]  # plain English: "A program for teens"
    treats: list[str]
    levels: list[str]
    iop_unknown: bool  # the data cannot say whether there is an IOP track
    payments: list[str]
    serves: list[str]
    languages: list[str]
    supports: list[str]  # plain English: "They can help with rides."
    # each language the client needs (slug) and whether the program offers it: True (listed or
    # confirmed), False (a call said no), None (not listed: ask)
    language_needs: list[tuple[str, bool | None]]
    telehealth: bool  # sessions by video or phone: the handout says that rules vary
    accreditation: list[str]  # names, e.g. "Joint Commission" (explained in the glossary)
    room: RoomNote | None
    confirmed: list[ConfirmedFact]
    found_out: list[str]  # plain English statements from yes/no answers
    to_ask: list[str]  # plain English questions the call did not settle
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
    def confirmed_words(self) -> set[str]:
        """The plain words of every tag the program confirmed on the phone (marked ✓ in print)."""
        return {c.words for c in self.confirmed if c.value and ":" in c.key}

    @property
    def last_confirmed(self) -> date | None:
        return max((c.on for c in self.confirmed), default=None)


@dataclass
class Handout:
    origin_label: str  # where distances are measured from ("" when the shortlist has no origin)
    programs: list[HandoutProgram]
    left_out: int  # programs on the shortlist marked do-not-refer (never handed to a family)
    directory_as_of: str  # "December 2024"
    directory_edition: str
    made_on: date
    with_notes: bool = False
    origin_lat: float | None = None  # the shortlist's starting place, the map's centre
    origin_lon: float | None = None
    # programs the latest full edition of the directory no longer lists: perhaps closed or moved, so
    # not handed to a family with a phone and an address that may be wrong (the caller is told)
    left_out_delisted: int = 0


def _words(table: dict[str, str], slugs) -> list[str]:
    return [table[s] for s in slugs if s in table]


def _room(db, pid: int, today: date) -> RoomNote | None:
    a = availability(db, [pid]).get(pid)
    if a is None:
        return None
    return RoomNote(
        a.accepting,
        a.wait_days,
        a.next_intake,
        a.as_of.date(),
        a.age_days(today),
        a.stale(today),
        a.from_file,
    )


def _fact_words(key: str) -> str | None:
    if key in CONTACT_FACTS:
        return CONTACT_FACTS[key]
    vocab, _sep, slug = key.partition(":")
    table = {
        "types": {**TREATS, **PROGRAM_FOR},
        "levels": LEVELS,
        "payments": PAYMENTS,
        "populations": SERVES,
        "supports": SUPPORTS,
    }.get(vocab, {})
    if vocab == "languages":  # named where printed (reports.i18n.language_name)
        return slug
    return table.get(slug)


def _confirmed(db, pid: int) -> list[ConfirmedFact]:
    out = []
    for key, c in confirmations(db, pid).items():
        words = _fact_words(key)
        if words is not None:
            out.append(ConfirmedFact(key, words, c.value, c.at.date()))
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
    programs = []
    for entry in keep:
        d = details[entry.program_id]
        answers = get_checklist(db, d.id, info.name).answers
        said = {a.id: a.answer for a in answers}
        to_ask = [
            text
            for qid, text in TO_ASK.items()
            if said.get(qid, NOT_ASKED) in (NOT_ASKED, "unsure")
            and (qid not in _ONLY_FOR or _ONLY_FOR[qid] in d.types)
            and (qid not in _ONLY_NEEDED or _lacks(d, info.needs, _ONLY_NEEDED[qid]))
        ]
        found = [FOUND_OUT[(a.id, a.answer)] for a in answers if (a.id, a.answer) in FOUND_OUT]
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
                program_for=_words(PROGRAM_FOR, d.types),
                treats=_words(TREATS, d.types),
                levels=_words(LEVELS, d.levels),
                iop_unknown=d.iop_not_recorded,
                payments=_words(PAYMENTS, d.payments),
                serves=_words(SERVES, d.populations),
                languages=list(d.languages),
                supports=_words(
                    SUPPORTS, [x for x in d.supports if x in ALWAYS_SUPPORTS or f"supports:{x}" in info.needs]
                ),
                language_needs=_language_needs(info.needs, d.languages, confirmed),
                telehealth="telehealth" in d.levels,
                accreditation=list(d.accreditation),
                room=_room(db, d.id, day),
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
        directory_as_of=get_meta(db, "directory_as_of", SEED_AS_OF),
        directory_edition=SEED_EDITION,
        made_on=day,
        with_notes=with_notes,
        origin_lat=info.origin_lat if info.has_origin else None,
        origin_lon=info.origin_lon if info.has_origin else None,
    )
