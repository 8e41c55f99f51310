"""What a resume shows, read without a model: dated jobs, gaps and tenures, degrees, team sizes,
budgets, industries and certifications, from plain text in any of the usual formats."""

from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, ConfigDict

from interviewer.interview.amounts import owned_amounts
from interviewer.interview.certifications import held_certifications
from interviewer.interview.claims import without_orders, without_wishes
from interviewer.interview.dates import (
    _DATE,
    _DATE_FIRST,
    _END,
    _RANGE,
    RANGE_TO,
    YearMonth,
    _end_latest,
    _month_index,
    _start_earliest,
    between_as_range,
    months_span,
    with_common_era,
    with_fiscal_years,
    with_years_spelled,
)
from interviewer.interview.degrees import _degrees
from interviewer.interview.durations import jobs_from_lengths
from interviewer.interview.employers import (
    company_below,
    company_header,
    duration_groups,
    employer_header,
    successions,
    under,
)
from interviewer.interview.headings import HeadingKind, _heading_kind, table_head
from interviewer.interview.industries import resume_industries
from interviewer.interview.job_titles import _BULLET, _title_for, form_employer
from interviewer.interview.not_posts import (
    _CITATION,
    _CREDENTIAL,
    _DETAIL_LINE,
    _MEMBERSHIP,
    _RESIDENCY,
    _SEEKING,
    _is_study_line,
    sums_up,
)
from interviewer.interview.post_dates import _FROM_ALONE, post_ranges, since_dated
from interviewer.interview.reading import _DIRECT_REPORTS, _NUM, _number, led_team_sizes
from interviewer.interview.short_posts import BREAK, NATURALLY_SHORT, ended_by_employer, under_engagements
from interviewer.interview.wrapping import unwrap_bullets

SHORT_TENURE_MONTHS = 18
LONG_TENURE_MONTHS = 120
MIN_GAP_MONTHS = 6


class Job(BaseModel):
    """One dated position read from the resume."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str  # the title/employer line(s), as written
    dates: str  # the date range, as written
    start: YearMonth
    end: YearMonth  # today's month for a current job
    current: bool
    months: int  # best estimate; a year-only range "2015 - 2020" is 60 months
    # The employer line above a run of date-first positions ("Moravia Seating s.r.o., Brno" over
    # "09.2016 - present  Senior Design Engineer"), when the resume is laid out that way; else "".
    employer: str = ""


class Gap(BaseModel):
    """A stretch of at least six months between consecutive jobs."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start_text: str  # end of the job before, as written
    end_text: str  # start of the job after, as written
    months: int  # the shortest the gap can be, given how precisely the dates are written


class ResumeFacts(BaseModel):
    """What a resume shows, read without a model."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    degrees: list[str] = []  # normalised levels, highest first
    highest_degree: str | None = None
    years_experience: float | None = None
    jobs: list[Job] = []  # in the resume's order
    gaps: list[Gap] = []
    short_tenures: int = 0
    short_jobs: list[Job] = []  # the positions counted in short_tenures
    longest_tenure_years: float = 0.0
    max_team_size: int | None = None
    max_budget_usd: int | None = None
    max_project_usd: int | None = None  # budgets, or the value of a project run
    industries: list[str] = []
    certifications: list[str] = []
    has_direct_reports: bool = False
    successions: list[str] = []  # lines saying an employer was renamed, merged or acquired


def _span(job: Job) -> tuple[int, int]:
    """Best-estimate [start, end) in months; a year-only end means "into that year" (2015-2020 is 5 years)."""
    start = _start_earliest(job.start)
    year, month = job.end
    end = _month_index(year, month) + 1 if month else _month_index(year, 1)
    if end <= start:
        end = _end_latest(job.end)
    return start, max(end, start + 1)


# A line that ends with its range, nothing after it but a bracket or emphasis.
_DATES_LAST = re.compile(rf"(?:{_RANGE.pattern})[\s)*_|]*$", re.IGNORECASE)


def _extract_jobs(lines: list[str], today: date) -> list[Job]:
    jobs: list[Job] = []
    section: HeadingKind | None = None
    now: YearMonth = (today.year, today.month)
    header = company = ""
    grouped = duration_groups(lines)
    bulleted: set[int] = set()
    for index, line in enumerate(lines):
        kind = _heading_kind(line)
        if kind is not None:
            section, header, company = kind, "", ""
            continue
        header = employer_header(lines, index, header)
        company = company_header(lines, index, company)
        skipped = (
            _DETAIL_LINE.match(line)
            or _CITATION.search(line)
            or _CREDENTIAL.search(line)
            or _RESIDENCY.search(line)
            or _MEMBERSHIP.match(line)
            or _SEEKING.search(line)
        )
        # A long line is prose, unless it opens with its dates, bulleted or not ("03/2018 – 11/2021 |
        # Transports Durand ...; emigrei para França com a família ..."), or is a heading that ends with
        # them ("**Senior Policy Analyst** – Housing and Urban Development Coordinating Council (now ...),
        # Makati · 2014.06 – 2019.02").
        prose = len(line.split()) > 25 and not _DATE_FIRST.match(line.lstrip(" |-•*"))
        prose = prose and not (not _BULLET.match(line) and _DATES_LAST.search(line))
        prose = prose and line.count("|") < 3  # a table's row, however long its last cell
        # "From 2019 until 2021 I worked on two fixed-term client assignments ...": a sentence that opens on
        # the dates of the work it tells of.
        opening = _FROM_ALONE.match(line)
        prose = prose and not (opening and _RANGE.match(line, opening.end()))
        if section == "excluded" or prose or skipped:
            continue
        # Outside an experience section, an education line's dates are study, not work.
        if section != "experience" and _is_study_line(line):
            continue
        found = post_ranges(line, now) or since_dated(lines, index, section, now)
        spans = [(m.start(), m.end()) for m, *_ in found]
        employer = _employer(lines, index, header, company) if found else ""
        for match, start, end, current in found:
            if not 1950 <= start[0] <= today.year or _start_earliest(start) > _start_earliest(now):
                continue
            if not current and (end[0] > today.year or _end_latest(end) <= _start_earliest(start)):
                continue
            job = Job(
                title=_title_for(lines, index, spans),
                dates=match.group(0).strip(),
                start=start,
                end=end,
                current=current,
                months=0,
                employer=grouped.get(index) or form_employer(lines, index) or employer,
            )
            low, high = _span(job)
            jobs.append(job.model_copy(update={"months": high - low}))
            if _BULLET.match(line):
                bulleted.add(len(jobs) - 1)
    # A bullet dated inside a position ("- Since 2021: technical project lead for ...") tells of work
    # within it; dropped here, it neither cuts the stay in two nor passes for the latest move.
    outer = [j for n, j in enumerate(jobs) if n not in bulleted]
    jobs = [
        j for n, j in enumerate(jobs) if n not in bulleted or not _nested(j, [*outer, _stay_of(j, outer), j])
    ]
    return _closed_inside(jobs)


def _stay_of(job: Job, outer: list[Job]) -> Job:
    """The positions with a bullet's employer as one entry: "• Designed the programme, 2019 → 2024" under
    two titles at one employer tells of work there across both."""
    spans = [_span(j) for j in outer if job.employer and j.employer == job.employer]
    if not spans:
        return job
    low, high = min(s[0] for s in spans), max(s[1] for s in spans)
    start, end = months_span(low, high)
    return job.model_copy(update={"start": start, "end": end})


def _employer(lines: list[str], index: int, header: str, company: str) -> str:
    line = lines[index]
    if _DATE_FIRST.match(line):
        return header or company_below(lines, index)
    named = under(company, line, company_below(lines, index))
    # A table's head row names the employer in its first cell; the next cell is a remark about it.
    return named.strip(" |").split(" | ")[0] if named.startswith("|") else named


def _nested(job: Job, jobs: list[Job]) -> bool:
    """Within another entry's dates: a mission, secondment or title under one employment, not a move."""
    low, high = _span(job)
    return any(o is not job and _span(o)[0] <= low and high <= _span(o)[1] and _span(o) != (low, high)
               for o in jobs)  # fmt: skip


def _closed_inside(jobs: list[Job]) -> list[Job]:
    """An open range ("Senior Buyer (2013.10 –)") under an employer whose dates have ended ends with it."""
    out = []
    for index, job in enumerate(jobs):
        if job.current and re.search(r"[-–—]\s*\)?\s*$", job.dates):
            start = _start_earliest(job.start)
            above = jobs[:index]  # the employer is written above its titles
            parent = next((p for p in above if not p.current and _span(p)[0] < start < _span(p)[1]), None)
            if parent is not None:
                job = job.model_copy(update={"end": parent.end, "current": False})
                low, high = _span(job)
                job = job.model_copy(update={"months": high - low})
        out.append(job)
    return out


def _gaps(jobs: list[Job], lines: list[str], today: date) -> list[Gap]:
    # Imported here: resume_gaps reads dates with this module's patterns, so it imports this module.
    from interviewer.interview.resume_gaps import employment_gaps

    return employment_gaps(jobs, lines, today)


def _years_experience(jobs: list[Job]) -> float | None:
    if not jobs:
        return None
    spans = sorted(_span(j) for j in jobs)
    total, current_start, current_end = 0, spans[0][0], spans[0][1]
    for start, end in spans[1:]:
        if start > current_end:
            total += current_end - current_start
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    total += current_end - current_start
    return round(total / 12, 1)


_STATED_YEARS = re.compile(
    rf"\b{_NUM}\s*(?:years?|yrs?)['’]?\s+(?:of\s+)?(?:[\w&/-]{{1,40}}\s+){{0,4}}?"
    r"(?:experience|expertise)\b",
    re.IGNORECASE,
)


_DANGLING_RANGE = re.compile(rf"(?:{_DATE})\s*(?:-|–|—|to)\s*$", re.IGNORECASE)
_RANGE_END = re.compile(rf"^(?:{_END})", re.IGNORECASE)
# The same range broken before its dash: "... Business (B), 2019" then "– 2021".
_ENDS_WITH_DATE = re.compile(rf"(?:{_DATE})\s*$", re.IGNORECASE)
_DASHED_END = re.compile(rf"^(?:-|–|—)\s*(?:{_END})", re.IGNORECASE)


_SPLIT_COLUMN = re.compile(rf"^(?P<start>{_DATE})\s*[-–—]\s+(?P<rest>(?!{_END})\S.*)$", re.IGNORECASE)
_COLUMN_END = re.compile(rf"^(?P<end>{_DATE})(?![\w/.-])\s+(?P<rest>(?![-–—]|{_DATE})\S.*)$", re.IGNORECASE)
# A Europass column, "From Autumn 2021" over "to present", beside the title and the employer.
_FROM_COLUMN = re.compile(rf"^(?:from|von|desde|du)\s+(?P<start>{_DATE})\s+(?P<rest>(?!to\b)\S.*)$", re.I)
_TO_COLUMN = re.compile(rf"^(?:{RANGE_TO})\s+(?P<end>{_END})(?![\w/.-])\s*(?P<rest>.*)$", re.I)


_PAGE_FOOTER = re.compile(
    r"^\W*(?:page|página|pagina|seite|strona|sida|side|sivu)\s*\d+\s*(?:of|de|di|von|z|av|af|sur|/)\s*\d+\W*$",
    re.IGNORECASE,
)
_ITALICS = re.compile(r"(?<!\w)_([^_\n]+)_(?!\w)")
# A Europass form's bold labels around its years, "**From** 2021 **To** 2025", would hide the range.
_BOLD_LABEL = re.compile(r"\*\*(From|To|Since|Until|Von|Bis|Desde|Hasta)\*\*", re.IGNORECASE)


def _lines(text: str, spelled: bool = True) -> list[str]:
    """The resume's lines, with a date range broken over two lines (a PDF's wrapping) put back together and,
    unless `spelled` is False (to quote the candidate's own words), a range within one year given its year
    at both ends."""
    # Markdown's underscores for italics ("_July 2021 – February 2025_") would hide the dates they wrap.
    raw = text.replace("\r", "\n").split("\n")
    lines = [_BOLD_LABEL.sub(r"\1", _ITALICS.sub(r"\1", line.strip())) for line in raw]
    lines = [with_years_spelled(line) for line in lines] if spelled else lines
    # A table's header row ("Period | Appointment") names columns, not a post; a page's footer ("Page 1 of
    # 3") ends no entry.
    lines = ["" if table_head(line) or _PAGE_FOOTER.match(line) else line for line in lines]
    # A table's "From" and "To" columns side by side: "| Autumn 2021 | Spring 2025 |" is one range.
    lines = [_CELLS_FROM_TO.sub(r"| \g<start> – \g<end> |", line) for line in lines]
    joined: list[str] = []
    for line in lines:
        # A dates column beside the text: "Autumn 2022 – Guangzhou Zhilian Ltd." over "Winter 2023
        # Recruitment Consultant" is one range, its end on the line below.
        split = joined and (_SPLIT_COLUMN.match(joined[-1]) or _FROM_COLUMN.match(joined[-1]))
        if split and (end := _COLUMN_END.match(line) or _TO_COLUMN.match(line)):
            joined[-1] = f"{split['start']} – {end['end']} {split['rest']}"
            line = end["rest"]
        # A job board's form with the dates in two fields, "From: Sep 2012" over "To: Jun 2017": one period.
        if joined and (start := _FORM_FROM.match(joined[-1])) and (end := _FORM_TO.match(line)):
            joined[-1] = f"Period: {start['date']} – {end['date']}"
            joined.append("")
            continue
        if joined and (
            (_DANGLING_RANGE.search(joined[-1]) and _RANGE_END.match(line))
            or (_ENDS_WITH_DATE.search(joined[-1]) and _DASHED_END.match(line))
        ):
            joined[-1] = f"{joined[-1]} {line}"
            joined.append("")  # keeps the line count, so positions elsewhere still line up
            continue
        joined.append(line)
    return joined


_CELLS_FROM_TO = re.compile(rf"\|\s*(?P<start>{_DATE})\s*\|\s*(?P<end>{_END})\s*(?=\|)", re.IGNORECASE)
_FORM_FROM = re.compile(r"^(?:from|start date|date from|started)\s*:\s*(?P<date>\S.{2,30}?)\s*$", re.I)
_FORM_TO = re.compile(r"^(?:to|end date|date to|ended)\s*:\s*(?P<date>\S.{2,30}?)\s*$", re.I)
_DATED_RANGE = re.compile(r"(?:19|20)\d\d\s*[-–—]")
_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[A-Z])")
_INLINE_HEADING = re.compile(r"^([A-Z][A-Z &/]{3,30}):\s+")
_AFTER_DATES = re.compile(r"((?:19|20)\d\d|\b(?:[Pp]resent|[Cc]urrent|[Nn]ow))\s*,\s+")


def _sentences_as_lines(resume: str) -> str:
    """A resume written as one paragraph ("... Chef de Partie at Sable Shoreditch Jun 2022 - Apr 2023, sauce
    section. Demi CDP at Bistro Lumiere Aug 2021 - May 2022 ...") read sentence by sentence, as lines."""
    out: list[str] = []
    for line in resume.split("\n"):
        if len(line) <= 300 or len(_DATED_RANGE.findall(line)) < 2:
            out.append(line)
            continue
        for sentence in _SENTENCE_END.split(line):
            # "EXPERIENCE: Senior Chef de Partie at Marrow Feb 2024 - Jun 2024, ran the meat section": the
            # heading, the position with its dates, and what was done there, each on a line of its own.
            sentence = _INLINE_HEADING.sub("\\1\n", sentence)
            out.extend(_AFTER_DATES.sub("\\1\n", sentence).split("\n"))
    return "\n".join(out)


def extract_facts(resume: str, today: date | None = None) -> ResumeFacts:
    """What the resume shows: degrees, dated jobs, gaps, scope, industries and certifications."""
    today = today or date.today()
    resume = unwrap_bullets(without_orders(with_fiscal_years(with_common_era(resume))))
    lines = _lines(_sentences_as_lines(between_as_range(resume)))
    jobs = _extract_jobs(lines, today)
    # A sentence in the first person dated over the posts it sums up is no post of its own.
    jobs = [j for j in jobs if not sums_up(j.title, _span(j), [_span(o) for o in jobs if o is not j])]
    jobs = jobs or jobs_from_lengths(lines, today)
    stated = [_number(m.group("n")) for m in _STATED_YEARS.finditer(resume)]
    computed = _years_experience(jobs)
    # Resumes often list only the last decade of jobs, so a stated total can exceed the dated one.
    candidates = [y for y in (computed, *(float(s) for s in stated if s <= 60)) if y is not None]
    teams = led_team_sizes(resume)
    amounts = owned_amounts(resume)
    budgets = [value for value, project_only in amounts if not project_only]
    projects = [value for value, _ in amounts]
    degrees = _degrees(resume)
    short = [
        j
        for j in jobs
        if not j.current
        # The best estimate, so year-only ranges count too: "2019 - 2020" is about a year, not up to two.
        and j.months <= SHORT_TENURE_MONTHS
        and not NATURALLY_SHORT.search(j.title)
        and not BREAK.search(j.title)
        and not _nested(j, jobs)
        and not ended_by_employer(lines, j.dates)
        and not under_engagements(lines, j.dates)
    ]
    if len(short) >= 2:
        # A current job of a few months continues a pattern of short stays; alone it says nothing.
        short += [j for j in jobs if j.current and j.months <= SHORT_TENURE_MONTHS]
    return ResumeFacts(
        degrees=degrees,
        highest_degree=degrees[0] if degrees else None,
        years_experience=max(candidates) if candidates else None,
        jobs=jobs,
        gaps=_gaps(jobs, lines, today),
        short_tenures=len(short),
        short_jobs=short,
        longest_tenure_years=round(max((j.months for j in jobs), default=0) / 12, 1),
        max_team_size=max(teams) if teams else None,
        max_budget_usd=max(budgets) if budgets else None,
        max_project_usd=max(projects) if projects else None,
        industries=resume_industries(without_wishes("\n".join(lines))),
        certifications=held_certifications(resume),
        has_direct_reports=bool(teams) or bool(_DIRECT_REPORTS.search(resume)),
        successions=successions(lines),
    )
