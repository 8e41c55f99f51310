"""`interviewer plan`, `interviewer interview` (the terminal mode) and `interviewer sessions`."""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from interviewer.commands import read_text_file
from interviewer.errors import InputError, InterviewerError
from interviewer.interview.personas import PERSONAS
from interviewer.settings import Settings

if TYPE_CHECKING:  # the engine (store, embeddings) loads only when a command runs, not for --help
    from interviewer.interview.engine import Engine
    from interviewer.interview.exports import ExportFormat
    from interviewer.interview.plan import Plan
    from interviewer.interview.session import Session, Turn
    from interviewer.practice import Practice

ANSWER_SEPARATOR = "---"


def _practice(args: argparse.Namespace) -> Practice:
    from interviewer.practice import Practice

    return Practice(Settings.from_env().with_overrides(model=getattr(args, "model", None)))


def _engine(args: argparse.Namespace) -> Engine:
    return _practice(args).engine()


def _text(path: str | None, what: str) -> str | None:
    return read_text_file(path, what) if path else None


def _profile_from(args: argparse.Namespace, engine: Engine) -> Any:
    from interviewer.interview.resume import read_resume

    resume = read_resume(Path(args.resume)) if args.resume else None
    return engine.profile(
        role=args.role,
        resume=resume,
        job_description=_text(args.job_description, "job description"),
        company_brief=_text(args.company_brief, "company brief"),
        persona=args.persona,
        length=args.length,
        resume_name=Path(args.resume).name if args.resume else None,
    )


def cmd_plan(args: argparse.Namespace) -> int:
    engine = _engine(args)
    plan = engine.plan(_profile_from(args, engine), args.seed)
    if args.json:
        print(json.dumps(plan.contract(), indent=2, ensure_ascii=False))
        return 0
    print(f"Plan for {plan.role} (persona {plan.persona}, seed {plan.seed})")
    print(f"  questions from: {_bank(plan)}")
    for objection in plan.objections:
        print(f"  objection {objection.topic}: {objection.evidence}")
    for stage in plan.stages:
        print(f"\n{stage.name}:")
        for move in stage.moves:
            print(f"  [{move.kind}] {move.text}")
    return 0


_PROFILES = {
    "general-leader": "general leadership profile",
    "general-team-manager": "general team-management profile",
}


def _bank(plan: Plan) -> str:
    """Which library role's questions the plan uses, said so a user can see why they were asked them."""
    profile = _PROFILES.get(plan.role_id, "general profile")
    if plan.role_below:
        return f"the {profile} ({plan.role} is below the rank of the '{plan.role_below}' library role)"
    if not plan.role_matched:
        return f"the {profile} (no library role is near {plan.role})"
    return f"the '{plan.role_id}' library role"


def read_answers(path: str) -> Iterator[str]:
    """Answers from a script file: a JSON list of strings, or plain text blocks separated by a '---' line."""
    text = _text(path, "answers") or ""
    if text.lstrip().startswith("["):
        try:
            answers = json.loads(text)
        except ValueError as exc:
            raise InputError(f"{path}: not a valid JSON list of answers: {exc}") from None
        if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
            raise InputError(f"{path}: the JSON must be a list of strings.")
        yield from answers
        return
    block: list[str] = []
    for line in text.splitlines():
        if line.strip() == ANSWER_SEPARATOR:
            yield "\n".join(block).strip()
            block = []
        else:
            block.append(line)
    if any(line.strip() for line in block):
        yield "\n".join(block).strip()


def _ask(prompt: str, out: TextIO) -> str:
    """One answer typed in the terminal: lines until an empty line (or end of input)."""
    print(prompt, file=out, flush=True)
    lines: list[str] = []
    for line in sys.stdin:
        if not line.strip():
            if lines:
                break
            continue
        lines.append(line.rstrip("\n"))
    if not lines:
        raise EOFError
    return "\n".join(lines)


def print_assessment(turn: Turn, out: TextIO) -> None:
    if turn.scorecard is not None:
        card = turn.scorecard
        dims = ", ".join(f"{n} {d.score}" for n, d in card.dimensions.items() if d.score is not None)
        print(f"  score {card.overall}/100 ({dims})", file=out)
        for flag in card.flags:
            print(f"  ! {flag}", file=out)
        for tip in card.suggestions[:2]:
            print(f"  - {tip}", file=out)
    for check in (turn.closing, turn.thank_you):
        if check is not None:
            print(f"  score {check.score}/100: {check.rationale}", file=out)
    if turn.delivery is not None:
        d = turn.delivery
        print(
            f"  delivery: {d.words_per_minute:.0f} words/min ({d.pace}), {len(d.long_pauses)} pauses ≥ 1 s, "
            f"{d.filler_count} filler words (at least)",
            file=out,
        )
        if d.note:
            print(f"  - {d.note}", file=out)
    for notice in turn.notices:
        print(f"  ({notice})", file=out)


def run_terminal(engine: Engine, session: Session, answers: Iterator[str | Path] | None, out: TextIO) -> int:
    """Play the session in the terminal; scripted answers are text, or audio files to transcribe."""
    print(f"Session {session.id}: {session.plan.role}, persona {session.plan.persona}", file=out)
    if not session.turns:
        print("\n" + engine.brief(session).markdown(), file=out)
    while session.status != "finished":
        for event in engine.next_turn(session):
            # A terminal cannot take back what it printed: the turn is printed once it has passed its checks.
            if event.turn is not None:
                where = session.progress(event.turn)
                label = f"[question {where[0]} of {where[1]}] " if where else ""
                print(f"{label}{event.text}", file=out)
        turn = session.open_turn
        if turn is None:
            continue
        try:
            given = (
                next(answers) if answers is not None else _ask("> (your answer; an empty line sends it)", out)
            )
        except (StopIteration, EOFError):
            print(f"\nPaused. Resume with: interviewer interview --session {session.id}", file=out)
            return 0
        spoken = engine.transcribe(given) if isinstance(given, Path) else None
        text = spoken.transcript.text if spoken is not None else str(given)
        if answers is not None:
            heard = f"(spoken, {spoken.transcript.audio_seconds:.0f} s) " if spoken is not None else ""
            print(f"> {heard}{text}", file=out)
        engine.answer(session, text, spoken=spoken)
        print_assessment(turn, out)
    report = engine.report(session)
    print("\n" + report.markdown(), file=out)
    return 0


def _audio_files(names: list[str]) -> list[Path]:
    """The recorded answers, checked before a session is created or a turn generated."""
    files = [Path(f).expanduser() for f in names]
    for path in files:
        if not path.is_file():
            raise InputError(f"--answer-audio {path}: no such file.")
        if path.stat().st_size == 0:
            raise InputError(f"--answer-audio {path}: the file is empty.")
    return files


def cmd_interview(args: argparse.Namespace) -> int:
    # Every scripted answer is read and checked first: a bad file must not leave an empty session behind.
    scripted: list[Iterator[str | Path]] = []
    if args.answer_audio:
        scripted.append(iter(_audio_files(args.answer_audio)))
    if args.answers:
        scripted.append(iter(list(read_answers(args.answers))))
    if not args.session and not args.role:
        raise InputError("--role is required to start an interview (or --session ID to resume one).")
    engine = _engine(args)
    session = (
        engine.resume(args.session) if args.session else engine.start(_profile_from(args, engine), args.seed)
    )
    answers = itertools.chain(*scripted) if scripted else None
    try:
        return run_terminal(engine, session, answers, sys.stdout)
    except InterviewerError as exc:
        print(
            f"error: {exc}\nEvery answer so far is saved. "
            f"Resume with: interviewer interview --session {session.id}",
            file=sys.stderr,
        )
        return 1


def cmd_sessions(args: argparse.Namespace) -> int:
    practice = _practice(args)
    if args.action == "list":
        summaries = practice.summaries()
        if args.json:
            print(json.dumps([s.model_dump() for s in summaries], indent=2))
        for s in [] if args.json else summaries:
            mean = "-" if s.mean_overall is None else f"{s.mean_overall:.0f}"
            print(f"{s.id}  {s.updated_at}  {s.status:<8} {s.answered:>2} answers  mean {mean:>3}  {s.role}")
        return 0
    if not args.id:
        raise InputError(
            f"`sessions {args.action}` needs a session id; `interviewer sessions list` shows them."
        )
    if args.action == "delete":
        practice.delete(args.id)
        print(f"deleted {args.id}")
        return 0
    _, session = practice.session(args.id)
    fmt: ExportFormat = "md" if args.action == "show" else args.format
    if fmt == "pdf" and not args.out:
        raise InputError("A PDF export needs a file to write: add --out report.pdf.")
    data = practice.export(session, fmt)
    if args.action == "export" and args.out:
        Path(args.out).write_bytes(data)
        print(f"wrote {args.out}")
    else:
        print(data.decode("utf-8"))
    return 0


def _profile_arguments(parser: argparse.ArgumentParser, role_required: bool) -> None:
    parser.add_argument("--role", required=role_required, help="library role id, title or free text")
    parser.add_argument("--resume", help="resume file (.txt, .md, .pdf, .docx)")
    parser.add_argument("--job-description", dest="job_description", help="job description text file")
    parser.add_argument("--company-brief", dest="company_brief", help="company brief text file")
    parser.add_argument("--persona", default="skeptical-hiring-manager", choices=list(PERSONAS))
    parser.add_argument("--length", default="standard", choices=["short", "standard", "long"])
    parser.add_argument("--seed", type=int, default=0, help="the plan is the same for the same seed")


def add_parsers(commands: Any) -> None:
    plan = commands.add_parser("plan", help="print the interview plan for a role and resume")
    _profile_arguments(plan, role_required=True)
    plan.add_argument("--json", action="store_true", help="machine-readable output")
    plan.set_defaults(handler=cmd_plan)

    interview = commands.add_parser("interview", help="run a mock interview in the terminal")
    _profile_arguments(interview, role_required=False)
    interview.add_argument("--model", help="model name (default: INTERVIEWER_MODEL)")
    interview.add_argument("--answers", help="script file of answers (JSON list, or blocks separated by ---)")
    interview.add_argument(
        "--answer-audio",
        dest="answer_audio",
        action="append",
        metavar="F",
        help="an audio file answering the next question (repeatable; before --answers; voice extra)",
    )
    interview.add_argument("--session", help="resume this session id instead of starting a new one")
    interview.set_defaults(handler=cmd_interview)

    sessions = commands.add_parser("sessions", help="list, show, export or delete saved sessions")
    sessions.add_argument("action", choices=["list", "show", "export", "delete"])
    sessions.add_argument("id", nargs="?", help="session id")
    sessions.add_argument(
        "--format", choices=["md", "html", "json", "pdf"], default="json", help="export format"
    )
    sessions.add_argument("--out", help="file to write the export to")
    sessions.add_argument("--json", action="store_true", help="machine-readable list")
    sessions.set_defaults(handler=cmd_sessions)
