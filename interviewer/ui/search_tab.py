"""The "Follow-up & pipeline" tab: log a real interview and download its follow-up kit, the pipeline with its
next actions and warnings, and the story bank. Layout, short handlers and their wiring; the work is done by
the application layer (`interviewer.job_search`). Today's date is read here, at the edge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import gradio as gr

from interviewer.errors import InputError, InterviewerError
from interviewer.interview.kit import kit_markdown
from interviewer.interview.pipeline import STAGES, PipelineView, view_markdown
from interviewer.interview.real_interview import parse_date, parse_met
from interviewer.interview.stories import StoryBank
from interviewer.job_search import JobSearch
from interviewer.ui.accounts import PerAccount, per_request

Updates = dict[Any, Any]


@dataclass
class SearchUI:
    company: Any
    role: Any
    held_on: Any
    met: Any
    notes: Any
    decision: Any
    log: Any
    kit: Any
    kit_file: Any
    kit_calendar: Any
    logged: Any
    note_to: Any
    note_text: Any
    note_check: Any
    note_result: Any
    pipeline: Any
    new_company: Any
    new_role: Any
    add: Any
    chosen: Any
    stage: Any
    move: Any
    delete: Any
    export_md: Any
    export_csv: Any
    stories: Any


def build_search_tab() -> SearchUI:
    gr.Markdown("### Log a real interview\nAfterwards: a thank-you draft per person, and the dates to keep.")
    with gr.Row():
        company = gr.Textbox(label="Company interviewed with")
        role = gr.Textbox(label="Role interviewed for")
        held_on = gr.Textbox(label="Date of the interview (YYYY-MM-DD; empty: today)")
    met = gr.Textbox(
        label="People you met, one per line: Name: what they cared about",
        lines=3,
        placeholder="Daniel Reyes: cash conversion and the MBA question\nPriya Shah: the ERP migration",
    )
    with gr.Row():
        notes = gr.Textbox(label="Notes (what was said; a result of yours you mentioned)", lines=3)
        decision = gr.Textbox(label="When will they decide? (their words, e.g. 'in two weeks')")
    log = gr.Button("Log it and draft the follow-up", variant="primary")
    kit = gr.Markdown("")
    with gr.Row():
        kit_file = gr.DownloadButton("Thank-you drafts and ideas (.md)", visible=False)
        kit_calendar = gr.DownloadButton("Calendar: send-by and check-back (.ics)", visible=False)
    logged = gr.State(None)  # the logged interview whose kit is shown
    with gr.Accordion("Edit a thank-you note", open=False):
        note_to = gr.Dropdown(choices=[], label="To")
        note_text = gr.Textbox(label="Your note (the draft, to make your own)", lines=6)
        note_check = gr.Button("Check and keep this note")
        note_result = gr.Markdown("")
    gr.Markdown("### Your pipeline")
    pipeline = gr.Markdown("")
    with gr.Row():
        new_company = gr.Textbox(label="Company applied to")
        new_role = gr.Textbox(label="Role applied for")
        add = gr.Button("Add application")
    with gr.Row():
        chosen = gr.Dropdown(choices=[], label="Application", allow_custom_value=False)
        stage = gr.Dropdown(choices=list(STAGES), label="Move to stage")
        move = gr.Button("Move")
        delete = gr.Button("Delete application")
    with gr.Row():
        export_md = gr.DownloadButton("Export pipeline (.md)")
        export_csv = gr.DownloadButton("Export pipeline (.csv)")
    gr.Markdown("### Your proof stories")
    stories = gr.Markdown("")
    return SearchUI(
        company, role, held_on, met, notes, decision, log, kit, kit_file, kit_calendar, logged, note_to,
        note_text, note_check, note_result, pipeline, new_company, new_role, add, chosen, stage, move, delete,
        export_md, export_csv, stories,
    )  # fmt: skip


def _pipeline_text(view: PipelineView) -> str:
    return view_markdown(view) if view.entries else "_No applications yet._"


def _stories_text(bank: StoryBank) -> str:
    if not bank.stories:
        return "_No proof stories yet: add a resume with results in figures, or answer with one._"
    lines = [f"> ⚠ {w}\n" for w in bank.warnings]
    for story in bank.stories:
        used = "; ".join(u.question for u in story.uses) or "not used in an answer yet"
        lines.append(f"- **{story.text}** ({story.source}). Answered: {used}")
    return "\n".join(lines)


def refreshed(search: JobSearch, ui: SearchUI, today: date) -> Updates:
    view = search.pipeline(today)
    choices = [(f"{e.application.company} · {e.application.role} · {e.application.stage}", e.application.id)
               for e in view.entries]  # fmt: skip
    return {
        ui.pipeline: _pipeline_text(view),
        ui.chosen: gr.update(choices=choices, value=None),
        ui.stories: _stories_text(search.stories()),
        ui.export_md: str(search.export(today, "md")),
        ui.export_csv: str(search.export(today, "csv")),
    }


def on_log(
    search: JobSearch, ui: SearchUI, company: str, role: str, held: str, met: str, notes: str, decision: str
) -> Updates:
    today = date.today()
    try:
        people = [parse_met(line) for line in met.splitlines() if line.strip()]
        if not people:
            raise InputError("Name at least one person you met, one per line: 'Name: what they cared about'.")
        held_on = parse_date(held.strip(), "interview date") if held.strip() else today
        logged = search.log(company, role, held_on, people, today, notes=notes, decision=decision)
        kit, _ = search.kit(logged.id)
        markdown, calendar = search.write_kit(logged.id)
    except InterviewerError as exc:
        gr.Warning(str(exc))  # every field keeps what was typed
        return {ui.kit: gr.skip()}
    first = kit.notes[0] if kit.notes else None
    return refreshed(search, ui, today) | {
        ui.kit: kit_markdown(kit, today),
        ui.kit_file: gr.update(value=str(markdown), visible=True),
        ui.kit_calendar: gr.update(value=str(calendar), visible=True),
        ui.logged: logged.id,
        ui.note_to: gr.update(
            choices=[n.interviewer for n in kit.notes], value=first.interviewer if first else None
        ),
        ui.note_text: first.text if first else "",
        ui.note_result: "",
    }


def on_note_to(search: JobSearch, ui: SearchUI, logged: str | None, person: str | None) -> Updates:
    """The chosen person's note as it stands (the draft, or the candidate's own version)."""
    if not logged or not person:
        return {ui.note_text: gr.skip()}
    kit, _ = search.kit(logged)
    return {ui.note_text: next((n.text for n in kit.notes if n.interviewer == person), "")}


def on_note_check(
    search: JobSearch, ui: SearchUI, logged: str | None, person: str | None, text: str
) -> Updates:
    try:
        if not logged or not person:
            raise InputError("Log an interview and choose who the note is to.")
        check = search.edit_note(logged, person, text)
        kit, _ = search.kit(logged)
        markdown, calendar = search.write_kit(logged)
    except InterviewerError as exc:
        gr.Warning(str(exc))  # the note stays in the box
        return {ui.note_result: gr.skip()}
    advice = "".join(f"\n1. {s}" for s in check.suggestions)
    said = f"**Kept: {check.score}/100.** {check.rationale}"
    said += f"\n\n**What to change**{advice}" if advice else ""
    # New values for the downloads: Gradio serves a copy made when a value is set, not the file as it is now.
    return {
        ui.note_result: said,
        ui.kit: kit_markdown(kit, date.today()),
        ui.kit_file: gr.update(value=str(markdown), visible=True),
        ui.kit_calendar: gr.update(value=str(calendar), visible=True),
    }


def on_add(search: JobSearch, ui: SearchUI, company: str, role: str) -> Updates:
    try:
        search.add(company, role, date.today())
    except InterviewerError as exc:
        gr.Warning(str(exc))
        return {ui.pipeline: gr.skip()}
    return refreshed(search, ui, date.today()) | {ui.new_company: "", ui.new_role: ""}


def on_move(search: JobSearch, ui: SearchUI, chosen: str | None, stage: str | None) -> Updates:
    try:
        if not chosen or not stage:
            raise InputError("Choose an application and the stage to move it to.")
        search.move(chosen, stage, date.today())
    except InterviewerError as exc:
        gr.Warning(str(exc))
        return {ui.pipeline: gr.skip()}
    return refreshed(search, ui, date.today())


def on_delete(search: JobSearch, ui: SearchUI, chosen: str | None) -> Updates:
    if chosen == "cancelled":
        return {ui.pipeline: gr.skip()}
    try:
        if not chosen:
            raise InputError("Choose the application to delete.")
        search.delete(chosen)
    except InterviewerError as exc:
        gr.Warning(str(exc))
        return {ui.pipeline: gr.skip()}
    return refreshed(search, ui, date.today())


CONFIRM_JS = """(id) => (id && !window.confirm(
  "Delete this application and the interviews logged for it? This cannot be undone.")) ? "cancelled" : id"""


def wire_search(app: gr.Blocks, ui: SearchUI, per: PerAccount) -> None:
    """Events to handlers; each runs on the job search of the request's account."""

    def bound(handler: Any) -> Any:
        return per_request(per.search, handler, ui)

    shown = [ui.pipeline, ui.chosen, ui.stories, ui.export_md, ui.export_csv]
    log_inputs = [ui.company, ui.role, ui.held_on, ui.met, ui.notes, ui.decision]
    logged = [*shown, ui.kit, ui.kit_file, ui.kit_calendar]
    logged += [ui.logged, ui.note_to, ui.note_text, ui.note_result]
    ui.log.click(bound(on_log), log_inputs, logged, api_name="log_interview")
    ui.note_to.input(bound(on_note_to), [ui.logged, ui.note_to], [ui.note_text])
    ui.note_check.click(
        bound(on_note_check),
        [ui.logged, ui.note_to, ui.note_text],
        [ui.note_result, ui.kit, ui.kit_file, ui.kit_calendar],
        api_name="check_note",
    )
    added = [*shown, ui.new_company, ui.new_role]
    new = [ui.new_company, ui.new_role]
    ui.add.click(bound(on_add), new, added, api_name="add_application")
    moving = [ui.chosen, ui.stage]
    ui.move.click(bound(on_move), moving, shown, api_name="move_application")
    ui.delete.click(bound(on_delete), [ui.chosen], shown, js=CONFIRM_JS, api_name="delete_application")
    app.load(bound(lambda search, ui: refreshed(search, ui, date.today())), None, shown)
