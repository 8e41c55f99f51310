"""The report at the end of a session, built to be the takeaway: a headline and the three things to work on
next (each with the words of the answer it comes from), scores per question and per dimension, and answer
by answer the score, the reasons, what to change and every earlier attempt. Rendered by `report_text`
(Markdown) and `exports` (HTML, JSON, PDF)."""

from __future__ import annotations

from collections import Counter

from pydantic import BaseModel, ConfigDict

from interviewer.corpus.documents import default_documents
from interviewer.interview.report_text import details_markdown, summary_markdown
from interviewer.interview.session import Session, Turn
from interviewer.scoring.feedback import suggestion
from interviewer.scoring.rubric import DIMENSION_NAMES, DIMENSIONS, Scorecard
from interviewer.voice.delivery import Delivery


class EarlierAttempt(BaseModel):
    model_config = ConfigDict(extra="forbid")

    answer: str
    overall: int | None
    answered_at: str

    @property
    def mark(self) -> str:
        return "not scored" if self.overall is None else f"{self.overall}/100"


class TurnSummary(BaseModel):
    model_config = ConfigDict(extra="forbid")

    index: int
    stage: str
    kind: str
    topic: str
    question: str
    answer: str | None
    overall: int | None
    dimensions: dict[str, int | None]
    attempts: int
    flags: list[str]
    audio: str | None = None
    delivery: Delivery | None = None
    quotes: list[str] = []  # the words of the answer its critiques point at
    improved: str | None = None  # the restructured answer, from the candidate's own facts
    reasons: dict[str, str] = {}  # per scored dimension (or "closing" / "thank-you"), why it scored so
    changes: list[str] = []  # what to change, pointed at this answer's words
    earlier: list[EarlierAttempt] = []  # every earlier attempt at this question, oldest first

    def labelled_reasons(self) -> list[tuple[str, str]]:
        """("Evidence 2/5", why) per reason, as every export shows them."""
        out = []
        for name, reason in self.reasons.items():
            mark = self.dimensions.get(name)
            label = DIMENSION_NAMES.get(name, name.capitalize()) + (f" {mark}/5" if mark is not None else "")
            out.append((label, reason))
        return out


class FocusItem(BaseModel):
    """One of the three things to work on next: a weak dimension (or the closing questions, or a thank-you
    note), the answer it was weakest in, the words of that answer it is about, and what to change."""

    model_config = ConfigDict(extra="forbid")

    dimension: str  # a dimension id, "closing" or "thank-you"
    name: str
    score: str  # as the candidate reads it: "mean 2.5/5", "55/100"
    turn: int
    question: str
    quote: str | None
    change: str

    @property
    def place(self) -> str:
        return (
            f"weakest in answer {self.turn}" if self.dimension in DIMENSION_NAMES else f"answer {self.turn}"
        )


class StudyItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    dimension: str
    mean: float
    guidance: list[dict[str, str]]  # {"doc_id", "title"}


class Report(BaseModel):
    model_config = ConfigDict(extra="forbid")

    session_id: str
    role: str
    persona: str
    model: str
    created_at: str
    status: str
    headline: str
    focus: list[FocusItem]
    objections: list[dict[str, str]]
    turns: list[TurnSummary]
    overall_mean: float | None
    dimension_means: dict[str, float | None]
    strengths: list[str]
    weakest: list[StudyItem]
    closing: dict[str, object] | None
    thank_you_notes: list[dict[str, object]]

    def markdown(self) -> str:
        """The whole report: the takeaway first, then the scores, then answer by answer."""
        return summary_markdown(self) + "\n" + details_markdown(self)


def _quoted(card: Scorecard, limit: int = 4) -> list[str]:
    seen: list[str] = []
    for dim in card.dimensions.values():
        for quote in dim.quotes:
            if quote.text not in seen:
                seen.append(quote.text)
    return seen[:limit]


def _summary(turn: Turn) -> TurnSummary:
    card = turn.scorecard if turn.answer is not None else None
    reasons: dict[str, str] = {}
    changes: list[str] = []
    if card is not None:
        reasons = {n: d.rationale for n, d in card.dimensions.items() if d.score is not None}
        changes = list(card.suggestions)
    for name, check in (("closing", turn.closing), ("thank-you", turn.thank_you)):
        if check is not None and turn.answer is not None:
            reasons[name] = check.rationale
            changes += check.suggestions
    return TurnSummary(
        index=turn.index,
        stage=turn.stage,
        kind=turn.kind,
        topic=turn.topic,
        question=turn.question,
        answer=turn.answer,
        overall=turn.overall if turn.answer is not None else None,
        dimensions={n: d.score for n, d in card.dimensions.items()} if card else {},
        attempts=len(turn.attempts) + (1 if turn.answer is not None else 0),
        flags=list(card.flags) if card else [],
        audio=turn.audio,
        delivery=turn.delivery,
        quotes=_quoted(card) if card else [],
        improved=next((r.text for r in card.rewrites if r.level == "restructured"), None) if card else None,
        reasons=reasons,
        changes=changes,
        earlier=[
            EarlierAttempt(answer=a.answer, overall=a.overall, answered_at=a.answered_at)
            for a in turn.attempts
        ],  # fmt: skip
    )


def _weakest_dimension(session: Session, name: str, mean: float, titles: dict[str, str]) -> FocusItem | None:
    """A weak dimension, shown in the answer where it scored lowest, with the words it is about."""
    candidates = [
        (card.dimensions[name].score or 0, turn.index, turn)  # type: ignore[index]
        for turn in session.turns
        if (card := turn.scorecard) is not None
        and turn.answer is not None
        and card.dimensions[name].score is not None  # type: ignore[index]
    ]
    if not candidates:
        return None
    _, _, turn = min(candidates, key=lambda c: (c[0], c[1]))
    assert turn.scorecard is not None
    dim = turn.scorecard.dimensions[name]  # type: ignore[index]
    quote = dim.quotes[0] if dim.quotes else None
    return FocusItem(
        dimension=name,
        name=DIMENSION_NAMES.get(name, name),
        score=f"mean {mean:g}/5",
        turn=turn.index,
        question=turn.question,
        quote=quote.text if quote else None,
        change=suggestion(name, titles.get(f"rubric-{name.replace('_', '-')}"), quote),  # type: ignore[arg-type]
    )


def _focus(session: Session, ranked: list[tuple[float, str]], titles: dict[str, str]) -> list[FocusItem]:
    """The three weakest things, weakest first: dimensions below good (4 of 5), and closing questions or
    thank-you notes below 70/100. A strong session still gets its one weakest dimension: there is always a
    next step."""
    weak: list[tuple[float, FocusItem]] = []
    for mean, name in ranked:
        if mean < 4 and (item := _weakest_dimension(session, name, mean, titles)) is not None:
            weak.append((mean / 5, item))
    for turn in session.turns:
        for name, check in (("Closing questions", turn.closing), ("Thank-you note", turn.thank_you)):
            if check is not None and turn.answer is not None and check.score < 70 and check.suggestions:
                item = FocusItem(dimension="closing" if turn.closing else "thank-you", name=name,
                                 score=f"{check.score}/100", turn=turn.index, question=turn.question,
                                 quote=None, change=check.suggestions[0])  # fmt: skip
                weak.append((check.score / 100, item))
    if not weak and ranked:
        first = _weakest_dimension(session, ranked[0][1], ranked[0][0], titles)
        return [first] if first else []
    return [item for _, item in sorted(weak, key=lambda w: (w[0], w[1].turn))[:3]]


def _headline(scored: list[int], ranked: list[tuple[float, str]], focus: list[FocusItem]) -> str:
    if not scored:
        return "No answer has been scored yet: answer a question to get feedback."
    mean = round(sum(scored) / len(scored))
    best = DIMENSION_NAMES.get(ranked[-1][1], ranked[-1][1]).lower() if ranked else None
    work = ", ".join(f.name.lower() for f in focus)
    answers = f"{len(scored)} answer{'s' if len(scored) != 1 else ''}"
    strongest = f" Strongest on {best}." if best and len(ranked) > 1 else ""
    return (
        f"{answers}, averaging {mean}/100.{strongest} Work next on {work}."
        if work
        else (f"{answers}, averaging {mean}/100.{strongest}")
    )


def build_report(session: Session) -> Report:
    titles = {d.id: d.title for d in default_documents()}
    per_dimension: dict[str, list[int]] = {d: [] for d in DIMENSIONS}
    cited: dict[str, Counter[str]] = {d: Counter() for d in DIMENSIONS}
    for turn in session.turns:
        if turn.scorecard is not None and turn.answer is not None:
            for name, dim in turn.scorecard.dimensions.items():
                if dim.score is not None:
                    per_dimension[name].append(dim.score)
                    cited[name].update(c for c in dim.citations if not c.startswith("rubric-"))
    summaries = [_summary(turn) for turn in session.turns if turn.kind != "greeting"]
    means = {d: round(sum(v) / len(v), 2) if v else None for d, v in per_dimension.items()}
    scored = [
        t.overall for t in summaries if t.overall is not None and t.kind not in ("closing", "thank-you")
    ]
    ranked = sorted(((m, d) for d, m in means.items() if m is not None), key=lambda x: (x[0], x[1]))
    strengths = [f"{DIMENSION_NAMES[d]} (mean {m})" for m, d in reversed(ranked) if m >= 3.5][:3]
    weakest = [
        StudyItem(
            dimension=d,
            mean=m,
            guidance=[{"doc_id": doc, "title": titles.get(doc, doc)} for doc, _ in cited[d].most_common(2)]
            + [
                {
                    "doc_id": f"rubric-{d.replace('_', '-')}",
                    "title": titles.get(f"rubric-{d.replace('_', '-')}", d),
                }
            ],
        )
        for m, d in ranked[:2]  # the two lowest, even in a strong session: there is always a next step
    ]
    # The things to work on are the dimensions below "good" (4), weakest first; a strong session still
    # gets its one weakest, since there is always a next step.
    focus = _focus(session, ranked, titles)
    closing = next((t.closing for t in session.turns if t.closing is not None), None)
    notes = [
        {"to": t.interviewer or "", "score": t.thank_you.score, "rationale": t.thank_you.rationale}
        for t in session.turns
        if t.thank_you is not None
    ]
    return Report(
        session_id=session.id,
        role=session.plan.role,
        persona=session.plan.persona,
        model=session.model,
        created_at=session.created_at,
        status=session.status,
        headline=_headline(scored, ranked, focus),
        focus=focus,
        objections=[{"topic": o.topic, "evidence": o.evidence} for o in session.plan.objections],
        turns=summaries,
        overall_mean=round(sum(scored) / len(scored), 1) if scored else None,
        dimension_means=means,
        strengths=strengths,
        weakest=weakest,
        closing=closing.model_dump() if closing else None,
        thank_you_notes=notes,
    )
