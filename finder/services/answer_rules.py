"""What an answer may be, and whose name goes with it (the rules record_answers applies)."""

from __future__ import annotations

import getpass
import os

from finder.domain.checklist import ANSWERED, NOT_ASKED, get_question, normalize_answer
from finder.errors import UserError
from finder.services.history import current_user


def parse_assignments(pairs: list[str], what: str) -> list[tuple[str, str]]:
    """['QID=VALUE', ...] from the command line into (qid, value), checking the ids."""
    out = []
    for raw in pairs or []:
        qid, sep, value = raw.partition("=")
        qid = qid.strip()
        if not sep or not qid:
            raise UserError("assignment-shape", what, raw)
        check_question(qid)
        out.append((qid, value))
    return out


def check_question(qid: str) -> None:
    if get_question(qid) is None:
        raise UserError("no-such-question", qid)


def check_answer(raw: str, qid: str | None = None) -> str:
    """The stored answer for what was typed, refused when it is no answer (for this question)."""
    value = normalize_answer(raw)
    q = get_question(qid) if qid else None
    allowed = q.answers if q else ("yes", "no", "unsure", ANSWERED, NOT_ASKED)
    if value is None:
        raise UserError("not-an-answer", raw, ", ".join(allowed))
    if q is not None and value not in allowed:
        if q.is_open:
            raise UserError(
                "open-question-answer",
                qid,
                raw,
            )
        raise UserError("yes-no-question-answer", qid, ", ".join(allowed), raw)
    return value


def recorded_name() -> str:
    """The name to record with an answer: $FINDER_USER or the name set in Preferences, else "".

    history.current_user() falls back to the computer's login name; that is an account, not
    a person's name ("root"), so it is not recorded with answers.
    """
    from finder.db.database import current_login

    login = current_login()
    if login:  # a shared PostgreSQL directory records the login, whatever the client says
        return login
    env = os.environ.get("FINDER_USER", "").strip()
    if env:
        return env[:200]
    name = current_user()
    return "" if name in (_login_name(), "unknown") else name


def shown_name(answered_by: str) -> str:
    """The name to show for a stored `answered_by`: "" for a login name saved by earlier versions."""
    name = (answered_by or "").strip()
    if name and name == _login_name() and name != os.environ.get("FINDER_USER", "").strip():
        return ""
    return name


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
