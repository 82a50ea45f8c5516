"""calls: each phone call to a program (outcome, room, follow-up) and the facts it confirmed

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("shortlist_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("spoke_to", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("accepting", sa.Boolean(), nullable=True),
        sa.Column("wait_days", sa.Integer(), nullable=True),
        sa.Column("next_intake", sa.Date(), nullable=True),
        sa.Column("follow_up", sa.Date(), nullable=True),
        sa.Column("follow_up_done", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["program_id"], ["programs.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["shortlist_id"], ["shortlists.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_calls_program", "calls", ["program_id", "at"])
    op.create_index("ix_calls_follow_up", "calls", ["follow_up_done", "follow_up"])
    op.create_table(
        "call_facts",
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Boolean(), nullable=False),
        sa.Column("directory_value", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("call_id", "field"),
    )


def downgrade() -> None:
    op.drop_table("call_facts")
    op.drop_index("ix_calls_follow_up", table_name="calls")
    op.drop_index("ix_calls_program", table_name="calls")
    op.drop_table("calls")
