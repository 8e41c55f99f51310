"""Facts a served model may add to what the rules read from a resume (a team size written in a way the rules
do not know, a degree in an unusual form). The rules stay the judge: a proposal is kept only when its quote is
the resume's own words and the quote says what the fact claims; everything else is dropped and counted. The
embedded default never asks: it must be right without this."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from interviewer.errors import InterviewerError
from interviewer.interview.amounts import budgets
from interviewer.interview.degrees import _DEGREE_ORDER, _DEGREE_PATTERNS
from interviewer.interview.industries import _INDUSTRIES
from interviewer.interview.profile import Corrections
from interviewer.interview.reading import _NUMBER_WORDS
from interviewer.interview.resume_facts import ResumeFacts
from interviewer.models.base import ChatModel, Sampling
from interviewer.prompts import load_prompt

MAX_FACTS = 12


class ProposedFact(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["team", "budget", "degree", "industry"]
    value: str = Field(max_length=80)
    quote: str = Field(max_length=300)


class Proposals(BaseModel):
    model_config = ConfigDict(extra="forbid")

    facts: list[ProposedFact] = Field(default_factory=list, max_length=MAX_FACTS)


class Checked(BaseModel):
    """What came of a model's proposals: the facts kept (as a reader says them) and how many were dropped."""

    model_config = ConfigDict(extra="forbid")

    kept: list[ProposedFact] = Field(default_factory=list)
    dropped: int = 0
    failed: str | None = None  # the model could not be asked; the rules alone read the resume


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


def _digits_in(value: str, quote: str) -> bool:
    """Whether the quote holds the number, in digits ("1,200") or in words ("sixty")."""
    number = value.replace(",", "").strip()
    if not number.isdigit():
        return False
    said = re.sub(r"(?<=\d)[,.](?=\d{3}\b)", "", quote)
    words = [w for w, n in _NUMBER_WORDS.items() if n == int(number)]
    spelled = any(re.search(rf"\b{w}\b", quote, re.IGNORECASE) for w in words)
    return spelled or re.search(rf"(?<!\d){number}(?!\d)", said) is not None


def supported(fact: ProposedFact, resume: str) -> bool:
    """Whether a proposal is the resume's own words and its quote says what it claims."""
    quote = _flat(fact.quote)
    if len(quote) < 3 or quote not in _flat(resume):
        return False  # words the resume does not hold: the model read something that is not there
    value = fact.value.strip().lower()
    if fact.kind == "team":
        return _digits_in(value, fact.quote) and 2 <= int(value) <= 200_000
    # Read by the same readers the rules use: the quote must say this amount, and this degree.
    if fact.kind == "budget":
        return value.isdigit() and int(value) in budgets(fact.quote)
    if fact.kind == "degree":
        return value in _DEGREE_PATTERNS and _DEGREE_PATTERNS[value].search(fact.quote) is not None
    return value in _INDUSTRIES


def propose_facts(model: ChatModel, resume: str, prompts_dir: Path | None = None) -> Proposals:
    messages = load_prompt("facts/propose", prompts_dir).render(resume=resume)
    return model.complete_json(messages, Proposals, Sampling(temperature=0.0, max_tokens=600))


def check(model: ChatModel, resume: str, prompts_dir: Path | None = None) -> Checked:
    """Ask, then keep only what the resume supports. A model that cannot be asked is said, not hidden."""
    try:
        proposals = propose_facts(model, resume, prompts_dir)
    except InterviewerError as exc:
        return Checked(failed=str(exc))
    kept = [f for f in proposals.facts if supported(f, resume)]
    return Checked(kept=kept, dropped=len(proposals.facts) - len(kept))


def described(fact: ProposedFact) -> str:
    """A kept fact as the brief says it, with the resume's words it rests on."""
    said = {"team": f"a team of {fact.value}", "budget": f"a budget of ${int(fact.value):,}",
            "degree": f"a {fact.value} degree", "industry": f"work in {fact.value}"}[fact.kind]  # fmt: skip
    return f"{said} (\u201c{' '.join(fact.quote.split())}\u201d)"


def read_by_served_model(
    model_name: str, model: Callable[[], ChatModel], resume: str | None, prompts_dir: Path | None = None
) -> Checked | None:
    """A served model's reading of the resume, checked; None on the embedded default, which the rules must
    get right alone (a 1.5B model's extra facts would need more checking than they save)."""
    if not model_name.startswith("openai:") or not resume:
        return None
    return check(model(), resume, prompts_dir)


def with_proposals(facts: ResumeFacts, kept: list[ProposedFact]) -> ResumeFacts:
    """The rules' facts with the kept proposals added; a proposal only ever adds, never lowers."""
    teams = [int(f.value) for f in kept if f.kind == "team"]
    budgets = [int(f.value) for f in kept if f.kind == "budget"]
    degrees = set(facts.degrees) | {f.value.lower() for f in kept if f.kind == "degree"}
    ordered = [level for level in _DEGREE_ORDER if level in degrees]
    industries = [*facts.industries, *(f.value.lower() for f in kept if f.kind == "industry")]
    team = max([t for t in [facts.max_team_size, *teams] if t is not None], default=None)
    budget = max([b for b in [facts.max_budget_usd, *budgets] if b is not None], default=None)
    project = max([b for b in [facts.max_project_usd, budget] if b is not None], default=None)
    return facts.model_copy(
        update={
            "max_team_size": team,
            "max_budget_usd": budget,
            "max_project_usd": project,
            "has_direct_reports": facts.has_direct_reports or bool(teams),
            "degrees": ordered,
            "highest_degree": ordered[0] if ordered else None,
            "industries": list(dict.fromkeys(industries)),
        }
    )


def plan_notes(checked: Checked) -> tuple[tuple[str, ...], str | None]:
    """What the plan keeps of a model's reading: the facts as the brief says them, and one sentence on the
    rest (dropped proposals, or a model that could not be asked)."""
    if checked.failed:
        return (), f"The served model could not read the resume ({checked.failed}); the rules alone read it."
    dropped = (
        f"{checked.dropped} more fact(s) the model proposed were dropped: the resume does not say them."
        if checked.dropped
        else None
    )
    return tuple(described(f) for f in checked.kept), dropped


def with_corrections(facts: ResumeFacts, corrections: Corrections | None) -> ResumeFacts:
    """The candidate's own corrections replace what was read: they know their resume better than a rule."""
    if corrections is None or not corrections.any:
        return facts
    update: dict[str, object] = {}
    if corrections.team is not None:
        update |= {"max_team_size": corrections.team or None, "has_direct_reports": corrections.team > 0}
    if corrections.budget_usd is not None:
        # The candidate's own figure stands for every budget they ran, projects too.
        budget = corrections.budget_usd or None
        update |= {"max_budget_usd": budget, "max_project_usd": budget}
    if corrections.degree is not None:
        degrees = [] if corrections.degree == "none" else [corrections.degree]
        update |= {"degrees": degrees, "highest_degree": degrees[0] if degrees else None}
    return facts.model_copy(update=update)
