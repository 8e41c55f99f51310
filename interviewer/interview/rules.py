"""The rules every interviewer turn must keep, as pure checks on its text."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from interviewer.interview.guard import Interview, check_turn
from interviewer.interview.roles import Role
from interviewer.text import content_words

MAX_TURN_WORDS = 90
_SPEAKER_PREFIX = re.compile(r"^\s*(?:\*\*)?(?:interviewer|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:\*\*)?\s*:\s*")
# A small model sometimes steps out of the role: it apologises, talks about its instructions, or asks
# the user for the plan it was given.
_OUT_OF_ROLE = re.compile(
    r"\bas an ai\b|\blanguage model\b|\bi(?:'m| am) sorry\b|\bi apologi[sz]e\b|\bprovide me with\b"
    r"|\bthe (?:planned|next) (?:move|question)\b",
    re.IGNORECASE,
)
# Questions an interviewer may not lawfully ask; a reply that drifts into them is rejected outright.
_UNLAWFUL = re.compile(
    r"\bhow old\b|\byour age\b|\bbirth ?(?:date|year)\b|\bpregnan\w*"
    r"|\b(?:have|plan(?:ning)? to have) (?:kids|children)"
    r"|\bmarried\b|\bspouse\b|\breligio\w*|\bchurch\b|\bdisabilit\w*|\bnationality\b|\bwhere were you born\b",
    re.IGNORECASE,
)


# "The interviewer asks: ..." — a small model narrating the scene instead of speaking in it.
_NARRATION = re.compile(r"^\s*(?:the )?interviewer (?:asks|says|replies|responds)\s*[:,]?\s*", re.IGNORECASE)


def clean_turn(text: str) -> str:
    """Strip what small models wrap a line in: a speaker label, narration, quotes, stray whitespace."""
    text = text.strip()
    text = _NARRATION.sub("", text, count=1)
    text = _SPEAKER_PREFIX.sub("", text, count=1)
    if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'“”":
        text = text[1:-1]
    return re.sub(r"\s+", " ", text.strip().strip('"“”')).strip()


_PROMPT = re.compile(
    r"(?:^|[.!]\s+)(?:tell|give|describe|walk|talk|take|share|explain|name|think of|pick)\b"
    r"[^.!?]*[.!]?\s*$",
    re.IGNORECASE,
)


def asks_one_thing(text: str) -> bool:
    """One question, or (the role library's own wording) one request: "Tell me about a time ..."."""
    return text.count("?") == 1 or (text.count("?") == 0 and bool(_PROMPT.search(text.strip())))


def similar(a: str, b: str) -> bool:
    if SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.8:
        return True
    wa, wb = content_words(a), content_words(b)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.75


def first_question(text: str) -> str:
    """The text up to its first question mark: a plan's wording may hold a question and its follow-up."""
    return text[: text.index("?") + 1] if "?" in text else text


def role_vocabulary(role: Role) -> set[str]:
    """Content words of a role: its title, competencies and library questions (its whole domain)."""
    return content_words(
        " ".join([role.title, *(c.name for c in role.competencies), *(q.text for q in role.questions)])
    )


def keeps_plan(text: str, planned: str) -> bool:
    """True when a turn keeps at least a fifth of the planned wording's content words."""
    meant = content_words(planned)
    return bool(meant) and len(content_words(text) & meant) / len(meant) >= 0.2


def off_topic(text: str, planned: str, vocabulary: set[str]) -> bool:
    """True when a planned question lost its subject: it shares no word with the role's domain
    (`vocabulary`) and keeps less than a fifth of the planned wording ("What do you do?", "Can you
    elaborate on that?"). A question on another subject of the same role passes."""
    return not (content_words(text) & vocabulary) and not keeps_plan(text, planned)


def broken_rules(
    text: str,
    earlier: list[str],
    expects_question: bool = True,
    planned: str | None = None,
    vocabulary: set[str] | None = None,
    interview: Interview | None = None,
) -> list[str]:
    """Every rule the turn breaks, in words; empty when the turn may be shown.

    `planned` (with the role's `vocabulary`) is the question the turn was meant to ask; when given, a turn
    that drifted off it breaks a rule too. `interview` adds the checks that need to know the job on offer,
    the company and the candidate's last answer (see `guard`)."""
    problems = []
    if not text.strip():
        return ["the turn is empty"]
    questions = text.count("?")
    if expects_question and questions == 0 and not asks_one_thing(text):
        problems.append("it asks no question")
    if questions > 1:
        problems.append("it asks more than one question")
    problems += [p.message for p in check_turn(text, interview)]
    if any(similar(text, before) for before in earlier):
        problems.append("it repeats an earlier question")
    if len(text.split()) > MAX_TURN_WORDS:
        problems.append(f"it is longer than {MAX_TURN_WORDS} words")
    if _OUT_OF_ROLE.search(text):
        problems.append("it steps out of the interviewer's role")
    if planned is not None and off_topic(text, planned, vocabulary or set()):
        problems.append("it drifts from the planned question")
    if _UNLAWFUL.search(text):
        problems.append("it touches a subject an interviewer may not lawfully ask about")
    return problems


def streaming_violation(partial: str) -> str | None:
    """A rule already broken by the text so far: stop generating rather than show it."""
    if partial.count("?") > 1:
        return "it asks more than one question"
    voice = [p for p in check_turn(partial) if p.label == "candidate-voice"]
    if voice:
        return voice[0].message
    if len(partial.split()) > MAX_TURN_WORDS:
        return f"it is longer than {MAX_TURN_WORDS} words"
    return None
