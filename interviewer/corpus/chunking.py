"""Header-aware chunking: one chunk per `##` section, carrying its document's title and heading."""

from __future__ import annotations

import hashlib
import re

from pydantic import BaseModel, ConfigDict

from interviewer.corpus.documents import Document

PROFILE = "Profile"  # the heading of a document's profile chunk (question, title, topic descriptions)
PHRASING = "Phrasing"  # the heading of a chunk that holds one of a document's phrasings


class Chunk(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str  # derived from content, so a rebuild is idempotent and only changed text is re-embedded
    doc_id: str
    title: str
    stage: str
    kind: str
    topics: tuple[str, ...]
    heading: str
    text: str

    @property
    def is_section(self) -> bool:
        """A section of the document's own text, rather than a profile or phrasing made to be found."""
        return self.heading not in (PROFILE, PHRASING)


def _sections(body: str) -> list[tuple[str, str]]:
    """(heading, text) pairs; text before the first `##` becomes the "Summary" section."""
    body = re.sub(r"^# .*\n", "", body, count=1)
    parts = re.split(r"^## +(.+)$", body, flags=re.MULTILINE)
    sections = [("Summary", parts[0].strip())]
    sections += [(parts[i].strip(), parts[i + 1].strip()) for i in range(1, len(parts) - 1, 2)]
    return [(heading, text) for heading, text in sections if text]


def _profile(document: Document, vocabulary: dict[str, str]) -> str:
    """What the document is about, in a few lines: its question, title and topic descriptions."""
    lines = [document.question or "", document.title, *(vocabulary.get(t, t) for t in document.topics)]
    return "\n".join(line for line in lines if line)


def chunk_document(document: Document, vocabulary: dict[str, str] | None = None) -> list[Chunk]:
    chunks = []
    # A profile chunk per document lets a short query match the subject before any section's detail.
    sections = [(PROFILE, _profile(document, vocabulary or {})), *_sections(document.body)]
    sections += [(PHRASING, phrasing) for phrasing in document.phrasings]
    for heading, text in sections:
        # The title and heading travel with each section's chunk: a section alone often lacks its subject.
        content = text if heading in (PROFILE, PHRASING) else f"{document.title}. {heading}.\n{text}"
        digest = hashlib.sha256(f"{document.id}\n{content}".encode()).hexdigest()[:20]
        chunks.append(
            Chunk(
                id=f"{document.id}#{digest}",
                doc_id=document.id,
                title=document.title,
                stage=document.stage,
                kind=document.kind,
                topics=document.topics,
                heading=heading,
                text=content,
            )
        )
    return chunks


def chunk_documents(
    documents: list[Document] | tuple[Document, ...], vocabulary: dict[str, str] | None = None
) -> list[Chunk]:
    return [chunk for document in documents for chunk in chunk_document(document, vocabulary)]
