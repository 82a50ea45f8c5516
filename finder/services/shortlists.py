"""Named shortlists of programs for one case (Qt-free).

A shortlist's name is a case reference ("Case 2291"), never a client's name. Its
origin (where the client is) gives every program on it a distance for the
checklist and the comparison.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, func, or_, select

from finder.db.models import ChecklistAnswer, Program, Shortlist, ShortlistItem
from finder.domain.checklist import NOT_ASKED, QUESTIONS
from finder.domain.geo import format_distance, geodesic_miles
from finder.domain.validation import refuse_controls
from finder.errors import Joined, Message, UserError
from finder.services import erasure, needs
from finder.services.directory import parse_id
from finder.services.history import add_entry, current_user, forget_answers, now

MAX_NAME = 200


@dataclass
class ShortlistEntry:
    program_id: int
    name: str
    name2: str
    city: str
    state: str
    position: int
    note: str
    distance_miles: float | None
    distance_approx: bool  # the program's location is a ZIP centre
    asked: int
    total: int
    status: str = "active"  # or "do-not-refer"
    status_reason: str = ""
    delisted: bool = False  # the latest full edition of its directory no longer lists it

    @property
    def distance_label(self) -> str:
        return format_distance(self.distance_miles, self.distance_approx)

    def as_json(self) -> dict:
        return {
            "id": self.program_id,
            "name": self.name,
            "name2": self.name2,
            "city": self.city,
            "state": self.state,
            "distance_miles": _round(self.distance_miles),
            "note": self.note,
            "asked": self.asked,
            "total": self.total,
        }


@dataclass
class ShortlistInfo:
    id: int
    name: str
    origin_query: str
    origin_label: str
    origin_lat: float | None
    origin_lon: float | None
    owner: str
    created_at: datetime
    programs: list[ShortlistEntry] = field(default_factory=list)
    shared: bool = True  # False: only its owner sees it
    needs: tuple[str, ...] = ()  # the client's needs: "payments:medicaid", ... (see services/needs.py)

    @property
    def sharing_label(self) -> str:
        return "shared" if self.shared else "private"

    @property
    def has_origin(self) -> bool:
        return self.origin_lat is not None and self.origin_lon is not None

    def as_json(self) -> dict:
        origin = None
        if self.has_origin:
            origin = {
                "query": self.origin_query,
                "label": self.origin_label,
                "latitude": round(self.origin_lat, 6),
                "longitude": round(self.origin_lon, 6),
            }
        return {
            "name": self.name,
            "origin": origin,
            "owner": self.owner,
            "shared": self.shared,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "needs": [needs.public_key(k) for k in self.needs],
            "programs": [p.as_json() for p in self.programs],
        }


def _round(miles: float | None) -> float | None:
    return None if miles is None else round(miles, 1)


def distance_from(origin_lat, origin_lon, lat, lon) -> float | None:
    if None in (origin_lat, origin_lon, lat, lon):
        return None
    return geodesic_miles(origin_lat, origin_lon, lat, lon)


def check_name(name: str) -> str:
    clean = " ".join((name or "").split())
    if not clean:
        raise UserError("shortlist-needs-name")
    if len(clean) > MAX_NAME:
        raise UserError("shortlist-name-too-long", MAX_NAME)
    return refuse_controls(Message("what-shortlist-name"), clean)


def _on_server(s) -> bool:
    """A shared PostgreSQL directory: names are unique per owner and the server hides private lists."""
    return s.get_bind().dialect.name == "postgresql"


def _no_such(clean: str) -> UserError:
    return UserError("no-such-shortlist", clean)


def _find(s, name: str) -> Shortlist:
    clean = " ".join((name or "").split())
    if _on_server(s):
        return _find_on_server(s, clean)
    sl = s.scalars(select(Shortlist).where(Shortlist.name == clean)).first()
    if sl is None:  # names are unique ignoring case, so this finds at most one
        sl = s.scalars(select(Shortlist).where(func.lower(Shortlist.name) == clean.lower())).first()
    if sl is None:
        raise UserError("no-such-shortlist", clean)
    if not _visible(sl, current_user()):
        raise UserError("shortlist-private", sl.name, sl.owner)
    return sl


def _find_on_server(s, clean: str) -> Shortlist:
    """Your own shortlist of that name (in any letter case), else the one other person's shared one.

    Names are unique per owner ignoring case, so what you type never reaches a colleague's list
    while you have one of that name; one that matches the shared lists of several others is
    refused rather than picked (a note typed there would be theirs to read).
    Another user's private shortlist is never named or counted: to you it does not exist
    (the server does not return it; the check below covers a role that bypasses row security).
    """
    me = current_user()
    rows = [
        sl
        for sl in s.scalars(
            select(Shortlist).where(func.lower(Shortlist.name) == clean.lower()).order_by(Shortlist.owner)
        )
        if _visible(sl, me)
    ]
    mine = [sl for sl in rows if sl.owner == me]
    if mine:
        return mine[0]
    if not rows:
        raise _no_such(clean)
    if len(rows) > 1:
        owners = Joined(", ", [sl.owner or Message("owner-nobody") for sl in rows])
        raise UserError(
            "shortlist-ambiguous",
            clean,
            owners,
        )
    return rows[0]


def _visible(sl: Shortlist, user: str) -> bool:
    """Shared shortlists are everyone's; a private one only its owner's (ownerless ones count as shared)."""
    return sl.shared or not sl.owner or sl.owner == user


def create_shortlist(db, name: str, origin=None, *, private: bool = False, client_needs=()) -> ShortlistInfo:
    """Make an empty shortlist owned by the current user. `origin` (an origins.Origin) is where
    the client is, if known. Shared with everyone unless `private` (then only its owner sees it).
    `client_needs`: tag slugs the client needs ("medicaid,iop,evening"; see `set_needs`).

    Raises UserError when a shortlist with that name (ignoring case) already exists, or for
    a need no vocabulary has.
    """
    clean = check_name(name)
    keys = needs.parse_needs(client_needs)
    me = current_user()
    with db.Session.begin() as s:
        same = select(Shortlist).where(func.lower(Shortlist.name) == clean.lower())
        if _on_server(s):  # names are unique per owner: only your own can clash
            same = same.where(Shortlist.owner == me)
        clash = s.scalars(same).first()
        if clash is not None:
            if _visible(clash, me):
                raise UserError(
                    "shortlist-exists",
                    clash.name,
                )
            raise UserError(
                "shortlist-exists-private",
                clash.name,
                clash.owner,
            )
        sl = Shortlist(
            name=clean, owner=me, shared=not private, created_at=datetime.now(), needs=needs.stored_text(keys)
        )
        _apply_origin(sl, origin)
        s.add(sl)
        s.flush()
        add_entry(s, "shortlist", "created", "", sl.name, who=me, at=now(), shortlist_id=sl.id)
        if keys:
            add_entry(s, "shortlist", "needs", "", sl.needs, who=me, at=now(), shortlist_id=sl.id)
        if private:
            add_entry(s, "shortlist", "shared", "shared", "private", who=me, at=now(), shortlist_id=sl.id)
        return _info(s, sl)


def set_shared(db, name: str, shared: bool) -> ShortlistInfo:
    """Share a shortlist with everyone, or keep it private; only its owner may change this."""
    me = current_user()
    with db.Session.begin() as s:
        sl = _find(s, name)
        if sl.owner and sl.owner != me:
            raise UserError("shortlist-share-not-yours", sl.owner, sl.name)
        if sl.shared != shared:
            add_entry(
                s,
                "shortlist",
                "shared",
                "shared" if sl.shared else "private",
                "shared" if shared else "private",
                who=me,
                at=now(),
                shortlist_id=sl.id,
            )
            sl.shared = shared
            sl.owner = sl.owner or me
        s.flush()
        return _info(s, sl)


def set_needs(db, name: str, client_needs) -> ShortlistInfo:
    """Replace the client's needs: tag slugs of any vocabulary ("medicaid,adolescents,iop,evening",
    or a list), "vocabulary:slug" for a slug in two; empty clears them.

    Everything is checked first: an unknown or ambiguous slug raises UserError, nothing changes.
    """
    keys = needs.parse_needs(client_needs)
    with db.Session.begin() as s:
        sl = _find(s, name)
        text = needs.stored_text(keys)
        if text != sl.needs:
            add_entry(
                s, "shortlist", "needs", sl.needs, text, who=current_user(), at=now(), shortlist_id=sl.id
            )
            sl.needs = text
        s.flush()
        return _info(s, sl)


def set_origin(db, name: str, origin) -> ShortlistInfo:
    """Record where the client is (e.g. the search the shortlist was filled from); None clears it."""
    with db.Session.begin() as s:
        sl = _find(s, name)
        _apply_origin(sl, origin)
        s.flush()
        return _info(s, sl)


def _apply_origin(sl: Shortlist, origin) -> None:
    if origin is None:
        sl.origin_query = sl.origin_label = ""
        sl.origin_lat = sl.origin_lon = None
        return
    sl.origin_query = origin.query
    sl.origin_label = origin.label or origin.query
    sl.origin_lat = origin.latitude
    sl.origin_lon = origin.longitude


def add_programs(db, name: str, program_ids) -> list[int]:
    """Add programs to the end of a shortlist; returns the ids that were not on it yet."""
    ids = [parse_id(i) for i in program_ids]
    with db.Session.begin() as s:
        sl = _find(s, name)
        known = set(s.scalars(select(Program.id).where(Program.id.in_(ids))))
        missing = [i for i in ids if i not in known]
        if missing:
            raise UserError("no-such-program", missing[0])
        present = set(s.scalars(select(ShortlistItem.program_id).where(ShortlistItem.shortlist_id == sl.id)))
        last = s.scalar(select(func.max(ShortlistItem.position)).where(ShortlistItem.shortlist_id == sl.id))
        position = -1 if last is None else last
        added = []
        now = datetime.now()
        for pid in ids:
            if pid in present:
                continue
            position += 1
            s.add(ShortlistItem(shortlist_id=sl.id, program_id=pid, position=position, note="", added_at=now))
            present.add(pid)
            added.append(pid)
        return added


def remove_programs(db, name: str, program_ids) -> int:
    """Take programs (and their checklist answers) off a shortlist."""
    ids = [parse_id(i) for i in program_ids]
    with db.Session.begin() as s:
        sl = _find(s, name)
        present = set(s.scalars(select(ShortlistItem.program_id).where(ShortlistItem.shortlist_id == sl.id)))
        for pid in ids:
            if pid not in present:
                raise UserError("not-on-shortlist", pid, sl.name)
        erasure.forget_call_notes(s, sl.id, ids)
        s.execute(
            delete(ChecklistAnswer).where(
                ChecklistAnswer.shortlist_id == sl.id, ChecklistAnswer.program_id.in_(ids)
            )
        )
        s.execute(
            delete(ShortlistItem).where(
                ShortlistItem.shortlist_id == sl.id, ShortlistItem.program_id.in_(ids)
            )
        )
        forget_answers(s, sl.id, ids)
        erasure.remember(
            s, "programs_removed", shortlist_id=sl.id, name=sl.name, program_ids=sorted(set(ids))
        )
    erasure.finish_pending(db)  # the backups, the write-ahead log, the pending-answer files
    return len(set(ids))


def delete_shortlist(db, name: str) -> int:
    """Delete a shortlist with its notes and checklist answers; returns how many answers went."""
    with db.Session.begin() as s:
        sl = _find(s, name)
        me = current_user()
        if _on_server(s) and sl.owner and sl.owner != me:
            raise UserError("shortlist-delete-not-yours", sl.owner, sl.name)
        gone = (
            s.scalar(
                select(func.count()).select_from(ChecklistAnswer).where(ChecklistAnswer.shortlist_id == sl.id)
            )
            or 0
        )
        # explicit, so it holds even where foreign keys are not enforced
        erasure.forget_call_notes(s, sl.id)
        s.execute(delete(ChecklistAnswer).where(ChecklistAnswer.shortlist_id == sl.id))
        forget_answers(s, sl.id)
        s.execute(delete(ShortlistItem).where(ShortlistItem.shortlist_id == sl.id))
        s.execute(delete(Shortlist).where(Shortlist.id == sl.id))
        erasure.remember(s, "shortlist_deleted", shortlist_id=sl.id, name=sl.name)
    # and from the write-ahead log, the backups and the pending-answer files
    erasure.finish_pending(db)
    return gone


def set_note(db, name: str, program_id, note: str) -> None:
    """The free-text note for one program on a shortlist."""
    pid = parse_id(program_id)
    refuse_controls(Message("what-note"), note or "", multiline=True)
    with db.Session.begin() as s:
        sl = _find(s, name)
        item = _item(s, sl, pid)
        cleared = bool(item.note) and not (note or "").strip()
        item.note = note or ""
        if cleared:  # a cleared note leaves no copy in the log or the backups
            erasure.remember(s, "shortlist_note_cleared", shortlist_id=sl.id, program_id=pid)
    if cleared:
        erasure.finish_pending(db)


def _item(s, sl: Shortlist, pid: int) -> ShortlistItem:
    item = s.get(ShortlistItem, (sl.id, pid))
    if item is None:
        raise UserError(
            "not-on-shortlist-add-it",
            pid,
            sl.name,
        )
    return item


def list_shortlists(db) -> list[ShortlistInfo]:
    """Every shortlist the current user may see (shared ones and their own), by name, programs in order."""
    me = current_user()
    with db.Session() as s:
        q = (
            select(Shortlist)
            .where(or_(Shortlist.shared.is_(True), Shortlist.owner == me, Shortlist.owner == ""))
            .order_by(func.lower(Shortlist.name))
        )
        return [_info(s, sl) for sl in s.scalars(q)]


def get_shortlist(db, name: str) -> ShortlistInfo:
    with db.Session() as s:
        return _info(s, _find(s, name))


def _info(s, sl: Shortlist) -> ShortlistInfo:
    rows = s.execute(
        select(ShortlistItem, Program)
        .join(Program, Program.id == ShortlistItem.program_id)
        .where(ShortlistItem.shortlist_id == sl.id)
        .order_by(ShortlistItem.position, ShortlistItem.added_at)
    ).all()
    asked = dict(
        s.execute(
            select(ChecklistAnswer.program_id, func.count())
            .where(
                ChecklistAnswer.shortlist_id == sl.id,
                ChecklistAnswer.answer != NOT_ASKED,
                ChecklistAnswer.question_id.in_([q.id for q in QUESTIONS]),
            )
            .group_by(ChecklistAnswer.program_id)
        ).all()
    )
    entries = [
        ShortlistEntry(
            program_id=p.id,
            name=p.name,
            name2=p.name2,
            city=p.city,
            state=p.state,
            position=item.position,
            note=item.note,
            distance_miles=distance_from(sl.origin_lat, sl.origin_lon, p.latitude, p.longitude),
            distance_approx=p.location_precision == "zip",
            asked=asked.get(p.id, 0),
            total=len(QUESTIONS),
            status=p.status or "active",
            status_reason=p.status_reason or "",
            delisted=p.delisted_since is not None,
        )
        for item, p in rows
    ]
    return ShortlistInfo(
        id=sl.id,
        name=sl.name,
        origin_query=sl.origin_query,
        origin_label=sl.origin_label,
        origin_lat=sl.origin_lat,
        origin_lon=sl.origin_lon,
        owner=sl.owner,
        created_at=sl.created_at,
        programs=entries,
        shared=sl.shared,
        needs=needs.from_stored(sl.needs),
    )
