"""The scorer: signals, retrieval-grounded comparison and the optional LLM judge, combined by the calibrated
reducer into one scorecard. The same input scored twice offline gives the same scorecard."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import ValidationError

from interviewer.corpus.documents import load_vocabulary
from interviewer.corpus.search import Hit, Retriever
from interviewer.errors import InputError, ModelError
from interviewer.models.base import ChatModel
from interviewer.models.registry import get_model
from interviewer.scoring.calibration import Calibration, load_calibration
from interviewer.scoring.exemplars import ExemplarBank, exemplars_from
from interviewer.scoring.features import features
from interviewer.scoring.feedback import pointed, question_kind, rationale, suggestion
from interviewer.scoring.judge import JudgeVerdict, judge_answer, rewrite_answer
from interviewer.scoring.quotes import find_quotes
from interviewer.scoring.rewrites import build_rewrites
from interviewer.scoring.rubric import (
    DIMENSION_TOPICS,
    DIMENSIONS,
    MAX_ANSWER_TOKENS,
    RUBRIC_DOCS,
    WEIGHTS,
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
_QUERY_ANSWER_CHARS = 600
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
        retrieved = self._retrieve(item, answer)
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
            exemplar=self._strong_answer(comparison.nearest),
        )

    def _strong_answer(self, nearest: list[str]) -> str | None:
        by_id = {e.doc_id: e for e in self.bank().exemplars}
        return next((by_id[i].strong for i in nearest if i in by_id), None)

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
        citations = {d: self._cite(d, item, retrieved) for d in applicable}

        use_judge = judge_by_default(self.settings.model) if judge is None else judge
        verdict: JudgeVerdict | None = None
        if use_judge:
            verdict = self._judge(item, answer, applicable, retrieved, flags)
        judge_suggestions: list[str] = []
        if verdict is not None:
            known = {hit.doc_id for hit in retrieved}
            for d in applicable:
                opinion = verdict.for_dimension(d)
                if opinion is None:
                    continue
                blended = (1 - self.calibration.judge_weight) * estimates[
                    d
                ] + self.calibration.judge_weight * opinion.score
                shift = self.calibration.judge_max_shift
                scores[d] = max(scores[d] - shift, min(scores[d] + shift, _round(blended)))
                said = pointed(rationale(d, scores[d], signals, kind), quotes[d])
                rationales[d] = f"{said} Judge: {opinion.rationale.strip()}"
                citations[d] += [c for c in opinion.citations if c in known and c not in citations[d]]
            judge_suggestions = [s.strip() for s in verdict.suggestions if s.strip()][:2]

        if analysis.grader_text:
            for d in ("relevance", "structure"):
                if d in scores:
                    scores[d] = max(1, scores[d] - 1)
                    rationales[d] = (
                        pointed(rationale(d, scores[d], signals, kind), quotes[d])
                        + " Text aimed at the grader was removed."
                    )

        overall = overall_score(dict(scores))
        titles = {hit.doc_id: hit.title for hit in retrieved} | {i: d.title for i, d in self._rubric.items()}
        weakest = sorted(
            (d for d in applicable if scores[d] <= 3), key=lambda d: (-(WEIGHTS[d] * (5 - scores[d])), d)
        )[:3]
        suggestions = [
            suggestion(
                d,
                next((titles[c] for c in citations[d] if not c.startswith("rubric-")), None),
                quotes[d][0] if quotes[d] else None,
            )
            for d in weakest
        ] + judge_suggestions

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
            citations=_all_citations(dimensions, retrieved),
            flags=flags,
            suggestions=suggestions,
            rewrite=rewrite,
            rewrites=build_rewrites(
                item.answer, item.role, item.company or company_name(item.company_brief), analysis.exemplar
            )
            if overall < REWRITE_BELOW
            else [],
            judge=self.model.name if verdict is not None else None,
            calibration=self.calibration.version,
        )

    @staticmethod
    def _quotes(dimension: Dimension, item: ScoreInput, score: int) -> list[Quote]:
        """Spans of the answer as given; never a passage aimed at the grader (a flag, not a quote)."""
        return [
            q
            for q in find_quotes(dimension, item.question, item.answer, score)
            if not find_grader_text(q.text).spans
        ]

    def _retrieve(self, item: ScoreInput, answer: str) -> list[Hit]:
        """Guidance, rubric and (when asked) objection and research documents for this question and answer."""
        query = f"{item.question}\n{answer[:_QUERY_ANSWER_CHARS]}".strip()
        # The question and the answer are embedded one at a time (a batch pads to its longest text, and a
        # repeated question is remembered); the dense query is their normalised sum.
        (q_vector,) = self.retriever.embed([item.question])
        (a_vector,) = self.retriever.embed([answer]) if answer.strip() else (q_vector,)
        mixed = np.add(q_vector, a_vector)
        vector = [float(x) for x in mixed / max(float(np.linalg.norm(mixed)), 1e-12)]
        hits = [h for h in self.retriever.search(query, k=10, vector=vector).hits if h.kind == "guidance"]
        if item.objection:
            hits += [
                h
                for h in self.retriever.search(query, k=3, topic=item.objection, vector=vector).hits
                if h.kind == "guidance"
            ]
        if item.company_brief:
            hits += [
                h
                for h in self.retriever.search(query, k=3, topic="research", vector=vector).hits
                if h.kind == "guidance"
            ]
        unique: dict[str, Hit] = {}
        for hit in hits:
            unique.setdefault(hit.doc_id, hit)
        return list(unique.values())

    def _cite(self, dimension: Dimension, item: ScoreInput, retrieved: list[Hit]) -> list[str]:
        # A dimension's rubric document applies to every answer; guidance is cited only when retrieved.
        cited = [RUBRIC_DOCS[dimension]] if RUBRIC_DOCS[dimension] in self._rubric else []
        topics = (item.objection,) if dimension == "objection_handling" else DIMENSION_TOPICS[dimension]
        for hit in retrieved:
            if hit.kind == "guidance" and set(topics) & set(hit.topics):
                cited.append(hit.doc_id)
                break
        return cited

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
                citations=self._cite(d, item, retrieved),
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
            citations=_all_citations(dimensions, retrieved),
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
        """One result per non-blank input line, in order: a scorecard, or the line number and its problem."""
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                if not isinstance(raw, dict):
                    raise InputError("expected a JSON object")
                known = {"role", "question", "answer", "objection", "company_brief", "id"}
                item = ScoreInput.model_validate({k: v for k, v in raw.items() if k in known})
                yield self.score(item, judge).contract()
            except json.JSONDecodeError as exc:
                yield {"line": number, "error": f"line {number}: not valid JSON ({exc.msg})"}
            except ValidationError as exc:
                problem = exc.errors()[0]
                field = ".".join(str(p) for p in problem["loc"]) or "input"
                ident = raw.get("id") if isinstance(raw, dict) else None
                yield {
                    "line": number,
                    "id": ident,
                    "error": f"line {number}: '{field}' {problem['msg'].lower()}",
                }
            except InputError as exc:
                ident = raw.get("id") if isinstance(raw, dict) else None
                yield {"line": number, "id": ident, "error": f"line {number}: {exc}"}
            except (ValueError, RecursionError) as exc:
                # JSON that parses in principle but not here: a number of thousands of digits, deep nesting.
                why = "nested too deeply" if isinstance(exc, RecursionError) else _short_reason(exc)
                if "digits" in why:
                    why = "it holds a number thousands of digits long"
                yield {"line": number, "error": f"line {number}: cannot be read ({why})"}


def _short_reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 120 else text[:119] + "…"


def _measures(body: str) -> str:
    """The 'What it measures' section of a rubric document, which the judge is shown."""
    match = re.search(r"^## What it measures\s*\n(.*?)(?=^## |\Z)", body, re.MULTILINE | re.DOTALL)
    return " ".join((match.group(1) if match else body).split())[:500]


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


def _all_citations(dimensions: dict[Dimension, DimensionScore], retrieved: list[Hit]) -> list[str]:
    cited = list(dict.fromkeys(c for d in dimensions.values() for c in d.citations))
    kinds = {hit.doc_id: hit.kind for hit in retrieved}
    if not any(kinds.get(c) == "guidance" for c in cited):
        first = next((hit.doc_id for hit in retrieved if hit.kind == "guidance"), None)
        if first:
            cited.append(first)
    return cited
