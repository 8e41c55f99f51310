"""Retrieval quality on the labelled queries: recall@k and MRR at the document level."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from interviewer.corpus.search import Mode, Retriever
from interviewer.errors import InputError

DATASET = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "retrieval.jsonl"
# Written before the phrasings and the fusion settings, and never used to choose them.
HELD_OUT = DATASET.with_name("retrieval-heldout.jsonl")


class LabelledQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    query: str
    kind: str
    relevant: list[str] = Field(min_length=1)


class RetrievalMetrics(BaseModel):
    model_config = ConfigDict(extra="forbid")

    mode: str
    queries: int
    k: int
    recall_at_k: float
    mrr: float
    misses: list[str]


def recall_at_k(ranked: Sequence[str], relevant: Sequence[str], k: int) -> float:
    """Share of the relevant documents found in the top k."""
    return len(set(ranked[:k]) & set(relevant)) / len(set(relevant))


def reciprocal_rank(ranked: Sequence[str], relevant: Sequence[str]) -> float:
    """1/rank of the first relevant document, 0 when none is ranked."""
    return next((1.0 / rank for rank, doc in enumerate(ranked, start=1) if doc in relevant), 0.0)


def load_labelled(path: Path = DATASET) -> list[LabelledQuery]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [LabelledQuery.model_validate_json(line) for line in lines if line.strip()]
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read the labelled queries: {exc}") from None


def evaluate(retriever: Retriever, queries: list[LabelledQuery], mode: Mode, k: int = 5) -> RetrievalMetrics:
    recalls, ranks, misses = [], [], []
    for labelled in queries:
        # Rank deeper than k so MRR also credits a relevant document found just past the cut.
        ranked = [hit.doc_id for hit in retriever.search(labelled.query, k=20, mode=mode).hits]
        recalls.append(recall_at_k(ranked, labelled.relevant, k))
        ranks.append(reciprocal_rank(ranked, labelled.relevant))
        if recalls[-1] < 1.0:
            misses.append(labelled.id)
    return RetrievalMetrics(
        mode=mode,
        queries=len(queries),
        k=k,
        recall_at_k=round(sum(recalls) / len(recalls), 4),
        mrr=round(sum(ranks) / len(ranks), 4),
        misses=misses,
    )


def write_report(metrics: list[RetrievalMetrics], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([m.model_dump() for m in metrics], indent=2), encoding="utf-8")
