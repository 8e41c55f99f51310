"""Benchmark: the model seam against the raw llama.cpp runtime, and prompt-prefix reuse between turns.

Run: .venv/bin/python benchmarks/model_seam.py [--model NAME] [--repeats N] [--threads N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Iterator
from typing import Any

import httpx

from interviewer.models import Message, Sampling, get_model
from interviewer.models.embedded import EmbeddedModel, start_runtime
from interviewer.settings import Settings

PROMPT = [
    Message(role="system", content="You are a skeptical hiring manager hiring a VP of Operations."),
    Message(role="user", content="Ask me one probing question about cost reduction. One sentence."),
]
SAMPLING = Sampling(max_tokens=64)


def timed_stream(chunks: Iterator[str]) -> tuple[float, float, int]:
    """(time to first token, total time, chunk count) of a token stream."""
    start = time.perf_counter()
    first: float | None = None
    count = 0
    for _ in chunks:
        first = first or time.perf_counter()
        count += 1
    end = time.perf_counter()
    return (first or end) - start, end - start, count


def raw_stream(base_url: str, body: dict[str, Any]) -> Iterator[str]:
    """Stream straight from the runtime's own HTTP endpoint, no project code in between."""
    request = body | {"stream": True}
    with httpx.stream("POST", f"{base_url}/chat/completions", json=request, timeout=600) as reply:
        for line in reply.iter_lines():
            if line.startswith("data: ") and line != "data: [DONE]":
                delta = json.loads(line[6:])["choices"][0]["delta"].get("content")
                if delta:
                    yield delta


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default=None)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()
    settings = Settings.from_env()
    if args.threads:
        settings = settings.model_copy(update={"threads": args.threads})
    model = get_model(args.model, settings)
    if not isinstance(model, EmbeddedModel):
        raise SystemExit("This benchmark compares the seam with the embedded runtime: pick a local model.")

    load_start = time.perf_counter()
    base_url = model.base_url
    load_s = time.perf_counter() - load_start
    server = start_runtime(model._resolve_weights(), model.context_size, model.threads)
    body = {"messages": [m.model_dump() for m in PROMPT], "temperature": 0.0, "max_tokens": 64, "seed": 0}

    rows: dict[str, list[tuple[float, float, int]]] = {"raw-stream": [], "seam-stream": []}
    totals: dict[str, list[float]] = {"raw-call": [], "seam-call": []}
    for _ in range(args.repeats):  # interleaved, so both see the same cache state and machine load
        rows["raw-stream"].append(timed_stream(raw_stream(base_url, body)))
        rows["seam-stream"].append(timed_stream(model.stream(PROMPT, SAMPLING)))
        start = time.perf_counter()
        server.handle_chat_completions(body)
        totals["raw-call"].append(time.perf_counter() - start)
        start = time.perf_counter()
        model.complete(PROMPT, SAMPLING)
        totals["seam-call"].append(time.perf_counter() - start)

    def summary(samples: list[tuple[float, float, int]]) -> dict[str, float]:
        ttft = statistics.median(s[0] for s in samples)
        rate = statistics.median((s[2] - 1) / (s[1] - s[0]) for s in samples if s[1] > s[0])
        return {"ttft_s": round(ttft, 4), "tokens_per_s": round(rate, 2)}

    raw, seam = summary(rows["raw-stream"]), summary(rows["seam-stream"])
    raw_total, seam_total = statistics.median(totals["raw-call"]), statistics.median(totals["seam-call"])

    opening = [*PROMPT[:1], Message(role="user", content="Ask about a turnaround I led.")]
    first = model.complete(opening, SAMPLING)
    follow_up = [
        *opening,
        Message(role="assistant", content=first.text),
        Message(role="user", content="I cut unit costs 12% in a year while volume grew 30%."),
    ]
    second = model.complete(follow_up, SAMPLING)
    result = {
        "model": model.name,
        "threads": model.threads,
        "load_s": round(load_s, 2),
        "raw_stream": raw,
        "seam_stream": seam,
        "raw_call_s": round(raw_total, 4),
        "seam_call_s": round(seam_total, 4),
        "seam_overhead_pct": round(100 * (seam_total - raw_total) / raw_total, 2),
        "follow_up_prompt_tokens": second.usage.prompt_tokens,
        "follow_up_cached_tokens": second.usage.cached_prompt_tokens,
        "follow_up_processed_tokens": second.usage.prompt_tokens - second.usage.cached_prompt_tokens,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
