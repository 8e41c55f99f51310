"""Retrieval against a real Chroma store on disk (and a real `chroma run` server), offline embeddings."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from interviewer.corpus.documents import Document, load_documents
from interviewer.corpus.evaluate import HELD_OUT, evaluate, load_labelled
from interviewer.corpus.search import Retriever
from interviewer.corpus.store import COLLECTION, open_client
from interviewer.errors import InputError
from interviewer.settings import Settings

LEAK_COSINE = 0.7


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    retriever = Retriever(Settings(home=tmp_path_factory.mktemp("full"), threads=2))
    retriever.build()
    return retriever


def few_documents() -> list[Document]:
    wanted = {
        "objection-no-advanced-degree",
        "ex-objection-no-mba",
        "follow-specific-thank-you-note",
        "prep-company-strategy",
    }
    return [d for d in load_documents() if d.id in wanted]


def test_the_store_is_built_on_first_use_and_persists(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, threads=2)
    first = Retriever(settings, few_documents())
    hits = first.search("you have no MBA", k=2).hits
    assert first.last_build is not None and first.last_build.added == first.last_build.chunks > 0
    assert hits[0].doc_id in {"objection-no-advanced-degree", "ex-objection-no-mba"}
    assert (tmp_path / "chroma").is_dir()
    again = Retriever(settings, few_documents()).build()
    assert (again.added, again.removed, again.unchanged) == (0, 0, first.last_build.chunks)


def test_a_changed_document_is_the_only_one_re_embedded(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, threads=2)
    documents = few_documents()
    Retriever(settings, documents).build()
    edited = [
        d.model_copy(update={"body": d.body.replace("MBA", "M.B.A.")})
        if d.id == "objection-no-advanced-degree"
        else d
        for d in documents
    ]
    report = Retriever(settings, edited).build()
    assert report.added == report.removed >= 1
    assert report.added <= 8 and report.unchanged > 0  # the edited document's chunks, not the corpus
    dropped = Retriever(settings, edited[:-1]).build()
    assert dropped.removed > 0 and dropped.added == 0


def test_a_store_from_another_embedding_model_is_rebuilt(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, threads=2)
    client = open_client(settings)
    client.create_collection(COLLECTION, metadata={"embedding_model": "some-other-model"})
    report = Retriever(settings, few_documents()).build()
    assert report.recreated and report.added == report.chunks


def test_filters_and_bad_input(full: Retriever) -> None:
    follow_up = full.search("what to write after the interview", k=5, stage="follow-up").hits
    assert follow_up and all(hit.stage == "follow-up" for hit in follow_up)
    salary = full.search("what money do you expect", k=3, topic="objection:salary").hits
    assert salary and all("objection:salary" in hit.topics for hit in salary)
    scores = [hit.score for hit in full.search("tell me about yourself", k=5).hits]
    assert scores == sorted(scores, reverse=True) and scores[0] == 1.0
    for bad in (
        {"query": "  "},
        {"query": "x", "k": 0},
        {"query": "x", "stage": "lunch"},
        {"query": "x", "topic": "?"},
    ):
        with pytest.raises(InputError):
            full.search(**bad)  # type: ignore[arg-type]


def test_retrieval_quality_holds(full: Retriever) -> None:
    """Floors on the labelled sets (figures in benchmarks/README.md), and fusion must help."""
    queries = load_labelled()
    hybrid = evaluate(full, queries, "hybrid")
    dense = evaluate(full, queries, "dense")
    assert hybrid.recall_at_k >= 0.9 and hybrid.mrr >= 0.85
    assert hybrid.recall_at_k >= dense.recall_at_k
    held_out = evaluate(full, load_labelled(HELD_OUT), "hybrid")
    assert held_out.recall_at_k >= 0.87 and held_out.mrr >= 0.75


def test_no_phrasing_restates_a_held_out_query(full: Retriever) -> None:
    """The held-out queries stay a fair test of the phrasings: none may sit this close to one of them."""
    phrasings = [(d.id, p) for d in full.documents for p in d.phrasings]
    queries = [q.query for q in load_labelled(HELD_OUT)]
    vectors = np.asarray(full.embed([p for _, p in phrasings]), dtype=np.float32)
    targets = np.asarray(full.embed(queries), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    targets /= np.linalg.norm(targets, axis=1, keepdims=True)
    closest = (vectors @ targets.T).max(axis=1)
    too_close = [(phrasings[i], round(float(closest[i]), 3)) for i in np.flatnonzero(closest >= LEAK_COSINE)]
    assert not too_close


def test_a_hit_found_by_a_phrasing_cites_guidance_text(full: Retriever) -> None:
    document = next(d for d in full.documents if d.phrasings and d.kind == "guidance")
    hits = full.search(document.phrasings[0], k=5).hits
    hit = next(h for h in hits if h.doc_id == document.id)
    assert hit.text not in document.phrasings and document.title in hit.text


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[str]:
    binary = shutil.which("chroma", path=str(Path(sys.executable).parent))
    if binary is None:
        pytest.fail("the chroma CLI should come with the chromadb package")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [binary, "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with socket.socket() as client:
                if client.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        else:
            pytest.fail("chroma run did not start listening within 60 s")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_a_chroma_server_instead_of_the_local_store(chroma_server: str, tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, threads=2, chroma_url=chroma_server)
    retriever = Retriever(settings, few_documents())
    report = retriever.build()
    assert report.location == chroma_server and report.added > 0
    assert not (tmp_path / "chroma").exists()
    assert retriever.search("thank-you email", k=1).hits[0].doc_id == "follow-specific-thank-you-note"
    assert Retriever(settings, few_documents()).build().added == 0


def test_corpus_eval_reports_the_held_out_set_apart(
    corpus_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from interviewer.cli import main

    monkeypatch.setenv("INTERVIEWER_HOME", str(corpus_home))
    assert main(["corpus", "eval", "--held-out", "--json"]) == 0
    metrics = json.loads(capsys.readouterr().out)
    assert [m["mode"] for m in metrics] == ["dense", "lexical", "hybrid"]
    assert {m["queries"] for m in metrics} == {len(load_labelled(HELD_OUT))}
    assert (corpus_home / "reports" / "retrieval-heldout-eval.json").exists()
