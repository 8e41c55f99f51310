"""Single interviewer turns: the plan's move `move`, worded after a given earlier conversation."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from interviewer.evals.tasks.base import (
    CheckResult,
    Context,
    Out,
    Outcome,
    Params,
    Task,
    mean,
    prepare_scorer,
    sample_calls,
)
from interviewer.evals.tasks.interviews import guard_labels, keeps_subject, specific_to_role, start_session
from interviewer.interview.profile import Length
from interviewer.interview.rules import asks_one_thing, keeps_plan, similar
from interviewer.interview.store import SessionStore
from interviewer.scoring.rubric import ScoreInput


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
    as_of: date | None = None  # the day resume durations count to; the suite's `as_of` when not given
    move: int = Field(default=0, ge=0)
    history: list[Exchange] = Field(default_factory=list)
    note: str = ""


class TurnTask(Task):
    name = "turn"
    sample_type = TurnSample
    uses_model = True
    extra_metrics = (
        "first_draft_ok",
        "plan_wording_rate",
        "mean_words",
        "keeps_plan_rate",
        "planned_subject_kept",
    )

    def prepare(self, ctx: Context) -> None:
        prepare_scorer(ctx)
        ctx.shared["store"] = SessionStore(ctx.work_dir / "sessions.sqlite3")

    def run(self, sample: TurnSample, ctx: Context) -> dict[str, Any]:
        from interviewer.interview.session import Turn

        engine, session = start_session(sample, ctx)
        profile = session.profile
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
                    # Scored as in a live interview, where the next turn reads the last answer's scorecard.
                    scorecard=engine.scorer.score(
                        ScoreInput(
                            role=profile.role.display_title,
                            question=exchange.question,
                            answer=exchange.answer,
                        )
                    ),
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
            "company": profile.company,
            "kind": turn.kind,
            "topic": turn.topic,
            "stage": stage,
            "planned": move.text,
            "question": turn.question,
            "replaced": turn.replaced,
            "bridge": turn.bridge,
            "rejected": turn.rejected,
            "earlier": [e.question for e in sample.history],
            "last_answer": sample.history[-1].answer if sample.history else None,
            "stream_calls": sum(1 for c in sample_calls() if c.method == "stream"),
        }

    def check_one_question(self, sample: TurnSample, out: Out, p: Params) -> CheckResult:
        ok = asks_one_thing(out["question"])
        return ok, "" if ok else f"{out['question'].count('?')} questions: {out['question']!r}"

    def _guard(self, sample: TurnSample, out: Out, labels: set[str]) -> CheckResult:
        shown = {
            "turns": [{"answer": out["last_answer"]}, {"question": out["question"], "answer": None}],
            "company": out["company"],
        }
        found = guard_labels(sample, shown, shown["turns"][1]) & labels
        return not found, f"{out['question']!r} ({', '.join(sorted(found))})" if found else ""

    def check_not_candidate_voice(self, sample: TurnSample, out: Out, p: Params) -> CheckResult:
        return self._guard(sample, out, {"candidate-voice"})

    def check_true_to_interview(self, sample: TurnSample, out: Out, p: Params) -> CheckResult:
        return self._guard(sample, out, {"wrong-role", "wrong-company"})

    def check_no_analysis_voice(self, sample: TurnSample, out: Out, p: Params) -> CheckResult:
        return self._guard(sample, out, {"analysis-note", "mentions-scoring"})

    def check_no_repeat(self, sample: TurnSample, out: Out, p: Params) -> CheckResult:
        repeated = [q for q in out["earlier"] if similar(q, out["question"])]
        return not repeated, f"repeats {repeated[0]!r}" if repeated else ""

    def check_role_specific(self, sample: TurnSample, out: Out, p: Params) -> CheckResult:
        if out["kind"] not in ("question", "objection"):
            return None, ""
        ok = specific_to_role(out["question"], sample.role, out["planned"])
        return ok, "" if ok else f"not about the role or the planned question: {out['question']!r}"

    def check_first_draft_ok(self, sample: TurnSample, out: Out, p: Params) -> CheckResult:
        """The model's contribution was used as it came: its first free draft, or its bridge."""
        rejected = out["rejected"]
        ok = not rejected and not out["replaced"]
        return ok, "" if ok else "; ".join(rejected)

    def metrics(self, outcomes: list[Outcome], params: dict[str, Any]) -> dict[str, float]:
        done = [o for o in outcomes if o.error is None]
        kept = [
            keeps_plan(o.outputs["question"], o.outputs["planned"])
            for o in done
            if o.outputs["kind"] in ("question", "objection")
        ]
        subject = [
            keeps_subject(
                {**o.outputs, "move": 0, "topic": o.outputs["topic"]}, {"planned": [o.outputs["planned"]]}
            )
            for o in done
        ]
        return {
            "keeps_plan_rate": mean([float(k) for k in kept]),
            "planned_subject_kept": mean([float(k) for k in subject if k is not None]),
            "first_draft_ok": mean(
                [float(not o.outputs["rejected"] and not o.outputs["replaced"]) for o in done]
            ),
            "plan_wording_rate": mean([float(o.outputs["replaced"]) for o in done]),
            "mean_words": mean([float(len(o.outputs["question"].split())) for o in done]),
        }
