"""A session and its turns: the state that is persisted as it happens, so nothing typed is ever lost."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from interviewer.interview.plan import Plan, StageName
from interviewer.interview.profile import Profile
from interviewer.scoring.closing_questions import ClosingCheck
from interviewer.scoring.rubric import Scorecard
from interviewer.scoring.thank_you import ThankYouCheck
from interviewer.voice.delivery import Delivery

TurnKind = Literal["greeting", "question", "objection", "follow-up", "closing", "thank-you"]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Attempt(BaseModel):
    """An earlier answer to the same turn, kept when the candidate tries again."""

    model_config = ConfigDict(extra="forbid")

    answer: str
    overall: int | None
    answered_at: str
    audio: str | None = None
    delivery: Delivery | None = None
    dimensions: dict[str, int] = Field(default_factory=dict)  # its scores per dimension, to show the change


class Turn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    index: int
    stage: StageName
    kind: TurnKind
    topic: str
    move: int | None  # position in Plan.conversation; None for a probing follow-up or the greeting
    interviewer: str | None
    question: str
    replaced: bool = False  # the model's wording broke a rule twice and the plan's own wording was used
    prompt: str | None = None  # prompt file and version that phrased it
    probe: str | None = None  # a follow-up: which weakness of the last answer it probes ("number", ...)
    bridge: str | None = None  # a guided turn: the model's accepted sentence before the planned wording
    rejected: list[str] = Field(default_factory=list)  # model drafts or bridges not used, and why
    asked_at: str = Field(default_factory=now)
    answer: str | None = None
    answered_at: str | None = None
    scorecard: Scorecard | None = None
    closing: ClosingCheck | None = None
    thank_you: ThankYouCheck | None = None
    # A spoken answer: its recording (relative to INTERVIEWER_HOME) and how it was delivered.
    audio: str | None = None
    delivery: Delivery | None = None
    attempts: list[Attempt] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)

    @property
    def awaits_answer(self) -> bool:
        return self.kind != "greeting" and self.answer is None

    @property
    def needs_scoring(self) -> bool:
        """Answered in this session and saved, but the scoring never finished (a model outage, a crash):
        scored on resume. A turn laid down with its answer (an eval's earlier conversation) has no
        `answered_at` and is taken as it stands."""
        return (
            self.kind != "greeting" and self.answer is not None and self.answered_at is not None
        ) and self.overall is None

    @property
    def overall(self) -> int | None:
        if self.scorecard is not None:
            return self.scorecard.overall
        if self.closing is not None:
            return self.closing.score
        if self.thank_you is not None:
            return self.thank_you.score
        return None


class Session(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12])
    created_at: str = Field(default_factory=now)
    updated_at: str = Field(default_factory=now)
    model: str
    profile: Profile
    plan: Plan
    turns: list[Turn] = Field(default_factory=list)
    cursor: int = 0  # the next move of Plan.conversation to play
    probe_pending: bool = False  # the last answer was weak: the next turn is a probing follow-up
    status: Literal["active", "finished"] = "active"
    owner: str = ""  # the account it belongs to on a shared server; "" on a one-person install

    @property
    def stage(self) -> StageName:
        if self.status == "finished":
            return "follow-up"
        if self.open_turn is not None:
            return self.open_turn.stage
        moves = self.plan.conversation
        if self.cursor < len(moves):
            return moves[self.cursor][0]
        return "follow-up"

    @property
    def open_turn(self) -> Turn | None:
        return self.turns[-1] if self.turns and self.turns[-1].awaits_answer else None

    @property
    def unscored_turn(self) -> Turn | None:
        """The last answered turn, when its scoring never finished."""
        answered = [t for t in self.turns if t.answer is not None]
        return answered[-1] if answered and answered[-1].needs_scoring else None

    def scored_against(self, turn: Turn) -> tuple[str, str | None]:
        """The question an answer is scored against, and the objection it must answer. A probe ("Which
        example answers it?", "How would you answer my concern?") is scored with the question it probes, so
        an answer to another question given there is not taken as relevant, nor a dodged objection as met."""
        if turn.kind != "follow-up":
            return turn.question, turn.topic if turn.kind == "objection" else None
        earlier = [t for t in self.turns if t.index < turn.index and t.kind in ("question", "objection")]
        if not earlier:
            return turn.question, None
        probed = earlier[-1]
        return f"{probed.question} {turn.question}", probed.topic if probed.kind == "objection" else None

    def progress(self, turn: Turn) -> tuple[int, int] | None:
        """(n, of) for a turn of the interview stage: "question 4 of 7". A probe shares its question's
        number; objections the candidate dismissed are not counted."""
        if turn.stage != "interview":
            return None
        planned = [
            i
            for i, (stage, move) in enumerate(self.plan.conversation)
            if stage == "interview"
            and not (move.kind == "objection" and move.topic in self.profile.dismissed_objections)
        ]
        move = turn.move
        if move is None:  # a probe: the number of the question it follows
            earlier = [t.move for t in self.turns[: turn.index] if t.move is not None]
            move = earlier[-1] if earlier else None
        if move is None or move not in planned:
            return None
        return planned.index(move) + 1, len(planned)

    def asked(self) -> list[str]:
        return [t.question for t in self.turns if t.kind != "greeting"]
