"""Committed recordings replay on any day, in any timezone, under any hash seed and locale.

The recordings were made on one day on one machine; CI replays them on another. Anything a replayed prompt
reads from the clock, the zone, the locale or the hash seed shows up here as a missing recording."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from interviewer.evals.run_store import recording_path
from interviewer.evals.runner import RunOptions, run_suite
from interviewer.evals.suites import load_suite, suite_names
from interviewer.interview.engine import Engine
from interviewer.settings import Settings

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SUITES = [n for n in suite_names() if load_suite(n).default]
# Suites whose prompts carry resume arithmetic: the ones a clock dependence breaks first.
RESUME_SUITES = [n for n in DEFAULT_SUITES if load_suite(n).task in ("interview", "turn")]

# test_eval_runs replays every default suite on 2030-01-01 in UTC+14; this is another day and zone.
CLOCKS = [
    pytest.param(datetime(2027, 6, 1, 9, 0, tzinfo=ZoneInfo("America/Los_Angeles")), id="2027-06-01-LA"),
]


@pytest.fixture()
def settings(corpus_home: Path, tmp_path: Path) -> Settings:
    home = tmp_path / "home"
    shutil.copytree(corpus_home / "chroma", home / "chroma")
    return Settings(home=home, threads=2)


@pytest.mark.parametrize("clock", CLOCKS)
def test_every_default_suite_replays_byte_for_byte_on_another_day(
    clock: datetime, settings: Settings
) -> None:
    with time_machine.travel(clock, tick=True):
        assert date.today() == clock.date(), "the clock must really have moved for this test to mean anything"
        for name in DEFAULT_SUITES:
            run = run_suite(name, RunOptions(mode="replay", progress=False), settings)
            replayed = (run.run_dir / "result.json").read_text(encoding="utf-8")
            assert replayed == recording_path(name).read_text(encoding="utf-8"), name


def test_resume_suites_replay_under_another_hash_seed_and_locale(settings: Settings, tmp_path: Path) -> None:
    """Set iteration order and locale-dependent formatting must not reach a prompt: a fresh interpreter
    with another hash seed, the C locale and a far timezone replays the suites that read resumes."""
    env = {
        **os.environ,
        "PYTHONHASHSEED": "987654",
        "LC_ALL": "C",
        "LANG": "C",
        "TZ": "Asia/Kathmandu",
        "INTERVIEWER_HOME": str(settings.home),
    }
    for name in RESUME_SUITES:
        done = subprocess.run(
            [sys.executable, "-m", "interviewer", "eval", "run", name, "--replay", "--no-progress"],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        (result,) = (settings.home / "evals" / "runs").glob(f"*-{name}-*/result.json")
        assert result.read_text(encoding="utf-8") == recording_path(name).read_text(encoding="utf-8")


def test_the_live_product_counts_to_today_and_a_pinned_profile_does_not(settings: Settings) -> None:
    """Only evals and tests pin the day: a profile made live takes today's date, and a plan made from a
    profile with `as_of` reads the same whatever the clock says."""
    engine = Engine(settings)
    resume = "Experience\nHead of Finance, Orbit Ltd — 2024 - Present\nLed a team of 12.\n"
    with time_machine.travel(datetime(2031, 3, 15, 12, 0, tzinfo=ZoneInfo("UTC")), tick=False):
        assert engine.profile("cfo", resume=resume).as_of == date(2031, 3, 15)
        pinned = engine.profile("cfo", resume=resume, as_of=date(2026, 11, 29))
        first = engine.plan(pinned, seed=1)
    with time_machine.travel(datetime(2040, 8, 2, 12, 0, tzinfo=ZoneInfo("UTC")), tick=False):
        again = engine.plan(pinned, seed=1)
    assert first == again
