"""Retrieval samples: one guidance search per labelled query; recall@k and MRR."""

from __future__ import annotations

from typing import Any

from interviewer.corpus.evaluate import LabelledQuery, recall_at_k, reciprocal_rank
from interviewer.corpus.search import Retriever
from interviewer.evals.tasks.base import CheckResult, Context, Out, Outcome, Params, Task, mean


class RetrievalTask(Task):
    name = "retrieval"
    sample_type = LabelledQuery
    extra_metrics = ("recall_at_k", "mrr")

    def prepare(self, ctx: Context) -> None:
        retriever = Retriever(ctx.settings)
        retriever.search("warm up", k=1)  # builds the store once, before samples share it
        ctx.shared["retriever"] = retriever

    def run(self, sample: LabelledQuery, ctx: Context) -> dict[str, Any]:
        mode = ctx.params.get("mode", "hybrid")
        hits = ctx.shared["retriever"].search(sample.query, k=20, mode=mode).hits
        ranked: list[str] = []
        for hit in hits:
            if hit.doc_id not in ranked:
                ranked.append(hit.doc_id)
        k = int(ctx.params.get("k", 5))
        return {
            "ranked": ranked[:10],
            "recall": round(recall_at_k(ranked, sample.relevant, k), 4),
            "reciprocal_rank": round(reciprocal_rank(ranked, sample.relevant), 4),
        }

    def check_relevant_in_top_k(self, sample: LabelledQuery, out: Out, p: Params) -> CheckResult:
        missing = [doc for doc in sample.relevant if doc not in out["ranked"][: int(p.get("k", 5))]]
        return not missing, f"missing {', '.join(missing)}" if missing else ""

    def metrics(self, outcomes: list[Outcome], params: dict[str, Any]) -> dict[str, float]:
        done = [o for o in outcomes if o.error is None]
        return {
            "recall_at_k": mean([o.outputs["recall"] for o in done]),
            "mrr": mean([o.outputs["reciprocal_rank"] for o in done]),
        }
