"""The Gradio app: the layout (`layout.py`) wired to the handlers (`handlers.py`), which call the application
layer (`interviewer.practice`). This module only connects events to handlers and serves the page.

Each browser tab holds only its session id (`gr.State`); the session itself lives in the sessions database, so
tabs never see each other's work and a closed tab loses nothing.
"""

from __future__ import annotations

import hmac
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import gradio as gr
from fastapi.responses import JSONResponse
from starlette.middleware import Middleware

from interviewer.errors import ConfigError, InterviewerError
from interviewer.interview.accounts import Accounts
from interviewer.models.registry import known_models
from interviewer.practice import Practice
from interviewer.settings import Settings
from interviewer.ui import handlers as h
from interviewer.ui import history as hist
from interviewer.ui import views
from interviewer.ui.accounts import (
    PerAccount,
    RateLimit,
    accounts_login,
    no_accounts_with_no_auth,
    per_request,
)
from interviewer.ui.files import NoDirectFiles
from interviewer.ui.layout import UI, build_layout
from interviewer.ui.preparation import on_correct
from interviewer.ui.search_tab import wire_search
from interviewer.voice.models import voice_installed

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
# The wait line sits at the foot of the window, over the page rather than in it, so its coming and going
# never moves the answer box; on a phone (one column) the chat gives up height so Send stays on screen.
APP_CSS = """
#wait-line { position: fixed; left: 0; right: 0; bottom: 0; z-index: 50; margin: 0; padding: 4px 16px;
  background: var(--background-fill-secondary); border-top: 1px solid var(--border-color-primary); }
#wait-line:not(:has(p)) { display: none; }
@media (max-width: 640px) {
  #interview-chat { height: 38vh !important; min-height: 0 !important; }
}
"""
# Runs in the page before the handler: a session is deleted only after the user confirms it.
CONFIRM_DELETE_JS = f"""(id) => (id && !window.confirm(
  "Delete this session, its recordings and its exports? This cannot be undone."))
  ? "{hist.DELETE_CANCELLED}" : id"""
_ADDRESS_JS = """(id) => {
  const url = new URL(window.location.href);
  if (id) { url.searchParams.set("session", id); } else { url.searchParams.delete("session"); }
  window.history.replaceState(null, "", url);
}"""
MAX_UPLOAD = "25mb"  # a resume or a recorded answer; Gradio refuses a bigger upload before it is stored
CONCURRENCY = 2  # handlers running at once; the rest wait in the queue, which shows their place
QUEUE_SIZE = 64


def model_labels(settings: Settings) -> dict[str, str]:
    """The models a person can choose, in plain words: the configured one first, then the installed local ones
    (not the ones kept for plumbing tests)."""
    labels = {settings.model: f"{settings.model} (configured)"}
    for info in known_models(settings):
        if info.name == settings.model or info.installed and "plumbing" not in info.description:
            labels[info.name] = f"{info.name}: {info.description.split(': ', 1)[-1]}"
    return labels


def build_app(
    settings: Settings | None = None, practice: Practice | None = None, accounts_on: bool = False
) -> gr.Blocks:
    """The app. With `accounts_on` each request runs as its logged-in account and sees only its own work."""
    practice = practice or Practice(settings or Settings.from_env())
    per = PerAccount(practice, accounts_on, RateLimit(practice.settings.rate_limit))
    labels = model_labels(practice.settings)
    models = list(labels)
    voice = voice_installed()
    with gr.Blocks(title="Mock interviewer") as app:
        ui = build_layout([(labels[m], m) for m in models], voice)
        _wire(app, ui, per, models, voice)
        wire_search(app, ui.search, per)
    app.queue(default_concurrency_limit=CONCURRENCY, max_size=QUEUE_SIZE)
    return app  # type: ignore[no-any-return]


def _wire(app: gr.Blocks, ui: UI, per: PerAccount, models: list[str], voice: bool) -> None:
    """Events to handlers. Output lists keep the order API clients see; handlers return updates by key.
    Each handler gets the practice of the request's account; `limited` ones (they call the model) also
    count against the account's rate limit."""
    practice = per.base

    def bound(handler: Callable[..., Any], *extra: Any, limited: bool = False) -> Callable[..., Any]:
        return per_request(per.practice, handler, ui, *extra, before=per.check_rate if limited else None)

    setup_inputs = [ui.role, ui.persona, ui.length, ui.model, ui.job_description, ui.company_brief, ui.resume]
    setup_inputs += [ui.seed]  # after the inputs API clients already send
    start_outputs = [ui.session_id, ui.brief, ui.brief_file, ui.stage, ui.chat, ui.tabs, ui.answer, ui.status]
    # After the outputs API clients already read, so their positions do not move.
    start_outputs += [ui.planned_objections, ui.update_plan, ui.begin]
    turn_outputs = [ui.chat, ui.stage, ui.answer, ui.status]
    assessed = [ui.chat, ui.chart, ui.scorecard, ui.citations, ui.stage, ui.answer, ui.status, ui.spoken]
    report_outputs = [
        ui.report_md,
        ui.report_charts,
        ui.report_details,
        ui.report_md_file,
        ui.report_html_file,
        ui.report_json_file,
        ui.recordings,
        ui.tabs,
        ui.kit_file,
        ui.kit_calendar,
        ui.drill_turn,
        ui.drill_text,
        ui.drill_button,
        ui.report_pdf_file,
    ]
    history_outputs = [ui.history, ui.progress, ui.chosen]

    started = ui.start.click(
        bound(h.on_start, models, limited=True), setup_inputs, start_outputs, api_name="start"
    )
    weak = ui.weak_spots.click(
        bound(h.on_weak_spots, limited=True), [ui.length], start_outputs, api_name="weak_spots"
    )
    weak.success(bound(h.on_next_turn), [ui.session_id], turn_outputs)
    shown_turn = started.success(bound(h.on_next_turn), [ui.session_id], turn_outputs, api_name="next_turn")
    # "minimal": the timer and the queue position in a corner, without the overlay that greys out the chat
    # and the scorecard on every answer; measured 25 ms quicker to the next question in Chromium.
    answered = [
        trigger(
            bound(h.on_answer, limited=True),
            [ui.session_id, ui.answer, ui.spoken],
            [*assessed, ui.ended],
            api_name="answer",
            show_progress="minimal",
        )
        for trigger in (ui.send.click, ui.answer.submit)
    ]
    ui.retry.click(
        bound(h.on_retry, limited=True), [ui.session_id, ui.answer, ui.spoken], assessed, api_name="retry"
    )
    ui.recordings.change(bound(h.on_play), [ui.session_id, ui.recordings], [ui.recording])
    if voice:
        for event in (ui.mic.stop_recording, ui.mic.upload):
            event(
                bound(h.on_transcribe),
                [ui.mic, ui.answer],
                [ui.answer, ui.spoken, ui.status],
                api_name="transcribe",
            )
        for done in (shown_turn, *answered):
            done.then(bound(h.on_speak), [ui.session_id, ui.speak_turns], [ui.voice_out])
        for done in answered:
            # A sent recording is cleared; one that failed to send stays, with its transcript.
            done.then(lambda pending: gr.update() if pending else None, [ui.spoken], [ui.mic])
    ui.ended.change(bound(hist.on_ended), [ui.ended], report_outputs)
    ui.finish.click(bound(hist.on_report), [ui.session_id], report_outputs, api_name="report")
    ui.drill_button.click(
        bound(h.on_drill, limited=True),
        [ui.session_id, ui.drill_turn, ui.drill_text],
        [ui.drill_result, ui.report_md, ui.drill_turn, ui.drill_text, ui.report_charts, ui.report_details]
        + [ui.report_md_file, ui.report_html_file, ui.report_json_file, ui.report_pdf_file],
        api_name="drill",
    )
    ui.refresh.click(bound(hist.on_refresh), None, history_outputs, api_name="history")
    resume_outputs = [ui.session_id, ui.chat, ui.stage, ui.scorecard, ui.brief, ui.tabs]
    resume_outputs += [ui.planned_objections, ui.update_plan]
    ui.update_plan.click(
        bound(h.on_update_plan),
        [ui.session_id, ui.planned_objections],
        [ui.planned_objections, ui.update_plan, ui.brief, ui.brief_file, ui.status],
        api_name="update_plan",
    )
    ui.begin.click(
        lambda: (gr.Tabs(selected="interview"), views.stage_markdown("interview")),
        None,
        [ui.tabs, ui.stage],
        queue=False,
    )
    ui.correct.click(
        bound(on_correct),
        [ui.session_id, ui.fixed_team, ui.fixed_budget, ui.fixed_degree],
        [ui.planned_objections, ui.update_plan, ui.brief, ui.brief_file, ui.status],
        api_name="correct_resume",
    )
    resumed = ui.resume_button.click(bound(hist.on_resume), [ui.chosen], resume_outputs, api_name="resume")
    resumed.success(bound(h.on_next_turn), [ui.session_id], turn_outputs).then(
        bound(hist.on_opened_report), [ui.session_id], report_outputs
    )
    ui.delete_button.click(
        bound(hist.on_delete), [ui.chosen], history_outputs, api_name="delete", js=CONFIRM_DELETE_JS
    )
    # ?session=ID in the address bar: set whenever the tab's session changes, read when the page loads.
    ui.session_id.change(lambda sid: sid or "", [ui.session_id], [ui.address], queue=False)
    ui.address.change(None, [ui.address], None, js=_ADDRESS_JS)

    def opened(own: Practice, ui: UI, request: gr.Request) -> dict[Any, Any]:
        wanted = request.query_params.get("session") if request is not None else None
        return hist.on_resume(own, ui, wanted) if wanted else h.unchanged(ui.session_id)

    app.load(_with_request(per, opened, ui), None, resume_outputs).then(
        bound(h.on_continue), [ui.session_id], turn_outputs
    ).then(bound(hist.on_opened_report), [ui.session_id], report_outputs)
    app.load(practice.warm_up, None, None)
    app.load(bound(hist.on_refresh), None, history_outputs)
    app.load(bound(hist.on_load_notice), None, [ui.status])
    app.load(bound(hist.on_first_use), [ui.model], [ui.first_use])
    ui.model.change(bound(hist.on_first_use), [ui.model], [ui.first_use], queue=False)
    # Outside the queue, so the seconds keep counting while a turn holds one of its places.
    ui.ticker.tick(
        bound(hist.on_tick),
        [ui.session_id],
        [ui.wait],
        queue=False,
        show_progress="hidden",
        api_visibility="private",
    )


def _with_request(per: PerAccount, handler: Callable[..., Any], ui: UI) -> Callable[..., Any]:
    """A load handler that needs the request itself (the address it was opened at) as well as the account."""

    def run(request: gr.Request) -> Any:
        return handler(per.practice(request), ui, request)

    return run


class LoginThrottle:
    """The app's login (`check`: the one configured login, or the accounts), with a pause after repeated
    failures for one name.

    Gradio calls it with each attempt; after MAX_FAILURES wrong passwords within WINDOW seconds, that name is
    refused for the rest of the window whatever the password, so guessing runs at a few tries a minute."""

    MAX_FAILURES = 5
    WINDOW = 300.0

    def __init__(
        self, check: Callable[[str, str], bool], clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.check, self.clock = check, clock
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def __call__(self, user: str, password: str) -> bool:
        now = self.clock()
        with self._lock:
            recent = [t for t in self._failures.get(user, []) if now - t < self.WINDOW]
            self._failures[user] = recent
            if len(recent) >= self.MAX_FAILURES:
                return False
        ok = self.check(user, password)  # outside the lock: an account's check takes a scrypt's time
        if not ok:
            with self._lock:
                self._failures.setdefault(user, []).append(now)
        return ok


def one_login(user: str, password: str) -> Callable[[str, str], bool]:
    """The single configured login, compared in constant time."""

    def check(given_user: str, given_password: str) -> bool:
        same_user = hmac.compare_digest(given_user.encode(), user.encode())
        return bool(same_user & hmac.compare_digest(given_password.encode(), password.encode()))

    return check


def login_for(
    host: str, no_auth: bool, settings: Settings, accounts: Accounts | None = None
) -> LoginThrottle | None:
    """The login the app needs on this address, or a ConfigError naming the settings to set. A database
    with accounts asks for theirs on any address."""
    no_accounts_with_no_auth(accounts, no_auth)
    if accounts is not None:
        return LoginThrottle(accounts.check)
    if host in LOCAL_HOSTS or no_auth:
        return None
    if not (settings.ui_user and settings.ui_password):
        raise ConfigError(
            f"Serving on {host} makes the app reachable from other machines: set INTERVIEWER_UI_USER and "
            "INTERVIEWER_UI_PASSWORD, or pass --no-auth to serve without a login."
        )
    return LoginThrottle(one_login(settings.ui_user, settings.ui_password))


def launch(
    host: str = "127.0.0.1",
    port: int = 7860,
    no_auth: bool = False,
    settings: Settings | None = None,
    block: bool = True,
    practice: Practice | None = None,
) -> gr.Blocks:
    settings = settings or Settings.from_env()
    practice = practice or Practice(settings)
    accounts = accounts_login(practice)
    auth = login_for(host, no_auth, settings, accounts)
    app = build_app(settings, practice, accounts_on=accounts is not None)
    app.launch(
        server_name=host,
        server_port=port,
        auth=auth,
        prevent_thread_lock=True,
        show_error=False,
        quiet=True,
        css=APP_CSS,
        # Reports to download and recorded answers to replay; nothing else under INTERVIEWER_HOME is served.
        allowed_paths=[str(settings.reports_dir), str(settings.audio_dir)],
        max_file_size=MAX_UPLOAD,
        # Downloads reach the browser as Gradio's copies (under an unguessable hash) of the files a handler
        # returned to that account; the originals, named by session id, are never served by their own path.
        app_kwargs={
            "middleware": [Middleware(NoDirectFiles, private=[settings.reports_dir, settings.audio_dir])]
        },
    )
    app.app.add_api_route("/healthz", partial(health, practice), methods=["GET"])
    if block:
        app.block_thread()
    return app


def health(practice: Practice) -> JSONResponse:
    """For a load balancer: 200 while this replica can reach its database, 503 when it cannot. Open without
    a login, and says nothing about anyone's sessions."""
    try:
        schema = practice.store.schema_version
    except InterviewerError as exc:
        return JSONResponse({"status": "unavailable", "reason": str(exc)}, status_code=503)
    database, model = practice.store.db.dialect, practice.settings.model
    return JSONResponse({"status": "ok", "database": database, "schema": schema, "model": model})
