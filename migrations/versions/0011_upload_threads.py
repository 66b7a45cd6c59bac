"""Uploads answered in one thread: the confirmation message, and filing a duplicate again.

A share's files are confirmed in one message in the teacher's DM; its channel and ts are
kept on each of the share's receipts (`confirmation_channel_id`, `confirmation_ts`), so
each entry's review is posted in that message's thread, and the entries of one share are
counted together: a bulk share gets one summary there rather than a review each
(domain/announcements.py). `file_again` is the teacher's answer to "Already filed on
28 Aug: file again?": the share is filed although its text matches an entry already filed.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("upload_receipts") as batch:
        batch.add_column(sa.Column("confirmation_channel_id", sa.String(32), nullable=True))
        batch.add_column(sa.Column("confirmation_ts", sa.String(32), nullable=True))
        batch.add_column(
            sa.Column("file_again", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("upload_receipts") as batch:
        # The model sets it on every insert; the default only filled the rows already there.
        batch.alter_column("file_again", server_default=None)
    op.create_index("ix_upload_receipts_confirmation_ts", "upload_receipts", ["confirmation_ts"])


def downgrade() -> None:
    op.drop_index("ix_upload_receipts_confirmation_ts", table_name="upload_receipts")
    with op.batch_alter_table("upload_receipts") as batch:
        batch.drop_column("file_again")
        batch.drop_column("confirmation_ts")
        batch.drop_column("confirmation_channel_id")
