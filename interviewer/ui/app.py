"""The Gradio app: a thin skin over the engine. Each handler calls engine functions and `views`, nothing more.

Each browser tab holds only its session id (`gr.State`); the session itself lives in the sessions database, so
tabs never see each other's work and a closed tab loses nothing.
"""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # also set on package import (interviewer.offline)

import hmac
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import gradio as gr
import pandas as pd

from interviewer.errors import ConfigError, InputError, InterviewerError
from interviewer.interview.engine import Engine, SpokenAnswer
from interviewer.interview.personas import PERSONAS
from interviewer.interview.resume import read_resume_bytes
from interviewer.interview.roles import load_roles
from interviewer.interview.session import Session
from interviewer.interview.store import SessionStore
from interviewer.models.registry import known_models
from interviewer.scoring.scorer import Scorer
from interviewer.settings import Settings
from interviewer.ui import views
from interviewer.ui.uploads import uploaded_file
from interviewer.voice.models import VOICE_EXTRA, voice_installed

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
CONCURRENCY = 2  # handlers running at once; the rest wait in the queue, which shows their place
QUEUE_SIZE = 64
STREAM_INTERVAL = 0.05  # seconds between streamed updates of a turn


class Practice:
    """The app's engines, one per model, sharing one store and one scorer."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = SessionStore(settings.sessions_db)
        # Cheap to build: the store and the embedding model open on first use (see warm_up).
        self.scorer = Scorer(settings)
        self._engines: dict[str, Engine] = {}
        self._lock = threading.Lock()
        self.ready = threading.Event()
        self._warming = False

    def warm_up(self) -> None:
        """Open the guidance store and exemplar vectors in the background, so the first start is quick.

        Called on the first page load rather than at launch: the page comes up first, and the store opens
        while the user fills in the setup form."""
        with self._lock:
            if self._warming:
                return
            self._warming = True

        def work() -> None:
            try:
                self.scorer.warm_up()
                if voice_installed():
                    # Whisper's parts are joined and checked once; done now, the first answer is quick.
                    self.engine().transcriber.warm_up()
            except InterviewerError:
                pass  # the same error reaches the user, with its message, when they use the feature
            finally:
                self.ready.set()

        threading.Thread(target=work, daemon=True, name="warm-up").start()

    def engine(self, model: str | None = None) -> Engine:
        name = model or self.settings.model
        with self._lock:
            if name not in self._engines:
                settings = self.settings.model_copy(update={"model": name})
                self._engines[name] = Engine(settings, scorer=self.scorer, store=self.store)
            return self._engines[name]

    def session(self, session_id: str | None) -> tuple[Engine, Session]:
        if not session_id:
            raise InterviewerError("Start an interview on the Setup tab first.")
        session = self.store.load(session_id)
        return self.engine(session.model), session


def _spoken(pending: dict[str, Any] | None) -> SpokenAnswer | None:
    """The recording waiting to be sent; its path comes back from the client, so it is checked again."""
    if not pending:
        return None
    spoken = SpokenAnswer.model_validate(pending)
    spoken.audio = uploaded_file(spoken.audio)
    return spoken


def chosen_model(name: str | None, listed: list[str]) -> str:
    """A model from the list, or a served `openai:` model; a client never names a file on the server."""
    name = (name or "").strip()
    if not name:
        return listed[0]
    if name in listed or (name.startswith("openai:") and len(name) > len("openai:")):
        return name
    raise InputError(
        "Choose a model from the list (or type openai:<model> for the configured server); a model file "
        "is set with INTERVIEWER_MODEL or `interviewer ui --model`."
    )


def _frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=columns)


def build_app(settings: Settings | None = None) -> gr.Blocks:
    practice = Practice(settings or Settings.from_env())
    roles = load_roles()
    role_choices = [(role.title, role.id) for role in roles.values()]
    models = list(
        dict.fromkeys([practice.settings.model, *(m.name for m in known_models(practice.settings))])
    )

    voice = voice_installed()
    with gr.Blocks(title="Mock interviewer") as app:
        session_id = gr.State(None)
        spoken = gr.State(None)  # the recording and transcript waiting to be sent with the answer
        # The id of a session whose interview has just ended: its change opens the report. Answers update
        # this State rather than the report's components, since Gradio rebuilds every component sent as
        # `gr.update()` on every streamed update (about 1 ms each, eight per update).
        ended = gr.State(None)
        gr.Markdown(
            "# Mock interviewer\nPractise a senior interview: prepare, answer, and get scored feedback."
        )
        stage = gr.Markdown(views.stage_markdown(None))
        status = gr.Markdown("")
        with gr.Tabs(selected="setup") as tabs:
            with gr.Tab("Setup", id="setup"):
                with gr.Row():
                    role = gr.Dropdown(
                        choices=role_choices, value="cfo", label="Role", allow_custom_value=True, scale=2
                    )
                    persona = gr.Dropdown(
                        choices=[(p.name, p.id) for p in PERSONAS.values()],
                        value="skeptical-hiring-manager",
                        label="Interviewer persona",
                    )
                    length = gr.Radio(["short", "standard", "long"], value="standard", label="Length")
                    model = gr.Dropdown(
                        choices=models, value=models[0], label="Model", allow_custom_value=True
                    )
                with gr.Row():
                    job_description = gr.Textbox(label="Job description (optional)", lines=6)
                    company_brief = gr.Textbox(label="Company brief (optional)", lines=6)
                resume = gr.File(
                    label="Resume (PDF, DOCX, TXT or Markdown; optional)",
                    file_types=[".pdf", ".docx", ".txt", ".md", ".markdown"],
                    type="filepath",
                )
                start = gr.Button("Start interview", variant="primary")
            with gr.Tab("Preparation", id="preparation"):
                brief = gr.Markdown("_Start an interview to see your preparation brief._")
                brief_file = gr.DownloadButton("Download brief", value=None, visible=False)
            with gr.Tab("Interview", id="interview"), gr.Row():
                with gr.Column(scale=3):
                    chat = gr.Chatbot(label="Interview", height=460)
                    answer = gr.Textbox(label="Your answer", lines=5, placeholder="Type your answer…")
                    if voice:
                        with gr.Row():
                            mic = gr.Audio(
                                sources=["microphone", "upload"],
                                type="filepath",
                                label="Answer by voice (the transcript appears above, to edit)",
                                waveform_options=gr.WaveformOptions(sample_rate=16000),
                            )
                            with gr.Column():
                                speak_turns = gr.Checkbox(
                                    label="Speak the interviewer's turns aloud", value=False
                                )
                                voice_out = gr.Audio(
                                    label="Interviewer's voice",
                                    autoplay=True,
                                    interactive=False,
                                    type="numpy",
                                )
                    else:
                        gr.Markdown(f"_Voice practice needs the voice extra: `{VOICE_EXTRA}`._")
                    with gr.Row():
                        send = gr.Button("Send answer", variant="primary")
                        retry = gr.Button("Try this answer again")
                        finish = gr.Button("Show report")
                with gr.Column(scale=2):
                    # Inline SVG rather than a plot component: five bars need no charting library, and
                    # the same drawing serves the HTML report.
                    chart = gr.HTML(views.scorecard_svg(None), label="Scorecard")
                    scorecard = gr.Markdown(views.scorecard_markdown(None))
                    with gr.Accordion("Guidance cited", open=False):
                        citations = gr.Markdown("")
            with gr.Tab("Report", id="report"):
                report_md = gr.Markdown("_The report appears when the interview ends._")
                with gr.Row():
                    dims_plot = gr.LinePlot(
                        _frame([], ["turn", "dimension", "score"]),
                        x="turn",
                        y="score",
                        color="dimension",
                        y_lim=[0, 5],
                        label="Dimensions across the session",
                    )
                    per_question = gr.BarPlot(
                        _frame([], ["question", "score"]),
                        x="question",
                        y="score",
                        y_lim=[0, 100],
                        label="Score per question",
                    )
                with gr.Row():
                    recordings = gr.Dropdown(
                        choices=[], label="Recorded answers", visible=False, allow_custom_value=False
                    )
                    recording = gr.Audio(label="Your recorded answer", type="filepath", interactive=False)
                with gr.Row():
                    report_md_file = gr.DownloadButton("Download Markdown", value=None, visible=False)
                    report_html_file = gr.DownloadButton("Download HTML", value=None, visible=False)
                    report_json_file = gr.DownloadButton("Download JSON", value=None, visible=False)
            with gr.Tab("History", id="history"):
                history = gr.Dataframe(
                    headers=["id", "updated", "role", "persona", "status", "answers", "mean"],
                    label="Past sessions",
                    interactive=False,
                )
                progress_plot = gr.LinePlot(
                    _frame([], ["session", "dimension", "mean"]),
                    x="session",
                    y="mean",
                    color="dimension",
                    label="Progress per dimension",
                )
                with gr.Row():
                    chosen = gr.Dropdown(choices=[], label="Session", allow_custom_value=False)
                    refresh = gr.Button("Refresh history")
                    resume_button = gr.Button("Resume session")
                    delete_button = gr.Button("Delete session")

        # -- handlers: each one wires engine calls to components -------------------------------------------

        def on_start(
            role_value: str,
            persona_value: str,
            length_value: str,
            model_value: str,
            jd: str,
            brief_text: str,
            resume_path: str | None,
            progress: gr.Progress = gr.Progress(),  # noqa: B008 - gradio injects it by this default
        ) -> tuple[Any, ...]:
            try:
                if not practice.ready.is_set():
                    practice.warm_up()  # a client that never loaded the page starts it here
                    progress(0.2, desc="Preparing the guidance store (first run only)…")
                    practice.ready.wait(timeout=300)
                resume_text, resume_name = None, None
                if resume_path:
                    upload = uploaded_file(resume_path)
                    resume_name = upload.name
                    resume_text = read_resume_bytes(resume_name, upload.read_bytes())
                engine = practice.engine(chosen_model(model_value, models))
                profile = engine.profile(
                    role=role_value or "",
                    resume=resume_text,
                    job_description=jd,
                    company_brief=brief_text,
                    persona=persona_value,
                    length=length_value,  # type: ignore[arg-type]
                    resume_name=resume_name,
                )
                session = engine.start(profile, seed=0)
                prepared = engine.brief(session)
            except InterviewerError as exc:
                gr.Warning(str(exc))
                return (gr.update(),) * 7 + (f"⚠ {exc}",)
            path = practice.settings.reports_dir / f"{session.id}-brief.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(prepared.markdown(), encoding="utf-8")
            return (
                session.id,
                prepared.markdown(),
                gr.update(value=str(path), visible=True),
                views.stage_markdown("interview"),
                [],
                gr.Tabs(selected="interview"),
                gr.update(label=views.answer_label(session), value=""),
                "",
            )

        def stream_turn(sid: str | None) -> Iterator[tuple[Any, ...]]:
            try:
                engine, session = practice.session(sid)
            except InterviewerError as exc:
                gr.Warning(str(exc))
                yield gr.update(), gr.update(), gr.update(), f"⚠ {exc}"
                return
            yield from stream_session(engine, session)

        def waiting(engine: Engine) -> dict[str, str]:
            """The placeholder in the chat while the interviewer's next turn starts."""
            if not getattr(engine.model, "loaded", True):
                return {
                    "role": "assistant",
                    "content": "_Loading the model (first turn only; this can take a minute)…_",
                }
            return {"role": "assistant", "content": "_…_"}

        def stream_session(
            engine: Engine, session: Session, shown_at: float = 0.0
        ) -> Iterator[tuple[Any, ...]]:
            """The next turn of a session already in hand, as (chat, stage, answer box, status) updates.

            Each update makes Gradio process and send every output again, so updates are paced: streamed text
            at most every STREAM_INTERVAL (a browser repaints no faster), and always the finished turn.
            `shown_at` is when the caller last showed the chat, with the placeholder already in it."""
            try:
                if session.status == "finished":
                    return
                partial = ""
                if session.open_turn is None and not shown_at:
                    yield (
                        [*views.chat_messages(session), waiting(engine)],
                        views.stage_markdown(session.stage),
                        gr.update(),
                        "",
                    )
                    shown_at = time.monotonic()
                for event in engine.next_turn(session):
                    if event.kind == "done":
                        partial = ""
                    else:  # streamed text, or a reset after a draft broke a rule
                        partial = partial + event.text if event.kind == "delta" else ""
                        if time.monotonic() - shown_at < STREAM_INTERVAL:
                            continue  # shown with a later update
                    shown_at = time.monotonic()
                    shown = views.chat_messages(session)
                    if partial:
                        shown.append({"role": "assistant", "content": partial})
                    label = gr.update(label=views.answer_label(session))
                    yield shown, views.stage_markdown(session.stage), label, ""
            except InterviewerError as exc:
                gr.Warning(str(exc))
                yield gr.update(), gr.update(), gr.update(), f"⚠ {exc} — press Send again to retry."

        def assessed_outputs(session: Session) -> tuple[Any, ...]:
            turn = views.last_assessed(session)
            return (
                views.chat_messages(session),
                views.scorecard_svg(turn),
                views.scorecard_markdown(turn),
                views.citations_markdown(turn),
                views.stage_markdown(session.stage),
            )

        def on_answer(
            sid: str | None, text: str, pending: dict[str, Any] | None
        ) -> Iterator[tuple[Any, ...]]:
            """Score the answer, then stream the next turn in the same call: one queue round trip per turn
            instead of three. When the interview ends, `ended` takes the session's id and the report opens."""
            going_on = gr.skip()  # for `ended`: the interview goes on
            try:
                engine, session = practice.session(sid)
                if (
                    session.open_turn is None
                    and session.unscored_turn is None
                    and session.status != "finished"
                ):
                    # The question was lost to an error: show it, and keep the answer in the box for it.
                    notice = (
                        "Here is the question your answer goes to; your text is still in the box: send it."
                    )
                    for shown, stage_value, label, status_text in stream_session(engine, session):
                        yield (
                            shown,
                            gr.skip(),
                            gr.skip(),
                            gr.skip(),
                            stage_value,
                            label,
                            status_text or notice,
                            gr.skip(),
                            going_on,
                        )
                    return
                engine.answer(session, text, spoken=_spoken(pending))
            except InterviewerError as exc:
                gr.Warning(str(exc))
                # The typed answer and the recording stay, to send again.
                yield (gr.update(),) * 5 + (gr.update(), f"⚠ {exc}", gr.update(), going_on)
                return
            chat_value, chart_value, card_md, cited_md, stage_md = assessed_outputs(session)
            if session.status == "finished":
                yield (chat_value, chart_value, card_md, cited_md, stage_md, "", "", None, session.id)
                return
            # The scorecard and the placeholder for the next turn in one update.
            shown = [*chat_value, waiting(engine)]
            yield (shown, chart_value, card_md, cited_md, stage_md, "", "", None, going_on)
            shown_at = time.monotonic()
            for shown, stage_value, label, status_text in stream_session(engine, session, shown_at):
                yield (shown, chart_value, card_md, cited_md, stage_value, label, status_text, None, going_on)

        def on_retry(sid: str | None, text: str, pending: dict[str, Any] | None) -> tuple[Any, ...]:
            try:
                engine, session = practice.session(sid)
                turn = views.last_assessed(session)
                if turn is None:
                    raise InterviewerError("There is no answered question to try again yet.")
                engine.retry(session, turn.index, text, spoken=_spoken(pending))
            except InterviewerError as exc:
                gr.Warning(str(exc))
                return (gr.update(),) * 5 + (gr.update(), f"⚠ {exc}", gr.update())
            return (*assessed_outputs(session), "", "", None)

        def on_transcribe(audio_path: str | None, typed: str) -> tuple[Any, ...]:
            """A recording becomes editable text in the answer box; nothing is scored until it is sent."""
            if not audio_path:
                return gr.update(), None, ""
            try:
                started = time.perf_counter()
                heard = practice.engine().transcribe(uploaded_file(audio_path))
            except InterviewerError as exc:
                gr.Warning(str(exc))
                return gr.update(), None, f"⚠ {exc} Your typed answer is unchanged."
            took = time.perf_counter() - started
            note = " ".join(heard.transcript.notices)
            status_text = (
                f"Transcribed {heard.transcript.audio_seconds:.0f} s of speech in {took:.1f} s: "
                f"check the text, then send it. {note}"
            )
            return heard.transcript.text, heard.model_dump(mode="json"), status_text.strip()

        def on_speak(sid: str | None, enabled: bool) -> Any:
            if not enabled or not sid:
                return gr.update()
            try:
                engine, session = practice.session(sid)
                turn = session.open_turn
                return engine.speak(turn.question) if turn is not None else gr.update()
            except InterviewerError as exc:
                gr.Warning(str(exc))
                return gr.update()

        def on_play(sid: str | None, index: int | None) -> Any:
            try:
                _, session = practice.session(sid)
            except InterviewerError as exc:
                gr.Warning(str(exc))
                return None
            turn = next((t for t in session.turns if t.index == index and t.audio), None)
            return str(practice.settings.home / turn.audio) if turn is not None and turn.audio else None

        def on_report(sid: str | None) -> tuple[Any, ...]:
            try:
                engine, session = practice.session(sid)
            except InterviewerError as exc:
                gr.Warning(str(exc))
                return (gr.update(),) * len(report_outputs)
            report = engine.report(session)
            folder = practice.settings.reports_dir
            folder.mkdir(parents=True, exist_ok=True)
            files = {
                "md": report.markdown(),
                "html": views.report_html(report),
                "json": views.report_json(session, report),
            }
            paths = {}
            for suffix, content in files.items():
                paths[suffix] = folder / f"interview-{session.id}.{suffix}"
                paths[suffix].write_text(content, encoding="utf-8")
            return (
                report.markdown(),
                _frame(views.report_dimension_rows(report), ["turn", "dimension", "score"]),
                _frame(views.report_question_rows(report), ["question", "score"]),
                gr.update(value=str(paths["md"]), visible=True),
                gr.update(value=str(paths["html"]), visible=True),
                gr.update(value=str(paths["json"]), visible=True),
                gr.update(
                    choices=[(f"{t.index}. {t.question[:60]}", t.index) for t in report.turns if t.audio],
                    visible=any(t.audio for t in report.turns),
                ),
                gr.Tabs(selected="report"),
            )

        def on_ended(ended_id: str | None) -> tuple[Any, ...]:
            return on_report(ended_id) if ended_id else (gr.skip(),) * len(report_outputs)

        def on_refresh() -> tuple[Any, ...]:
            try:
                summaries = practice.store.list()
            except InterviewerError as exc:
                gr.Warning(str(exc))
                return gr.update(), gr.update(), gr.update()
            sessions = []
            for summary in summaries[:50]:
                try:
                    sessions.append(practice.store.load(summary.id))
                except InterviewerError:
                    continue  # a damaged session is listed as such and left out of the progress chart
            return (
                views.history_rows(summaries),
                _frame(views.progress_rows(sessions), ["session", "dimension", "mean"]),
                gr.update(choices=[(f"{s.role} · {s.updated_at[:16]} · {s.id}", s.id) for s in summaries]),
            )

        def on_resume(chosen_id: str | None) -> tuple[Any, ...]:
            try:
                engine, session = practice.session(chosen_id)
            except InterviewerError as exc:
                gr.Warning(str(exc))
                return (gr.update(),) * 6
            turn = views.last_assessed(session)
            return (
                session.id,
                views.chat_messages(session),
                views.stage_markdown(session.stage),
                views.scorecard_markdown(turn),
                engine.brief(session).markdown(),
                gr.Tabs(selected="interview"),
            )

        def on_delete(chosen_id: str | None) -> tuple[Any, ...]:
            try:
                if not chosen_id:
                    raise InterviewerError("Choose a session to delete.")
                practice.store.delete(chosen_id)
            except InterviewerError as exc:
                gr.Warning(str(exc))
            return on_refresh()

        setup_inputs = [role, persona, length, model, job_description, company_brief, resume]
        turn_outputs = [chat, stage, answer, status]
        assessed = [chat, chart, scorecard, citations, stage, answer, status, spoken]
        report_outputs = [
            report_md,
            dims_plot,
            per_question,
            report_md_file,
            report_html_file,
            report_json_file,
            recordings,
            tabs,
        ]
        history_outputs = [history, progress_plot, chosen]

        started = start.click(
            on_start,
            setup_inputs,
            [session_id, brief, brief_file, stage, chat, tabs, answer, status],
            api_name="start",
        )
        shown_turn = started.success(stream_turn, [session_id], turn_outputs, api_name="next_turn")
        # "minimal": the timer and the queue position in a corner, without the overlay that greys out the
        # chat and the scorecard on every answer; measured 25 ms quicker to the next question in Chromium.
        answered = [
            trigger(
                on_answer,
                [session_id, answer, spoken],
                [*assessed, ended],
                api_name="answer",
                show_progress="minimal",
            )
            for trigger in (send.click, answer.submit)
        ]
        retry.click(on_retry, [session_id, answer, spoken], assessed, api_name="retry")
        recordings.change(on_play, [session_id, recordings], [recording])
        if voice:
            for event in (mic.stop_recording, mic.upload):
                event(on_transcribe, [mic, answer], [answer, spoken, status], api_name="transcribe")
            for done in (shown_turn, *answered):
                done.then(on_speak, [session_id, speak_turns], [voice_out])
            for done in answered:
                # A sent recording is cleared; one that failed to send stays, with its transcript.
                done.then(lambda pending: gr.update() if pending else None, [spoken], [mic])
        ended.change(on_ended, [ended], report_outputs)
        finish.click(on_report, [session_id], report_outputs, api_name="report")
        refresh.click(on_refresh, None, history_outputs, api_name="history")
        resume_button.click(
            on_resume, [chosen], [session_id, chat, stage, scorecard, brief, tabs], api_name="resume"
        ).success(stream_turn, [session_id], turn_outputs)
        delete_button.click(on_delete, [chosen], history_outputs, api_name="delete")
        app.load(practice.warm_up, None, None)
        _ = answered
        app.load(on_refresh, None, history_outputs)
        # A damaged database was kept aside and repaired at start-up: the user hears it once, in one sentence.
        app.load(lambda: f"⚠ {practice.store.notice}" if practice.store.notice else gr.skip(), None, [status])
    app.queue(default_concurrency_limit=CONCURRENCY, max_size=QUEUE_SIZE)
    return app  # type: ignore[no-any-return]


class LoginThrottle:
    """The app's login, checked in constant time, with a pause after repeated failures for one name.

    Gradio calls it with each attempt; after MAX_FAILURES wrong passwords within WINDOW seconds, that name is
    refused for the rest of the window whatever the password, so guessing runs at a few tries a minute."""

    MAX_FAILURES = 5
    WINDOW = 300.0

    def __init__(self, user: str, password: str, clock: Callable[[], float] = time.monotonic) -> None:
        self.user, self.password, self.clock = user, password, clock
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def __call__(self, user: str, password: str) -> bool:
        now = self.clock()
        with self._lock:
            recent = [t for t in self._failures.get(user, []) if now - t < self.WINDOW]
            self._failures[user] = recent
            if len(recent) >= self.MAX_FAILURES:
                return False
            ok = hmac.compare_digest(user.encode(), self.user.encode()) & hmac.compare_digest(
                password.encode(), self.password.encode()
            )
            if not ok:
                recent.append(now)
            return bool(ok)


def login_for(host: str, no_auth: bool, settings: Settings) -> LoginThrottle | None:
    """The login the app needs on this address, or a ConfigError naming the settings to set."""
    if host in LOCAL_HOSTS or no_auth:
        return None
    if not (settings.ui_user and settings.ui_password):
        raise ConfigError(
            f"Serving on {host} makes the app reachable from other machines: set INTERVIEWER_UI_USER and "
            "INTERVIEWER_UI_PASSWORD, or pass --no-auth to serve without a login."
        )
    return LoginThrottle(settings.ui_user, settings.ui_password)


def launch(
    host: str = "127.0.0.1",
    port: int = 7860,
    no_auth: bool = False,
    settings: Settings | None = None,
    block: bool = True,
) -> gr.Blocks:
    settings = settings or Settings.from_env()
    auth = login_for(host, no_auth, settings)
    app = build_app(settings)
    app.launch(
        server_name=host,
        server_port=port,
        auth=auth,
        prevent_thread_lock=not block,
        show_error=False,
        quiet=True,
        # Reports to download and recorded answers to replay; nothing else under INTERVIEWER_HOME is served.
        allowed_paths=[str(settings.reports_dir), str(settings.audio_dir)],
    )
    return app
