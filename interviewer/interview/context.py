"""Fitting the conversation into the model's window: recent turns verbatim, older ones summarised."""

from __future__ import annotations

from interviewer.interview.session import Session, Turn
from interviewer.text import fence
from interviewer.tokens import count_tokens

ANSWER_TOKENS_IN_HISTORY = 220  # a long answer is shortened in the history, never in the scorecard


def _shorten(text: str, budget: int) -> str:
    if count_tokens(text) <= budget:
        return text
    words = text.split()
    keep = max(10, int(len(words) * budget / max(count_tokens(text), 1)))
    return " ".join(words[:keep]) + " […]"


def _verbatim(turn: Turn) -> str:
    lines = [f"Interviewer: {turn.question}"]
    if turn.answer is not None:
        lines.append(f"Candidate: <answer>{fence(_shorten(turn.answer, ANSWER_TOKENS_IN_HISTORY))}</answer>")
    return "\n".join(lines)


def _summary(turn: Turn) -> str:
    score = f", scored {turn.overall}/100" if turn.overall is not None else ""
    return f"- asked about {turn.topic} ({turn.kind}){score}"


def assemble_history(session: Session, budget_tokens: int) -> str:
    """The history block for the next prompt, within `budget_tokens`: newest turns verbatim first."""
    spoken = [t for t in session.turns if t.kind != "greeting"]
    recent: list[str] = []
    used = 0
    cut = len(spoken)
    for turn in reversed(spoken):
        block = _verbatim(turn)
        cost = count_tokens(block)
        if used + cost > budget_tokens * 0.8 and recent:
            break
        recent.insert(0, block)
        used += cost
        cut -= 1
    older = spoken[:cut]
    parts = []
    if older:
        summary = "Earlier in the interview:\n" + "\n".join(_summary(t) for t in older)
        while older and count_tokens(summary) + used > budget_tokens:
            older = older[1:]  # the oldest summaries go first when even they do not fit
            summary = "Earlier in the interview:\n" + "\n".join(_summary(t) for t in older)
        if older:
            parts.append(summary)
    parts.extend(recent)
    return "\n\n".join(parts) if parts else "(the interview is just starting)"
