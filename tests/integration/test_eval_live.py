"""One small suite live on the embedded model, as CI runs it: real calls, a complete log, thresholds met."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interviewer.evals.runner import RunOptions, run_suite
from interviewer.settings import Settings

pytestmark = pytest.mark.live


def test_the_live_smoke_suite_on_the_embedded_model(shared_models_home: Path) -> None:
    settings = Settings(home=shared_models_home, threads=2, timeout=300)
    run = run_suite("live-smoke", RunOptions(limit=1, mode="record", progress=False), settings)
    # Guided turns: one short call per turn that follows an answer worth saying back (three here, at most).
    assert run.summary["calls"]["live"] >= 1
    assert run.summary["calls"]["cached"] == 0
    logged = [json.loads(line) for line in (run.run_dir / "samples.jsonl").read_text().splitlines()]
    calls = logged[0]["calls"]
    assert all(c["text"] and c["prompt_tokens"] > 0 for c in calls)
    assert run.passed, [t for t in run.result["thresholds"] if not t["passed"]]
