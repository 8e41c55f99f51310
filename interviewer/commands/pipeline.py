"""`interviewer pipeline add|list|stage|export|delete`: the job-search pipeline (`interview/pipeline.py`).
The real date is read only here, at the command-line edge."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING

from interviewer.errors import InputError
from interviewer.settings import Settings

if TYPE_CHECKING:
    from interviewer.interview.pipeline import PipelineView
    from interviewer.interview.pipeline_store import PipelineStore


def pipeline_store() -> PipelineStore:
    from interviewer.interview.pipeline_store import PipelineStore
    from interviewer.interview.store import SessionStore

    return PipelineStore(SessionStore.open(Settings.from_env()))


def _day(value: str | None, what: str) -> date | None:
    from interviewer.interview.real_interview import parse_date

    return parse_date(value, what) if value else None


def _view(store: PipelineStore, today: date) -> PipelineView:
    from interviewer.interview.pipeline import pipeline_view

    return pipeline_view(store.applications(), store.interviews(), store.practice(), today)


def _print_view(view: PipelineView) -> None:
    for warning in view.warnings:
        print(f"warning: {warning}")
    if not view.entries:
        print("No applications yet; add one with `interviewer pipeline add --company C --role R`.")
    for entry in view.entries:
        app, action = entry.application, entry.next_action
        due = f" (by {action.due.isoformat()})" if action.due else ""
        extra = f", {len(entry.interviews)} interview(s)" if entry.interviews else ""
        extra += f", {len(entry.practice)} mock session(s)" if entry.practice else ""
        stalled = ", stalled" if entry.stalled else ""
        print(f"{app.id}  {app.stage:<12}  {app.company} - {app.role}{extra}{stalled}")
        print(f"    next: {action.text}{due}")


def _add(args: argparse.Namespace, store: PipelineStore, today: date) -> int:
    from interviewer.interview.pipeline import new_application

    app = new_application(
        args.company or "",
        args.role or "",
        today,
        stage=args.stage or "applied",
        applied_on=_day(args.date, "application date"),
        next_step=args.next,
        next_step_on=_day(args.next_date, "next-step date"),
    )
    store.add([app])
    print(json.dumps(app.model_dump(mode="json"), indent=2, ensure_ascii=False) if args.json else app.id)
    return 0


def _stage(args: argparse.Namespace, store: PipelineStore, today: date) -> int:
    from interviewer.interview.pipeline import moved

    if len(args.values) != 2:
        raise InputError("Give the application and its new stage: interviewer pipeline stage ID STAGE.")
    next_on = _day(args.next_date, "next-step date")
    app = moved(store.get(args.values[0]), args.values[1], today, args.next, next_on)
    store.update(app)
    print(f"{app.id} is now at {app.stage}.")
    return 0


def _delete(args: argparse.Namespace, store: PipelineStore, today: date) -> int:
    if len(args.values) != 1:
        raise InputError(
            "Give the application or logged interview to delete: interviewer pipeline delete ID."
        )
    print(f"Deleted {store.delete(args.values[0])}.")
    return 0


def _show(args: argparse.Namespace, store: PipelineStore, today: date) -> int:
    """`list` and `export`: the same view, laid out for reading or written out."""
    from interviewer.interview.pipeline import view_csv, view_markdown

    view = _view(store, today)
    if args.action == "export" and (args.md or args.csv):
        from interviewer.commands.followup import _write

        if args.md:
            _write(args.md, view_markdown(view), "pipeline")
        if args.csv:
            _write(args.csv, view_csv(view), "pipeline")
    if args.json:
        print(json.dumps(view.model_dump(mode="json"), indent=2, ensure_ascii=False))
    elif args.action == "export" and not (args.md or args.csv):
        print(view_markdown(view), end="")
    elif args.action == "list":
        _print_view(view)
    return 0


def cmd_pipeline(args: argparse.Namespace, today: date) -> int:
    handlers = {"add": _add, "stage": _stage, "delete": _delete}
    return handlers.get(args.action, _show)(args, pipeline_store(), today)


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("pipeline", help="your applications, their stage and the next action")
    parser.add_argument("action", choices=["add", "list", "stage", "export", "delete"])
    parser.add_argument("values", nargs="*", metavar="ID [STAGE]", help="stage: ID STAGE; delete: ID")
    parser.add_argument("--company", help="add: the company")
    parser.add_argument("--role", help="add: the role")
    parser.add_argument("--stage", help="add: applied (default), screening, interviewing, offer or closed")
    parser.add_argument("--date", help="add: the day you applied, YYYY-MM-DD (default: today)")
    parser.add_argument("--next", help="add, stage: what comes next, e.g. 'round two with the CEO'")
    parser.add_argument("--next-date", dest="next_date", help="add, stage: the day of the next step")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--md", metavar="FILE", help="export: write the pipeline as Markdown")
    parser.add_argument("--csv", metavar="FILE", help="export: write the pipeline as CSV")
    parser.set_defaults(handler=lambda a: cmd_pipeline(a, date.today()))
