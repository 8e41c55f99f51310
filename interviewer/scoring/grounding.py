"""Grounding a score in the corpus: which guidance is retrieved for an answer, and which of it each dimension
cites (its rubric document always, guidance only when retrieved and on the dimension's topics)."""

from __future__ import annotations

from collections.abc import Collection

import numpy as np

from interviewer.corpus.search import Hit, Retriever
from interviewer.scoring.rubric import DIMENSION_TOPICS, RUBRIC_DOCS, Dimension, DimensionScore, ScoreInput

QUERY_ANSWER_CHARS = 600


def retrieve_guidance(retriever: Retriever, item: ScoreInput, answer: str) -> list[Hit]:
    """Guidance, rubric and (when asked) objection and research documents for this question and answer."""
    query = f"{item.question}\n{answer[:QUERY_ANSWER_CHARS]}".strip()
    # The question and the answer are embedded one at a time (a batch pads to its longest text, and a
    # repeated question is remembered); the dense query is their normalised sum.
    (q_vector,) = retriever.embed([item.question])
    (a_vector,) = retriever.embed([answer]) if answer.strip() else (q_vector,)
    mixed = np.add(q_vector, a_vector)
    vector = [float(x) for x in mixed / max(float(np.linalg.norm(mixed)), 1e-12)]
    hits = [h for h in retriever.search(query, k=10, vector=vector).hits if h.kind == "guidance"]
    if item.objection:
        hits += [
            h
            for h in retriever.search(query, k=3, topic=item.objection, vector=vector).hits
            if h.kind == "guidance"
        ]
    if item.company_brief:
        hits += [
            h
            for h in retriever.search(query, k=3, topic="research", vector=vector).hits
            if h.kind == "guidance"
        ]
    unique: dict[str, Hit] = {}
    for hit in hits:
        unique.setdefault(hit.doc_id, hit)
    return list(unique.values())


def cite(dimension: Dimension, item: ScoreInput, retrieved: list[Hit], rubric: Collection[str]) -> list[str]:
    """The dimension's rubric document (it applies to every answer) and the first retrieved guidance on its
    topics; guidance that was not retrieved is never cited."""
    cited = [RUBRIC_DOCS[dimension]] if RUBRIC_DOCS[dimension] in rubric else []
    topics = (item.objection,) if dimension == "objection_handling" else DIMENSION_TOPICS[dimension]
    for hit in retrieved:
        if hit.kind == "guidance" and set(topics) & set(hit.topics):
            cited.append(hit.doc_id)
            break
    return cited


def all_citations(dimensions: dict[Dimension, DimensionScore], retrieved: list[Hit]) -> list[str]:
    """Every dimension's citations, once each; a card always cites at least one retrieved guidance."""
    cited = list(dict.fromkeys(c for d in dimensions.values() for c in d.citations))
    kinds = {hit.doc_id: hit.kind for hit in retrieved}
    if not any(kinds.get(c) == "guidance" for c in cited):
        first = next((hit.doc_id for hit in retrieved if hit.kind == "guidance"), None)
        if first:
            cited.append(first)
    return cited
