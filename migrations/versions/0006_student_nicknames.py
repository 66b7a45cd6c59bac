"""Students may have nicknames: what transcripts and classmates call them.

A transcript labels "Mo:" for Mohammed; the roster's optional `nickname` column lets those
turns be filed as his. Nullable, so every existing student is unchanged.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("students") as batch:
        batch.add_column(sa.Column("nickname", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("students") as batch:
        batch.drop_column("nickname")
