"""The rules that turn a difference between a resume and a role into an objection: one per topic, each
citing its evidence. Requirements come from the job description when one is given."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from interviewer.interview.fact_proposals import ProposedFact, with_corrections, with_proposals
from interviewer.interview.profile import Corrections, Objection
from interviewer.interview.reading import (
    _CITY_PATTERNS,
    _DEGREE_NAMES,
    _INDUSTRIES,
    DEGREE_RANK,
    _budgets,
    _certifications,
    _cities_in,
    _degrees,
    _team_sizes,
    money,
)
from interviewer.interview.requirements import JobRequirements, extract_requirements
from interviewer.interview.resume_facts import (
    LONG_TENURE_MONTHS,
    SHORT_TENURE_MONTHS,
    Job,
    ResumeFacts,
    _lines,
    _span,
    extract_facts,
)
from interviewer.interview.roles import Requirement, Role

_RANK_WORDS = frozenset(
    " ".join(
        [
            "head of chief vp svp evp avp vice president director senior sr staff lead principal junior",
            "jr officer the and for group global regional interim deputy associate assistant executive",
            "manager managers management mgr general managing leader leadership team member at in to with",
            "a an ltd inc corp llc plc gmbh co company limited partner partners specialist",
        ]
    ).split()
)
_C_LEVEL = re.compile(
    r"(?i:\bchief\s+(?:[a-z&]+\s+){1,3}officer\b)|\b(?:CEO|CFO|COO|CTO|CIO|CMO|CPO|CRO|CHRO|CISO|CDO)\b"
    r"|(?i:(?<!vice )(?<!vice-)(?<!\w)president\b(?!['’]?s\b))"
)


def _function_words(text: str) -> set[str]:
    words = {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 1 and w not in _RANK_WORDS}
    # A five-letter stem makes "finance" meet "financial" and "engineer" meet "engineering".
    return {w[:5] for w in words}


def _c_level_title(text: str) -> str | None:
    for m in _C_LEVEL.finditer(text):
        # "Assistant to the CEO" or "reporting to the CFO" is not itself a C-level title.
        if re.search(r"\b(?:to|of|for)\s+(?:the\s+)?$", text[: m.start()], re.IGNORECASE):
            continue
        return m.group(0)
    return None


def _source(from_description: bool) -> str:
    # Without a description the library's requirements are what such roles usually ask, never the employer's.
    return "The job description" if from_description else "This kind of role usually"


def _merged(role: Role, described: JobRequirements | None) -> dict[str, list[tuple[Requirement, bool]]]:
    """Requirements by kind, each with whether it came from the description.

    A job description, when given, is the whole of what the employer asks: the role library's usual
    requirements apply only without one (a description that never mentions a degree does not want one).
    Nor do they apply to a title pitched below the library role it was matched to: a "Finance Manager"
    matched to the CFO profile is not asked to run 150 people."""
    merged: dict[str, list[tuple[Requirement, bool]]] = {}
    if described is not None:
        for requirement in described.requirements:
            merged.setdefault(requirement.kind, []).append((requirement, True))
        return merged
    if _pitched_below(role):
        return merged
    for requirement in role.requirements:
        merged.setdefault(requirement.kind, []).append((requirement, False))
    return merged


_MANAGER_RANK = re.compile(
    r"\b(?:manager|lead|leader|supervisor|coordinator|specialist|analyst|associate|officer|engineer|"
    r"consultant|advisor|adviser|administrator|partner|executive|representative)\b",
    re.IGNORECASE,
)
_EXECUTIVE_RANK = re.compile(
    r"\b(?:chief|head|vp|svp|evp|vice|president|director|c[a-z]o|general manager|managing director)\b",
    re.IGNORECASE,
)


def _pitched_below(role: Role) -> bool:
    """The title the user typed is of a lower rank than the executive library role it was matched to."""
    asked = role.asked_as
    if not asked or role.family != "executive":
        return False
    return not _EXECUTIVE_RANK.search(asked) and bool(_MANAGER_RANK.search(asked))


def _degree_objection(needs: list[tuple[Requirement, bool]], facts: ResumeFacts) -> Objection | None:
    have = DEGREE_RANK[facts.highest_degree] if facts.highest_degree else -1
    for requirement, described in needs:
        if requirement.level is None or DEGREE_RANK[requirement.level] <= have:
            continue
        if requirement.preferred and described:
            continue  # a "preferred" or "nice to have" degree is no reason to doubt the candidate
        verb = "prefers" if requirement.preferred else "asks for"
        shown = "lists no degree"
        if facts.highest_degree:
            shown = f"lists {_DEGREE_NAMES[facts.highest_degree]} only"
        evidence = f"{_source(described)} {verb} {_DEGREE_NAMES[requirement.level]}; the resume {shown}."
        return Objection(topic="objection:degree", evidence=evidence, requirement=requirement.text)
    return None


def _certification_objection(needs: list[tuple[Requirement, bool]], facts: ResumeFacts) -> Objection | None:
    """A certification the description requires (PMP, CPA, CISSP...) that the resume does not list."""
    held = {c.lower() for c in facts.certifications}
    for requirement, described in needs:
        if not described or requirement.preferred or not requirement.names:
            continue
        if any(name.lower() in held for name in requirement.names):
            continue
        wanted = " or ".join(requirement.names)
        evidence = f"The job description asks for {wanted}; the resume lists no such certification."
        return Objection(topic="objection:degree", evidence=evidence, requirement=requirement.text)
    return None


def _mentions(text: str, words: list[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE) for w in words)


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
        if any(n in facts.industries for n in known):
            continue
        # Listed together, any one is enough: "consumer, retail or home" is met by "home goods".
        if _mentions(resume, [*unknown, *requirement.alternatives]):
            continue
        wanted = " or ".join(requirement.names)
        evidence = (
            f"{_source(described)} asks for experience in {wanted}; the resume never mentions {wanted}."
        )
        return Objection(topic="objection:industry", evidence=evidence, requirement=requirement.text)
    return None


def _scope_objection(
    role: Role, merged: dict[str, list[tuple[Requirement, bool]]], facts: ResumeFacts, described_any: bool
) -> Objection | None:
    asked: list[str] = []
    shown: list[str] = []
    texts: list[str] = []
    sources: set[bool] = set()
    teams = [(r, d) for r, d in merged.get("team-size", []) if r.min_people]
    for requirement, described in teams:
        assert requirement.min_people is not None
        if facts.max_team_size is not None and facts.max_team_size >= requirement.min_people:
            continue
        asked.append(f"a team of {requirement.min_people} or more")
        if facts.max_team_size is not None:
            shown.append(f"shows teams of at most {facts.max_team_size}")
        elif facts.has_direct_reports:
            shown.append("does not say how large a team the candidate has led")
        else:
            shown.append("shows no direct reports")
        texts.append(requirement.text)
        sources.add(described)
        break
    for requirement, described in merged.get("budget", []):
        if requirement.min_usd is None:
            continue
        if facts.max_budget_usd is not None and facts.max_budget_usd >= requirement.min_usd:
            continue
        if not facts.max_budget_usd and not described:
            continue  # a resume silent on budgets falls short of nothing the employer actually asked
        asked.append(f"responsibility for {money(requirement.min_usd)} or more")
        if facts.max_budget_usd:
            shown.append(f"shows budgets of at most {money(facts.max_budget_usd)}")
        else:
            shown.append("gives no budget figure")
        texts.append(requirement.text)
        sources.add(described)
        break
    leads_people = role.family != "individual" and not _pitched_below(role)
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
    if facts.short_tenures < 3:
        return None
    return Objection(
        topic="objection:job-hopping",
        evidence=f"The resume shows {facts.short_tenures} jobs that lasted under {SHORT_TENURE_MONTHS} "
        "months; an employer will ask whether the candidate will stay.",
    )


def _tenure_objection(facts: ResumeFacts) -> Objection | None:
    longest = max(facts.jobs, key=lambda j: j.months, default=None)
    if longest is None or longest.months < LONG_TENURE_MONTHS:
        return None
    # Only a long stay that is still the candidate's recent career: years at one firm followed by years
    # elsewhere already answer "can you adapt?".
    latest_end = max(_span(j)[1] for j in facts.jobs)
    if not longest.current and latest_end - _span(longest)[1] >= 24:
        return None
    title = f"{longest.title}, " if longest.title else ""
    return Objection(
        topic="objection:tenure",
        evidence=f"The resume shows {longest.months // 12} years in one job ({title}{longest.dates}); "
        "an employer will ask how the candidate will adapt to a new organisation.",
    )


def _overqualified_objection(
    role: Role, merged: dict[str, list[tuple[Requirement, bool]]], facts: ResumeFacts, resume: str
) -> Objection | None:
    years = [(r, d) for r, d in merged.get("years", []) if r.min_years is not None]
    if years and facts.years_experience is not None:
        requirement, described = max(years, key=lambda rd: rd[0].min_years or 0)
        assert requirement.min_years is not None
        if facts.years_experience >= requirement.min_years + 15:
            evidence = (
                f"{_source(described)} asks for {requirement.min_years}+ years; the resume shows about "
                f"{facts.years_experience:.0f} years of experience."
            )
            return Objection(topic="objection:overqualified", evidence=evidence, requirement=requirement.text)
    if role.family != "executive":
        headline = [line for line in _lines(resume) if line][:3]
        for text in [*(j.title for j in facts.jobs), *headline]:
            if title := _c_level_title(text):
                evidence = (
                    f"The role ({role.display_title}) is not an executive one; the resume shows a C-level "
                    f"title ({title})."
                )
                return Objection(topic="objection:overqualified", evidence=evidence)
    return None


SWITCH_MONTHS = 24  # less time than this in the target function, after a career elsewhere, is a switch


def _career_change_objection(role: Role, facts: ResumeFacts) -> Objection | None:
    # A title made only of rank ("Chief Executive Officer", "General Manager") is open to every function.
    if not _function_words(role.title):
        return None
    wanted = _function_words(
        " ".join([role.display_title, role.title, *role.aliases, *(c.name for c in role.competencies)])
    )
    recent = sorted(facts.jobs, key=lambda j: (j.current, _span(j)[1], _span(j)[0]), reverse=True)[:2]
    titles = [j.title for j in recent]
    if not titles or not all(_function_words(t) for t in titles):
        return None
    if any(_function_words(t) & wanted for t in titles):
        return _recent_switch(role, facts, wanted)
    evidence = (
        f"The role is {role.display_title}; the resume's most recent titles ({'; '.join(titles)}) "
        "are in another function."
    )
    return Objection(topic="objection:career-change", evidence=evidence)


def _recent_switch(role: Role, facts: ResumeFacts, wanted: set[str]) -> Objection | None:
    """A career changer whose latest work is already in the field: under two years of it, after most of a
    career (at least two thirds, and three years or more) in another function."""
    on = [j for j in facts.jobs if _function_words(j.title) & wanted]
    off = [j for j in facts.jobs if _function_words(j.title) and not _function_words(j.title) & wanted]
    on_months, off_months = sum(j.months for j in on), sum(j.months for j in off)
    if not off or on_months >= SWITCH_MONTHS or off_months < 36 or off_months < 2 * on_months:
        return None
    longest = max(off, key=lambda j: j.months)
    evidence = (
        f"The role is {role.display_title}; the resume shows {off_months // 12} years in another function "
        f"({longest.title}) and {on_months} months in this one."
    )
    return Objection(topic="objection:career-change", evidence=evidence, resume_lines=(longest.title,))


def _relocation_objection(described: JobRequirements | None, resume: str) -> Objection | None:
    if described is None or described.location is None:
        return None
    top = [line for line in _lines(resume) if line][:5]
    if top:
        # The first segment of the first line is usually the name, and "Sydney" or "Austin" can be one.
        parts = re.split(r"\s*[|•·,–—]\s*|\s+-\s+", top[0], maxsplit=1)
        top[0] = parts[1] if len(parts) > 1 else ""
    # "sydney@example.com" or "www.paris-design.com" say nothing about where someone lives.
    contact = re.sub(
        r"[^\s@]{1,80}@\S*|\bhttps?://\S*|\bwww\.\S*|(?<!\S)\S{1,80}\.(?:com|org|net|io|dev|me)\b\S*",
        " ",
        "\n".join(top),
    )
    elsewhere = [c for c in _cities_in(contact) if c != described.location]
    if not elsewhere or _CITY_PATTERNS[described.location].search(resume):
        return None
    evidence = (
        f"The job description places the role in {described.location}; the resume gives {elsewhere[0]} "
        "as the candidate's location."
    )
    return Objection(topic="objection:relocation", evidence=evidence, requirement=described.location_text)


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
    facts = with_proposals(extract_facts(resume, today), list(proposed))  # a served model's, checked
    facts = with_corrections(facts, corrections)
    described = extract_requirements(job_description) if job_description and job_description.strip() else None
    merged = _merged(role, described)
    found = [
        _degree_objection(merged.get("degree", []), facts)
        or _certification_objection(merged.get("certification", []), facts),
        _industry_objection(merged.get("industry", []), facts, resume),
        _scope_objection(role, merged, facts, described is not None),
        _gap_objection(facts),
        _hopping_objection(facts),
        _tenure_objection(facts),
        _overqualified_objection(role, merged, facts, resume),
        _career_change_objection(role, facts),
        _relocation_objection(described, resume),
    ]
    return [_with_lines(o, facts, resume) for o in found if o is not None]


def _with_lines(objection: Objection, facts: ResumeFacts, resume: str) -> Objection:
    """The resume lines behind an objection, so a candidate can see why it was raised."""
    lines = [line for line in _lines(resume) if line]
    topic = objection.topic

    def dated(jobs: list[Job]) -> list[str]:
        return [line for line in lines if any(job.dates and job.dates in line for job in jobs)]

    if topic == "objection:degree":
        chosen = [line for line in lines if _degrees(line) or _certifications(line)]
    elif topic == "objection:scope":
        chosen = [line for line in lines if _team_sizes(line) or _budgets(line)]
    elif topic in ("objection:gap", "objection:career-change"):
        recent = sorted(facts.jobs, key=lambda j: _span(j)[1], reverse=True)
        chosen = dated(recent[:3])
    elif topic == "objection:job-hopping":
        chosen = dated([j for j in facts.jobs if j.months <= SHORT_TENURE_MONTHS])
    elif topic in ("objection:tenure", "objection:overqualified"):
        chosen = dated([max(facts.jobs, key=lambda j: j.months)]) if facts.jobs else []
        chosen += [line for line in lines[:3] if _c_level_title(line) and line not in chosen]
    elif topic == "objection:relocation":
        chosen = [line for line in lines[:6] if _cities_in(line)]
    else:
        chosen = []
    return objection.model_copy(update={"resume_lines": tuple(chosen[:4])})
