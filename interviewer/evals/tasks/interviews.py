"""Interviewer samples: one turn after a given history, or a whole interview with a scripted candidate."""

from __future__ import annotations

import re
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
from interviewer.interview.personas import PERSONAS
from interviewer.interview.profile import Length
from interviewer.interview.roles import resolve_role
from interviewer.interview.rules import broken_rules, keeps_plan, off_topic, role_vocabulary, similar
from interviewer.interview.store import SessionStore


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
    as_of: date | None = None  # the day resume durations count to; the suite's `as_of` when not given
    expect_objection: str | None = None  # must be raised (the resume has the gap)
    absent_objection: str | None = None  # must not be raised (the resume does not have the gap)
    candidate: Candidate = Field(default_factory=Candidate)
    note: str = ""


MAX_TURNS = 40


def start_session(sample: InterviewSample | TurnSample, ctx: Context) -> tuple[Any, Any]:
    """A session started from the sample through the application layer, on the run's cached model, scorer
    and store."""
    from interviewer.practice import Practice, Setup

    practice = Practice(
        ctx.settings,
        store=ctx.shared["store"],
        scorer=ctx.scorer(),
        model=ctx.model,
        prompts_dir=ctx.prompts_dir,
    )
    setup = Setup(
        role=sample.role,
        persona=sample.persona,
        length=sample.length,
        job_description=sample.job_description,
        company_brief=sample.company_brief,
        resume_text=sample.resume,
        seed=sample.seed,
        as_of=sample.as_of or ctx.as_of,
    )
    return practice.start(setup)


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
    extra_metrics = ("first_draft_ok", "plan_wording_rate", "turns_per_interview", "keeps_plan_rate")

    def prepare(self, ctx: Context) -> None:
        prepare_scorer(ctx)
        ctx.shared["store"] = SessionStore(ctx.work_dir / "sessions.sqlite3")

    def run(self, sample: InterviewSample, ctx: Context) -> dict[str, Any]:
        if sample.persona not in PERSONAS:
            raise ValueError(f"unknown persona '{sample.persona}'")
        engine, session = start_session(sample, ctx)
        profile = session.profile
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
            "stream_calls": sum(1 for c in sample_calls() if c.method == "stream"),
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
        generic = [
            t["question"]
            for t in out["turns"]
            if t["kind"] in ("question", "objection")
            and t["move"] is not None
            and not specific_to_role(t["question"], sample.role, out["planned"][t["move"]])
        ]
        return not generic, "; ".join(f"not about the role or the planned question: {q!r}" for q in generic)

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
        # Informative, not gated: how often a planned question kept its planned subject (the guard only
        # requires it to stay within the role).
        kept = [keeps_plan(shown, planned) for o in done for shown, planned in planned_turns(o.outputs)]
        return {
            "keeps_plan_rate": mean([float(k) for k in kept]),
            "first_draft_ok": round(sum(phrased) / sum(calls), 4) if sum(calls) else float("nan"),
            "plan_wording_rate": round(replaced / sum(phrased), 4) if sum(phrased) else float("nan"),
            "turns_per_interview": mean([float(len(o.outputs["turns"])) for o in done]),
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
    as_of: date | None = None  # the day resume durations count to; the suite's `as_of` when not given
    move: int = Field(default=0, ge=0)
    history: list[Exchange] = Field(default_factory=list)
    note: str = ""


class TurnTask(Task):
    name = "turn"
    sample_type = TurnSample
    uses_model = True
    extra_metrics = ("first_draft_ok", "plan_wording_rate", "mean_words", "keeps_plan_rate")

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
            "stream_calls": sum(1 for c in sample_calls() if c.method == "stream"),
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
        ok = specific_to_role(out["question"], sample.role, out["planned"])
        return ok, "" if ok else f"not about the role or the planned question: {out['question']!r}"

    def check_first_draft_ok(self, sample: TurnSample, out: Out, p: Params) -> CheckResult:
        ok = out["stream_calls"] == 1 and not out["replaced"]
        return ok, "" if ok else f"{out['stream_calls']} drafts" + (
            ", plan wording used" if out["replaced"] else ""
        )

    def metrics(self, outcomes: list[Outcome], params: dict[str, Any]) -> dict[str, float]:
        done = [o for o in outcomes if o.error is None]
        calls = sum(o.outputs["stream_calls"] for o in done)
        kept = [
            keeps_plan(o.outputs["question"], o.outputs["planned"])
            for o in done
            if o.outputs["kind"] in ("question", "objection")
        ]
        return {
            "keeps_plan_rate": mean([float(k) for k in kept]),
            "first_draft_ok": round(len(done) / calls, 4) if calls else float("nan"),
            "plan_wording_rate": mean([float(o.outputs["replaced"]) for o in done]),
            "mean_words": mean([float(len(o.outputs["question"].split())) for o in done]),
        }


def specific_to_role(question: str, role: str, planned: str) -> bool:
    """The engine's own test of a planned question (`rules.off_topic`), applied to what was shown."""
    return not off_topic(question, planned, role_vocabulary(resolve_role(role)))


def planned_turns(out: Out) -> list[tuple[str, str]]:
    """(shown, planned) for every planned question and objection of an interview's output."""
    return [
        (t["question"], out["planned"][t["move"]])
        for t in out["turns"]
        if t["kind"] in ("question", "objection") and t["move"] is not None
    ]
