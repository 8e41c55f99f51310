"""Suites as data: every committed suite loads, and each kind of mistake is a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.errors import InputError
from interviewer.evals.compare import compare, format_comparison
from interviewer.evals.runner import Progress, spread
from interviewer.evals.suites import Threshold, load_suite, read_dataset, suite_names
from interviewer.evals.tasks import TASKS, FollowUpItem

REQUIRED = {"retrieval", "scoring", "manipulation", "persona", "follow-up", "structured-output"}


def write_suite(tmp_path: Path, body: str) -> str:
    path = tmp_path / "suite.yaml"
    path.write_text(body, encoding="utf-8")
    return str(path)


def test_the_issue_s_suites_exist_and_load() -> None:
    assert set(suite_names()) >= REQUIRED
    for name in suite_names():
        suite = load_suite(name)
        assert suite.dataset_files(), name
        assert suite.thresholds, f"{name} gates nothing"


def test_every_committed_dataset_line_parses() -> None:
    for name in suite_names():
        suite = load_suite(name)
        samples = read_dataset(suite, TASKS[suite.task].sample_type)
        assert samples, name


def test_unknown_suite_lists_the_known_ones() -> None:
    with pytest.raises(InputError, match="Unknown eval suite 'nope'.*retrieval"):
        load_suite("nope")


def test_unknown_check_is_named_with_the_known_ones(tmp_path: Path) -> None:
    path = write_suite(
        tmp_path,
        "name: t\ndescription: d\ntask: follow-up\ndataset: [datasets/follow-up.jsonl]\n"
        "checks: [expected_fields, telepathy]\n",
    )
    with pytest.raises(InputError, match="unknown check 'telepathy'.*expected_fields"):
        load_suite(path)


def test_unknown_task_and_unknown_threshold_metric(tmp_path: Path) -> None:
    path = write_suite(tmp_path, "name: t\ndescription: d\ntask: astrology\ndataset: [x]\nchecks: [a]\n")
    with pytest.raises(InputError, match="unknown task 'astrology'"):
        load_suite(path)
    path = write_suite(
        tmp_path,
        "name: t\ndescription: d\ntask: follow-up\ndataset: [datasets/follow-up.jsonl]\n"
        "checks: [label_band]\nthresholds:\n  happiness: {min: 1}\n",
    )
    with pytest.raises(InputError, match="'happiness'"):
        load_suite(path)


def test_a_threshold_needs_a_bound(tmp_path: Path) -> None:
    path = write_suite(
        tmp_path,
        "name: t\ndescription: d\ntask: follow-up\ndataset: [datasets/follow-up.jsonl]\n"
        "checks: [label_band]\nthresholds:\n  spearman: {}\n",
    )
    with pytest.raises(InputError, match="min or max"):
        load_suite(path)


def test_a_bad_dataset_line_is_reported_with_file_and_line(tmp_path: Path) -> None:
    data = tmp_path / "items.jsonl"
    good = (
        '{"id": "a", "kind": "closing", "role": "cfo", "text": "What are the next steps?", '
        '"expect": {"asked_next_steps": true}, "label": "adequate"}'
    )
    data.write_text(good + "\n\n{not json\n", encoding="utf-8")
    path = write_suite(
        tmp_path, f"name: t\ndescription: d\ntask: follow-up\ndataset: ['{data}']\nchecks: [label_band]\n"
    )
    suite = load_suite(path)
    with pytest.raises(InputError, match=r"items.jsonl:3: not valid JSON"):
        read_dataset(suite, FollowUpItem)
    data.write_text(good + "\n" + good.replace('"label": "adequate"', '"label": "great"') + "\n")
    with pytest.raises(InputError, match=r"items.jsonl:2: label"):
        read_dataset(suite, FollowUpItem)
    data.write_text(good + "\n" + good + "\n")
    with pytest.raises(InputError, match=r"items.jsonl:2: the id 'a' is already used"):
        read_dataset(suite, FollowUpItem)


def test_a_dataset_pattern_that_matches_nothing(tmp_path: Path) -> None:
    path = write_suite(
        tmp_path,
        "name: t\ndescription: d\ntask: follow-up\ndataset: [datasets/none-*.jsonl]\nchecks: [label_band]\n",
    )
    with pytest.raises(InputError, match="matches no file"):
        load_suite(path).dataset_files()


def test_thresholds() -> None:
    assert Threshold(min=0.9).passes(0.9) and not Threshold(min=0.9).passes(0.89)
    assert Threshold(max=0.0).passes(0.0) and not Threshold(max=0.0).passes(0.1)
    assert not Threshold(min=0.5).passes(None) and not Threshold(min=0.5).passes(float("nan"))


def test_limit_spreads_over_the_whole_set() -> None:
    assert spread(list(range(10)), 3) == [0, 3, 6]
    assert spread(list(range(4)), None) == [0, 1, 2, 3]
    assert spread(list(range(4)), 9) == [0, 1, 2, 3]


def test_compare_reports_deltas_and_changed_samples() -> None:
    a = {
        "suite": "s",
        "model": "m1",
        "prompts": "p",
        "dataset": {"sha256": "d"},
        "passed": True,
        "metrics": {"x.pass_rate": 0.5, "mrr": None},
        "samples": [
            {"id": "1", "outcome": "pass", "checks": {"x": True}},
            {"id": "2", "outcome": "fail", "checks": {"x": False}},
            {"id": "3", "outcome": "pass", "checks": {"x": True}},
        ],
    }
    b = {
        **a,
        "model": "m2",
        "passed": False,
        "metrics": {"x.pass_rate": 0.25, "mrr": 0.4},
        "samples": [
            {"id": "1", "outcome": "fail", "checks": {"x": False}},
            {"id": "2", "outcome": "pass", "checks": {"x": True}},
            {"id": "3", "outcome": "pass", "checks": {"x": True}},
            {"id": "4", "outcome": "error", "checks": {}},
        ],
    }
    result = compare(a, b)
    deltas = {m.metric: m.delta for m in result.metrics}
    assert deltas == {"mrr": None, "x.pass_rate": -0.25}
    assert [(c.id, c.a, c.b) for c in result.changed] == [
        ("1", "pass", "fail"),
        ("2", "fail", "pass"),
        ("4", "absent", "error"),
    ]
    assert (result.improved, result.regressed) == (2, 1)
    text = format_comparison(result, "A", "B")
    assert "x.pass_rate" in text and "-0.250" in text and "1: pass → fail" in text


def test_progress_on_a_file_prints_a_line_per_tenth() -> None:
    import io

    out = io.StringIO()
    progress = Progress(40, "persona", out, enabled=True)
    for n in range(40):
        progress.advance(failed=n % 10 == 0)
    lines = out.getvalue().splitlines()
    assert len(lines) == 11  # the first sample, then each tenth
    assert lines[0].startswith("persona 1/40")
    assert lines[-1].startswith("persona 40/40 (4 failed)")
    silent = io.StringIO()
    Progress(3, "x", silent, enabled=False).advance(failed=False)
    assert silent.getvalue() == ""


def test_committed_recordings_hold_exactly_the_calls_they_replay() -> None:
    from interviewer.evals.run_store import RECORDED_CALLS, recorded_keys

    stored = {path.stem for path in RECORDED_CALLS.glob("*/*.json")}
    listed = recorded_keys()
    assert listed - stored == set(), "a recording lists calls that are not committed"
    assert stored - listed == set(), "calls no recording uses: run `interviewer eval prune`"
