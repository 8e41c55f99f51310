"""The story bank: the candidate's proof stories (resume achievement lines with figures, and results from
their strong answers), which questions each story has answered, and a warning when one story carries most
answers. Pure functions of the sessions; nothing here calls a model."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from interviewer.interview.kit import result_sentence
from interviewer.interview.session import Session, Turn
from interviewer.text import QUANTITY, content_words, count_outcomes, count_quantities

STRONG_LEVEL = 4  # an answer whose overall score reads as 4 of 5 or better (the practice plan's quality)
OVERUSED_MIN = 3  # one story in this many answers ...
OVERUSED_SHARE = 0.5  # ... and in more than this share of them
SAME_STORY_SHARE = 0.6  # this share of a story's content words in an answer: the answer tells it
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_BULLET = re.compile(r"^\s*(?:[-•*▪◦·‣⁃–—>]|\d+[.)])\s+")
_DATE_RANGE = re.compile(r"\b(?:19|20)\d\d\s*(?:-|–|—|to)\s*(?:(?:19|20)\d\d|present|current|now)\b", re.I)


class StoryUse(BaseModel):
    model_config = ConfigDict(extra="forbid")

    session: str
    turn: int
    question: str
    overall: int | None


class Story(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    source: Literal["resume", "answer"]
    text: str
    figures: list[str]
    session: str | None  # the session whose resume or answer it came from
    uses: list[StoryUse]


class StoryBank(BaseModel):
    """The JSON of `interviewer stories --json` (fields are only ever added)."""

    model_config = ConfigDict(extra="forbid")

    stories: list[Story]
    answers: int  # answers to questions and objections looked at
    warnings: list[str]


def figures(text: str) -> set[str]:
    """The figures a story can be recognised by: numbers with digits, not years or a lone small number."""
    found = set()
    for match in QUANTITY.finditer(text):
        value = re.sub(r"\s+", "", match.group()).lower().rstrip(".,")
        digits = re.sub(r"[^\d]", "", value)
        if not digits or _YEAR.match(value) or (value.isdigit() and int(value) < 10):
            continue
        found.add(value)
    return found


def resume_stories(resume: str) -> list[str]:
    """Achievement lines of a resume: a figure and an outcome ("cut close from 12 to 5 days"), not a
    dates line or a heading."""
    found = []
    for raw in resume.splitlines():
        line = _BULLET.sub("", raw).strip()
        if len(line.split()) < 4 or _DATE_RANGE.search(line):
            continue
        if count_quantities(line) and count_outcomes(line) and figures(line):
            found.append(line)
    return found


def tells(story: str, story_figures: set[str], answer: str) -> bool:
    """Whether an answer tells this story: one of its figures, or most of its content words."""
    if story_figures & figures(answer):
        return True
    own = content_words(story)
    return len(own) >= 4 and len(own & content_words(answer)) / len(own) >= SAME_STORY_SHARE


def _answers(session: Session) -> list[Turn]:
    return [t for t in session.turns if t.answer and t.kind in ("question", "objection")]


def _strong(turn: Turn) -> bool:
    card = turn.scorecard
    if card is None or any(f.startswith("non-answer") for f in card.flags):
        return False
    return round(card.overall / 20) >= STRONG_LEVEL


def story_bank(sessions: list[Session]) -> StoryBank:
    """Every story from the sessions' resumes and strong answers, with the answers that told each."""
    found: list[tuple[str, str, str | None]] = []  # (source, text, session)
    seen_resumes: set[str] = set()
    for session in sessions:
        resume = session.profile.resume
        if resume and resume not in seen_resumes:
            seen_resumes.add(resume)
            found += [("resume", line, session.id) for line in resume_stories(resume)]
    answered = [(s, t) for s in sessions for t in _answers(s)]
    for session, turn in sorted(answered, key=lambda st: -(st[1].overall or 0)):
        sentence = result_sentence(turn.answer or "") if _strong(turn) else None
        if sentence and not any(tells(text, figures(text), sentence) for _, text, _ in found):
            found.append(("answer", sentence, session.id))
    stories = []
    for number, (source, text, origin) in enumerate(found, start=1):
        own = figures(text)
        uses = [
            StoryUse(session=s.id, turn=t.index, question=t.question, overall=t.overall)
            for s, t in answered
            if tells(text, own, t.answer or "")
        ]
        stories.append(
            Story(id=f"s{number}", source=source, text=text, figures=sorted(own), session=origin, uses=uses)  # type: ignore[arg-type]
        )
    stories.sort(key=lambda s: (-len(s.uses), -max((u.overall or 0 for u in s.uses), default=0)))
    return StoryBank(stories=stories, answers=len(answered), warnings=overuse(stories, len(answered)))


def overuse(stories: list[Story], answers: int) -> list[str]:
    """A warning per story told in most answers: an interviewer hears one story as all there is."""
    found = []
    for story in stories:
        used = len({(u.session, u.turn) for u in story.uses})
        if used >= OVERUSED_MIN and used / max(answers, 1) > OVERUSED_SHARE:
            found.append(
                f'One story carries {used} of your {answers} answers ("{_short(story.text)}"); bring in '
                "another proof story so the interviewer hears more than one result."
            )
    return found


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def strongest_texts(bank: StoryBank) -> list[str]:
    """Story texts for a note to restate, the most told and best scored first."""
    return [s.text for s in bank.stories]
