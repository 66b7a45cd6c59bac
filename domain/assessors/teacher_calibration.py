"""What a teacher's reviews teach the offline assessor: where, skill by skill, this teacher
reads its levels higher or lower, and which skills it keeps proposing from quotes the
teacher dismisses.

Each accepted or corrected item is a difference d = teacher's level - proposed level (in
ranks). The shift for a (skill, proposed level) is the mean d there, shrunk towards what
the rest of the teacher's reviews say (the same skill at any level, the same level in any
skill, all of them), each step weighing its prior as PRIOR_WEIGHT reviews. So one
correction moves nothing on its own, three agreeing ones do, and a teacher who reads every
Emerging as Developing teaches that for skills they have not corrected yet. A level moves
only when the shrunk mean reaches half a level. A skill whose items the teacher mostly
dismisses is not proposed for them any more.

Only reviews of this assessor's own proposals count: another assessor's mistakes are not
its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from domain.assessors.base import ValidatedLevel
from domain.curriculum import Level, Skill

PRIOR_WEIGHT = 2.0
# A shrunk mean difference of half a level or more moves the level by one.
SHIFT_FROM = 0.5
# Share of a skill's reviewed items dismissed (with the same shrinkage) that stops it.
DISMISSED_FROM = 0.5
MIN_CORRECTIONS = 3
LEVELS = list(Level)


@dataclass
class _Sums:
    total: float = 0.0
    count: int = 0
    raised: int = 0
    lowered: int = 0

    def add(self, value: float) -> None:
        self.total += value
        self.count += 1
        self.raised += value > 0
        self.lowered += value < 0

    def shrunk(self, prior: float) -> float:
        return (self.total + PRIOR_WEIGHT * prior) / (self.count + PRIOR_WEIGHT)


@dataclass
class TeacherCalibration:
    everything: _Sums = field(default_factory=_Sums)
    by_skill: dict[Skill, _Sums] = field(default_factory=lambda: defaultdict(_Sums))
    by_level: dict[Level, _Sums] = field(default_factory=lambda: defaultdict(_Sums))
    by_pair: dict[tuple[Skill, Level], _Sums] = field(default_factory=lambda: defaultdict(_Sums))
    dismissed: dict[Skill, int] = field(default_factory=lambda: defaultdict(int))
    reviewed: dict[Skill, int] = field(default_factory=lambda: defaultdict(int))

    @classmethod
    def learn(
        cls, validations: Iterable[ValidatedLevel], *, model_prefix: str
    ) -> TeacherCalibration:
        calibration = cls()
        for validation in validations:
            if not validation.model.startswith(model_prefix):
                continue
            skill = validation.skill
            calibration.reviewed[skill] += 1
            if validation.teacher_level is None:
                calibration.dismissed[skill] += 1
                continue
            difference = float(validation.teacher_level.rank - validation.proposed.rank)
            calibration.everything.add(difference)
            calibration.by_skill[skill].add(difference)
            calibration.by_level[validation.proposed].add(difference)
            calibration.by_pair[(skill, validation.proposed)].add(difference)
        return calibration

    @property
    def empty(self) -> bool:
        return not self.reviewed

    def offset(self, skill: Skill, proposed: Level) -> float:
        """The teacher's expected difference from `proposed` for this skill, in levels."""
        overall = self.everything.shrunk(0.0)
        for_skill = self.by_skill.get(skill, _Sums()).shrunk(overall)
        for_level = self.by_level.get(proposed, _Sums()).shrunk(overall)
        prior = for_skill + for_level - overall
        return self.by_pair.get((skill, proposed), _Sums()).shrunk(prior)

    def level(self, skill: Skill, proposed: Level) -> Level:
        """`proposed`, moved to where this teacher's reviews say they would put it."""
        offset = self.offset(skill, proposed)
        if abs(offset) < SHIFT_FROM:
            return proposed
        # The teacher must have moved this very (skill, level) that way three times: the
        # rest of their reviews only size the move.
        here = self.by_pair.get((skill, proposed), _Sums())
        if (here.raised if offset > 0 else here.lowered) < MIN_CORRECTIONS:
            return proposed
        steps = int(abs(offset) + 0.5) * (1 if offset > 0 else -1)
        rank = min(len(LEVELS), max(1, proposed.rank + steps))
        return LEVELS[rank - 1]

    def stops(self, skill: Skill) -> bool:
        """Whether the teacher has mostly dismissed this skill's items."""
        share = self.dismissed.get(skill, 0) / (self.reviewed.get(skill, 0) + PRIOR_WEIGHT)
        return share >= DISMISSED_FROM
