"""What a run's result says, read for both reports: its verdict, per-check counts, what did not pass, the
scores to chart, and the facts of the suite and the run."""

from __future__ import annotations

from collections import Counter
from typing import Any

from interviewer.evals.report_charts import as_dicts, as_mapping, as_number, as_text, fmt

OUTCOME_ORDER = ("pass", "fail", "error")
LABEL_ORDER = ("strong", "adequate", "weak")


def verdict(result: dict[str, Any]) -> str:
    return "PASSED" if result.get("passed") is True else "FAILED"


def check_counts(samples: list[dict[str, Any]]) -> dict[str, tuple[int, int, int]]:
    """(pass, fail, n/a) per check, in the order checks first appear, which follows the suite's own order."""
    counts: dict[str, list[int]] = {}
    for sample in samples:
        for name, passed in as_mapping(sample.get("checks")).items():
            row = counts.setdefault(str(name), [0, 0, 0])
            row[0 if passed is True else 1 if passed is False else 2] += 1
    return {name: (row[0], row[1], row[2]) for name, row in counts.items()}


def pass_rate(passed: int, failed: int) -> float | None:
    return passed / (passed + failed) if passed + failed else None


def outcome_counts(result: dict[str, Any], run: dict[str, Any] | None) -> list[tuple[str, int]]:
    samples = as_dicts(result.get("samples"))
    counter: Counter[str] = Counter()
    if samples:
        counter.update(as_text(sample.get("outcome")) or "unknown" for sample in samples)
    elif run is not None:
        # A result without samples still has its totals recorded in run.json.
        for name, count in as_mapping(run.get("outcomes")).items():
            if isinstance(count, int) and not isinstance(count, bool):
                counter[str(name)] += count
    known = [(name, counter.get(name, 0)) for name in OUTCOME_ORDER]
    others = sorted((name, count) for name, count in counter.items() if name not in OUTCOME_ORDER)
    return known + others if sum(counter.values()) else []


def failed_checks(sample: dict[str, Any]) -> list[tuple[str, str]]:
    details = as_mapping(sample.get("details"))
    return [
        (str(name), as_text(details.get(name)))
        for name, passed in as_mapping(sample.get("checks")).items()
        if passed is False
    ]


def non_passing(result: dict[str, Any]) -> list[dict[str, Any]]:
    return [sample for sample in as_dicts(result.get("samples")) if sample.get("outcome") != "pass"]


def unlisted(result: dict[str, Any], run: dict[str, Any] | None) -> str | None:
    """What stands where a held-out run's failing samples would be listed: their count, never the samples."""
    if not result.get("held_out"):
        return None
    failing = sum(count for name, count in outcome_counts(result, run) if name != "pass")
    return f"Held out: not listed here ({failing} not passing); the run's samples.jsonl has them."


def location(sample: dict[str, Any]) -> str:
    file, line = as_text(sample.get("file")), sample.get("line")
    return f"{file}:{line}" if file and line is not None else file


def score_points(samples: list[dict[str, Any]]) -> dict[str, list[tuple[str, float]]]:
    """Per label, (sample id, number) for outputs that carry a 0-100 "overall" (or "score") and a label."""
    points: dict[str, list[tuple[str, float]]] = {}
    for sample in samples:
        outputs = as_mapping(sample.get("outputs"))
        label = outputs.get("label")
        number = as_number(outputs.get("overall"))
        if number is None:
            number = as_number(outputs.get("score"))
        if number is None or not isinstance(label, str) or not label:
            continue
        points.setdefault(label, []).append((as_text(sample.get("id")), number))
    ordered = [label for label in LABEL_ORDER if label in points]
    ordered += sorted(label for label in points if label not in LABEL_ORDER)
    return {label: points[label] for label in ordered}


def run_facts(run: dict[str, Any]) -> list[tuple[str, str]]:
    facts: list[tuple[str, str]] = []
    if run.get("run_id"):
        facts.append(("Run", as_text(run["run_id"])))
    if run.get("mode"):
        facts.append(("Mode", as_text(run["mode"])))
    if run.get("started_at"):
        facts.append(("Started", as_text(run["started_at"])))
    if as_number(run.get("seconds")) is not None:
        facts.append(("Duration", f"{fmt(run['seconds'], 1)} s"))
    if as_number(run.get("samples_per_second")) is not None:
        facts.append(("Throughput", f"{fmt(run['samples_per_second'], 2)} samples/s"))
    if run.get("jobs") is not None:
        facts.append(("Jobs", as_text(run["jobs"])))
    calls = as_mapping(run.get("calls"))
    if calls:
        facts.append(
            (
                "Calls",
                f"{calls.get('total', 'n/a')} total, {calls.get('cached', 'n/a')} cached, "
                f"{calls.get('live', 'n/a')} live",
            )
        )
        facts.append(
            (
                "Tokens",
                f"{calls.get('prompt_tokens', 'n/a')} prompt, "
                f"{calls.get('completion_tokens', 'n/a')} completion",
            )
        )
    return facts


def suite_facts(result: dict[str, Any]) -> list[tuple[str, str]]:
    dataset = as_mapping(result.get("dataset"))
    facts = [
        ("Suite", f"{as_text(result.get('suite'))} v{as_text(result.get('suite_version'))}"),
        ("Task", as_text(result.get("task"))),
        ("Model", as_text(result.get("model") or "none (this suite calls no chat model)")),
        ("Samples", as_text(dataset.get("samples", len(as_dicts(result.get("samples")))))),
    ]
    if dataset.get("sha256"):
        facts.append(("Dataset", f"sha256 {as_text(dataset['sha256'])[:12]}"))
    if result.get("prompts"):
        facts.append(("Prompts", as_text(result["prompts"])[:12]))
    return facts
