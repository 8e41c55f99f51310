"""The eval reports: Markdown and self-contained HTML rendered from a run's result.json and run.json."""

from __future__ import annotations

import copy
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from interviewer.evals.report import render_html, render_markdown, write_reports
from interviewer.evals.report_charts import parse_bound

LONG_DETAIL = "the answer drifted away from the question and " * 5


def _result() -> dict[str, Any]:
    return {
        "suite": "retrieval-core",
        "suite_version": 2,
        "task": "retrieval",
        "model": "fake-model",
        "prompts": "abc123def4567890",
        "params": {"k": 5},
        "dataset": {"files": ["retrieval.jsonl"], "sha256": "f" * 64, "samples": 3},
        "metrics": {
            "recall_at_k": 0.76,
            "mrr": 0.7345,
            "dev.auc": None,
            "turns_per_interview": 9.0,
            "error_rate": 0.0,
        },
        "thresholds": [
            {"metric": "recall_at_k", "bound": ">= 0.9", "value": 0.76, "passed": False},
            {"metric": "error_rate", "bound": "<= 0", "value": 0.0, "passed": True},
            {"metric": "mrr", "bound": ">= 0.5 and <= 1", "value": 0.7345, "passed": True},
        ],
        "passed": False,
        "samples": [
            {
                "id": "ok-1",
                "file": "retrieval.jsonl",
                "line": 1,
                "outcome": "pass",
                "checks": {"relevant_in_top_k": True, "no_duplicates": None},
                "details": {},
                "error": None,
                "outputs": {},
            },
            {
                "id": "<b>bold</b>",
                "file": "retrieval.jsonl",
                "line": 2,
                "outcome": "fail",
                "checks": {"relevant_in_top_k": False, "no_duplicates": True},
                "details": {"relevant_in_top_k": "expected doc-7 | got doc-2"},
                "error": None,
                "outputs": {},
            },
            {
                "id": "broken-3",
                "file": "retrieval.jsonl",
                "line": 3,
                "outcome": "error",
                "checks": {"relevant_in_top_k": None, "no_duplicates": False},
                "details": {"no_duplicates": LONG_DETAIL},
                "error": "TimeoutError: model did not answer",
                "outputs": {},
            },
        ],
    }


def _run() -> dict[str, Any]:
    result = _result()
    del result["samples"]
    return result | {
        "run_id": "20240501-120000-abcd",
        "mode": "replay",
        "jobs": 4,
        "started_at": "2024-05-01T12:00:00+00:00",
        "seconds": 12.5,
        "samples_per_second": 0.24,
        "calls": {"total": 6, "cached": 5, "live": 1, "prompt_tokens": 1200, "completion_tokens": 340},
        "outcomes": {"pass": 1, "fail": 1, "error": 1},
    }


def _scored_result() -> dict[str, Any]:
    result = _result()
    result["task"] = "score"
    labels = [("strong", 88), ("adequate", 61), ("weak", 22)]
    for sample, (label, overall) in zip(result["samples"], labels, strict=True):
        sample["outputs"] = {"overall": overall, "label": label}
    return result


class _TagCounter(HTMLParser):
    """Counts opening and closing tags, and remembers attributes of <svg> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.opened: dict[str, int] = {}
        self.closed: dict[str, int] = {}
        self.svg_attrs: list[dict[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.opened[tag] = self.opened.get(tag, 0) + 1
        if tag == "svg":
            self.svg_attrs.append(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        self.closed[tag] = self.closed.get(tag, 0) + 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _TagCounter:
    parser = _TagCounter()
    parser.feed(html)
    parser.close()
    return parser


def test_html_is_self_contained() -> None:
    html = render_html(_scored_result(), _run())
    lowered = html.lower()
    for forbidden in ("http://", "https://", "<script", "<link", "@import", "url("):
        assert forbidden not in lowered
    assert lowered.startswith("<!doctype html>")
    assert "<style>" in html


def test_html_carries_suite_verdict_and_thresholds() -> None:
    html = render_html(_result(), _run())
    assert "retrieval-core" in html
    assert "FAILED" in html
    for metric in ("recall_at_k", "error_rate", "mrr"):
        assert metric in html
    passing = _result() | {"passed": True}
    assert "PASSED" in render_html(passing)


def test_html_charts_are_accessible_svg() -> None:
    parsed = _parse(render_html(_scored_result(), _run()))
    assert parsed.svg_attrs
    for attrs in parsed.svg_attrs:
        assert attrs.get("role") == "img"
        assert attrs.get("aria-label")
    assert parsed.opened.get("title", 0) > len(parsed.svg_attrs)


def test_html_is_well_formed_enough() -> None:
    parsed = _parse(render_html(_scored_result(), _run()))
    for tag in ("svg", "g", "table", "tr", "td", "details", "summary", "section", "figure", "html", "body"):
        assert parsed.opened.get(tag, 0) == parsed.closed.get(tag, 0), tag
    assert parsed.opened.get("svg") == 3


def test_html_escapes_data() -> None:
    html = render_html(_result(), _run())
    assert "<b>bold</b>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "<b>" not in html


def test_null_metric_shows_not_available() -> None:
    html = render_html(_result())
    markdown = render_markdown(_result())
    assert "| dev.auc | n/a |" in markdown
    assert 'dev.auc</code></td><td class="num">n/a</td>' in html
    assert "nan" not in markdown.lower()


def test_metric_chart_marks_numeric_bounds_and_skips_unbounded_metrics() -> None:
    html = render_html(_result())
    assert "recall_at_k threshold &gt;= 0.9 (failed)" in html
    assert "mrr threshold &gt;= 0.5 (passed)" in html
    assert "mrr threshold &lt;= 1 (passed)" in html
    # 9 turns is not a 0-1 metric, so it has a table row but no bar.
    assert "<title>turns_per_interview" not in html
    assert "<title>recall_at_k: 0.760</title>" in html


def test_outcome_chart_counts_samples() -> None:
    html = render_html(_result())
    assert "pass: 1 of 3" in html
    assert "fail: 1 of 3" in html
    assert "error: 1 of 3" in html


def test_outcome_chart_falls_back_to_run_totals() -> None:
    result = _result()
    result["samples"] = []
    run = _run()
    run["outcomes"] = {"pass": 7, "fail": 2, "error": 1}
    html = render_html(result, run)
    assert "pass: 7 of 10" in html


def test_label_strip_plot_only_with_overall_and_label() -> None:
    assert "grouped by label" not in render_html(_result())
    html = render_html(_scored_result())
    assert "grouped by label" in html
    for label in ("strong", "adequate", "weak"):
        assert f"{label} (n=1)" in html
    assert "&lt;b&gt;bold&lt;/b&gt;: 61 (adequate)" in html

    label_only = _result()
    for sample in label_only["samples"]:
        sample["outputs"] = {"label": "strong"}
    assert "grouped by label" not in render_html(label_only)

    follow_up = _result()
    for sample in follow_up["samples"]:
        sample["outputs"] = {"score": 40, "label": "weak"}
    assert "weak (n=3)" in render_html(follow_up)


def test_failed_samples_table_folds_long_details() -> None:
    html = render_html(_result())
    assert "<details><summary><code>no_duplicates</code>: " in html
    assert "TimeoutError: model did not answer" in html
    assert "expected doc-7 | got doc-2" in html


def test_run_facts_appear_when_run_is_given() -> None:
    html = render_html(_result(), _run())
    markdown = render_markdown(_result(), _run())
    for text in ("replay", "5 cached", "1 live", "1200 prompt", "340 completion", "0.24 samples/s"):
        assert text in html
        assert text in markdown
    assert "replay" not in render_markdown(_result())


def test_markdown_tables_and_failures() -> None:
    markdown = render_markdown(_result(), _run())
    assert markdown.startswith("# retrieval-core")
    assert "FAILED" in markdown.splitlines()[0]
    assert "| metric | bound | value | passed |" in markdown
    assert "| recall_at_k | >= 0.9 | 0.760 | no |" in markdown
    assert "| error_rate | <= 0 | 0.000 | yes |" in markdown
    assert "| mrr | >= 0.5 and <= 1 | 0.735 | yes |" in markdown
    assert "| relevant_in_top_k | 1 | 1 | 1 | 0.500 |" in markdown
    assert "| no_duplicates | 1 | 1 | 1 | 0.500 |" in markdown
    assert "## Failed and errored samples" in markdown
    assert "`<b>bold</b>` (retrieval.jsonl:2): fail" in markdown
    assert "`relevant_in_top_k`: expected doc-7 \\| got doc-2" in markdown
    assert "`broken-3` (retrieval.jsonl:3): error" in markdown
    assert "error: TimeoutError: model did not answer" in markdown
    assert "`ok-1`" not in markdown


def test_metrics_are_sorted_by_name() -> None:
    markdown = render_markdown(_result())
    section = markdown.split("## Metrics", 1)[1].split("## Checks", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")][2:]
    assert [row.split("|")[1].strip() for row in rows] == sorted(_result()["metrics"])


def test_pipes_in_table_cells_are_escaped() -> None:
    result = _result()
    result["thresholds"][0]["metric"] = "a|b"
    assert "| a\\|b | >= 0.9 |" in render_markdown(result)


def test_renderers_do_not_mutate_their_input() -> None:
    result, run = _scored_result(), _run()
    before = copy.deepcopy((result, run))
    render_html(result, run)
    render_markdown(result, run)
    assert (result, run) == before


def test_minimal_result_renders() -> None:
    minimal: dict[str, Any] = {"suite": "empty", "model": "m", "passed": True}
    html = render_html(minimal)
    markdown = render_markdown(minimal)
    assert "PASSED" in html and "PASSED" in markdown
    assert "Nothing to chart." in html
    assert "None." in markdown


@pytest.mark.parametrize(
    ("bound", "expected"),
    [
        (">= 0.9", [(">=", 0.9)]),
        ("<= 0", [("<=", 0.0)]),
        (">= 0.5 and <= 1", [(">=", 0.5), ("<=", 1.0)]),
        (">= 1e-05", [(">=", 1e-05)]),
        ("whatever", []),
    ],
)
def test_parse_bound(bound: str, expected: list[tuple[str, float]]) -> None:
    assert parse_bound(bound) == expected


def test_write_reports(tmp_path: Path) -> None:
    out_dir = tmp_path / "runs" / "one" / "report"
    html_path, md_path = write_reports(_result(), _run(), out_dir)
    assert (html_path, md_path) == (out_dir / "report.html", out_dir / "report.md")
    assert html_path.read_text(encoding="utf-8") == render_html(_result(), _run())
    assert md_path.read_text(encoding="utf-8") == render_markdown(_result(), _run())
