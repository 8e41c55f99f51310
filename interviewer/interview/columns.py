"""A two-column resume pasted as text: each line holds a piece of the left column (contact, skills,
education) and a piece of the right one (the jobs), so a sentence about a team runs on three lines down with
a skill between its halves. Read column by column, each column's sentences are whole again.

The columns are found by their gutter: a band of spaces at the same place in nearly every line that reaches
past it, with words on both sides of it in many lines. A column of dates beside the posts they date
("2019-03 – sasa      Afisa Mkuu wa Kilimo") is one entry per line, not two columns, and is left alone."""

from __future__ import annotations

import re

from interviewer.interview.dates import _DATE, RANGE_TO

GUTTER = 3  # spaces wide, at least: one or two spaces are the gaps between words
_LEAST_ROWS = 8  # lines with words on both sides of the gutter, at least
_MOST_LINES = 3_000  # more than any resume has: a longer upload is read as it is, in bounded time
_DATED_LEFT = re.compile(rf"^\s*(?:(?:since|from|seit|depuis|desde)\s+)?(?:{_DATE})", re.IGNORECASE)


def unfold_columns(text: str) -> str:
    """The text with each two-column stretch read as its left column, then its right one."""
    lines = text.expandtabs().split("\n")
    if len(lines) > _MOST_LINES:
        return text
    gutter = _gutter(lines)
    if gutter is None:
        return text
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        at = _split_at(line, gutter)
        if at is None and len(line.rstrip()) > gutter:  # a full-width line (a name, an address) ends it
            out += left + right + [line]
            left, right = [], []
            continue
        at = at if at is not None else gutter
        # A blank line stays in both columns; a line empty on one side adds nothing to that side.
        if not line.strip() or line[:at].strip():
            left.append(line[:at].rstrip())
        if not line.strip() or line[at:].strip():
            right.append(line[at:].strip())
    out += left + right
    return "\n".join(out)


SLACK = 3  # columns a hand-aligned right column wanders by
_GAP = re.compile(r" {2,}(?=\S)")


def _split_at(line: str, gutter: int) -> int | None:
    """Where the line's right column starts: a gap of spaces ending near the gutter, or before any text
    reaches it."""
    if len(line.rstrip()) <= gutter - SLACK or not line[: gutter - SLACK].strip():
        return gutter if line.strip() else None
    gaps = list(_GAP.finditer(line))
    # A gap across the gutter: the right column's line is indented ("Birth: 1991        U.M. Carahuacra").
    if any(m.start() <= gutter - SLACK and gutter <= m.end() for m in gaps):
        return gutter
    ends = [m.end() for m in gaps if abs(m.end() - gutter) <= SLACK]
    return min(ends, key=lambda end: abs(end - gutter)) if ends else None


def _gutter(lines: list[str]) -> int | None:
    """The column the right-hand text starts at, where the text has two columns."""
    best: tuple[int, int] | None = None
    for at in _starts(lines):
        reaching = [ln for ln in lines if len(ln.rstrip()) > at and ln[: at - SLACK].strip()]
        both = [ln for ln in reaching if _split_at(ln, at) is not None]
        if len(both) < 0.85 * len(reaching) or len(both) < _LEAST_ROWS:
            continue
        # Dates on the left of nearly every row are a column of dates beside their entries; a bar on the
        # right of many is a table's column.
        dated = sum(1 for ln in both if _DATED_LEFT.match(ln))
        barred = sum(1 for ln in both if ln[at - SLACK :].lstrip().startswith("|"))
        if dated >= 0.5 * len(both) or barred >= 0.3 * len(both) or _labels(lines, at):
            continue
        if best is None or len(both) > best[1]:
            best = (at, len(both))
    return best[0] if best else None


_RANGE_END = re.compile(rf"\s*(?:{RANGE_TO})\s", re.IGNORECASE)
_LABELS_RUN_ON = 1 / 3  # of the left column's lines, at most, run on to the next line where it holds labels


def _labels(lines: list[str], at: int) -> bool:
    """Whether the left column labels the right one, as a Europass CV does ("WORK EXPERIENCE", dates,
    "Mother tongue" beside what they label): its lines stand alone, where a column of its own (skills,
    education) runs on from line to line."""
    held = {number for number, line in enumerate(lines) if line[: at - SLACK].strip()}
    # A heading on its own ("WORK EXPERIENCE", "europass") labels a section, not a row beside it.
    rows = {number for number in held if lines[number][at - SLACK :].strip()}
    # ("From Autumn 2021" over "to present": a Europass date, one label over two lines)
    running = sum(1 for n in rows if n + 1 in rows and not _RANGE_END.match(lines[n + 1][: at - SLACK]))
    return running < _LABELS_RUN_ON * len(rows)


def _starts(lines: list[str]) -> set[int]:
    """The columns where words begin after a gap of GUTTER spaces or more, far enough in to be a column."""
    found = set()
    for line in lines:
        for match in re.finditer(rf" {{{GUTTER},}}(?=\S)", line):
            if match.end() >= 20:
                found.add(match.end())
    return found
