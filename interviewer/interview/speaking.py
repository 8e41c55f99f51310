"""How each interviewer turn is worded, in one of two modes chosen per model:

- **guided** (the default for embedded models): the turn is the move's own spoken wording (`wording`), shown
  at once; the model adds at most one short bridge that acknowledges the candidate's last answer, as JSON,
  checked, and dropped (never retried) when it fails the check.
- **free** (the default for served models): the model phrases the whole turn; a draft that breaks a rule is
  asked again once, then the move's spoken wording is used. Nothing unchecked is shown: the planned wording
  stands on screen until a draft has passed.

Either way the planned move happens: a turn that loses its move is replaced by the planned wording."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from interviewer.corpus.search import Retriever
from interviewer.errors import ModelResponseError
from interviewer.interview.context import assemble_history
from interviewer.interview.guard import Interview
from interviewer.interview.personas import get_persona
from interviewer.interview.plan import CLOSING_TEXT, Move
from interviewer.interview.rules import broken_rules, clean_turn, first_question, role_vocabulary, similar
from interviewer.interview.session import Session, Turn
from interviewer.interview.wording import (
    ASKED_BACK,
    asks_back,
    bridge_from,
    bridge_problems,
    detail_problems,
    join,
    lead_in,
    may_bridge,
    name_company,
    probe_line,
    relevant,
)
from interviewer.models.base import ChatModel, Message, Sampling
from interviewer.prompts import PromptTemplate, load_prompt
from interviewer.text import fence

TurnMode = Literal["guided", "free"]
TURN_TOKENS = 120
BRIDGE_TOKENS = 80
_RESERVED_TOKENS = 900  # system prompt, profile and guidance, besides the history
# The history is capped well below the window: a turn's prompt stays flat as the session grows, instead of
# growing until it hits the window (slower turns, and the model loses the thread of its instructions).
HISTORY_TOKENS = 450


class TurnEvent(BaseModel):
    """What `Engine.next_turn` yields: text to show (`delta` adds to it, `replace` replaces all of it with a
    checked version), then `done` with the stored turn."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["delta", "replace", "done"]
    text: str = ""
    turn: Turn | None = None


class Detail(BaseModel):
    """The one thing a small model adds to a guided turn: which of the candidate's own words to say back.
    Picking from the answer is what a small model does reliably; writing a sentence in someone else's
    voice is not (measured: most of its free bridges re-asked the next question or spoke as the
    candidate)."""

    model_config = ConfigDict(extra="forbid")

    detail: str = Field(default="", max_length=400)


@dataclass
class Worded:
    """A turn's final text and how it came about."""

    text: str
    replaced: bool = False  # free mode: the model's drafts broke rules and the planned wording was used
    bridge: str | None = None  # guided mode: the accepted bridge
    rejected: list[str] = field(default_factory=list)  # why drafts or bridges were not used
    prompt: str | None = None


# Words that show an objection's concern was actually said, by topic (a free-mode turn must keep them).
_CONCERN = {
    "objection:degree": r"degree|mba|master|bachelor|phd|doctorate|certif|qualification|credential"
    r"|licen[cs]e",
    "objection:industry": r"industry|sector|market|domain",
    "objection:scope": r"team|people|budget|size|scale|report|organi[sz]ation|\$|million",
    "objection:gap": r"gap|period|break|time off|months?|years?",
    "objection:job-hopping": r"stay|short|moved?|tenure|leave|left|jobs",
    "objection:tenure": r"years|one (?:company|job|place)|same|adapt|different company",
    "objection:overqualified": r"bored|senior|bigger|overqualified|years|leave",
    "objection:career-change": r"field|change|background|switch|profession|career",
    "objection:relocation": r"move|relocat|located|based|city|commute|live",
}


def states_concern(text: str, topic: str) -> bool:
    pattern = _CONCERN.get(topic)
    return pattern is None or bool(re.search(rf"\b(?:{pattern})", text, re.IGNORECASE))


class TurnWriter:
    """Words the interviewer's turns for one engine: the planned spoken line, and the model's share."""

    def __init__(
        self, model: ChatModel, retriever: Retriever, prompts_dir: Path | None, context_size: int
    ) -> None:
        self.model = model
        self.retriever = retriever
        self.prompts_dir = prompts_dir
        self.context_size = context_size
        self._role_vocabulary: dict[str, set[str]] = {}

    # -- what the plan says, spoken ---------------------------------------------------------------------

    def persona_voice(self, session: Session, speaker: str | None) -> tuple[PromptTemplate, str]:
        template = load_prompt(f"personas/{session.plan.persona}", self.prompts_dir)
        profile = session.profile
        voice = template.render(
            interviewer=speaker or "The interviewer",
            role=profile.role.display_title,
            company=profile.company or "the company",
        )[0].content
        return template, voice

    def planned_line(self, session: Session, kind: str, move: Move, probe: str | None = None) -> str:
        """The turn as the plan and the persona would say it, with no model at all."""
        template, _ = self.persona_voice(session, move.interviewer)
        seed = session.plan.seed
        said = sum(t.kind == kind for t in session.turns)
        company = session.profile.company
        if kind == "greeting":
            name, _, title = (move.interviewer or "The interviewer").partition(", ")
            who = join(name + ("," if title else ""), title, f"at {company}" if company else "")
            return (
                f"Welcome, and thank you for making the time. I'm {who}, "
                f"and we're here to talk about the {session.profile.role.display_title} role. Shall we begin?"
            )
        if kind == "follow-up" and probe is not None:
            last = next(t for t in reversed(session.turns) if t.answer is not None)
            # These probes open with words of their own; a lead-in before them says the same thing twice.
            lead = "" if probe in ("concern", "restate") else lead_in(template.phrases, "probe", seed, said)
            return join(lead, probe_line(probe, last.answer or "", last.kind == "objection"))
        if kind == "closing":
            return join(lead_in(template.phrases, "closing", seed, said), CLOSING_TEXT)
        text = first_question(move.text)
        if kind == "question":
            text = name_company(text, company)
        return join(lead_in(template.phrases, kind, seed, said), text)

    # -- guided: the model's bridge ---------------------------------------------------------------------

    def bridge(self, session: Session, kind: str, planned: str, interview: Interview) -> Worded:
        """The planned line with, where the last answer allows, a checked bridge before it."""
        last = session.turns[-1] if session.turns else None
        if kind not in ("question", "objection", "closing") or last is None or last.kind == "greeting":
            return Worded(planned)
        if asks_back(last.answer):
            # Said once; after that the candidate knows, and the interview simply goes on.
            if kind == "closing" or any(t.bridge == ASKED_BACK for t in session.turns):
                return Worded(planned)
            return Worded(join(ASKED_BACK, planned), bridge=ASKED_BACK)
        # Only what answered the question is said back: an answer about something else gets no bridge.
        if not may_bridge(last.answer) or not relevant(last.scorecard):
            return Worded(planned)
        assert last.answer is not None
        template, voice = self.persona_voice(session, last.interviewer)
        prompt = load_prompt("interviewer/bridge", self.prompts_dir)
        messages = prompt.render(
            voice=voice,
            role=session.profile.role.display_title,
            company=session.profile.company or "the company",
            question=last.question,
            answer=fence(last.answer),
        )
        seed = session.plan.seed * 1000 + len(session.turns)
        ref = f"{prompt.ref}+{template.ref}"
        try:
            reply = self.model.complete_json(
                messages, Detail, Sampling(temperature=0.2, max_tokens=BRIDGE_TOKENS, seed=seed)
            )
        except ModelResponseError as exc:
            # A bridge is the one thing the model adds to a guided turn, and optional: a reply that is not
            # the JSON asked for loses the bridge (kept in `rejected`), not the question. A model that is
            # down or too slow is still said, since every later turn needs it too.
            return Worded(planned, rejected=[f"bridge: {exc}"], prompt=ref)
        if not reply.detail.strip():
            return Worded(planned, prompt=ref)
        # A phrase that runs on ("...; cost per order fell 18%") may hold a short clause of the answer's own.
        picks = [reply.detail, *re.split(r"[;,]|\band\b", reply.detail)]
        detail = next((d for d in picks if not detail_problems(d, last.answer)), reply.detail)
        problems = detail_problems(detail, last.answer)
        if not problems:
            said = sum(t.bridge is not None for t in session.turns)
            bridge = bridge_from(detail, template.phrases.get("bridge", ()), said)
            problems = bridge_problems(bridge, last.answer, last.question, planned, interview)
            if any(similar(bridge, t.bridge) for t in session.turns if t.bridge):
                problems.append("it says back what was said back before")
            if not problems:
                return Worded(join(bridge, planned), bridge=bridge, prompt=ref)
        return Worded(planned, rejected=[f"bridge {reply.detail!r}: {'; '.join(problems)}"], prompt=ref)

    # -- free: the model words the whole turn -----------------------------------------------------------

    def _role_words(self, session: Session) -> set[str]:
        role = session.profile.role
        if role.id not in self._role_vocabulary:
            self._role_vocabulary[role.id] = role_vocabulary(role)
        return self._role_vocabulary[role.id]

    def free_messages(
        self, session: Session, kind: str, move: Move, planned: str, topics: dict[str, str]
    ) -> tuple[list[Message], str]:
        template, voice = self.persona_voice(session, move.interviewer)
        prompt = load_prompt("interviewer/turn", self.prompts_dir)
        profile = session.profile
        summary = f"Role: {profile.role.display_title}. " + (
            f"Candidate's resume (start): {' '.join(profile.resume.split())[:500]}"
            if profile.resume
            else "No resume was given."
        )
        guidance = ""
        if kind not in ("greeting", "thank-you"):
            topic = move.topic if move.topic in topics else None
            hits = self.retriever.search(move.text, k=2, topic=topic).hits
            guidance = " ".join(f"{h.title}: {' '.join(h.text.split())[:200]}" for h in hits)
        budget = max(200, min(HISTORY_TOKENS, self.context_size - _RESERVED_TOKENS - TURN_TOKENS))
        messages = prompt.render(
            voice=voice,
            role=profile.role.display_title,
            company=profile.company or "the company",
            profile=summary,
            history=assemble_history(session, budget),
            move_kind=kind,
            move_text=planned,
            guidance=guidance or "(none)",
        )
        return messages, f"{prompt.ref}+{template.ref}"

    def free(
        self,
        session: Session,
        kind: str,
        move: Move,
        planned: str,
        interview: Interview,
        topics: dict[str, str],
    ) -> Worded:
        """The model's own wording of the move, checked; the planned line after two failed drafts."""
        messages, ref = self.free_messages(session, kind, move, planned, topics)
        earlier = session.asked()
        seed = session.plan.seed * 1000 + len(session.turns)
        rejected: list[str] = []
        for attempt in range(2):
            prompt = messages
            if rejected:
                prompt = [
                    *messages,
                    Message(
                        role="user",
                        content=f"Your last reply broke a rule ({rejected[-1].split(': ', 1)[-1]}). "
                        "Reply again with one short interviewer turn that asks exactly one question.",
                    ),
                ]
            sampling = Sampling(temperature=0.6, max_tokens=TURN_TOKENS, seed=seed + attempt)
            draft = clean_turn("".join(self.model.stream(prompt, sampling)))
            problems = self.free_problems(session, kind, move, draft, earlier, interview)
            if not problems:
                return Worded(draft, rejected=rejected, prompt=ref)
            rejected.append(f"draft {draft!r}: {'; '.join(problems)}")
        return Worded(planned, replaced=True, rejected=rejected, prompt=ref)

    def free_problems(
        self, session: Session, kind: str, move: Move, draft: str, earlier: list[str], interview: Interview
    ) -> list[str]:
        planned = move.text if kind in ("question", "objection") else None
        problems = broken_rules(
            draft, earlier, planned=planned, vocabulary=self._role_words(session), interview=interview
        )
        if kind == "objection" and not states_concern(draft, move.topic):
            problems.append("it does not state the concern")
        return problems

    def word(
        self,
        session: Session,
        kind: str,
        move: Move,
        mode: TurnMode,
        topics: dict[str, str],
        probe: str | None = None,
    ) -> Iterator[TurnEvent | Worded]:
        """Yield the planned line at once, then the checked final wording (a `replace`), then the result."""
        planned = self.planned_line(session, kind, move, probe)
        yield TurnEvent(kind="delta", text=planned)
        last = next((t for t in reversed(session.turns) if t.answer is not None), None)
        interview = Interview.of(
            session.profile.role,
            session.profile.company,
            last.answer if last is not None else None,
            tuple(i.title for i in get_persona(session.plan.persona).interviewers),
        )
        if kind == "greeting" and mode == "guided":
            worded = Worded(planned)
        elif mode == "guided":
            worded = self.bridge(session, kind, planned, interview)
        else:
            worded = self.free(session, kind, move, planned, interview, topics)
        if worded.text != planned:
            yield TurnEvent(kind="replace", text=worded.text)
        yield worded
