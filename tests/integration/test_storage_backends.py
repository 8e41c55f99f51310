"""The same storage tests on SQLite and on a real PostgreSQL (started by the test run on 127.0.0.1): sessions
and turns, the guards against two windows or two replicas writing one turn, migrations, the pipeline, and
`INTERVIEWER_DATABASE_URL` switching every command away from the SQLite file."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from interviewer import cli
from interviewer.errors import ConfigError, ConflictError, InputError, StorageError
from interviewer.interview.database import PostgresDatabase, open_database
from interviewer.interview.pipeline import new_application
from interviewer.interview.pipeline_store import PipelineStore
from interviewer.interview.real_interview import log_interview, parse_met
from interviewer.interview.session import Session, Turn
from interviewer.interview.store import MIGRATIONS, SessionStore
from tests.integration.postgres import fresh_database, running_postgres
from tests.test_views import session as made_session


@pytest.fixture(scope="module")
def postgres_server() -> Iterator[str]:
    with running_postgres() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, Path | str]:
    if request.param == "sqlite":
        return "sqlite", tmp_path / "sessions.sqlite3"
    return "postgresql", fresh_database(request.getfixturevalue("postgres_server"))


def open_store(where: tuple[str, Path | str]) -> SessionStore:
    kind, target = where
    if kind == "sqlite":
        assert isinstance(target, Path)
        return SessionStore(target)
    return SessionStore(database=PostgresDatabase(str(target)))


def stored(store: SessionStore) -> Session:
    session = made_session()
    store.save(session)
    return session


def test_a_session_comes_back_as_it_was_saved(backend: tuple[str, Path | str]) -> None:
    store = open_store(backend)
    session = stored(store)
    again = store.load(session.id)
    assert again.model_dump() == session.model_dump()
    assert store.has(session.id) and not store.has("nope")
    [summary] = store.list()
    assert (summary.id, summary.turns, summary.answered, summary.mean_overall) == (session.id, 3, 1, 62.0)
    session.turns[2].answer = "Dear Maya, thank you."
    store.save(session)  # saved again: the turns are updated in place, not duplicated or lost
    assert store.load(session.id).turns[2].answer == "Dear Maya, thank you." and store.list()[0].turns == 3


def test_two_windows_cannot_both_write_one_turn(backend: tuple[str, Path | str]) -> None:
    store = open_store(backend)
    session = stored(store)
    extra = Turn(index=3, stage="follow-up", kind="closing", topic="c", move=None, interviewer=None,
                 question="Any questions?")  # fmt: skip
    store.add_turn(session, extra)
    with pytest.raises(ConflictError, match="another window"):
        store.add_turn(session, extra)
    turn = session.turns[2]
    turn.answer = "First window."
    store.save_turn(session, turn, None)  # it still awaited its answer: this one wins
    turn.answer = "Second window."
    with pytest.raises(ConflictError):
        store.save_turn(session, turn, None)  # the stored turn is answered now
    assert store.load(session.id).turns[2].answer == "First window."


def test_two_replicas_racing_for_one_turn_store_it_once(backend: tuple[str, Path | str]) -> None:
    first, second = open_store(backend), open_store(backend)  # two processes' stores on one database
    session = stored(first)
    results: list[str] = []

    def ask(store: SessionStore, text: str) -> None:
        turn = Turn(index=3, stage="interview", kind="question", topic="t", move=None, interviewer=None,
                    question=text)  # fmt: skip
        try:
            store.add_turn(session.model_copy(deep=True), turn)
            results.append("stored")
        except ConflictError:
            results.append("refused")

    threads = [threading.Thread(target=ask, args=(s, f"From {n}?")) for n, s in enumerate((first, second))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["refused", "stored"]
    assert len(first.load(session.id).turns) == 4


def test_a_deleted_session_takes_its_turns_with_it(backend: tuple[str, Path | str]) -> None:
    store = open_store(backend)
    session = stored(store)
    store.delete(session.id)
    with pytest.raises(InputError, match="No session"):
        store.load(session.id)
    with pytest.raises(InputError):
        store.delete(session.id)
    with store.transaction() as db:
        assert db.execute("SELECT COUNT(*) FROM turns").fetchone()[0] == 0


def test_migrations_run_once_and_a_newer_schema_is_refused(backend: tuple[str, Path | str]) -> None:
    store = open_store(backend)
    assert store.schema_version == len(MIGRATIONS)
    session = stored(store)
    reopened = open_store(backend)  # a second start (or replica) migrates nothing and loses nothing
    assert reopened.schema_version == len(MIGRATIONS) and reopened.has(session.id)
    with store.transaction() as db:
        store.db.set_version(db, len(MIGRATIONS) + 1)
    with pytest.raises(InputError, match="newer version"):
        open_store(backend)


def test_the_pipeline_is_kept_on_either_database(backend: tuple[str, Path | str]) -> None:
    pipeline = PipelineStore(open_store(backend))
    day = date(2026, 3, 2)
    pipeline.add([new_application("Norland", "CFO", day), new_application("Acme", "COO", day)])
    logged = pipeline.log_interview(
        log_interview("Norland", "CFO", day, [parse_met("Priya Shah: the ERP migration")], day), day
    )
    again = PipelineStore(open_store(backend))  # after a restart
    assert sorted(a.company for a in again.applications()) == ["Acme", "Norland"]
    assert again.interview(logged.id) == logged
    norland = next(a for a in again.applications() if a.company == "Norland")
    again.delete(norland.id)
    assert again.interview(logged.id) is None and [a.company for a in again.applications()] == ["Acme"]


def test_the_database_url_moves_every_command_off_the_sqlite_file(
    postgres_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = fresh_database(postgres_server)
    monkeypatch.setenv("INTERVIEWER_HOME", str(tmp_path))
    monkeypatch.setenv("INTERVIEWER_DATABASE_URL", url)
    assert cli.main(["db", "migrate", "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["database"] == "postgresql" and said["schema"] == len(MIGRATIONS)
    SessionStore(database=PostgresDatabase(url)).save(made_session())
    assert cli.main(["sessions", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert cli.main(["pipeline", "add", "--company", "Acme", "--role", "COO"]) == 0
    assert not (tmp_path / "sessions.sqlite3").exists()


def test_a_bad_or_unreachable_database_is_said_in_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="postgresql://"):
        open_database("mysql://x@localhost/db", tmp_path / "s.sqlite3")
    from tests.integration.ui_support import free_port

    unreachable = PostgresDatabase(f"postgresql://nobody:secret@127.0.0.1:{free_port()}/none")
    with pytest.raises(StorageError, match="cannot be reached") as caught:
        SessionStore(database=unreachable)
    assert "secret" not in str(caught.value)  # the password is never repeated


def test_a_database_url_without_the_driver_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as on an install without the server extra
    with pytest.raises(ConfigError, match=r"pip install -e '\.\[server\]'"):
        SessionStore(database=PostgresDatabase("postgresql://x@127.0.0.1:1/db"))
