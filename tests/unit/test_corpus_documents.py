from pathlib import Path

import pytest

from interviewer.corpus.chunking import chunk_document
from interviewer.corpus.documents import CorpusError, load_documents, load_vocabulary

REQUIRED_TOPICS = {
    "value-first",
    "evidence",
    "structure",
    "research",
    "closing-questions",
    "thank-you",
    "follow-up",
    "momentum",
    "executive-presence",
}
OBJECTIONS = {
    "degree",
    "industry",
    "overqualified",
    "gap",
    "job-hopping",
    "tenure",
    "age",
    "salary",
    "relocation",
    "scope",
    "career-change",
    "culture-fit",
}


@pytest.fixture(scope="module")
def documents():  # type: ignore[no-untyped-def]
    return load_documents()


def test_the_vocabulary_has_the_required_topics() -> None:
    vocabulary = load_vocabulary()
    assert REQUIRED_TOPICS | {f"objection:{o}" for o in OBJECTIONS} <= set(vocabulary)


def test_the_corpus_is_large_enough(documents) -> None:  # type: ignore[no-untyped-def]
    guidance = [d for d in documents if d.kind == "guidance"]
    exemplars = [d for d in documents if d.kind == "exemplar"]
    assert len(guidance) >= 60 and len(exemplars) >= 25
    assert {d.stage for d in guidance} == {"preparation", "interview", "follow-up"}


def test_every_exemplar_has_a_strong_and_a_weak_answer_with_reasons(documents) -> None:  # type: ignore[no-untyped-def]
    for document in (d for d in documents if d.kind == "exemplar"):
        headings = [c.heading for c in chunk_document(document)]
        for section in ("Question", "Strong answer", "Why it is strong", "Weak answer", "Why it is weak"):
            assert section in headings, (document.id, section)
        assert document.question and document.question_kind


@pytest.mark.parametrize("objection", sorted(OBJECTIONS))
def test_every_objection_has_guidance_and_an_exemplar(documents, objection: str) -> None:  # type: ignore[no-untyped-def]
    tagged = [d for d in documents if f"objection:{objection}" in d.topics]
    assert any(d.kind == "guidance" for d in tagged), objection
    assert any(d.kind == "exemplar" for d in tagged), objection


def _corpus(tmp_path: Path, front_matter: str) -> Path:
    (tmp_path / "topics.yaml").write_text("evidence: numbers\n", encoding="utf-8")
    (tmp_path / "doc-one.md").write_text(
        f"---\n{front_matter}\n---\n# Title\n\nBody text.\n", encoding="utf-8"
    )
    return tmp_path


def test_broken_front_matter_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="doc-one.md: broken front matter"):
        load_documents(_corpus(tmp_path, "id: doc-one\ntitle: [unclosed"))


def test_an_unknown_topic_names_the_file_and_topic(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="doc-one.md: unknown topic.*vibes"):
        load_documents(_corpus(tmp_path, "id: doc-one\ntitle: T\nstage: interview\ntopics: [vibes]"))


def test_a_missing_field_is_named(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="doc-one.md: front matter field 'stage'"):
        load_documents(_corpus(tmp_path, "id: doc-one\ntitle: T\ntopics: [evidence]"))


def test_the_id_must_match_the_file_name(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="equal the file name"):
        load_documents(_corpus(tmp_path, "id: other\ntitle: T\nstage: interview\ntopics: [evidence]"))


def test_related_must_name_existing_documents(tmp_path: Path) -> None:
    meta = "id: doc-one\ntitle: T\nstage: interview\ntopics: [evidence]\nrelated: [doc-missing]"
    with pytest.raises(CorpusError, match="doc-one.md: 'related' names unknown document.*doc-missing"):
        load_documents(_corpus(tmp_path, meta))


def test_every_document_says_how_its_subject_comes_up(documents) -> None:  # type: ignore[no-untyped-def]
    """Guidance and exemplars carry phrasings and related documents (the rubric is found by the scorer
    by name, not by search)."""
    searched = [d for d in documents if d.kind != "rubric"]
    assert all(len(d.phrasings) >= 1 for d in searched), [d.id for d in searched if not d.phrasings]
    assert all(d.related for d in searched), [d.id for d in searched if not d.related]
