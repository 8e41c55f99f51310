"""Hybrid retrieval over the guidance corpus: dense (Chroma) and lexical (BM25), fused by reciprocal rank.

`Retriever.search` is the one function the CLI, the scorer and the interviewer all call.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict

from interviewer.corpus.chunking import PHRASING, Chunk, chunk_documents
from interviewer.corpus.documents import Document, default_documents, load_vocabulary
from interviewer.corpus.embeddings import MiniLMEmbedding
from interviewer.corpus.store import (
    BuildReport,
    describe,
    drop_collection,
    fingerprint,
    open_client,
    open_collection,
    sync,
)
from interviewer.errors import InputError
from interviewer.settings import Settings

Mode = Literal["hybrid", "dense", "lexical"]
STAGES = ("preparation", "interview", "follow-up")
MAX_K = 50
MAX_QUERY_CHARS = 4000
# Fusion and feedback settings, chosen on the labelled development queries (evals/datasets/retrieval.jsonl)
# and then checked once on the held-out ones (retrieval-heldout.jsonl); see benchmarks/README.md.
RRF_K = 30  # reciprocal-rank-fusion constant: damps the weight of the very top ranks
_CANDIDATES = 80
DENSE_WEIGHT = 1.0
LEXICAL_WEIGHT = 0.7  # BM25 is the weaker ranker on its own (recall@5 0.75 against dense 0.82)
SECOND_CHUNK_WEIGHT = 0.25
FEEDBACK_DEPTH = 3
FEEDBACK_WEIGHT = 0.25
RELATED_WEIGHT = 1.0
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "do",
        "for",
        "from",
        "had",
        "has",
        "have",
        "how",
        "i",
        "if",
        "in",
        "is",
        "it",
        "its",
        "me",
        "my",
        "of",
        "on",
        "or",
        "our",
        "so",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "they",
        "this",
        "to",
        "was",
        "we",
        "were",
        "what",
        "when",
        "which",
        "who",
        "why",
        "will",
        "with",
        "you",
        "your",
    ]
)


class Hit(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    doc_id: str
    title: str
    stage: str
    topics: list[str]
    score: float
    text: str
    kind: str = "guidance"  # guidance | exemplar | rubric


class SearchResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    query: str
    hits: list[Hit]


def lexical_tokens(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOPWORDS]


class LexicalIndex:
    """Okapi BM25 (k1 1.5, b 0.75, negative idf floored at a quarter of the mean idf, as in rank-bm25) over an
    inverted index of precomputed term weights, so a query costs one array addition per query term rather
    than a pass over every chunk: long queries (a whole answer) stay fast."""

    K1, B, EPSILON = 1.5, 0.75, 0.25

    def __init__(self, corpus: list[list[str]]) -> None:
        self.size = len(corpus)
        counts = [Counter(tokens) for tokens in corpus]
        lengths = np.array([len(tokens) for tokens in corpus], dtype=np.float64)
        average = float(lengths.mean()) if self.size else 1.0
        postings: dict[str, list[int]] = {}
        for index, counted in enumerate(counts):
            for term in counted:
                postings.setdefault(term, []).append(index)
        idf = {t: math.log(self.size - len(d) + 0.5) - math.log(len(d) + 0.5) for t, d in postings.items()}
        floor = self.EPSILON * (sum(idf.values()) / len(idf)) if idf else 0.0
        norm = self.K1 * (1 - self.B + self.B * lengths / average)
        self._index: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for term, docs in postings.items():
            ids = np.array(docs, dtype=np.int64)
            tf = np.array([counts[i][term] for i in docs], dtype=np.float64)
            weight = idf[term] if idf[term] >= 0 else floor
            self._index[term] = (ids, weight * tf * (self.K1 + 1) / (tf + norm[ids]))

    def scores(self, query: list[str]) -> np.ndarray:
        total = np.zeros(self.size)
        for term in query:
            found = self._index.get(term)
            if found is not None:
                total[found[0]] += found[1]
        return total


class Retriever:
    """Owns the store and the BM25 index. The store is built on first use and refreshed on corpus change."""

    def __init__(self, settings: Settings | None = None, documents: list[Document] | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self._documents = documents
        self._lock = threading.Lock()
        self._collection: Any = None
        self._chunks: list[Chunk] = []
        self._related: dict[str, tuple[str, ...]] = {}
        self._first_section: dict[str, Chunk] = {}
        self._by_id: dict[str, Chunk] = {}
        self._main_topic: dict[str, str] = {}
        self._bm25: LexicalIndex | None = None
        self._vocabulary: dict[str, str] = {}
        self._embedding = MiniLMEmbedding(self.settings.threads)
        self._vectors: dict[str, list[float]] = {}
        self._matrix: np.ndarray = np.zeros((0, 0))
        self.last_build: BuildReport | None = None

    def build(self, force: bool = False) -> BuildReport:
        """Bring the store in line with the corpus; `force` drops the collection first."""
        with self._lock:
            documents = self._documents if self._documents is not None else list(default_documents())
            self._vocabulary = load_vocabulary()
            chunks = chunk_documents(documents, self._vocabulary)
            client = open_client(self.settings)
            if force:
                drop_collection(client)
            collection, recreated = open_collection(client, self._embedding)
            metadata = collection.metadata or {}
            if metadata.get("fingerprint") == fingerprint(chunks) and collection.count() == len(chunks):
                added, removed, unchanged = 0, 0, len(chunks)
            else:
                added, removed, unchanged = sync(collection, chunks)
            self._collection = collection
            self._chunks = chunks
            self._related = {d.id: d.related for d in documents}
            self._by_id = {c.id: c for c in chunks}
            self._main_topic = {c.doc_id: c.topics[0] for c in chunks}
            self._first_section = {}
            for chunk in reversed(chunks):
                if chunk.is_section:
                    self._first_section[chunk.doc_id] = chunk
            self._bm25 = LexicalIndex([lexical_tokens(c.text) for c in chunks])
            self._matrix = self._load_vectors(collection, chunks)
            self.last_build = BuildReport(
                location=describe(self.settings),
                chunks=len(chunks),
                added=added,
                removed=removed,
                unchanged=unchanged,
                recreated=recreated or force,
            )
            return self.last_build

    def _ready(self) -> None:
        if self._collection is None:
            self.build()

    def embed(self, texts: list[str]) -> list[list[float]]:
        """Embeddings of `texts` with the store's model; recent ones are remembered, since the scorer and
        the interviewer search for the same question several times."""
        missing = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if missing:
            if len(self._vectors) > 4096:
                self._vectors.clear()
            for text, vector in zip(missing, self._embedding(missing), strict=True):
                self._vectors[text] = [float(x) for x in vector]
        return [self._vectors[t] for t in texts]

    @property
    def documents(self) -> list[Document]:
        return list(self._documents if self._documents is not None else default_documents())

    @staticmethod
    def _load_vectors(collection: Any, chunks: list[Chunk]) -> np.ndarray:
        """The stored chunk vectors, row i for chunk i, normalised for cosine similarity."""
        stored = collection.get(ids=[c.id for c in chunks], include=["embeddings"])
        by_id = dict(zip(stored["ids"], stored["embeddings"], strict=True))
        matrix = np.asarray([by_id[c.id] for c in chunks], dtype=np.float32)
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        normalised: np.ndarray = matrix / np.maximum(norms, 1e-12)
        return normalised

    def _dense(self, query: str, stage: str | None, vector: list[float] | None, depth: int) -> list[str]:
        # Exact search over the stored vectors rather than the store's approximate (HNSW) index: at a few
        # hundred chunks it costs well under a millisecond, and an HNSW graph differs from build to build,
        # so the same query could rank differently on two machines, and evals could not be replayed.
        query_vector = np.asarray(vector if vector is not None else self.embed([query])[0], dtype=np.float32)
        similarity = self._matrix @ (query_vector / max(float(np.linalg.norm(query_vector)), 1e-12))
        order = np.argsort(-similarity, kind="stable")
        ids = [self._chunks[i].id for i in order if not stage or self._chunks[i].stage == stage]
        return ids[:depth]

    def _lexical(self, query: str, stage: str | None, depth: int) -> list[str]:
        assert self._bm25 is not None
        scores = self._bm25.scores(lexical_tokens(query))
        order = sorted(range(len(scores)), key=lambda i: -scores[i])
        ids = [
            self._chunks[i].id
            for i in order
            if scores[i] > 0 and (not stage or self._chunks[i].stage == stage)
        ]
        return ids[:depth]

    def search(
        self,
        query: str,
        k: int = 5,
        stage: str | None = None,
        topic: str | None = None,
        mode: Mode = "hybrid",
        vector: list[float] | None = None,
    ) -> SearchResult:
        """The `k` best documents for `query`, each with its best-matching chunk, best first.

        `vector`, when given, stands in for the query's embedding (a caller that has embedded the parts of a
        long query already need not embed the whole again)."""
        query = query.strip()
        if not query:
            raise InputError("The search query is empty.")
        if len(query) > MAX_QUERY_CHARS:
            query = query[:MAX_QUERY_CHARS]  # MiniLM reads 256 tokens; the rest only feeds BM25 noise
        if not 1 <= k <= MAX_K:
            raise InputError(f"k must be between 1 and {MAX_K}, not {k}.")
        if stage is not None and stage not in STAGES:
            raise InputError(f"Unknown stage '{stage}'; use one of {', '.join(STAGES)}.")
        self._ready()
        if topic is not None and topic not in self._vocabulary:
            raise InputError(f"Unknown topic '{topic}'; see corpus/topics.yaml.")
        # A topic filter is applied after ranking, so a filtered search ranks every chunk: the topic's
        # documents are always found, however far down the unfiltered list they sit.
        depth = len(self._chunks) if topic else _CANDIDATES
        rankings = []
        if mode in ("hybrid", "dense"):
            rankings.append((DENSE_WEIGHT, self._dense(query, stage, vector, depth)))
        if mode in ("hybrid", "lexical"):
            rankings.append((LEXICAL_WEIGHT, self._lexical(query, stage, depth)))
        fused: dict[str, float] = {}
        for weight, ranking in rankings:
            for rank, chunk_id in enumerate(ranking, start=1):
                fused[chunk_id] = fused.get(chunk_id, 0.0) + weight / (RRF_K + rank)
        by_id = self._by_id
        # A document is as relevant as its best chunk, plus a share of its next best: guidance that
        # matches in several sections outranks a document with one lucky sentence.
        per_doc: dict[str, list[tuple[float, str]]] = {}
        for chunk_id, score in fused.items():
            chunk = by_id[chunk_id]
            if topic and topic not in chunk.topics:
                continue
            per_doc.setdefault(chunk.doc_id, []).append((score, chunk_id))
        ranked_docs = []
        for doc_id, scored in per_doc.items():
            scored.sort(key=lambda item: (-item[0], item[1]))
            total = scored[0][0] + SECOND_CHUNK_WEIGHT * sum(score for score, _ in scored[1:3])
            ranked_docs.append((total, doc_id, scored[0][1]))
        ranked_docs.sort(key=lambda item: (-item[0], item[1]))
        ranked_docs = self._feedback(ranked_docs)
        top = ranked_docs[0][0] if ranked_docs else 1.0
        hits: dict[str, Hit] = {}
        for total, doc_id, chunk_id in ranked_docs[:k]:
            chunk = self._citable(by_id[chunk_id])
            hits[doc_id] = Hit(
                id=chunk.id,
                doc_id=doc_id,
                title=chunk.title,
                stage=chunk.stage,
                topics=list(chunk.topics),
                score=round(min(1.0, total / top), 4),  # relative to the lead hit, never above it
                text=chunk.text,
                kind=chunk.kind,
            )
        return SearchResult(query=query, hits=list(hits.values()))

    def _citable(self, chunk: Chunk) -> Chunk:
        """The chunk to show for a hit: a phrasing found the document but says nothing a candidate can
        use, so its document's first section stands in for it."""
        return chunk if chunk.heading != PHRASING else self._first_section.get(chunk.doc_id, chunk)

    def _feedback(self, ranked: list[tuple[float, str, str]]) -> list[tuple[float, str, str]]:
        """Pseudo-relevance feedback: lift the documents that belong with the top results.

        Guidance and the exemplars that illustrate it rarely share wording, so the first good match is the
        best evidence of what else is relevant: documents sharing the main topic of the top results, and
        the documents the lead result names as `related`.
        """
        if not ranked:
            return ranked
        main_topic = self._main_topic
        weight: dict[str, float] = {}
        for total, doc_id, _ in ranked[:FEEDBACK_DEPTH]:
            topic = main_topic[doc_id]
            weight[topic] = weight.get(topic, 0.0) + total
        lead_total, lead_doc, _ = ranked[0]
        related = set(self._related.get(lead_doc, ()))
        lifted = [
            (
                total
                + FEEDBACK_WEIGHT * weight.get(main_topic[doc_id], 0.0)
                + (RELATED_WEIGHT * lead_total if doc_id in related else 0.0),
                doc_id,
                chunk_id,
            )
            for total, doc_id, chunk_id in ranked
        ]
        # The first match keeps its place: feedback decides what comes with it, not what leads.
        return [ranked[0], *sorted(lifted[1:], key=lambda item: (-item[0], item[1]))]
