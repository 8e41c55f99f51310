"""`interviewer eval run | compare | report | suites | runs`: offline prompt evals from the command line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from interviewer.errors import InputError
from interviewer.settings import Settings


def _fmt(value: object) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def print_summary(result: dict[str, Any], summary: dict[str, Any], run_dir: Path) -> None:
    outcomes = summary["outcomes"]
    calls = summary["calls"]
    print(
        f"suite {result['suite']} · task {result['task']} · model {result['model']} · "
        f"{result['dataset']['samples']} samples · {summary['mode']} · {summary['seconds']:.1f} s"
    )
    print(
        f"outcomes: {outcomes['pass']} pass, {outcomes['fail']} fail, {outcomes['error']} error · "
        f"model calls: {calls['total']} ({calls['cached']} cached, {calls['live']} live), "
        f"{calls['prompt_tokens']} prompt + {calls['completion_tokens']} completion tokens"
    )
    bounds = {t["metric"]: t for t in result["thresholds"]}
    width = max(len(m) for m in result["metrics"])
    print(f"\n{'metric':<{width}}  {'value':>8}  threshold")
    for metric, value in result["metrics"].items():
        verdict = ""
        if metric in bounds:
            state = {True: "ok", False: "FAILED", None: "not judged (no sample applied)"}[
                bounds[metric]["passed"]
            ]
            verdict = f"{bounds[metric]['bound']}  {state}"
        print(f"{metric:<{width}}  {_fmt(value):>8}  {verdict}")
    failing = [s for s in result.get("samples", []) if s["outcome"] != "pass"]
    unread = outcomes["fail"] + outcomes["error"]
    if result.get("held_out") and unread:
        print(f"\nnot passing: {unread} (held out: not listed; the run's samples.jsonl has them)")
    if failing:
        print(f"\nnot passing ({len(failing)}):")
        for sample in failing[:15]:
            reason = sample["error"] or "; ".join(
                f"{name}: {sample['details'].get(name, 'failed')}"
                for name, ok in sample["checks"].items()
                if ok is False
            )
            print(f"  {sample['id']} [{sample['outcome']}] {reason[:160]}")
        if len(failing) > 15:
            print(f"  … and {len(failing) - 15} more (see the run log)")
    print(f"\nrun {summary['run_id']}: {run_dir}")
    print(
        "PASSED"
        if result["passed"]
        else "FAILED: "
        + ", ".join(
            f"{t['metric']} {_fmt(t['value'])} (wants {t['bound']})"
            for t in result["thresholds"]
            if t["passed"] is False
        )
    )


def cmd_eval(args: argparse.Namespace) -> int:
    from interviewer.evals import run_store, runner

    settings = Settings.from_env()
    if args.action == "run":
        options = runner.RunOptions(
            model=args.model,
            prompts_dir=Path(args.prompts).expanduser() if args.prompts else None,
            mode="record" if args.record else "replay" if args.replay else "live",
            jobs=args.jobs,
            limit=args.limit,
            save_recording=args.save_recording,
            progress=not args.no_progress,
        )
        outcome = runner.run_suite(args.suite, options, settings)
        if args.json:
            print(json.dumps(outcome.summary, indent=2, ensure_ascii=False))
        else:
            print_summary(outcome.result, outcome.summary, outcome.run_dir)
        return 0 if outcome.passed else 1
    if args.action == "compare":
        from interviewer.evals.compare import compare, format_comparison

        result_a, _ = run_store.load_run(args.run_a, settings)
        result_b, _ = run_store.load_run(args.run_b, settings)
        comparison = compare(result_a, result_b)
        if args.json:
            print(comparison.model_dump_json(indent=2))
        else:
            print(format_comparison(comparison, args.run_a, args.run_b))
        return 0
    if args.action == "report":
        from interviewer.evals.report import write_reports

        result, folder = run_store.load_run(args.run, settings)
        run_file = folder / "run.json"
        run = json.loads(run_file.read_text(encoding="utf-8")) if run_file.exists() else None
        out = Path(args.out).expanduser() if args.out else folder
        if args.run.startswith("recording:") and not args.out:
            out = settings.reports_dir / "evals" / args.run.removeprefix("recording:")
        html_path, md_path = write_reports(result, run, out)
        print(f"wrote {html_path}\nwrote {md_path}")
        return 0
    if args.action == "suites":
        from interviewer.evals.suites import load_suite, suite_names

        for name in suite_names():
            suite = load_suite(name)
            mark = "*" if suite.default else " "
            print(f"{mark} {name:<18} {suite.task:<18} {suite.description}")
        print("\n* replayed by CI from its committed recording (evals/recordings/).")
        return 0
    if args.action == "prune":
        removed = run_store.prune_recordings()
        print(f"removed {len(removed)} recorded calls that no committed recording uses")
        return 0
    if args.action == "runs":
        rows = run_store.list_runs(settings)
        if args.json:
            print(json.dumps(rows, indent=2, ensure_ascii=False))
            return 0
        for row in rows:
            verdict = "passed" if row.get("passed") else "FAILED"
            print(f"{row['run_id']:<60} {row.get('mode', ''):<7} {verdict}")
        if not rows:
            print("no eval runs yet; try `interviewer eval run retrieval`.")
        return 0
    raise InputError(f"Unknown eval action '{args.action}'.")


def add_parsers(commands: Any) -> None:
    evals = commands.add_parser(
        "eval", help="offline prompt evals: run a suite, compare two runs, write a report"
    )
    actions = evals.add_subparsers(dest="action", required=True, metavar="ACTION")

    run = actions.add_parser("run", help="run one suite and check its thresholds (exit 1 when one fails)")
    run.add_argument(
        "suite", help="a suite name from evals/suites/ (see `interviewer eval suites`) or a .yaml path"
    )
    run.add_argument("--model", help="model to evaluate (default: the suite's, else INTERVIEWER_MODEL)")
    run.add_argument("--prompts", metavar="DIR", help="a full copy of prompts/ to evaluate instead")
    mode = run.add_mutually_exclusive_group()
    mode.add_argument(
        "--record", action="store_true", help="call the model for every call and store the reply"
    )
    mode.add_argument("--replay", action="store_true", help="make no model call: every reply from the cache")
    run.add_argument("--jobs", type=int, default=1, help="samples run at once (for a served model)")
    run.add_argument("--limit", type=int, help="an even spread of at most N samples")
    run.add_argument(
        "--save-recording",
        action="store_true",
        help="store the calls and the result under evals/recordings/ so that CI replays them",
    )
    run.add_argument("--no-progress", action="store_true", help="no progress bar on standard error")
    run.add_argument("--json", action="store_true", help="print the run summary as JSON")
    run.set_defaults(handler=cmd_eval)

    compare = actions.add_parser("compare", help="two runs side by side: metric deltas, samples that changed")
    compare.add_argument(
        "run_a", metavar="RUN_A", help="run id (or a unique part), run folder, or recording:SUITE"
    )
    compare.add_argument("run_b", metavar="RUN_B")
    compare.add_argument("--json", action="store_true")
    compare.set_defaults(handler=cmd_eval)

    report = actions.add_parser("report", help="write a self-contained HTML report and Markdown for a run")
    report.add_argument(
        "run", metavar="RUN", help="run id (or a unique part), run folder, or recording:SUITE"
    )
    report.add_argument(
        "--out", metavar="DIR", help="folder for report.html and report.md (default: the run's)"
    )
    report.set_defaults(handler=cmd_eval)

    suites = actions.add_parser("suites", help="list the suites")
    suites.set_defaults(handler=cmd_eval)

    prune = actions.add_parser("prune", help="delete recorded calls no committed recording uses")
    prune.set_defaults(handler=cmd_eval)

    runs = actions.add_parser("runs", help="list the runs under INTERVIEWER_HOME")
    runs.add_argument("--json", action="store_true")
    runs.set_defaults(handler=cmd_eval)
