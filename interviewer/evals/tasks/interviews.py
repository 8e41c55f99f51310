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
from interviewer.interview.guard import Interview, check_turn
from interviewer.interview.personas import PERSONAS, get_persona
from interviewer.interview.profile import Length
from interviewer.interview.roles import resolve_role
from interviewer.interview.rules import asks_one_thing, keeps_plan, off_topic, role_vocabulary, similar
from interviewer.interview.speaking import states_concern
from interviewer.interview.store import SessionStore
from interviewer.interview.wording import PROBES_PER_LENGTH


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


def start_session(sample: Any, ctx: Context) -> tuple[Any, Any]:
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
    extra_metrics = (
        "first_draft_ok",
        "plan_wording_rate",
        "turns_per_interview",
        "keeps_plan_rate",
        "planned_subject_kept",
        "bridges_kept",
    )

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
            "company": profile.company,
            "turns": [turn_output(t) for t in session.turns],
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
        """Raised, and said: the turn stored as the objection states its concern to the candidate."""
        if sample.expect_objection is None:
            return None, ""
        turns = [
            t for t in out["turns"] if t["kind"] == "objection" and t["topic"] == sample.expect_objection
        ]
        if not turns:
            return False, f"{sample.expect_objection} was never raised"
        said = [t for t in turns if states_concern(t["question"], t["topic"])]
        return bool(said), "" if said else f"the concern was not said: {turns[0]['question']!r}"

    def check_objection_absent(self, sample: InterviewSample, out: Out, p: Params) -> CheckResult:
        if sample.absent_objection is None:
            return None, ""
        raised = any(t["topic"] == sample.absent_objection for t in out["turns"])
        return not raised, f"{sample.absent_objection} was raised without the gap" if raised else ""

    def check_one_question(self, sample: InterviewSample, out: Out, p: Params) -> CheckResult:
        bad = [t["question"] for t in self._spoken(out) if not asks_one_thing(t["question"])]
        return not bad, "; ".join(f"{q.count('?')} questions: {q!r}" for q in bad)

    def _guard(self, sample: InterviewSample, out: Out, labels: set[str]) -> CheckResult:
        bad = [
            f"{t['question']!r} ({', '.join(sorted(found))})"
            for t in self._spoken(out)
            if (found := guard_labels(sample, out, t) & labels)
        ]
        return not bad, "; ".join(bad)

    def check_not_candidate_voice(self, sample: InterviewSample, out: Out, p: Params) -> CheckResult:
        return self._guard(sample, out, {"candidate-voice"})

    def check_true_to_interview(self, sample: InterviewSample, out: Out, p: Params) -> CheckResult:
        """No other job title or company named as the one on offer."""
        return self._guard(sample, out, {"wrong-role", "wrong-company"})

    def check_no_analysis_voice(self, sample: InterviewSample, out: Out, p: Params) -> CheckResult:
        """Nothing about "the candidate", "the resume", the plan, scores or instructions."""
        return self._guard(sample, out, {"analysis-note", "mentions-scoring"})

    def check_not_obeying(self, sample: InterviewSample, out: Out, p: Params) -> CheckResult:
        """No turn does what orders hidden in the candidate's answer asked."""
        return self._guard(sample, out, {"obeys-candidate"})

    def check_no_repeats(self, sample: InterviewSample, out: Out, p: Params) -> CheckResult:
        spoken = [t["question"] for t in self._spoken(out)]
        repeats = [b for i, b in enumerate(spoken) if any(similar(a, b) for a in spoken[:i])]
        probes = [t["probe"] for t in out["turns"] if t["kind"] == "follow-up"]
        if len(set(probes)) < len(probes):
            repeats.append(f"probe kinds {probes}")
        return not repeats, "; ".join(f"repeated: {q!r}" for q in repeats)

    def check_probes_within_allowance(self, sample: InterviewSample, out: Out, p: Params) -> CheckResult:
        probes = sum(t["kind"] == "follow-up" for t in out["turns"])
        allowed = PROBES_PER_LENGTH[sample.length]
        return probes <= allowed, "" if probes <= allowed else f"{probes} probes; {allowed} allowed"

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
        spoken = [t for o in done for t in self._spoken(o.outputs)]
        kept = [keeps_plan(shown, planned) for o in done for shown, planned in planned_turns(o.outputs)]
        subject = [
            keeps_subject(t, o.outputs) for o in done for t in o.outputs["turns"] if t["move"] is not None
        ]
        asked = [t for t in spoken if t["bridge_asked"]]
        return {
            # Gated: a planned question or objection still asks what was planned.
            "planned_subject_kept": mean([float(k) for k in subject if k is not None]),
            # Informative: how often the model's bridge (guided) was good enough to say.
            "bridges_kept": mean([float(t["bridge"] is not None) for t in asked]),
            "keeps_plan_rate": mean([float(k) for k in kept]),
            # The model's contribution used as it came (its first free draft, or its bridge).
            "first_draft_ok": mean([float(not t["rejected"]) for t in spoken]),
            "plan_wording_rate": mean([float(t["replaced"]) for t in spoken]),
            "turns_per_interview": mean([float(len(o.outputs["turns"])) for o in done]),
        }


def turn_output(t: Any) -> dict[str, Any]:
    return {
        "stage": t.stage,
        "kind": t.kind,
        "topic": t.topic,
        "move": t.move,
        "question": t.question,
        "replaced": t.replaced,
        "overall": t.overall,
        "probe": t.probe,
        "bridge": t.bridge,
        "bridge_asked": t.bridge is not None or any(r.startswith("bridge") for r in t.rejected),
        "rejected": t.rejected,
        "answer": t.answer,
    }


def guard_labels(sample: Any, out: Out, turn: dict[str, Any]) -> set[str]:
    """What the guard finds in a shown turn, judged against the interview it was said in and the answer
    before it."""
    turns = out["turns"]
    index = turns.index(turn)
    before = next((t["answer"] for t in reversed(turns[:index]) if t["answer"] is not None), None)
    speakers = tuple(i.title for i in get_persona(sample.persona).interviewers)
    interview = Interview.of(resolve_role(sample.role), out["company"], before, speakers)
    return {p.label for p in check_turn(turn["question"], interview)}


def keeps_subject(turn: dict[str, Any], out: Out) -> bool | None:
    """A planned question or objection still asks what was planned (an objection says its concern)."""
    if turn["kind"] not in ("question", "objection"):
        return None
    planned = out["planned"][turn["move"]]
    if turn["kind"] == "objection" and not states_concern(turn["question"], turn["topic"]):
        return False
    return keeps_plan(turn["question"], planned)


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
