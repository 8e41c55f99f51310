"""Plain-language rationales and suggestions from the signals: pure functions, one sentence each."""

from __future__ import annotations

import re

from interviewer.scoring.rubric import DIMENSIONS, WEIGHTS, Dimension, Quote, Scorecard
from interviewer.scoring.signals import Signals

_LEVEL = {1: "Weak", 2: "Below the bar", 3: "Adequate", 4: "Good", 5: "Strong"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


_KINDS = (
    (
        "about",
        re.compile(r"\babout yourself\b|\bwalk me through your (?:background|career|resume|cv)\b", re.I),
    ),
    (
        "motivation",
        re.compile(r"^\W*why\b|\bwhy (?:do|would|are) you\b|\bwhat (?:draws|attracts) you\b", re.I),
    ),
    ("weakness", re.compile(r"\bweakness", re.I)),
    (
        "behavioural",
        re.compile(r"\b(?:tell me about a|describe a|give me an example|walk me through a|a time)\b", re.I),
    ),
)
# What each kind of question calls for, said in the rationale so the score has a reason a person can use.
CALLS_FOR = {
    "about": "a short, value-led introduction: who you are for this role, one proof, and why here",
    "motivation": "what you would bring here first, then why the role fits you",
    "weakness": "a real weakness, what you did about it, and the evidence it improved",
    "behavioural": "one real example: the situation, what you did yourself, and the result in figures",
    "objection": "the concern met head-on: acknowledged, reframed toward the role, settled by a result",
    "open": "a direct answer in the question's own terms, tied to this role",
}


def question_kind(question: str, objection: bool = False) -> str:
    if objection:
        return "objection"
    return next((kind for kind, pattern in _KINDS if pattern.search(question)), "open")


def rationale(dimension: Dimension, score: int, s: Signals, kind: str = "open") -> str:
    level = _LEVEL[score]
    if dimension == "value_first":
        if s.self_wants_opening:
            detail = "it opens with what you want before what the employer gains"
        elif s.employer_opening >= 3:
            detail = "the opening puts the employer's gain and your results first"
        elif s.self_wants:
            detail = (
                f"it spends {_plural(s.self_wants, 'phrase')} on what you want and little on what they gain"
            )
        elif score >= 4 and s.quantities + s.outcomes >= 2:
            # The score then rests on the results the answer gives, which the rationale says.
            detail = "its results carry it, though the opening does not say what the employer would gain"
        else:
            detail = "the opening does not say what the employer would gain"
    elif dimension == "evidence":
        if s.quantities or s.outcomes:
            detail = (
                f"{_plural(s.quantities, 'figure')} and {_plural(s.outcomes, 'outcome word')} back the claims"
            )
        else:
            detail = "no figures, scope or named results back the claims"
    elif dimension == "relevance":
        if kind in ("about", "motivation", "weakness"):
            # Such questions have almost no key terms to take up; what they call for is the measure.
            detail = f"the question calls for {CALLS_FOR[kind]}"
        else:
            share = round(s.question_overlap * 100)
            detail = f"it takes up {share}% of the question's key terms; it calls for {CALLS_FOR[kind]}"
        if s.words < 40 and score <= 2:
            detail += ", and the answer is too short to give it"
    elif dimension == "structure":
        detail = f"{s.words} words in {_plural(s.sentences, 'sentence')}"
        if kind not in ("about", "motivation"):
            detail += (
                ", with a situation-action-result shape"
                if s.sar_markers >= 2
                else ", without a clear situation-action-result shape"
            )
        else:
            detail += f"; the question calls for {CALLS_FOR[kind]}"
        if s.hedges:
            detail += f" and {_plural(s.hedges, 'filler')}"
    elif dimension == "objection_handling":
        done = [
            label
            for label, present in (
                ("acknowledges the concern", s.acknowledges > 0),
                ("reframes it", s.reframes > 0),
                ("answers with results", s.quantities + s.outcomes > 0),
            )
            if present
        ]
        missed = [
            m
            for m in ("acknowledging the concern", "reframing it", "results")
            if not any(m.split()[0][:5] in d for d in done)
        ]
        detail = "it " + (
            ", ".join(done) if done else "does not acknowledge, reframe or answer the concern with results"
        )
        if done and missed:
            detail += ", but misses " + " and ".join(missed)
        if s.defensive:
            detail += f"; it has {_plural(s.defensive, 'defensive or apologetic phrase')}"
    else:
        share = round((s.brief_overlap or 0.0) * 100)
        detail = f"it uses about {share}% of the specifics in the company brief"
    return f"{level}: {detail}."


_ADVICE: dict[Dimension, str] = {
    "value_first": (
        "Open with what the employer gains, the problem you solve or the result you deliver, "
        "and keep what you want for later."
    ),
    "evidence": "Back each claim with a figure, a scope or a named result (how much, how many, by when).",
    "relevance": "Answer the question that was asked, in its own terms, and tie it to this role.",
    "structure": "Tell it as situation, action, result in under two minutes, and end on the result.",
    "objection_handling": (
        "Acknowledge the concern in one calm sentence, reframe it toward what the role needs, "
        "and answer it with a result."
    ),
    "research": (
        "Use what you know about the company: name its priorities, results or challenges "
        "and link them to what you have done."
    ),
}


# An answer that already gives figures is not told to add some: what it lacks is what they were worth.
_FIGURES_GIVEN = (
    "Your figures are there; say what they were worth to the employer (money, time or risk) and which "
    "part of the result was your own doing."
)
FIGURES_GIVEN_FROM = 2  # this many figures in an answer already back its claims with numbers


def suggestion(
    dimension: Dimension,
    guidance_title: str | None,
    quote: Quote | None = None,
    signals: Signals | None = None,
) -> str:
    """The advice for a dimension, aimed at the words of this answer it applies to when there are some."""
    advice = _ADVICE[dimension]
    if dimension == "evidence" and signals is not None and signals.quantities >= FIGURES_GIVEN_FROM:
        advice, quote = _FIGURES_GIVEN, None
    if quote is not None:
        said = quote.text if len(quote.text) <= 70 else quote.text[:69].rstrip() + "…"
        advice = f"\u201c{said}\u201d: {advice[:1].lower()}{advice[1:]}"
    return f"{advice} (See: {guidance_title}.)" if guidance_title else advice


def advice_for(
    scores: dict[Dimension, int],
    citations: dict[Dimension, list[str]],
    quotes: dict[Dimension, list[Quote]],
    titles: dict[str, str],
    signals: Signals,
    first: tuple[Dimension, ...] = (),
) -> list[str]:
    """Advice on the (at most three) weakest dimensions, most costly first, each pointing at a guide; the
    dimensions named first lead (an answer that missed the concern is told so before it is told to add a
    figure)."""
    weakest = sorted(
        (d for d in scores if scores[d] <= 3),
        key=lambda d: (d not in first, -(WEIGHTS[d] * (5 - scores[d])), d),
    )[:3]
    return [
        suggestion(
            d,
            next((titles[c] for c in citations[d] if not c.startswith("rubric-")), None),
            quotes[d][0] if quotes[d] else None,
            signals,
        )
        for d in weakest
    ]


def pointed(text: str, quotes: list[Quote], limit: int = 90) -> str:
    """A rationale that points at the words it is about."""
    if not quotes:
        return text
    said = quotes[0].text if len(quotes[0].text) <= limit else quotes[0].text[: limit - 1].rstrip() + "…"
    more = f" (and {len(quotes) - 1} more)" if len(quotes) > 1 else ""
    return f"{text} See: \u201c{said}\u201d{more}."


def dimension_change(before: Scorecard | None, after: Scorecard | None) -> str:
    """How each dimension moved between two scorings of a turn: "value first 2→4; evidence 1→3"."""
    if before is None or after is None:
        return ""
    moved = [
        f"{name.replace('_', ' ')} {b.score}→{a.score}"
        for name in DIMENSIONS
        if (b := before.dimensions[name]).score is not None
        and (a := after.dimensions[name]).score is not None
        and a.score != b.score
    ]
    return "; ".join(moved) or "no dimension moved"
