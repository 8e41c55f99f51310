"""Human-readable reports of an eval run: a Markdown summary and a self-contained HTML page with SVG charts.

Both renderers read the dictionaries a run writes (`result.json`, and optionally `run.json`) and return text;
`write_reports` is the only function here that touches the file system.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape
from pathlib import Path
from typing import Any

from interviewer.evals.report_charts import (
    ERROR_COLOUR,
    FAIL_COLOUR,
    GRID,
    INK,
    MUTED,
    PASS_COLOUR,
    as_dicts,
    as_mapping,
    as_text,
    fmt,
    metric_chart,
    outcome_chart,
    score_chart,
    shorten,
)
from interviewer.evals.report_facts import (
    OUTCOME_ORDER,
    check_counts,
    failed_checks,
    location,
    non_passing,
    outcome_counts,
    pass_rate,
    run_facts,
    score_points,
    suite_facts,
    unlisted,
    verdict,
)

# Details longer than this are folded away in the HTML so one verbose check cannot swamp the table.
FOLD_AFTER = 90


def _md_cell(value: object) -> str:
    # A raw pipe or line break would end the cell or the row.
    return " ".join(as_text(value).split()).replace("|", "\\|")


def _md_code(value: object) -> str:
    text = " ".join(as_text(value).split())
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
        f"# {_md_cell(result.get('suite'))} · {_md_cell(result.get('model'))} · {verdict(result)}",
        "",
    ]
    lines += [f"- **{name}:** {_md_cell(value)}" for name, value in suite_facts(result)]
    if run is not None:
        lines += [f"- **{name}:** {_md_cell(value)}" for name, value in run_facts(run)]

    lines += ["", "## Thresholds", ""]
    thresholds = as_dicts(result.get("thresholds"))
    if thresholds:
        lines += _md_table(
            ["metric", "bound", "value", "passed"],
            (
                [t.get("metric"), t.get("bound"), fmt(t.get("value")), "yes" if t.get("passed") else "no"]
                for t in thresholds
            ),
        )
    else:
        lines.append("No thresholds.")

    lines += ["", "## Metrics", ""]
    metrics = as_mapping(result.get("metrics"))
    if metrics:
        lines += _md_table(["metric", "value"], ([name, fmt(metrics[name])] for name in sorted(metrics)))
    else:
        lines.append("No metrics.")

    lines += ["", "## Checks", ""]
    counts = check_counts(as_dicts(result.get("samples")))
    if counts:
        lines += _md_table(
            ["check", "pass", "fail", "n/a", "pass rate"],
            ([name, p, f, na, fmt(pass_rate(p, f))] for name, (p, f, na) in counts.items()),
        )
    else:
        lines.append("No per-sample checks.")

    lines += ["", "## Failed and errored samples", ""]
    failures = non_passing(result)
    if held_out := unlisted(result, run):
        lines.append(held_out)
    elif not failures:
        lines.append("None.")
    for sample in failures:
        lines.append(
            f"- {_md_code(sample.get('id'))} ({_md_cell(location(sample))}): "
            f"{_md_cell(sample.get('outcome'))}"
        )
        for name, detail in failed_checks(sample):
            lines.append(f"  - {_md_code(name)}: {_md_cell(detail) or 'failed'}")
        if sample.get("error"):
            lines.append(f"  - error: {_md_cell(sample['error'])}")
    return "\n".join(lines) + "\n"


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
        f"<details><summary>{summary_html}{escape(shorten(' '.join(text.split()), FOLD_AFTER))}</summary>"
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
    thresholds = as_dicts(result.get("thresholds"))
    if not thresholds:
        return '<p class="muted">No thresholds.</p>'
    rows = [
        f"<tr><td><code>{escape(as_text(t.get('metric')))}</code></td><td>{escape(as_text(t.get('bound')))}</td>"
        f'<td class="num">{fmt(t.get("value"))}</td><td>{_status(t.get("passed"))}</td></tr>'
        for t in thresholds
    ]
    return _table(["metric", "bound", "value", "passed"], rows, numeric=[2])


def _metrics_html(result: dict[str, Any]) -> str:
    metrics = as_mapping(result.get("metrics"))
    if not metrics:
        return '<p class="muted">No metrics.</p>'
    rows = [
        f'<tr><td><code>{escape(name)}</code></td><td class="num">{fmt(metrics[name])}</td></tr>'
        for name in sorted(metrics)
    ]
    return _table(["metric", "value"], rows, numeric=[1])


def _checks_html(result: dict[str, Any]) -> str:
    counts = check_counts(as_dicts(result.get("samples")))
    if not counts:
        return '<p class="muted">No per-sample checks.</p>'
    rows = [
        f'<tr><td><code>{escape(name)}</code></td><td class="num">{p}</td><td class="num">{f}</td>'
        f'<td class="num">{na}</td><td class="num">{fmt(pass_rate(p, f))}</td></tr>'
        for name, (p, f, na) in counts.items()
    ]
    return _table(["check", "pass", "fail", "n/a", "pass rate"], rows, numeric=[1, 2, 3, 4])


def _failures_html(result: dict[str, Any], run: dict[str, Any] | None) -> str:
    if held_out := unlisted(result, run):
        return f'<p class="muted">{escape(held_out)}</p>'
    failures = non_passing(result)
    if not failures:
        return '<p class="muted">None.</p>'
    rows = []
    for sample in failures:
        checks = failed_checks(sample)
        items = "".join(
            "<li>" + _folded(f"<code>{escape(name)}</code>: ", detail or "failed") + "</li>"
            for name, detail in checks
        )
        checks_html = f'<ul class="checks">{items}</ul>' if items else '<span class="muted">—</span>'
        error = as_text(sample.get("error"))
        error_html = _folded("", error) if error else '<span class="muted">—</span>'
        rows.append(
            f"<tr><td><code>{escape(as_text(sample.get('id')))}</code></td>"
            f"<td><code>{escape(location(sample))}</code></td>"
            f"<td>{_outcome_html(as_text(sample.get('outcome')))}</td>"
            f"<td>{checks_html}</td><td>{error_html}</td></tr>"
        )
    return _table(["sample", "location", "outcome", "failing checks", "error"], rows)


NOTHING_TO_CHART = '<p class="muted">Nothing to chart.</p>'


def _figure(svg: str, caption: str) -> str:
    return f"<figure>{svg}<figcaption>{escape(caption)}</figcaption></figure>" if svg else ""


def render_html(result: dict[str, Any], run: dict[str, Any] | None = None) -> str:
    """The run as one self-contained HTML page: inline CSS and SVG, no scripts, nothing fetched."""
    said = verdict(result)
    suite, model = as_text(result.get("suite")), as_text(result.get("model"))
    facts = suite_facts(result) + (run_facts(run) if run is not None else [])
    outcomes = outcome_counts(result, run)
    charts = "".join(
        [
            _figure(
                metric_chart(result),
                "Metrics whose value lies between 0 and 1; a dark mark is a threshold's bound. "
                "Green: all thresholds met, red: one missed, blue: no threshold.",
            ),
            _figure(outcome_chart(outcomes), "Sample outcomes."),
            _figure(
                score_chart(score_points(as_dicts(result.get("samples")))),
                "Each dot is a sample's score on a 0–100 scale, by label; the dark mark is the median.",
            ),
        ]
    )
    body = [
        f'<header><h1><span>{escape(suite)}</span><span class="muted">{escape(model)}</span>'
        f'<span class="verdict {said.lower()}">{said}</span></h1>{_facts_html(facts)}</header>',
        f"<section><h2>Charts</h2>{charts or NOTHING_TO_CHART}</section>",
        f"<section><h2>Thresholds</h2>{_thresholds_html(result)}</section>",
        f"<section><h2>Metrics</h2>{_metrics_html(result)}</section>",
        f"<section><h2>Checks</h2>{_checks_html(result)}</section>",
        f"<section><h2>Failed and errored samples</h2>{_failures_html(result, run)}</section>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(suite)} · {escape(model)} · {said}</title>\n"
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
