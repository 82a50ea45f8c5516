"""models.py and the migrations describe the same schema: a fresh `alembic upgrade head` has no diff."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from finder.db.models import Base


def _diff(db) -> list:
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    # the alembic_version table is Alembic's own, not the app's
    return [d for d in diff if "alembic_version" not in repr(d)]


def test_migrated_sqlite_schema_matches_the_models(empty_db):
    assert _diff(empty_db) == []


def test_the_comparison_notices_a_missing_column(empty_db):
    with empty_db.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE shortlist_items DROP COLUMN note")
    assert any("note" in repr(d) for d in _diff(empty_db))
