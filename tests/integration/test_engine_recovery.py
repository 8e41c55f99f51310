"""Two windows on one session, and recovery after a scoring outage: no answer lost, overwritten or attached
to a question the candidate never saw."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.errors import ConflictError, ModelUnavailableError
from interviewer.interview.engine import Engine
from interviewer.interview.store import SessionStore
from interviewer.models.fake import FakeChatModel
from interviewer.scoring.rubric import Scorecard
from interviewer.settings import Settings

STRONG = (
    "When I joined Halden, DSO was 68 days. I rebuilt credit control with the sales team and within two "
    "quarters it fell to 41, releasing $12M of cash that paid for the new depot without new debt."
)
OTHER = "At Marlow I refinanced $80M of debt two points cheaper, saving $1.6M a year in interest."
QUESTIONS = [
    f"Question {n}: which {w} decision are you proudest of, and what changed?"
    for n, w in enumerate(["cash", "audit", "forecast", "pricing", "hiring", "debt", "risk", "tax"])
]


@pytest.fixture()
def settings(corpus_home: Path, tmp_path: Path) -> Settings:
    return Settings(home=corpus_home, threads=2, model="fake:recovery")


def engine_on(settings: Settings, db: Path) -> Engine:
    return Engine(settings, store=SessionStore(db))


def ask(engine: Engine, session: object) -> None:
    for _ in engine.next_turn(session):  # type: ignore[arg-type]
        pass


def scripted(engine: Engine) -> FakeChatModel:
    model = engine.model
    assert isinstance(model, FakeChatModel)
    return model.enqueue("Welcome, shall we begin?", *QUESTIONS)


def test_two_windows_answering_one_question_cannot_overwrite_each_other(
    settings: Settings, tmp_path: Path
) -> None:
    db = tmp_path / "sessions.sqlite3"
    first = engine_on(settings, db)
    scripted(first)
    session = first.start(first.profile("cfo", length="short"), seed=1)
    ask(first, session)
    other_window = engine_on(settings, db).resume(session.id)
    first.answer(session, STRONG)
    with pytest.raises(ConflictError, match="another window"):
        engine_on(settings, db).answer(other_window, OTHER)
    stored = SessionStore(db).load(session.id)
    assert [t.answer for t in stored.turns if t.answer] == [STRONG]
    # The losing window's copy is unchanged too: its text stays for the candidate to keep.
    assert other_window.open_turn is not None and other_window.open_turn.answer is None


def test_two_windows_asking_the_next_question_share_one(settings: Settings, tmp_path: Path) -> None:
    """The window that finishes second shows the first one's question instead of adding a second."""
    db = tmp_path / "sessions.sqlite3"
    first = engine_on(settings, db)
    scripted(first)
    session = first.start(first.profile("cfo", length="short"), seed=1)
    ask(first, session)
    first.answer(session, STRONG)
    other_window = engine_on(settings, db).resume(session.id)
    ask(first, session)
    late = engine_on(settings, db)
    late._model = first.model
    events = list(late.next_turn(other_window))
    stored = SessionStore(db).load(session.id)
    assert [t.question for t in stored.turns] == [t.question for t in session.turns]
    assert events[-1].turn is not None and events[-1].turn.question == session.turns[-1].question
    assert [t.question for t in other_window.turns] == [t.question for t in session.turns]


def test_an_answer_saved_during_a_scoring_outage_is_scored_when_sent_again(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "sessions.sqlite3"
    engine = engine_on(settings, db)
    scripted(engine)
    session = engine.start(engine.profile("cfo", length="short"), seed=1)
    ask(engine, session)
    asked = session.open_turn
    assert asked is not None
    real_score = engine.scorer.score

    def outage(*args: object, **kwargs: object) -> Scorecard:
        raise ModelUnavailableError("the judge's server rejected the API key (HTTP 401)")

    monkeypatch.setattr(engine.scorer, "score", outage)
    with pytest.raises(ModelUnavailableError):
        engine.answer(session, STRONG)
    assert SessionStore(db).load(session.id).turns[-1].answer == STRONG  # saved before scoring
    monkeypatch.setattr(engine.scorer, "score", real_score)
    turns_before = len(session.turns)
    engine.answer(session, STRONG)  # the kept answer, sent again
    assert len(session.turns) == turns_before, "no new question may be generated and answered blind"
    assert asked.answer == STRONG and asked.scorecard is not None
    stored = SessionStore(db).load(session.id)
    assert stored.turns[asked.index].scorecard is not None


def test_an_answer_saved_before_a_crash_is_scored_on_resume(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "sessions.sqlite3"
    engine = engine_on(settings, db)
    scripted(engine)
    session = engine.start(engine.profile("cfo", length="short"), seed=1)
    ask(engine, session)

    def crash(*args: object, **kwargs: object) -> Scorecard:
        raise ModelUnavailableError("process killed while scoring")

    monkeypatch.setattr(engine.scorer, "score", crash)
    with pytest.raises(ModelUnavailableError):
        engine.answer(session, STRONG)
    restarted = engine_on(settings, db)
    restarted._model = engine.model  # the same scripted replies
    resumed = restarted.resume(session.id)
    assert resumed.unscored_turn is not None
    ask(restarted, resumed)
    answered = [t for t in resumed.turns if t.answer]
    assert answered[0].scorecard is not None and resumed.open_turn is not None
    report = restarted.report(SessionStore(db).load(session.id))
    assert all(t.overall is not None for t in report.turns if t.answer)
