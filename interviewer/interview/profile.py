"""The profile: who is interviewing for what, with which documents, in front of which persona."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from interviewer.errors import InputError
from interviewer.interview.personas import get_persona
from interviewer.interview.roles import Role, as_typed, resolve_role
from interviewer.scoring.rubric import MAX_DOCUMENT_CHARS, too_long
from interviewer.text import company_name

__all__ = ["Corrections", "Length", "Objection", "Profile", "company_name"]

Length = Literal["short", "standard", "long"]
QUESTIONS_PER_LENGTH: dict[str, int] = {"short": 3, "standard": 5, "long": 8}


class Objection(BaseModel):
    """A stumbling block the interviewer will raise: its corpus topic and the evidence for it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    topic: str  # an objection:* topic from corpus/topics.yaml
    evidence: str  # e.g. "the description asks for an MBA; the resume lists a BA only"
    requirement: str | None = None  # the job description's (or the role's) words it comes from
    resume_lines: tuple[str, ...] = ()  # the resume's own lines it read; empty when it is an absence


class Corrections(BaseModel):
    """What the candidate corrected in what was read from their resume; None leaves the reading as it is."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    team: int | None = Field(default=None, ge=0, le=1_000_000)  # the largest team led; 0: none
    budget_usd: int | None = Field(default=None, ge=0, le=10**13)
    degree: Literal["none", "associate", "bachelor", "master", "mba", "phd"] | None = None

    @property
    def any(self) -> bool:
        return any(v is not None for v in (self.team, self.budget_usd, self.degree))


class Profile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Role
    job_description: str | None = None
    company_brief: str | None = None
    resume: str | None = None
    resume_name: str | None = None  # the uploaded file's name, for the report
    persona: str = "skeptical-hiring-manager"
    length: Length = "standard"
    company: str | None = Field(
        default=None, description="company name, when the brief or description gives one"
    )
    # The day resume durations are counted to ("2019 - Present", months between jobs). Set when the profile
    # is made, so a plan made again from a saved profile, or an eval replayed next year, reads the same.
    as_of: date | None = None
    # Objections the candidate marked "not true of me" before they were asked: the interviewer skips them.
    dismissed_objections: list[str] = Field(default_factory=list)
    # Question ids and objection topics being practised again (spaced practice): asked first.
    practise: list[str] = Field(default_factory=list)
    # What the candidate corrected in the reading of their resume; the gap analysis takes these over it.
    corrections: Corrections = Field(default_factory=Corrections)


def make_profile(
    role: str,
    resume: str | None = None,
    job_description: str | None = None,
    company_brief: str | None = None,
    persona: str = "skeptical-hiring-manager",
    length: Length = "standard",
    resume_name: str | None = None,
    as_of: date | None = None,
) -> Profile:
    """A checked profile. `as_of` pins the day resume durations are counted to; live use takes today."""
    get_persona(persona)
    for what, text in (("job description", job_description), ("company brief", company_brief)):
        if text is not None and len(text) > MAX_DOCUMENT_CHARS:
            raise InputError(too_long(what, len(text)))
    if length not in ("short", "standard", "long"):
        raise InputError(f"Unknown length '{length}'; use short, standard or long.")
    return Profile(
        role=as_typed(resolve_role(role), role),
        resume=(resume or "").strip() or None,
        resume_name=resume_name,
        job_description=(job_description or "").strip() or None,
        company_brief=(company_brief or "").strip() or None,
        persona=persona,
        length=length,
        company=company_name(company_brief, job_description),
        as_of=as_of or date.today(),
    )
