"""Two people saved the same thing: what the other person changed, for the user to choose (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from finder.errors import UserError


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
        super().__init__(self.message())

    def message(self) -> str:
        if not self.theirs:
            what = "someone else changed it"
        else:
            people = sorted({c.who or "unknown" for c in self.theirs})
            parts = [
                f"{c.label} is now '{_short(c.value)}'" if c.value else f"{c.label} is now empty"
                for c in self.theirs
            ]
            what = f"someone else ({', '.join(people)}) changed it meanwhile: {'; '.join(parts)}"
        return (
            f"program {self.program_id} was not saved: {what}. Look again (finder show "
            f"{self.program_id}) or repeat with --if-version {self.current_version} to overwrite"
        )


@dataclass(eq=False)
class AnswerConflict(UserError):
    """Checklist answers changed since they were loaded; nothing in the batch was saved."""

    program_id: int
    shortlist: str
    theirs: list[TheirChange] = field(default_factory=list)
    versions: dict[str, int] = field(default_factory=dict)  # question id -> its version now

    def __post_init__(self) -> None:
        super().__init__(self.message())

    def message(self) -> str:
        parts = []
        for c in self.theirs:
            when = f" at {c.at:%Y-%m-%d %H:%M}" if c.at else ""
            note = f" (note: '{_short(c.note, 40)}')" if c.note else ""
            parts.append(
                f"'{_short(c.label, 70)}' was answered '{c.value}'{note} by {c.who or 'unknown'}{when}"
            )
        return (
            f"not saved: someone else answered meanwhile: {'; '.join(parts)}. "
            "Keep their answer, or save yours over it"
        )
