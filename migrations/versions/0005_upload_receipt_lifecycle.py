"""Upload receipts keep the promise of their ack: a lifecycle a sweeper can finish.

A receipt is written before Slack is told 200 (`received`), with what the share said, so
whoever finishes it decides as the first would have. It is leased while worked on, counts
its attempts, and records when the teacher was told the outcome; `failed` ends what could
not be filed. Receipts from before this revision were settled and told at the time, or
are `processing` with no lease, which a sweeper takes as lapsed.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNSETTLED = sa.text("status IN ('received', 'processing') OR told_at IS NULL")
OLD_STATUSES = "status IN ('processing', 'filed', 'needs_choice', 'refused')"
NEW_STATUSES = "status IN ('received', 'processing', 'filed', 'needs_choice', 'refused', 'failed')"


def upgrade() -> None:
    with op.batch_alter_table("upload_receipts") as batch:
        batch.add_column(sa.Column("teacher_id", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("file_name", sa.String(length=255), nullable=True))
        batch.add_column(sa.Column("message_text", sa.Text(), nullable=True))
        batch.add_column(sa.Column("in_dm", sa.Boolean(), nullable=False, server_default=sa.true()))
        batch.add_column(sa.Column("chosen_student_id", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("chosen_entry_type", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("claimed_by", sa.String(length=128), nullable=True))
        batch.add_column(sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("told_at", sa.DateTime(timezone=True), nullable=True))
        batch.drop_constraint(op.f("ck_upload_receipts_status"), type_="check")
        batch.create_check_constraint(op.f("ck_upload_receipts_status"), NEW_STATUSES)
    with op.batch_alter_table("upload_receipts") as batch:
        # The defaults served the rows already there; the models give every new row its values.
        batch.alter_column("in_dm", server_default=None)
        batch.alter_column("attempts", server_default=None)
    op.execute("UPDATE upload_receipts SET told_at = updated_at WHERE status <> 'processing'")
    op.create_index(
        "ix_upload_receipts_unsettled",
        "upload_receipts",
        ["lease_expires_at"],
        postgresql_where=UNSETTLED,
        sqlite_where=UNSETTLED,
    )


def downgrade() -> None:
    op.drop_index("ix_upload_receipts_unsettled", table_name="upload_receipts")
    # The old schema knows neither state: a received receipt was still being worked on,
    # a failed one was settled.
    op.execute("UPDATE upload_receipts SET status = 'processing' WHERE status = 'received'")
    op.execute("UPDATE upload_receipts SET status = 'refused' WHERE status = 'failed'")
    with op.batch_alter_table("upload_receipts") as batch:
        batch.drop_constraint(op.f("ck_upload_receipts_status"), type_="check")
        batch.create_check_constraint(op.f("ck_upload_receipts_status"), OLD_STATUSES)
        for column in (
            "told_at",
            "attempts",
            "lease_expires_at",
            "claimed_by",
            "chosen_entry_type",
            "chosen_student_id",
            "in_dm",
            "message_text",
            "file_name",
            "teacher_id",
        ):
            batch.drop_column(column)
