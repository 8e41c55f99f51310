"""`interviewer follow-up kit ID`: the follow-up kit of a finished mock interview or a logged real one, as
text, JSON, Markdown or a calendar file (`interview/kit.py` builds it); `interviewer follow-up log`: log a
real interview (`interview/real_interview.py`), which also puts it in the pipeline."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from interviewer.commands import read_text_file
from interviewer.errors import InputError
from interviewer.interview.kit import kit_ics, kit_markdown
from interviewer.settings import Settings

if TYPE_CHECKING:
    from interviewer.job_search import JobSearch


def _write(path: str, text: str, what: str) -> None:
    target = Path(path).expanduser()
    try:
        target.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"Cannot write the {what} to {target}: {exc.strerror}.") from None
    print(f"wrote {target}")


def job_search() -> JobSearch:
    from interviewer.interview.store import SessionStore
    from interviewer.job_search import JobSearch

    settings = Settings.from_env()
    return JobSearch(SessionStore.open(settings), settings.reports_dir)


def cmd_kit(args: argparse.Namespace, today: date) -> int:
    kit, stamp = job_search().kit(args.session_id)
    if args.ics:
        _write(args.ics, kit_ics(kit, stamp), "calendar file")
    if args.md:
        _write(args.md, kit_markdown(kit, today), "kit")
    if args.json:
        print(json.dumps(kit.model_dump(mode="json"), indent=2))
    elif not (args.ics or args.md):
        print(kit_markdown(kit, today))
    return 0


def log_real_interview(args: argparse.Namespace, today: date) -> int:
    from interviewer.interview.real_interview import parse_date, parse_met

    stored = job_search().log(
        company=args.company,
        role=args.role,
        held_on=parse_date(args.date, "interview date") if args.date else today,
        met=[parse_met(m) for m in args.met or []],
        today=today,
        notes=args.notes,
        decision=args.decision,
    )
    if args.json:
        print(json.dumps(stored.model_dump(mode="json"), indent=2, ensure_ascii=False))
    else:
        print(stored.id)
        print(f"Logged; the follow-up kit: interviewer follow-up kit {stored.id}")
    return 0


def cmd_note(args: argparse.Namespace) -> int:
    """Keep your own version of a logged interview's thank-you note to one person; it is checked and kept."""
    text = read_text_file(args.file, "note") if args.file else sys.stdin.read()
    check = job_search().edit_note(args.interview_id, args.to, text)
    if args.json:
        print(json.dumps(check.model_dump(mode="json"), indent=2))
        return 0
    print(f"Kept: {check.score}/100. {check.rationale}")
    for n, advice in enumerate(check.suggestions, start=1):
        print(f"  {n}. {advice}")
    return 0


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("follow-up", help="log a real interview; the follow-up kit of any interview")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    kit = actions.add_parser("kit", help="thank-you drafts, dates and ideas to share for one interview")
    kit.add_argument(
        "session_id", metavar="ID", help="a finished session (`sessions list`) or a logged interview"
    )
    kit.add_argument("--json", action="store_true", help="machine-readable output")
    kit.add_argument("--ics", metavar="FILE", help="write the note deadline and check-back as a calendar")
    kit.add_argument("--md", metavar="FILE", help="write the kit as Markdown")
    kit.set_defaults(handler=lambda a: cmd_kit(a, date.today()))
    log = actions.add_parser("log", help="log a real interview: who you met and what each cared about")
    log.add_argument("--company", required=True)
    log.add_argument("--role", required=True)
    log.add_argument("--date", help="the day it happened, YYYY-MM-DD (default: today)")
    log.add_argument(
        "--met", action="append", metavar="'NAME: WHAT THEY CARED ABOUT'", help="once per person met"
    )
    log.add_argument("--notes", help="your notes: what was discussed, results you mentioned")
    log.add_argument("--decision", help="what they said about when they decide, e.g. 'in two weeks'")
    log.add_argument("--json", action="store_true", help="machine-readable output")
    # The real date is read here, at the command-line edge, and nowhere below it.
    log.set_defaults(handler=lambda a: log_real_interview(a, date.today()))
    note = actions.add_parser("note", help="your own version of a logged interview's thank-you note")
    note.add_argument("interview_id", metavar="ID", help="a logged interview (`pipeline list` shows them)")
    note.add_argument("--to", required=True, help="the person met, as logged with --met")
    note.add_argument("--file", help="the note (default: read from standard input)")
    note.add_argument("--json", action="store_true", help="the note's check as JSON")
    note.set_defaults(handler=cmd_note)
