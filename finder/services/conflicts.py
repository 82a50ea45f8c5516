"""Two people saved the same thing: what the other person changed, for the user to choose (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from finder.errors import Joined, Message, UserError


def _short(value: str, n: int = 60) -> str:
    value = " ".join((value or "").split())
    return value if len(value) <= n else value[: n - 1] + "…"


@dataclass(frozen=True)
class TheirChange:
    """One field (or question) someone else changed after we loaded it."""

    field: str  # program field name, or question id
    label: str  # what to call it to a person
    value: str  # their value now ("" when empty)
    who: str
    at: datetime | None
    note: str = ""  # for answers: their note


@dataclass(eq=False)
class EditConflict(UserError):
    """The program changed since it was loaded; nothing was saved."""

    program_id: int
    current_version: int
    theirs: list[TheirChange] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__("edit-conflict", self.program_id, self._what(), self.current_version)

    def _what(self) -> Message:
        if not self.theirs:
            return Message("edit-conflict-someone")
        named: list[object] = [*sorted({c.who for c in self.theirs if c.who})]
        if any(not c.who for c in self.theirs):
            named.append(Message("who-unknown"))
        parts = [
            Message("edit-conflict-now", Message(c.label), _short(c.value))
            if c.value
            else Message("edit-conflict-now-empty", Message(c.label))
            for c in self.theirs
        ]
        return Message("edit-conflict-others", Joined(", ", named), Joined("; ", parts))


@dataclass(eq=False)
class AnswerConflict(UserError):
    """Checklist answers changed since they were loaded; nothing in the batch was saved."""

    program_id: int
    shortlist: str
    theirs: list[TheirChange] = field(default_factory=list)
    versions: dict[str, int] = field(default_factory=dict)  # question id -> its version now

    def __post_init__(self) -> None:
        super().__init__("answer-conflict", Joined("; ", [_their_answer(c) for c in self.theirs]))


def _their_answer(c: TheirChange) -> Message:
    """'<question>' was answered '<answer>' [(note: '…')] by <who> [at <when>]."""
    who = c.who or Message("who-unknown")
    when = f"{c.at:%Y-%m-%d %H:%M}" if c.at else None
    if c.note:
        note = _short(c.note, 40)
        if when:
            return Message("their-answer-note-at", Message(c.label), c.value, note, who, when)
        return Message("their-answer-note", Message(c.label), c.value, note, who)
    if when:
        return Message("their-answer-at", Message(c.label), c.value, who, when)
    return Message("their-answer", Message(c.label), c.value, who)
