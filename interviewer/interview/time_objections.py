"""The objections the dates of a career invite, read from the resume's jobs and stays: a gap, short stays
with several employers, and one long stay that is still the candidate's."""

from __future__ import annotations

import re
from datetime import date

from interviewer.interview.profile import Objection
from interviewer.interview.resume_facts import (
    LONG_TENURE_MONTHS,
    SHORT_TENURE_MONTHS,
    Job,
    ResumeFacts,
    _span,
)
from interviewer.interview.stays import employments, opens_with_company, short_stays


def _gap_objection(facts: ResumeFacts) -> Objection | None:
    if not facts.gaps:
        return None
    parts = [
        f"since {g.start_text} (at least {g.months} months)"
        if g.end_text == "now"
        else f"between {g.start_text} and {g.end_text} (at least {g.months} months)"
        for g in facts.gaps[:3]
    ]
    return Objection(topic="objection:gap", evidence=f"The resume shows no job {' or '.join(parts)}.")


def _hopping_objection(facts: ResumeFacts) -> Objection | None:
    short = short_stays(facts.jobs, facts.short_jobs)
    if short < 3:
        return None
    return Objection(
        topic="objection:job-hopping",
        evidence=f"The resume shows {short} jobs that lasted under {SHORT_TENURE_MONTHS} "
        "months; an employer will ask whether the candidate will stay.",
    )


_NOT_AN_EMPLOYER = re.compile(
    r"\b(?:volunteer|voluntary|unpaid|pro bono|career break|sabbatical|retraining|since relocating"
    r"|professional development|career transition)\b|^\W*transition\W*$",
    re.IGNORECASE,
)
LEFT_MONTHS = 1  # a long stay that ended before this month is no longer the candidate's employer


def _posts_under(line: Job, jobs: list[Job]) -> list[Job]:
    """The posts dated within a line's own dates ("Bramley & Cole Ltd, Apr '12 - Present" over three)."""
    low, high = _span(line)
    return [j for j in jobs if j is not line and j.title and low <= _span(j)[0] and _span(j)[1] <= high]


def _positions(stay: list[Job], jobs: list[Job]) -> int:
    """The positions of a stay, an employer's line dated over its posts counted as those posts ("Nordhav Bank
    ASA, Oslo, 2552 – 2560" over a Deputy CRO and a Head of Market Risk is two)."""
    return sum(max(1, len(_posts_under(j, jobs))) if opens_with_company(j.title) else 1 for j in stay)


def _tenure_objection(facts: ResumeFacts, today: date | None = None) -> Objection | None:
    # Years of volunteering beside a career ("Volunteer cooking instructor, 2016 - present") or time off
    # since a job ("Since relocating to Canada") are no employer the candidate must adapt away from.
    stays = employments(
        [j for j in facts.jobs if not _NOT_AN_EMPLOYER.search(j.title)], successions=facts.successions
    )
    # Of the long stays, the one still the candidate's: 13 years in the current hotel, not 18 at earlier ones.
    long = [stay for stay in stays if stay[1] - stay[0] >= LONG_TENURE_MONTHS]
    longest = max(long, key=lambda stay: (any(j.current for j in stay[2]), stay[1]), default=None)
    if longest is None:
        return None
    low, high, jobs = longest
    # Only a long stay that is still the candidate's: years at one firm followed by years elsewhere already
    # answer "can you adapt?", and so does having left it months ago (an army career ended, a store left
    # for a bootcamp). A stay ended only weeks ago is still the question.
    latest_end = max(_span(j)[1] for j in facts.jobs)
    if not any(j.current for j in jobs):
        today = today or date.today()
        now = today.year * 12 + today.month - 1
        # "2009 - 2025" written in 2025 may run to this month: a year-only end says no more than the year.
        left = max(now if j.end == (today.year, None) else _span(j)[1] for j in jobs)
        if latest_end - high >= 24 or now - max(high, left) >= LEFT_MONTHS:
            return None
    latest = jobs[0]
    # "Bramley & Cole Ltd, Apr '12 - Present" dated over the positions under it is one employer, not one job.
    under = _posts_under(latest, facts.jobs)
    if len(jobs) == 1 and len(under) >= 2 and opens_with_company(latest.title):
        named = re.sub(r"\s*\([^)]*\)", "", latest.title).strip() or latest.title
        stay = f"with one employer in {len(under)} positions ({named}, {latest.dates})"
    elif len(jobs) == 1:
        title = f"{latest.title}, " if latest.title else ""
        stay = f"in one job ({title}{latest.dates})"
    else:
        # "Nordvik Traction AB, Västerås (traction converters for trains)": named, not described.
        where = re.sub(r"\s*\([^)]*\)", "", latest.employer).strip() or latest.title
        stay = f"with one employer in {_positions(jobs, facts.jobs)} positions ({where}, {latest.dates})"
    return Objection(
        topic="objection:tenure",
        evidence=f"The resume shows {(high - low) // 12} years {stay}; "
        "an employer will ask how the candidate will adapt to a new organisation.",
    )
