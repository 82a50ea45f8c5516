"""A family's words for what a handout says (finder.services.handout gives the values).

What a yes or a no to a checklist question means to a family, the questions still worth asking
in a family's words, and the lines about one program: what it offers (finder/texts/vocab.py's
family phrases), how far it is, what a call said about room (finder/texts/availability.py).
The printout (finder/reports/handout.py) lays these out; the words are all here or there.
"""

from __future__ import annotations

from finder.errors import fill
from finder.texts import N_, _, n_
from finder.texts.availability import family_room
from finder.texts.vocab import family, for_whom, iop_unknown_family, language_name

# What a yes or a no to a checklist question means to a family (questions left out say little to them).
FOUND_OUT = {
    ("fit-similar-issues", "yes"): N_("They have helped people with similar problems."),
    ("fit-people-like-me", "yes"): N_("They work with people of a similar background and culture."),
    ("fit-higher-level", "yes"): N_(
        "They think more care may be needed than they offer: talk about this with a doctor."
    ),
    ("med-medication", "yes"): N_("Someone there can prescribe and check medicines."),
    ("med-medication", "no"): N_("They do not prescribe medicines."),
    ("med-eating-disorder", "yes"): N_(
        "Medical checkups and advice on food and nutrition are part of the program."
    ),
    ("cost-insurance", "yes"): N_(
        "They said they take your insurance or Medicaid. Check with your insurance too."
    ),
    ("cost-insurance", "no"): N_("They said they do not take your insurance or Medicaid."),
    ("cost-payment-help", "yes"): N_("They offer lower fees, a payment plan or other help with paying."),
    ("cost-payment-help", "no"): N_("They do not offer help with paying."),
    ("sched-iop-track", "yes"): N_("They have an intensive outpatient program."),
    ("sched-iop-track", "no"): N_("They do not have an intensive outpatient program."),
    ("sched-day-evening", "yes"): N_("There are daytime and evening groups."),
    ("sched-day-evening", "no"): N_("There is no choice between daytime and evening groups."),
    ("sched-rides", "yes"): N_("They can help with rides."),
    ("sched-rides", "no"): N_("They cannot help with rides."),
    ("fit-spanish", "yes"): N_("The groups can be in Spanish, or there is an interpreter."),
    ("fit-spanish", "no"): N_("There are no groups in Spanish and no interpreter."),
    ("staff-accreditation", "yes"): N_(
        "The program is accredited: an outside group has checked its quality."
    ),
}

# The questions still worth asking (finder.services.handout.TO_ASK), as a family would ask them.
TO_ASK = {
    "fit-intake": N_("How does the first visit work, and what should we bring?"),
    "fit-spanish": N_("Can the groups be in Spanish, or is there an interpreter?"),
    "sched-rides": N_("Can you help with rides?"),
    "cost-insurance": N_("Do you take our insurance or Medicaid?"),
    "cost-out-of-pocket": N_("How much will we have to pay ourselves?"),
    "sched-hours": N_("How many days a week, and how many hours each time?"),
    "sched-day-evening": N_("Are there evening groups?"),
    "appr-school": N_("How do you help with school work during the program?"),
    "med-eating-disorder": N_("Is there medical care and advice on nutrition?"),
    "med-medication": N_("Can someone there prescribe and check medicines?"),
    "after-family": N_("How can the family take part?"),
    "sched-virtual": N_("Can some sessions be online?"),
    "sched-length": N_("How long do people usually stay?"),
    "after-aftercare": N_("What help is there after the program ends?"),
}


def found_out(program) -> list[str]:
    """What the yes/no answers found out, in a family's words (answers that say little are left out)."""
    return [_(FOUND_OUT[pair]) for pair in program.found_out if pair in FOUND_OUT]


def to_ask(program) -> list[str]:
    """The questions the call did not settle, in a family's words, in the order to ask them."""
    return [_(TO_ASK[qid]) for qid in program.to_ask if qid in TO_ASK]


def offers(program, vocab: str) -> list[tuple[str, bool]]:
    """(family phrase, confirmed by phone) for each of a program's terms in `vocab`; for "types",
    only what it treats (program_for says whom it is for)."""
    confirmed = program.confirmed_tags
    return [
        (family(vocab, slug), f"{vocab}:{slug}" in confirmed)
        for slug in getattr(program, vocab)
        if not for_whom(vocab, slug)
    ]


def program_for(program) -> list[tuple[str, bool]]:
    """(family phrase, confirmed) for the types that say whom the program is for ("A program for teens")."""
    confirmed = program.confirmed_tags
    return [
        (family("types", slug), f"types:{slug}" in confirmed)
        for slug in program.types
        if for_whom("types", slug)
    ]


def language_needs(program) -> list[tuple[str, bool]]:
    """For each language the family needs, (what the handout says, whether to stress it): 'Groups or
    sessions in Spanish' (stressed, the program works in it), else that a call said no, or to ask."""
    out = []
    for slug, offered in program.language_needs:
        name = language_name(slug)
        if offered:
            out.append((fill(_("Groups or sessions in %1"), (name,)), True))
        elif offered is False:
            out.append((fill(_("They told us they have no groups or sessions in %1."), (name,)), False))
        else:
            out.append(
                (
                    fill(
                        _(
                            "The national list does not say they work in %1: ask whether there is an interpreter."
                        ),
                        (name,),
                    ),
                    False,
                )
            )
    return out


def telehealth_rules() -> str:
    """The caution a handout with a telehealth program carries."""
    return _(
        "Rules for sessions by video or phone vary by state and by insurer: ask the program and your insurance."
    )


def iop_unknown() -> str:
    """'The national list does not say whether they have an intensive outpatient program: ask them.'"""
    return iop_unknown_family()


def distance(miles: float | None, approx: bool, origin: str) -> str:
    """'about 3.2 miles from Newport Beach, CA' ('' without a distance or a starting place)."""
    if miles is None or not origin:
        return ""
    if approx and miles < 0.1:
        return fill(_("in the same ZIP code area as %1"), (origin,))
    shown = f"{miles:.1f}"
    if approx:
        return fill(_("about %1 miles from %2"), (shown, origin))
    return fill(_("%1 miles from %2"), (shown, origin))


def room(program, today) -> str:
    """What the latest call said about room, as plain sentences for a family."""
    return family_room(program.room, today)


def left_out(handout) -> list[str]:
    """What the handout leaves out, for the case manager (never printed for the family): one line each."""
    lines = []
    if handout.left_out:
        lines.append(
            n_(
                "Left out %n program marked do-not-refer.",
                "Left out %n programs marked do-not-refer.",
                handout.left_out,
            )
        )
    if handout.left_out_delisted:
        lines.append(
            n_(
                "Left out %n program no longer in the directory.",
                "Left out %n programs no longer in the directory.",
                handout.left_out_delisted,
            )
        )
    return lines
