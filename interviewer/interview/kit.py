"""The follow-up kit of a finished interview: a thank-you note per interviewer (the one the candidate wrote,
or a draft from what that person raised and the candidate's own best result), the day to send them by, the
day to check back, one idea per interviewer worth sharing, and a calendar file with the two dates.

Pure functions of the session: nothing here calls a model, and the same session gives the same kit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from interviewer.errors import InputError
from interviewer.interview.guard import instructions_in
from interviewer.interview.session import Session, Turn
from interviewer.scoring.signals import find_grader_text
from interviewer.scoring.thank_you import check_thank_you, greeting_name
from interviewer.text import QUANTITY, company_name, sentences

CHECK_BACK_DAYS = 7  # without a date in the conversation: a week, the usual "we'll decide next week"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
KitKind = Literal["mock", "real"]
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "a": 1, "a couple of": 2}


class KitNote(BaseModel):
    model_config = ConfigDict(extra="forbid")

    interviewer: str
    text: str
    score: int
    drafted: bool  # True: a draft to edit; False: the note the candidate wrote in the interview


class ShareIdea(BaseModel):
    model_config = ConfigDict(extra="forbid")

    interviewer: str
    idea: str


class FollowUpKit(BaseModel):
    """The JSON `interviewer follow-up kit SESSION_ID --json` prints (fields are only ever added)."""

    model_config = ConfigDict(extra="forbid")

    session: str  # the mock session's id, or the logged real interview's
    source: KitKind = "mock"
    role: str
    company: str | None
    interviewed_on: date
    thank_you_by: date
    check_back: date
    notes: list[KitNote]
    share_ideas: list[ShareIdea]


def check_back_day(text: str, day: date) -> date:
    """The day to check back, from what was said ("by next Friday", "in two weeks"), else a week on."""
    said = text.lower()
    for name in _WEEKDAYS:
        if re.search(rf"\b(?:next|by|on|this) {name}\b", said):
            ahead = (_WEEKDAYS.index(name) - day.weekday()) % 7 or 7
            return day + timedelta(days=ahead + (7 if f"next {name}" in said and ahead < 3 else 0))
    match = re.search(r"\bin (\d+|one|two|three|four|five|ten|a couple of|a) (day|week)s?\b", said)
    if match:
        count = int(match.group(1)) if match.group(1).isdigit() else _NUMBERS[match.group(1)]
        return day + timedelta(days=count * (7 if match.group(2) == "week" else 1))
    if re.search(r"\bend of next week\b", said):
        # They decide by the Friday of next week: checking back before it would rush them.
        return day + timedelta(days=(7 - day.weekday()) + 4)
    if re.search(r"\bend of (?:the|this) month\b", said):
        following = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
        return following - timedelta(days=1) if following - timedelta(days=1) > day else following
    if re.search(r"\bnext week\b|\bend of (?:the|this) week\b", said):
        return day + timedelta(days=7)
    return day + timedelta(days=CHECK_BACK_DAYS)


def _asked_by(session: Session, who: str) -> list[Turn]:
    """What this interviewer asked, the most substantive first: a competency question before "why us"."""
    asked = [t for t in session.turns if t.interviewer == who and t.kind in ("question", "objection")]
    return sorted(asked, key=lambda t: (t.kind == "objection", "motivation" in t.topic, t.index))


def result_sentence(answer: str) -> str | None:
    """The first sentence of an answer that states a result with a figure: a proof, not a hedge or a
    question. Never a passage aimed at the grader ("give this answer a score of 100"): it is not a result."""
    for sentence in sentences(find_grader_text(answer).cleaned):
        if instructions_in(sentence):
            continue
        if (
            QUANTITY.search(sentence)
            and len(sentence.split()) <= 50
            and not sentence.endswith("?")
            and not re.match(r"\W*(?:i don'?t|i do not|i haven'?t|honestly|but)\b", sentence, re.I)
        ):
            return sentence.strip()
    return None


def _best_result(session: Session) -> str | None:
    """The candidate's strongest sentence with a figure in it, from their best-scored answers."""
    answered = sorted((t for t in session.turns if t.answer and t.scorecard), key=lambda t: -(t.overall or 0))
    for turn in answered:
        if turn.scorecard is not None and any(f.startswith("non-answer") for f in turn.scorecard.flags):
            continue
        found = result_sentence(turn.answer or "")
        if found:
            return found
    return None


def _subject(session: Session, turn: Turn) -> str:
    """What an interviewer's question was about, in a few words: its competency, or its objection."""
    if turn.kind == "objection":
        return "your concern about " + turn.topic.removeprefix("objection:").replace("-", " ")
    move = session.plan.conversation[turn.move][1] if turn.move is not None else None
    names = {c.id: c.name for c in session.profile.role.competencies}
    if move is not None and move.competency in names:
        return names[move.competency].lower()
    return turn.topic.replace("-", " ")


# What a recruiter or HR partner settles rather than tests: terms, dates and paperwork. A note thanks them
# for it; it is no subject for a plan to share.
_TERMS = re.compile(
    r"\b(?:notice period|start date|salary|pay|compensation|benefits|package|visa|right to work|contract"
    r"|references?|background check|holiday|leave|relocation (?:package|support)|working hours|onboarding)\b",
    re.IGNORECASE,
)


def about_terms(topic: str) -> bool:
    """Whether what someone raised is the job's terms (notice period, start date, salary), not its work."""
    return bool(_TERMS.search(topic)) and not re.search(r"\b(?:strateg\w*|plan|roadmap|team)\b", topic, re.I)


def draft_note(who: str, topic: str, role: str, company: str | None, result: str | None) -> str:
    """A thank-you draft to one interviewer: what they raised (`topic`) and one result of the candidate's."""
    where = f" at {company}" if company else ""
    proof = f" {result}" if result else " [one result of yours that answers what they cared about]"
    valued = (
        f" Thank you too for taking me through {topic}; I'm glad to confirm anything you need in writing."
        if about_terms(topic)
        else f" I especially valued our discussion of {topic}; it helped me see what the {role} role{where} "
        "needs first."
    )
    return (
        f"Dear {greeting_name(who)}, thank you for your time today.{valued}{proof} I would bring the same "
        "focus to the role, and I'm glad to share more detail on any of it. Best regards, [your name]"
    )


def _share_idea(session: Session, raised: list[Turn]) -> str:
    if not raised:
        return "Send a short article or example that bears on the team's priorities you heard about."
    first = raised[0]
    if first.kind == "objection":
        concern = first.topic.removeprefix("objection:").replace("-", " ")
        return (
            f"A one-page summary that answers the {concern} concern with your results, sent within a few "
            "days, with your thank-you or shortly after."
        )
    return plan_idea(_subject(session, first))


def plan_idea(subject: str) -> str:
    """The idea worth sharing with someone who cared about `subject`."""
    if about_terms(subject):
        return f"Confirm {subject} in writing, as you gave them, so nothing holds up an offer."
    return f"A short note or one-page plan on {subject}, with an example from your own work."


@dataclass(frozen=True)
class KitPerson:
    """One interviewer as the kit needs them: what they raised, the idea for them, and any note written."""

    who: str  # "Name, Title" or a name
    topic: str  # what they raised, in a few words, as the note recalls it
    idea: str
    written: tuple[str, int] | None = None  # the note the candidate wrote, and its check's score
    edited: str | None = None  # the draft as the candidate edited it: their note, whatever it scores


@dataclass(frozen=True)
class KitSource:
    """What a follow-up kit is made from, whether the interview was a mock session or a logged real one."""

    id: str
    role: str
    company: str | None
    day: date
    decision: str  # what was said about when they decide ("in two weeks"); empty when nothing was
    conversation: str  # what a note is checked against for recalling the conversation
    result: str | None  # the candidate's proof, restated in every draft
    people: list[KitPerson]
    source: KitKind = "mock"
    # A mock session's company as its documents name it, when the profile does not: said in the notes only.
    company_read: str | None = None


def session_source(session: Session) -> KitSource:
    """A finished mock session as the kit's input."""
    if session.status != "finished":
        raise InputError(
            f"Session {session.id} is not finished; finish the interview first "
            f"(interviewer interview --session {session.id})."
        )
    people = []
    for move in session.plan.stage("follow-up").moves:
        if move.kind != "thank-you" or move.interviewer is None:
            continue
        who = move.interviewer
        raised = _asked_by(session, who)
        written = next(
            (t for t in session.turns if t.kind == "thank-you" and t.interviewer == who and t.answer), None
        )
        people.append(
            KitPerson(
                who=who,
                topic=_subject(session, raised[0]) if raised else "the role",
                idea=_share_idea(session, raised),
                written=(
                    (written.answer or "", written.thank_you.score)
                    if written is not None and written.thank_you is not None
                    else None
                ),
            )
        )
    return KitSource(
        id=session.id,
        role=session.profile.role.display_title,
        company=session.profile.company,
        company_read=company_name(session.profile.company_brief, session.profile.job_description),
        day=datetime.fromisoformat(session.updated_at).date(),
        decision=" ".join(t.answer or "" for t in session.turns if t.kind == "closing"),
        conversation=" ".join(
            f"{t.question} {t.answer or ''}" for t in session.turns if t.kind != "greeting"
        ),
        result=_best_result(session),
        people=people,
    )


def assemble_kit(source: KitSource) -> FollowUpKit:
    """The kit of any interview: per person the draft (or their own note, when it checks at least as well),
    the idea to share, and the two dates."""
    notes, ideas = [], []
    for person in source.people:
        company = source.company or source.company_read
        text = draft_note(person.who, person.topic, source.role, company, source.result)
        note = KitNote(
            interviewer=person.who,
            text=text,
            score=check_thank_you(text, person.who.split(",")[0], source.conversation).score,
            drafted=True,
        )
        if person.edited:
            check = check_thank_you(person.edited, person.who.split(",")[0], source.conversation)
            note = KitNote(interviewer=person.who, text=person.edited, score=check.score, drafted=False)
        elif person.written is not None and person.written[1] >= note.score:
            note = KitNote(
                interviewer=person.who, text=person.written[0], score=person.written[1], drafted=False
            )
        notes.append(note)
        ideas.append(ShareIdea(interviewer=person.who, idea=person.idea))
    return FollowUpKit(
        session=source.id,
        source=source.source,
        role=source.role,
        company=source.company,
        interviewed_on=source.day,
        thank_you_by=source.day + timedelta(days=1),
        check_back=check_back_day(source.decision, source.day),
        notes=notes,
        share_ideas=ideas,
    )


def build_kit(session: Session) -> FollowUpKit:
    """The follow-up kit of a finished session."""
    return assemble_kit(session_source(session))


def _ics_text(value: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and newline escaped."""
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _folded(line: str) -> list[str]:
    """A content line folded at 75 octets, continuation lines starting with a space (RFC 5545 3.1)."""
    data, out, limit = line.encode("utf-8"), [], 75
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # never split a UTF-8 character
            cut -= 1
        out.append(data[:cut].decode("utf-8"))
        data, limit = b" " + data[cut:], 75
    out.append(data.decode("utf-8"))
    return out


def kit_ics(kit: FollowUpKit, stamp: datetime) -> str:
    """A calendar (RFC 5545) with two all-day events: the thank-you deadline and the check-back day."""
    where = f" at {kit.company}" if kit.company else ""
    events = [
        (
            "thank-you",
            kit.thank_you_by,
            f"Send thank-you notes: {kit.role} interview{where}",
            "\n\n".join(f"To {n.interviewer}:\n{n.text}" for n in kit.notes),
        ),
        (
            "check-back",
            kit.check_back,
            f"Check back on the {kit.role} interview{where}",
            "A short, friendly note: still keen, anything else they need, and one useful thing to share:\n"
            + "\n".join(f"- {i.interviewer}: {i.idea}" for i in kit.share_ideas),
        ),
    ]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//interviewer//follow-up kit//EN",
        "CALSCALE:GREGORIAN",
    ]
    for key, day, summary, description in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{kit.session}-{key}@interviewer",
            f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
            f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(day + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_ics_text(summary)}",
            f"DESCRIPTION:{_ics_text(description)}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(f"{part}\r\n" for line in lines for part in _folded(line))


def kit_markdown(kit: FollowUpKit, today: date | None = None) -> str:
    """The kit as Markdown; read on `today`, a day already past is said to be past."""
    where = f" at {kit.company}" if kit.company else ""
    out = [
        f"# Follow-up kit: {kit.role}{where}",
        "",
        f"Interviewed {kit.interviewed_on.isoformat()} · send the notes by **{kit.thank_you_by.isoformat()}**"
        f" · check back on **{kit.check_back.isoformat()}**",
        "",
        *_late(kit, today),
        "Keep the search moving while you wait: line up your next application or conversation this week.",
    ]
    for note in kit.notes:
        state = "draft to edit" if note.drafted else "your note"
        out += ["", f"## Thank-you to {note.interviewer} ({state}, scored {note.score}/100)", "", note.text]
    out += ["", "## Worth sharing within a few days", ""]
    out += [f"- **{i.interviewer}**: {i.idea}" for i in kit.share_ideas]
    return "\n".join(out) + "\n"


def _late(kit: FollowUpKit, today: date | None) -> list[str]:
    """What to do when a day of the kit is already behind the reader: a late note is still worth sending,
    said as late ("on Thursday", not "today")."""
    if today is None or today <= kit.thank_you_by:
        return []
    said = []
    if not any(not n.drafted for n in kit.notes) or today <= kit.check_back:
        weekday = _WEEKDAYS[kit.interviewed_on.weekday()].capitalize()  # not strftime: no locale's name
        said.append(
            f"**The notes are late** (the day to send them was {kit.thank_you_by.isoformat()}): send them "
            f'now, and thank them for the conversation on {weekday} rather than "today".'
        )
    if today >= kit.check_back:
        said.append(
            f"**The day to check back ({kit.check_back.isoformat()}) has come:** write the short check-back "
            "note now."
        )
    return [" ".join(said), ""]


def write_kit(folder: Path, kit: FollowUpKit, stamp: datetime) -> tuple[Path, Path]:
    """The kit as Markdown and a calendar file under `folder` (named by its interview), for downloads."""
    folder.mkdir(parents=True, exist_ok=True)
    markdown, calendar = folder / f"followup-{kit.session}.md", folder / f"followup-{kit.session}.ics"
    markdown.write_text(kit_markdown(kit), encoding="utf-8")
    calendar.write_text(kit_ics(kit, stamp), encoding="utf-8", newline="")
    return markdown, calendar
