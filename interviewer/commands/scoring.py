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
from interviewer.scoring.quotes import timed
from interviewer.scoring.rubric import DIMENSIONS, Scorecard, ScoreInput
from interviewer.settings import Settings


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
    for name in DIMENSIONS:
        for quote in card.dimensions[name].quotes:
            print(f'  {name.replace("_", " ")}: "{quote.text}"', file=out)
    for rewrite in card.rewrites:
        print(f"\n{rewrite.level.capitalize()} rewrite:\n{rewrite.text}", file=out)


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
    if transcript is not None:  # each quoted span gets its place in the recording
        card = timed(card, answer, transcript.words)
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
    settings = _settings(args)
    if args.action == "calibrate":
        return _calibrate(args, settings)
    return _report(args, settings)


def _calibrate(args: argparse.Namespace, settings: Settings) -> int:
    from interviewer.scoring.calibration import CALIBRATION_FILE, save_calibration
    from interviewer.scoring.scorer import Scorer
    from interviewer.scoring.validity import calibrate, load_labelled

    rows = load_labelled()
    if args.limit:
        rows = rows[:: max(1, len(rows) // args.limit)][: args.limit]
    scorer = Scorer(settings)

    def analyse(item: ScoreInput) -> dict[str, float] | None:
        return scorer.analyse(item).values

    calibration = calibrate(rows, analyse, args.version)
    save_calibration(calibration, CALIBRATION_FILE)
    print(f"wrote {CALIBRATION_FILE} ({calibration.version}, {calibration.fitted_on['answers']} dev answers)")
    return 0


def _report(args: argparse.Namespace, settings: Settings) -> int:
    """The `scoring` and `manipulation` suites, read as one validity report: one harness, one set of gates
    (evals/suites/scoring.yaml, manipulation.yaml)."""
    from interviewer.evals.runner import RunOptions, run_suite
    from interviewer.scoring.calibration import load_calibration
    from interviewer.scoring.validity import load_labelled, report_from_scores

    options = RunOptions(params={"judge": bool(args.judge)}, limit=args.limit, progress=False)
    scoring = run_suite("scoring", options, settings)
    manipulation = run_suite("manipulation", options, settings)
    rows = {row.id: row for row in load_labelled()}
    samples = [s for s in scoring.result["samples"] if s["error"] is None]
    splits = {}
    for part in ("dev", "held-back", "all"):
        chosen = [s for s in samples if part == "all" or s["outputs"]["split"] == part]
        splits[part] = report_from_scores(
            [rows[s["id"]] for s in chosen],
            [float(s["outputs"]["overall"]) for s in chosen],
            [s["outputs"]["dimensions"] for s in chosen],
        )
    attacks = manipulation.result["samples"]
    payload: dict[str, Any] = {
        "calibration": load_calibration().version,
        "judge": scoring.result["model"] if args.judge else None,
        "splits": {name: report.model_dump() for name, report in splits.items()},
        "manipulation": {
            "cases": len(attacks),
            "score_gains": [s["id"] for s in attacks if s["checks"].get("no_gain") is False],
            "unflagged": [s["id"] for s in attacks if s["checks"].get("flagged") is False],
        },
        "runs": [scoring.run_id, manipulation.run_id],
    }
    failed = [
        f"{run.result['suite']}: {t['metric']} {t['value']} (needs {t['bound']})"
        for run in (scoring, manipulation)
        for t in run.result["thresholds"]
        if t["passed"] is False
    ]
    payload["failed"] = failed
    if args.json:
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 1 if failed else 0
    for name, measured in splits.items():
        within = ", ".join(f"{d} {v:.2f}" for d, v in measured.within_one.items())
        print(
            f"{name:<10} n={measured.answers:<4} AUC {measured.auc_strong_vs_weak:.3f}  "
            f"Spearman {measured.spearman:.3f}  within one: {within}"
        )
    gains, unflagged = payload["manipulation"]["score_gains"], payload["manipulation"]["unflagged"]
    print(f"manipulation: {len(attacks)} cases, {len(gains)} gained, {len(unflagged)} unflagged")
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
