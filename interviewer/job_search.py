"""The application layer for the search around the interviews: logging a real interview, the follow-up kit
of any interview, the pipeline and the story bank. The app and the terminal commands both call it; "today"
is a parameter, so only the front ends read the clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

from interviewer.errors import InputError
from interviewer.interview.kit import FollowUpKit, build_kit, write_kit
from interviewer.interview.pipeline import (
    Application,
    PipelineView,
    moved,
    new_application,
    pipeline_view,
    view_csv,
    view_markdown,
)
from interviewer.interview.pipeline_store import PipelineStore
from interviewer.interview.real_interview import Met, RealInterview, log_interview, real_kit, required_text
from interviewer.interview.store import SessionStore
from interviewer.interview.stories import StoryBank, story_bank, strongest_texts
from interviewer.scoring.thank_you import ThankYouCheck, check_thank_you

SESSIONS_READ = 500  # the latest sessions the story bank reads
MAX_NOTE_CHARS = 3000  # a thank-you note is a few sentences; a page pasted by mistake is refused


class JobSearch:
    def __init__(self, store: SessionStore, reports_dir: Path) -> None:
        self.store = store
        self.pipeline_store = PipelineStore(store)
        self.reports_dir = reports_dir

    # -- real interviews and their follow-up kits ------------------------------------------------------

    def log(
        self,
        company: str,
        role: str,
        held_on: date,
        met: list[Met],
        today: date,
        notes: str | None = None,
        decision: str | None = None,
    ) -> RealInterview:
        """Check and keep a real interview; it joins its application in the pipeline."""
        interview = log_interview(company, role, held_on, met, today, notes=notes, decision=decision)
        return self.pipeline_store.log_interview(interview, today)

    def stories(self, session_id: str | None = None) -> StoryBank:
        sessions = [self.store.load(session_id)] if session_id else self.store.readable(SESSIONS_READ)
        return story_bank(sessions)

    def kit(self, interview_id: str) -> tuple[FollowUpKit, datetime]:
        """The kit of a logged interview or a finished mock session, and the stamp its calendar carries
        (the interview's own day, so the same log always gives the same file)."""
        logged = self.pipeline_store.interview(interview_id)
        if logged is not None:
            stamp = datetime.combine(logged.held_on, time(), tzinfo=UTC)
            return real_kit(logged, strongest_texts(self.stories())), stamp
        if not self.store.has(interview_id):
            raise InputError(
                f"No session or logged interview '{interview_id}'; `interviewer sessions list` and "
                "`interviewer pipeline list` show them."
            )
        session = self.store.load(interview_id)
        return build_kit(session), datetime.fromisoformat(session.updated_at).astimezone(UTC)

    def edit_note(self, interview_id: str, person: str, text: str) -> ThankYouCheck:
        """Keep the candidate's own version of a thank-you note to one person met; returns its check."""
        interview = self.pipeline_store.interview(interview_id)
        if interview is None:
            raise InputError(f"No logged interview '{interview_id}'; log it first.")
        if person not in {m.name for m in interview.met}:
            raise InputError(f"'{person}' is not one of the people met at this interview.")
        note = required_text(text, "note", limit=MAX_NOTE_CHARS)
        self.pipeline_store.save_interview(
            interview.model_copy(update={"edited": {**interview.edited, person: note}})
        )
        conversation = " ".join([*(m.cared_about for m in interview.met), interview.notes])
        return check_thank_you(note, person, conversation)

    def write_kit(self, interview_id: str) -> tuple[Path, Path]:
        """The kit as Markdown and a calendar file under INTERVIEWER_HOME/reports, for downloads."""
        return write_kit(self.reports_dir, *self.kit(interview_id))

    # -- the pipeline -----------------------------------------------------------------------------------

    def pipeline(self, today: date) -> PipelineView:
        store = self.pipeline_store
        return pipeline_view(store.applications(), store.interviews(), store.practice(), today)

    def add(self, company: str, role: str, today: date, stage: str = "applied") -> Application:
        application = new_application(company, role, today, stage=stage)
        self.pipeline_store.add([application])
        return application

    def move(self, application_id: str, stage: str, today: date) -> Application:
        application = moved(self.pipeline_store.get(application_id), stage, today, None, None)
        self.pipeline_store.update(application)
        return application

    def delete(self, item_id: str) -> str:
        """An application with its logged interviews, or one logged interview; its kit files go too."""
        deleted = self.pipeline_store.delete(item_id)
        for suffix in ("md", "ics"):
            (self.reports_dir / f"followup-{item_id}.{suffix}").unlink(missing_ok=True)
        return deleted

    def export(self, today: date, fmt: str) -> Path:
        view = self.pipeline(today)
        self.reports_dir.mkdir(parents=True, exist_ok=True)
        path = self.reports_dir / f"pipeline.{fmt}"
        path.write_text(view_markdown(view) if fmt == "md" else view_csv(view), encoding="utf-8", newline="")
        return path
