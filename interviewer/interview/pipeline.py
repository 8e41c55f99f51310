"""The job-search pipeline: each application's stage and the next action its data and dates call for, and
a plain warning when the pipeline is thin or stalled. Pure functions of the stored rows and a day; the
store is `pipeline_store.py`."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date, timedelta
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from interviewer.errors import InputError
from interviewer.interview.kit import check_back_day
from interviewer.interview.real_interview import RealInterview, required_text

Stage = Literal["applied", "screening", "interviewing", "offer", "closed"]
STAGES: tuple[str, ...] = get_args(Stage)
THIN_BELOW = 3  # fewer active applications than this and one "no" stops the search
STALLED_DAYS = 14
FOLLOW_UP_AFTER_DAYS = 7  # an application with no reply: a polite nudge a week on


class Application(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(default_factory=lambda: "a" + uuid.uuid4().hex[:11])
    company: str
    role: str
    stage: Stage = "applied"
    applied_on: date
    last_activity: date  # the last day something happened: applied, a stage change, an interview
    next_step: str | None = None  # what the candidate said comes next ("round two with the CEO")
    next_step_on: date | None = None


class Practised(BaseModel):
    """A finished mock session for the same company."""

    model_config = ConfigDict(extra="forbid")

    session: str
    on: date
    role: str
    mean_overall: float | None


class NextAction(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    due: date | None


class PipelineEntry(BaseModel):
    """One line of `interviewer pipeline list --json` (fields are only ever added)."""

    model_config = ConfigDict(extra="forbid")

    application: Application
    interviews: list[RealInterview]
    practice: list[Practised]
    next_action: NextAction
    stalled: bool


class PipelineView(BaseModel):
    model_config = ConfigDict(extra="forbid")

    today: date
    active: int
    entries: list[PipelineEntry]
    warnings: list[str]


def parse_stage(value: str) -> Stage:
    stage = value.strip().lower()
    if stage not in STAGES:
        raise InputError(f"Unknown stage '{value}'; use one of {', '.join(STAGES)}.")
    return stage  # type: ignore[return-value]


def new_application(
    company: str,
    role: str,
    today: date,
    stage: str = "applied",
    applied_on: date | None = None,
    next_step: str | None = None,
    next_step_on: date | None = None,
) -> Application:
    """A checked application: applied on a day that has come, with a next step on a day still to come."""
    day = applied_on or today
    if day > today:
        raise InputError(
            f"The application date {day.isoformat()} is after today ({today.isoformat()}); add it once sent."
        )
    return Application(
        company=required_text(company, "company name"),
        role=required_text(role, "role"),
        stage=parse_stage(stage),
        applied_on=day,
        last_activity=day,
        next_step=_next_step(next_step, next_step_on, today),
        next_step_on=next_step_on,
    )


def _next_step(text: str | None, on: date | None, today: date) -> str | None:
    """The next step's words, once its date is checked to be still to come."""
    if on is not None and on < today:
        raise InputError(
            f"The next-step date {on.isoformat()} is already past (today is {today.isoformat()}); "
            "give a day still to come."
        )
    return " ".join(text.split()) if text else None


def moved(
    application: Application,
    stage: str,
    today: date,
    next_step: str | None = None,
    next_step_on: date | None = None,
) -> Application:
    """The application at a new stage, moved today."""
    update: dict[str, object] = {
        "stage": parse_stage(stage),
        "last_activity": max(today, application.last_activity),
    }
    if next_step is not None or next_step_on is not None:
        update["next_step"] = _next_step(next_step, next_step_on, today)
        update["next_step_on"] = next_step_on
    return application.model_copy(update=update)


def _after_interview(latest: RealInterview, today: date) -> NextAction:
    """What the days after a real interview call for: the notes, then waiting, then checking back."""
    note_by = latest.held_on + timedelta(days=1)
    check_back = check_back_day(latest.decision or latest.notes, latest.held_on)
    if today <= note_by:
        return NextAction(
            text=f"Send the thank-you notes (interviewer follow-up kit {latest.id})", due=note_by
        )
    if today < check_back:
        return NextAction(
            text="Wait for their decision; line up another application meanwhile", due=check_back
        )
    return NextAction(text="Check back: still keen, and one useful thing to share", due=check_back)


def next_action(
    application: Application, interviews: list[RealInterview], practice: list[Practised], today: date
) -> NextAction:
    """The one next thing to do for an application, from its stage, its interviews and the dates."""
    stage, role = application.stage, application.role.replace('"', "")
    if stage == "closed":
        return NextAction(text="Nothing: closed", due=None)
    if stage == "offer":
        return NextAction(text="Weigh the offer and answer it", due=application.next_step_on)
    latest = max(interviews, key=lambda i: i.held_on, default=None)
    # The notes go first: a day late, they read as an afterthought, whatever else is coming.
    if latest is not None and stage == "interviewing" and today <= latest.held_on + timedelta(days=1):
        return _after_interview(latest, today)
    if application.next_step_on is not None and application.next_step_on >= today:
        step = application.next_step or "the next conversation"
        return NextAction(
            text=f'Prepare for {step}: a mock interview (interviewer practice start --role "{role}")',
            due=application.next_step_on,
        )
    if latest is not None and stage == "interviewing":
        return _after_interview(latest, today)
    if stage == "applied":
        nudge = application.applied_on + timedelta(days=FOLLOW_UP_AFTER_DAYS)
        if today < nudge:
            return NextAction(text="Wait for a reply; follow up if none comes", due=nudge)
        return NextAction(text="Follow up on the application with a short note", due=nudge)
    if not practice:
        return NextAction(
            text=f'Prepare: a mock interview for this role (interviewer interview --role "{role}")', due=None
        )
    return NextAction(
        text=f'Prepare for the next round: the weak spots first (interviewer practice start --role "{role}")',
        due=None,
    )


def last_activity(application: Application, interviews: list[RealInterview]) -> date:
    return max([application.last_activity, *(i.held_on for i in interviews)])


def pipeline_view(
    applications: list[Application],
    interviews: dict[str, list[RealInterview]],
    practice: dict[str, list[Practised]],
    today: date,
) -> PipelineView:
    """Every application with its next action, the most urgent first, and the warnings."""
    entries = []
    for app in applications:
        own = interviews.get(app.id, [])
        done = practice.get(app.company.casefold(), [])
        entries.append(
            PipelineEntry(
                application=app,
                interviews=sorted(own, key=lambda i: i.held_on),
                practice=done,
                next_action=next_action(app, own, done, today),
                stalled=app.stage != "closed" and (today - last_activity(app, own)).days >= STALLED_DAYS,
            )
        )
    entries.sort(
        key=lambda e: (e.application.stage == "closed", e.next_action.due or date.max, e.application.company)
    )
    active = [e for e in entries if e.application.stage != "closed"]
    return PipelineView(today=today, active=len(active), entries=entries, warnings=warnings(entries, today))


def warnings(entries: list[PipelineEntry], today: date) -> list[str]:
    active = [e for e in entries if e.application.stage != "closed"]
    found = []
    if len(active) < THIN_BELOW:
        found.append(
            f"The pipeline is thin: {len(active)} active application{'s' if len(active) != 1 else ''}; "
            f"aim for at least {THIN_BELOW} so that one decision does not decide the search."
        )
    if active:
        latest = max(last_activity(e.application, e.interviews) for e in active)
        idle = (today - latest).days
        if idle >= STALLED_DAYS:
            found.append(
                f"The pipeline has stalled: nothing has moved for {idle} days; send one application or "
                "check back on one this week."
            )
    return found


def view_markdown(view: PipelineView) -> str:
    out = [f"# Job-search pipeline ({view.today.isoformat()})", ""]
    out += [f"> {w}" for w in view.warnings] + ([""] if view.warnings else [])
    out += ["| Company | Role | Stage | Applied | Next action | Due |", "|---|---|---|---|---|---|"]
    for e in view.entries:
        app = e.application
        due = e.next_action.due.isoformat() if e.next_action.due else ""
        cells = [app.company, app.role, app.stage, app.applied_on.isoformat(), e.next_action.text, due]
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(out) + "\n"


def view_csv(view: PipelineView) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        [
            "id",
            "company",
            "role",
            "stage",
            "applied_on",
            "last_activity",
            "interviews",
            "practice_sessions",
            "next_action",
            "due",
            "stalled",
        ]
    )
    for e in view.entries:
        app = e.application
        writer.writerow(
            [
                app.id,
                _cell(app.company),
                _cell(app.role),
                app.stage,
                app.applied_on.isoformat(),
                app.last_activity.isoformat(),
                len(e.interviews),
                len(e.practice),
                e.next_action.text,
                e.next_action.due.isoformat() if e.next_action.due else "",
                "yes" if e.stalled else "no",
            ]
        )
    return buffer.getvalue()


def _cell(value: str) -> str:
    """A spreadsheet reads a cell starting with = + - @ as a formula: such a name is kept as text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
