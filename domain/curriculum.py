"""The curriculum's fixed vocabulary: levels, categories, skills, entry types.

These enums are the only place the names are spelled; everything else (database checks,
prompts, Block Kit, CSV parsing) derives from them. Descriptors live in `data/rubric.toml`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources


class Level(StrEnum):
    EMERGING = "Emerging"
    DEVELOPING = "Developing"
    PROFICIENT = "Proficient"
    ADVANCED = "Advanced"

    @property
    def rank(self) -> int:
        """1 for Emerging up to 4 for Advanced: levels are ordered, names are stored."""
        return _LEVEL_ORDER.index(self) + 1

    @classmethod
    def from_rank(cls, rank: int) -> Level:
        return _LEVEL_ORDER[rank - 1]

    def next_up(self) -> Level | None:
        return None if self is Level.ADVANCED else Level.from_rank(self.rank + 1)

    @classmethod
    def parse(cls, text: str) -> Level:
        """Accept the full name or its initial (E/D/P/A) in any case."""
        cleaned = text.strip().lower()
        for level in cls:
            if cleaned in (level.value.lower(), level.value[0].lower()):
                return level
        raise ValueError(f"unknown level {text!r}; use one of {', '.join(cls)}")


_LEVEL_ORDER: tuple[Level, ...] = tuple(Level)


class Category(StrEnum):
    SEL = "SEL"
    EF = "EF"
    TWENTY_FIRST_CENTURY = "21st_Century"

    @property
    def heading(self) -> str:
        # Not `title`: on a StrEnum that would hide str.title().
        return _CATEGORY_TITLES[self]


_CATEGORY_TITLES = {
    Category.SEL: "Social-emotional learning",
    Category.EF: "Executive function",
    Category.TWENTY_FIRST_CENTURY: "21st-century skills",
}


class Skill(StrEnum):
    SELF_AWARENESS = "Self-Awareness"
    SELF_MANAGEMENT = "Self-Management"
    SOCIAL_AWARENESS = "Social Awareness"
    RELATIONSHIP_SKILLS = "Relationship Skills"
    RESPONSIBLE_DECISION_MAKING = "Responsible Decision-Making"
    WORKING_MEMORY = "Working Memory"
    INHIBITORY_CONTROL = "Inhibitory Control"
    COGNITIVE_FLEXIBILITY = "Cognitive Flexibility"
    PLANNING_PRIORITIZATION = "Planning & Prioritization"
    ORGANIZATION = "Organization"
    TASK_INITIATION = "Task Initiation"
    CRITICAL_THINKING = "Critical Thinking"
    COMMUNICATION = "Communication"
    COLLABORATION = "Collaboration"
    CREATIVITY_INNOVATION = "Creativity & Innovation"
    DIGITAL_LITERACY = "Digital Literacy"
    GLOBAL_AWARENESS = "Global Awareness"

    @property
    def category(self) -> Category:
        return SKILL_CATEGORIES[self]

    @classmethod
    def parse(cls, text: str) -> Skill:
        """Match a skill by name, ignoring case, spacing, '&'/'and' and hyphens."""
        wanted = _skill_key(text)
        for skill in cls:
            if _skill_key(skill.value) == wanted:
                return skill
        raise ValueError(f"unknown skill {text!r}")


def _skill_key(text: str) -> str:
    text = text.lower().replace("&", " and ").replace("-", " ").replace("_", " ")
    return " ".join(text.split())


SKILL_CATEGORIES: dict[Skill, Category] = {
    **dict.fromkeys(list(Skill)[0:5], Category.SEL),
    **dict.fromkeys(list(Skill)[5:11], Category.EF),
    **dict.fromkeys(list(Skill)[11:17], Category.TWENTY_FIRST_CENTURY),
}


class EntryType(StrEnum):
    GROUP_DISCUSSION_TRANSCRIPT = "group_discussion_transcript"
    PEER_TUTORING_TRANSCRIPT = "peer_tutoring_transcript"
    PROJECT_PRESENTATION_TRANSCRIPT = "project_presentation_transcript"
    REFLECTION_JOURNAL = "reflection_journal"
    PEER_FEEDBACK = "peer_feedback"
    TEACHER_OBSERVATION_NOTE = "teacher_observation_note"
    PARENT_NOTE = "parent_note"

    @property
    def is_transcript(self) -> bool:
        return self.value.endswith("_transcript")

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def short_label(self) -> str:
        return _ENTRY_SHORT_LABELS[self]


_ENTRY_SHORT_LABELS = {
    EntryType.GROUP_DISCUSSION_TRANSCRIPT: "Discussion",
    EntryType.PEER_TUTORING_TRANSCRIPT: "Tutoring",
    EntryType.PROJECT_PRESENTATION_TRANSCRIPT: "Presentation",
    EntryType.REFLECTION_JOURNAL: "Reflection",
    EntryType.PEER_FEEDBACK: "Peer feedback",
    EntryType.TEACHER_OBSERVATION_NOTE: "Observation",
    EntryType.PARENT_NOTE: "Parent note",
}


class BadgeTier(StrEnum):
    BRONZE = "bronze"
    SILVER = "silver"
    GOLD = "gold"

    @classmethod
    def for_level(cls, level: Level) -> BadgeTier | None:
        """Emerging earns no badge; each level above it earns the next metal."""
        return _BADGE_TIERS.get(level)


_BADGE_TIERS = {
    Level.DEVELOPING: BadgeTier.BRONZE,
    Level.PROFICIENT: BadgeTier.SILVER,
    Level.ADVANCED: BadgeTier.GOLD,
}


@dataclass(frozen=True)
class SkillRubric:
    skill: Skill
    summary: str
    descriptors: dict[Level, str]


@dataclass(frozen=True)
class Rubric:
    version: str
    level_meanings: dict[Level, str]
    skills: dict[Skill, SkillRubric]

    def descriptor(self, skill: Skill, level: Level) -> str:
        return self.skills[skill].descriptors[level]


@cache
def rubric() -> Rubric:
    """The rubric shipped with this release, checked against the enums above."""
    raw = tomllib.loads(resources.files("domain.data").joinpath("rubric.toml").read_text())
    level_meanings = {Level(name): text for name, text in raw["levels"].items()}
    skills: dict[Skill, SkillRubric] = {}
    for entry in raw["skills"]:
        skill = Skill(entry["name"])
        if Category(entry["category"]) is not skill.category:
            raise ValueError(f"rubric.toml puts {skill} in the wrong category")
        skills[skill] = SkillRubric(
            skill=skill,
            summary=entry["summary"],
            descriptors={level: entry[level.value] for level in Level},
        )
    if set(skills) != set(Skill) or set(level_meanings) != set(Level):
        raise ValueError("rubric.toml must describe every skill and level")
    return Rubric(version=raw["rubric_version"], level_meanings=level_meanings, skills=skills)
