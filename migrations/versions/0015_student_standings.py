"""`student_standings`: where each student stands, kept by the database on every write.

App Home and the review queue describe all of a teacher's students at once. With each
student in six classes a teacher sees 119–143 of them, and reading where each stands from
their assessments (the latest level per skill, what waits for review) read ~12,000 rows per
App Home and ~3,600 per review page (BENCHMARKS.md, "District scale with enrollments").
One row per student holds the answer instead: how many skills stand at each level by the
latest non-dismissed evidence, how many assessments await review and the lowest confidence
among them.

The database keeps it, not the code that writes assessments: a trigger on `assessments`
recomputes the student's row after every insert, delete (cascades included) and change to
a column it depends on. Every write path (filing, review, undo, retention, deleting a
student, a hand-run SQL fix) stays right without knowing the table exists.

On PostgreSQL the trigger locks the student's row before it recomputes, in a statement of
its own: under READ COMMITTED each statement of a PL/pgSQL function reads a new snapshot,
so a second transaction writing for the same student waits for the first to commit and then
counts its rows. Recomputing in the same statement as the lock would count from a snapshot
taken before the wait and lose the other transaction's assessment. SQLite has one writer at
a time and needs no lock.

A later migration that rebuilds `assessments` on SQLite (batch mode copies the table and
drops the old one) drops these triggers with it and must create them again:
tests/test_standings.py fails at head if any write stops keeping the standing.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY_LENGTH = 128
LEVELS = ("Emerging", "Developing", "Proficient", "Advanced")
LEVEL_COLUMNS = tuple(f"{level.lower()}_skills" for level in LEVELS)
# The columns a standing is computed from: a change to any other (a purge of the text, who
# reviewed it) leaves the standing as it was and fires nothing.
WATCHED = ("student_id", "skill", "level", "confidence", "observed_on", "review_state")
SQLITE_TRIGGERS = ("insert", "update", "delete")


def _recompute(student: str) -> str:
    """UPDATE of one student's row from their assessments (`student`: an SQL expression)."""
    counts = ", ".join(
        f"coalesce(sum(CASE WHEN level = '{level}' THEN 1 ELSE 0 END), 0)" for level in LEVELS
    )
    return f"""
        UPDATE student_standings SET
            ({", ".join(LEVEL_COLUMNS)}) = (
                SELECT {counts}
                FROM (
                    SELECT level, row_number() OVER (
                        PARTITION BY skill ORDER BY observed_on DESC, id DESC
                    ) AS newest
                    FROM assessments
                    WHERE student_id = {student} AND review_state <> 'dismissed'
                ) AS ranked
                WHERE newest = 1
            ),
            (pending_assessments, lowest_pending_confidence) = (
                SELECT count(*), min(confidence)
                FROM assessments
                WHERE student_id = {student} AND review_state = 'pending'
            )
        WHERE student_id = {student}"""


def _backfill() -> str:
    counts = ", ".join(
        f"sum(CASE WHEN newest = 1 AND level = '{level}' THEN 1 ELSE 0 END)" for level in LEVELS
    )
    return f"""
        INSERT INTO student_standings (
            student_id, {", ".join(LEVEL_COLUMNS)},
            pending_assessments, lowest_pending_confidence
        )
        SELECT student_id, {counts},
            sum(CASE WHEN review_state = 'pending' THEN 1 ELSE 0 END),
            min(CASE WHEN review_state = 'pending' THEN confidence END)
        FROM (
            SELECT student_id, level, review_state, confidence,
                CASE WHEN review_state <> 'dismissed' THEN row_number() OVER (
                    PARTITION BY student_id, skill, review_state <> 'dismissed'
                    ORDER BY observed_on DESC, id DESC
                ) END AS newest
            FROM assessments
        ) AS ranked
        GROUP BY student_id"""


def _postgresql_triggers() -> list[str]:
    return [
        f"""
        CREATE FUNCTION refresh_student_standing(student varchar, create_row boolean)
        RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF create_row THEN
                INSERT INTO student_standings (student_id) VALUES (student)
                ON CONFLICT (student_id) DO NOTHING;
            END IF;
            -- The lock first, then the count in a statement (and snapshot) of its own.
            PERFORM 1 FROM student_standings WHERE student_id = student FOR UPDATE;
            {_recompute("student")};
        END $$""",
        """
        CREATE FUNCTION keep_student_standing() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.student_id <> NEW.student_id) THEN
                PERFORM refresh_student_standing(OLD.student_id, false);
            END IF;
            IF TG_OP <> 'DELETE' THEN
                PERFORM refresh_student_standing(NEW.student_id, true);
            END IF;
            RETURN NULL;
        END $$""",
        f"""
        CREATE TRIGGER assessments_keep_standing
        AFTER INSERT OR DELETE OR UPDATE OF {", ".join(WATCHED)} ON assessments
        FOR EACH ROW EXECUTE FUNCTION keep_student_standing()""",
    ]


def _sqlite_triggers() -> list[str]:
    create = "INSERT OR IGNORE INTO student_standings (student_id) VALUES (NEW.student_id);"
    return [
        f"""
        CREATE TRIGGER assessments_standing_insert AFTER INSERT ON assessments
        BEGIN {create} {_recompute("NEW.student_id")}; END""",
        f"""
        CREATE TRIGGER assessments_standing_update
        AFTER UPDATE OF {", ".join(WATCHED)} ON assessments
        BEGIN
            {_recompute("OLD.student_id")};
            {create} {_recompute("NEW.student_id")};
        END""",
        f"""
        CREATE TRIGGER assessments_standing_delete AFTER DELETE ON assessments
        BEGIN {_recompute("OLD.student_id")}; END""",
    ]


def upgrade() -> None:
    op.create_table(
        "student_standings",
        sa.Column("student_id", sa.String(KEY_LENGTH), nullable=False),
        *(
            sa.Column(column, sa.Integer(), nullable=False, server_default="0")
            for column in LEVEL_COLUMNS
        ),
        sa.Column("pending_assessments", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("lowest_pending_confidence", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.id"],
            name=op.f("fk_student_standings_student_id_students"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("student_id", name=op.f("pk_student_standings")),
    )
    op.execute(_backfill())
    postgresql = op.get_bind().dialect.name == "postgresql"
    for statement in _postgresql_triggers() if postgresql else _sqlite_triggers():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER assessments_keep_standing ON assessments")
        op.execute("DROP FUNCTION keep_student_standing()")
        op.execute("DROP FUNCTION refresh_student_standing(varchar, boolean)")
    else:
        for kind in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER assessments_standing_{kind}")
    op.drop_table("student_standings")
