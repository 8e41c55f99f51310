"""Benchmark: eval replay speed, and live eval throughput against a local OpenAI-compatible server.

- replay: a 500-sample `turn` suite (the committed turn samples, varied by seed) is recorded once with a
  scripted fake model, then replayed; the figure is the replay's wall time (target: under 20 s on 2 cores).
- live (--live): the `turns` suite against llama.cpp's own OpenAI-compatible server (xllamacpp, the
  embedded runtime) with 4 parallel slots, at --jobs 1, 2 and 4, reported as samples per second.

Run: .venv/bin/python benchmarks/evals.py [--samples 500] [--live] [--live-model M] [--live-limit 8]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from interviewer.corpus.search import Retriever
from interviewer.evals.runner import RunOptions, run_suite
from interviewer.evals.suites import EVALS_DIR
from interviewer.models.fake import FakeChatModel
from interviewer.models.registry import get_model
from interviewer.settings import Settings


def write_suite(folder: Path, samples: int) -> Path:
    base = [json.loads(line) for line in (EVALS_DIR / "datasets" / "turns.jsonl").read_text().splitlines()]
    rows = []
    for number in range(samples):
        row = dict(base[number % len(base)])
        row["id"] = f"{row['id']}-{number}"
        row["seed"] = number  # another seed, another plan: every sample is its own model call
        rows.append(row)
    data = folder / "turns-bench.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    suite = folder / "turns-bench.yaml"
    suite.write_text(
        "name: turns-bench\ndescription: benchmark\ntask: turn\n"
        f"dataset: ['{data}']\nmodel: 'fake:bench'\n"
        "checks: [one_question, not_candidate_voice, no_repeat, role_specific, first_draft_ok]\n"
    )
    return suite


def replay(settings: Settings, samples: int, jobs: list[int]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        suite = write_suite(Path(tmp), samples)
        fake = get_model("fake:bench")
        assert isinstance(fake, FakeChatModel)
        fake.enqueue(  # enough for a second draft wherever the first is refused
            *(f"Which decision number {n} of yours changed your team's results?" for n in range(3 * samples))
        )
        started = time.perf_counter()
        recorded = run_suite(str(suite), RunOptions(progress=False), settings)
        record_s = time.perf_counter() - started
        figures: dict[str, Any] = {"samples": samples, "record_s": round(record_s, 1)}
        for n in jobs:
            started = time.perf_counter()
            replayed = run_suite(str(suite), RunOptions(mode="replay", jobs=n, progress=False), settings)
            seconds = time.perf_counter() - started
            same = (replayed.run_dir / "result.json").read_bytes() == (
                recorded.run_dir / "result.json"
            ).read_bytes()
            figures[f"replay_jobs{n}_s"] = round(seconds, 2)
            figures[f"replay_jobs{n}_identical"] = same
            figures[f"replay_jobs{n}_model_calls"] = replayed.summary["calls"]["live"]
        return figures


def live(settings: Settings, model_name: str, limit: int, jobs: list[int]) -> dict[str, Any]:
    import xllamacpp

    from interviewer.models.weights import LOCAL_MODELS, assemble

    path = assemble(LOCAL_MODELS[model_name], settings.models_dir)
    params = xllamacpp.CommonParams()
    params.model.path = str(path)
    params.n_parallel = max(jobs)
    params.n_ctx = 2048 * max(jobs)  # each slot gets its own 2,048-token window
    params.cpuparams.n_threads = settings.threads
    params.cpuparams_batch.n_threads = settings.threads
    params.verbosity = -1
    server = xllamacpp.Server(params)
    os.environ["OPENAI_BASE_URL"] = f"{server.listening_address}/v1"
    os.environ.setdefault("OPENAI_API_KEY", "local")
    served = Settings.from_env().model_copy(update={"home": settings.home})
    figures: dict[str, Any] = {"model": model_name, "samples": limit, "server_slots": max(jobs)}
    for n in jobs:
        run = run_suite(
            "turns",
            RunOptions(model=f"openai:{model_name}", mode="record", jobs=n, limit=limit, progress=False),
            served,
        )
        figures[f"jobs{n}_samples_per_s"] = run.summary["samples_per_second"]
        figures[f"jobs{n}_errors"] = run.summary["outcomes"]["error"]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=int, default=500)
    parser.add_argument("--live", action="store_true")
    parser.add_argument("--live-model", default="smollm2-135m")
    parser.add_argument("--live-limit", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        settings = Settings(home=Path(home), threads=2)
        Retriever(settings).build()  # the store is built before timing: replay measures the eval itself
        report: dict[str, Any] = {"replay": replay(settings, args.samples, [1, 2])}
        if args.live:
            report["live"] = live(settings, args.live_model, args.live_limit, [1, 2, 4])
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
