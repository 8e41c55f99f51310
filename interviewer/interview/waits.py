"""Honest waits: how long loading a model, preparing a turn and scoring an answer take on this computer,
measured as they happen and kept under INTERVIEWER_HOME, so every wait can say "5 s (usually about 8 s
here)" instead of spinning in silence. Until a kind of wait has been measured here, the figure comes from
the benchmark on a 2-core laptop and says so."""

from __future__ import annotations

import json
import os
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from interviewer.text import listed

WaitKind = Literal["load", "turn", "score"]
KEEP = 20  # the latest measurements per model and kind; the median of them is what is expected
# benchmarks/README.md, embedded default on a 2-core laptop: the figures a first use is told.
FIRST_USE: dict[WaitKind, float] = {"load": 60.0, "turn": 10.0, "score": 5.0}
DOING: dict[WaitKind, str] = {
    "load": "Loading the model",
    "turn": "The interviewer is preparing the next question",
    "score": "Scoring your answer",
}


@dataclass(frozen=True)
class Expected:
    seconds: float
    measured: bool  # on this computer, or the benchmark's figure


class WaitLog:
    """Measured durations per model and kind, in a small JSON file written whole on each change."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.monotonic) -> None:
        self.path = path
        self.clock = clock
        self._lock = threading.Lock()
        self._running: dict[str, tuple[WaitKind, str, float]] = {}  # key -> (kind, model, started)
        self._seen: dict[str, list[float]] | None = None  # read once: the wait line asks every second

    def _read(self) -> dict[str, list[float]]:
        if self._seen is None:
            self._seen = self._load()
        return self._seen

    def _load(self) -> dict[str, list[float]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # none measured yet, or a damaged file: it is rewritten by the next measurement
        if not isinstance(data, dict):
            return {}
        return {
            k: [float(x) for x in v if isinstance(x, int | float)]
            for k, v in data.items()
            if isinstance(v, list)
        }

    def record(self, model: str, kind: WaitKind, seconds: float) -> None:
        with self._lock:
            data = self._read()
            key = f"{kind}:{model}"
            data[key] = [*data.get(key, []), round(seconds, 2)][-KEEP:]  # kept in memory and on disk
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)

    def expected(self, model: str, kind: WaitKind) -> Expected:
        seen = self._read().get(f"{kind}:{model}", [])
        if seen:
            return Expected(statistics.median(seen), measured=True)
        return Expected(FIRST_USE[kind], measured=False)

    @contextmanager
    def timing(self, key: str, model: str, kind: WaitKind) -> Iterator[None]:
        """Time one wait under `key` (a session id, or "model"); only a wait that completes is recorded,
        so an error or a cancelled turn never skews what the next person is told."""
        started = self.clock()
        with self._lock:
            self._running[key] = (kind, model, started)
        try:
            yield
        finally:
            with self._lock:
                self._running.pop(key, None)
        self.record(model, kind, self.clock() - started)

    def running(self, key: str) -> tuple[WaitKind, str, float] | None:
        with self._lock:
            return self._running.get(key)

    def line(self, key: str) -> str:
        """One sentence about the wait running under `key` now, or "" when nothing is."""
        running = self.running(key)
        if running is None:
            return ""
        kind, model, started = running
        elapsed = self.clock() - started
        expected = self.expected(model, kind)
        return f"{DOING[kind]}: {elapsed:.0f} s ({_usually(expected)})."

    def first_use_notice(self, model: str) -> str:
        """What to expect from this model on this computer, said before anything is started."""
        parts: dict[WaitKind, str] = {
            "load": "to load (once per start)",
            "turn": "per question",
            "score": "to score an answer",
        }
        expected = {kind: self.expected(model, kind) for kind in FIRST_USE}
        said = {k: f"{_about(expected[k].seconds)} {parts[k]}" for k in parts}
        measured = [said[k] for k in parts if expected[k].measured]
        guessed = [said[k] for k in parts if not expected[k].measured]
        if not measured:
            return (
                f"First use of {model} on this computer: on a 2-core laptop it takes {listed(guessed)}. "
                "Each wait shows its time; later ones are told what this computer takes."
            )
        taken = f"On this computer, {model} has taken {listed(measured)}"
        return taken + (f"; not yet measured here: {listed(guessed)}." if guessed else ".")


def _seconds(value: float) -> str:
    return f"{value:.0f} s" if value < 90 else f"{value / 60:.1f} min"


def _about(value: float) -> str:
    """An expected time as said: "about 8 s", and "under 1 s" rather than "about 0 s"."""
    return "under 1 s" if value < 1 else f"about {_seconds(value)}"


def _usually(expected: Expected) -> str:
    where = "here" if expected.measured else "on a 2-core laptop; not yet measured here"
    return f"usually {_about(expected.seconds)} {where}"
