"""`interviewer practice plan`: what is due for spaced practice, from every saved session."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta

from interviewer.commands.interview import _practice
from interviewer.interview.practice_plan import practice_plan

SESSIONS_READ = 500


def cmd_practice(args: argparse.Namespace) -> int:
    until = date.today() + timedelta(days=args.days)
    due = practice_plan(_practice(args).readable_sessions(limit=SESSIONS_READ), until)
    if args.json:
        print(json.dumps({"due": [d.model_dump(mode="json") for d in due]}, indent=2))
        return 0
    if not due:
        print(f"Nothing is due for practice by {until.isoformat()}.")
    for item in due:
        score = "-" if item.last_score is None else f"{item.last_score:>3}"
        print(f"{item.due.isoformat()}  {item.kind:<9}  last {score}  {item.label}")
    return 0


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("practice", help="what is due for spaced practice (weakest first)")
    parser.add_argument("action", choices=["plan"])
    parser.add_argument("--days", type=int, default=0, help="also list what falls due within N days")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=cmd_practice)
