"""The vetting checklist: what to ask a program on the phone before choosing it.

Pure data, no I/O. Every question is written in our own words from the articles in
finder/data/seeds/articles/ and names the one it comes from (`source`, the bare file name).

Question ids are stable slugs: answers are stored under them, scripts pass them to
`finder checklist --set ID=ANSWER`, and tests pin the list. Never rename or reuse
an id; add new questions with new ids.

Each question has a kind. A yes/no question ("Do you accept Medicaid?") is answered
yes / no / unsure / not asked, with an optional note. An open question ("How does
intake work?") is answered by its note alone: it is "answered" when the note holds
text and "not asked" otherwise. Who was spoken to, and when, belongs to the call,
not to a question (see CONTACT_QUESTION_ID).
"""

from __future__ import annotations

from dataclasses import dataclass

from finder.texts import N_

# the article files (finder/data/seeds/articles/)
WHAT_IS_IOP = "000_b9c495069dd8aede.txt"
IOP_HOURS = "001_1759ee238768e52c.txt"
PROS_AND_CONS = "002_9c5cff18199b1e6a.txt"
TYPES_AND_QUESTIONS = "003_fc661ab1af1f2c5f.txt"
CRITERIA_AND_LENGTH = "004_d3b9d35925996942.txt"

# the kinds of question
YES_NO = "yes-no"
OPEN = "open"
KINDS = (YES_NO, OPEN)

NOT_ASKED = "not-asked"
ANSWERED = "answered"
ANSWERS = ("yes", "no", "unsure", NOT_ASKED)  # a yes/no question's answers
OPEN_ANSWERS = (ANSWERED, NOT_ASKED)  # an open question's states (answered = its note holds text)
ANSWER_LABELS = {
    "yes": N_("Yes"),
    "no": N_("No"),
    "unsure": N_("Unsure"),
    NOT_ASKED: N_("Not asked"),
    ANSWERED: N_("Answered"),
}

# A short plain title for each article, written by us (printouts and the dialog show these;
# the JSON keeps the file name).
SOURCE_TITLES = {
    WHAT_IS_IOP: N_("What an intensive outpatient program is and how it runs"),
    IOP_HOURS: N_("Intensive outpatient care: weekly hours, therapies and when it fits"),
    PROS_AND_CONS: N_("Intensive outpatient treatment: benefits and drawbacks"),
    TYPES_AND_QUESTIONS: N_("Kinds of intensive outpatient programs, and questions to ask one"),
    CRITERIA_AND_LENGTH: N_("Who qualifies for intensive outpatient care, and for how long"),
}

SECTIONS = (
    N_("Fit"),
    N_("Medical care"),
    N_("Insurance & cost"),
    N_("Structure & schedule"),
    N_("Approach & therapies"),
    N_("Staff"),
    N_("Family & aftercare"),
)

CAUTION = N_(
    "Do not pick a program only because it is close or convenient: decide with a "
    "healthcare professional who knows what this person needs."
)
CAUTION_SOURCE = PROS_AND_CONS

# Not a question: the key the call's contact is stored under (the stored answer's note is who
# we spoke to, its time is when). Earlier versions asked it as the last question; it is kept
# as the storage key so those checklists read back unchanged. Never use it for a question.
CONTACT_QUESTION_ID = "after-contact"


def source_title(source: str) -> str:
    """The article's title for a seed file name (the file name itself when it is not one of ours)."""
    return SOURCE_TITLES.get(source, source)


@dataclass(frozen=True)
class Question:
    id: str
    section: str
    text: str
    why: str
    source: str
    kind: str = YES_NO

    @property
    def is_open(self) -> bool:
        return self.kind == OPEN

    @property
    def answers(self) -> tuple[str, ...]:
        """The answers this question takes (on the command line and in storage)."""
        return OPEN_ANSWERS if self.is_open else ANSWERS

    @property
    def source_title(self) -> str:
        return source_title(self.source)

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "section": self.section,
            "kind": self.kind,
            "text": self.text,
            "why": self.why,
            "source": self.source,
        }


def _q(qid: str, section: str, text: str, why: str, source: str) -> Question:
    """A yes/no question."""
    return Question(qid, section, text, why, source, YES_NO)


def _open(qid: str, section: str, text: str, why: str, source: str) -> Question:
    """An open question: answered by what the program says (the note)."""
    return Question(qid, section, text, why, source, OPEN)


_FIT, _MED, _COST, _SCHED, _APPR, _STAFF, _AFTER = SECTIONS

QUESTIONS: tuple[Question, ...] = (
    # Fit
    _q(
        "fit-similar-issues",
        _FIT,
        N_("Have you treated people with problems like this person's before?"),
        N_("Experience with the same condition matters more than a general promise to help."),
        TYPES_AND_QUESTIONS,
    ),
    _q(
        "fit-people-like-me",
        _FIT,
        N_(
            "Do you work with people who share this person's background (for example race, culture, "
            "LGBTQ+ identity)?"
        ),
        N_("Feeling understood by staff and peers helps people stay in treatment."),
        TYPES_AND_QUESTIONS,
    ),
    _open(
        "fit-ages",
        _FIT,
        N_("What ages are the people in the program's groups?"),
        N_("Group work goes better among people at a similar stage of life."),
        TYPES_AND_QUESTIONS,
    ),
    _open(
        "fit-intake",
        _FIT,
        N_(
            "How does intake work: is there an assessment, and who qualifies (diagnosis, severity, "
            "commitment to treatment)?"
        ),
        N_("Programs admit against their own criteria; knowing them early saves a wasted visit."),
        CRITERIA_AND_LENGTH,
    ),
    _q(
        "fit-higher-level",
        _FIT,
        N_(
            "From what you have heard, does this person need more care than you offer (day treatment / "
            "PHP, residential or inpatient) instead?"
        ),
        N_("An intensive outpatient program is not enough for severe illness or addiction."),
        PROS_AND_CONS,
    ),
    _q(
        "fit-spanish",
        _FIT,
        N_("Can the groups be in Spanish, or is there an interpreter?"),
        N_("Therapy works through talking: someone who cannot follow the group gets little from it."),
        TYPES_AND_QUESTIONS,
    ),
    _q(
        "fit-language",
        _FIT,
        N_(
            "Can sessions be in this person's own language (other than English or Spanish), or is there "
            "an interpreter?"
        ),
        N_("The directory lists languages for some programs only; what staff speak can change."),
        TYPES_AND_QUESTIONS,
    ),
    # Medical care
    _q(
        "med-detox",
        _MED,
        N_("Is detox needed before starting, and if so do you provide it or refer to someone who does?"),
        N_("People who need medical withdrawal care usually have to complete it before outpatient work."),
        CRITERIA_AND_LENGTH,
    ),
    _q(
        "med-medication",
        _MED,
        N_("Do you offer medication management, and who prescribes and follows up?"),
        N_("Many people need medication alongside therapy; it should not fall between two providers."),
        WHAT_IS_IOP,
    ),
    _q(
        "med-eating-disorder",
        _MED,
        N_("For eating disorders: is there medical supervision and nutrition counselling?"),
        N_("Eating disorder programs need medical checks and a dietitian, not only talk therapy."),
        TYPES_AND_QUESTIONS,
    ),
    # Insurance & cost
    _q(
        "cost-insurance",
        _COST,
        N_("Do you accept this person's insurance or Medicaid? (Confirm with the insurer as well.)"),
        N_("Coverage varies by plan; the program and the insurer can give different answers."),
        WHAT_IS_IOP,
    ),
    _open(
        "cost-out-of-pocket",
        _COST,
        N_("What will this person probably pay themselves (copays, deductible, anything not covered)?"),
        N_("Treatment takes money as well as time; a surprise bill can end it early."),
        TYPES_AND_QUESTIONS,
    ),
    _q(
        "cost-payment-help",
        _COST,
        N_("Is there a sliding fee scale, a payment plan or other help with paying?"),
        N_("Money can decide whether someone is able to take part at all."),
        WHAT_IS_IOP,
    ),
    _q(
        "cost-telehealth-rules",
        _COST,
        N_(
            "If sessions are by video or phone: does this person's insurance cover them, and can you "
            "treat someone living where this person lives? (Telehealth rules vary by state and by insurer.)"
        ),
        N_("A program in another town or state may not be allowed, or paid, to see someone remotely."),
        WHAT_IS_IOP,
    ),
    # Structure & schedule
    _q(
        "sched-iop-track",
        _SCHED,
        N_(
            "Do you run an intensive outpatient track at all? (The national directory does not record "
            "IOP for mental-health programs, so ask.)"
        ),
        N_("A program listed as outpatient may offer only weekly sessions."),
        IOP_HOURS,
    ),
    _open(
        "sched-hours",
        _SCHED,
        N_("How many sessions and hours a week, and how long is each session?"),
        N_("Intensive programs typically ask for several multi-hour sessions a week; check it fits."),
        IOP_HOURS,
    ),
    _q(
        "sched-day-evening",
        _SCHED,
        N_("Are there daytime and evening tracks?"),
        N_("An evening track can let someone keep working or studying."),
        IOP_HOURS,
    ),
    _open(
        "sched-virtual",
        _SCHED,
        N_("Which ways can sessions be attended: in person, online, or both?"),
        N_("Online sessions help with distance and transport; some people do better in the room."),
        PROS_AND_CONS,
    ),
    _open(
        "sched-attendance",
        _SCHED,
        N_("What attendance do you expect, and what happens after a missed session?"),
        N_("These programs rely on showing up; know the rules before the first absence."),
        PROS_AND_CONS,
    ),
    _open(
        "sched-length",
        _SCHED,
        N_("How long do people usually stay, and who decides when to finish?"),
        N_("Length varies from weeks to months and is usually set by the treatment team."),
        CRITERIA_AND_LENGTH,
    ),
    _q(
        "sched-rides",
        _SCHED,
        N_("Can you help with rides to and from the program (transport, bus passes)?"),
        N_("Several sessions a week mean many trips; getting there is a common reason people stop coming."),
        PROS_AND_CONS,
    ),
    # Approach & therapies
    _open(
        "appr-approach",
        _APPR,
        N_("What is your treatment approach, and how is the program structured?"),
        N_("The answer shows whether the program has a clear plan or only a schedule."),
        TYPES_AND_QUESTIONS,
    ),
    _open(
        "appr-therapies",
        _APPR,
        N_(
            "Which therapies do you use (CBT, DBT, 12-step facilitation, motivational approaches, "
            "therapeutic community, family therapy)?"
        ),
        N_("Different methods suit different people and conditions."),
        TYPES_AND_QUESTIONS,
    ),
    _q(
        "appr-holistic",
        _APPR,
        N_("Do you include mindfulness, exercise or other holistic practices?"),
        N_("Some people value these alongside evidence-based therapy."),
        WHAT_IS_IOP,
    ),
    _open(
        "appr-group-individual",
        _APPR,
        N_("How much time is spent in groups and how much one-on-one with a therapist?"),
        N_("Most of the work happens in groups; individual time varies a lot between programs."),
        CRITERIA_AND_LENGTH,
    ),
    _open(
        "appr-school",
        _APPR,
        N_("For teenagers: how do you support school work while they attend?"),
        N_("Young people should not fall behind at school because of treatment."),
        TYPES_AND_QUESTIONS,
    ),
    # Staff
    _open(
        "staff-qualifications",
        _STAFF,
        N_("What qualifications and licences do the clinical staff hold?"),
        N_("Licensed clinicians are a basic sign of quality."),
        IOP_HOURS,
    ),
    _q(
        "staff-accreditation",
        _STAFF,
        N_("Is the program accredited, and by which body?"),
        N_("Accreditation means an outside body has checked the program against standards."),
        IOP_HOURS,
    ),
    _open(
        "staff-group-leaders",
        _STAFF,
        N_("Who leads the group sessions?"),
        N_("Groups should be run by a trained therapist or counsellor."),
        CRITERIA_AND_LENGTH,
    ),
    # Family & aftercare
    _open(
        "after-family",
        _AFTER,
        N_("How are family members involved (family sessions, education)?"),
        N_("Family involvement supports recovery at home."),
        IOP_HOURS,
    ),
    _open(
        "after-daily-life",
        _AFTER,
        N_("How will you help this person get back to work, school and daily life?"),
        N_("The point of outpatient care is to practise recovery in everyday life."),
        TYPES_AND_QUESTIONS,
    ),
    _open(
        "after-aftercare",
        _AFTER,
        N_("What happens afterwards: an aftercare plan, stepping down to less care, sober-living referrals?"),
        N_("Support should continue when the program ends."),
        IOP_HOURS,
    ),
    _q(
        "after-outcomes",
        _AFTER,
        N_("Can you share reviews or results from people who finished the program?"),
        N_("Reviews and outcomes give a view beyond the program's own description."),
        IOP_HOURS,
    ),
)

_BY_ID = {q.id: q for q in QUESTIONS}

# The questions that find out whether a program meets a need ("vocabulary:slug"): a whole
# vocabulary under its name, a slug under its key where it has questions of its own.
NEED_QUESTIONS: dict[str, tuple[str, ...]] = {
    "types": ("fit-similar-issues",),
    "types:teen": ("fit-ages", "appr-school"),
    "types:eating-disorder": ("fit-similar-issues", "med-eating-disorder"),
    "levels": ("fit-higher-level",),
    "levels:iop": ("sched-iop-track", "sched-hours"),
    "levels:outpatient": ("sched-hours",),
    "levels:detox": ("med-detox",),
    "levels:telehealth": ("sched-virtual", "cost-telehealth-rules"),
    "payments": ("cost-insurance", "cost-out-of-pocket"),
    "payments:self-pay": ("cost-out-of-pocket", "cost-payment-help"),
    "payments:sliding-scale": ("cost-payment-help",),
    "payments:payment-assistance": ("cost-payment-help",),
    "payments:free": ("cost-payment-help",),
    "populations": ("fit-people-like-me",),
    "populations:children": ("fit-ages", "appr-school"),
    "populations:adolescents": ("fit-ages", "appr-school"),
    "populations:young-adults": ("fit-ages",),
    "populations:adults": ("fit-ages",),
    "populations:seniors": ("fit-ages",),
    "populations:trauma": ("fit-similar-issues",),
    "therapies": ("appr-therapies",),
    "therapies:medication": ("med-medication",),
    "therapies:family": ("after-family",),
    "therapies:group": ("appr-group-individual",),
    "therapies:individual": ("appr-group-individual",),
    "therapies:mindfulness": ("appr-holistic",),
    "schedule": ("sched-day-evening", "sched-hours"),
    "languages": ("fit-language",),
    "languages:spanish": ("fit-spanish",),
    "supports:transportation": ("sched-rides",),
}


# The questions whose Yes or No settles a need as a call's confirmation would: question id ->
# (the needs a Yes meets, the needs a No leaves unmet). "Daytime and evening tracks?" answered
# No cannot say which one is missing, so it settles nothing.
ANSWER_SETTLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sched-iop-track": (("levels:iop",), ("levels:iop",)),
    "sched-day-evening": (("schedule:daytime", "schedule:evening"), ()),
    "med-medication": (("therapies:medication",), ("therapies:medication",)),
    "fit-spanish": (("languages:spanish",), ("languages:spanish",)),
    "sched-rides": (("supports:transportation",), ("supports:transportation",)),
}


def settled_by_answer(question_id: str, answer: str) -> dict[str, bool]:
    """The needs an answer settles, each met (True) or not (False); {} for any other answer."""
    on_yes, on_no = ANSWER_SETTLES.get(question_id, ((), ()))
    if answer == "yes":
        return dict.fromkeys(on_yes, True)
    if answer == "no":
        return dict.fromkeys(on_no, False)
    return {}


def questions_for_need(key: str) -> tuple[str, ...]:
    """The ids of the questions that ask about a need ("levels:iop" -> the IOP track, the hours)."""
    return NEED_QUESTIONS.get(key) or NEED_QUESTIONS.get(key.partition(":")[0], ())


def needs_first(question_ids: list[str], unknown_needs) -> list[str]:
    """The questions about needs nobody knows yet come first (in the bank's order), then the rest.

    Only the order changes: every question stays, each in its own section.
    """
    wanted = {qid for key in unknown_needs for qid in questions_for_need(key)}
    return [q for q in question_ids if q in wanted] + [q for q in question_ids if q not in wanted]


def question_ids() -> list[str]:
    return [q.id for q in QUESTIONS]


def get_question(qid: str) -> Question | None:
    return _BY_ID.get(qid)


def questions_by_section() -> list[tuple[str, list[Question]]]:
    return [(section, [q for q in QUESTIONS if q.section == section]) for section in SECTIONS]


def normalize_answer(raw: str) -> str | None:
    """The answer for what a user typed ('Yes', 'not asked', 'not_asked', 'Answered'), or None.

    Any question's answer; `Question.answers` says which ones a given question takes.
    """
    value = (raw or "").strip().lower().replace("_", "-").replace(" ", "-")
    return value if value in ANSWERS or value in OPEN_ANSWERS else None


def effective_answer(question: Question, stored: str, note: str) -> str:
    """What a stored answer means for the question as it is now.

    An open question is answered when its note holds text, whatever was stored: a "yes" or
    "no" saved before the question became open reads as answered (with a note) or not asked.
    A yes/no question reads an unknown value as not asked.
    """
    if question.is_open:
        return ANSWERED if (note or "").strip() else NOT_ASKED
    return stored if stored in ANSWERS else NOT_ASKED
