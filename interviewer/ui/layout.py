"""The app's layout: every component, built once and named, so handlers return updates keyed by component."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gradio as gr

from interviewer.interview.personas import PERSONAS
from interviewer.interview.roles import load_roles
from interviewer.ui import views
from interviewer.ui.search_tab import SearchUI, build_search_tab
from interviewer.voice.models import VOICE_EXTRA


@dataclass
class UI:
    """The components the handlers read and update."""

    session_id: Any
    address: Any
    spoken: Any
    ended: Any
    stage: Any
    status: Any
    wait: Any
    ticker: Any
    first_use: Any
    tabs: Any
    role: Any
    persona: Any
    length: Any
    model: Any
    seed: Any
    job_description: Any
    company_brief: Any
    resume: Any
    start: Any
    weak_spots: Any
    brief: Any
    brief_file: Any
    planned_objections: Any
    update_plan: Any
    begin: Any
    fixed_team: Any
    fixed_budget: Any
    fixed_degree: Any
    correct: Any
    chat: Any
    answer: Any
    send: Any
    retry: Any
    finish: Any
    chart: Any
    scorecard: Any
    citations: Any
    report_md: Any
    report_charts: Any
    report_details: Any
    recordings: Any
    recording: Any
    report_md_file: Any
    report_html_file: Any
    report_json_file: Any
    report_pdf_file: Any
    kit_file: Any
    kit_calendar: Any
    drill_turn: Any
    drill_text: Any
    drill_button: Any
    drill_result: Any
    history: Any
    progress: Any
    chosen: Any
    refresh: Any
    resume_button: Any
    delete_button: Any
    search: SearchUI
    mic: Any = None  # voice components exist only when the voice extra is installed
    speak_turns: Any = None
    voice_out: Any = None


LENGTHS = [
    ("Short: 3 questions, 1 objection, up to 1 follow-up (about 10 minutes)", "short"),
    ("Standard: 5 questions, 2 objections, up to 2 follow-ups (about 20 minutes)", "standard"),
    ("Long: 8 questions, 3 objections, up to 3 follow-ups (about 30 minutes)", "long"),
]


def _setup_tab(models: list[tuple[str, str]]) -> dict[str, Any]:
    role_choices = [(role.title, role.id) for role in load_roles().values()]
    with gr.Row():
        role = gr.Dropdown(
            choices=role_choices,
            value="cfo",
            label="Role",
            info="Pick one, or type the title you are applying for (any title works).",
            allow_custom_value=True,
            scale=2,
        )
        persona = gr.Dropdown(
            choices=[(p.name, p.id) for p in PERSONAS.values()],
            value="skeptical-hiring-manager",
            label="Interviewer persona",
            info=" · ".join(f"{p.name}: {p.description}" for p in PERSONAS.values()),
        )
    with gr.Row():
        length = gr.Radio(LENGTHS, value="standard", label="Length")
        model = gr.Dropdown(
            choices=models,
            value=models[0][1],
            label="Model",
            info="Runs on this computer unless it is an openai: server.",
            allow_custom_value=True,
        )
        # A textbox, not a number field: its empty default keeps the argument optional for API clients.
        seed = gr.Textbox(
            value="",
            label="Seed (optional)",
            info="Empty: new questions each session. A number: the same questions each time it is used.",
        )
    first_use = gr.Markdown("")  # what this model takes on this computer, measured (see waits.py)
    with gr.Row():
        job_description = gr.Textbox(label="Job description (optional)", lines=6)
        company_brief = gr.Textbox(label="Company brief (optional)", lines=6)
    resume = gr.File(
        label="Resume (PDF, DOCX, TXT or Markdown; optional)",
        file_types=[".pdf", ".docx", ".txt", ".md", ".markdown"],
        type="filepath",
    )
    with gr.Row():
        start = gr.Button("Start interview", variant="primary")
        weak_spots = gr.Button("Practise my weak spots (from past sessions)")
    return dict(
        role=role,
        persona=persona,
        length=length,
        model=model,
        seed=seed,
        first_use=first_use,
        job_description=job_description,
        company_brief=company_brief,
        resume=resume,
        start=start,
        weak_spots=weak_spots,
    )


def _voice_row() -> dict[str, Any]:
    with gr.Row():
        mic = gr.Audio(
            sources=["microphone", "upload"],
            type="filepath",
            label="Answer by voice (the transcript appears above, to edit)",
            waveform_options=gr.WaveformOptions(sample_rate=16000),
        )
        with gr.Column():
            speak_turns = gr.Checkbox(label="Speak the interviewer's turns aloud", value=False)
            voice_out = gr.Audio(label="Interviewer's voice", autoplay=True, interactive=False, type="numpy")
    return dict(mic=mic, speak_turns=speak_turns, voice_out=voice_out)


def _interview_tab(voice: bool) -> dict[str, Any]:
    # The answer box and its buttons come right under the chat, before the voice widgets, so on a phone
    # (one column) Send stays on the first screen; the scorecard folds away.
    parts: dict[str, Any] = {}
    with gr.Row():
        with gr.Column(scale=3):
            parts["chat"] = gr.Chatbot(label="Interview", height=460, elem_id="interview-chat")
            parts["answer"] = gr.Textbox(label="Your answer", lines=5, placeholder="Type your answer…")
            with gr.Row(equal_height=True):
                parts["send"] = gr.Button("Send answer", variant="primary", elem_id="send-answer")
                parts["retry"] = gr.Button("Try this answer again")
                parts["finish"] = gr.Button("Show report")
            if voice:
                parts.update(_voice_row())
            else:
                gr.Markdown(f"_Voice practice needs the voice extra: `{VOICE_EXTRA}`._")
        with gr.Column(scale=2):
            with gr.Accordion("Scorecard", open=True, elem_id="scorecard-panel"):
                # Inline SVG rather than a plot component: five bars need no charting library, and the
                # same drawing serves the HTML report.
                parts["chart"] = gr.HTML(views.scorecard_svg(None), label="Scorecard")
                parts["scorecard"] = gr.Markdown(views.scorecard_markdown(None))
            with gr.Accordion("Guidance cited", open=False):
                parts["citations"] = gr.Markdown("")
    return parts


def _report_tab() -> dict[str, Any]:
    # The takeaway first (headline, three things to work on) and the charts; then what to do with it
    # (downloads, the follow-up kit, drills); then answer by answer, which is long.
    report_md = gr.Markdown("_The report appears when the interview ends._")
    report_charts = gr.HTML("")
    with gr.Row():
        report_pdf_file = gr.DownloadButton("Download PDF", value=None, visible=False)
        report_md_file = gr.DownloadButton("Download Markdown", value=None, visible=False)
        report_html_file = gr.DownloadButton("Download HTML", value=None, visible=False)
        report_json_file = gr.DownloadButton("Download JSON", value=None, visible=False)
    with gr.Row():
        kit_file = gr.DownloadButton("Follow-up kit (notes to send, ideas to share)", visible=False)
        kit_calendar = gr.DownloadButton("Calendar: send-by and check-back days (.ics)", visible=False)
    # Drill from the report: any answered turn, as often as wanted, with the change per dimension.
    drill_turn = gr.Dropdown(choices=[], label="Try an answer again (weakest first)", visible=False)
    drill_text = gr.Textbox(label="Your new answer", lines=4, visible=False)
    drill_button = gr.Button("Score the new answer", visible=False)
    drill_result = gr.Markdown("")
    with gr.Row():
        recordings = gr.Dropdown(
            choices=[], label="Recorded answers", visible=False, allow_custom_value=False
        )
        recording = gr.Audio(label="Your recorded answer", type="filepath", interactive=False)
    report_details = gr.Markdown("", elem_id="report-details")
    return dict(
        drill_turn=drill_turn,
        drill_text=drill_text,
        drill_button=drill_button,
        drill_result=drill_result,
        kit_file=kit_file,
        kit_calendar=kit_calendar,
        report_md=report_md,
        report_charts=report_charts,
        report_details=report_details,
        recordings=recordings,
        recording=recording,
        report_md_file=report_md_file,
        report_html_file=report_html_file,
        report_json_file=report_json_file,
        report_pdf_file=report_pdf_file,
    )


def _corrections() -> dict[str, Any]:
    """What was read from the resume, corrected by its owner: the objections that rest on it follow."""
    with gr.Accordion("Correct what was read from your resume", open=False):
        with gr.Row():
            fixed_team = gr.Number(label="Largest team you led (people; 0 for none)", precision=0)
            fixed_budget = gr.Number(label="Largest budget or P&L you owned (US dollars)", precision=0)
            fixed_degree = gr.Dropdown(
                choices=[("(as read)", ""), ("No degree", "none"), ("Associate", "associate"),
                         ("Bachelor's", "bachelor"), ("Master's", "master"), ("MBA", "mba"), ("PhD", "phd")],
                value="",
                label="Highest degree",
            )  # fmt: skip
        correct = gr.Button("Save the corrections")
    return dict(fixed_team=fixed_team, fixed_budget=fixed_budget, fixed_degree=fixed_degree, correct=correct)


def _history_tab() -> dict[str, Any]:
    history = gr.Dataframe(
        headers=["id", "updated", "role", "persona", "status", "answers", "mean"],
        label="Past sessions",
        interactive=False,
    )
    progress = gr.HTML("", label="Progress per dimension")
    with gr.Row():
        chosen = gr.Dropdown(choices=[], label="Session", allow_custom_value=False)
        refresh = gr.Button("Refresh history")
        resume_button = gr.Button("Resume session")
        delete_button = gr.Button("Delete session")
    return dict(
        history=history,
        progress=progress,
        chosen=chosen,
        refresh=refresh,
        resume_button=resume_button,
        delete_button=delete_button,
    )


def build_layout(models: list[tuple[str, str]], voice: bool) -> UI:
    """Every component, inside the current `gr.Blocks`."""
    session_id = gr.State(None)
    # The session id where the page's script can read it, to put it in the address bar (a State never
    # reaches the browser): reload, a second tab or a bookmark then continue the same session.
    address = gr.Textbox(visible=False, elem_id="session-address")
    spoken = gr.State(None)  # the recording and transcript waiting to be sent with the answer
    # The id of a session whose interview has just ended: its change opens the report. Answers update this
    # State rather than the report's components, since Gradio rebuilds every component sent as
    # `gr.update()` on every streamed update (about 1 ms each, eight per update).
    ended = gr.State(None)
    gr.Markdown("# Mock interviewer\nPractise a senior interview: prepare, answer, and get scored feedback.")
    stage = gr.Markdown(views.stage_markdown(None))
    status = gr.Markdown("")
    wait = gr.Markdown("", elem_id="wait-line")  # "Scoring your answer: 3 s (usually about 4 s here)."
    ticker = gr.Timer(1.0)
    with gr.Tabs(selected="setup") as tabs:
        with gr.Tab("Setup", id="setup"):
            setup = _setup_tab(models)
        with gr.Tab("Preparation", id="preparation"):
            begin = gr.Button("Begin the interview", variant="primary", visible=False)
            planned_objections = gr.CheckboxGroup(
                choices=[],
                label="Objections the interviewer will raise: untick any that is not true of you",
                visible=False,
            )
            update_plan = gr.Button("Update the plan", visible=False)
            corrections = _corrections()
            brief = gr.Markdown("_Start an interview to see your preparation brief._")
            brief_file = gr.DownloadButton("Download brief", value=None, visible=False)
        with gr.Tab("Interview", id="interview"):
            interview = _interview_tab(voice)
        with gr.Tab("Report", id="report"):
            report = _report_tab()
        with gr.Tab("History", id="history"):
            history = _history_tab()
        with gr.Tab("Follow-up & pipeline", id="search"):
            search = build_search_tab()
    return UI(
        session_id=session_id,
        address=address,
        spoken=spoken,
        ended=ended,
        stage=stage,
        status=status,
        wait=wait,
        ticker=ticker,
        tabs=tabs,
        brief=brief,
        brief_file=brief_file,
        planned_objections=planned_objections,
        update_plan=update_plan,
        begin=begin,
        search=search,
        **corrections,
        **setup,
        **interview,
        **report,
        **history,
    )
