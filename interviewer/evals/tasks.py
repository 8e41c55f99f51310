"""What an eval runs for each sample, the checks it can apply, and the metrics it reports.

Each task reuses the product's own code path (the retriever, the scorer, the follow-up checks, the engine),
so an eval measures what a user gets, not a copy of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from interviewer.corpus.evaluate import LabelledQuery, recall_at_k, reciprocal_rank
from interviewer.corpus.search import Retriever
from interviewer.errors import ModelError
from interviewer.evals.cache import CachingModel, SampleCalls
from interviewer.interview.followup import check_closing_questions, check_thank_you
from interviewer.interview.personas import PERSONAS
from interviewer.interview.profile import Length
from interviewer.interview.roles import resolve_role
from interviewer.interview.rules import broken_rules, similar
from interviewer.scoring.rubric import DIMENSIONS, ScoreInput
from interviewer.scoring.scorer import Scorer
from interviewer.scoring.signals import content_words
from interviewer.scoring.validity import LABEL_RANK, Label, LabelledAnswer, ManipulationCase, auc, spearman
from interviewer.sessions import SessionStore
from interviewer.settings import Settings

Out = dict[str, Any]  # a sample's outputs
Params = dict[str, Any]  # the suite's params
CheckResult = tuple[bool | None, str]  # passed (None: does not apply to this sample), and why
Check = Callable[[Any, dict[str, Any], dict[str, Any]], CheckResult]


@dataclass
class Context:
    """What a task's samples share within one run."""

    settings: Settings
    model: CachingModel
    params: dict[str, Any]
    work_dir: Path
    prompts_dir: Path | None = None
    shared: dict[str, Any] = field(default_factory=dict)

    def scorer(self) -> Scorer:
        scorer: Scorer = self.shared["scorer"]
        return scorer


@dataclass
class Outcome:
    """One sample's result, as the metrics read it."""

    sample: Any
    outputs: dict[str, Any]
    checks: dict[str, bool | None]
    error: str | None
    calls: SampleCalls | None = None


class Task:
    name: str = ""
    sample_type: type[BaseModel] = BaseModel
    uses_model: bool = False
    extra_metrics: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.checks: dict[str, Check] = {
            name.removeprefix("check_"): getattr(self, name)
            for name in dir(self)
            if name.startswith("check_")
        }

    def prepare(self, ctx: Context) -> None:
        """Build what every sample shares (stores, the scorer) before samples run concurrently."""

    def run(self, sample: Any, ctx: Context) -> dict[str, Any]:
        raise NotImplementedError

    def metrics(self, outcomes: list[Outcome], params: dict[str, Any]) -> dict[str, float]:
        return {}

    def metric_names(self, checks: list[str]) -> list[str]:
        return [*(f"{c}.pass_rate" for c in checks), "error_rate", *self.extra_metrics]

    def knows_metric(self, name: str, checks: list[str]) -> bool:
        return name in self.metric_names(checks) or any(
            name.startswith(prefix.removesuffix("*")) for prefix in self.extra_metrics if prefix.endswith("*")
        )


def _mean(values: list[float]) -> float:
    return round(sum(values) / len(values), 4) if values else float("nan")


def _prepare_scorer(ctx: Context) -> None:
    scorer = Scorer(ctx.settings, model=ctx.model, prompts_dir=ctx.prompts_dir)
    scorer.warm_up()  # the store and the exemplar bank are built once, before samples share them
    ctx.shared["scorer"] = scorer


# -- retrieval -------------------------------------------------------------------------------------------


class RetrievalTask(Task):
    name = "retrieval"
    sample_type = LabelledQuery
    extra_metrics = ("recall_at_k", "mrr")

    def prepare(self, ctx: Context) -> None:
        retriever = Retriever(ctx.settings)
        retriever.search("warm up", k=1)  # builds the store once, before samples share it
        ctx.shared["retriever"] = retriever

    def run(self, sample: LabelledQuery, ctx: Context) -> dict[str, Any]:
        mode = ctx.params.get("mode", "hybrid")
        hits = ctx.shared["retriever"].search(sample.query, k=20, mode=mode).hits
        ranked: list[str] = []
        for hit in hits:
            if hit.doc_id not in ranked:
                ranked.append(hit.doc_id)
        k = int(ctx.params.get("k", 5))
        return {
            "ranked": ranked[:10],
            "recall": round(recall_at_k(ranked, sample.relevant, k), 4),
            "reciprocal_rank": round(reciprocal_rank(ranked, sample.relevant), 4),
        }

    def check_relevant_in_top_k(self, sample: LabelledQuery, out: Out, p: Params) -> CheckResult:
        missing = [doc for doc in sample.relevant if doc not in out["ranked"][: int(p.get("k", 5))]]
        return not missing, f"missing {', '.join(missing)}" if missing else ""

    def metrics(self, outcomes: list[Outcome], params: dict[str, Any]) -> dict[str, float]:
        done = [o for o in outcomes if o.error is None]
        return {
            "recall_at_k": _mean([o.outputs["recall"] for o in done]),
            "mrr": _mean([o.outputs["reciprocal_rank"] for o in done]),
        }


# -- scoring -----------------------------------------------------------------------------------------------

# What a label promises about the overall score (0-100); the bands overlap, as people's labels do.
LABEL_BANDS: dict[str, tuple[int, int]] = {"strong": (60, 100), "adequate": (35, 85), "weak": (0, 55)}


class ScoringTask(Task):
    name = "score"
    sample_type = LabelledAnswer
    extra_metrics = tuple(
        f"{split}.{metric}"
        for split in ("dev", "held-back", "all")
        for metric in ("auc", "spearman", "within_one")
    ) + ("within_one.*",)

    def prepare(self, ctx: Context) -> None:
        _prepare_scorer(ctx)

    def run(self, sample: LabelledAnswer, ctx: Context) -> dict[str, Any]:
        card = ctx.scorer().score(sample.as_input(), judge=bool(ctx.params.get("judge", False)))
        return {
            "split": sample.split,
            "label": sample.label,
            "overall": card.overall,
            "dimensions": {d: card.dimensions[d].score for d in DIMENSIONS},
            "flags": card.flags,
            "citations": card.citations,
        }

    def check_within_one(self, sample: LabelledAnswer, out: Out, p: Params) -> CheckResult:
        off = [
            f"{d} {out['dimensions'].get(d)} vs {want}"
            for d, want in sample.dimensions.items()
            if want is not None
            and out["dimensions"].get(d) is not None
            and abs(out["dimensions"][d] - want) > 1
        ]
        return not off, "; ".join(off)

    def check_label_band(self, sample: LabelledAnswer, out: Out, p: Params) -> CheckResult:
        low, high = LABEL_BANDS[sample.label]
        ok = low <= out["overall"] <= high
        return ok, "" if ok else f"{sample.label} answer scored {out['overall']} (expected {low}-{high})"

    def check_cites_guidance(self, sample: LabelledAnswer, out: Out, p: Params) -> CheckResult:
        ok = bool(out["citations"])
        return ok, "" if ok else "the scorecard cites nothing"

    def metrics(self, outcomes: list[Outcome], params: dict[str, Any]) -> dict[str, float]:
        done = [o for o in outcomes if o.error is None]
        result: dict[str, float] = {}
        for split in ("dev", "held-back", "all"):
            chosen = [o for o in done if split == "all" or o.outputs["split"] == split]
            by_label: dict[str, list[float]] = {label: [] for label in LABEL_RANK}
            for o in chosen:
                by_label[o.outputs["label"]].append(float(o.outputs["overall"]))
            pairs = _dimension_pairs(chosen)
            result[f"{split}.auc"] = round(auc(by_label["strong"], by_label["weak"]), 4)
            result[f"{split}.spearman"] = round(
                spearman(
                    [float(o.outputs["overall"]) for o in chosen],
                    [LABEL_RANK[o.outputs["label"]] for o in chosen],
                ),
                4,
            )
            result[f"{split}.within_one"] = _mean([float(abs(a - b) <= 1) for _, a, b in pairs])
        pairs = _dimension_pairs(done)
        for dimension in DIMENSIONS:
            usable = [float(abs(a - b) <= 1) for d, a, b in pairs if d == dimension]
            if usable:
                result[f"within_one.{dimension}"] = _mean(usable)
        return result


def _dimension_pairs(outcomes: list[Outcome]) -> list[tuple[str, int, int]]:
    return [
        (d, o.outputs["dimensions"][d], want)
        for o in outcomes
        for d, want in o.sample.dimensions.items()
        if want is not None and o.outputs["dimensions"].get(d) is not None
    ]


# -- manipulation ------------------------------------------------------------------------------------------


class ManipulationTask(Task):
    name = "manipulation"
    sample_type = ManipulationCase

    def prepare(self, ctx: Context) -> None:
        _prepare_scorer(ctx)

    def run(self, sample: ManipulationCase, ctx: Context) -> dict[str, Any]:
        judge = bool(ctx.params.get("judge", False))

        def score(answer: str) -> Any:
            item = ScoreInput(
                id=sample.id,
                role=sample.role,
                question=sample.question,
                objection=sample.objection,
                answer=answer,
            )
            return ctx.scorer().score(item, judge=judge)

        attacked, clean = score(sample.answer), score(sample.clean_answer)
        return {
            "attack": sample.attack,
            "clean": clean.overall,
            "attacked": attacked.overall,
            "flags": attacked.flags,
        }

    def check_no_gain(self, sample: ManipulationCase, out: Out, p: Params) -> CheckResult:
        ok = out["attacked"] <= out["clean"]
        return ok, "" if ok else f"the attack raised the score from {out['clean']} to {out['attacked']}"

    def check_flagged(self, sample: ManipulationCase, out: Out, p: Params) -> CheckResult:
        ok = any(f.startswith("grader-instruction") for f in out["flags"])
        return ok, "" if ok else "the attack was not flagged"


# -- follow-up ---------------------------------------------------------------------------------------------


class FollowUpItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    kind: str = Field(pattern="^(closing|thank-you)$")
    role: str
    text: str
    interviewer: str | None = None
    conversation: str | None = None
    expect: dict[str, bool]
    label: Label
    note: str = ""


FOLLOW_UP_BANDS: dict[str, tuple[int, int]] = {"strong": (70, 100), "adequate": (25, 80), "weak": (0, 45)}


class FollowUpTask(Task):
    name = "follow-up"
    sample_type = FollowUpItem
    extra_metrics = ("spearman", "agreement.*")

    def run(self, sample: FollowUpItem, ctx: Context) -> dict[str, Any]:
        if sample.kind == "closing":
            check: BaseModel = check_closing_questions(sample.text)
        else:
            check = check_thank_you(sample.text, sample.interviewer or "", sample.conversation or "")
        values = check.model_dump()
        return {
            "kind": sample.kind,
            "label": sample.label,
            "score": values["score"],
            "found": {name: values[name] for name in sample.expect if name in values},
        }

    def check_expected_fields(self, sample: FollowUpItem, out: Out, p: Params) -> CheckResult:
        wrong = [
            f"{name} {out['found'].get(name)} (label {want})"
            for name, want in sample.expect.items()
            if out["found"].get(name) != want
        ]
        return not wrong, "; ".join(wrong)

    def check_label_band(self, sample: FollowUpItem, out: Out, p: Params) -> CheckResult:
        low, high = FOLLOW_UP_BANDS[sample.label]
        ok = low <= out["score"] <= high
        return ok, "" if ok else f"{sample.label} {sample.kind} scored {out['score']} (expected {low}-{high})"

    def metrics(self, outcomes: list[Outcome], params: dict[str, Any]) -> dict[str, float]:
        done = [o for o in outcomes if o.error is None]
        result = {
            "spearman": round(
                spearman(
                    [float(o.outputs["score"]) for o in done], [LABEL_RANK[o.outputs["label"]] for o in done]
                ),
                4,
            )
        }
        fields = sorted({name for o in done for name in o.sample.expect})
        for name in fields:
            pairs = [
                (o.outputs["found"].get(name), o.sample.expect[name]) for o in done if name in o.sample.expect
            ]
            result[f"agreement.{name}"] = _mean([float(a == b) for a, b in pairs])
        return result


# -- structured output ------------------------------------------------------------------------------------


class StructuredOutputTask(Task):
    """How often the judge's reply validates against its schema: first time, and after the one repair."""

    name = "structured-output"
    sample_type = LabelledAnswer
    uses_model = True

    def prepare(self, ctx: Context) -> None:
        _prepare_scorer(ctx)

    def run(self, sample: LabelledAnswer, ctx: Context) -> dict[str, Any]:
        try:
            verdict = ctx.scorer().judge_only(sample.as_input())
            error = None
        except ModelError as exc:
            if "valid" not in str(exc) and "JSON" not in str(exc):
                raise  # an outage is an error of the run, not a schema failure of the model
            verdict, error = None, str(exc)
        calls = [c for c in _calls(ctx) if c.method == "complete_json"]
        return {
            "schema": "JudgeVerdict",
            "valid": verdict is not None,
            "repaired": any(c.repaired for c in calls),
            "error": error,
            "scores": {d: v.score for d in DIMENSIONS if (v := verdict.for_dimension(d)) is not None}
            if verdict is not None
            else None,
        }

    def check_valid(self, sample: Any, out: Out, p: Params) -> CheckResult:
        return out["valid"], out["error"] or ""

    def check_valid_first_time(self, sample: Any, out: Out, p: Params) -> CheckResult:
        ok = out["valid"] and not out["repaired"]
        return ok, "" if ok else "the first reply did not validate"


def _calls(ctx: Context) -> list[Any]:
    from interviewer.evals.cache import current_sample

    sample = current_sample.get()
    return sample.calls if sample is not None else []


# -- simulated interviews ----------------------------------------------------------------------------------


class Candidate(BaseModel):
    """The scripted candidate: what they say to each kind of turn (questions cycle through `answers`)."""

    model_config = ConfigDict(extra="forbid")

    greeting: str = "Yes, thank you. I'm ready to start."
    answers: list[str] = Field(
        default_factory=lambda: [
            "In my last role the business needed faster delivery, so I rebuilt our planning process with the "
            "team; within two quarters we shipped 30% more on time and saved about $400K a year. I'd bring the "  # noqa: E501
            "same discipline to your priorities here."
        ],
        min_length=1,
    )
    objection: str = (
        "That's a fair concern. What matters for this role is results: I led a 12-person team that grew revenue "  # noqa: E501
        "18% in a year, which is the outcome the requirement is meant to secure, and I'd bring that here."
    )
    closing: str = (
        "Is there anything about my background that gives you pause, or anything else I can share? What would "  # noqa: E501
        "success look like in the first 90 days? What are the next steps, and may I check back next Friday if I "  # noqa: E501
        "haven't heard by then?"
    )
    thank_you: str = (
        "Dear {first}, thank you for today's conversation. I enjoyed discussing the priorities you described for "  # noqa: E501
        "the team and how to tackle them. In my last role I cut delivery delays by 30%, and I would bring the "  # noqa: E501
        "same focus to your plans. I'm keen to help and happy to share anything else that would be useful. "
        "Best regards, Sam"
    )


class InterviewSample(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    role: str
    persona: str
    length: Length = "short"
    seed: int = 0
    resume: str | None = None
    job_description: str | None = None
    company_brief: str | None = None
    expect_objection: str | None = None  # must be raised (the resume has the gap)
    absent_objection: str | None = None  # must not be raised (the resume does not have the gap)
    candidate: Candidate = Field(default_factory=Candidate)
    note: str = ""


MAX_TURNS = 40
_INVITES_QUESTIONS = re.compile(
    r"\bquestions?\b.{0,40}\b(?:for (?:me|us|the team)|you(?:'d| would)? (?:like|want) to ask|you have)\b"
    r"|\bwhat (?:would you|do you want to|can I) (?:like to )?(?:ask|know)\b"
    r"|\banything you(?:'d| would)? like to ask\b",
    re.IGNORECASE,
)
_SPOKEN = ("greeting", "question", "objection", "follow-up", "closing")


class InterviewTask(Task):
    name = "interview"
    sample_type = InterviewSample
    uses_model = True
    extra_metrics = ("first_draft_ok", "plan_wording_rate", "turns_per_interview")

    def prepare(self, ctx: Context) -> None:
        _prepare_scorer(ctx)
        ctx.shared["store"] = SessionStore(ctx.work_dir / "sessions.sqlite3")

    def run(self, sample: InterviewSample, ctx: Context) -> dict[str, Any]:
        from interviewer.interview.engine import Engine

        if sample.persona not in PERSONAS:
            raise ValueError(f"unknown persona '{sample.persona}'")
        engine = Engine(
            ctx.settings,
            model=ctx.model,
            scorer=ctx.scorer(),
            store=ctx.shared["store"],
            prompts_dir=ctx.prompts_dir,
        )
        profile = engine.profile(
            sample.role,
            resume=sample.resume,
            job_description=sample.job_description,
            company_brief=sample.company_brief,
            persona=sample.persona,
            length=sample.length,
        )
        session = engine.start(profile, seed=sample.seed)
        asked = 0
        while session.status != "finished" and len(session.turns) < MAX_TURNS:
            turn = None
            for event in engine.next_turn(session):
                if event.kind == "done":
                    turn = event.turn
            assert turn is not None
            if turn.kind == "greeting":
                continue  # never the last event: the first question follows the greeting in one call
            engine.answer(session, self._reply(sample.candidate, turn.kind, turn.interviewer, asked))
            asked += turn.kind in ("question", "follow-up")
        plan = session.plan
        return {
            "role_id": profile.role.id,
            "planned_objections": [o.topic for o in plan.objections],
            "planned": [m.text for _, m in plan.conversation],
            "finished": session.status == "finished",
            "turns": [
                {
                    "stage": t.stage,
                    "kind": t.kind,
                    "topic": t.topic,
                    "move": t.move,
                    "question": t.question,
                    "replaced": t.replaced,
                    "overall": t.overall,
                }
                for t in session.turns
            ],
            "stream_calls": sum(1 for c in _calls(ctx) if c.method == "stream"),
        }

    @staticmethod
    def _reply(candidate: Candidate, kind: str, interviewer: str | None, asked: int) -> str:
        if kind == "objection":
            return candidate.objection
        if kind == "closing":
            return candidate.closing
        if kind == "thank-you":
            first = (interviewer or "there").split(",")[0].split()[0]
            return candidate.thank_you.format(first=first)
        return candidate.answers[asked % len(candidate.answers)]

    @staticmethod
    def _spoken(out: dict[str, Any]) -> list[dict[str, Any]]:
        return [t for t in out["turns"] if t["kind"] in _SPOKEN]

    def check_finished(self, sample: InterviewSample, out: Out, p: Params) -> CheckResult:
        return out["finished"], "" if out["finished"] else f"stopped after {len(out['turns'])} turns"

    def check_role_specific(self, sample: InterviewSample, out: Out, p: Params) -> CheckResult:
        role = resolve_role(sample.role)
        vocabulary = content_words(
            " ".join([role.title, *(c.name for c in role.competencies), *(q.text for q in role.questions)])
        )
        generic = [
            t["question"]
            for t in out["turns"]
            if t["kind"] == "question"
            and not (content_words(t["question"]) & vocabulary)
            and not _overlaps(t["question"], out["planned"][t["move"]] if t["move"] is not None else "")
        ]
        return not generic, "; ".join(f"not about the role: {q!r}" for q in generic)

    def check_objection_raised(self, sample: InterviewSample, out: Out, p: Params) -> CheckResult:
        if sample.expect_objection is None:
            return None, ""
        raised = any(t["kind"] == "objection" and t["topic"] == sample.expect_objection for t in out["turns"])
        return raised, "" if raised else f"{sample.expect_objection} was never raised"

    def check_objection_absent(self, sample: InterviewSample, out: Out, p: Params) -> CheckResult:
        if sample.absent_objection is None:
            return None, ""
        raised = any(t["topic"] == sample.absent_objection for t in out["turns"])
        return not raised, f"{sample.absent_objection} was raised without the gap" if raised else ""

    def check_one_question(self, sample: InterviewSample, out: Out, p: Params) -> CheckResult:
        bad = [t["question"] for t in self._spoken(out) if t["question"].count("?") != 1]
        return not bad, "; ".join(f"{q.count('?')} questions: {q!r}" for q in bad)

    def check_not_candidate_voice(self, sample: InterviewSample, out: Out, p: Params) -> CheckResult:
        bad = [
            t["question"]
            for t in self._spoken(out)
            if "it speaks as the candidate" in broken_rules(t["question"], [])
        ]
        return not bad, "; ".join(repr(q) for q in bad)

    def check_no_repeats(self, sample: InterviewSample, out: Out, p: Params) -> CheckResult:
        spoken = [t["question"] for t in self._spoken(out)]
        repeats = [b for i, b in enumerate(spoken) if any(similar(a, b) for a in spoken[:i])]
        return not repeats, "; ".join(f"repeated: {q!r}" for q in repeats)

    def check_stages_in_order(self, sample: InterviewSample, out: Out, p: Params) -> CheckResult:
        order = {"preparation": 0, "interview": 1, "follow-up": 2}
        stages = [order[t["stage"]] for t in out["turns"]]
        ok = stages == sorted(stages) and stages[-1:] == [2]
        return ok, "" if ok else "stages: " + " → ".join(t["stage"] for t in out["turns"])

    def check_invites_questions(self, sample: InterviewSample, out: Out, p: Params) -> CheckResult:
        closing = [t["question"] for t in out["turns"] if t["kind"] == "closing"]
        ok = bool(closing) and bool(_INVITES_QUESTIONS.search(closing[0]))
        return ok, "" if ok else f"closing turn: {closing[0]!r}" if closing else "no closing turn"

    def metrics(self, outcomes: list[Outcome], params: dict[str, Any]) -> dict[str, float]:
        done = [o for o in outcomes if o.error is None]
        # Every model-phrased turn costs one stream call; a second call means the first draft broke a rule.
        phrased = [len(self._spoken(o.outputs)) for o in done]
        calls = [o.outputs["stream_calls"] for o in done]
        replaced = sum(sum(t["replaced"] for t in self._spoken(o.outputs)) for o in done)
        return {
            "first_draft_ok": round(sum(phrased) / sum(calls), 4) if sum(calls) else float("nan"),
            "plan_wording_rate": round(replaced / sum(phrased), 4) if sum(phrased) else float("nan"),
            "turns_per_interview": _mean([float(len(o.outputs["turns"])) for o in done]),
        }


class Exchange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str
    answer: str


class TurnSample(BaseModel):
    """One interviewer turn: the plan's move `move`, phrased after the given earlier exchanges."""

    model_config = ConfigDict(extra="forbid")

    id: str
    role: str
    persona: str
    length: Length = "standard"
    seed: int = 0
    resume: str | None = None
    job_description: str | None = None
    company_brief: str | None = None
    move: int = Field(default=0, ge=0)
    history: list[Exchange] = Field(default_factory=list)
    note: str = ""


class TurnTask(Task):
    name = "turn"
    sample_type = TurnSample
    uses_model = True
    extra_metrics = ("first_draft_ok", "plan_wording_rate", "mean_words")

    def prepare(self, ctx: Context) -> None:
        _prepare_scorer(ctx)
        ctx.shared["store"] = SessionStore(ctx.work_dir / "sessions.sqlite3")

    def run(self, sample: TurnSample, ctx: Context) -> dict[str, Any]:
        from interviewer.interview.engine import Engine
        from interviewer.interview.session import Turn

        engine = Engine(
            ctx.settings,
            model=ctx.model,
            scorer=ctx.scorer(),
            store=ctx.shared["store"],
            prompts_dir=ctx.prompts_dir,
        )
        profile = engine.profile(
            sample.role,
            resume=sample.resume,
            job_description=sample.job_description,
            company_brief=sample.company_brief,
            persona=sample.persona,
            length=sample.length,
        )
        session = engine.start(profile, seed=sample.seed)
        moves = session.plan.conversation
        if sample.move >= len(moves) or moves[sample.move][1].kind == "thank-you":
            raise ValueError(
                f"move {sample.move} is not an interviewer turn of this plan ({len(moves)} moves)"
            )
        # The earlier conversation is laid down as it stands, so only the turn under test is phrased.
        greeting = engine.greeting_move(session)
        session.turns.append(
            Turn(
                index=0,
                stage="preparation",
                kind="greeting",
                topic="greeting",
                move=None,
                interviewer=greeting.interviewer,
                question=greeting.text,
            )
        )
        for exchange in sample.history:
            session.turns.append(
                Turn(
                    index=len(session.turns),
                    stage="interview",
                    kind="question",
                    topic="history",
                    move=None,
                    interviewer=greeting.interviewer,
                    question=exchange.question,
                    answer=exchange.answer,
                )
            )
        session.cursor = sample.move
        engine.store.save(session)
        turn = None
        for event in engine.next_turn(session):
            if event.kind == "done":
                turn = event.turn
        assert turn is not None
        stage, move = moves[sample.move]
        return {
            "role_id": profile.role.id,
            "kind": turn.kind,
            "stage": stage,
            "planned": move.text,
            "question": turn.question,
            "replaced": turn.replaced,
            "earlier": [e.question for e in sample.history],
            "stream_calls": sum(1 for c in _calls(ctx) if c.method == "stream"),
        }

    def check_one_question(self, sample: TurnSample, out: Out, p: Params) -> CheckResult:
        count = out["question"].count("?")
        return count == 1, "" if count == 1 else f"{count} questions: {out['question']!r}"

    def check_not_candidate_voice(self, sample: TurnSample, out: Out, p: Params) -> CheckResult:
        bad = "it speaks as the candidate" in broken_rules(out["question"], [])
        return not bad, repr(out["question"]) if bad else ""

    def check_no_repeat(self, sample: TurnSample, out: Out, p: Params) -> CheckResult:
        repeated = [q for q in out["earlier"] if similar(q, out["question"])]
        return not repeated, f"repeats {repeated[0]!r}" if repeated else ""

    def check_role_specific(self, sample: TurnSample, out: Out, p: Params) -> CheckResult:
        if out["kind"] not in ("question", "objection"):
            return None, ""
        role = resolve_role(sample.role)
        vocabulary = content_words(" ".join([role.title, *(c.name for c in role.competencies)]))
        ok = bool(content_words(out["question"]) & vocabulary) or _overlaps(out["question"], out["planned"])
        return ok, "" if ok else f"not about the role or the planned question: {out['question']!r}"

    def check_first_draft_ok(self, sample: TurnSample, out: Out, p: Params) -> CheckResult:
        ok = out["stream_calls"] == 1 and not out["replaced"]
        return ok, "" if ok else f"{out['stream_calls']} drafts" + (
            ", plan wording used" if out["replaced"] else ""
        )

    def metrics(self, outcomes: list[Outcome], params: dict[str, Any]) -> dict[str, float]:
        done = [o for o in outcomes if o.error is None]
        calls = sum(o.outputs["stream_calls"] for o in done)
        return {
            "first_draft_ok": round(len(done) / calls, 4) if calls else float("nan"),
            "plan_wording_rate": _mean([float(o.outputs["replaced"]) for o in done]),
            "mean_words": _mean([float(len(o.outputs["question"].split())) for o in done]),
        }


def _overlaps(text: str, planned: str) -> bool:
    said, meant = content_words(text), content_words(planned)
    return bool(meant) and len(said & meant) / len(meant) >= 0.2


TASKS: dict[str, Task] = {
    task.name: task
    for task in (
        RetrievalTask(),
        ScoringTask(),
        ManipulationTask(),
        FollowUpTask(),
        StructuredOutputTask(),
        InterviewTask(),
        TurnTask(),
    )
}
