"""The LLM judge and the rewriter: one more scorer behind the model seam, the answer fenced as data."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from interviewer.corpus.search import Hit
from interviewer.models.base import ChatModel, Sampling
from interviewer.prompts import load_prompt
from interviewer.scoring.rubric import Dimension, ScoreInput
from interviewer.text import fence

_JUDGE_SAMPLING = Sampling(temperature=0.0, max_tokens=700, seed=0)
_REWRITE_SAMPLING = Sampling(temperature=0.0, max_tokens=320, seed=0)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)(?<!\n)\b[A-Z][a-zA-Z]{2,}\b")
_FIGURE = re.compile(r"\d[\d,.]*")


# Bounds on the verdict's text. They are in the JSON schema, so a runtime that decodes by grammar (the
# embedded llama.cpp) must close a string or list in time: a small model can otherwise repeat one sentence
# until it runs out of tokens and leave the JSON unclosed. A longer value from a server that ignores the
# schema is cut to size rather than refused.
RATIONALE_CHARS = 320
SUGGESTION_CHARS = 240
MAX_SUGGESTIONS = 3
MAX_CITATIONS = 5


def _cut(limit: int) -> Callable[[Any], Any]:
    def cut(value: Any) -> Any:
        if isinstance(value, list):
            return value[:limit]
        if not isinstance(value, str) or len(value) < limit:
            return value
        # Cut short by the bound: end on the last whole sentence when there is one.
        kept = value[:limit]
        end = max(kept.rfind(". "), kept.rfind("! "), kept.rfind("? "), kept.rfind(".\n"))
        return kept[: end + 1] if end >= limit // 3 else kept[: limit - 1].rstrip() + "…"

    return cut


Rationale = Annotated[str, BeforeValidator(_cut(RATIONALE_CHARS)), Field(max_length=RATIONALE_CHARS)]
Citations = Annotated[list[str], BeforeValidator(_cut(MAX_CITATIONS)), Field(max_length=MAX_CITATIONS)]
Suggestion = Annotated[str, BeforeValidator(_cut(SUGGESTION_CHARS)), Field(max_length=SUGGESTION_CHARS)]
Suggestions = Annotated[
    list[Suggestion], BeforeValidator(_cut(MAX_SUGGESTIONS)), Field(max_length=MAX_SUGGESTIONS)
]


class JudgeDimension(BaseModel):
    model_config = ConfigDict(extra="forbid")

    score: int = Field(ge=1, le=5)
    rationale: Rationale
    citations: Citations = []


class JudgeVerdict(BaseModel):
    model_config = ConfigDict(extra="forbid")

    value_first: JudgeDimension | None = None
    evidence: JudgeDimension | None = None
    relevance: JudgeDimension | None = None
    structure: JudgeDimension | None = None
    objection_handling: JudgeDimension | None = None
    research: JudgeDimension | None = None
    suggestions: Suggestions = []

    def for_dimension(self, dimension: Dimension) -> JudgeDimension | None:
        value = getattr(self, dimension)
        return value if isinstance(value, JudgeDimension) else None


def judge_answer(
    model: ChatModel,
    item: ScoreInput,
    answer: str,
    rubric: str,
    guidance: list[Hit],
    applicable: list[Dimension],
    prompts_dir: Path | None = None,
) -> JudgeVerdict:
    template = load_prompt("judge/rubric", prompts_dir)
    listing = "\n".join(f"[{hit.doc_id}] {hit.title}: {hit.text[:280].strip()}" for hit in guidance)
    messages = template.render(
        rubric=rubric,
        guidance=listing,
        role=item.role,
        question=item.question,
        objection=item.objection or "none",
        company_brief=item.company_brief or "none",
        answer=fence(answer),
        dimensions=", ".join(applicable),
    )
    return model.complete_json(messages, JudgeVerdict, _JUDGE_SAMPLING)


def invented_facts(original: str, rewrite: str) -> list[str]:
    """Figures and names in `rewrite` that the candidate never gave; bracketed placeholders are allowed."""
    unbracketed = re.sub(r"\[[^\]]*\]", " ", rewrite)
    figures = set(_FIGURE.findall(original))
    names = {n.lower() for n in _NAME.findall(original)} | {
        w.lower() for w in re.findall(r"\b[A-Z][a-zA-Z]+\b", original)
    }
    new = [f for f in _FIGURE.findall(unbracketed) if f.rstrip(".,") not in {x.rstrip(".,") for x in figures}]
    new += [n for n in _NAME.findall(unbracketed) if n.lower() not in names]
    return sorted(set(new))


def rewrite_answer(
    model: ChatModel, item: ScoreInput, answer: str, advice: list[str], prompts_dir: Path | None = None
) -> tuple[str | None, str | None]:
    """(rewrite, None), or (None, why it was dropped): a rewrite that adds facts is never shown."""
    template = load_prompt("judge/rewrite", prompts_dir)
    messages = template.render(
        role=item.role,
        question=item.question,
        advice=" ".join(advice) or "Lead with value.",
        answer=fence(answer),
    )
    text = model.complete(messages, _REWRITE_SAMPLING).text.strip()
    if not text:
        return None, "rewrite-dropped: the model returned an empty rewrite"
    added = invented_facts(answer, text)
    if added:
        return None, f"rewrite-dropped: it added facts the candidate did not give ({', '.join(added[:4])})"
    return text, None
