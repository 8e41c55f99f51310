"""Honest waits: what a wait says is measured on this computer, and only completed waits count."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.interview.waits import WaitLog


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_first_use_says_the_figure_is_not_measured_here(tmp_path: Path) -> None:
    log = WaitLog(tmp_path / "timings.json")
    assert "First use of m on this computer" in log.first_use_notice("m")
    assert log.expected("m", "turn").measured is False


def test_waits_count_the_seconds_against_what_is_usual_here(tmp_path: Path) -> None:
    clock = Clock()
    log = WaitLog(tmp_path / "timings.json", clock=clock)
    for seconds in (6.0, 8.0, 30.0):
        with log.timing("s1", "m", "turn"):
            clock.now += seconds
    assert log.line("s1") == ""  # nothing running
    with log.timing("s1", "m", "turn"):
        clock.now += 5
        said = log.line("s1")
        assert said == "The interviewer is preparing the next question: 5 s (usually about 8 s here)."
        assert log.line("another-session") == ""
    notice = WaitLog(tmp_path / "timings.json").first_use_notice("m")  # kept on disk
    assert notice == (
        "On this computer, m has taken about 7 s per question; not yet measured here: about 60 s to load "
        "(once per start) and about 5 s to score an answer."
    )


def test_a_failed_wait_is_not_recorded_and_a_damaged_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "timings.json"
    path.write_text("{not json", encoding="utf-8")
    clock = Clock()
    log = WaitLog(path, clock=clock)
    assert log.expected("m", "score").measured is False
    with pytest.raises(RuntimeError), log.timing("s", "m", "score"):
        clock.now += 99
        raise RuntimeError("model down")
    assert log.expected("m", "score").measured is False and log.line("s") == ""
