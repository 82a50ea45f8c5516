"""What calls found out, in words: room, the last call, a fact confirmed, a program no longer listed.

One function per sentence, in the current language, for every place that says it (the results
table and the details pane, the checklist and the comparison on screen and on paper, the family
handout, the command line). They take values (finder.services.availability.Availability, a
calls.CallRecord's outcome and dates, importing.report.DelistedMark's edition), never sentences.

    room(av)           "accepting · wait ≈ 14 days · next intake Dec 15 · said 6 days ago by D. Rivera"
    room_short(av)     "Has room · 6 d ago"   (a table cell; the tooltip has room(av))
    family_room(av)    "They are taking new people. The wait is about 14 days. …"   (the handout)
    last_call(...)     "Voicemail, Nov 28 (follow up Dec 2)"
    confirmation(...)  "Medicaid: no — by phone Nov 28 (directory says yes)"
    delisted(edition)  "Not in the 2025 directory — may have closed; call to check"

Ages are counted from `today` (the real today when None). A word on room older than 30 days
always says so in words, not only in grey.
"""

from __future__ import annotations

from datetime import date, datetime

from finder.errors import fill
from finder.texts import N_, _, n_
from finder.texts.dates import long_date, short_date
from finder.texts.vocab import label

OUTCOMES = {  # finder.services.calls.OUTCOMES
    "reached": N_("Reached"),
    "voicemail": N_("Voicemail"),
    "no-answer": N_("No answer"),
    "wrong-number": N_("Wrong number"),
    "closed": N_("Closed"),
    "directory-file": N_("From the directory file"),  # room an import read (availability.FROM_FILE)
}
CONTACT_FIELDS = {"phone": N_("Phone"), "address": N_("Address"), "website": N_("Website")}
NO_WORD = "—"  # a table cell with nothing said


# ---------------------------------------------------------------- room, for staff


def accepting_word(accepting: bool | None) -> str:
    return {True: _("accepting"), False: _("not accepting"), None: _("room unknown")}[accepting]


def said_when(age: int, by: str = "") -> str:
    """'said today by D. Rivera', 'said yesterday', 'said 6 days ago by D. Rivera'."""
    if by:
        if age == 0:
            return fill(_("said today by %1"), (by,))
        if age == 1:
            return fill(_("said yesterday by %1"), (by,))
        return fill(n_("said %n day ago by %1", "said %n days ago by %1", age), (by,))
    if age == 0:
        return _("said today")
    if age == 1:
        return _("said yesterday")
    return n_("said %n day ago", "said %n days ago", age)


def room(av, today: date | None = None) -> str:
    """What the latest call said about room, with its age (an Availability)."""
    parts = [accepting_word(av.accepting)]
    if av.wait_days is not None:
        parts.append(n_("wait ≈ %n day", "wait ≈ %n days", av.wait_days))
    if av.next_intake is not None:
        parts.append(fill(_("next intake %1"), (short_date(av.next_intake),)))
    by = _("the directory file") if av.from_file else av.by
    parts.append(said_when(av.age_days(today), by))
    text = " · ".join(parts)
    return text + _(" (more than 30 days old: call again)") if av.stale(today) else text


def room_or_none(av, today: date | None = None) -> str:
    """room(av), or 'no call said' when no call has said anything about room."""
    return room(av, today) if av is not None else _("no call said")


def room_short(av, today: date | None = None) -> str:
    """Short, under the heading "Room": 'Has room · 6 d ago', '—' when no call said."""
    if av is None:
        return NO_WORD
    said = {True: _("Has room"), False: _("No room"), None: _("Not said")}[av.accepting]
    age = av.age_days(today)
    when = _("today") if age == 0 else _("yesterday") if age == 1 else fill(_("%1 d ago"), (age,))
    text = f"{said} · {when}"
    return text + _(" (old)") if av.stale(today) else text


def room_tip(av, today: date | None = None) -> str:
    """The whole sentence behind room_short."""
    return room(av, today) if av is not None else _("No call has said anything about room yet")


# ---------------------------------------------------------------- room, for a family (the handout)


def family_room(av, today: date | None = None) -> str:
    """Plain sentences for a family: 'They are taking new people. The wait is about 14 days. …'."""
    if av is None:
        return _("Not known yet: ask when you call.")
    parts = [
        {
            True: _("They are taking new people."),
            False: _("They are not taking new people right now."),
            None: _("They did not say whether they have room."),
        }[av.accepting]
    ]
    if av.wait_days is not None:
        parts.append(n_("The wait is about %n day.", "The wait is about %n days.", av.wait_days))
    if av.next_intake is not None:
        parts.append(fill(_("Next start date: %1."), (long_date(av.next_intake),)))
    age, when = av.age_days(today), long_date(av.said_on)
    if av.from_file:
        parts.append(fill(_("The directory file said this on %1."), (when,)))
    elif age == 0:
        parts.append(fill(_("We learned this by phone today (%1)."), (when,)))
    else:
        parts.append(
            fill(
                n_(
                    "We learned this by phone %n day ago (%1).",
                    "We learned this by phone %n days ago (%1).",
                    age,
                ),
                (when,),
            )
        )
    if av.stale(today):
        parts.append(_("That was a while ago: call to check."))
    return " ".join(parts)


# ---------------------------------------------------------------- a program no longer listed


def delisted(edition: str = "", file: str = "") -> str:
    """'Not in the 2025 directory — may have closed; call to check' (the file's name without an edition)."""
    if edition:
        return fill(_("Not in the %1 directory — may have closed; call to check"), (edition,))
    if file:
        return fill(_("Not in %1 — may have closed; call to check"), (file,))
    return _("Not in the latest directory — may have closed; call to check")


def delisted_note(mark) -> str:
    """delisted() for an importing.report.DelistedMark ('' for None)."""
    return delisted(mark.edition, mark.file) if mark is not None else ""


def delisted_short(edition: str = "") -> str:
    """For a narrow cell: 'not in 2025 directory', or 'delisted'."""
    return fill(_("not in %1 directory"), (edition,)) if edition else _("delisted")


def delisted_since(since: str, file: str) -> str:
    """'(since December 15, 2025, national-2025.csv)': when and by which file the import found it gone."""
    from finder.texts.dates import iso_day

    day = iso_day(since)
    return fill(_("(since %1, %2)"), (long_date(day) if day else since, file))


# ---------------------------------------------------------------- the last call


def outcome(slug: str) -> str:
    """'Voicemail' for 'voicemail'."""
    return _(OUTCOMES[slug]) if slug in OUTCOMES else slug


def last_call(outcome_slug: str, at: date | datetime, follow_up: date | None = None) -> str:
    """'Voicemail, Nov 28 (follow up Dec 2)'; `follow_up` only while it is still to do."""
    text = fill(_("%1, %2"), (outcome(outcome_slug), short_date(at)))
    if follow_up is not None:
        text += fill(_(" (follow up %1)"), (short_date(follow_up),))
    return text


def last_call_of(record) -> str:
    """last_call() for a calls.CallRecord, or 'none logged' for None."""
    if record is None:
        return _("none logged")
    pending = record.follow_up if record.follow_up and not record.follow_up_done else None
    return last_call(record.outcome, record.at, pending)


# ---------------------------------------------------------------- facts a call confirmed


def yes_no(value: bool) -> str:
    return _("yes") if value else _("no")


def field(key: str) -> str:
    """'Phone', or a tag's label ('Medicaid') for 'payments:medicaid'."""
    if key in CONTACT_FIELDS:
        return _(CONTACT_FIELDS[key])
    vocab, _sep, slug = key.partition(":")
    return label(vocab, slug)


def confirmation(key: str, value: bool, on: date | datetime, directory_value: bool | None = None) -> str:
    """'Medicaid: no — by phone Nov 28 (directory says yes)'; a wrong phone says so."""
    day = short_date(on)
    if key == "phone" and not value:
        return fill(_("Phone: wrong number — by phone %1"), (day,))
    text = fill(_("%1: %2 — by phone %3"), (field(key), yes_no(value), day))
    if directory_value is not None and directory_value != value:
        text += fill(_(" (directory says %1)"), (yes_no(directory_value),))
    return text


def confirmation_of(key: str, c) -> str:
    """confirmation() for a calls.Confirmation."""
    return confirmation(key, c.value, c.at, c.directory_value)
