"""The second reading's sample (issue 17): 120 development and 120 held-out objection pairs drawn at random,
their labels stripped, shuffled together into eight batches of 30 for independent readers. The brief the
readers followed is brief.md beside it; their labels are labels.jsonl. Kept so the draw can be made again;
the product never imports it.

    .venv/bin/python benchmarks/second_reading/draw.py OUT_DIR   # OUT_DIR/batch1.jsonl ... batch8.jsonl
"""

import json
import random
import sys
from pathlib import Path

SEED = 20261207
DATASETS = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "objections"
# Pairs written before as_of was asked for are measured on the eval suites' day; readers get the same day.
EVAL_AS_OF = "2026-11-29"


# The files there were when the sample was drawn: rounds 1 to 30 (dev.jsonl to dev30.jsonl, and the same for
# heldout), so that later rounds' files do not change the draw.
LAST_ROUND = 30


def _round(path: Path) -> int:
    number = path.stem.removeprefix("dev").removeprefix("heldout")
    return int(number) if number else 1


def _pairs(part: str) -> list[dict]:
    return [
        json.loads(line)
        for path in sorted(DATASETS.glob(f"{part}*.jsonl"))
        if _round(path) <= LAST_ROUND
        for line in path.open(encoding="utf-8")
    ]


def draw() -> tuple[list[dict], list[dict], list[dict]]:
    """The development sample, the held-out sample, and both in the order the readers got them."""
    rng = random.Random(SEED)
    dev = rng.sample(_pairs("dev"), 120)
    held = rng.sample(_pairs("heldout"), 120)
    both = dev + held
    rng.shuffle(both)
    return dev, held, both


def main(out_dir: Path) -> None:
    both = draw()[2]
    out_dir.mkdir(parents=True, exist_ok=True)
    for batch in range(8):
        with (out_dir / f"batch{batch + 1}.jsonl").open("w", encoding="utf-8") as fh:
            for pair in both[batch * 30 : (batch + 1) * 30]:
                shown = {k: pair[k] for k in ("id", "role", "resume", "job_description")}
                shown["as_of"] = pair.get("as_of") or EVAL_AS_OF
                fh.write(json.dumps(shown, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
