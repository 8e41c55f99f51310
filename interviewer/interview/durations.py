"""Positions dated by their length alone ("Regulatory Affairs Specialist — Nexa Medical Ltd. — 13 months",
"NordMelk Jæren AS, Bryne — 9 år"): a resume with no dates but lengths is read as its positions laid end to
end back from the day it was sent, the first one held now. That says how long each stay was, which the
tenure and job-hopping objections ask; it says nothing of breaks between them, so none are made up."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from interviewer.interview.dates import _DATE, _parse_date, months_span
from interviewer.interview.headings import _heading_kind
from interviewer.interview.job_titles import _BULLET

if TYPE_CHECKING:
    from interviewer.interview.resume_facts import Job

_YEARS = r"years?|yrs?|år|jahre?|años|anos|ans|jaar|lat|vuotta"
_MONTHS = r"months?|mos?|mnd|måneder|månader|monate?|meses|mois|maanden|mies\w*"
# The length closing a line, after a dash, a bar, a comma or a wide space: "— current, 11 months",
# "4 years 2 months, starting 2016", "— 9 år".
_LENGTH = re.compile(
    r"(?:^|\s[—–|·-]\s|,\s|(?<!\bfor)(?<!\bover)(?<!\bof)(?<!\babout)(?<!\bin)(?<!\bwithin)\s)"
    rf"(?P<said>(?P<now>(?:current|present|now)\s*,?\s*)?"
    rf"(?:(?P<years>\d{{1,2}})\s*(?:{_YEARS})\b)?\s*(?:(?P<months>\d{{1,2}})\s*(?:{_MONTHS})\b)?)"
    r"(?:\s*,?\s*(?:starting|since|from)\s+(?:19|20)\d\d)?\s*$",
    re.IGNORECASE,
)
_PROSE_WORDS = 25
_STARTED = re.compile(r"[\s—–|·,-]*\b(?:since|from|starting)\s+(?:19|20)\d\d\s*$", re.IGNORECASE)


# "Position ended February 2025." under the latest position: it is no longer held.
_ENDED = re.compile(rf"\b(?:ended|left|finished)\s+(?:in\s+|on\s+)?(?P<date>{_DATE})", re.IGNORECASE)


# An applicant-tracking form's entry, a field a line: "Job title: Front Desk Agent", "Employer: Rheinufer
# Suites", "Start year: 2024", "Duration: 10 mos (current position)".
_FIELD = re.compile(
    r"^\s*(?P<label>job title|position|title|employer|company|duration)\s*:\s*(?P<value>.*?)\s*$", re.I
)
_NOW_SAID = re.compile(r"\s*\((?:current|present)[^)]*\)\s*$", re.IGNORECASE)


def _form_rows(lines: list[str]) -> list[str]:
    """The lines with each form entry's duration line written as a position's line ("Front Desk Agent,
    Rheinufer Suites — current, 10 mos"), the title and employer taken from the entry's lines above it."""
    out = list(lines)
    fields: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not line.strip() or _heading_kind(line):
            fields = {}
        elif m := _FIELD.match(line):
            label = m["label"].lower()
            if label != "duration":
                fields["employer" if label in ("employer", "company") else "title"] = m["value"]
            elif fields.get("title"):
                now = "current, " if _NOW_SAID.search(m["value"]) else ""
                named = ", ".join(v for v in (fields["title"], fields.get("employer", "")) if v)
                out[index] = f"{named} — {now}{_NOW_SAID.sub('', m['value'])}"
    return out


def _lengths(lines: list[str]) -> list[tuple[str, str, int, int]]:
    """Each position line of the experience section with its length: (title, length as written, months,
    the line's index). Bulleted lines are positions only where every length is bulleted; under positions
    written as lines of their own, a bullet's length ("- Verneombud (safety rep) — 2 år") is a duty's."""
    found: list[tuple[str, str, int, int]] = []
    bulleted: list[bool] = []
    section = None
    for index, line in enumerate(lines):
        kind = _heading_kind(line)
        if kind is not None:
            section = kind
            continue
        if section != "experience" or not line.strip() or len(line.split()) > _PROSE_WORDS:
            continue
        m = _LENGTH.search(line.rstrip(" *_"))
        if m is None or not (m.group("years") or m.group("months")):
            continue
        months = int(m.group("years") or 0) * 12 + int(m.group("months") or 0)
        # "- **CRA II** — Farmadex S.A., Sant Cugat — from 2020 · 1 yr 3 mos": the post, without its start.
        title = _STARTED.sub("", re.sub(r"[*_#]", "", _BULLET.sub("", line[: m.start()]))).strip(" —–|·-,")
        if months and title:
            found.append((title, m.group("said").strip(), months, index))
            bulleted.append(bool(_BULLET.match(line)))
    return found if all(bulleted) else [f for f, bullet in zip(found, bulleted, strict=True) if not bullet]


_Length = tuple[str, str, int, int]  # title, the length as written, months, the line's index
_Position = tuple[str, str, int, int, str]  # the same, and the employer's line where it is a position's


def _positions(entries: list[_Length]) -> list[_Position]:
    """The positions, with the employer whose own length is the sum of those listed under it ("NordMelk
    Jæren AS — 9 år" over "Linjeoperatør ost — 5 år" and "Prosessoperatør — 4 år")."""
    out: list[_Position] = []
    index = 0
    while index < len(entries):
        title, said, months, line = entries[index]
        total, below = 0, index + 1
        while below < len(entries) and total < months:
            total += entries[below][2]
            below += 1
        if below > index + 1 and total == months:
            out += [(*entry, title) for entry in entries[index + 1 : below]]
            index = below
        else:
            out.append((title, said, months, line, ""))
            index += 1
    return out


def _ended(lines: list[str], first: int, last: int) -> int | None:
    """The month a position's own lines say it ended ("Position ended February 2025."), as an index."""
    for line in lines[first:last]:
        if (m := _ENDED.search(line)) and (when := _parse_date(m.group("date"))):
            return when[0] * 12 + (when[1] or 12)
    return None


def jobs_from_lengths(lines: list[str], today: date) -> list[Job]:
    """The positions of a resume dated only by their lengths, latest first, laid end to end back from
    `today` (or from the end the latest one's lines state); none where the resume gives fewer than two."""
    from interviewer.interview.resume_facts import Job  # resume_facts reads with this module

    positions = _positions(_lengths(_form_rows(lines)))
    if len(positions) < 2:
        return []
    now = today.year * 12 + today.month  # months, the end exclusive
    ended = _ended(lines, positions[0][3] + 1, positions[1][3])
    end = min(ended, now) if ended else now
    jobs: list[Job] = []
    for n, (title, said, months, _, employer) in enumerate(positions):
        start = end - months
        first, last = months_span(start, end)
        jobs.append(
            Job(
                title=title,
                dates=said,
                start=first,
                end=last,
                current=n == 0 and end == now,
                months=months,
                employer=employer,
            )
        )
        end = start
    return jobs
