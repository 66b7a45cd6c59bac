"""The family report: the export read as a family would, strengths first.

Plain HTML built with the standard library, every value escaped. It shows what teachers
stand behind (validated levels and badges, highest first), the skills being grown next
(active targets) and the student's own words that showed each strength. Words are growth
words: each level says what the student does, none says what they lack. Only the student's
own words appear: quotes come from their own turns (`StudentExport` holds no one else's).
"""

from __future__ import annotations

from html import escape

from domain.curriculum import BadgeTier, Level, Skill
from domain.student_records import ExportedAssessment, StudentExport

# What each level says the student does: growth words, never a deficit.
GROWTH_WORDS = {
    Level.EMERGING: "is beginning to build this skill",
    Level.DEVELOPING: "uses this skill with support and is growing it",
    Level.PROFICIENT: "uses this skill independently and consistently",
    Level.ADVANCED: "uses this skill flexibly and models it for others",
}
VALIDATED = ("accepted", "corrected")
STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;line-height:1.5}"
    "h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}"
    "blockquote{border-left:3px solid #8a8;margin:.5rem 0;padding-left:.8rem;color:#333}"
    ".small{color:#555;font-size:.9rem}"
)


def _latest_validated(export: StudentExport) -> list[ExportedAssessment]:
    """Per skill, the newest validated level; highest level first, then by skill order."""
    latest: dict[str, ExportedAssessment] = {}
    for item in export.assessments:
        if item.review_state not in VALIDATED:
            continue
        held = latest.get(item.skill)
        if held is None or (item.observed_on, item.id) > (held.observed_on, held.id):
            latest[item.skill] = item
    order = [skill.value for skill in Skill]
    return sorted(
        latest.values(),
        key=lambda item: (-Level(item.level).rank, order.index(item.skill)),
    )


def family_report_html(export: StudentExport) -> str:
    student = export.student
    first = escape(student.name.split()[0] if student.name.split() else student.name)
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(student.name)}: growth report</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>{escape(student.name)}'s growth</h1>",
        f'<p class="small">Grade {student.grade}. Prepared {export.generated_at:%-d %B %Y} '
        "from what their teachers have reviewed in Flourish.</p>",
    ]
    strengths = _latest_validated(export)
    parts.append("<h2>Strengths</h2>")
    if strengths:
        parts.append("<ul>")
        for item in strengths:
            words = GROWTH_WORDS[Level(item.level)]
            parts.append(
                f"<li><strong>{escape(item.skill)}</strong>: {escape(item.level)}. "
                f"{first} {escape(words)}.</li>"
            )
        parts.append("</ul>")
    else:
        parts.append(f"<p>{first}'s teachers have not reviewed any evidence yet.</p>")

    badges = sorted(export.badges, key=lambda badge: (-Level(badge.level).rank, badge.awarded_at))
    parts.append("<h2>Badges earned</h2>")
    if badges:
        parts.append("<ul>")
        for badge in badges:
            tier = BadgeTier.for_level(Level(badge.level))
            metal = tier.value.capitalize() if tier else ""
            parts.append(
                f"<li>{escape(metal)} badge in <strong>{escape(badge.skill)}</strong> "
                f"({escape(badge.level)}), {badge.awarded_at:%-d %B %Y}</li>"
            )
        parts.append("</ul>")
    else:
        parts.append("<p>Badges come with levels teachers validate; the first is ahead.</p>")

    growing = [target for target in export.targets if target.status == "active"]
    parts.append("<h2>Growing next</h2>")
    if growing:
        parts.append("<ul>")
        for target in growing:
            parts.append(
                f"<li>Working towards <strong>{escape(target.target_level)}</strong> in "
                f"{escape(target.skill)}</li>"
            )
        parts.append("</ul>")
    else:
        parts.append("<p>No skill targets are set right now.</p>")

    quoted = [item for item in strengths if item.evidence_quote]
    if quoted:
        parts.append(f"<h2>In {first}'s own words</h2>")
        for item in quoted:
            parts.append(
                f"<p><strong>{escape(item.skill)}</strong></p>"
                f"<blockquote>{escape(item.evidence_quote or '')}</blockquote>"
            )
    parts.append(
        '<p class="small">Only levels a teacher has reviewed are shown. Quotes are '
        f"{first}'s own words; what classmates said in a discussion is never included. "
        "The full record is in the JSON file beside this report.</p>"
    )
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
