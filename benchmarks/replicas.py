"""Benchmark: turns per second and p95 turn time with 1, 2 and 4 app replicas (`interviewer ui` processes) on
one PostgreSQL, simulated users through `gradio_client`, on the scripted fake model (so what is measured is
the app's own overhead: scoring, storage, streaming), in guided mode.

Run: PYTHONPATH=. .venv/bin/python benchmarks/replicas.py [--users 16] [--answers 3] [--replicas 1 2 4]
(it starts PostgreSQL and the replicas with the test suite's helpers, hence the path)
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

from gradio_client import Client

from interviewer.corpus.search import Retriever
from interviewer.settings import Settings
from tests.integration.postgres import fresh_database, running_postgres
from tests.integration.test_replicas import ANSWER, replica


def user(url: str, number: int, answers: int) -> list[float]:
    client = Client(url, verbose=False)
    client.predict("cfo", "warm-screener", "long", "fake", "", "", None, str(number), api_name="/start")
    client.predict(api_name="/next_turn")
    times = []
    for n in range(answers):
        start = time.perf_counter()
        client.predict(ANSWER.format(user=number, n=n), api_name="/answer")  # scored, then the next turn
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=16)
    parser.add_argument("--answers", type=int, default=3)
    parser.add_argument("--replicas", type=int, nargs="+", default=[1, 2, 4])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch, running_postgres() as server:
        root = Path(scratch)
        corpus = root / "corpus"
        Retriever(Settings(home=corpus, threads=2)).build()
        script = root / "bridges.json"
        script.write_text(json.dumps(["no bridge"] * 5000))
        rows = []
        for count in args.replicas:
            url = fresh_database(server)
            with ExitStack() as stack:
                homes = [root / f"r{count}-{n}" for n in range(count)]
                urls = [stack.enter_context(replica(home, corpus, url, script)) for home in homes]
                start = time.perf_counter()
                targets = [urls[u % count] for u in range(args.users)]  # round robin, as a balancer would
                with ThreadPoolExecutor(max_workers=args.users) as pool:
                    runs = list(pool.map(user, targets, range(args.users), [args.answers] * args.users))
                wall = time.perf_counter() - start
            times = sorted(t for run in runs for t in run)
            rows.append(
                {
                    "replicas": count,
                    "turns": len(times),
                    "turns_per_s": round(len(times) / wall, 2),
                    "median_turn_s": round(statistics.median(times), 2),
                    "p95_turn_s": round(times[int(0.95 * (len(times) - 1))], 2),
                }
            )
            print(json.dumps(rows[-1]), flush=True)


if __name__ == "__main__":
    main()
