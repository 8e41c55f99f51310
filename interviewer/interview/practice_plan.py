"""Spaced practice: the questions, objections and dimensions a candidate scored weakest come back on a
schedule. Each scored answer is a review; the schedule is SM-2 (the SuperMemo-2 algorithm: a failed review
starts over at one day, a passed one waits 1, then 6 days, then the last wait times an ease factor that falls
with every weak score). Pure functions of the sessions and a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict

from interviewer.interview.session import Session

Kind = Literal["question", "objection", "dimension"]
PASS = 3  # SM-2 quality (0-5) from which a review counts as passed


@dataclass(frozen=True)
class Review:
    day: date
    quality: int  # 0..5


@dataclass(frozen=True)
class Schedule:
    due: date
    interval: int
    ease: float
    repetitions: int


def sm2(reviews: list[Review]) -> Schedule:
    """The SM-2 schedule after `reviews` (in day order)."""
    ease, interval, repetitions = 2.5, 0, 0
    last = reviews[0].day
    for review in reviews:
        q = max(0, min(5, review.quality))
        if q < PASS:
            repetitions, interval = 0, 1
        else:
            repetitions += 1
            interval = 1 if repetitions == 1 else 6 if repetitions == 2 else round(interval * ease)
        ease = max(1.3, ease + 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02))
        last = review.day
    return Schedule(
        due=last + timedelta(days=interval), interval=interval, ease=round(ease, 2), repetitions=repetitions
    )


class DueItem(BaseModel):
    """One line of `interviewer practice plan --json` (fields are only ever added)."""

    model_config = ConfigDict(extra="forbid")

    kind: Kind
    topic: str
    due: date
    last_score: int | None  # 0-100: the answer's overall score, or a dimension's 1-5 times 20
    reviews: int
    label: str  # in words: the question as asked, the objection, the dimension


def _day(stamp: str | None, fallback: str) -> date:
    return datetime.fromisoformat(stamp or fallback).date()


def labels_of(sessions: list[Session]) -> dict[tuple[Kind, str], str]:
    labels: dict[tuple[Kind, str], str] = {}
    for session in sessions:
        for _, move in session.plan.conversation:
            if move.kind == "question" and move.question_id:
                labels[("question", move.question_id)] = move.text
        for objection in session.plan.objections:
            labels[("objection", objection.topic)] = objection.topic.removeprefix("objection:").replace(
                "-", " "
            )
    return labels


def reviews_of(sessions: list[Session]) -> dict[tuple[Kind, str], list[tuple[Review, int | None]]]:
    """Every scored answer as a review of its question (or objection) and of each dimension it scored."""
    found: dict[tuple[Kind, str], list[tuple[Review, int | None]]] = {}
    for session in sessions:
        moves = session.plan.conversation
        for turn in session.turns:
            if turn.scorecard is None or turn.answer is None or turn.kind not in ("question", "objection"):
                continue
            day = _day(turn.answered_at, session.updated_at)
            overall = turn.scorecard.overall
            if turn.kind == "objection":
                key: tuple[Kind, str] = ("objection", turn.topic)
            else:
                move = moves[turn.move][1] if turn.move is not None and turn.move < len(moves) else None
                key = ("question", (move.question_id if move and move.question_id else turn.topic))
            found.setdefault(key, []).append((Review(day, round(overall / 20)), overall))
            for name, dim in turn.scorecard.dimensions.items():
                if dim.score is not None:
                    found.setdefault(("dimension", name), []).append((Review(day, dim.score), dim.score * 20))
    return found


def practice_plan(sessions: list[Session], until: date) -> list[DueItem]:
    """What is due for practice by `until`, the most overdue first."""
    items = []
    labels = labels_of(sessions)
    for (kind, topic), reviews in reviews_of(sessions).items():
        reviews.sort(key=lambda r: r[0].day)
        schedule = sm2([r for r, _ in reviews])
        if schedule.due > until:
            continue
        last = reviews[-1][1]
        label = labels.get((kind, topic), topic.replace("_", " ").replace("-", " "))
        items.append(
            DueItem(
                kind=kind, topic=topic, due=schedule.due, last_score=last, reviews=len(reviews), label=label
            )
        )
    return sorted(
        items, key=lambda i: (i.due, i.last_score if i.last_score is not None else 0, i.kind, i.topic)
    )
