"""The persistent Chroma store of corpus chunks: built on first use, updated incrementally, never mixed."""

from __future__ import annotations

import hashlib
import logging
from typing import Any
from urllib.parse import urlparse

import chromadb
from chromadb.config import Settings as ChromaSettings
from pydantic import BaseModel, ConfigDict

from interviewer.corpus.chunking import Chunk
from interviewer.corpus.embeddings import EMBEDDING_MODEL, MiniLMEmbedding
from interviewer.errors import ConfigError
from interviewer.settings import Settings

COLLECTION = "value-first-guidance"
# Chroma's client logs telemetry failures loudly when offline; telemetry is off, the noise is not useful.
logging.getLogger("chromadb.telemetry").setLevel(logging.CRITICAL)


class BuildReport(BaseModel):
    model_config = ConfigDict(extra="forbid")

    location: str
    chunks: int
    added: int
    removed: int
    unchanged: int
    recreated: bool


def fingerprint(chunks: list[Chunk]) -> str:
    """One hash of every chunk id (ids are content hashes): any corpus change alters it."""
    return hashlib.sha256("\n".join(sorted(c.id for c in chunks)).encode()).hexdigest()[:32]


def open_client(settings: Settings) -> Any:
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise ConfigError(
                f"INTERVIEWER_CHROMA_URL={settings.chroma_url!r} must look like http://host:8000."
            )
        return chromadb.HttpClient(
            host=url.hostname,
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


def describe(settings: Settings) -> str:
    return settings.chroma_url or str(settings.chroma_dir)


def _exists(client: Any) -> bool:
    return COLLECTION in {getattr(c, "name", str(c)) for c in client.list_collections()}


def drop_collection(client: Any) -> None:
    if _exists(client):
        client.delete_collection(COLLECTION)


def open_collection(client: Any, embedding: MiniLMEmbedding) -> tuple[Any, bool]:
    """(collection, recreated): the collection is recreated when built with another embedding model."""
    recreated = False
    if _exists(client):
        metadata = client.get_collection(COLLECTION).metadata or {}
        if metadata.get("embedding_model") != EMBEDDING_MODEL:
            drop_collection(client)  # vectors from two models must never share an index
            recreated = True
    collection = client.get_or_create_collection(
        COLLECTION,
        embedding_function=embedding,
        metadata={"embedding_model": EMBEDDING_MODEL},
        configuration={"hnsw": {"space": "cosine"}},
    )
    return collection, recreated


def sync(collection: Any, chunks: list[Chunk]) -> tuple[int, int, int]:
    """Make the collection hold exactly `chunks`; only chunks not already stored are embedded."""
    stored = set(collection.get(include=[])["ids"])
    wanted = {chunk.id: chunk for chunk in chunks}
    stale = sorted(stored - wanted.keys())
    # Sorted by length so each embedding batch pads little: about twice as fast as id order.
    new = sorted((wanted[i] for i in wanted.keys() - stored), key=lambda c: (len(c.text), c.id))
    if stale:
        collection.delete(ids=stale)
    for start in range(0, len(new), 128):
        batch = new[start : start + 128]
        collection.add(
            ids=[c.id for c in batch],
            documents=[c.text for c in batch],
            metadatas=[
                {
                    "doc_id": c.doc_id,
                    "title": c.title,
                    "stage": c.stage,
                    "kind": c.kind,
                    "heading": c.heading,
                    "topics": "|".join(c.topics),
                }
                for c in batch
            ],
        )
    collection.modify(metadata={"embedding_model": EMBEDDING_MODEL, "fingerprint": fingerprint(chunks)})
    return len(new), len(stale), len(stored & wanted.keys())
