"""Comma-separated values read as the table they are.

A form's responses come to a teacher as a sheet: Google Forms or Microsoft Forms exports
them as a .csv, and a teacher who copies them into a note pastes `Timestamp,Name,Question`
lines into a .txt. Written as `a | b | c` rows, as a Word table's are, they are read by the
same rules as any table: a name column's rows are that student's writing.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence

# A sheet's column headings are labels or a form's questions: a handful of words each,
# never a sentence that ends in a full stop.
MAX_HEADING_WORDS = 14
# What a .csv may be delimited by: Excel in a French or German locale writes semicolons,
# a sheet saved as "tab-separated" tabs.
CSV_DELIMITERS = (",", ";", "\t")
# A paragraph answer in quotes runs over a few lines; a stray quote mark must not make one
# value of the rest of the file (and reading it, quadratic).
MAX_VALUE_LINES = 40


def sheet_as_table(text: str, *, whole_file: bool = False) -> str:
    """The text with each block of comma-separated lines written as `a | b | c` rows.

    A block is a heading row of short labels followed by rows of as many values. In a .txt
    (`whole_file` False) only commas count, and only a heading row written as a program
    writes one, with no space after a comma: prose puts one after every comma, so a
    paragraph is never a sheet. A .csv is a sheet by its name, with any delimiter a
    spreadsheet saves and spaces after them allowed."""
    lines = text.split("\n")
    delimiters = CSV_DELIMITERS if whole_file else (",",)
    out: list[str] = []
    index = 0
    while index < len(lines):
        block = _sheet_at(lines, index, delimiters, spaced=whole_file)
        if block is None:
            out.append(lines[index])
            index += 1
            continue
        rows, end = block
        out += [" | ".join(_cell(value) for value in row) for row in rows]
        index = end
    return "\n".join(out)


def _sheet_at(
    lines: Sequence[str], index: int, delimiters: Sequence[str], *, spaced: bool
) -> tuple[list[list[str]], int] | None:
    """The rows of a sheet whose heading row is line `index`, and the line after them."""
    for delimiter in delimiters:
        heading = _record(lines[index], delimiter, spaced=spaced)
        if heading is None or not _headings(heading, spaced=spaced):
            continue
        rows = [heading]
        cursor = index + 1
        while cursor < len(lines):
            taken = _row_at(lines, cursor, delimiter, len(heading), spaced=spaced)
            if taken is None:
                break
            row, cursor = taken
            rows.append(row)
        if len(rows) >= 2:
            return rows, cursor
    return None


def _row_at(
    lines: Sequence[str], index: int, delimiter: str, width: int, *, spaced: bool
) -> tuple[list[str], int] | None:
    """One row of `width` values from line `index`; a quoted value may run over lines (a
    form's paragraph answer), so lines are joined until its quotes close."""
    pieces = [lines[index]]
    quotes = lines[index].count('"')
    cursor = index + 1
    while quotes % 2 and cursor < len(lines) and len(pieces) < MAX_VALUE_LINES:
        pieces.append(lines[cursor])
        quotes += lines[cursor].count('"')
        cursor += 1
    row = _record("\n".join(pieces), delimiter, spaced=spaced)
    if row is None or len(row) != width:
        return None
    return row, cursor


def _record(line: str, delimiter: str, *, spaced: bool) -> list[str] | None:
    if delimiter not in line or line.count('"') % 2:
        return None
    try:
        records = list(csv.reader([line.replace("\n", " ")], delimiter=delimiter,
                                  skipinitialspace=spaced))  # fmt: skip
    except csv.Error:
        return None
    return records[0] if len(records) == 1 else None


def _headings(values: Sequence[str], *, spaced: bool) -> bool:
    """A sheet's heading row: two or more labels, each with a letter in it and none a
    sentence. Pasted into a .txt the row must also be as a program writes it, its values
    not opened by a space: a sentence with commas has one after each."""
    return len(values) >= 2 and all(
        value.strip()
        and (spaced or not value[0].isspace())
        and re.search(r"[^\W\d_]", value)
        and len(value.split()) <= MAX_HEADING_WORDS
        and not re.search(r"[.!]\s*$", value)
        for value in values
    )


def _cell(value: str) -> str:
    # A bar inside a value would split its cell, and a line break its row.
    return " ".join(value.replace("|", "/").split())
