"""The scorer: signals, retrieval-grounded comparison and the optional LLM judge, combined by the calibrated
reducer into one scorecard. The same input scored twice offline gives the same scorecard."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from interviewer.corpus.documents import load_vocabulary
from interviewer.corpus.search import Hit, Retriever
from interviewer.errors import InputError, ModelError
from interviewer.models.base import ChatModel
from interviewer.models.registry import get_model
from interviewer.scoring.batch import score_lines
from interviewer.scoring.calibration import Calibration, load_calibration
from interviewer.scoring.concerns import OFF_CONCERN_CAP, misses_the_concern
from interviewer.scoring.exemplars import ExemplarBank, exemplars_from, shown_exemplar
from interviewer.scoring.features import features
from interviewer.scoring.feedback import advice_for, pointed, question_kind, rationale
from interviewer.scoring.grounding import all_citations, cite, retrieve_guidance
from interviewer.scoring.judge import JudgeVerdict, judge_answer, rewrite_answer
from interviewer.scoring.quotes import find_quotes
from interviewer.scoring.rewrites import build_rewrites
from interviewer.scoring.rubric import (
    DIMENSIONS,
    MAX_ANSWER_TOKENS,
    RUBRIC_DOCS,
    Dimension,
    DimensionScore,
    Quote,
    Scorecard,
    ScoreInput,
    overall_score,
)
from interviewer.scoring.signals import Signals, extract_signals, find_grader_text, non_answer
from interviewer.settings import Settings
from interviewer.text import company_name
from interviewer.tokens import count_tokens

_MAX_ANSWER_CHARS = 12 * MAX_ANSWER_TOKENS  # cut before counting tokens, so a pasted book cannot stall us
_CONCERN_DIMENSIONS: tuple[Dimension, ...] = ("relevance", "objection_handling")  # what an off-concern caps
REWRITE_BELOW = 85  # a near-perfect answer gets no rewrite


def judge_by_default(model_name: str) -> bool:
    """The judge is on for served models (openai:...); small embedded models rate nearly everything 4-5."""
    return model_name.startswith("openai:")


def normalise_objection(objection: str | None, vocabulary: dict[str, str]) -> str | None:
    if objection is None or not objection.strip():
        return None
    topic = objection.strip().lower()
    topic = topic if topic.startswith("objection:") else f"objection:{topic}"
    if topic not in vocabulary:
        known = ", ".join(t.split(":", 1)[1] for t in vocabulary if t.startswith("objection:"))
        raise InputError(f"Unknown objection topic '{objection}'; use one of: {known}.")
    return topic


@dataclass
class Analysis:
    item: ScoreInput
    answer: str
    flags: list[str]
    retrieved: list[Hit]
    grader_text: bool
    non_answer: str | None = None
    signals: Signals | None = None
    values: dict[str, float] | None = None
    exemplar: str | None = None  # the bank's strong answer to the nearest question


class Scorer:
    def __init__(
        self,
        settings: Settings | None = None,
        retriever: Retriever | None = None,
        calibration: Calibration | None = None,
        model: ChatModel | None = None,
        prompts_dir: Path | None = None,
    ) -> None:
        self.settings = settings or Settings.from_env()
        self.retriever = retriever or Retriever(self.settings)
        self.calibration = calibration or load_calibration()
        self.prompts_dir = prompts_dir
        self._model = model
        self._bank: ExemplarBank | None = None
        self._bank_source: Scorer | None = None
        self._vocabulary = load_vocabulary()
        self._rubric = {d.id: d for d in self.retriever.documents if d.kind == "rubric"}

    def with_settings(self, settings: Settings) -> Scorer:
        """A scorer for other settings (another model for the judge) sharing this one's guidance store,
        calibration and exemplar vectors, so a second model costs no second store or embedder."""
        other = Scorer(
            settings, retriever=self.retriever, calibration=self.calibration, prompts_dir=self.prompts_dir
        )
        other._bank = self._bank
        other._bank_source = self
        return other

    @property
    def model(self) -> ChatModel:
        if self._model is None:
            self._model = get_model(self.settings.model, self.settings)
        return self._model

    def bank(self) -> ExemplarBank:
        if self._bank is None and self._bank_source is not None:
            self._bank = self._bank_source.bank()
        if self._bank is None:
            self._bank = ExemplarBank.load_or_build(
                exemplars_from(self.retriever.documents),
                self.retriever.embed,
                self.settings.home / "cache",
            )
        return self._bank

    def warm_up(self) -> None:
        self.retriever.search("warm up", k=1)
        self.bank()

    # -- the pipeline -------------------------------------------------------------------------------

    def analyse(self, item: ScoreInput) -> Analysis:
        """Everything the reducer reads, before any calibration: cleaned text, flags, retrieval, features."""
        item = item.model_copy(update={"objection": normalise_objection(item.objection, self._vocabulary)})
        flags: list[str] = []
        grader = find_grader_text(item.answer)
        answer = grader.cleaned
        if grader.spans:
            flags.append(
                f"grader-instruction: {len(grader.spans)} passage(s) aimed at the grader were removed before "
                "scoring; they earn nothing and cost a point on relevance and structure"
            )
        answer, truncated = _truncate(answer)
        if truncated:
            flags.append(
                f"truncated: the answer is over {MAX_ANSWER_TOKENS} tokens; only its start was scored"
            )
        retrieved = retrieve_guidance(self.retriever, item, answer)
        reason = non_answer(item.question, answer)
        if reason is not None and grader.spans and not answer.strip():
            reason = "only text aimed at the grader"
        if reason is not None:
            flags.append(f"non-answer: {reason}")
            return Analysis(
                item=item,
                answer=answer,
                flags=flags,
                retrieved=retrieved,
                non_answer=reason,
                grader_text=bool(grader.spans),
            )
        signals = extract_signals(item.question, answer, item.company_brief)
        q_vector, a_vector = self.retriever.embed([item.question, answer])
        comparison = self.bank().compare(q_vector, a_vector)
        return Analysis(
            item=item,
            answer=answer,
            flags=flags,
            retrieved=retrieved,
            grader_text=bool(grader.spans),
            signals=signals,
            values=features(signals, comparison),
            exemplar=shown_exemplar(
                self.bank().exemplars, self.retriever.documents, comparison, item.objection
            ),
        )

    def score(self, item: ScoreInput, judge: bool | None = None) -> Scorecard:
        analysis = self.analyse(item)
        item, answer, flags, retrieved = analysis.item, analysis.answer, analysis.flags, analysis.retrieved
        applicable = item.applicable()
        if analysis.non_answer is not None or analysis.signals is None or analysis.values is None:
            return self._floor(item, applicable, retrieved, analysis.non_answer or "empty", flags)
        signals, values = analysis.signals, analysis.values

        estimates = {d: self.calibration.predict(d, values) for d in applicable}
        scores: dict[Dimension, int] = {d: _round(v) for d, v in estimates.items()}
        kind = question_kind(item.question, item.objection is not None)
        quotes = {d: self._quotes(d, item, scores[d]) for d in applicable}
        rationales = {d: pointed(rationale(d, scores[d], signals, kind), quotes[d]) for d in applicable}
        citations = {d: cite(d, item, retrieved, self._rubric) for d in applicable}

        use_judge = judge_by_default(self.settings.model) if judge is None else judge
        verdict: JudgeVerdict | None = None
        if use_judge:
            verdict = self._judge(item, answer, applicable, retrieved, flags)
        judge_suggestions: list[str] = []
        if verdict is not None:
            judge_suggestions = self._blend_judge(
                verdict,
                estimates,
                scores,
                rationales,
                citations,
                quotes,
                signals,
                kind,
                {h.doc_id for h in retrieved},
            )

        if analysis.grader_text:
            for d in ("relevance", "structure"):
                if d in scores:
                    scores[d] = max(1, scores[d] - 1)
                    rationales[d] = (
                        pointed(rationale(d, scores[d], signals, kind), quotes[d])
                        + " Text aimed at the grader was removed."
                    )

        off_concern = misses_the_concern(item.objection, answer, signals)
        if off_concern:
            flags.append("off-concern: the answer does not speak to the concern raised")
            for d in _CONCERN_DIMENSIONS:
                if scores.get(d, 0) > OFF_CONCERN_CAP:
                    scores[d] = OFF_CONCERN_CAP
                    said = rationale(d, OFF_CONCERN_CAP, signals, kind)
                    rationales[d] = f"{said} It does not speak to the concern."

        overall = overall_score(dict(scores))
        titles = {hit.doc_id: hit.title for hit in retrieved} | {i: d.title for i, d in self._rubric.items()}
        led = _CONCERN_DIMENSIONS if off_concern else ()  # the concern missed is said first
        suggestions = advice_for(scores, citations, quotes, titles, signals, led) + judge_suggestions

        rewrite = None
        if use_judge and verdict is not None and overall < REWRITE_BELOW:
            rewrite, problem = self._rewrite(item, answer, suggestions)
            if problem:
                flags.append(problem)

        dimensions = {
            d: DimensionScore(
                score=scores[d], rationale=rationales[d], citations=citations[d], quotes=quotes[d]
            )
            if d in scores
            else DimensionScore(score=None, rationale=_not_applicable(d))
            for d in DIMENSIONS
        }
        return Scorecard(
            id=item.id,
            overall=overall,
            dimensions=dimensions,
            citations=all_citations(dimensions, retrieved),
            flags=flags,
            suggestions=suggestions,
            rewrite=rewrite,
            rewrites=build_rewrites(
                item.answer,
                item.role,
                item.company or company_name(item.company_brief),
                analysis.exemplar,
                item.objection,
            )
            if overall < REWRITE_BELOW
            else [],
            judge=self.model.name if verdict is not None else None,
            calibration=self.calibration.version,
        )

    def _blend_judge(
        self,
        verdict: JudgeVerdict,
        estimates: dict[Dimension, float],
        scores: dict[Dimension, int],
        rationales: dict[Dimension, str],
        citations: dict[Dimension, list[str]],
        quotes: dict[Dimension, list[Quote]],
        signals: Signals,
        kind: str,
        known: set[str],
    ) -> list[str]:
        """Moves each score towards the judge's (bounded by the calibrated shift), adds the judge's reason and
        any retrieved guidance it cited; returns at most two of its suggestions."""
        for d in scores:
            opinion = verdict.for_dimension(d)
            if opinion is None:
                continue
            weight, shift = self.calibration.judge_weight, self.calibration.judge_max_shift
            blended = (1 - weight) * estimates[d] + weight * opinion.score
            scores[d] = max(scores[d] - shift, min(scores[d] + shift, _round(blended)))
            said = pointed(rationale(d, scores[d], signals, kind), quotes[d])
            rationales[d] = f"{said} Judge: {opinion.rationale.strip()}"
            citations[d] += [c for c in opinion.citations if c in known and c not in citations[d]]
        return [s.strip() for s in verdict.suggestions if s.strip()][:2]

    @staticmethod
    def _quotes(dimension: Dimension, item: ScoreInput, score: int) -> list[Quote]:
        """Spans of the answer as given; never a passage aimed at the grader (a flag, not a quote)."""
        return [
            q
            for q in find_quotes(dimension, item.question, item.answer, score)
            if not find_grader_text(q.text).spans
        ]

    def _floor(
        self,
        item: ScoreInput,
        applicable: list[Dimension],
        retrieved: list[Hit],
        reason: str,
        flags: list[str],
    ) -> Scorecard:
        dimensions = {
            d: DimensionScore(
                score=1,
                rationale=f"Not an answer ({reason}): there is nothing to score on this dimension.",
                citations=cite(d, item, retrieved, self._rubric),
            )
            if d in applicable
            else DimensionScore(score=None, rationale=_not_applicable(d))
            for d in DIMENSIONS
        }
        guide = next((h.title for h in retrieved if h.kind == "guidance"), None)
        advice = (
            "Answer the question in full sentences: what you did, how, and what it achieved for the employer."
        )
        return Scorecard(
            id=item.id,
            overall=0,
            dimensions=dimensions,
            citations=all_citations(dimensions, retrieved),
            flags=flags,
            suggestions=[f"{advice} (See: {guide}.)" if guide else advice],
            calibration=self.calibration.version,
        )

    def judge_only(self, item: ScoreInput) -> JudgeVerdict:
        """The LLM judge's verdict alone (no blending, no rewrite); a model failure raises `ModelError`.

        Evals use it to measure how often the judge's output validates against its schema."""
        analysis = self.analyse(item)
        applicable = analysis.item.applicable()
        return judge_answer(
            self.model,
            analysis.item,
            analysis.answer,
            self._rubric_lines(applicable, analysis.retrieved),
            analysis.retrieved,
            applicable,
            self.prompts_dir,
        )

    @staticmethod
    def _rubric_lines(applicable: list[Dimension], retrieved: list[Hit]) -> str:
        return "\n".join(
            f"- {d}: {next((h.text for h in retrieved if h.doc_id == RUBRIC_DOCS[d]), d)[:400]}"
            for d in applicable
        )

    def _judge(
        self,
        item: ScoreInput,
        answer: str,
        applicable: list[Dimension],
        retrieved: list[Hit],
        flags: list[str],
    ) -> JudgeVerdict | None:
        rubric = self._rubric_lines(applicable, retrieved)
        try:
            return judge_answer(self.model, item, answer, rubric, retrieved, applicable, self.prompts_dir)
        except ModelError as exc:
            # The offline scores stand and the card says the judge did not take part: no invented feedback.
            flags.append(f"judge-unavailable: {exc}")
            return None

    def _rewrite(self, item: ScoreInput, answer: str, advice: list[str]) -> tuple[str | None, str | None]:
        try:
            return rewrite_answer(self.model, item, answer, advice, self.prompts_dir)
        except ModelError as exc:
            return None, f"rewrite-unavailable: {exc}"

    # -- batches ------------------------------------------------------------------------------------

    def score_lines(self, lines: Iterable[str], judge: bool | None = None) -> Iterator[dict[str, Any]]:
        """One result per non-blank JSON line, in order: a scorecard, or the line number and its problem."""
        return score_lines(lambda item: self.score(item, judge), lines)


def _round(value: float) -> int:
    return int(min(5, max(1, int(value + 0.5))))


def _truncate(answer: str) -> tuple[str, bool]:
    if len(answer) <= 4 * MAX_ANSWER_TOKENS:  # certainly under budget: skip counting
        return answer, False
    clipped = answer[:_MAX_ANSWER_CHARS]
    tokens = count_tokens(clipped)
    if tokens <= MAX_ANSWER_TOKENS and len(answer) <= _MAX_ANSWER_CHARS:
        return answer, False
    keep = clipped[: int(len(clipped) * MAX_ANSWER_TOKENS / max(tokens, 1))]
    end = max(keep.rfind(". "), keep.rfind("\n"))
    return (keep[: end + 1] if end > len(keep) // 2 else keep).strip(), True


def _not_applicable(dimension: Dimension) -> str:
    if dimension == "objection_handling":
        return "Not applicable: the question raised no objection."
    return "Not applicable: no company brief was given."
