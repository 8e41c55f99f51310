"""`interviewer follow-up kit SESSION_ID`: the follow-up kit of a finished interview, as text, JSON, Markdown
or a calendar file (`interview/kit.py` builds it)."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path

from interviewer.commands.interview import _practice
from interviewer.errors import InputError
from interviewer.interview.kit import build_kit, kit_ics, kit_markdown


def _write(path: str, text: str, what: str) -> None:
    target = Path(path).expanduser()
    try:
        target.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"Cannot write the {what} to {target}: {exc.strerror}.") from None
    print(f"wrote {target}")


def cmd_followup(args: argparse.Namespace) -> int:
    _, session = _practice(args).session(args.session_id)
    kit = build_kit(session)
    if args.ics:
        stamp = datetime.fromisoformat(session.updated_at).astimezone(UTC)
        _write(args.ics, kit_ics(kit, stamp), "calendar file")
    if args.md:
        _write(args.md, kit_markdown(kit), "kit")
    if args.json:
        print(json.dumps(kit.model_dump(mode="json"), indent=2))
    elif not (args.ics or args.md):
        print(kit_markdown(kit))
    return 0


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("follow-up", help="the follow-up kit of a finished interview")
    parser.add_argument("action", choices=["kit"])
    parser.add_argument("session_id", metavar="SESSION_ID", help="a finished session (see `sessions list`)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--ics", metavar="FILE", help="write the note deadline and check-back as a calendar")
    parser.add_argument("--md", metavar="FILE", help="write the kit as Markdown")
    parser.set_defaults(handler=cmd_followup)
