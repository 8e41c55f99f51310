"""Fuzzed parsers: whatever bytes a user or a file hands them, the resume reader, the answers-file reader,
the batch reader and the corpus front-matter parser either return a value or raise the project's own error
with a message, never another exception. Derandomized, so a run is the same on every machine and day."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviewer.commands.interview import read_answers
from interviewer.corpus.documents import load_vocabulary, parse_document
from interviewer.errors import InterviewerError
from interviewer.interview.resume import read_resume_bytes
from interviewer.scoring.rubric import Scorecard, ScoreInput
from interviewer.scoring.scorer import Scorer
from interviewer.settings import Settings

FUZZ = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text that looks like the real thing often enough to get past the first check.
resume_like = st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe"]).flatmap(
        lambda head: st.binary(max_size=2000).map(lambda tail: head + tail)
    ),
)


@FUZZ
@given(data=resume_like, suffix=st.sampled_from([".txt", ".md", ".pdf", ".docx", ".rtf", ""]))
def test_the_resume_reader_returns_text_or_says_why(data: bytes, suffix: str) -> None:
    try:
        text = read_resume_bytes(f"resume{suffix}", data)
    except InterviewerError as exc:
        assert str(exc)
        return
    assert isinstance(text, str)


@FUZZ
@given(
    content=st.one_of(
        st.text(max_size=3000),
        st.recursive(
            st.none() | st.integers() | st.text(max_size=20),
            lambda inner: (
                st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
            ),
            max_leaves=20,
        ).map(json.dumps),
    )
)
def test_the_answers_file_reader_returns_answers_or_says_why(
    content: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("answers") / "answers.txt"
    path.write_bytes(content.encode("utf-8"))
    try:
        answers = list(read_answers(str(path)))
    except InterviewerError as exc:
        assert str(exc)
        return
    assert all(isinstance(a, str) for a in answers)


@FUZZ
@given(
    front=st.one_of(
        st.text(max_size=400),
        st.dictionaries(
            st.sampled_from(["id", "title", "stage", "kind", "topics", "roles", "phrasings", "related", "x"]),
            st.one_of(
                st.text(max_size=30), st.lists(st.text(max_size=15), max_size=3), st.integers(), st.none()
            ),
            max_size=8,
        ).map(lambda d: json.dumps(d)),
    ),
    body=st.one_of(st.text(max_size=300), st.binary(max_size=60).map(lambda b: b.decode("latin-1"))),
    raw=st.booleans(),
    encoding=st.sampled_from(["utf-8", "latin-1", "utf-16"]),
)
def test_the_front_matter_parser_returns_a_document_or_says_why(
    front: str, body: str, raw: bool, encoding: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.mktemp("corpus")
    path = root / "fuzzed-doc.md"
    text = front if raw else f"---\n{front}\n---\n{body}"
    path.write_bytes(text.encode(encoding, "replace"))
    try:
        document = parse_document(path, VOCABULARY, root)
    except InterviewerError as exc:
        assert str(exc)
        return
    assert document.id == "fuzzed-doc"


VOCABULARY = load_vocabulary()


class _NoScoring(Scorer):
    """The batch reader under test, with each scoring replaced by a stub: the fuzz is of the reading."""

    def score(self, item: ScoreInput, judge: bool | None = None) -> Scorecard:
        raise InterviewerError("scored")  # reaching the scorer at all is a valid outcome here


@FUZZ
@given(
    lines=st.lists(
        st.one_of(st.text(max_size=200), st.binary(max_size=100).map(lambda b: b.decode("latin-1"))),
        max_size=6,
    )
)
def test_the_batch_reader_answers_every_line(
    lines: list[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    scorer = _NoScoring(Settings(home=tmp_path_factory.mktemp("home"), threads=1))
    text = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines)
    try:
        results = list(scorer.score_lines(io.StringIO(text)))
    except InterviewerError as exc:
        assert str(exc) == "scored"
        return
    assert len(results) == sum(1 for line in text.split("\n") if line.strip())
    assert all("error" in r and "line" in r for r in results)


def test_deep_nesting_and_huge_numbers_in_a_batch_are_named(tmp_path: Path) -> None:
    scorer = _NoScoring(Settings(home=tmp_path, threads=1))
    results = list(scorer.score_lines(["[" * 30_000 + "]" * 30_000, '{"a": ' + "1" * 6000 + "}"]))
    assert [r["line"] for r in results] == [1, 2]
