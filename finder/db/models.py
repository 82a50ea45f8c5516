"""The schema (SQLAlchemy 2 typed models). Migrations in finder/data/migrations/versions mirror it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Program(Base):
    __tablename__ = "programs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    name2: Mapped[str] = mapped_column(String(500), default="")
    street1: Mapped[str] = mapped_column(String(500), default="")
    street2: Mapped[str] = mapped_column(String(500), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(2), default="")
    zip: Mapped[str] = mapped_column(String(5), default="")
    county: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    intake_phone: Mapped[str] = mapped_column(String(100), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    latitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    longitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    location_precision: Mapped[str | None] = mapped_column(String(10), nullable=True)
    types_mask: Mapped[int] = mapped_column(Integer, default=0)
    levels_mask: Mapped[int] = mapped_column(Integer, default=0)
    payments_mask: Mapped[int] = mapped_column(Integer, default=0)
    populations_mask: Mapped[int] = mapped_column(Integer, default=0)
    therapies_mask: Mapped[int] = mapped_column(Integer, default=0)
    # no directory records schedules: only calls and hand edits set these bits (migration 0007)
    schedule_mask: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # languages besides English and support services, searchable vocabularies since migration 0014
    languages_mask: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    supports_mask: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    accreditation: Mapped[str] = mapped_column(Text, default="")
    insurers: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="active")
    status_reason: Mapped[str] = mapped_column(Text, default="")
    verified_on: Mapped[str] = mapped_column(String(10), default="")
    verified_by: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # lower-cased "name | name2 | city" for the text filter
    search_text: Mapped[str] = mapped_column(Text, default="")
    # normalised name1|name2|street1|zip: the merge rule of DATA_FORMATS.md
    merge_key: Mapped[str] = mapped_column(String(1600), index=True)
    # ';'-joined field names a user changed by hand; imports leave those alone
    user_edited: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # set by an import when a full edition of every source of the program no longer lists it
    # (migration 0006); the program is kept with its shortlists, answers and calls
    delisted_since: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    delisted_file: Mapped[str] = mapped_column(String(500), default="", server_default="")
    delisted_edition: Mapped[str] = mapped_column(String(40), default="", server_default="")

    sources: Mapped[list[ProgramSource]] = relationship(
        back_populates="program", cascade="all, delete-orphan", order_by="ProgramSource.id"
    )

    __table_args__ = (
        # a search's box and tag filters from the index alone (migration 0008). On PostgreSQL
        # the index also INCLUDEs the id (0009) and ix_programs_unlocated is partial there too
        # (0002): those options live in the migrations only, so that the window does not load
        # SQLAlchemy's PostgreSQL dialect to start on a SQLite file (about 30 ms)
        Index(
            "ix_programs_box",
            "longitude",
            "latitude",
            "types_mask",
            "levels_mask",
            "payments_mask",
            "populations_mask",
            "schedule_mask",
            "languages_mask",
            "supports_mask",
            "status",
            "delisted_since",
        ),
        # the "matching but unlocated" count of every search (migration 0002)
        Index(
            "ix_programs_unlocated",
            "types_mask",
            "populations_mask",
            "levels_mask",
            "payments_mask",
            "status",
            sqlite_where=text("latitude IS NULL"),
        ),
    )


class ProgramSource(Base):
    """One record of a program in one source file (a program merged from two directories has two)."""

    __tablename__ = "program_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), index=True)
    source_kind: Mapped[str] = mapped_column(String(40))
    source_key: Mapped[str | None] = mapped_column(String(200), nullable=True)
    directory_type: Mapped[str] = mapped_column(String(40), default="")
    codes: Mapped[str] = mapped_column(Text, default="")
    # tags the source states directly (our own export, HSDS slugs): "types=a,b|levels=c"
    tags: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str] = mapped_column(String(500), default="")
    row_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    # a full edition of this source no longer had this record (since when, which file)
    missing_since: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    missing_file: Mapped[str] = mapped_column(String(500), default="", server_default="")

    program: Mapped[Program] = relationship(back_populates="sources")

    __table_args__ = (Index("ix_program_sources_key", "source_kind", "source_key"),)


class Shortlist(Base):
    __tablename__ = "shortlists"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    origin_query: Mapped[str] = mapped_column(String(500), default="")
    origin_label: Mapped[str] = mapped_column(String(500), default="")
    origin_lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    origin_lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    owner: Mapped[str] = mapped_column(String(200), default="")
    shared: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # the client's needs: ","-joined "vocabulary:slug" keys (migration 0007); private with the list
    needs: Mapped[str] = mapped_column(Text, default="", server_default="")


class ShortlistItem(Base):
    __tablename__ = "shortlist_items"

    shortlist_id: Mapped[int] = mapped_column(
        ForeignKey("shortlists.id", ondelete="CASCADE"), primary_key=True
    )
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[datetime] = mapped_column(DateTime)


class ChecklistAnswer(Base):
    __tablename__ = "checklist_answers"

    shortlist_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    answer: Mapped[str] = mapped_column(String(20), default="not-asked")
    note: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(200), default="")
    answered_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (
        ForeignKeyConstraint(
            ["shortlist_id", "program_id"],
            ["shortlist_items.shortlist_id", "shortlist_items.program_id"],
            ondelete="CASCADE",
        ),
    )


class HistoryEntry(Base):
    """Who changed what, and when: one row per changed field of a program, answer or shortlist.

    No foreign keys: a program's history outlives the shortlist an answer was on; the
    services delete answer history with the shortlist (notes can be sensitive).
    """

    __tablename__ = "history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))  # "program" | "answer" | "shortlist"
    program_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    shortlist_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    question_id: Mapped[str] = mapped_column(String(80), default="")
    field: Mapped[str] = mapped_column(String(80))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    who: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(DateTime)
    # the program's or answer's version this change produced (conflict reports read it)
    version: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __table_args__ = (
        Index("ix_history_program", "program_id", "at"),
        Index("ix_history_shortlist", "shortlist_id"),
    )


class Call(Base):
    """One phone call to a program: the outcome, what it said about room, and a follow-up.

    Shared knowledge in agency mode; `shortlist_id` ties the call (and its note) to the
    shortlist it was made for, so the note follows that shortlist's privacy and goes with it.
    """

    __tablename__ = "calls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"))
    shortlist_id: Mapped[int | None] = mapped_column(
        ForeignKey("shortlists.id", ondelete="SET NULL"), nullable=True
    )
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str] = mapped_column(
        String(20)
    )  # reached | voicemail | no-answer | wrong-number | closed
    spoke_to: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    accepting: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    wait_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    next_intake: Mapped[date | None] = mapped_column(Date, nullable=True)
    follow_up: Mapped[date | None] = mapped_column(Date, nullable=True)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_calls_program", "program_id", "at"),
        Index("ix_calls_follow_up", "follow_up_done", "follow_up"),
    )


class CallFact(Base):
    """A fact a call confirmed (True) or contradicted (False): a tag slug, or phone/address/website.

    `directory_value` is what the directory said at the time, for "Medicaid: no — by phone
    (directory says yes)".
    """

    __tablename__ = "call_facts"

    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), primary_key=True)
    field: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[bool] = mapped_column(Boolean)
    directory_value: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class Referral(Base):
    """A program on a shortlist referred to: when, how, and where it stands now (migration 0015).

    It follows its shortlist's privacy and goes with the program's place on it. No client identity:
    the shortlist's name is a case reference. `referral_events` keeps each status with its date.
    """

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shortlist_id: Mapped[int] = mapped_column(Integer)
    program_id: Mapped[int] = mapped_column(Integer)
    referred_on: Mapped[date] = mapped_column(Date)
    how: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(30))
    status_on: Mapped[date] = mapped_column(Date)
    intake_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        ForeignKeyConstraint(
            ["shortlist_id", "program_id"],
            ["shortlist_items.shortlist_id", "shortlist_items.program_id"],
            ondelete="CASCADE",
        ),
        UniqueConstraint("shortlist_id", "program_id", name="uq_referrals_item"),
        Index("ix_referrals_referred_on", "referred_on"),
    )


class ReferralEvent(Base):
    """One status a referral went through: which, on what day, set by whom (and its note)."""

    __tablename__ = "referral_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(30))
    on: Mapped[date] = mapped_column(Date)
    intake_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(DateTime)


class Consent(Base):
    """A client's written consent to share with one program: signed, until when, revoked.

    The signed form stays on paper in the client's file; only dates are kept here.
    """

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shortlist_id: Mapped[int] = mapped_column(ForeignKey("shortlists.id", ondelete="CASCADE"))
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"))
    signed_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    revoked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    by: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_consents_item", "shortlist_id", "program_id"),)


class UnmetNeed(Base):
    """A search that found nothing suitable: the needs, where, how far, why; never who."""

    __tablename__ = "unmet_needs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recorded_on: Mapped[date] = mapped_column(Date, index=True)
    near: Mapped[str] = mapped_column(String(200))
    radius_miles: Mapped[float] = mapped_column(Float)
    needs: Mapped[str] = mapped_column(Text)  # ","-joined "vocabulary:slug" keys
    note: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(DateTime)


class GeocodeCache(Base):
    """Street addresses looked up online (only when the user turned that on)."""

    __tablename__ = "geocode_cache"

    query: Mapped[str] = mapped_column(String(500), primary_key=True)
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    label: Mapped[str] = mapped_column(Text, default="")
    fetched_at: Mapped[datetime] = mapped_column(DateTime)


class Meta(Base):
    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


__all__ = [
    "Base",
    "Call",
    "CallFact",
    "ChecklistAnswer",
    "Consent",
    "GeocodeCache",
    "HistoryEntry",
    "Meta",
    "Program",
    "ProgramSource",
    "Referral",
    "ReferralEvent",
    "Shortlist",
    "ShortlistItem",
    "UniqueConstraint",
    "UnmetNeed",
]
