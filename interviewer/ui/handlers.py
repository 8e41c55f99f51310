"""The app's handlers: small functions from component values to updates keyed by component.

Each takes the application layer (`Practice`) and the layout (`UI`) first, bound once in `app.build_app`,
then the values of its inputs. None reads or writes files or engine state itself: that is `Practice`'s job.
They are called in tests without a browser."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from datetime import date
from typing import Any

import gradio as gr

from interviewer.errors import InputError, InterviewerError
from interviewer.interview.brief import Brief
from interviewer.interview.engine import Engine
from interviewer.interview.exports import charts_html
from interviewer.interview.report_text import details_markdown, summary_markdown
from interviewer.interview.session import Session
from interviewer.interview.spoken import SpokenAnswer
from interviewer.practice import Practice, Setup
from interviewer.scoring.feedback import dimension_change
from interviewer.ui import views
from interviewer.ui.layout import UI
from interviewer.ui.uploads import uploaded_file

Updates = dict[Any, Any]
STREAM_INTERVAL = 0.05  # seconds between streamed updates of a turn
TURN_WAIT = 600.0  # the longest an answer waits for the question being generated (a cold model, a long turn)
QUESTION_SHOWN = "Here is the question your answer goes to; your text is still in the box: send it."


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


def spoken_answer(pending: dict[str, Any] | None) -> SpokenAnswer | None:
    """The recording waiting to be sent; its path comes back from the client, so it is checked again."""
    if not pending:
        return None
    spoken = SpokenAnswer.model_validate(pending)
    spoken.audio = uploaded_file(spoken.audio)
    return spoken


def warned(ui: UI, exc: InterviewerError, suffix: str = "") -> Updates:
    gr.Warning(str(exc))
    return {ui.status: f"⚠ {exc}{suffix}"}


# -- setup ------------------------------------------------------------------------------------------------


def session_seed(value: str | float | None) -> int:
    """The seed typed at Setup; empty draws one, so sessions do not repeat their questions."""
    text = str(value if value is not None else "").strip()
    if not text:
        return secrets.randbelow(1_000_000)
    try:
        return int(float(text))
    except ValueError:
        raise InputError(f"The seed must be a whole number, or empty for new questions: '{text}'.") from None


def on_start(
    practice: Practice,
    ui: UI,
    models: list[str],
    role: str,
    persona: str,
    length: str,
    model: str,
    job_description: str,
    company_brief: str,
    resume_path: str | None,
    seed: str | float | None = 0,
    progress: gr.Progress = gr.Progress(),  # noqa: B008 - gradio injects it by this default
) -> Updates:
    try:
        if not practice.ready.is_set():
            progress(0.2, desc="Preparing the guidance store (first run only)…")
            practice.wait_ready()
        upload = uploaded_file(resume_path) if resume_path else None
        setup = Setup(
            role=role or "",
            persona=persona,
            length=length,  # type: ignore[arg-type]
            model=chosen_model(model, models),
            job_description=job_description,
            company_brief=company_brief,
            resume_name=upload.name if upload else None,
            resume_bytes=upload.read_bytes() if upload else None,
            seed=session_seed(seed),
        )
        _, session = practice.start(setup)
        prepared = practice.brief(session)
    except InterviewerError as exc:
        return warned(ui, exc)
    return started(practice, ui, session, prepared)


def on_weak_spots(practice: Practice, ui: UI, length: str) -> Updates:
    """A session that asks what is due for spaced practice first, from the latest interview's documents."""
    try:
        # Due by tomorrow: a weak answer from today's session falls due tomorrow, and whoever presses this
        # button straight after a session means to practise it now.
        begun = practice.weak_spots(date.today(), days=1, length=length)  # type: ignore[arg-type]
        if begun is None:
            raise InputError("Nothing is due for practice yet: every weak spot was practised recently.")
        _, session, weak = begun
        prepared = practice.brief(session)
    except InterviewerError as exc:
        return warned(ui, exc)
    return started(practice, ui, session, prepared) | {
        ui.status: f"Practising {len(weak)} weak spot(s) first.",
    }


def started(practice: Practice, ui: UI, session: Session, prepared: Brief) -> Updates:
    path = practice.write_brief(session, prepared)
    return objection_choices(ui, session) | {
        ui.session_id: session.id,
        ui.brief: prepared.markdown(),
        ui.brief_file: gr.update(value=str(path), visible=True),
        ui.stage: views.stage_markdown("preparation"),
        ui.chat: [],
        # The brief first, with a button to begin; the first question is prepared meanwhile.
        ui.tabs: gr.Tabs(selected="preparation"),
        ui.begin: gr.update(visible=True),
        ui.answer: gr.update(label=views.answer_label(session), value=""),
        ui.status: "",
    }


def objection_choices(ui: UI, session: Session) -> Updates:
    """The planned objections as ticked boxes, each labelled with its evidence; unticked ones are skipped."""
    choices = [(f"{o.topic.split(':', 1)[-1]}: {o.evidence}", o.topic) for o in session.plan.objections]
    kept = [o.topic for o in session.plan.objections if o.topic not in session.profile.dismissed_objections]
    shown = bool(choices)
    return {
        ui.planned_objections: gr.update(choices=choices, value=kept, visible=shown),
        ui.update_plan: gr.update(visible=shown),
    }


def on_update_plan(practice: Practice, ui: UI, session_id: str | None, kept: list[str] | None) -> Updates:
    try:
        _, session = practice.session(session_id)
        planned = [o.topic for o in session.plan.objections]
        practice.dismiss_objections(session, [t for t in planned if t not in (kept or [])])
        brief = practice.brief(session)
    except InterviewerError as exc:
        return warned(ui, exc)
    path = practice.write_brief(session, brief)
    dismissed = len(session.profile.dismissed_objections)
    status = (
        f"Plan updated: {dismissed} objection{'s' if dismissed != 1 else ''} dismissed." if dismissed else ""
    )
    return objection_choices(ui, session) | {
        ui.brief: brief.markdown(),
        ui.brief_file: gr.update(value=str(path), visible=True),
        ui.status: status or "Plan updated: every planned objection will be raised.",
    }


# -- the interview ----------------------------------------------------------------------------------------


def waiting(engine: Engine) -> dict[str, str]:
    """The placeholder in the chat while the interviewer's next turn starts."""
    if not getattr(engine.model, "loaded", True):
        return {
            "role": "assistant",
            "content": "_Loading the model (first turn only; this can take a minute)…_",
        }
    return {"role": "assistant", "content": "_…_"}


def stream_session(
    practice: Practice, ui: UI, engine: Engine, session: Session, shown_at: float = 0.0
) -> Iterator[Updates]:
    """The next turn of a session already in hand, as chat, stage, answer-box and status updates.

    One turn of a session is generated at a time: a second request waits for the first and shows its
    question. Each update makes Gradio process and send every output again, so updates are paced: streamed
    text at most every STREAM_INTERVAL (a browser repaints no faster), and always the finished turn.
    `shown_at` is when the caller last showed the chat, with the placeholder already in it."""
    lock = practice.turn_lock(session.id)
    if not lock.acquire(timeout=TURN_WAIT):
        yield warned(
            ui, InputError("The interviewer is still preparing the last question; try again shortly.")
        )
        return
    try:
        engine.refresh(session)
        if session.open_turn is None and session.status != "finished":  # a turn is generated: time it
            with practice.waits.timing(session.id, session.model, "turn"):
                yield from _stream_turn(ui, engine, session, shown_at)
        else:
            yield from _stream_turn(ui, engine, session, shown_at)
    except InterviewerError as exc:
        yield warned(ui, exc, " — press Send again to retry.")
    finally:
        lock.release()


def _stream_turn(ui: UI, engine: Engine, session: Session, shown_at: float) -> Iterator[Updates]:
    if session.status == "finished":
        return
    # The first question is prepared while the candidate reads the brief: the stage stays "Preparation"
    # until they begin (the Begin button moves it on).
    stage = {ui.stage: views.stage_markdown(session.stage)} if any(t.answer for t in session.turns) else {}
    partial = ""
    if session.open_turn is None and not shown_at:
        yield stage | {ui.chat: [*views.chat_messages(session), waiting(engine)], ui.status: ""}
        shown_at = time.monotonic()
    for event in engine.next_turn(session):
        if event.kind == "done":
            partial = ""
        else:  # the planned wording at once, then its checked final form
            first = not partial
            partial = partial + event.text if event.kind == "delta" else event.text
            if not first and time.monotonic() - shown_at < STREAM_INTERVAL:
                continue  # shown with a later update; a turn's first words never wait
        shown_at = time.monotonic()
        shown = views.chat_messages(session)
        if partial:
            shown.append({"role": "assistant", "content": partial})
        yield stage | {
            ui.chat: shown,
            ui.answer: gr.update(label=views.answer_label(session)),
            ui.status: "",
        }


def unchanged(component: Any) -> Updates:
    """An update that leaves the page as it is. An empty dict will not do: Gradio reads it as the value of
    the event's first output (an "Error" badge on an audio player, a markdown given a dict)."""
    return {component: gr.skip()}


def on_continue(practice: Practice, ui: UI, session_id: str | None) -> Iterator[Updates]:
    """A session opened from the address bar: show where it stands (its open question), if there is one."""
    if session_id:
        yield from on_next_turn(practice, ui, session_id)


def on_next_turn(practice: Practice, ui: UI, session_id: str | None) -> Iterator[Updates]:
    try:
        engine, session = practice.session(session_id)
    except InterviewerError as exc:
        yield warned(ui, exc)
        return
    yield from stream_session(practice, ui, engine, session)


def assessed(ui: UI, session: Session) -> Updates:
    turn = views.last_assessed(session)
    return {
        ui.chat: views.chat_messages(session),
        ui.chart: views.scorecard_svg(turn),
        ui.scorecard: views.scorecard_markdown(turn),
        ui.citations: views.citations_markdown(turn),
        ui.stage: views.stage_markdown(session.stage),
    }


def on_answer(
    practice: Practice, ui: UI, session_id: str | None, text: str, pending: dict[str, Any] | None
) -> Iterator[Updates]:
    """Score the answer, then stream the next turn in the same call: one queue round trip per turn instead
    of three. When the interview ends, `ended` takes the session's id and the report opens."""
    try:
        engine, session = practice.session(session_id)
        if session.open_turn is None and session.unscored_turn is None and session.status != "finished":
            # The question was lost to an error: show it, and keep the answer in the box for it.
            for update in stream_session(practice, ui, engine, session):
                yield update | {ui.status: update.get(ui.status) or QUESTION_SHOWN}
            return
        with practice.waits.timing(session.id, session.model, "score"):
            outcome = practice.answer(session, text, spoken=spoken_answer(pending))
    except InterviewerError as exc:
        yield warned(ui, exc)  # the typed answer and the recording stay, to send again
        return
    shown = assessed(ui, session) | {ui.answer: "", ui.status: "", ui.spoken: None}
    if outcome.finished:
        yield shown | {ui.ended: session.id}
        return
    # The scorecard and the placeholder for the next turn in one update; every later update carries the
    # scorecard too, so an API client's final value holds both the score and the next question.
    yield shown | {ui.chat: [*shown[ui.chat], waiting(engine)]}
    card = {key: shown[key] for key in (ui.chart, ui.scorecard, ui.citations)} | {ui.spoken: None}
    for update in stream_session(practice, ui, engine, session, time.monotonic()):
        yield card | update


def on_retry(
    practice: Practice, ui: UI, session_id: str | None, text: str, pending: dict[str, Any] | None
) -> Updates:
    try:
        engine, session = practice.session(session_id)
        turn = views.last_assessed(session)
        if turn is None:
            raise InputError("There is no answered question to try again yet.")
        engine.retry(session, turn.index, text, spoken=spoken_answer(pending))
    except InterviewerError as exc:
        return warned(ui, exc)
    return assessed(ui, session) | {ui.answer: "", ui.status: "", ui.spoken: None}


def on_drill(
    practice: Practice, ui: UI, session_id: str | None, turn_index: int | None, text: str
) -> Updates:
    """Try any answered turn again from the report; the change per dimension is shown and kept."""
    try:
        _, session = practice.session(session_id)
        if turn_index is None:
            raise InputError("Choose the answer to try again.")
        before = session.turns[int(turn_index)]
        was, card = before.overall, before.scorecard
        turn = practice.retry(session, int(turn_index), text)
    except (InterviewerError, IndexError, ValueError) as exc:
        gr.Warning(str(exc) if isinstance(exc, InterviewerError) else "That answer is not in this session.")
        return unchanged(ui.drill_result)
    moved = dimension_change(card, turn.scorecard)
    report = practice.report(session)
    # The downloads are written again so they hold the new attempt (Gradio serves the copy made when a
    # download's value is set).
    files = {kind: gr.update(value=str(path)) for kind, path in practice.write_exports(session).items()}
    return {
        ui.report_md_file: files["md"],
        ui.report_html_file: files["html"],
        ui.report_json_file: files["json"],
        ui.report_pdf_file: files["pdf"],
        ui.drill_result: f"**Score {was} → {turn.overall}/100**" + (f" ({moved})" if moved else ""),
        ui.report_md: summary_markdown(report),
        ui.report_charts: charts_html(report),
        ui.report_details: details_markdown(report),
        ui.drill_turn: gr.update(choices=views.drill_choices(session), value=turn.index),
        ui.drill_text: "",
    }


# -- voice ------------------------------------------------------------------------------------------------


def on_transcribe(practice: Practice, ui: UI, audio_path: str | None, typed: str) -> Updates:
    """A recording becomes editable text in the answer box; nothing is scored until it is sent."""
    if not audio_path:
        return {ui.spoken: None, ui.status: ""}
    try:
        started = time.perf_counter()
        heard = practice.engine().transcribe(uploaded_file(audio_path))
    except InterviewerError as exc:
        return warned(ui, exc, " Your typed answer is unchanged.") | {ui.spoken: None}
    took = time.perf_counter() - started
    note = " ".join(heard.transcript.notices)
    status = (
        f"Transcribed {heard.transcript.audio_seconds:.0f} s of speech in {took:.1f} s: "
        f"check the text, then send it. {note}"
    )
    return {
        ui.answer: heard.transcript.text,
        ui.spoken: heard.model_dump(mode="json"),
        ui.status: status.strip(),
    }


def on_speak(practice: Practice, ui: UI, session_id: str | None, enabled: bool) -> Updates:
    if not enabled or not session_id:
        return unchanged(ui.voice_out)
    try:
        engine, session = practice.session(session_id)
        turn = session.open_turn
        return {ui.voice_out: engine.speak(turn.question)} if turn is not None else unchanged(ui.voice_out)
    except InterviewerError as exc:
        gr.Warning(str(exc))
        return unchanged(ui.voice_out)


def on_play(practice: Practice, ui: UI, session_id: str | None, index: int | None) -> Updates:
    try:
        _, session = practice.session(session_id)
    except InterviewerError as exc:
        gr.Warning(str(exc))
        return {ui.recording: None}
    turn = next((t for t in session.turns if t.index == index and t.audio), None)
    audio = str(practice.settings.home / turn.audio) if turn is not None and turn.audio else None
    return {ui.recording: audio}
