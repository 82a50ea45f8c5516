"""A database that cannot be reached, in one line a person can act on, in the current language.

finder.services.connection.diagnose reads the driver's message and returns a code and values
(the templates are in finder/texts/errors_work.py); this words it, for the window's status lines
and dialogs and for the command line:

    connection_problem(exc, url)   # "cannot reach the database server db.example (database finder): …", or None
"""

from __future__ import annotations

from finder.services.connection import diagnose
from finder.texts.errors import message


def connection_problem(exc: BaseException, url: str | None = None) -> str | None:
    """One line for a connection failure, or None when `exc` is something else."""
    problem = diagnose(exc, url)
    return None if problem is None else message(problem)
