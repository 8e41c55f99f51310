"""A damaged sessions database: every command and the store start, say what happened in one sentence, keep
a copy of the damaged file, and recover every session that can still be read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from interviewer.cli import main
from interviewer.errors import InputError
from interviewer.interview.engine import Engine
from interviewer.interview.store import SessionStore
from interviewer.models.fake import FakeChatModel
from interviewer.settings import Settings

ANSWER = "I cut cost 12% saving $4M across 6 warehouses, and I'd bring the same discipline to your network."


def sessions_with_answers(settings: Settings, count: int) -> list[str]:
    engine = Engine(settings)
    model = engine.model
    assert isinstance(model, FakeChatModel)
    ids = []
    for n in range(count):
        model.enqueue("Welcome, shall we begin?", f"Question {n}: which cost did you cut first, and why?")
        session = engine.start(engine.profile("coo", length="short"), seed=n)
        for _ in engine.next_turn(session):
            pass
        engine.answer(session, ANSWER + " " + "detail " * 400)  # rows large enough to span pages
        ids.append(session.id)
    return ids


@pytest.fixture()
def settings(corpus_home: Path, tmp_path: Path) -> Settings:
    home = tmp_path / "home"
    home.mkdir()
    (home / "chroma").symlink_to(corpus_home / "chroma", target_is_directory=True)
    return Settings(home=home, model="fake:damaged", threads=2)


def kept_copies(settings: Settings) -> list[Path]:
    return sorted(settings.sessions_db.parent.glob("sessions.sqlite3.damaged-*[0-9]"))


def run_cli(args: list[str], settings: Settings, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("INTERVIEWER_HOME", str(settings.home))
    return main(args)


@pytest.mark.parametrize("content", [b"this is not a database at all\n" * 50, b"\x00\xff" * 5000])
def test_garbage_is_kept_aside_and_every_command_still_works(
    content: bytes, settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings.sessions_db.write_bytes(content)
    assert run_cli(["sessions", "list"], settings, monkeypatch) == 0
    err = capsys.readouterr().err
    assert "was damaged" in err and "Traceback" not in err and err.count("\n") == 1
    (copy,) = kept_copies(settings)
    assert copy.read_bytes() == content  # the damaged file is kept exactly as it was
    assert run_cli(["sessions", "list"], settings, monkeypatch) == 0
    assert "damaged" not in capsys.readouterr().err  # repaired once, then quiet


def test_an_empty_file_is_said_aloud_not_silently_replaced(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    settings.sessions_db.write_bytes(b"")
    store = SessionStore(settings.sessions_db)
    assert store.notice is not None and "empty (0 bytes)" in store.notice
    assert "empty (0 bytes)" in capsys.readouterr().err
    assert store.list() == [] and len(kept_copies(settings)) == 1


def test_a_truncated_file_gives_back_what_can_be_read(settings: Settings) -> None:
    ids = sessions_with_answers(settings, 6)
    db = sqlite3.connect(settings.sessions_db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = settings.sessions_db.read_bytes()
    settings.sessions_db.write_bytes(data[: len(data) * 2 // 3])
    store = SessionStore(settings.sessions_db)
    assert store.notice is not None and "was damaged" in store.notice
    # SQLite reads nothing past a cut it cannot map, so this may recover none: what it must do is start,
    # say so, keep the copy, and never hand back a half-read session.
    recovered = [s.id for s in store.list()]
    assert set(recovered) <= set(ids) and len(kept_copies(settings)) == 1
    for session_id in recovered:  # whatever was recovered reads whole
        assert store.load(session_id).turns


def test_one_bad_row_breaks_only_its_own_session(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    good, bad = sessions_with_answers(settings, 2)
    db = sqlite3.connect(settings.sessions_db)
    with db:
        db.execute('UPDATE turns SET data=\'{"index": 1, "answer": \' WHERE session_id=? AND idx=1', (bad,))
    db.close()
    store = SessionStore(settings.sessions_db)
    listed = {s.id: s.status for s in store.list()}
    assert listed[bad] == "damaged" and listed[good] != "damaged"
    assert store.load(good).turns
    with pytest.raises(InputError, match="damaged"):
        store.load(bad)
    assert run_cli(["sessions", "list"], settings, monkeypatch) == 0
    assert run_cli(["sessions", "show", bad], settings, monkeypatch) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "damaged" in err
