"""Slack delivery: upload receipts, and where each entry's review message was posted.

`upload_receipts` is written when a file share arrives, before the download: a retried
event or a second instance finds the row and does nothing. `announced_at` on an entry is
claimed by a conditional update before its review message is posted, so one instance
posts it once; the message's channel and ts let a correction update it in place.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNANNOUNCED = sa.text("announced_at IS NULL AND status IN ('assessed', 'failed')")


def upgrade() -> None:
    with op.batch_alter_table("data_entries") as batch:
        batch.add_column(sa.Column("announced_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("review_channel_id", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("review_message_ts", sa.String(length=32), nullable=True))
    op.create_index(
        "ix_data_entries_unannounced",
        "data_entries",
        ["id"],
        postgresql_where=UNANNOUNCED,
        sqlite_where=UNANNOUNCED,
    )
    op.create_table(
        "upload_receipts",
        sa.Column("slack_file_id", sa.String(length=32), nullable=False),
        sa.Column("slack_user_id", sa.String(length=32), nullable=False),
        sa.Column("channel_id", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('processing', 'filed', 'needs_choice', 'refused')",
            name=op.f("ck_upload_receipts_status"),
        ),
        sa.PrimaryKeyConstraint("slack_file_id", name=op.f("pk_upload_receipts")),
    )


def downgrade() -> None:
    op.drop_table("upload_receipts")
    op.drop_index("ix_data_entries_unannounced", table_name="data_entries")
    with op.batch_alter_table("data_entries") as batch:
        batch.drop_column("review_message_ts")
        batch.drop_column("review_channel_id")
        batch.drop_column("announced_at")
