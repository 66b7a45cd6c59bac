"""`ix_assessments_latest` carries each row's level and review state (PostgreSQL).

App Home ranks every assessment of a teacher's students to find the latest level per
(student, skill); at district scale (119–143 students, ~12,000 assessments) reading those
rows from the heap was most of its time (BENCHMARKS.md, "District scale with
enrollments"). With `level` and `review_state` in the index as INCLUDE columns the newest
non-dismissed row of a (student, skill) comes from the index alone.

SQLite has no INCLUDE: its index is the same before and after, so nothing changes there.

On PostgreSQL the covering index is built under a temporary name and then takes the old
one's place, so the long build holds only the lock that blocks writes (SHARE), and the
DROP's exclusive lock lasts from the swap to the commit right after it.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_assessments_latest"
COLUMNS = ["student_id", "skill", "observed_on", "id"]


def _swap(include: list[str] | None) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    building = f"{INDEX}_building"
    op.create_index(building, "assessments", COLUMNS, postgresql_include=include or [])
    op.drop_index(INDEX, table_name="assessments")
    op.execute(f"ALTER INDEX {building} RENAME TO {INDEX}")


def upgrade() -> None:
    _swap(["level", "review_state"])


def downgrade() -> None:
    _swap(None)
