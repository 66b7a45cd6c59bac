"""Roster id formats: T or S followed by 3 to 6 digits (T001, S001, S10000).

The curriculum's examples use three digits; a district holds more than 999 students, so
longer ids are allowed. One definition serves the database checks, CSV validation and the
ids teachers type in Slack and file names.
"""

from __future__ import annotations

import re

MIN_DIGITS = 3
MAX_DIGITS = 6
TEACHER_ID_PATTERN = rf"^T\d{{{MIN_DIGITS},{MAX_DIGITS}}}$"
STUDENT_ID_PATTERN = rf"^S\d{{{MIN_DIGITS},{MAX_DIGITS}}}$"
# A student id standing alone in free text or a file name ("S001_reflection", "re S0042:").
STUDENT_ID_IN_TEXT = re.compile(rf"(?<![A-Za-z0-9])(S\d{{{MIN_DIGITS},{MAX_DIGITS}}})(?!\d)")


def is_student_id(text: str) -> bool:
    return re.fullmatch(STUDENT_ID_PATTERN, text) is not None
