"""Bullets and table rows a PDF wrapped: their ends joined back onto them, so that every reader of the resume
meets whole sentences ("- Led a team of 12 engineers across" over "three plants" is one bullet)."""

from __future__ import annotations

import re

from interviewer.interview.dates import _RANGE
from interviewer.interview.job_titles import _BULLET

_OPEN_ROW = re.compile(r"^\s*\|.*\|.*[^|\s]\s*$")
_MONEY = re.compile(r"(?:[A-Z]{1,3})?[$€£¥₹]\s?\d")
_PROSE_WORDS = 8
_SENTENCE_DONE = (".", ";", ":", "!", "?")
# "– 2020) and" under "(2019": the end of a date range that a PDF wrapped, not a bullet.
_RANGE_END = re.compile(r"^\s*[–—-]\s*(?:19|20)\d\d\b")
# A number that opens a wrapped end ("2,000 employees and ..."), not a numbered entry ("2) DataBridge
# Solutions") or a year that opens a line of its own.
_NUMBER_GOING_ON = re.compile(r"\d(?!\d?[.)]\s)(?!\d{3}\b)")


def unwrap_bullets(resume: str) -> str:
    """The resume with each bullet's wrapped end (a line right under it that opens in lower case, with a
    bracket or with a number, "2,000 employees and revenue of A$1.1bn.") joined onto it. A line that carries
    dates stays a line of its own: it may be the next post."""
    joined: list[str] = []
    for line in resume.splitlines():
        stripped = line.strip()
        above = joined[-1] if joined else ""
        # A table row opened with a bar and not yet closed by one goes on to the line that closes it.
        if stripped and not stripped.startswith("|") and _OPEN_ROW.match(above):
            joined[-1] = f"{above.rstrip()} {stripped}"
            continue
        going_on = stripped[:1].islower() or stripped[:1] == "(" or _NUMBER_GOING_ON.match(stripped)
        # Prose goes on only with an amount: "Budget for the technical department around" / "NZ$3.1 million."
        prose = len(above.split()) >= _PROSE_WORDS and not _BULLET.match(above) and not _RANGE.search(above)
        if (
            ((going_on and _BULLET.match(above)) or (prose and _MONEY.match(stripped)))
            and not _RANGE_END.match(above)
            and not above.rstrip().endswith(_SENTENCE_DONE)
            and not _RANGE.search(stripped)
        ):
            joined[-1] = f"{above.rstrip()} {stripped}"
            continue
        joined.append(line)
    return "\n".join(joined)
