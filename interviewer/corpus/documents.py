"""Loading and validating the corpus documents (Markdown with YAML front matter)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from interviewer.errors import InputError

Stage = Literal["preparation", "interview", "follow-up"]
CORPUS_DIR = Path(__file__).resolve().parents[2] / "corpus"
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9.]+)*$")


class CorpusError(InputError):
    """A corpus document cannot be used; the message names the file and the problem."""


class Document(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    title: str
    stage: Stage
    kind: Literal["guidance", "exemplar", "rubric"] = "guidance"
    topics: tuple[str, ...] = Field(min_length=1)
    roles: tuple[str, ...] = ()
    seniority: tuple[str, ...] = ()
    question: str | None = None
    question_kind: str | None = None
    # How the subject comes up in the candidate's words or the interviewer's: questions, objections,
    # worries, or (for answer guidance) the kind of answer it corrects. Short queries rarely share the
    # guidance's own wording, so each phrasing is searched as its own small chunk.
    phrasings: tuple[str, ...] = ()
    # Documents to read with this one: the guidance an exemplar illustrates, the next step of a method.
    related: tuple[str, ...] = ()
    body: str
    path: str


def load_vocabulary(corpus_dir: Path = CORPUS_DIR) -> dict[str, str]:
    path = corpus_dir / "topics.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CorpusError(f"{path}: cannot read the topic vocabulary: {exc}") from None
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise CorpusError(f"{path}: the vocabulary must map each topic to a description.")
    return {str(key): value for key, value in data.items()}


def parse_document(path: Path, vocabulary: dict[str, str], root: Path) -> Document:
    name = path.relative_to(root).as_posix()
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{name}: not UTF-8 text (byte {exc.start}); save the file as UTF-8.") from None
    match = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.DOTALL)
    if not match:
        raise CorpusError(f"{name}: no front matter (the file must start with a --- block).")
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        raise CorpusError(f"{name}: broken front matter: {str(exc).splitlines()[0]}") from None
    if not isinstance(meta, dict):
        raise CorpusError(f"{name}: the front matter must be a mapping of keys to values.")
    try:
        document = Document.model_validate({**meta, "body": match.group(2).strip(), "path": name})
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(part) for part in problem["loc"])
        raise CorpusError(f"{name}: front matter field '{where}': {problem['msg']}") from None
    if document.id != path.stem or not _ID.match(document.id):
        raise CorpusError(f"{name}: id '{document.id}' must be lowercase kebab-case and equal the file name.")
    unknown = [topic for topic in document.topics if topic not in vocabulary]
    if unknown:
        raise CorpusError(f"{name}: unknown topic(s) {', '.join(unknown)}; see corpus/topics.yaml.")
    if not document.body:
        raise CorpusError(f"{name}: the document has no body.")
    return document


def load_documents(corpus_dir: Path = CORPUS_DIR) -> list[Document]:
    """Every document under `corpus_dir`, validated; the first problem found raises `CorpusError`."""
    vocabulary = load_vocabulary(corpus_dir)
    documents = [
        parse_document(path, vocabulary, corpus_dir)
        for path in sorted(corpus_dir.rglob("*.md"))
        if path.name.lower() != "readme.md"
    ]
    if not documents:
        raise CorpusError(f"{corpus_dir}: no documents found.")
    seen: dict[str, str] = {}
    for document in documents:
        if document.id in seen:
            raise CorpusError(f"{document.path}: id '{document.id}' is also used by {seen[document.id]}.")
        seen[document.id] = document.path
    for document in documents:
        unknown = [ref for ref in document.related if ref not in seen or ref == document.id]
        if unknown:
            raise CorpusError(f"{document.path}: 'related' names unknown document(s) {', '.join(unknown)}.")
    return documents


@lru_cache(maxsize=1)
def default_documents() -> tuple[Document, ...]:
    return tuple(load_documents())
