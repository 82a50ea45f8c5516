"""history: who changed what, and when; an index for counting unlocated programs

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

UNLOCATED_COLUMNS = ("types_mask", "populations_mask", "levels_mask", "payments_mask", "status")


def upgrade() -> None:
    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=True),
        sa.Column("shortlist_id", sa.Integer(), nullable=True),
        sa.Column("question_id", sa.String(length=80), nullable=False, server_default=""),
        sa.Column("field", sa.String(length=80), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False, server_default=""),
        sa.Column("new_value", sa.Text(), nullable=False, server_default=""),
        sa.Column("who", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.create_index("ix_history_program", ["program_id", "at"], unique=False)
        batch_op.create_index("ix_history_shortlist", ["shortlist_id"], unique=False)
    # every search counts the matching programs that have no location; on a server that count
    # is not cached, and this small partial index answers it without reading the table
    op.create_index(
        "ix_programs_unlocated",
        "programs",
        list(UNLOCATED_COLUMNS),
        postgresql_where=sa.text("latitude IS NULL"),
        sqlite_where=sa.text("latitude IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_programs_unlocated", table_name="programs")
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.drop_index("ix_history_shortlist")
        batch_op.drop_index("ix_history_program")
    op.drop_table("history")
