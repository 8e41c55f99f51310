"""Benchmark: engine overhead per turn with the fake model (plan step, retrieval, scoring, persistence,
context assembly); with --embedded, time to the first shown word and to the turn's final text, per turn, on
the default model, in guided and in free mode (and the free prompt's size).

Run: .venv/bin/python benchmarks/engine.py [--turns 40] [--embedded]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from interviewer.corpus.search import Retriever
from interviewer.interview.engine import Engine
from interviewer.models.fake import FakeChatModel
from interviewer.models.registry import get_model
from interviewer.settings import Settings

ANSWER = (
    "You need a steadier forecast before the refinancing. At Halden I rebuilt the rolling forecast with the "
    "business units, and within a year our variance to actuals fell from 9% to 2%, which won us better terms."
)


def fake_overhead(settings: Settings, turns: int) -> dict[str, float]:
    model = FakeChatModel("bench")
    engine = Engine(settings.model_copy(update={"turn_mode": "free"}), model=model)  # it scripts whole turns
    engine.scorer.warm_up()  # the store and the embedding model open once, before timing
    timings = []
    done = 0
    while done < turns:
        session = engine.start(engine.profile("cfo", length="long"), seed=done)
        while session.status != "finished" and done < turns:
            model.enqueue(*(f"Question {done}-{k}: what did case {done * 7 + k} teach you?" for k in (0, 1)))
            start = time.perf_counter()
            events = list(engine.next_turn(session))
            if session.open_turn is not None:
                engine.answer(session, ANSWER)
            timings.append((time.perf_counter() - start) * 1000)
            model._queue.clear()
            done += 1
            assert events
    timings.sort()
    return {
        "turns": len(timings),
        "p50_ms": round(timings[len(timings) // 2], 1),
        "p95_ms": round(timings[int(len(timings) * 0.95)], 1),
    }


def embedded_turns(settings: Settings, turns: int, mode: str) -> dict[str, object]:
    settings = settings.model_copy(update={"turn_mode": mode})
    model = get_model(settings.model, settings)
    engine = Engine(settings, model=model)
    engine.scorer.warm_up()
    session = engine.start(engine.profile("cfo", length="long"), seed=1)
    first_words, last_words, prompt_tokens = [], [], []
    for _ in range(turns):
        if session.status == "finished":
            break
        move = session.plan.conversation[min(session.cursor, len(session.plan.conversation) - 1)][1]
        prompt_tokens.append(engine.prompt_tokens(session, move))
        start = time.perf_counter()
        first = None
        for event in engine.next_turn(session):
            if event.kind == "delta" and first is None:
                first = time.perf_counter() - start
        first_words.append(round(first or 0.0, 2))
        last_words.append(round(time.perf_counter() - start, 2))
        if session.open_turn is not None:
            engine.answer(session, ANSWER)
    model.close()
    return {
        "model": settings.model,
        "mode": mode,
        "first_word_s": first_words,
        "last_word_s": last_words,
        "free_prompt_tokens": prompt_tokens,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=40)
    parser.add_argument("--embedded", action="store_true", help="also time the embedded default model")
    args = parser.parse_args()
    base = Settings.from_env()
    with tempfile.TemporaryDirectory() as home:
        settings = base.model_copy(update={"home": Path(home), "chroma_url": None})
        Retriever(settings).build()
        result: dict[str, object] = {"fake": fake_overhead(settings, args.turns)}
        if args.embedded:
            # The user's own home, where the default model's weights are already joined.
            home = base.model_copy(update={"chroma_url": None})
            for mode in ("guided", "free"):
                result[f"embedded-{mode}"] = embedded_turns(home, 12, mode)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
