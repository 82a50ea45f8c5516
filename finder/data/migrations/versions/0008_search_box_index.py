"""search box index: one covering index answers a search's box and tag filters without the table

Revision ID: 0008
Revises: 0007

ix_programs_lat_lon (latitude, longitude) is replaced by ix_programs_box (longitude, latitude,
the searchable tag masks, status, delisted_since). A search's candidate query reads only this
index: no lookup of each program row in the box, which was nearly all of a search's time at a
million programs in a dense city. Longitude first: the United States is wider than tall, so
the band of the index a 25-mile box scans (every program in the box's longitude range) holds
fewer programs than a latitude band would.

Also tried: SQLite's R*Tree module (its auxiliary columns are read from a shadow table one
row at a time, 4-5x slower at a million programs than this index, and it needs triggers and
a fallback where the module is missing). Agency mode (PostgreSQL): the same index; no new
table, so no new GRANT.
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

BOX_COLUMNS = [
    "longitude",
    "latitude",
    "types_mask",
    "levels_mask",
    "payments_mask",
    "populations_mask",
    "schedule_mask",
    "status",
    "delisted_since",
]


def upgrade() -> None:
    op.drop_index("ix_programs_lat_lon", table_name="programs")
    op.create_index("ix_programs_box", "programs", BOX_COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_programs_box", table_name="programs")
    op.create_index("ix_programs_lat_lon", "programs", ["latitude", "longitude"])
