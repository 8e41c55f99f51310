"""Benchmark: offline scoring of one answer after warm-up (p50, p95), and a batch of 1,000 answers.

Answers come from the labelled set; each is scored as a fresh text (its embedding is not yet remembered),
so the figures include the answer's embedding, retrieval, signals and the reducer.

Run: .venv/bin/python benchmarks/scoring.py [--batch 1000]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from interviewer.corpus.search import Retriever
from interviewer.scoring.rubric import ScoreInput
from interviewer.scoring.scorer import Scorer
from interviewer.scoring.validity import load_labelled
from interviewer.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()
    rows = load_labelled()
    with tempfile.TemporaryDirectory() as home:
        settings = Settings.from_env().model_copy(update={"home": Path(home), "chroma_url": None})
        Retriever(settings).build()
        scorer = Scorer(settings)
        start = time.perf_counter()
        scorer.warm_up()
        warm_s = time.perf_counter() - start
        latencies = []
        for row in rows:
            start = time.perf_counter()
            scorer.score(row.as_input(), judge=False)
            latencies.append((time.perf_counter() - start) * 1000)
        latencies.sort()
        # A batch of distinct answers: each labelled answer with a numbered closing sentence, so no
        # embedding is reused from the remembered ones.
        batch = [
            ScoreInput(
                role=row.role,
                question=row.question,
                answer=f"{row.answer} That was case {i}.",
                objection=row.objection,
                company_brief=row.company_brief,
            )
            for i, row in zip(range(args.batch), rows * (args.batch // len(rows) + 1), strict=False)
        ]
        start = time.perf_counter()
        for item in batch:
            scorer.score(item, judge=False)
        batch_s = time.perf_counter() - start
    print(
        json.dumps(
            {
                "warm_up_s": round(warm_s, 2),
                "answers": len(latencies),
                "p50_ms": round(latencies[len(latencies) // 2], 1),
                "p95_ms": round(latencies[int(len(latencies) * 0.95)], 1),
                "batch": args.batch,
                "batch_s": round(batch_s, 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
