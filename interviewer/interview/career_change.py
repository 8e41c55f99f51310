"""A change of field: the candidate's recent titles in another function than the role's, a latest job in
another family of work, or a switch made only months ago after a career elsewhere."""

from __future__ import annotations

import re

from interviewer.interview.career_objections import (
    _MOVING,
    _in_field,
    _initials,
    _latest_first,
    _summary,
    _titles,
    _wanted_words,
    on_the_side,
)
from interviewer.interview.description_sentences import _PREFERRED, _sentences
from interviewer.interview.functions import families, function_words, names_an_occupation
from interviewer.interview.not_posts import _is_study_line
from interviewer.interview.profile import Objection
from interviewer.interview.resume_facts import Job, ResumeFacts, _span
from interviewer.interview.roles import Role
from interviewer.interview.short_posts import BREAK, SIDE
from interviewer.interview.stays import ORGANISATION, opens_with_company, title_parts

# Less time than this in the target function, after a career elsewhere, is a switch; two years in it is an
# established move that a recruiter reads as the candidate's field.
SWITCH_MONTHS = 24


# "Technical writer with 7 years' experience", "12 years as a lab technician": the candidate's own
# summary puts those years in a function.
_STATED_CAREER = re.compile(
    r"(?P<before>[^.;:\n]{3,60}?)\s+with\s+(?:over\s+|more than\s+|nearly\s+|almost\s+|about\s+)?\d+\+?\s*"
    r"(?:years|yrs)\b|\b\d+\+?\s*(?:years|yrs)['’]?\s+(?:of\s+)?(?:experience\s+)?(?:in|as)\s+(?:an?\s+)?"
    r"(?P<after>[^.;,\n]{3,60})",
    re.IGNORECASE,
)


def _says_it_is_their_field(
    resume: str, wanted: set[str], initials: set[str], teaching: bool = False
) -> bool:
    """Whether the summary puts the candidate's years in the role's function; "Accounting lecturer with 13
    years of teaching" puts them in teaching, unless the role is a teacher's."""
    summary = _summary(resume)
    if _MOVING.search(summary) or _COMING_BACK.search(summary):
        return False
    said = (m.group("before") or m.group("after") or "" for m in _STATED_CAREER.finditer(summary))
    return any(_in_field(s, wanted, initials) and (teaching or not _TEACHING.search(s)) for s in said)


# "Now I want to come back to my profession in accounting": the years stated are behind the candidate.
_COMING_BACK = re.compile(r"\b(?:come back|coming back|get back) to (?:my|the)\b", re.IGNORECASE)
_TEACHERS = r"lecturer|teacher|tutor|professor|instructor|trainer"
_TEACHING = re.compile(rf"\b(?:{_TEACHERS}|teaching)\b", re.IGNORECASE)


_ASKS_EXPERIENCE = re.compile(r"\b(?:experience|background|years?|yrs)\b", re.IGNORECASE)
# A degree's subjects ("Maths, Economics, Accounting") and a wish ("a big plus") are no way in.
_NOT_A_WAY_IN = re.compile(r"\b(?:degree|bachelor\w*|master\w*|diploma|qualifi\w*|plus)\b", re.IGNORECASE)


def _accepted_by_description(titles: list[str], job_description: str) -> bool:
    """Whether the description's own experience lines name the candidate's recent function as a way in
    ("2 years' shift management in a warehouse or DC", "a legal or compliance background")."""
    said: set[str] = set()
    for sentence in _sentences(job_description):
        if _ASKS_EXPERIENCE.search(sentence) and not (
            _PREFERRED.search(sentence) or _NOT_A_WAY_IN.search(sentence)
        ):
            said |= function_words(sentence)
    return all(function_words(t) & said for t in titles)


def _career_change_objection(
    role: Role, facts: ResumeFacts, resume: str = "", job_description: str | None = None
) -> Objection | None:
    wanted = _wanted_words(role)
    # A title made only of rank ("Chief Executive Officer", "General Manager") is open to every function.
    if not wanted:
        return None
    initials = _initials(role)
    teaches = "education" in families(" ".join(_titles(role)))
    if _says_it_is_their_field(resume, wanted, initials, teaches):
        return None
    # A bootcamp is study, and a career break is time off: neither is work in another function.
    jobs = [
        j
        for j in facts.jobs
        if j.title.strip()  # dates alone say nothing of the work
        and not _is_study_line(j.title)
        and not BREAK.search(j.title)
        and not _NOT_A_POSITION.search(j.title)
        and not _DOCTORAL.search(j.title)
        and not _company_only(j.title)
    ]
    # An employer's line dated over the positions under it ("Bramley & Cole Ltd, Apr '12 - Present" over
    # three posts) is no post of its own.
    jobs = [j for j in jobs if not (opens_with_company(j.title) and sum(_within(o, j) for o in jobs) >= 2)]
    latest = _latest_first(jobs)[:2]
    recent = [j if teaches else _as_taught(j) for j in latest]
    titles = [j.title for j in recent]
    if not titles or not all(function_words(t) for t in titles):
        return None
    # A title read out of a table or out of the middle of a sentence says nothing sure about the work.
    if not all(_readable(t) for t in titles):
        return None
    # Only a function the titles name is another function: a company read as a title names none.
    if not any(names_an_occupation(t) for t in titles):
        return None
    # A layout read with the company where the title should be ("Al Manara Contracting W.L.L." over "HSE
    # Officer") still shows the function on the position's other line.
    if any(_in_field(j.title, wanted, initials) or _in_field(j.employer, wanted, initials) for j in recent):
        return _recent_switch(role, jobs, wanted, initials) or _moved_away(role, recent, wanted, initials)
    if _holds_the_post(role, titles) or _runs_the_whole(role, titles):
        return None
    if job_description and _accepted_by_description(titles, job_description):
        return None
    # Said as the resume writes them: "Senior Lecturer, Accounting", though read as teaching.
    said = [j.title for j in latest]
    evidence = (
        f"The role is {role.display_title}; the resume's most recent titles "
        f"({'; '.join(map(_as_titled, said))}) are in another function."
    )
    return Objection(topic="objection:career-change", evidence=evidence)


# Table rules and empty cells ("| |", "|----|") or a title opening on a preposition ("of 11 offshore
# support") show a layout read in the wrong order, not a title.
# A line read out of a sentence ("am the cell's safety representative") or a form's label ("Reason for
# leaving, ...") says nothing sure about the work either, nor an achievement dated in a list grouped by
# skill ("Built the 'Young Engineers' intake with BUET and KUET - 34 graduates hired").
_UNREADABLE = re.compile(
    r"\|\s*\||-{4,}|^\W*(?:of|the|and|with|in|for|to|at|on)\s"
    r"|^\W*(?i:(?:am|i|i['’]m|my|we|was)\s|reason for leaving\b)"
    r"|^\W*(?:Built|Led|Launched|Delivered|Managed|Created|Developed|Designed|Implemented|Reduced|Increased"
    r"|Grew|Drove|Introduced|Cut|Won|Negotiated|Commissioned|Rolled out|Set up)\s"
)


def _readable(title: str) -> bool:
    return not _UNREADABLE.search(title)


# A teacher of a subject teaches: "Senior Lecturer, Accounting" does not keep the books.
# The title opens with it: "Hospital Professor Lima Vaz" is a hospital.
_TEACHES = re.compile(
    r"^\W*(?:(?:senior|associate|assistant|adjunct|visiting|principal|lead|part-time|sessional|guest)\s+)*"
    rf"(?:{_TEACHERS}|docente|professeure?|dozent(?:in)?|leraar|nauczyciel\w*|profesora?)\b",
    re.IGNORECASE,
)


def _as_taught(job: Job) -> Job:
    """A teaching post in a subject ("Senior Lecturer, Accounting") as the teaching it is, for a role that is
    not a teacher's."""
    held = _TEACHES.search(job.title)
    return job if held is None else job.model_copy(update={"title": held.group(0), "employer": ""})


MOVED_AWAY_MONTHS = 24  # this long in the latest work, in another family of work, is where the candidate is


# A chief executive or operating officer, a managing director or a general manager runs every function of
# the business, so a general manager's seat over one line of it ("General Manager – Residential Services")
# is in their field.
_RUNS_THE_WHOLE = re.compile(
    r"\b(?:chief (?:executive|operating) officer|CEO|COO|managing director|general manager|gerente general"
    r"|director general|directeur g[ée]n[ée]ral|gesch[äa]ftsf[üu]hrer\w*)\b",
    re.IGNORECASE,
)


def _runs_the_whole(role: Role, titles: list[str]) -> bool:
    return role.id == "general-manager" and any(_RUNS_THE_WHOLE.search(t) for t in titles)


def _holds_the_post(role: Role, titles: list[str]) -> bool:
    """Whether a recent title holds the post typed, word for word ("Area Manager - Attica South" and "Acting
    Area Manager, Thessaloniki East"): an ambiguous title matched to a library role of another kind of
    work is still the candidate's own."""
    head = re.split(r"\s[-–—|(/]|,", role.asked_as or "")[0].strip().lower()
    if len(head.split()) < 2:
        return False
    return any(re.search(rf"(?<!\w){re.escape(head)}(?!\w)", t.lower()) for t in titles)


def _moved_away(role: Role, recent: list[Job], wanted: set[str], initials: set[str]) -> Objection | None:
    """A candidate whose latest work, two years or more of it, is in another family of work than the role,
    though earlier work was in it: a pharmacist who has taught chemistry since 2023 is coming back. Only
    families the taxonomy knows decide it; two titles that merely share no word ("Backend Engineer", "Java
    Developer") may still be one function. A post in the role's field still held beside it ("Supervisora de
    Operaciones, since 2019" beside "Instructora externa, since 2021") is where the candidate still is."""
    latest = recent[0]
    if latest.months < MOVED_AWAY_MONTHS or SIDE.search(latest.title):
        return None
    if latest.current and any(j.current and _in_field(j.title, wanted, initials) for j in recent[1:]):
        return None
    work = _own_words(latest.title)
    now, asked = families(work), families(" ".join(_titles(role)))
    if not now or not asked or now & asked or _in_field(work, wanted, initials):
        return None
    evidence = (
        f"The role is {role.display_title}; the resume's most recent work ({_as_titled(latest.title)}, "
        f"{latest.months // 12} years) is in another function."
    )
    return Objection(topic="objection:career-change", evidence=evidence, resume_lines=(latest.title,))


def _own_words(title: str) -> str:
    """A title without its employer's name: a "Senior UX Designer - Shannon Bank plc" is no banker, nor a
    "Staff Nurse, Riverside Hospital" in hospitality."""
    return " ".join(p for p in title_parts(title) if not ORGANISATION.search(p))


def _as_titled(title: str) -> str:
    """A title without its asides ("Bookseller, Harbourside Books (part-time in holidays during my degree;
    full-time since June 2024)"): the interviewer says the title, not the candidate's own words about it."""
    return re.sub(r"\s*\((?:[^()\s]+\s+){3,}[^()]*\)", "", title).strip() or title


# A dated line read as a position that holds none ("Driving licence, Category B", "Crediti ECM in regola")
# is no work in another function.
_NOT_A_POSITION = re.compile(
    r"\b(?:driving licen[cs]e|licen[cs]e,? category|f[üu]hrerschein|permis [a-z]\b|crediti|CPD points)",
    re.IGNORECASE,
)
# A doctoral candidate researches in their own discipline, which the title does not name.
_DOCTORAL = re.compile(
    r"\b(?:ph\.?\s?d|doctoral)\s+(?:candidate|student|researcher|fellow)\b|\bpromovend\w*|\bdoctorand\w*",
    re.IGNORECASE,
)


def _within(inner: Job, outer: Job) -> bool:
    (low, high), (start, end) = _span(inner), _span(outer)
    return inner is not outer and start <= low and high <= end and high - low < end - start


def _company_only(title: str) -> bool:
    """Whether a dated line names only a company and its place ("AgroPacífico Exportaciones S.A. – Virú",
    "Consultora Ambiental Chimú S.A.C. – Trujillo"): the position is on another line."""
    # What the brackets say of the company ("(TV, radio, news portal)") is its business, not a post.
    unbracketed = re.sub(r"\([^)]*\)?", " ", title)
    return opens_with_company(title) and not any(names_an_occupation(p) for p in title_parts(unbracketed)[1:])


def _recent_switch(role: Role, jobs: list[Job], wanted: set[str], initials: set[str]) -> Objection | None:
    """A career changer whose latest work is already in the field: under SWITCH_MONTHS of it, after most
    of a career (at least two thirds, and three years or more) in another function."""
    # Part-time work beside a full-time job elsewhere is a start in the field, not time in it.
    on = [j for j in jobs if _in_field(j.title, wanted, initials) and not on_the_side(j, jobs)]
    # A student's casual or part-time job is no career elsewhere.
    off = [
        j
        for j in jobs
        if function_words(j.title) and not _in_field(j.title, wanted, initials) and not SIDE.search(j.title)
    ]
    on_months, off_months = sum(j.months for j in on), sum(j.months for j in off)
    if not off or on_months >= SWITCH_MONTHS or off_months < 36 or off_months < 2 * on_months:
        return None
    longest = max(off, key=lambda j: j.months)
    evidence = (
        f"The role is {role.display_title}; the resume shows {off_months // 12} years in another function "
        f"({longest.title}) and {on_months} months in this one."
    )
    return Objection(topic="objection:career-change", evidence=evidence, resume_lines=(longest.title,))
