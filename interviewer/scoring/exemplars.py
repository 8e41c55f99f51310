"""Retrieval-grounded comparison: how close an answer sits to the corpus's strong and weak exemplar answers.

Each exemplar document holds one question with a strong and a weak answer. Their embeddings are computed once
and kept under `INTERVIEWER_HOME` (keyed by the exemplars' content), so scoring embeds only the new answer.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict

from interviewer.corpus.documents import Document
from interviewer.corpus.embeddings import EMBEDDING_MODEL

_TOP = 3  # neighbours per side in the whole-bank comparison


class Exemplar(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    doc_id: str
    title: str
    question: str
    strong: str
    weak: str


class Comparison(BaseModel):
    """The answer's nearness to strong versus weak exemplars: positive leans strong."""

    model_config = ConfigDict(extra="forbid")

    local_margin: float  # against the exemplars for the closest questions
    global_margin: float  # against every exemplar answer
    question_similarity: float  # the answer against the question it was asked
    nearest: list[str]  # doc ids of the exemplars compared locally, closest question first
    nearest_similarity: float = 0.0  # the question against the closest exemplar question


def _section(body: str, heading: str) -> str:
    match = re.search(rf"^## {re.escape(heading)}\s*\n(.*?)(?=^## |\Z)", body, re.MULTILINE | re.DOTALL)
    return match.group(1).strip() if match else ""


def exemplars_from(documents: list[Document]) -> list[Exemplar]:
    found = []
    for doc in documents:
        if doc.kind != "exemplar":
            continue
        strong, weak = _section(doc.body, "Strong answer"), _section(doc.body, "Weak answer")
        if strong and weak:
            found.append(
                Exemplar(
                    doc_id=doc.id,
                    title=doc.title,
                    question=doc.question or doc.title,
                    strong=strong,
                    weak=weak,
                )
            )
    return found


@dataclass
class ExemplarBank:
    exemplars: list[Exemplar]
    questions: np.ndarray  # (n, d) unit vectors
    strong: np.ndarray
    weak: np.ndarray

    @staticmethod
    def key(exemplars: list[Exemplar]) -> str:
        payload = json.dumps([e.model_dump() for e in exemplars], sort_keys=True) + EMBEDDING_MODEL
        return hashlib.sha256(payload.encode()).hexdigest()[:16]

    @classmethod
    def load_or_build(cls, exemplars: list[Exemplar], embed: object, cache_dir: Path) -> ExemplarBank:
        """Vectors from the cache when the exemplars are unchanged, else embedded now and cached."""
        path = cache_dir / f"exemplar-vectors-{cls.key(exemplars)}.npy"
        n = len(exemplars)
        try:
            stacked = np.load(path)
            if stacked.shape[0] != 3 * n:
                raise ValueError("stale cache")
        except (OSError, ValueError):
            texts = (
                [e.question for e in exemplars] + [e.strong for e in exemplars] + [e.weak for e in exemplars]
            )
            stacked = np.asarray(embed(texts), dtype=np.float32)  # type: ignore[operator]
            cache_dir.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(".partial.npy")
            np.save(partial, stacked)
            partial.replace(path)
        return cls(exemplars, stacked[:n], stacked[n : 2 * n], stacked[2 * n :])

    def compare(
        self, question_vector: list[float], answer_vector: list[float], local: int = _TOP
    ) -> Comparison:
        if not self.exemplars:
            return Comparison(local_margin=0.0, global_margin=0.0, question_similarity=0.0, nearest=[])
        q = np.asarray(question_vector, dtype=np.float32)
        a = np.asarray(answer_vector, dtype=np.float32)
        return compare_vectors(
            q, a, self.questions, self.strong, self.weak, [e.doc_id for e in self.exemplars], local
        )


def compare_vectors(
    question: np.ndarray,
    answer: np.ndarray,
    questions: np.ndarray,
    strong: np.ndarray,
    weak: np.ndarray,
    ids: list[str],
    local: int = _TOP,
) -> Comparison:
    """Pure: cosine margins of `answer` against strong and weak exemplar vectors (all unit length)."""
    to_strong, to_weak = strong @ answer, weak @ answer
    asked = questions @ question
    nearest = np.argsort(-asked, kind="stable")[:local]
    top = min(_TOP, len(ids))
    return Comparison(
        local_margin=float(np.mean(to_strong[nearest] - to_weak[nearest])),
        global_margin=float(np.mean(np.sort(to_strong)[-top:]) - np.mean(np.sort(to_weak)[-top:])),
        question_similarity=float(question @ answer),
        nearest=[ids[i] for i in nearest],
        nearest_similarity=float(asked[nearest[0]]),
    )


# How close an exemplar's question must sit to the one asked to be shown as a similar question's answer
# (cosine of all-MiniLM-L6-v2 vectors): read on the role library's questions against the bank's, where the
# pairs above it were on the same subject ("Why CFO of this business?" and "Why this company?") and most
# below it were not.
SIMILAR_QUESTION = 0.6


def shown_exemplar(
    exemplars: list[Exemplar], documents: list[Document], comparison: Comparison, objection: str | None
) -> str | None:
    """The bank's strong answer shown as "a strong answer to a similar question": the one for the same
    objection, else the nearest question's when it is close enough to be called similar. A checkout outage
    story under "what product problems do you want to solve?" taught nothing."""
    by_id = {e.doc_id: e for e in exemplars}
    if objection:
        topic = objection if objection.startswith("objection:") else f"objection:{objection}"
        same = [d.id for d in documents if d.id in by_id and topic in d.topics]
        if same:
            return by_id[same[0]].strong
    if comparison.nearest_similarity < SIMILAR_QUESTION:
        return None
    return next((by_id[i].strong for i in comparison.nearest if i in by_id), None)
