from interviewer.corpus.chunking import PHRASING, chunk_document
from interviewer.corpus.documents import Document


def doc(body: str, doc_id: str = "answer-x", phrasings: tuple[str, ...] = ()) -> Document:
    return Document(
        id=doc_id,
        title="Lead with value",
        stage="interview",
        topics=("value-first",),
        phrasings=phrasings,
        body=body,
        path=f"{doc_id}.md",
    )


BODY = "# Lead with value\n\nSummary line.\n\n## Why it matters\nBecause.\n\n## How to do it\nSteps."


def test_one_chunk_per_section_plus_profile_and_summary() -> None:
    chunks = chunk_document(doc(BODY), {"value-first": "What the employer gains."})
    assert [c.heading for c in chunks] == ["Profile", "Summary", "Why it matters", "How to do it"]
    assert chunks[2].text.startswith("Lead with value. Why it matters.")
    assert "What the employer gains." in chunks[0].text


def test_ids_come_from_content() -> None:
    first, again = chunk_document(doc(BODY)), chunk_document(doc(BODY))
    assert [c.id for c in first] == [c.id for c in again]
    edited = chunk_document(doc(BODY.replace("Steps.", "Other steps.")))
    changed = {c.id for c in edited} - {c.id for c in first}
    assert len(changed) == 1 and next(iter(changed)).startswith("answer-x#")


def test_each_phrasing_is_a_chunk_of_its_own_words() -> None:
    chunks = chunk_document(doc(BODY, phrasings=("What's in it for us?", "Why you?")))
    phrased = [c for c in chunks if c.heading == PHRASING]
    assert [c.text for c in phrased] == ["What's in it for us?", "Why you?"]
    assert len({c.id for c in chunks}) == len(chunks)
