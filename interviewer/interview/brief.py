"""The preparation brief: likely questions, the objections to expect with guidance on countering each, the
value to lead with, and a company-research checklist. From the plan, the resume and retrieval; no model."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from interviewer.corpus.search import Retriever
from interviewer.interview.amounts import money
from interviewer.interview.fact_proposals import with_corrections
from interviewer.interview.personas import get_persona
from interviewer.interview.plan import Plan
from interviewer.interview.profile import Profile
from interviewer.interview.resume_facts import extract_facts
from interviewer.text import count_outcomes, count_quantities, sentences


class GuidanceNote(BaseModel):
    model_config = ConfigDict(extra="forbid")

    doc_id: str
    title: str
    excerpt: str


class ExpectedObjection(BaseModel):
    model_config = ConfigDict(extra="forbid")

    topic: str
    evidence: str
    requirement: str | None = None
    resume_lines: list[str] = []
    dismissed: bool = False
    guidance: list[GuidanceNote]


class Brief(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: str
    likely_questions: list[str]
    read_from_resume: list[str] = []  # what the gap analysis read, so a person can see where it went wrong
    objections: list[ExpectedObjection]
    value_propositions: list[str]
    research_checklist: list[str]

    def markdown(self) -> str:
        lines = [f"# Preparation brief: {self.role}", "", "## Likely questions", ""]
        lines += [f"{i}. {q}" for i, q in enumerate(self.likely_questions, start=1)]
        if self.read_from_resume:
            lines += ["", "## What was read from your resume", ""]
            lines += [f"- {fact}" for fact in self.read_from_resume]
            lines += ["", "_Something wrong? Correct it, or untick its objection (Preparation tab)._"]
        lines += ["", "## Objections to expect", ""]
        if not self.objections:
            lines.append("Nothing in your documents stands out as a likely objection for this role.")
        for objection in self.objections:
            heading = objection.topic.split(":", 1)[-1].replace("-", " ").capitalize()
            lines += [f"### {heading}" + (" (dismissed: not true of you)" if objection.dismissed else ""), ""]
            lines += [objection.evidence, ""]
            if objection.requirement:
                lines += [f"From the job description (or the role): _{objection.requirement}_", ""]
            lines += [f"> From your resume: {line}" for line in objection.resume_lines]
            lines += [""] if objection.resume_lines else []
            lines += [f"- **{g.title}** (`{g.doc_id}`): {g.excerpt}" for g in objection.guidance]
            lines.append("")
        lines += ["## Value to lead with", ""] + [f"- {v}" for v in self.value_propositions]
        lines += ["", "## Company research checklist", ""] + [f"- [ ] {c}" for c in self.research_checklist]
        return "\n".join(lines) + "\n"


def _excerpt(text: str, limit: int = 260) -> str:
    body = text.split("\n", 1)[-1].strip()
    flat = " ".join(body.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + " …"


def value_propositions(profile: Profile, limit: int = 4) -> list[str]:
    """Resume lines that prove results, strongest first; without a resume, the competencies to prove."""
    found: list[tuple[int, str]] = []
    # A line a PDF wrapped mid-sentence goes on in lower case on the next: read as one, or the brief would
    # quote "... by redesigning the." and drop the rest.
    resume = re.sub(r"(?<=[^\s.;:!?])[ \t]*\n(?=[a-z])", " ", profile.resume or "")
    for raw in re.split(r"\n|(?<=[.;])\s+(?![\da-z])", resume):  # "(B.E. 2565)" is no sentence end
        line = raw.strip(" -•*\t")
        if 25 <= len(line) <= 260:
            strength = 2 * count_quantities(line) + count_outcomes(line)
            if count_quantities(line) and count_outcomes(line):
                found.append((strength, line))
    found.sort(key=lambda item: -item[0])
    lines = [f"Lead with: {line.rstrip('.')}." for _, line in found[:limit]]
    if len(lines) < limit:
        for competency in profile.role.competencies[: limit - len(lines)]:
            lines.append(
                f"Prepare a proof story for {competency.name.lower()}: {competency.description.rstrip('.')}, "
                "with a number that shows the result."
            )
    return lines


_DEGREES = {
    "associate": "associate degree",
    "bachelor": "bachelor's degree",
    "master": "master's degree",
    "mba": "MBA",
    "phd": "doctorate",
}


def resume_summary(profile: Profile) -> list[str]:
    """The facts the objections rest on, in words: jobs, degree, team, budget, experience. What the candidate
    corrected is shown as corrected."""
    if not profile.resume:
        return []
    fixed = profile.corrections
    facts = with_corrections(extract_facts(profile.resume, profile.as_of), fixed)
    yours = " (corrected by you)"
    found = [
        f"{job.title} ({job.dates}; about {max(1, round(job.months / 12))} "
        f"year{'s' if round(job.months / 12) > 1 else ''})"
        for job in facts.jobs[:5]
    ]
    if facts.years_experience is not None:
        found.append(f"About {facts.years_experience:.0f} years of experience in all")
    degree = _DEGREES.get(facts.highest_degree or "", facts.highest_degree)
    found.append(f"Highest degree: {degree or 'none found'}" + (yours if fixed.degree else ""))
    if facts.certifications:
        found.append("Certifications: " + ", ".join(facts.certifications))
    team = (
        f"Largest team led: {facts.max_team_size}"
        if facts.max_team_size
        else "Leads people (team size not given)"
        if facts.has_direct_reports
        else "No team or direct reports found"
    )
    found.append(team + (yours if fixed.team is not None else ""))
    if facts.max_budget_usd:
        found.append(f"Largest budget or revenue owned: {money(facts.max_budget_usd)}"
                     + (yours if fixed.budget_usd is not None else ""))  # fmt: skip
    return found


def research_checklist(profile: Profile, plan: Plan) -> list[str]:
    company = profile.company or "the company"
    items = [
        f"Read {company}'s latest annual report or results; note its revenue trend and stated priorities.",
        f"List {company}'s two or three main competitors and how it differs from them.",
        f"Find the last six months of news about {company}: launches, leadership changes, deals, setbacks.",
        "Turn what you find into a short action plan for your first 90 days in the role.",
    ]
    # The persona's interviewers are played by the mock; the checklist is for the real interview, whose
    # people the candidate looks up by the seat they hold.
    for interviewer in get_persona(plan.persona).interviewers:
        items.append(
            f"Find out who your {interviewer.title} will be (played here by {interviewer.name}) and "
            "look them up: background, tenure, what they care about."
        )
    for sentence in sentences(profile.company_brief or "")[:3]:
        items.append(f"Be ready to talk about this from the brief: {sentence}")
    return items


def build_brief(profile: Profile, plan: Plan, retriever: Retriever) -> Brief:
    expected = []
    for objection in plan.objections:
        hits = retriever.search(f"{objection.topic} {objection.evidence}", k=3, topic=objection.topic).hits
        expected.append(
            ExpectedObjection(
                topic=objection.topic,
                evidence=objection.evidence,
                requirement=objection.requirement,
                resume_lines=list(objection.resume_lines),
                dismissed=objection.topic in profile.dismissed_objections,
                guidance=[
                    GuidanceNote(doc_id=h.doc_id, title=h.title, excerpt=_excerpt(h.text))
                    for h in hits
                    if h.kind == "guidance"
                ][:2],
            )
        )
    return Brief(
        role=plan.role,
        likely_questions=[m.text for m in plan.stage("preparation").moves],
        read_from_resume=[
            *resume_summary(profile),
            *(f"Read by the served model and found in your resume: {fact}" for fact in plan.model_facts),
            *([plan.model_facts_note] if plan.model_facts_note else []),
        ],
        objections=expected,
        value_propositions=value_propositions(profile),
        research_checklist=research_checklist(profile, plan),
    )
