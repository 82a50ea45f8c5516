"""The history keeps that an answer's note changed, not its text (clearing a note leaves no copy).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # rows written by earlier versions carried the note's old and new text
    op.execute(
        "UPDATE history SET old_value = '', new_value = CASE WHEN new_value = '' THEN 'cleared' "
        "WHEN old_value = '' THEN 'written' ELSE 'changed' END "
        "WHERE entity = 'answer' AND field = 'note'"
    )


def downgrade() -> None:
    pass  # the texts are gone on purpose
