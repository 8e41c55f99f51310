"""`interviewer follow-up kit ID`: the follow-up kit of a finished mock interview or a logged real one, as
text, JSON, Markdown or a calendar file (`interview/kit.py` builds it); `interviewer follow-up log`: log a
real interview (`interview/real_interview.py`), which also puts it in the pipeline."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime, time
from pathlib import Path

from interviewer.errors import InputError
from interviewer.interview.kit import FollowUpKit, kit_ics, kit_markdown

SESSIONS_READ = 500  # the sessions the story bank reads for a logged interview's proof


def _write(path: str, text: str, what: str) -> None:
    target = Path(path).expanduser()
    try:
        target.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"Cannot write the {what} to {target}: {exc.strerror}.") from None
    print(f"wrote {target}")


def _logged_kit(args: argparse.Namespace) -> tuple[FollowUpKit, datetime] | None:
    """The kit of a logged real interview with this id, or None when the id is not one."""
    from interviewer.commands.pipeline import pipeline_store
    from interviewer.interview.real_interview import real_kit
    from interviewer.interview.stories import story_bank, strongest_texts

    pipeline = pipeline_store()
    interview = pipeline.interview(args.session_id)
    if interview is None:
        return None
    stories = strongest_texts(story_bank(pipeline.store.readable(SESSIONS_READ)))
    # The calendar stamp is the interview's own day, so the same log gives the same file.
    return real_kit(interview, stories), datetime.combine(interview.held_on, time(), tzinfo=UTC)


def cmd_kit(args: argparse.Namespace) -> int:
    from interviewer.commands.interview import _practice
    from interviewer.interview.kit import build_kit

    logged = _logged_kit(args)
    if logged is None:
        practice = _practice(args)
        if not practice.store.has(args.session_id):
            raise InputError(
                f"No session or logged interview '{args.session_id}'; `interviewer sessions list` and "
                "`interviewer pipeline list` show them."
            )
        _, session = practice.session(args.session_id)
        kit, stamp = build_kit(session), datetime.fromisoformat(session.updated_at).astimezone(UTC)
    else:
        kit, stamp = logged
    if args.ics:
        _write(args.ics, kit_ics(kit, stamp), "calendar file")
    if args.md:
        _write(args.md, kit_markdown(kit), "kit")
    if args.json:
        print(json.dumps(kit.model_dump(mode="json"), indent=2))
    elif not (args.ics or args.md):
        print(kit_markdown(kit))
    return 0


def log_real_interview(args: argparse.Namespace, today: date) -> int:
    from interviewer.commands.pipeline import pipeline_store
    from interviewer.interview.real_interview import log_interview, parse_date, parse_met

    interview = log_interview(
        company=args.company,
        role=args.role,
        held_on=parse_date(args.date, "interview date") if args.date else today,
        met=[parse_met(m) for m in args.met or []],
        today=today,
        notes=args.notes,
        decision=args.decision,
    )
    stored = pipeline_store().log_interview(interview, today)
    if args.json:
        print(json.dumps(stored.model_dump(mode="json"), indent=2, ensure_ascii=False))
    else:
        print(stored.id)
        print(f"Logged; the follow-up kit: interviewer follow-up kit {stored.id}")
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
    kit.set_defaults(handler=cmd_kit)
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
