"""A real interview the candidate logs after the fact: the day, the company and role, the people met and what
each cared about, and notes. Its follow-up kit comes from the same builder as a mock session's
(`kit.assemble_kit`). Pure functions: the day to check dates against is a parameter."""

from __future__ import annotations

import re
import uuid
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from interviewer.errors import InputError
from interviewer.interview.kit import (
    FollowUpKit,
    KitPerson,
    KitSource,
    assemble_kit,
    plan_idea,
    result_sentence,
)

MAX_PEOPLE = 20  # a panel is a handful; far more is a pasted list by mistake
MAX_FIELD_CHARS = 2_000
MAX_NOTES_CHARS = 20_000


class Met(BaseModel):
    """One person met and what they cared about, in the candidate's words."""

    model_config = ConfigDict(extra="forbid")

    name: str
    cared_about: str


class RealInterview(BaseModel):
    """The JSON of `interviewer follow-up log --json` (fields are only ever added)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(default_factory=lambda: "r" + uuid.uuid4().hex[:11])
    application_id: str | None = None  # the pipeline entry it belongs to, set when stored
    company: str
    role: str
    held_on: date
    met: list[Met]
    notes: str = ""
    decision: str = ""  # what they said about when they decide ("in two weeks")
    edited: dict[str, str] = Field(default_factory=dict)  # name of a person met: the note as edited


def required_text(value: str | None, what: str, limit: int = MAX_FIELD_CHARS) -> str:
    """A name or title the user typed, trimmed; empty or far too long is a clear InputError."""
    text = " ".join((value or "").split())
    if not text:
        raise InputError(f"The {what} is empty; give it in words.")
    if len(text) > limit:
        raise InputError(f"The {what} is {len(text):,} characters long; keep it under {limit:,}.")
    return text


def _optional(value: str | None, what: str, limit: int) -> str:
    # Refused rather than cut: a note cut short loses what the candidate typed without a word.
    text = (value or "").strip()
    if len(text) > limit:
        raise InputError(f"The {what} text is {len(text):,} characters long; keep it under {limit:,}.")
    return text


def parse_date(value: str, what: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"The {what} '{value}' is not a date; write it as YYYY-MM-DD.") from None


def parse_met(value: str) -> Met:
    """`"Name: what they cared about"`, as typed after --met."""
    name, colon, cared = value.partition(":")
    if not colon or not name.strip() or not cared.strip():
        raise InputError(
            f"--met '{value}' is not 'Name: what they cared about'; give the person's name, a colon, "
            "then what they cared about."
        )
    # A "name" that runs to a sentence is a line pasted the wrong way round.
    if len(name.split()) > 6 or re.search(r"[?!]", name):
        raise InputError(f"--met '{value}' should start with the person's name, then a colon.")
    # "Tomás García-López (Head of Product)": the seat in brackets is said the way the kit says it.
    name = re.sub(r"^\s*([^()]+?)\s*\(([^()]+)\)\s*$", r"\1, \2", name)
    return Met(name=required_text(name, "name of the person met"), cared_about=required_text(cared, "topic"))


def log_interview(
    company: str,
    role: str,
    held_on: date,
    met: list[Met],
    today: date,
    notes: str | None = None,
    decision: str | None = None,
) -> RealInterview:
    """A checked record of an interview that already happened."""
    if held_on > today:
        raise InputError(
            f"The interview date {held_on.isoformat()} is after today ({today.isoformat()}); log an "
            "interview once it has happened, or add it to the pipeline with `interviewer pipeline add`."
        )
    if not met:
        raise InputError("Name at least one person met, with --met 'Name: what they cared about'.")
    if len(met) > MAX_PEOPLE:
        raise InputError(f"{len(met)} people met is more than {MAX_PEOPLE}; log the ones you will write to.")
    return RealInterview(
        company=required_text(company, "company name"),
        role=required_text(role, "role"),
        held_on=held_on,
        met=met,
        notes=_optional(notes, "notes", MAX_NOTES_CHARS),
        decision=_optional(decision, "decision", MAX_FIELD_CHARS),
    )


def _topic(cared_about: str) -> str:
    """What someone cared about as the note recalls it: "your question on X" reads as a topic, so a trailing
    full stop goes and a leading capital is lowered (unless it is an acronym)."""
    text = cared_about.strip().rstrip(".")
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        text = text[0].lower() + text[1:]
    return text


_REPORTED = re.compile(
    r"^I (?:said|mentioned|told(?: (?:them|him|her))?(?: about)?|talked about|spoke about|explained)"
    r"(?: that)?\s+",
    re.I,
)


def interview_result(interview: RealInterview, stories: list[str]) -> str | None:
    """The proof a note restates: a result with a figure from the notes, else the first proof story."""
    found = result_sentence(interview.notes)
    if found:
        # Notes report what was said ("I said we released $12M"); the note says the result itself.
        told = _REPORTED.sub("", found)
        return told[:1].upper() + told[1:]
    return stories[0] if stories else None


def real_kit(interview: RealInterview, stories: list[str] | None = None) -> FollowUpKit:
    """The follow-up kit of a logged interview; `stories` are the candidate's proof stories, strongest first
    (the story bank's), for the note to restate when the notes hold no result."""
    people = [
        KitPerson(
            who=m.name,
            topic=_topic(m.cared_about),
            idea=plan_idea(_topic(m.cared_about)),
            edited=interview.edited.get(m.name),
        )
        for m in interview.met
    ]
    source = KitSource(
        id=interview.id,
        role=interview.role,
        company=interview.company,
        day=interview.held_on,
        decision=interview.decision or interview.notes,
        conversation=" ".join([*(m.cared_about for m in interview.met), interview.notes]),
        result=interview_result(interview, stories or []),
        people=people,
        source="real",
    )
    return assemble_kit(source)
