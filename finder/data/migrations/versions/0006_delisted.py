"""delisted: programs a newer full edition of their directory no longer lists are kept and marked

Revision ID: 0006
Revises: 0005

- program_sources.missing_since / missing_file: this record of the program was absent from a
  full edition of its source (a national directory, or a file imported with --full);
- programs.delisted_since / delisted_file / delisted_edition: every record of the program is
  missing; set and cleared by imports, never by hand. Nothing is deleted.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("program_sources") as batch:
        batch.add_column(sa.Column("missing_since", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("missing_file", sa.String(length=500), nullable=False, server_default=""))
    with op.batch_alter_table("programs") as batch:
        batch.add_column(sa.Column("delisted_since", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("delisted_file", sa.String(length=500), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("delisted_edition", sa.String(length=40), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("programs") as batch:
        batch.drop_column("delisted_edition")
        batch.drop_column("delisted_file")
        batch.drop_column("delisted_since")
    with op.batch_alter_table("program_sources") as batch:
        batch.drop_column("missing_file")
        batch.drop_column("missing_since")
