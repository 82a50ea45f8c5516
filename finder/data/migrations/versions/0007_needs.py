"""needs: the client's needs on a shortlist, and the schedule vocabulary (evening, weekend, daytime)

Revision ID: 0007
Revises: 0006

- shortlists.needs: the tags the client needs, as ","-joined "vocabulary:slug" keys
  ("payments:medicaid,levels:iop,schedule:evening"); empty when none were given;
- programs.schedule_mask: the "schedule" vocabulary's bits, like the other <vocabulary>_mask
  columns. No directory records schedules, so the bits come only from calls and hand edits.

Agency mode (PostgreSQL): no new table, so no new GRANT; both tables' existing grants cover
their new columns. The needs describe a client, so they live on the shortlist row and follow
its row-level security (a private shortlist's needs are its owner's alone); a program's
schedule is shared knowledge like its other tags.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shortlists") as batch:
        batch.add_column(sa.Column("needs", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("programs") as batch:
        batch.add_column(sa.Column("schedule_mask", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("programs") as batch:
        batch.drop_column("schedule_mask")
    with op.batch_alter_table("shortlists") as batch:
        batch.drop_column("needs")
