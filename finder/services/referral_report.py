"""A supervisor's report for a period: referrals by status, days to intake, attendance, unmet needs.

Qt-free; numbers only (finder/texts/referrals.py and finder/reports/referral_report.py word and draw
them). A referral belongs to the period by the day it was made; days to intake are calendar days
from the referral to the intake; "within 10 business days" counts Monday to Friday after the
referral day up to the intake day (public holidays are not known offline, so not left out), the
federal managed-care wait standard for outpatient mental-health and substance-use appointments.

A case manager's report counts what they may see (their own and shared shortlists'). A supervisor
on a server (a member of finder_supervisors) gets everyone's through `finder_referral_report`,
a database function that returns counts and medians only.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import text

from finder.errors import UserError
from finder.services.needs import public_key
from finder.services.referrals import STATUSES, list_referrals, parse_day
from finder.services.unmet import list_unmet

WAIT_STANDARD_BUSINESS_DAYS = 10


def business_days_between(start: date, end: date) -> int:
    """Weekdays after `start` up to and including `end` (0 when end is not after start)."""
    if end <= start:
        return 0
    days = (end - start).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    for i in range(1, rest + 1):
        if (start + timedelta(days=weeks * 7 + i)).weekday() < 5:
            count += 1
    return count


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """Linear interpolation between the closest ranks (PostgreSQL's percentile_cont)."""
    if not values:
        return None
    ordered = sorted(values)
    place = (len(ordered) - 1) * fraction
    low = int(place)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (place - low)


def _number(value) -> float | None:
    return None if value is None else round(float(value), 1)


def _share(part: int, whole: int) -> float | None:
    return None if not whole else round(part / whole, 3)


@dataclass(frozen=True)
class ProgramLine:
    id: int
    name: str
    referrals: int
    attended: int
    median_days_to_intake: float | None

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "referrals": self.referrals,
            "attended": self.attended,
            "median_days_to_intake": self.median_days_to_intake,
        }


@dataclass(frozen=True)
class ReferralReport:
    start: date
    end: date
    referrals: int
    by_status: dict[str, int]
    intakes: int  # referrals with an intake date
    median_days: float | None
    p75_days: float | None
    within_standard: float | None  # share of `intakes` within 10 business days
    attended_share: float | None
    no_show_share: float | None
    unmet_needs: list[tuple[str, int]]  # (public need slug, count), most first
    by_program: list[ProgramLine]
    histogram: dict[int, int] = field(default_factory=dict)  # days to intake -> referrals
    everyone: bool = False  # a supervisor's report over every case manager

    def as_json(self) -> dict:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "referrals": self.referrals,
            "by_status": dict(self.by_status),
            "days_to_intake": {
                "count": self.intakes,
                "median": self.median_days,
                "p75": self.p75_days,
                "within_10_business_days": self.within_standard,
            },
            "attended_share": self.attended_share,
            "no_show_share": self.no_show_share,
            "unmet_needs": [{"need": n, "count": c} for n, c in self.unmet_needs],
            "by_program": [p.as_json() for p in self.by_program],
        }


def check_period(start, end) -> tuple[date, date]:
    first, last = parse_day(start, "--from"), parse_day(end, "--to")
    if first is None or last is None:
        raise UserError("referral-bad-date", "--from" if first is None else "--to", "")
    if last < first:
        raise UserError("report-period-backwards", last.isoformat(), first.isoformat())
    return first, last


def is_supervisor(db) -> bool:
    """A login in finder_supervisors on a shared PostgreSQL directory."""
    if db.engine.dialect.name != "postgresql":
        return False
    with db.engine.connect() as conn:
        return bool(
            conn.execute(
                text(
                    "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'finder_supervisors') "
                    "AND pg_has_role(session_user, 'finder_supervisors', 'MEMBER')"
                )
            ).scalar()
        )


def build_report(db, start, end, *, everyone: bool | None = None) -> ReferralReport:
    """The report for [start, end]; `everyone` (default: when the login is a supervisor's) asks the server."""
    first, last = check_period(start, end)
    if everyone is None:
        everyone = is_supervisor(db)
    if everyone:
        return _from_server(db, first, last)
    refs = [r for r in list_referrals(db) if first <= r.referred_on <= last]
    by_status = {s: 0 for s in STATUSES}
    for r in refs:
        by_status[r.status] = by_status.get(r.status, 0) + 1
    with_intake = [r for r in refs if r.intake_on is not None]
    days = [d for r in with_intake if (d := r.days_to_intake) is not None]
    within = sum(
        1
        for r in with_intake
        if r.intake_on is not None
        and business_days_between(r.referred_on, r.intake_on) <= WAIT_STANDARD_BUSINESS_DAYS
    )
    histogram: dict[int, int] = {}
    for d in days:
        histogram[d] = histogram.get(d, 0) + 1
    programs: dict[int, list] = {}
    for r in refs:
        programs.setdefault(r.program_id, []).append(r)
    lines = [
        ProgramLine(
            pid,
            rs[0].program_name,
            len(rs),
            sum(1 for r in rs if r.status == "attended"),
            _number(percentile([d for r in rs if (d := r.days_to_intake) is not None], 0.5)),
        )
        for pid, rs in programs.items()
    ]
    lines.sort(key=lambda p: (-p.referrals, p.name, p.id))
    needs: dict[str, int] = {}
    for u in list_unmet(db, first, last):
        for key in dict.fromkeys(u.needs):
            needs[public_key(key)] = needs.get(public_key(key), 0) + 1
    return ReferralReport(
        start=first,
        end=last,
        referrals=len(refs),
        by_status=by_status,
        intakes=len(with_intake),
        median_days=_number(percentile(days, 0.5)),
        p75_days=_number(percentile(days, 0.75)),
        within_standard=_share(within, len(with_intake)),
        attended_share=_share(by_status["attended"], len(refs)),
        no_show_share=_share(by_status["no-show"], len(refs)),
        unmet_needs=sorted(needs.items(), key=lambda kv: (-kv[1], kv[0])),
        by_program=lines,
        histogram=histogram,
    )


def _from_server(db, first: date, last: date) -> ReferralReport:
    with db.engine.connect() as conn:
        raw = conn.execute(
            text("SELECT finder_referral_report(CAST(:a AS date), CAST(:b AS date))"), {"a": first, "b": last}
        ).scalar()
    got = raw if isinstance(raw, dict) else json.loads(raw)
    by_status = {s: 0 for s in STATUSES}
    by_status.update({k: int(v) for k, v in got["by_status"].items()})
    histogram = {int(k): int(v) for k, v in got["histogram"].items()}
    intakes = sum(histogram.values())
    total = int(got["referrals"])
    needs: dict[str, int] = {}
    for item in got["unmet_needs"]:
        needs[public_key(item["need"])] = needs.get(public_key(item["need"]), 0) + int(item["count"])
    return ReferralReport(
        start=first,
        end=last,
        referrals=total,
        by_status=by_status,
        intakes=intakes,
        median_days=_number(got["median"]),
        p75_days=_number(got["p75"]),
        within_standard=_share(int(got["within"]), intakes),
        attended_share=_share(by_status["attended"], total),
        no_show_share=_share(by_status["no-show"], total),
        unmet_needs=sorted(needs.items(), key=lambda kv: (-kv[1], kv[0])),
        by_program=[
            ProgramLine(
                int(p["id"]),
                p["name"],
                int(p["referrals"]),
                int(p["attended"]),
                _number(p["median_days_to_intake"]),
            )
            for p in got["by_program"]
        ],
        histogram=histogram,
        everyone=True,
    )


def report_csv(report) -> str:
    """One table: section, item, value, and for programs their columns (spreadsheet-safe cells)."""
    from finder.services.compare import spreadsheet_safe

    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["section", "item", "value", "referrals", "attended", "median_days_to_intake"])
    d = report.as_json()
    w.writerow(["period", "from", d["from"], "", "", ""])
    w.writerow(["period", "to", d["to"], "", "", ""])
    w.writerow(["total", "referrals", d["referrals"], "", "", ""])
    for status, n in d["by_status"].items():
        w.writerow(["by_status", status, n, "", "", ""])
    for key, value in d["days_to_intake"].items():
        w.writerow(["days_to_intake", key, "" if value is None else value, "", "", ""])
    for key in ("attended_share", "no_show_share"):
        w.writerow(["shares", key, "" if d[key] is None else d[key], "", "", ""])
    for item in d["unmet_needs"]:
        w.writerow(["unmet_needs", item["need"], item["count"], "", "", ""])
    for p in d["by_program"]:
        median = p["median_days_to_intake"]
        w.writerow(
            [
                "by_program",
                p["id"],
                spreadsheet_safe(p["name"]),
                p["referrals"],
                p["attended"],
                "" if median is None else median,
            ]
        )
    return out.getvalue()
