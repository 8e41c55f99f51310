"""Running a suite: samples (concurrently when asked), checks, metrics, thresholds, and the run's files.

A run writes three files under `INTERVIEWER_HOME/evals/runs/<run id>/`:
- `result.json`: what was measured, and nothing that varies between two runs of the same calls (no times,
  no run id, no cache statistics), so a replay reproduces a recorded run byte for byte;
- `run.json`: the same summary plus the run's circumstances (mode, times, cache hits, token counts);
- `samples.jsonl`: every sample with its inputs, model calls, outputs, check results, timings and tokens.
"""

from __future__ import annotations

import hashlib
import json
import platform
import re
import secrets
import sys
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from pydantic import BaseModel, ConfigDict

from interviewer import __version__
from interviewer.errors import InputError, InterviewerError
from interviewer.evals.cache import (
    CachingModel,
    CallCache,
    MissingRecording,
    Mode,
    SampleCalls,
    current_sample,
)
from interviewer.evals.run_store import RECORDED_CALLS, runs_dir, save_recording
from interviewer.evals.suites import (
    DatasetLine,
    Suite,
    Threshold,
    dataset_digest,
    load_suite,
    read_dataset,
)
from interviewer.evals.tasks import TASKS, Context, Outcome, Task
from interviewer.models.registry import get_model
from interviewer.prompts import PROMPTS_DIR
from interviewer.settings import Settings
from interviewer.tokens import count_message_tokens, count_tokens


class RunOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    model: str | None = None
    prompts_dir: Path | None = None
    mode: Mode = "live"
    jobs: int = 1
    limit: int | None = None
    cache_dir: Path | None = None
    save_recording: bool = False
    progress: bool = True
    params: dict[str, Any] | None = None  # overrides the suite's params (`corpus eval --k 3`, `--judge`)


class RunResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    run_id: str
    run_dir: Path
    passed: bool
    result: dict[str, Any]
    summary: dict[str, Any]


def prompts_digest(root: Path | None) -> str:
    base = (root or PROMPTS_DIR).resolve()
    if not base.is_dir():
        raise InputError(f"--prompts {root}: not a folder of prompt files.")
    digest = hashlib.sha256()
    for path in sorted(base.rglob("*.md")):
        digest.update(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def spread(items: list[Any], limit: int | None) -> list[Any]:
    """An even spread of `limit` items (datasets are grouped by kind, so not simply the first N)."""
    if not limit or limit >= len(items):
        return items
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]


class Progress:
    """A one-line progress bar on a terminal; occasional plain lines when output goes to a file."""

    def __init__(self, total: int, label: str, out: TextIO, enabled: bool) -> None:
        self.total, self.label, self.out, self.enabled = total, label, out, enabled
        self.done = 0
        self.failed = 0
        self.started = time.perf_counter()
        self.tty = out.isatty()
        self._lock = threading.Lock()
        self._last_line = -1

    def advance(self, failed: bool) -> None:
        with self._lock:
            self.done += 1
            self.failed += failed
            if not self.enabled:
                return
            elapsed = time.perf_counter() - self.started
            eta = elapsed / self.done * (self.total - self.done)
            text = (
                f"{self.label} {self.done}/{self.total} ({self.failed} failed) "
                f"{elapsed:.0f}s elapsed, ~{eta:.0f}s left"
            )
            if self.tty:
                width = 24
                filled = int(width * self.done / self.total)
                self.out.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {text}")
                if self.done == self.total:
                    self.out.write("\n")
            else:
                tenth = self.done * 10 // self.total
                if tenth != self._last_line:
                    self._last_line = tenth
                    self.out.write(text + "\n")
            self.out.flush()


def _dumps(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False, default=str) + "\n"


def _metric(value: float) -> float | None:
    return None if value != value else value  # NaN is not JSON


def run_suite(
    name: str, options: RunOptions, settings: Settings | None = None, progress_out: TextIO | None = None
) -> RunResult:
    settings = settings or Settings.from_env()
    suite = load_suite(name)
    task = TASKS[suite.task]
    limits = [n for n in (suite.limit, options.limit) if n]
    samples = spread(read_dataset(suite, task.sample_type), min(limits) if limits else None)
    if not samples:
        raise InputError(f"Suite '{suite.name}' has no samples.")
    if options.jobs < 1:
        raise InputError("--jobs must be at least 1.")
    if options.save_recording and options.mode == "replay":
        raise InputError("--save-recording records calls; it cannot be combined with --replay.")
    model_name = options.model or suite.model or settings.model
    # Suites that call no chat model say so, rather than name a model that took no part.
    params = {**suite.params, **(options.params or {})}
    uses_model = task.uses_model or bool(params.get("judge"))
    shown_model = model_name if uses_model else None
    run_settings = settings.with_overrides(model=model_name)
    prompts = prompts_digest(options.prompts_dir)

    write_dir = RECORDED_CALLS if options.save_recording else (options.cache_dir or settings.eval_cache_dir)
    cache = CallCache(write_dir, read_dirs=[RECORDED_CALLS])
    model = CachingModel(get_model(model_name, run_settings), cache, options.mode)

    stamp = datetime.now(UTC)
    slug = re.sub(r"[^A-Za-z0-9.]+", "-", model_name).strip("-") if uses_model else "no-model"
    run_id = f"{stamp:%Y%m%d-%H%M%S}-{suite.name}-{slug}-{secrets.token_hex(2)}"
    run_dir = runs_dir(settings) / run_id
    run_dir.mkdir(parents=True)

    ctx = Context(run_settings, model, params, run_dir, options.prompts_dir, suite.as_of)
    started = time.perf_counter()
    task.prepare(ctx)
    prepared_s = time.perf_counter() - started
    progress = Progress(len(samples), suite.name, progress_out or sys.stderr, options.progress)
    logs = _run_samples(task, suite, samples, ctx, options.jobs, progress)
    seconds = time.perf_counter() - started

    outcomes = [log.pop("_outcome") for log in logs]
    metrics = _metrics(task, suite, outcomes, params)
    verdicts = _verdicts(suite, metrics, limited=bool(options.limit))
    passed = all(v["passed"] is not False for v in verdicts)
    result = {
        "suite": suite.name,
        "suite_version": suite.version,
        "task": suite.task,
        "model": shown_model,
        "prompts": prompts,
        "params": params,
        "as_of": suite.as_of.isoformat(),
        "dataset": {
            "files": sorted({line.file for line, _ in samples}),
            "sha256": dataset_digest([line for line, _ in samples]),
            "samples": len(samples),
        },
        "metrics": metrics,
        "thresholds": verdicts,
        "passed": passed,
    }
    if suite.held_out:
        result["held_out"] = True
    else:
        kept = ("id", "file", "line", "outcome", "checks", "details", "error", "outputs")
        result["samples"] = [{key: log[key] for key in kept} for log in logs]
    calls = [call for log in logs for call in log["calls"]]
    timing = {"started_at": stamp, "seconds": seconds, "prepare_seconds": prepared_s}
    summary = _summary(result, suite, options, run_id, timing, logs, model.live_calls)
    (run_dir / "result.json").write_text(_dumps(result), encoding="utf-8")
    (run_dir / "run.json").write_text(_dumps(summary), encoding="utf-8")
    with (run_dir / "samples.jsonl").open("w", encoding="utf-8") as handle:
        for log in logs:
            handle.write(json.dumps(log, ensure_ascii=False, default=str) + "\n")
    if options.save_recording:
        save_recording(suite.name, run_dir, {call["key"] for call in calls})
    return RunResult(run_id=run_id, run_dir=run_dir, passed=passed, result=result, summary=summary)


def _verdicts(suite: Suite, metrics: dict[str, float | None], limited: bool) -> list[dict[str, Any]]:
    thresholds = dict(suite.thresholds)
    thresholds.setdefault("error_rate", _NO_ERRORS)
    verdicts = []
    for metric, bound in thresholds.items():
        value = metrics.get(metric)
        # A check that applied to no sample cannot be judged; that is only acceptable in a --limit run,
        # whose spread may hold no such sample. A full run must show every gated metric.
        verdict: bool | None = None if value is None and limited else bound.passes(value)
        verdicts.append({"metric": metric, "bound": bound.describe(), "value": value, "passed": verdict})
    return verdicts


def _summary(
    result: dict[str, Any],
    suite: Suite,
    options: RunOptions,
    run_id: str,
    timing: dict[str, Any],
    logs: list[dict[str, Any]],
    live_calls: int,
) -> dict[str, Any]:
    """The result plus the run's circumstances, which differ between two runs of the same calls."""
    calls = [call for log in logs for call in log["calls"]]
    seconds, prepared_s = timing["seconds"], timing["prepare_seconds"]
    return {key: value for key, value in result.items() if key != "samples"} | {
        "run_id": run_id,
        "mode": options.mode,
        "jobs": options.jobs,
        "limit": options.limit,
        "prompts_dir": str(options.prompts_dir) if options.prompts_dir else None,
        "started_at": timing["started_at"].isoformat(timespec="seconds"),
        "seconds": round(seconds, 3),
        "prepare_seconds": round(prepared_s, 3),
        "samples_per_second": round(len(logs) / max(seconds - prepared_s, 1e-9), 3),
        "calls": {
            "total": len(calls),
            "cached": sum(1 for c in calls if c["cached"]),
            "live": live_calls,
            "prompt_tokens": sum(c["prompt_tokens"] for c in calls),
            "completion_tokens": sum(c["completion_tokens"] for c in calls),
        },
        "outcomes": {
            kind: sum(1 for log in logs if log["outcome"] == kind) for kind in ("pass", "fail", "error")
        },
        "interviewer": __version__,
        "python": platform.python_version(),
        "suite_file": str(suite.path),
    }


# A sample that errors fails the run unless the suite allows some errors explicitly.
_NO_ERRORS = Threshold(max=0.0)


def _metrics(
    task: Task, suite: Suite, outcomes: list[Outcome], params: dict[str, Any]
) -> dict[str, float | None]:
    metrics: dict[str, float | None] = {}
    for check in suite.checks:
        applied = [
            o.checks.get(check) for o in outcomes if o.error is None and o.checks.get(check) is not None
        ]
        metrics[f"{check}.pass_rate"] = (
            round(sum(1 for v in applied if v) / len(applied), 4) if applied else None
        )
    metrics["error_rate"] = round(sum(1 for o in outcomes if o.error) / len(outcomes), 4)
    for name, value in task.metrics(outcomes, params).items():
        metrics[name] = _metric(value)
    return metrics


def _run_samples(
    task: Task,
    suite: Suite,
    samples: list[tuple[DatasetLine, Any]],
    ctx: Context,
    jobs: int,
    progress: Progress,
) -> list[dict[str, Any]]:
    def one(line: DatasetLine, sample: Any) -> dict[str, Any]:
        calls = SampleCalls(str(getattr(sample, "id", f"{line.file}:{line.line}")))
        token = current_sample.set(calls)
        started = time.perf_counter()
        outputs: dict[str, Any] = {}
        error = None
        try:
            outputs = task.run(sample, ctx)
        except MissingRecording:
            raise
        except (InterviewerError, ValueError) as exc:
            # One sample that fails (a model outage, a bad profile) is reported, and the run goes on.
            error = f"{type(exc).__name__}: {exc}"
        finally:
            current_sample.reset(token)
        seconds = time.perf_counter() - started
        checks: dict[str, bool | None] = {}
        details: dict[str, str] = {}
        if error is None:
            for name in suite.checks:
                passed, detail = task.checks[name](sample, outputs, ctx.params)
                checks[name] = passed
                if detail:
                    details[name] = detail
        outcome = "error" if error else ("fail" if any(v is False for v in checks.values()) else "pass")
        progress.advance(outcome != "pass")
        records = [_with_tokens(call.model_dump(mode="json"), ctx.model.name) for call in calls.calls]
        return {
            "id": calls.sample_id,
            "file": line.file,
            "line": line.line,
            "outcome": outcome,
            "checks": checks,
            "details": details,
            "error": error,
            "inputs": line.data,
            "outputs": outputs,
            "seconds": round(seconds, 4),
            "prompt_tokens": sum(r["prompt_tokens"] for r in records),
            "completion_tokens": sum(r["completion_tokens"] for r in records),
            "calls": records,
            "_outcome": Outcome(sample=sample, outputs=outputs, checks=checks, error=error, calls=calls),
        }

    if jobs == 1:
        return [one(line, sample) for line, sample in samples]
    with ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="eval") as pool:
        futures: list[Future[dict[str, Any]]] = [pool.submit(one, line, sample) for line, sample in samples]
        try:
            return [future.result() for future in futures]  # dataset order, whatever finished first
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise


def _with_tokens(record: dict[str, Any], model: str) -> dict[str, Any]:
    # Streams report no usage; count locally (exact for OpenAI models, an approximation for local ones).
    if not record["prompt_tokens"]:
        record["prompt_tokens"] = count_message_tokens([m["content"] for m in record["messages"]], model)
    if record["text"] and (not record["completion_tokens"] or record["method"] == "stream"):
        record["completion_tokens"] = count_tokens(record["text"], model)
    return record
