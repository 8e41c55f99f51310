"""The plan: which questions, which objections where, and how the session closes. Deterministic for a seed."""

from __future__ import annotations

import random
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from interviewer.interview.personas import get_persona
from interviewer.interview.profile import QUESTIONS_PER_LENGTH, Objection, Profile
from interviewer.interview.roles import Question
from interviewer.interview.wording import objection_line

MoveKind = Literal["question", "objection", "closing", "thank-you"]
StageName = Literal["preparation", "interview", "follow-up"]
OBJECTIONS_PER_LENGTH = {"short": 1, "standard": 2, "long": 3}
LIKELY_QUESTIONS = 6
CLOSING_TEXT = "We're nearly out of time. What questions do you have for us?"


class Move(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: MoveKind
    topic: str
    text: str
    competency: str | None = None
    question_id: str | None = None
    follow_up: str | None = None  # the probing follow-up asked when the answer is weak
    interviewer: str | None = None  # who speaks (or, for a thank-you, who is thanked)


class StagePlan(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: StageName
    moves: tuple[Move, ...]


class Plan(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    role: str
    role_id: str
    # False when no library role is near the title typed: role_id is then the general profile whose
    # questions are used, not a match.
    role_matched: bool = True
    # The executive library role a title of lower rank was nearest to, whose bank was not used (roles.py).
    role_below: str | None = None
    persona: str
    seed: int
    objections: tuple[Objection, ...]
    stages: tuple[StagePlan, ...]
    # Facts a served model read from the resume that the rules had missed, each checked against the resume's
    # own words (fact_proposals.py), and what came of the rest; empty on the embedded default.
    model_facts: tuple[str, ...] = ()
    model_facts_note: str | None = None

    def stage(self, name: StageName) -> StagePlan:
        return next(s for s in self.stages if s.name == name)

    @property
    def conversation(self) -> list[tuple[StageName, Move]]:
        """The moves the interviewer plays in order; preparation moves are the brief's, not spoken."""
        return [(s.name, m) for s in self.stages if s.name != "preparation" for m in s.moves]

    def contract(self) -> dict[str, Any]:
        """The JSON `interviewer plan --json` prints."""
        below = {"role_below": self.role_below} if self.role_below else {}
        return {
            "role": self.role,
            "role_id": self.role_id,
            "role_matched": self.role_matched,
            **below,
            "persona": self.persona,
            "seed": self.seed,
            "objections": [
                {
                    "topic": o.topic,
                    "evidence": o.evidence,
                    "requirement": o.requirement,
                    "resume_lines": list(o.resume_lines),
                }
                for o in self.objections
            ],
            "stages": [
                {
                    "name": s.name,
                    "moves": [
                        {"kind": m.kind, "topic": m.topic, "text": m.text, "competency": m.competency}
                        for m in s.moves
                    ],
                }
                for s in self.stages
            ],
        }


def _as_move(question: Question, interviewer: str | None) -> Move:
    return Move(
        kind="question",
        topic=question.topics[0] if question.topics else question.kind,
        text=question.text,
        competency=question.competency,
        question_id=question.id,
        follow_up=question.follow_up,
        interviewer=interviewer,
    )


def choose_questions(profile: Profile, rng: random.Random) -> list[Question]:
    """The questions being practised, an opening motivational question, then one question per competency
    (distinct), in random order."""
    bank = [q for q in profile.role.questions if q.kind != "closing"]
    count = QUESTIONS_PER_LENGTH[profile.length]
    # Weak spots being practised come first; the rest of the plan is chosen around them as usual.
    chosen: list[Question] = [q for q in bank if q.id in profile.practise][:count]
    opening = [q for q in bank if q.kind == "motivational"]
    if opening and len(chosen) < count and not any(q.kind == "motivational" for q in chosen):
        chosen.insert(0, rng.choice(opening))
    competencies = [c.id for c in profile.role.competencies]
    rng.shuffle(competencies)
    for competency in competencies:
        if len(chosen) >= count:
            break
        candidates = [q for q in bank if q.competency == competency and q not in chosen]
        if candidates:
            chosen.append(rng.choice(candidates))
    rest = [q for q in bank if q not in chosen]
    rng.shuffle(rest)
    chosen += rest[: max(0, count - len(chosen))]
    return chosen[:count]


def build_plan(profile: Profile, objections: list[Objection], seed: int = 0) -> Plan:
    rng = random.Random(seed)
    persona = get_persona(profile.persona)
    speakers = [f"{i.name}, {i.title}" for i in persona.interviewers]
    questions = choose_questions(profile, rng)
    moves = [_as_move(q, speakers[i % len(speakers)]) for i, q in enumerate(questions)]
    practised = [o for o in objections if o.topic in profile.practise]
    ordered = [*practised, *(o for o in objections if o not in practised)]
    raised = ordered[: OBJECTIONS_PER_LENGTH[profile.length]]
    # Objections come after the opening question, spaced out: a concern raised in the first minute, or all
    # at once, is not how a real interviewer works.
    for offset, objection in enumerate(raised):
        position = min(len(moves), 2 + offset * 2)
        moves.insert(
            position,
            Move(
                kind="objection",
                topic=objection.topic,
                text=objection_line(objection),
                interviewer=speakers[0],
            ),
        )
    planned = {q.id for q in questions}
    likely = [q for q in profile.role.questions if q.id not in planned and q.kind != "closing"]
    rng.shuffle(likely)
    preparation = [_as_move(q, None) for q in [*questions, *likely][:LIKELY_QUESTIONS]]
    follow_up = [Move(kind="closing", topic="closing-questions", text=CLOSING_TEXT, interviewer=speakers[0])]
    follow_up += [
        Move(
            kind="thank-you",
            topic="thank-you",
            text=f"Write a short thank-you note to {i.name} ({i.title}).",
            interviewer=f"{i.name}, {i.title}",
        )
        for i in persona.interviewers
    ]
    return Plan(
        role=profile.role.display_title,
        role_id=profile.role.id,
        role_matched=not profile.role.unmatched,
        role_below=profile.role.below,
        persona=persona.id,
        seed=seed,
        objections=tuple(objections),
        stages=(
            StagePlan(name="preparation", moves=tuple(preparation)),
            StagePlan(name="interview", moves=tuple(moves)),
            StagePlan(name="follow-up", moves=tuple(follow_up)),
        ),
    )
