"""`interviewer practice plan`: what is due for spaced practice, from every saved session; `practice start`:
a mock interview that asks the weak spots first, with the documents of the last interview for that role."""

from __future__ import annotations

import argparse
import json
import sys
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


def cmd_practice_start(args: argparse.Namespace) -> int:
    from interviewer.commands.interview import read_answers, run_terminal

    today = date.today()
    started = _practice(args).weak_spots(today, args.days, args.role, args.length, args.seed)
    if started is None:
        print(f"Nothing is due for practice by {(today + timedelta(days=args.days)).isoformat()}.")
        return 0
    engine, session, weak = started
    answers = iter(list(read_answers(args.answers))) if args.answers else None
    print(f"Practising {len(weak)} weak spot(s) first: " + "; ".join(weak[:6]))
    return run_terminal(engine, session, answers, sys.stdout)


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("practice", help="what is due for spaced practice (weakest first)")
    parser.add_argument("action", choices=["plan", "start"], help="plan: what is due; start: practise it")
    parser.add_argument("--days", type=int, default=0, help="also count what falls due within N days")
    parser.add_argument("--json", action="store_true", help="machine-readable output (plan)")
    parser.add_argument(
        "--role", help="start: practise this role's weak spots (default: the latest interview's)"
    )
    parser.add_argument("--length", default="short", choices=["short", "standard", "long"])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--answers", help="start: script file of answers (JSON list, or blocks separated by ---)"
    )
    parser.set_defaults(handler=lambda a: cmd_practice_start(a) if a.action == "start" else cmd_practice(a))
