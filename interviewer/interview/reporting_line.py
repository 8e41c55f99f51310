"""A seat below the one the candidate holds, read from the job's reporting line: a Front Office Manager
applying for a front desk agent's post that reports to a Front Office Manager, a Night Shift Manager for a
team leader's seat under an Operations Manager. The title typed alone says too little ("Coordinator" at one
firm runs what a "Manager" runs at another); the line the seat reports to says where it sits."""

from __future__ import annotations

import re

from interviewer.interview.career_objections import (
    _C_LEVEL,
    _FOUNDER,
    SETTLED_MONTHS,
    _held_rank,
    _latest_post,
)
from interviewer.interview.profile import Objection
from interviewer.interview.resume_facts import ResumeFacts
from interviewer.interview.roles import Role
from interviewer.interview.short_posts import BREAK

# "reports to the Front Office Manager", "reporting directly to our Head of Finance", "reports into the GM",
# "Reports to: Finance Supervisor".
_REPORTS_TO = re.compile(
    r"\breport(?:s|ing)?\s+(?:directly\s+|direct\s+|administratively\s+)?(?:in)?to\b\s*:?\s*(?:the\s+|a\s+|an\s+|our\s+)?"
    r"((?:[\w&/-]+[ \t]+){0,5}[\w&/-]+)",
    re.IGNORECASE,
)

# "prepare monthly reports to the Finance Manager": reports as documents, not a reporting line.
_A_DOCUMENT = re.compile(
    r"\b(?:prepar\w*|submit\w*|produc\w*|compil\w*|writ\w*|deliver\w*|present\w*|send\w*|daily|weekly|"
    r"monthly|quarterly|annual|regular|financial|management|status|progress|written|timely|accurate)\W+(?:\w+\W+)?$",
    re.IGNORECASE,
)

# Ranks from a people leader's first step up: the words each rank is named by, in English and in the
# languages titles come in. Read from the top down, so "Managing Director" is not read as a manager.
_RANKS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (6, _C_LEVEL),
    (6, re.compile(r"\b(?:managing|general|executive)\s+director\b|\bchief executive\b", re.IGNORECASE)),
    (5, re.compile(r"\b(?:s|e|a)?vp\b|\bvice[- ]president\b", re.IGNORECASE)),
    (4, re.compile(r"\b(?:director|directeur|directrice|directora?|diretora?|direktor|direttore)\b", re.I)),
    (3, re.compile(r"\bhead\b(?!\s+(?:office|quarters)\b)|\bgeneral manager\b|\bGM\b", re.IGNORECASE)),
    (2, re.compile(r"\b(?:manager|superintendent|gerente|gérante?|leiter(?:in)?)\b", re.IGNORECASE)),
    (1, re.compile(r"\b(?:supervisor|team lead(?:er)?|foreman|forewoman|charge nurse|shift lead)\b", re.I)),
)
# Above a head's rank titles inflate and boards appoint: a CEO applying to report to a CEO may be moving
# to a larger firm, so only a seat under a manager or a head is read this way.
_HEAD = 3
# A second in command sits a rank below the title named: an Assistant Manager is a team leader's peer.
_DEPUTY = re.compile(r"\b(?:assistant|deputy|associate|vice|trainee|acting)\s+(?:[\w&]+\s+)?$", re.IGNORECASE)
# Managers of a thing, not of people: an Account Manager may lead no one.
_MANAGES_A_THING = re.compile(
    r"\b(?:account|project|product|programme|program|portfolio|relationship|case|property|brand|category|"
    r"content|community|campaign|release|contract|client|key account|territory)\s+manager\b",
    re.IGNORECASE,
)


def seat_rank(title: str) -> int:
    """The rank a title holds itself (0 for a seat that leads no one): "Assistant to the CEO" holds none."""
    for rank, words in _RANKS:
        held = _held_rank(words, title)
        if held is None:
            continue
        if rank == 2 and _MANAGES_A_THING.search(title):
            return 0
        return rank - 1 if _DEPUTY.search(title[: held.start()]) else rank
    return 0


def _rank_end(title: str) -> int:
    """Where the first rank a title names ends: "Front Office Manager and checks guests" ends at "Manager"."""
    ends = [m.end() for _, words in _RANKS if (m := _held_rank(words, title))]
    return min(ends, default=len(title))


def reporting_line_objection(role: Role, job_description: str | None, facts: ResumeFacts) -> Objection | None:
    """Overqualified where the seat reports to a manager or a head of the candidate's own rank or below, and
    the title typed is below the candidate's: the candidate would report to their own peer."""
    line = next(
        (
            m
            for m in _REPORTS_TO.finditer(job_description or "")
            if not _A_DOCUMENT.search((job_description or "")[max(0, m.start() - 30) : m.start()])
        ),
        None,
    )
    if line is None:
        return None
    boss = seat_rank(line.group(1))
    # The reporting line as the description says it, up to the rank: "reports to the Front Office Manager".
    said = line.group(0)[: line.start(1) - line.start(0) + _rank_end(line.group(1))].strip()
    # A form's "Reports to: Finance Supervisor" reads in a sentence as "reports to Finance Supervisor".
    said = re.sub(r"^(report\w*\s+(?:\w+\s+)?(?:in)?to)\s*:\s*", r"\1 ", said, flags=re.IGNORECASE)
    said = said[0].lower() + said[1:]
    posts = [j for j in facts.jobs if j.title.strip() and not BREAK.search(j.title)]
    latest = _latest_post(posts)
    if not 0 < boss <= _HEAD or not latest or _FOUNDER.search(latest[0].title):
        return None
    if latest[0].months < SETTLED_MONTHS:  # a post held for months is a step tried, not yet the level
        return None
    held, typed = seat_rank(latest[0].title), role.asked_as or role.display_title
    if held < boss or held <= seat_rank(typed):
        return None
    # A manager's title with no team led says nothing of rank (a Procurement Manager who runs tenders).
    if not facts.has_direct_reports:
        return None
    evidence = (
        f"The role ({typed}) {said}; the resume's latest job is already at that level ({latest[0].title})."
    )
    return Objection(topic="objection:overqualified", evidence=evidence, resume_lines=(latest[0].title,))
