"""Delivery analytics of a spoken answer, from word timestamps: pace, long pauses, filler words.

Pure functions over a list of timed words, so they are tested on hand-made lists. They describe how an
answer was said and never change its content score.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

LONG_PAUSE_SECONDS = 1.0
# A comfortable interview pace: slower than this reads as hesitant, faster as rushed.
SLOW_WPM, FAST_WPM = 110, 170
_SINGLE_FILLERS = {"um", "umm", "uh", "uhh", "uhm", "er", "erm", "ah", "hmm", "mm", "basically", "literally"}
_PAIR_FILLERS = {("you", "know"), ("i", "mean"), ("sort", "of"), ("kind", "of")}


class Word(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    start: float = Field(ge=0)
    end: float = Field(ge=0)
    probability: float = 1.0


class Pause(BaseModel):
    model_config = ConfigDict(extra="forbid")

    after: str  # the word the pause follows
    at: float  # seconds from the start of the recording
    seconds: float


class Delivery(BaseModel):
    """How a spoken answer was delivered; fillers are a lower bound (speech recognition drops some)."""

    model_config = ConfigDict(extra="forbid")

    audio_seconds: float
    speaking_seconds: float
    words: int
    words_per_minute: float
    long_pauses: list[Pause]
    fillers: dict[str, int]
    filler_count: int
    fillers_lower_bound: bool = True
    pace: Literal["slow", "comfortable", "fast", "too short to tell"]
    note: str | None = None


def _bare(text: str) -> str:
    return re.sub(r"[^\w']", "", text.lower())


def count_fillers(words: list[Word]) -> dict[str, int]:
    """Filler words and phrases; "like" only when set off by a comma, where it is a filler, not a verb."""
    bare = [_bare(w.text) for w in words]
    found: dict[str, int] = {}

    def add(name: str) -> None:
        found[name] = found.get(name, 0) + 1

    skip = False
    for i, word in enumerate(bare):
        if skip:
            skip = False
            continue
        if word in _SINGLE_FILLERS:
            add({"umm": "um", "uhh": "uh", "uhm": "um"}.get(word, word))
        elif i + 1 < len(bare) and (word, bare[i + 1]) in _PAIR_FILLERS:
            # "kind of" before a noun ("what kind of team") is not a filler; only count it set off by commas.
            raw = words[i + 1].text
            if (word, bare[i + 1]) in {("you", "know"), ("i", "mean")} or raw.rstrip().endswith(","):
                add(f"{word} {bare[i + 1]}")
                skip = True
        elif word == "like" and words[i].text.rstrip().endswith(","):
            add("like")
    return found


def long_pauses(words: list[Word], threshold: float = LONG_PAUSE_SECONDS) -> list[Pause]:
    pauses = []
    for before, after in zip(words, words[1:], strict=False):
        gap = after.start - before.end
        if gap >= threshold:
            pauses.append(Pause(after=before.text.strip(), at=round(before.end, 2), seconds=round(gap, 2)))
    return pauses


def analyse_delivery(words: list[Word], audio_seconds: float) -> Delivery:
    speaking = max(0.0, words[-1].end - words[0].start) if words else 0.0
    wpm = len(words) / (speaking / 60) if speaking > 0 else 0.0
    fillers = count_fillers(words)
    pauses = long_pauses(words)
    if speaking < 5 or len(words) < 10:
        pace: Literal["slow", "comfortable", "fast", "too short to tell"] = "too short to tell"
        note = "The answer is too short to judge its pace."
    elif wpm < SLOW_WPM:
        pace = "slow"
        note = (
            f"At {wpm:.0f} words a minute the pace is slow; aim for {SLOW_WPM}-{FAST_WPM}: "
            "shorter pauses, and "
            "know your first sentence before you start."
        )
    elif wpm > FAST_WPM:
        pace = "fast"
        note = (
            f"At {wpm:.0f} words a minute the pace is fast; aim for {SLOW_WPM}-{FAST_WPM}: slow down on the "
            "result and the numbers, and let them land."
        )
    else:
        pace, note = "comfortable", None
    if len(pauses) >= 3:
        extra = (
            f"{len(pauses)} pauses of a second or more; a short pause before the result helps, many do not."
        )
        note = f"{note} {extra}" if note else extra
    return Delivery(
        audio_seconds=round(audio_seconds, 2),
        speaking_seconds=round(speaking, 2),
        words=len(words),
        words_per_minute=round(wpm, 1),
        long_pauses=pauses,
        fillers=fillers,
        filler_count=sum(fillers.values()),
        pace=pace,
        note=note,
    )


def delivery_lines(delivery: Delivery) -> list[str]:
    """How a spoken answer was said; shown beside the score and never part of it."""
    fillers = ", ".join(f"{word} ×{n}" for word, n in delivery.fillers.items()) or "none heard"
    pauses = ", ".join(f"{p.seconds:.1f} s after “{p.after}”" for p in delivery.long_pauses[:4]) or "none"
    lines = [
        "**Delivery** _(how you said it; it does not change the score)_",
        f"- Pace: {delivery.words_per_minute:.0f} words a minute over {delivery.speaking_seconds:.0f} s "
        f"({delivery.pace})",
        f"- Pauses of a second or more: {len(delivery.long_pauses)} ({pauses})",
        f"- Filler words: {delivery.filler_count} ({fillers}; "
        "at least this many, since transcription drops some)",
    ]
    if delivery.note:
        lines.append(f"- {delivery.note}")
    return lines
