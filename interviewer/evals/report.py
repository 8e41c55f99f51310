"""Human-readable reports of an eval run: a Markdown summary and a self-contained HTML page with SVG charts.

Both renderers read the dictionaries a run writes (`result.json`, and optionally `run.json`) and return text;
`write_reports` is the only function here that touches the file system.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from html import escape
from pathlib import Path
from typing import Any

OUTCOME_ORDER = ("pass", "fail", "error")
LABEL_ORDER = ("strong", "adequate", "weak")

# Colours chosen for at least 4.5:1 contrast against white, so they work for text as well as for shapes.
PASS_COLOUR = "#1a7f37"
FAIL_COLOUR = "#c62828"
ERROR_COLOUR = "#8a5a00"
NEUTRAL_COLOUR = "#3f6aa3"
INK = "#1f2328"
MUTED = "#57606a"
GRID = "#d0d7de"

OUTCOME_COLOURS = {"pass": PASS_COLOUR, "fail": FAIL_COLOUR, "error": ERROR_COLOUR}
LABEL_COLOURS = {"strong": PASS_COLOUR, "adequate": NEUTRAL_COLOUR, "weak": ERROR_COLOUR}

# Details longer than this are folded away in the HTML so one verbose check cannot swamp the table.
FOLD_AFTER = 90

_BOUND = re.compile(r"(>=|<=|==|≥|≤|>|<)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)")


def _number(value: object) -> float | None:
    """A finite number, or None: JSON may carry null, and a hand-written NaN must not reach a chart."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _fmt(value: object, digits: int = 3) -> str:
    number = _number(value)
    return "n/a" if number is None else f"{number:.{digits}f}"


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _dicts(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


def _mapping(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _verdict(result: dict[str, Any]) -> str:
    return "PASSED" if result.get("passed") is True else "FAILED"


def parse_bound(bound: str) -> list[tuple[str, float]]:
    """The comparisons in a threshold's description, e.g. ">= 0.5 and <= 1" -> [(">=", 0.5), ("<=", 1.0)]."""
    parsed: list[tuple[str, float]] = []
    for operator, number in _BOUND.findall(bound):
        value = float(number)
        if math.isfinite(value):
            parsed.append(({"≥": ">=", "≤": "<="}.get(operator, operator), value))
    return parsed


def _check_counts(samples: list[dict[str, Any]]) -> dict[str, tuple[int, int, int]]:
    """(pass, fail, n/a) per check, in the order checks first appear, which follows the suite's own order."""
    counts: dict[str, list[int]] = {}
    for sample in samples:
        for name, passed in _mapping(sample.get("checks")).items():
            row = counts.setdefault(str(name), [0, 0, 0])
            row[0 if passed is True else 1 if passed is False else 2] += 1
    return {name: (row[0], row[1], row[2]) for name, row in counts.items()}


def _pass_rate(passed: int, failed: int) -> float | None:
    return passed / (passed + failed) if passed + failed else None


def _outcome_counts(result: dict[str, Any], run: dict[str, Any] | None) -> list[tuple[str, int]]:
    samples = _dicts(result.get("samples"))
    counter: Counter[str] = Counter()
    if samples:
        counter.update(_text(sample.get("outcome")) or "unknown" for sample in samples)
    elif run is not None:
        # A result without samples still has its totals recorded in run.json.
        for name, count in _mapping(run.get("outcomes")).items():
            if isinstance(count, int) and not isinstance(count, bool):
                counter[str(name)] += count
    known = [(name, counter.get(name, 0)) for name in OUTCOME_ORDER]
    others = sorted((name, count) for name, count in counter.items() if name not in OUTCOME_ORDER)
    return known + others if sum(counter.values()) else []


def _failed_checks(sample: dict[str, Any]) -> list[tuple[str, str]]:
    details = _mapping(sample.get("details"))
    return [
        (str(name), _text(details.get(name)))
        for name, passed in _mapping(sample.get("checks")).items()
        if passed is False
    ]


def _non_passing(result: dict[str, Any]) -> list[dict[str, Any]]:
    return [sample for sample in _dicts(result.get("samples")) if sample.get("outcome") != "pass"]


def _location(sample: dict[str, Any]) -> str:
    file, line = _text(sample.get("file")), sample.get("line")
    return f"{file}:{line}" if file and line is not None else file


def _score_points(samples: list[dict[str, Any]]) -> dict[str, list[tuple[str, float]]]:
    """Per label, (sample id, number) for outputs that carry a 0-100 "overall" (or "score") and a label."""
    points: dict[str, list[tuple[str, float]]] = {}
    for sample in samples:
        outputs = _mapping(sample.get("outputs"))
        label = outputs.get("label")
        number = _number(outputs.get("overall"))
        if number is None:
            number = _number(outputs.get("score"))
        if number is None or not isinstance(label, str) or not label:
            continue
        points.setdefault(label, []).append((_text(sample.get("id")), number))
    ordered = [label for label in LABEL_ORDER if label in points]
    ordered += sorted(label for label in points if label not in LABEL_ORDER)
    return {label: points[label] for label in ordered}


def _run_facts(run: dict[str, Any]) -> list[tuple[str, str]]:
    facts: list[tuple[str, str]] = []
    if run.get("run_id"):
        facts.append(("Run", _text(run["run_id"])))
    if run.get("mode"):
        facts.append(("Mode", _text(run["mode"])))
    if run.get("started_at"):
        facts.append(("Started", _text(run["started_at"])))
    if _number(run.get("seconds")) is not None:
        facts.append(("Duration", f"{_fmt(run['seconds'], 1)} s"))
    if _number(run.get("samples_per_second")) is not None:
        facts.append(("Throughput", f"{_fmt(run['samples_per_second'], 2)} samples/s"))
    if run.get("jobs") is not None:
        facts.append(("Jobs", _text(run["jobs"])))
    calls = _mapping(run.get("calls"))
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


def _suite_facts(result: dict[str, Any]) -> list[tuple[str, str]]:
    dataset = _mapping(result.get("dataset"))
    facts = [
        ("Suite", f"{_text(result.get('suite'))} v{_text(result.get('suite_version'))}"),
        ("Task", _text(result.get("task"))),
        ("Model", _text(result.get("model") or "none (this suite calls no chat model)")),
        ("Samples", _text(dataset.get("samples", len(_dicts(result.get("samples")))))),
    ]
    if dataset.get("sha256"):
        facts.append(("Dataset", f"sha256 {_text(dataset['sha256'])[:12]}"))
    if result.get("prompts"):
        facts.append(("Prompts", _text(result["prompts"])[:12]))
    return facts


def _md_cell(value: object) -> str:
    # A raw pipe or line break would end the cell or the row.
    return " ".join(_text(value).split()).replace("|", "\\|")


def _md_code(value: object) -> str:
    text = " ".join(_text(value).split())
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def _md_table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> list[str]:
    names = list(header)
    lines = ["| " + " | ".join(names) + " |", "|" + "|".join(" --- " for _ in names) + "|"]
    lines += ["| " + " | ".join(_md_cell(cell) for cell in row) + " |" for row in rows]
    return lines


def render_markdown(result: dict[str, Any], run: dict[str, Any] | None = None) -> str:
    """The run as Markdown: verdict, facts, thresholds, metrics, per-check counts, and what did not pass."""
    lines = [
        f"# {_md_cell(result.get('suite'))} · {_md_cell(result.get('model'))} · {_verdict(result)}",
        "",
    ]
    lines += [f"- **{name}:** {_md_cell(value)}" for name, value in _suite_facts(result)]
    if run is not None:
        lines += [f"- **{name}:** {_md_cell(value)}" for name, value in _run_facts(run)]

    lines += ["", "## Thresholds", ""]
    thresholds = _dicts(result.get("thresholds"))
    if thresholds:
        lines += _md_table(
            ["metric", "bound", "value", "passed"],
            (
                [t.get("metric"), t.get("bound"), _fmt(t.get("value")), "yes" if t.get("passed") else "no"]
                for t in thresholds
            ),
        )
    else:
        lines.append("No thresholds.")

    lines += ["", "## Metrics", ""]
    metrics = _mapping(result.get("metrics"))
    if metrics:
        lines += _md_table(["metric", "value"], ([name, _fmt(metrics[name])] for name in sorted(metrics)))
    else:
        lines.append("No metrics.")

    lines += ["", "## Checks", ""]
    counts = _check_counts(_dicts(result.get("samples")))
    if counts:
        lines += _md_table(
            ["check", "pass", "fail", "n/a", "pass rate"],
            ([name, p, f, na, _fmt(_pass_rate(p, f))] for name, (p, f, na) in counts.items()),
        )
    else:
        lines.append("No per-sample checks.")

    lines += ["", "## Failed and errored samples", ""]
    failures = _non_passing(result)
    if not failures:
        lines.append("None.")
    for sample in failures:
        lines.append(
            f"- {_md_code(sample.get('id'))} ({_md_cell(_location(sample))}): "
            f"{_md_cell(sample.get('outcome'))}"
        )
        for name, detail in _failed_checks(sample):
            lines.append(f"  - {_md_code(name)}: {_md_cell(detail) or 'failed'}")
        if sample.get("error"):
            lines.append(f"  - error: {_md_cell(sample['error'])}")
    return "\n".join(lines) + "\n"


def _svg_open(width: int, height: int, label: str) -> str:
    # No xmlns: inline SVG in HTML5 does not need it, and the page must not mention any URL.
    return (
        f'<svg role="img" aria-label="{escape(label)}" viewBox="0 0 {width} {height}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet" class="chart">'
        f"<title>{escape(label)}</title>"
    )


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _metric_chart(result: dict[str, Any]) -> str:
    metrics = _mapping(result.get("metrics"))
    rows = [
        (name, value)
        for name in sorted(metrics)
        if (value := _number(metrics[name])) is not None and 0.0 <= value <= 1.0
    ]
    if not rows:
        return ""
    thresholds: dict[str, list[dict[str, Any]]] = {}
    for threshold in _dicts(result.get("thresholds")):
        thresholds.setdefault(_text(threshold.get("metric")), []).append(threshold)

    label_w, bar_w, row_h, bar_h, top = 260, 500, 26, 14, 10
    width, height = label_w + bar_w + 80, top + row_h * len(rows) + 26
    parts = [_svg_open(width, height, f"Metrics between 0 and 1 ({len(rows)}), with threshold bounds marked")]
    axis_y = top + row_h * len(rows)
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        x = label_w + tick * bar_w
        parts.append(f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{axis_y}" stroke="{GRID}"/>')
        parts.append(
            f'<text x="{x:.1f}" y="{axis_y + 16}" font-size="11" fill="{MUTED}" '
            f'text-anchor="middle">{tick:g}</text>'
        )
    for index, (name, value) in enumerate(rows):
        y = top + index * row_h + (row_h - bar_h) / 2
        own = thresholds.get(name, [])
        colour = NEUTRAL_COLOUR
        if own:
            colour = PASS_COLOUR if all(t.get("passed") is True for t in own) else FAIL_COLOUR
        parts.append(f"<g><title>{escape(name)}: {value:.3f}</title>")
        parts.append(
            f'<text x="{label_w - 8}" y="{y + bar_h - 3:.1f}" font-size="12" fill="{INK}" '
            f'text-anchor="end">{escape(_shorten(name, 40))}</text>'
        )
        parts.append(
            f'<rect x="{label_w}" y="{y:.1f}" width="{bar_w}" height="{bar_h}" fill="#f3f4f6" rx="2"/>'
        )
        parts.append(
            f'<rect x="{label_w}" y="{y:.1f}" width="{value * bar_w:.1f}" height="{bar_h}" '
            f'fill="{colour}" rx="2"/>'
        )
        parts.append(
            f'<text x="{label_w + bar_w + 8}" y="{y + bar_h - 3:.1f}" font-size="12" '
            f'fill="{INK}">{value:.3f}</text></g>'
        )
        for threshold in own:
            bound = _text(threshold.get("bound"))
            for operator, limit in parse_bound(bound):
                if not 0.0 <= limit <= 1.0:
                    continue
                x = label_w + limit * bar_w
                verdict = "passed" if threshold.get("passed") is True else "failed"
                parts.append(
                    f"<g><title>{escape(name)} threshold {escape(operator)} {limit:g} ({verdict})</title>"
                    f'<line x1="{x:.1f}" y1="{y - 4:.1f}" x2="{x:.1f}" y2="{y + bar_h + 4:.1f}" '
                    f'stroke="{INK}" stroke-width="2.5"/></g>'
                )
    parts.append("</svg>")
    return "".join(parts)


def _outcome_chart(outcomes: list[tuple[str, int]]) -> str:
    total = sum(count for _, count in outcomes)
    if not total:
        return ""
    bar_w, width, height = 760, 800, 70
    summary = ", ".join(f"{name} {count}" for name, count in outcomes)
    parts = [_svg_open(width, height, f"Sample outcomes of {total}: {summary}")]
    x = 0.0
    for name, count in outcomes:
        if not count:
            continue
        segment = count / total * bar_w
        parts.append(
            f"<g><title>{escape(name)}: {count} of {total} ({count / total:.1%})</title>"
            f'<rect x="{x:.1f}" y="4" width="{segment:.1f}" height="26" '
            f'fill="{OUTCOME_COLOURS.get(name, MUTED)}"/></g>'
        )
        x += segment
    legend_x = 0
    for name, count in outcomes:
        parts.append(
            f"<g><title>{escape(name)}: {count}</title>"
            f'<rect x="{legend_x}" y="44" width="12" height="12" fill="{OUTCOME_COLOURS.get(name, MUTED)}"/>'
            f'<text x="{legend_x + 18}" y="54" font-size="12" fill="{INK}">'
            f"{escape(name)} {count} ({count / total:.0%})</text></g>"
        )
        legend_x += 150
    parts.append("</svg>")
    return "".join(parts)


def _score_chart(points: dict[str, list[tuple[str, float]]]) -> str:
    if not points:
        return ""
    label_w, axis_w, row_h, top = 130, 640, 40, 8
    width, height = label_w + axis_w + 30, top + row_h * len(points) + 28
    parts = [_svg_open(width, height, "Scores (0 to 100) of each sample, grouped by label")]
    axis_y = top + row_h * len(points)
    for tick in range(0, 101, 20):
        x = label_w + tick / 100 * axis_w
        parts.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{axis_y}" stroke="{GRID}"/>')
        parts.append(
            f'<text x="{x:.1f}" y="{axis_y + 16}" font-size="11" fill="{MUTED}" '
            f'text-anchor="middle">{tick}</text>'
        )
    for row, (label, samples) in enumerate(points.items()):
        centre = top + row * row_h + row_h / 2
        colour = LABEL_COLOURS.get(label, MUTED)
        parts.append(
            f'<text x="{label_w - 10}" y="{centre + 4:.1f}" font-size="12" fill="{INK}" text-anchor="end">'
            f"{escape(_shorten(label, 14))} (n={len(samples)})</text>"
        )
        for index, (sample_id, number) in enumerate(samples):
            # Out-of-range scores are pinned to the axis ends; the tooltip keeps the true number.
            x = label_w + min(max(number, 0.0), 100.0) / 100 * axis_w
            # A small deterministic vertical spread keeps equal scores from hiding one another.
            y = centre + ((index % 5) - 2) * 4
            parts.append(
                f"<g><title>{escape(sample_id)}: {number:g} ({escape(label)})</title>"
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="{colour}" fill-opacity="0.6" '
                f'stroke="{colour}"/></g>'
            )
        ordered = sorted(number for _, number in samples)
        middle = len(ordered) // 2
        median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
        x = label_w + min(max(median, 0.0), 100.0) / 100 * axis_w
        parts.append(
            f"<g><title>{escape(label)} median: {median:g}</title>"
            f'<line x1="{x:.1f}" y1="{centre - 14:.1f}" x2="{x:.1f}" y2="{centre + 14:.1f}" '
            f'stroke="{INK}" stroke-width="2"/></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


_STYLE = f"""
:root {{ color-scheme: light; }}
body {{ margin: 0; background: #f6f8fa; color: {INK};
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 15px; line-height: 1.5; }}
main {{ max-width: 980px; margin: 0 auto; padding: 24px 20px 48px; background: #fff; }}
h1 {{ font-size: 1.5rem; margin: 0 0 12px; display: flex; flex-wrap: wrap; gap: 10px; align-items: center; }}
h2 {{ font-size: 1.15rem; margin: 32px 0 8px; border-bottom: 1px solid {GRID}; padding-bottom: 4px; }}
.verdict {{ font-size: 0.9rem; padding: 2px 10px; border-radius: 999px; color: #fff; letter-spacing: .04em; }}
.verdict.passed {{ background: {PASS_COLOUR}; }}
.verdict.failed {{ background: {FAIL_COLOUR}; }}
dl.facts {{ display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }}
dl.facts dt {{ color: {MUTED}; }}
dl.facts dd {{ margin: 0; overflow-wrap: anywhere; }}
table {{ border-collapse: collapse; width: 100%; margin: 4px 0; }}
th, td {{ text-align: left; padding: 5px 8px; border-bottom: 1px solid {GRID}; vertical-align: top; }}
th {{ background: #f6f8fa; font-weight: 600; }}
th.num, td.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
td code, li code {{ overflow-wrap: anywhere; }}
.pass {{ color: {PASS_COLOUR}; font-weight: 600; }}
.fail {{ color: {FAIL_COLOUR}; font-weight: 600; }}
.error {{ color: {ERROR_COLOUR}; font-weight: 600; }}
.muted {{ color: {MUTED}; }}
ul.checks {{ margin: 0; padding-left: 18px; }}
details > summary {{ cursor: pointer; }}
.long {{ white-space: pre-wrap; overflow-wrap: anywhere; margin: 4px 0 0; }}
svg.chart {{ display: block; max-width: 100%; height: auto; margin: 8px 0 4px; }}
figure {{ margin: 12px 0 20px; }}
figcaption {{ color: {MUTED}; font-size: .9rem; }}
"""


def _facts_html(facts: list[tuple[str, str]]) -> str:
    items = "".join(f"<dt>{escape(name)}</dt><dd>{escape(value)}</dd>" for name, value in facts)
    return f'<dl class="facts">{items}</dl>'


def _status(passed: object) -> str:
    # A word as well as a colour, so the table reads the same without colour vision.
    return '<span class="pass">✓ passed</span>' if passed is True else '<span class="fail">✗ failed</span>'


def _outcome_html(outcome: str) -> str:
    css = outcome if outcome in OUTCOME_ORDER else "muted"
    return f'<span class="{css}">{escape(outcome)}</span>'


def _folded(summary_html: str, text: str) -> str:
    if len(text) <= FOLD_AFTER:
        return f"{summary_html}{escape(text)}"
    return (
        f"<details><summary>{summary_html}{escape(_shorten(' '.join(text.split()), FOLD_AFTER))}</summary>"
        f'<div class="long">{escape(text)}</div></details>'
    )


NUMERIC = ' class="num"'


def _table(header: list[str], rows: list[str], numeric: Iterable[int] = ()) -> str:
    numeric_columns = set(numeric)
    head = "".join(
        f'<th scope="col"{NUMERIC if index in numeric_columns else ""}>{escape(name)}</th>'
        for index, name in enumerate(header)
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _thresholds_html(result: dict[str, Any]) -> str:
    thresholds = _dicts(result.get("thresholds"))
    if not thresholds:
        return '<p class="muted">No thresholds.</p>'
    rows = [
        f"<tr><td><code>{escape(_text(t.get('metric')))}</code></td><td>{escape(_text(t.get('bound')))}</td>"
        f'<td class="num">{_fmt(t.get("value"))}</td><td>{_status(t.get("passed"))}</td></tr>'
        for t in thresholds
    ]
    return _table(["metric", "bound", "value", "passed"], rows, numeric=[2])


def _metrics_html(result: dict[str, Any]) -> str:
    metrics = _mapping(result.get("metrics"))
    if not metrics:
        return '<p class="muted">No metrics.</p>'
    rows = [
        f'<tr><td><code>{escape(name)}</code></td><td class="num">{_fmt(metrics[name])}</td></tr>'
        for name in sorted(metrics)
    ]
    return _table(["metric", "value"], rows, numeric=[1])


def _checks_html(result: dict[str, Any]) -> str:
    counts = _check_counts(_dicts(result.get("samples")))
    if not counts:
        return '<p class="muted">No per-sample checks.</p>'
    rows = [
        f'<tr><td><code>{escape(name)}</code></td><td class="num">{p}</td><td class="num">{f}</td>'
        f'<td class="num">{na}</td><td class="num">{_fmt(_pass_rate(p, f))}</td></tr>'
        for name, (p, f, na) in counts.items()
    ]
    return _table(["check", "pass", "fail", "n/a", "pass rate"], rows, numeric=[1, 2, 3, 4])


def _failures_html(result: dict[str, Any]) -> str:
    failures = _non_passing(result)
    if not failures:
        return '<p class="muted">None.</p>'
    rows = []
    for sample in failures:
        checks = _failed_checks(sample)
        items = "".join(
            "<li>" + _folded(f"<code>{escape(name)}</code>: ", detail or "failed") + "</li>"
            for name, detail in checks
        )
        checks_html = f'<ul class="checks">{items}</ul>' if items else '<span class="muted">—</span>'
        error = _text(sample.get("error"))
        error_html = _folded("", error) if error else '<span class="muted">—</span>'
        rows.append(
            f"<tr><td><code>{escape(_text(sample.get('id')))}</code></td>"
            f"<td><code>{escape(_location(sample))}</code></td>"
            f"<td>{_outcome_html(_text(sample.get('outcome')))}</td>"
            f"<td>{checks_html}</td><td>{error_html}</td></tr>"
        )
    return _table(["sample", "location", "outcome", "failing checks", "error"], rows)


NOTHING_TO_CHART = '<p class="muted">Nothing to chart.</p>'


def _figure(svg: str, caption: str) -> str:
    return f"<figure>{svg}<figcaption>{escape(caption)}</figcaption></figure>" if svg else ""


def render_html(result: dict[str, Any], run: dict[str, Any] | None = None) -> str:
    """The run as one self-contained HTML page: inline CSS and SVG, no scripts, nothing fetched."""
    verdict = _verdict(result)
    suite, model = _text(result.get("suite")), _text(result.get("model"))
    facts = _suite_facts(result) + (_run_facts(run) if run is not None else [])
    outcomes = _outcome_counts(result, run)
    charts = "".join(
        [
            _figure(
                _metric_chart(result),
                "Metrics whose value lies between 0 and 1; a dark mark is a threshold's bound. "
                "Green: all thresholds met, red: one missed, blue: no threshold.",
            ),
            _figure(_outcome_chart(outcomes), "Sample outcomes."),
            _figure(
                _score_chart(_score_points(_dicts(result.get("samples")))),
                "Each dot is a sample's score on a 0–100 scale, by label; the dark mark is the median.",
            ),
        ]
    )
    body = [
        f'<header><h1><span>{escape(suite)}</span><span class="muted">{escape(model)}</span>'
        f'<span class="verdict {verdict.lower()}">{verdict}</span></h1>{_facts_html(facts)}</header>',
        f"<section><h2>Charts</h2>{charts or NOTHING_TO_CHART}</section>",
        f"<section><h2>Thresholds</h2>{_thresholds_html(result)}</section>",
        f"<section><h2>Metrics</h2>{_metrics_html(result)}</section>",
        f"<section><h2>Checks</h2>{_checks_html(result)}</section>",
        f"<section><h2>Failed and errored samples</h2>{_failures_html(result)}</section>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(suite)} · {escape(model)} · {verdict}</title>\n"
        f"<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )


def write_reports(result: dict[str, Any], run: dict[str, Any] | None, out_dir: Path) -> tuple[Path, Path]:
    """Write `report.html` and `report.md` into `out_dir` (created if missing); return both paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    html_path, md_path = out_dir / "report.html", out_dir / "report.md"
    html_path.write_text(render_html(result, run), encoding="utf-8")
    md_path.write_text(render_markdown(result, run), encoding="utf-8")
    return html_path, md_path
