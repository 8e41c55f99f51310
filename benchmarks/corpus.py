"""Benchmark: a full build of the corpus store, and search latency end to end (query embedding included).

Run: .venv/bin/python benchmarks/corpus.py [--queries N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from interviewer.corpus.evaluate import load_labelled
from interviewer.corpus.search import Retriever
from interviewer.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        settings = Settings.from_env().model_copy(update={"home": Path(home), "chroma_url": None})
        start = time.perf_counter()
        report = Retriever(settings).build()
        build_s = time.perf_counter() - start
        retriever = Retriever(settings)
        start = time.perf_counter()
        retriever.build()
        reopen_s = time.perf_counter() - start
        queries = [q.query for q in load_labelled()]
        retriever.search(queries[0])  # warm: the first query loads the ONNX session
        latencies = []
        for index in range(args.queries):
            retriever._vectors.clear()  # each query pays for its embedding, as a new question would
            start = time.perf_counter()
            retriever.search(queries[index % len(queries)], k=5)
            latencies.append((time.perf_counter() - start) * 1000)
        latencies.sort()
        print(
            json.dumps(
                {
                    "chunks": report.chunks,
                    "threads": settings.threads,
                    "full_build_s": round(build_s, 2),
                    "reopen_unchanged_s": round(reopen_s, 3),
                    "query_p50_ms": round(statistics.median(latencies), 2),
                    "query_p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 2),
                },
                indent=2,
            )
        )


if __name__ == "__main__":
    main()
