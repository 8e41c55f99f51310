"""The report at the end of a session: scores per question and per dimension, strengths, the weakest areas
with the guidance to study, and the follow-up checks. Exported as Markdown and JSON."""

from __future__ import annotations

from collections import Counter

from pydantic import BaseModel, ConfigDict

from interviewer.corpus.documents import default_documents
from interviewer.interview.session import Session
from interviewer.scoring.rubric import DIMENSIONS, Scorecard
from interviewer.voice.delivery import Delivery


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
    objections: list[dict[str, str]]
    turns: list[TurnSummary]
    overall_mean: float | None
    dimension_means: dict[str, float | None]
    strengths: list[str]
    weakest: list[StudyItem]
    closing: dict[str, object] | None
    thank_you_notes: list[dict[str, object]]

    def markdown(self) -> str:
        out = [f"# Interview report: {self.role}", ""]
        out.append(
            f"Session `{self.session_id}` · {self.created_at} · persona {self.persona} · model {self.model}"
        )
        out += [
            "",
            f"**Average score:** {self.overall_mean if self.overall_mean is not None else 'n/a'}/100",
            "",
        ]
        out += ["## Dimensions", "", "| Dimension | Mean (1-5) |", "|---|---|"]
        for name, mean in self.dimension_means.items():
            out.append(f"| {name.replace('_', ' ')} | {'n/a' if mean is None else mean} |")
        out += ["", "## Questions", "", "| # | Kind | Question | Score |", "|---|---|---|---|"]
        for t in self.turns:
            question = t.question.replace("|", "/")
            out.append(f"| {t.index} | {t.kind} | {question} | {'' if t.overall is None else t.overall} |")
        out += ["", "## Strengths", ""] + ([f"- {s}" for s in self.strengths] or ["- None yet."])
        out += ["", "## Study next", ""]
        for item in self.weakest:
            titles = "; ".join(f"{g['title']} (`{g['doc_id']}`)" for g in item.guidance)
            out.append(f"- **{item.dimension.replace('_', ' ')}** (mean {item.mean}): {titles}")
        if self.closing:
            out += [
                "",
                "## Closing questions",
                "",
                f"Score {self.closing.get('score')}: {self.closing.get('rationale')}",
            ]
        for note in self.thank_you_notes:
            out += [
                "",
                f"## Thank-you note to {note['to']}",
                "",
                f"Score {note['score']}: {note['rationale']}",
            ]
        spoken = [t for t in self.turns if t.delivery is not None]
        if spoken:
            out += [
                "",
                "## Delivery (spoken answers)",
                "",
                "Filler counts are a lower bound: speech recognition drops some. "
                "Delivery never changes a score.",
                "",
                "| # | Words/min | Speaking (s) | Pauses ≥ 1 s | Fillers | Note |",
                "|---|---|---|---|---|---|",
            ]
            for t in spoken:
                d = t.delivery
                assert d is not None
                fillers = ", ".join(f"{k} ×{v}" for k, v in d.fillers.items()) or "none heard"
                out.append(
                    f"| {t.index} | {d.words_per_minute:.0f} | {d.speaking_seconds:.1f} "
                    f"| {len(d.long_pauses)} "
                    f"| {fillers} | {(d.note or '').replace('|', '/')} |"
                )
        out += ["", "## Transcript", ""]
        for t in self.turns:
            out += [f"**Interviewer:** {t.question}", ""]
            if t.answer is not None:
                out += [f"**You:** {t.answer}", ""]
                if t.quotes:
                    out += ["Look again at: " + "; ".join(f"\u201c{q}\u201d" for q in t.quotes), ""]
                if t.improved:
                    out += [f"_In value-first order, from your own facts:_ {t.improved}", ""]
        return "\n".join(out) + "\n"


def _quoted(card: Scorecard, limit: int = 4) -> list[str]:
    seen: list[str] = []
    for dim in card.dimensions.values():
        for quote in dim.quotes:
            if quote.text not in seen:
                seen.append(quote.text)
    return seen[:limit]


def build_report(session: Session) -> Report:
    titles = {d.id: d.title for d in default_documents()}
    summaries: list[TurnSummary] = []
    per_dimension: dict[str, list[int]] = {d: [] for d in DIMENSIONS}
    cited: dict[str, Counter[str]] = {d: Counter() for d in DIMENSIONS}
    for turn in session.turns:
        if turn.kind == "greeting":
            continue
        card = turn.scorecard
        dims: dict[str, int | None] = {}
        if card is not None and turn.answer is not None:
            for name, dim in card.dimensions.items():
                dims[name] = dim.score
                if dim.score is not None:
                    per_dimension[name].append(dim.score)
                    cited[name].update(c for c in dim.citations if not c.startswith("rubric-"))
        summaries.append(
            TurnSummary(
                index=turn.index,
                stage=turn.stage,
                kind=turn.kind,
                topic=turn.topic,
                question=turn.question,
                answer=turn.answer,
                overall=turn.overall if turn.answer is not None else None,
                dimensions=dims,
                attempts=len(turn.attempts) + (1 if turn.answer is not None else 0),
                flags=list(card.flags) if card else [],
                audio=turn.audio,
                delivery=turn.delivery,
                quotes=_quoted(card) if card and turn.answer is not None else [],
                improved=next((r.text for r in card.rewrites if r.level == "restructured"), None)
                if card and turn.answer is not None
                else None,
            )
        )
    means = {d: round(sum(v) / len(v), 2) if v else None for d, v in per_dimension.items()}
    scored = [
        t.overall for t in summaries if t.overall is not None and t.kind not in ("closing", "thank-you")
    ]
    ranked = sorted(((m, d) for d, m in means.items() if m is not None), key=lambda x: (x[0], x[1]))
    strengths = [f"{d.replace('_', ' ')} (mean {m})" for m, d in reversed(ranked) if m >= 3.5][:3]
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
        objections=[{"topic": o.topic, "evidence": o.evidence} for o in session.plan.objections],
        turns=summaries,
        overall_mean=round(sum(scored) / len(scored), 1) if scored else None,
        dimension_means=means,
        strengths=strengths,
        weakest=weakest,
        closing=closing.model_dump() if closing else None,
        thank_you_notes=notes,
    )
