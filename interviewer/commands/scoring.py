"""`interviewer score` (one answer or a batch) and `interviewer scoring calibrate|report`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from interviewer.commands import read_text_file
from interviewer.errors import InputError
from interviewer.scoring.rubric import DIMENSIONS, Scorecard, ScoreInput
from interviewer.settings import Settings

TARGET_AUC = 0.9
TARGET_SPEARMAN = 0.7


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env().with_overrides(model=args.model)


def print_scorecard(card: Scorecard, out: TextIO = sys.stdout) -> None:
    print(f"Overall: {card.overall}/100", file=out)
    for name in DIMENSIONS:
        dim = card.dimensions[name]
        score = "n/a" if dim.score is None else f"{dim.score}/5"
        cited = f"  [{', '.join(dim.citations)}]" if dim.citations else ""
        print(f"  {name:<19} {score:<4} {dim.rationale}{cited}", file=out)
    for flag in card.flags:
        print(f"! {flag}", file=out)
    for tip in card.suggestions:
        print(f"- {tip}", file=out)
    if card.rewrite:
        print(f"\nA stronger version, in your own facts:\n{card.rewrite}", file=out)


def cmd_score(args: argparse.Namespace) -> int:
    from interviewer.scoring.scorer import Scorer  # loaded per command: --help stays instant

    scorer = Scorer(_settings(args))
    if args.batch:
        failures = 0
        text = read_text_file(args.batch, "batch")
        for result in scorer.score_lines(text.splitlines(), judge=args.judge):
            if "error" in result:
                failures += 1
                print(f"error: {result['error']}", file=sys.stderr)
            print(json.dumps(result, ensure_ascii=False), flush=True)
        return 1 if failures else 0
    given = (args.answer, args.answer_file, args.answer_audio, args.stdin == "-" or None)
    if sum(source is not None for source in given) != 1:
        raise InputError(
            "Give the answer once: --answer TEXT, --answer-file FILE, --answer-audio FILE, "
            "or - to read standard input."
        )
    transcript = None
    if args.answer_audio is not None:
        from interviewer.voice.transcribe import Transcriber

        transcript = Transcriber(_settings(args)).transcribe_file(Path(args.answer_audio).expanduser())
        answer = transcript.text
    elif args.answer is not None:
        answer = args.answer
    elif args.answer_file is not None:
        answer = read_text_file(args.answer_file, "answer")
    else:
        answer = sys.stdin.read()
    brief = read_text_file(args.company_brief, "company brief") if args.company_brief else None
    if args.role is None or args.question is None:
        raise InputError("--role and --question are required (or use --batch FILE.jsonl).")
    try:
        item = ScoreInput(
            role=args.role,
            question=args.question,
            answer=answer,
            objection=args.objection,
            company_brief=brief,
        )
    except ValidationError as exc:
        problem = exc.errors()[0]
        raise InputError(f"--{problem['loc'][0]} {problem['msg'].lower()}.") from None
    card = scorer.score(item, judge=args.judge)
    if args.json:
        payload = card.contract()
        if transcript is not None:
            # Delivery sits beside the scores: how it was said never changes what was said.
            payload["transcript"] = transcript.text
            payload["delivery"] = transcript.delivery().model_dump()
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        if transcript is not None:
            print(f"transcript ({transcript.audio_seconds:.0f} s): {transcript.text}\n")
        print_scorecard(card)
        if transcript is not None:
            from interviewer.voice.delivery import delivery_lines

            print("\n" + "\n".join(delivery_lines(transcript.delivery())).replace("**", ""))
    return 0


def cmd_scoring(args: argparse.Namespace) -> int:
    from interviewer.scoring.calibration import CALIBRATION_FILE, save_calibration
    from interviewer.scoring.scorer import Scorer
    from interviewer.scoring.validity import (
        calibrate,
        load_labelled,
        load_manipulation,
        manipulation_report,
        validity,
    )

    settings = _settings(args)
    rows = load_labelled()
    cases = load_manipulation()
    if args.limit:
        # An even spread over the set (files are grouped by kind), not the first N of one file.
        rows = rows[:: max(1, len(rows) // args.limit)][: args.limit]
        cases = cases[:: max(1, len(cases) // args.limit)][: args.limit]
    if args.action == "calibrate":
        scorer = Scorer(settings)

        def analyse(item: ScoreInput) -> dict[str, float] | None:
            return scorer.analyse(item).values

        calibration = calibrate(rows, analyse, args.version)
        save_calibration(calibration, CALIBRATION_FILE)
        print(
            f"wrote {CALIBRATION_FILE} ({calibration.version}, "
            f"{calibration.fitted_on['answers']} dev answers)"
        )
        return 0
    scorer = Scorer(settings)
    reports, _ = validity(rows, lambda item: scorer.score(item, judge=args.judge))
    manipulation = manipulation_report(cases, lambda item: scorer.score(item, judge=args.judge))
    payload: dict[str, Any] = {
        "calibration": scorer.calibration.version,
        "judge": scorer.model.name if args.judge else None,
        "splits": {name: report.model_dump() for name, report in reports.items()},
        "manipulation": manipulation,
    }
    failed = [
        f"{name}: {metric} {value} < {target}"
        for name in ("dev", "held-back")
        for metric, value, target in (
            ("AUC", reports[name].auc_strong_vs_weak, TARGET_AUC),
            ("Spearman", reports[name].spearman, TARGET_SPEARMAN),
        )
        if not value >= target
    ]
    if manipulation["score_gains"] or manipulation["unflagged"]:
        failed.append("manipulation: an attacked answer scored higher or went unflagged")
    payload["failed"] = failed
    if args.json:
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        for name, report in reports.items():
            within = ", ".join(f"{d} {v:.2f}" for d, v in report.within_one.items())
            print(
                f"{name:<10} n={report.answers:<4} AUC {report.auc_strong_vs_weak:.3f}  "
                f"Spearman {report.spearman:.3f}  within one: {within}"
            )
        print(
            f"manipulation: {manipulation['cases']} cases, {len(manipulation['score_gains'])} gained, "  # type: ignore[arg-type]
            f"{len(manipulation['unflagged'])} unflagged"  # type: ignore[arg-type]
        )
        for problem in failed:
            print(f"FAILED {problem}", file=sys.stderr)
    return 1 if failed else 0


def add_parsers(commands: Any) -> None:
    score = commands.add_parser("score", help="score one answer (or a JSONL batch) against the rubric")
    score.add_argument("stdin", nargs="?", choices=["-"], help="read the answer from standard input")
    score.add_argument("--role", help="the role interviewed for (library id or free text)")
    score.add_argument("--question", help="the question that was asked")
    score.add_argument("--answer", help="the answer text")
    score.add_argument("--answer-file", dest="answer_file", help="a file holding the answer")
    score.add_argument(
        "--answer-audio",
        dest="answer_audio",
        metavar="F",
        help="an audio file of the spoken answer: transcribed, scored, delivery measured (voice extra)",
    )
    score.add_argument("--objection", help="the objection the question raises, e.g. objection:degree")
    score.add_argument("--company-brief", dest="company_brief", help="a file holding the company brief")
    score.add_argument(
        "--judge",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="add the LLM judge (default: on for openai: models, off for embedded ones)",
    )
    score.add_argument("--model", help="model for the judge and the rewrite (default: INTERVIEWER_MODEL)")
    score.add_argument(
        "--batch", help="a JSONL file (or -) with role, question, answer[, objection, company_brief, id]"
    )
    score.add_argument("--json", action="store_true", help="machine-readable output")
    score.set_defaults(handler=cmd_score)

    scoring = commands.add_parser(
        "scoring", help="calibrate the scorer, or report its validity on labelled answers"
    )
    scoring.add_argument("action", choices=["report", "calibrate"])
    scoring.add_argument(
        "--judge", action=argparse.BooleanOptionalAction, default=False, help="include the LLM judge"
    )
    scoring.add_argument("--model", help="model for the judge (default: INTERVIEWER_MODEL)")
    scoring.add_argument(
        "--limit", type=int, help="only N labelled answers (and N manipulations), evenly spread"
    )
    scoring.add_argument(
        "--version", default="scoring-v1", help="version name written into the calibration file"
    )
    scoring.add_argument("--json", action="store_true", help="machine-readable output")
    scoring.set_defaults(handler=cmd_scoring)
