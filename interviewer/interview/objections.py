"""The rules that turn a difference between a resume and a role into an objection: one per topic, each
citing its evidence. Requirements come from the job description when one is given."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from interviewer.interview.amounts import budgets, money
from interviewer.interview.career_change import _career_change_objection
from interviewer.interview.career_objections import (
    _c_level_title,
    _overqualified_objection,
    _pitched_below,
    _source,
)
from interviewer.interview.certifications import _certifications
from interviewer.interview.claims import without_orders, without_wishes
from interviewer.interview.current_lead import asks_leading_now, teams_led_now
from interviewer.interview.degree_fields import field_objection
from interviewer.interview.degrees import (
    _DEGREE_PATTERNS,
    _degrees,
)
from interviewer.interview.fact_proposals import ProposedFact, with_corrections, with_proposals
from interviewer.interview.industries import _INDUSTRIES, WITHIN, private_sector_met
from interviewer.interview.leaders import leaders_objection
from interviewer.interview.places import _cities_in
from interviewer.interview.profile import Corrections, Objection
from interviewer.interview.qualification_objections import (
    _certification_objection,
    _degree_objection,
    _licence_objection,
    _mentions,
    _pending_objection,
    _practice_objection,
    _unfinished_objection,
)
from interviewer.interview.reading import _team_sizes
from interviewer.interview.relocation import relocation_objection
from interviewer.interview.reporting_line import reporting_line_objection
from interviewer.interview.requirements import JobRequirements, extract_requirements
from interviewer.interview.resume_facts import (
    SHORT_TENURE_MONTHS,
    Job,
    ResumeFacts,
    _lines,
    _span,
    extract_facts,
)
from interviewer.interview.roles import Requirement, Role
from interviewer.interview.time_objections import _gap_objection, _hopping_objection, _tenure_objection
from interviewer.interview.wrapping import unwrap_bullets


def _merged(role: Role, described: JobRequirements | None) -> dict[str, list[tuple[Requirement, bool]]]:
    """Requirements by kind, each with whether it came from the description.

    A job description, when given, is the whole of what the employer asks: the role library's usual
    requirements apply only without one (a description that never mentions a degree does not want one).
    Nor do they apply to a title pitched below the library role it was matched to: a "Finance Manager"
    matched to the CFO profile is not asked to run 150 people; nor to a title no library role is near."""
    merged: dict[str, list[tuple[Requirement, bool]]] = {}
    if described is not None:
        for requirement in described.requirements:
            merged.setdefault(requirement.kind, []).append((requirement, True))
        return merged
    if _pitched_below(role) or role.unmatched:
        return merged
    for requirement in role.requirements:
        # The library's usual degree is only ever preferred; below the executive seats (where the missing
        # advanced degree is the classic question) no recruiter raises it unasked.
        if requirement.kind == "degree" and role.family != "executive":
            continue
        merged.setdefault(requirement.kind, []).append((requirement, False))
    return merged


def _without_degrees(resume: str) -> str:
    """The resume without its degrees' lines: a Master of Public Administration is no work in the public
    sector."""
    return "\n".join(
        line for line in resume.splitlines() if not any(p.search(line) for p in _DEGREE_PATTERNS.values())
    )


# "At a B2B SaaS company" asks for software sold to businesses: a consumer fintech or a news app is software
# of another kind, so the resume must name SaaS, software or B2B itself.
_SAAS = re.compile(r"\bsaas\b", re.IGNORECASE)
_SAAS_SAID = re.compile(r"\b(?:saas|software|b2b)\b", re.IGNORECASE)


def _industry_objection(
    needs: list[tuple[Requirement, bool]], facts: ResumeFacts, resume: str
) -> Objection | None:
    for requirement, described in needs:
        if not requirement.names:
            continue  # "the company's industry" cannot be checked without naming it
        if requirement.preferred and described:
            continue  # a plus, not a requirement
        names = [n.lower() for n in requirement.names]
        known = [n for n in names if n in _INDUSTRIES]
        unknown = [n for n in names if n not in _INDUSTRIES]
        held = set(facts.industries)
        met = [n for n in known if n in held or WITHIN.get(n, frozenset()) & held]
        saas_unsaid = _SAAS.search(requirement.text) and not _SAAS_SAID.search(resume)
        if met and not (met == ["software"] and saas_unsaid):
            continue
        if "private sector" in known and private_sector_met(facts.industries):
            continue
        # Listed together, any one is enough: "consumer, retail or home" is met by "home goods".
        if _mentions(_without_degrees(without_wishes(resume)), [*unknown, *requirement.alternatives]):
            continue
        wanted = " or ".join(requirement.names)
        evidence = (
            f"{_source(described)} asks for experience in {wanted}; the resume never mentions {wanted}."
        )
        return Objection(topic="objection:industry", evidence=evidence, requirement=requirement.text)
    return None


# A team a few people short of the one asked for, or two thirds of its size, is comparable: six where the
# description says ten, or fifty where it says seventy, is a question of degree, not a gap an interviewer
# would raise; sixty where it says a hundred is.
TEAM_SHORTFALL = 5
TEAM_SHARE = 2 / 3


# A budget two thirds of the one asked for is of the same order: $6.2M where the description says $9M is a
# question of degree; $1M where it says $9M is not.
BUDGET_SHARE = 2 / 3


def _comparable(led: int, asked: int) -> bool:
    return led >= TEAM_SHARE * asked or (asked - led <= TEAM_SHORTFALL and 2 * led >= asked)


_PROJECTS = re.compile(r"\b(?:projects?|programmes?|programs?)\b", re.IGNORECASE)


def _scope_objection(
    role: Role,
    merged: dict[str, list[tuple[Requirement, bool]]],
    facts: ResumeFacts,
    described_any: bool,
    led_now: list[int] | None = None,
) -> Objection | None:
    """`led_now`: the teams in the posts held now, where the description asks for people led today."""
    asked: list[str] = []
    shown: list[str] = []
    texts: list[str] = []
    sources: set[bool] = set()
    teams = [(r, d) for r, d in merged.get("team-size", []) if r.min_people]
    largest = facts.max_team_size if led_now is None else max(led_now, default=None)
    for requirement, described in teams:
        assert requirement.min_people is not None
        if largest is not None and _comparable(largest, requirement.min_people):
            continue
        now = led_now is not None
        asked.append(
            f"leading {requirement.min_people} or more people now"
            if now
            else f"a team of {requirement.min_people} or more"
        )
        if largest is not None:
            shown.append(f"shows teams of at most {largest}{' in the posts held now' if now else ''}")
        elif now and facts.has_direct_reports:
            shown.append("shows people led only in posts that have ended")
        elif facts.has_direct_reports:
            shown.append("does not say how large a team the candidate has led")
        else:
            shown.append("shows no direct reports")
        texts.append(requirement.text)
        sources.add(described)
        break
    if not teams and led_now is not None and not led_now and facts.has_direct_reports:
        asked.append("people led now")
        shown.append("shows people led only in posts that have ended")
        sources.add(True)
    for requirement, described in merged.get("budget", []):
        if requirement.min_usd is None:
            continue
        have = facts.max_project_usd if _PROJECTS.search(requirement.text) else facts.max_budget_usd
        if have is not None and have >= BUDGET_SHARE * requirement.min_usd:
            continue
        if not have and not described:
            continue  # a resume silent on budgets falls short of nothing the employer actually asked
        asked.append(f"responsibility for {money(requirement.min_usd)} or more")
        if have:
            shown.append(f"shows budgets of at most {money(have)}")
        else:
            shown.append("gives no budget figure")
        texts.append(requirement.text)
        sources.add(described)
        break
    leads_people = role.family != "individual" and not _pitched_below(role) and not role.unmatched
    if (
        not teams
        and not merged.get("budget")
        and leads_people
        and not facts.has_direct_reports
        and not described_any
    ):
        asked.append("someone who leads people")
        shown.append("shows no direct reports")
        sources.add(False)
    if not asked:
        return None
    both = len(sources) > 1
    who = "The job description and the role" if both else _source(sources.pop())
    verb = "ask for" if both else "asks for"
    evidence = f"{who} {verb} {' and '.join(asked)}; the resume {' and '.join(shown)}."
    return Objection(topic="objection:scope", evidence=evidence, requirement="; ".join(texts) or None)


def _led_now(
    job_description: str | None, facts: ResumeFacts, resume: str, today: date | None
) -> list[int] | None:
    """The teams led in the posts held now, where the description asks for people led today; else None."""
    if not asks_leading_now(job_description):
        return None
    return teams_led_now(resume, facts, today or date.today())


def find_gaps(
    role: Role,
    resume: str | None,
    job_description: str | None = None,
    today: date | None = None,
    proposed: Sequence[ProposedFact] = (),
    corrections: Corrections | None = None,
) -> list[Objection]:
    """The objections a resume invites for this role and description: at most one per topic, in a fixed order.

    Age, salary and culture fit are never raised from a resume: the interviewer must not infer age, and the
    other two are planned elsewhere.
    """
    if resume is None or not resume.strip():
        return []
    resume = unwrap_bullets(without_orders(resume))
    facts = with_proposals(extract_facts(resume, today), list(proposed))  # a served model's, checked
    facts = with_corrections(facts, corrections)
    described = extract_requirements(job_description) if job_description and job_description.strip() else None
    merged = _merged(role, described)
    # "MCIPS, or a degree-level qualification in procurement": the certification held is the other way in.
    held = {c.lower() for c in facts.certifications}
    merged["degree"] = [
        (r, d)
        for r, d in merged.get("degree", [])
        if not (re.search(r"\bor\b", r.text) and {c.lower() for c in _certifications(r.text)} & held)
    ]
    found = [
        _degree_objection(merged.get("degree", []), facts, resume)
        or _certification_objection(merged.get("certification", []), facts, resume)
        or next(filter(None, (field_objection(r, d, resume) for r, d in merged.get("degree", []))), None)
        or _licence_objection(described, resume)
        or _pending_objection(job_description, resume, today or date.today())
        or _unfinished_objection(job_description, resume)
        or _practice_objection(role, described, resume),
        _industry_objection(merged.get("industry", []), facts, resume),
        _scope_objection(
            role, merged, facts, described is not None, _led_now(job_description, facts, resume, today)
        )
        or leaders_objection(job_description, facts, resume),
        _gap_objection(facts),
        _hopping_objection(facts),
        _tenure_objection(facts, today),
        _overqualified_objection(role, merged, facts, resume)
        or reporting_line_objection(role, job_description, facts),
        _career_change_objection(role, facts, resume, job_description),
        relocation_objection(described, resume, job_description or ""),
    ]
    # A seat the description makes larger than what the candidate is shown to have run is a step up,
    # whatever their title: too small a scope and too senior for the seat cannot both be true. (What such
    # roles usually ask, or a resume silent on its teams, says nothing of this.)
    shown = facts.has_direct_reports
    scoped = [o for o in found if o is not None and o.topic == "objection:scope"]
    if shown and scoped and scoped[0].evidence.startswith(_source(True)):
        found = [o for o in found if o is None or o.topic != "objection:overqualified"]
    # The resume's lines as read, each beside the line as the candidate wrote it (to quote).
    read, written = _lines(resume), _lines(resume, spelled=False)
    quotable = dict(zip(read, written, strict=True))
    lines = [line for line in read if line]
    return [_with_lines(o, facts, lines, quotable) for o in found if o is not None]


def _with_lines(
    objection: Objection, facts: ResumeFacts, lines: list[str], quotable: dict[str, str]
) -> Objection:
    """The resume lines behind an objection (`lines`, as read), so a candidate can see why it was raised;
    quoted as the candidate wrote them (`quotable`)."""
    topic = objection.topic

    def dated(jobs: list[Job]) -> list[str]:
        return [line for line in lines if any(job.dates and job.dates in line for job in jobs)]

    if topic == "objection:degree":
        chosen = list(objection.resume_lines) or [
            line for line in lines if _degrees(line) or _certifications(line)
        ]
    elif topic == "objection:scope":
        chosen = [line for line in lines if _team_sizes(line) or budgets(line)]
    elif topic in ("objection:gap", "objection:career-change"):
        recent = sorted(facts.jobs, key=lambda j: _span(j)[1], reverse=True)
        chosen = dated(recent[:3])
    elif topic == "objection:job-hopping":
        chosen = dated([j for j in facts.jobs if j.months <= SHORT_TENURE_MONTHS])
    elif topic in ("objection:tenure", "objection:overqualified"):
        chosen = dated([max(facts.jobs, key=lambda j: j.months)]) if facts.jobs else []
        chosen += [line for line in lines[:3] if _c_level_title(line) and line not in chosen]
    elif topic == "objection:relocation":
        # The line where the rule found the candidate's home ("Based in Cork, Ireland" may be the last).
        chosen = list(objection.resume_lines) or [line for line in lines[:6] if _cities_in(line)]
    else:
        chosen = []
    # Quoted as written: "mar a nov/2024", not the "mar 2024 – nov 2024" the dates were read from.
    quoted = [quotable.get(line, line) for line in chosen[:4]]
    return objection.model_copy(update={"resume_lines": tuple(quoted)})
