"""Gaps in employment: stretches of six months or more between jobs, or since the last one, that are not
time spent studying. A recruiter does not ask "why no job in 2022?" of someone who was finishing a degree."""

from __future__ import annotations

import re
from datetime import date

from interviewer.interview.dates import (
    _DATE,
    _RANGE,
    _YEAR,
    _end_latest,
    _format,
    _month_index,
    _parse_date,
    _start_earliest,
)
from interviewer.interview.degrees import _degrees
from interviewer.interview.headings import _EXCLUDED_HEADS
from interviewer.interview.not_posts import _is_study_line
from interviewer.interview.resume_facts import MIN_GAP_MONTHS, Gap, Job
from interviewer.interview.short_posts import BREAK

_STUDY_HEADS = {"education", "academic", "studies", "qualifications", "qualification", "training", "courses",
                "ausbildung", "studium", "formation", "formação", "formación", "educación",
                "educação"}  # fmt: skip


# A gap closed this long ago, by a career of work since, is history an interviewer no longer asks about.
STALE_MONTHS = 120
STUDY_MONTHS = 36  # the months before a graduation date taken as study, when only that date is written
_ALONE = re.compile(rf"(?<![\w/.-])(?:{_DATE})(?![\w/.-])", re.IGNORECASE)


def study_spans(lines: list[str]) -> list[tuple[int, int]]:
    """[start, end) months of each dated study line: a degree, or a line under an education heading. Read
    generously (a year-only end is December), since a study span only ever removes a gap."""
    spans: list[tuple[int, int]] = []
    studying = False
    for line in lines:
        words = set(line.lower().strip("#*_=:-–— ").split())
        heading = words and len(line) <= 45 and not any(ch.isdigit() for ch in line)
        if heading and words & (_EXCLUDED_HEADS | {"experience", "employment", "work", "skills", "projects"}):
            studying = bool(words & _STUDY_HEADS)
            continue
        if not (studying or _is_study_line(line)):
            continue
        for match in _RANGE.finditer(line):
            start, end = _parse_date(match.group("start")), _parse_date(match.group("end"))
            if start is not None and end is not None:
                spans.append((_start_earliest(start), _end_latest(end)))
        if not _RANGE.search(line) and _degrees(line):
            # "Bachelor of Science in Business — May 2017": the years before a graduation date were study.
            # A course or a refreshed certificate ("SMSTS - refreshed November 2024") took days, not years.
            for match in _ALONE.finditer(line):
                if (graduated := _parse_date(match.group(0))) is not None:
                    spans.append((_start_earliest(graduated) - STUDY_MONTHS, _end_latest(graduated) + 1))
    return spans


# Why someone was not working, said in a sentence: "I moved back to İstanbul in March 2025 for family reasons
# and have since been preparing for the SPK licensing exams".
_REASON = re.compile(
    r"\b(?:moved (?:back )?(?:to|home)|relocat\w+|family reasons|caring|cared for"
    r"|(?:to )?care (?:full-time )?for|looking after|preparing for"
    r"|studying for|illness|recover\w*|health reasons|travel(?:l?ing|l?ed)|raising)\b",
    re.IGNORECASE,
)


def _explained_months(lines: list[str]) -> list[int]:
    """The months named in sentences that say why the candidate was not working, outside dated posts."""
    months = []
    for line in lines:
        # A table's cells are read one by one: "| Spring 2015 | Winter 2020 | Left to care for my father ..."
        for sentence in re.split(r"(?<=[.!?;])\s+|\s*\|\s*", line):
            # A dated post ("Debt Recovery Officer, 2019 - 2020") is work, not a reason for none; a dated
            # break in a sentence ("I took a planned ten-month sabbatical (09-2023 → 07-2024)") is one.
            dated = _RANGE.search(sentence) and not BREAK.search(sentence)
            if (_REASON.search(sentence) or BREAK.search(sentence)) and not dated:
                said = [
                    _start_earliest(d) for m in _ALONE.finditer(sentence) if (d := _parse_date(m.group(0)))
                ]
                # A dated break ("Career break, Sep 2021 - Aug 2024") explains its own months, not the time
                # after it ends: the end of the range is no reason for a gap that follows.
                months += said[:1] if _RANGE.search(sentence) else said
    return months


def _explained(low: int, high: int, months: list[int]) -> bool:
    return any(low - 2 <= month <= high for month in months)


def _uncovered(low: int, high: int, spans: list[tuple[int, int]]) -> int:
    """Months in [low, high) that no span covers."""
    months = set(range(low, high))
    for start, end in spans:
        months -= set(range(max(start, low), min(end, high)))
    return len(months)


def employment_gaps(jobs: list[Job], lines: list[str], today: date) -> list[Gap]:
    """Gaps of six months or more, between jobs and since the last one when none is current; uncertain
    year-only dates are read in the candidate's favour, and months spent studying are not a gap."""
    studies = study_spans(lines)
    reasons = _explained_months(lines)
    ordered = sorted(jobs, key=lambda j: (_start_earliest(j.start), _end_latest(j.end)))
    gaps: list[Gap] = []
    covered_until: int | None = None
    last_end: Job | None = None
    now = _month_index(today.year, today.month)
    for job in ordered:
        start = _start_earliest(job.start)
        if covered_until is not None and last_end is not None and now - start <= STALE_MONTHS:
            months = _uncovered(covered_until, start, studies)
            if months >= MIN_GAP_MONTHS and not _explained(covered_until, start, reasons):
                gaps.append(Gap(start_text=_format(last_end.end), end_text=_format(job.start), months=months))
        end = _end_latest(job.end)
        if covered_until is None or end > covered_until:
            covered_until, last_end = end, job
    if last_end is not None and covered_until is not None and not any(j.current for j in jobs):
        months = _uncovered(covered_until, now, studies)
        if (
            months >= MIN_GAP_MONTHS
            and not _explained(covered_until, now, reasons)
            and not _unread_work(covered_until, now, lines)
        ):
            gaps.append(Gap(start_text=_format(last_end.end), end_text="now", months=months))
    return gaps


_A_YEAR = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
UNREAD_MONTHS = 36


def _unread_work(low: int, now: int, lines: list[str]) -> bool:
    """Years of idleness up to now, where the resume names a recent year on a line that is no study: the
    latest post was written in a way the dates were not read from ("Από τον Μάρτιο του 2024 έως σήμερα"),
    so no gap is claimed."""
    if now - low < UNREAD_MONTHS:
        return False
    named = [int(y) for line in lines if not _is_study_line(line) for y in _A_YEAR.findall(line)]
    return any(low // 12 + 2 <= year <= now // 12 for year in named)
