"""The interviewer personas: who is across the table, and how many of them (a panel has several)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from interviewer.errors import InputError


class Interviewer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    title: str


class Persona(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str
    description: str
    interviewers: tuple[Interviewer, ...]


PERSONAS: dict[str, Persona] = {
    p.id: p
    for p in (
        Persona(
            id="warm-screener",
            name="Warm screener",
            description="A friendly recruiter who puts you at ease and checks motivation and fit.",
            interviewers=(Interviewer(name="Maya Okafor", title="Senior Talent Partner"),),
        ),
        Persona(
            id="skeptical-hiring-manager",
            name="Skeptical hiring manager",
            description="The manager you would report to: polite, direct, and quick to test every claim.",
            interviewers=(Interviewer(name="Daniel Reyes", title="Hiring Manager"),),
        ),
        Persona(
            id="numbers-cfo",
            name="Numbers-driven CFO",
            description="A finance leader who wants figures, baselines and returns behind every story.",
            interviewers=(Interviewer(name="Helen Brandt", title="Chief Financial Officer"),),
        ),
        Persona(
            id="panel",
            name="Panel of three",
            description="Three interviewers who take turns: the hiring manager, a peer and someone from HR.",
            interviewers=(
                Interviewer(name="Daniel Reyes", title="Hiring Manager"),
                Interviewer(name="Priya Nair", title="Peer Director"),
                Interviewer(name="Tom Lindqvist", title="HR Business Partner"),
            ),
        ),
    )
}


def get_persona(persona_id: str) -> Persona:
    try:
        return PERSONAS[persona_id.strip().lower()]
    except KeyError:
        raise InputError(f"Unknown persona '{persona_id}'; choose one of: {', '.join(PERSONAS)}.") from None
