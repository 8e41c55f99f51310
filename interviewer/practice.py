"""The application layer: the one service the web app, the terminal mode and the evals call.

It owns the sessions store, one engine per model (each with a scorer whose judge is that same model, all
sharing one guidance store and exemplar bank), starting sessions from plain inputs, answering with
recovery, reports and every export, and deleting a session with everything written for it. Front ends only
lay out and translate."""

from __future__ import annotations

import copy
import shutil
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from interviewer.errors import InputError, InterviewerError
from interviewer.interview.brief import Brief
from interviewer.interview.engine import Engine
from interviewer.interview.exports import EXPORT_FORMATS, ExportFormat, export_report
from interviewer.interview.kit import build_kit, write_kit
from interviewer.interview.objections import find_gaps
from interviewer.interview.practice_plan import practice_plan
from interviewer.interview.profile import Corrections, Length
from interviewer.interview.report import Report
from interviewer.interview.resume import read_resume_bytes
from interviewer.interview.roles import resolve_role
from interviewer.interview.session import Session, Turn
from interviewer.interview.spoken import SpokenAnswer
from interviewer.interview.store import SessionStore, SessionSummary
from interviewer.interview.waits import WaitLog
from interviewer.models.base import ChatModel
from interviewer.models.embedded import EmbeddedModel
from interviewer.scoring.scorer import Scorer
from interviewer.settings import Settings

PRACTICE_READ = 500  # the latest sessions spaced practice reads
LOADING = "loading"  # the wait key of the model loading, which every page waits for alike


@dataclass(frozen=True)
class Setup:
    """What a person gives to start an interview, as plain data from any front end."""

    role: str
    persona: str = "skeptical-hiring-manager"
    length: Length = "standard"
    model: str | None = None
    job_description: str | None = None
    company_brief: str | None = None
    resume_name: str | None = None
    resume_bytes: bytes | None = None  # an uploaded file, read here
    resume_text: str | None = None  # or text already read (the terminal mode, the evals)
    seed: int = 0  # the plan is the same for the same seed (the app draws one unless the person sets it)
    as_of: date | None = None  # tests and evals pin the day resume durations count to


@dataclass(frozen=True)
class Answered:
    """The outcome of sending an answer: the turn it was stored against, and whether the interview ended."""

    session: Session
    turn: Turn
    finished: bool


class Practice:
    def __init__(
        self,
        settings: Settings | None = None,
        store: SessionStore | None = None,
        scorer: Scorer | None = None,
        model: ChatModel | None = None,
        prompts_dir: Path | None = None,
    ) -> None:
        self.settings = settings or Settings.from_env()
        self.store = store or SessionStore.open(self.settings)
        self._shared_store = self.store
        # Cheap to build: the guidance store and the embedding model open on first use (see warm_up).
        self.scorer = scorer or Scorer(self.settings, prompts_dir=prompts_dir)
        self._model = model  # an injected model (the evals' recording cache) serves every engine
        self.prompts_dir = prompts_dir
        self._engines: dict[str, Engine] = {}
        self._turn_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self.ready = threading.Event()
        self._warming = False
        self.waits = WaitLog(self.settings.home / "timings.json")
        self.reports_dir = self.settings.reports_dir

    def as_user(self, owner: str | None) -> Practice:
        """This practice as one account sees it: its own sessions and reports only (the engines, the models
        and the guidance are shared). None: the one-person install, which sees everything."""
        if owner is None:
            return self
        view = copy.copy(self)
        view.store = self.store.for_owner(owner)
        view.reports_dir = self.settings.reports_dir / "accounts" / owner  # account names are path-safe
        return view

    # -- engines ----------------------------------------------------------------------------------------

    def engine(self, model: str | None = None) -> Engine:
        """The engine for a model; its scorer's judge is that model too, as in the terminal mode."""
        name = model or self.settings.model
        with self._lock:
            if name not in self._engines:
                settings = self.settings.with_overrides(model=name)
                scorer = (
                    self.scorer if name == self.scorer.settings.model else self.scorer.with_settings(settings)
                )
                # The shared store: an engine serves every account, each of which loads its sessions
                # through its own view first (`as_user`).
                self._engines[name] = Engine(
                    settings,
                    model=self._model,
                    scorer=scorer,
                    store=self._shared_store,
                    prompts_dir=self.prompts_dir,
                )
            return self._engines[name]

    def warm_up(self) -> None:
        """Open the guidance store, the exemplar vectors and an embedded model in the background, so the first
        start and the first answer are quick."""
        with self._lock:
            if self._warming:
                return
            self._warming = True

        def work() -> None:
            try:
                self.scorer.warm_up()
                model = self.engine().model
                if isinstance(model, EmbeddedModel) and not model.loaded:
                    # Guided turns show their first words without the model; loading it now keeps the
                    # first bridge (after the first answer) from waiting for the weights.
                    with self.waits.timing(LOADING, model.name, "load"):
                        model.base_url  # noqa: B018 - the property loads the weights
                from interviewer.voice.models import voice_installed

                if voice_installed():
                    self.engine().transcriber.warm_up()
            except InterviewerError:
                pass  # the same error reaches the user, with its message, when they use the feature
            finally:
                self.ready.set()

        threading.Thread(target=work, daemon=True, name="warm-up").start()

    def wait_ready(self, timeout: float = 300) -> None:
        if not self.ready.is_set():
            self.warm_up()
            self.ready.wait(timeout=timeout)

    def wait_line(self, session_id: str | None) -> str:
        """What this page is waiting for now and for how long, in one sentence ("" when nothing)."""
        return self.waits.line(LOADING) or (self.waits.line(session_id) if session_id else "")

    def turn_lock(self, session_id: str) -> threading.Lock:
        """Held while a session's next turn is generated: an answer sent meanwhile waits for that question
        rather than asking the model for a second one (two generations at once halve the speed of both)."""
        with self._lock:
            return self._turn_locks.setdefault(session_id, threading.Lock())

    # -- sessions ---------------------------------------------------------------------------------------

    def session(self, session_id: str | None) -> tuple[Engine, Session]:
        if not session_id:
            raise InputError("Start an interview on the Setup tab first.")
        session = self.store.load(session_id)
        return self.engine(session.model), session

    def start(self, setup: Setup) -> tuple[Engine, Session]:
        """A new session from plain inputs: the resume read, the profile checked, a plan made."""
        resume = setup.resume_text
        if setup.resume_bytes is not None:
            resume = read_resume_bytes(setup.resume_name or "resume.txt", setup.resume_bytes)
        engine = self.engine(setup.model)
        profile = engine.profile(
            role=setup.role,
            resume=resume,
            job_description=setup.job_description,
            company_brief=setup.company_brief,
            persona=setup.persona,
            length=setup.length,
            resume_name=setup.resume_name,
            as_of=setup.as_of,
        )
        return engine, engine.start(profile, seed=setup.seed, owner=self.store.new_owner)

    def weak_spots(
        self, today: date, days: int = 0, role: str | None = None, length: Length = "standard", seed: int = 0
    ) -> tuple[Engine, Session, list[str]] | None:
        """A new session that asks the weak spots due within `days` of `today` first (questions and
        objections, spaced by the practice plan), with the documents and persona of the latest interview
        (for `role`, if given); None when nothing is due."""
        sessions = self.readable_sessions(limit=PRACTICE_READ)
        due = practice_plan(sessions, today + timedelta(days=days))
        if role:
            wanted = resolve_role(role).id
            sessions = [s for s in sessions if s.profile.role.id == wanted]
        if not sessions:
            raise InputError("No saved interview to practise from" + (f" for {role}." if role else "."))
        last = sessions[0]  # the most recent: its documents and persona
        asked = {m.question_id for s in sessions for _, m in s.plan.conversation if m.question_id}
        weak = [d.topic for d in due if d.kind == "objection" or (d.kind == "question" and d.topic in asked)]
        if not weak:
            return None
        engine = self.engine(last.model)
        profile = last.profile.model_copy(
            update={"practise": weak, "as_of": today, "length": length, "dismissed_objections": []}
        )
        return engine, engine.start(profile, seed=seed, owner=self.store.new_owner), weak

    def brief(self, session: Session) -> Brief:
        return self.engine(session.model).brief(session)

    def answer(self, session: Session, text: str, spoken: SpokenAnswer | None = None) -> Answered:
        """Store and score an answer. An answer saved earlier whose scoring failed is scored again first,
        never attached to a question the candidate has not seen (see `Engine.answer`)."""
        turn = self.engine(session.model).answer(session, text, spoken=spoken)
        return Answered(session=session, turn=turn, finished=session.status == "finished")

    def retry(self, session: Session, turn_index: int, text: str, spoken: SpokenAnswer | None = None) -> Turn:
        """Answer a scored turn again ("try again"); the earlier attempt is kept beside the new one."""
        with self.turn_lock(session.id):
            return self.engine(session.model).retry(session, turn_index, text, spoken=spoken)

    @staticmethod
    def below_bar(session: Session, bar: int) -> list[Turn]:
        """The answered turns whose score is under `bar`: what a drill works through, weakest first."""
        scored = [t for t in session.turns if t.answer is not None and (t.overall or 0) < bar]
        scored = [t for t in scored if t.overall is not None]
        return sorted(scored, key=lambda t: (t.overall or 0, t.index))

    def dismiss_objections(self, session: Session, topics: list[str]) -> list[str]:
        """Mark planned objections "not true of me"; one already asked cannot be taken back."""
        asked = {t.topic for t in session.turns if t.kind == "objection"}
        planned = {o.topic for o in session.plan.objections}
        unknown = [t for t in topics if t not in planned]
        if unknown:
            raise InputError(f"No planned objection {', '.join(unknown)} in this session.")
        if any(t in asked for t in topics):
            raise InputError("That objection has already been asked; answer it, or try the answer again.")
        session.profile.dismissed_objections = sorted(set(topics))
        self.store.save_profile(session)
        return session.profile.dismissed_objections

    def correct_resume(self, session: Session, corrections: Corrections) -> tuple[list[str], list[str]]:
        """Take the candidate's corrections over what was read from their resume. A planned objection they
        answer is dismissed (one already asked stays); one they would now raise is returned, to be said,
        since the plan of a started session is not rebuilt. Returns (dismissed, would now be raised)."""
        profile = session.profile.model_copy(update={"corrections": corrections})
        now = {o.topic for o in find_gaps(profile.role, profile.resume, profile.job_description,
                                          profile.as_of, corrections=corrections)}  # fmt: skip
        asked = {t.topic for t in session.turns if t.kind == "objection"}
        planned = [o.topic for o in session.plan.objections]
        answered = [t for t in planned if t not in now and t not in asked]
        session.profile = profile.model_copy(
            update={"dismissed_objections": sorted({*profile.dismissed_objections, *answered})}
        )
        self.store.save_profile(session)
        return answered, sorted(now - set(planned))

    def summaries(self) -> list[SessionSummary]:
        return self.store.list()

    def readable_sessions(self, limit: int = 50) -> list[Session]:
        """The most recent sessions that can be read; a damaged one is listed as such, never fatal."""
        return self.store.readable(limit)

    def delete(self, session_id: str) -> None:
        """The session, its turns, its recordings and every report or brief written for it."""
        self.store.delete(session_id)
        shutil.rmtree(self.settings.audio_dir / session_id, ignore_errors=True)
        for path in self._written_files(session_id):
            path.unlink(missing_ok=True)

    # -- reports and exports ----------------------------------------------------------------------------

    def report(self, session: Session) -> Report:
        return self.engine(session.model).report(session)

    def export(self, session: Session, fmt: ExportFormat) -> bytes:
        return export_report(session, self.report(session), fmt)

    def write_exports(self, session: Session) -> dict[ExportFormat, Path]:
        """Every export written under INTERVIEWER_HOME/reports, for downloads."""
        report = self.report(session)
        folder = self.reports_dir
        folder.mkdir(parents=True, exist_ok=True)
        paths: dict[ExportFormat, Path] = {}
        for fmt in EXPORT_FORMATS:
            paths[fmt] = folder / f"interview-{session.id}.{fmt}"
            paths[fmt].write_bytes(export_report(session, report, fmt))
        return paths

    def write_brief(self, session: Session, brief: Brief) -> Path:
        path = self.reports_dir / f"{session.id}-brief.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(brief.markdown(), encoding="utf-8")
        return path

    def write_kit(self, session: Session) -> tuple[Path, Path] | None:
        """The follow-up kit of a finished session as Markdown and a calendar file; None before the end."""
        if session.status != "finished":
            return None
        stamp = datetime.fromisoformat(session.updated_at).astimezone(UTC)
        return write_kit(self.reports_dir, build_kit(session), stamp)

    def _written_files(self, session_id: str) -> list[Path]:
        folder = self.reports_dir
        names = [f"interview-{session_id}.{fmt}" for fmt in EXPORT_FORMATS] + [f"{session_id}-brief.md"]
        names += [f"followup-{session_id}.md", f"followup-{session_id}.ics"]
        return [folder / name for name in names]
