"""The rubric's dimensions, their weights in the overall score, and the scorecard they produce.

The same weights are written out in `corpus/rubric/rubric-overview.md`, which the scorer cites; a test keeps
the two in step.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Dimension = Literal["value_first", "evidence", "relevance", "structure", "objection_handling", "research"]
DIMENSIONS: tuple[Dimension, ...] = (
    "value_first",
    "evidence",
    "relevance",
    "structure",
    "objection_handling",
    "research",
)
# A dimension as a candidate reads it.
DIMENSION_NAMES: dict[str, str] = {
    "value_first": "Value first",
    "evidence": "Evidence",
    "relevance": "Relevance",
    "structure": "Structure",
    "objection_handling": "Handling the objection",
    "research": "Company research",
}


WEIGHTS: dict[Dimension, float] = {
    "value_first": 0.25,
    "evidence": 0.25,
    "relevance": 0.20,
    "structure": 0.15,
    "objection_handling": 0.15,
    "research": 0.10,
}
# The rubric document each dimension cites, whatever else was retrieved.
RUBRIC_DOCS: dict[Dimension, str] = {
    "value_first": "rubric-value-first",
    "evidence": "rubric-evidence",
    "relevance": "rubric-relevance",
    "structure": "rubric-structure",
    "objection_handling": "rubric-objection-handling",
    "research": "rubric-research",
}
# Corpus topics whose guidance explains each dimension; used to pick which retrieved guidance to cite.
DIMENSION_TOPICS: dict[Dimension, tuple[str, ...]] = {
    "value_first": ("value-first", "value-proposition", "why-hire-you"),
    "evidence": ("evidence", "proof-stories"),
    "relevance": ("tailoring", "motivation", "strategy", "leadership", "closing-questions", "thank-you"),
    "structure": ("structure", "concision", "executive-presence"),
    "objection_handling": (),  # the question's own objection topic
    "research": ("research", "tailoring"),
}
MAX_ANSWER_TOKENS = 1200  # about eight minutes of speech; longer answers are scored on a truncated copy


# A job description, a company brief or a resume runs to a few pages; far past that it is a mistake (a whole
# web page, a log), and it would go whole into prompts and the session row.
MAX_DOCUMENT_CHARS = 60_000


def too_long(what: str, length: int) -> str:
    return (
        f"The {what} is {length:,} characters long; paste at most {MAX_DOCUMENT_CHARS:,} "
        "(the part about the company and the role)."
    )


class ScoreInput(BaseModel):
    """One answer to score: what was asked, for which role, and what the candidate said."""

    model_config = ConfigDict(extra="forbid")

    role: str
    question: str
    answer: str
    objection: str | None = None
    company_brief: str | None = None
    company: str | None = None  # the hiring company's name; read from the brief when not given
    id: str | None = None

    @field_validator("company_brief")
    @classmethod
    def _brief_within_limit(cls, value: str | None) -> str | None:
        if value is not None and len(value) > MAX_DOCUMENT_CHARS:
            raise ValueError(too_long("company brief", len(value)))
        return value

    @field_validator("role", "question")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value.strip()

    def applicable(self) -> list[Dimension]:
        """The dimensions this answer is scored on; the others are null, never guessed."""
        return [
            d
            for d in DIMENSIONS
            if (d != "objection_handling" or self.objection) and (d != "research" or self.company_brief)
        ]


class Quote(BaseModel):
    """Words of the answer a critique is about: `answer[start:end] == text`, offsets into the answer as
    given."""

    model_config = ConfigDict(extra="forbid")

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    # A spoken answer: where the quoted words are in the recording, in seconds (None for a typed answer).
    start_seconds: float | None = None
    end_seconds: float | None = None


class Rewrite(BaseModel):
    """An improved answer. A blank the candidate must fill is written in square brackets in `text` and listed
    in `missing`; nothing in it is invented."""

    model_config = ConfigDict(extra="forbid")

    level: Literal["minimal", "restructured", "exemplar"]
    text: str
    missing: list[str] = Field(default_factory=list)


class DimensionScore(BaseModel):
    model_config = ConfigDict(extra="forbid")

    score: int | None = Field(default=None, ge=1, le=5)
    rationale: str
    citations: list[str] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)


class Scorecard(BaseModel):
    """The contract printed by `interviewer score --json`; extra keys only ever get added."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = None
    overall: int = Field(ge=0, le=100)
    dimensions: dict[Dimension, DimensionScore]
    citations: list[str]
    flags: list[str]
    suggestions: list[str]
    rewrite: str | None = None
    rewrites: list[Rewrite] = Field(default_factory=list)  # built from the answer's own facts, no model
    judge: str | None = None  # the judging model's name, when the LLM judge took part
    calibration: str  # the calibration file version the scores came from

    def contract(self) -> dict[str, object]:
        """The JSON the CLI prints: `id` only when the input had one."""
        data = self.model_dump(mode="json")
        if data["id"] is None:
            del data["id"]
        return data


def overall_score(scores: dict[Dimension, int | None]) -> int:
    """Weighted mean of the applicable dimensions, 1..5 mapped onto 0..100."""
    applicable = {d: s for d, s in scores.items() if s is not None}
    if not applicable:
        return 0
    total = sum(WEIGHTS[d] for d in applicable)
    mean = sum(WEIGHTS[d] * s for d, s in applicable.items()) / total
    return round((mean - 1) / 4 * 100)
