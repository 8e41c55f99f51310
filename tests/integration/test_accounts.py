"""Accounts on a shared server: the user store, each account's view of sessions and the pipeline, removing
an account with all its data, the per-account rate limit, and the real app with two logged-in accounts
through `gradio_client` (nothing of one reaches the other's pages, API replies or downloads)."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import date
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from gradio.utils import get_upload_folder
from gradio_client import Client
from gradio_client.exceptions import AppError

from interviewer import cli
from interviewer.admin import delete_account
from interviewer.errors import ConfigError, InputError
from interviewer.interview.accounts import Accounts, hash_password, password_matches
from interviewer.interview.pipeline import new_application
from interviewer.interview.pipeline_store import PipelineStore
from interviewer.interview.store import MIGRATIONS, SessionStore
from interviewer.job_search import JobSearch
from interviewer.practice import Practice
from interviewer.settings import Settings
from interviewer.ui.accounts import RateLimit
from interviewer.ui.app import launch
from interviewer.ui.files import NoDirectFiles
from tests.test_views import session as made_session

from .ui_support import free_port

TODAY = date(2026, 3, 2)
PASSWORD = "correct horse battery"


@pytest.fixture()
def settings(corpus_home: Path, tmp_path: Path) -> Settings:
    home = tmp_path / "home"
    home.mkdir()
    (home / "chroma").symlink_to(corpus_home / "chroma", target_is_directory=True)
    return Settings(home=home, model="fake", threads=2, turn_mode="guided")


def test_passwords_are_kept_as_salted_hashes_and_checked(tmp_path: Path) -> None:
    store = SessionStore(tmp_path / "s.sqlite3")
    accounts = Accounts(store)
    assert not accounts.any()
    accounts.add("ana.lopez@example.org", PASSWORD)
    accounts.add("bo", PASSWORD)
    assert accounts.names() == ["ana.lopez@example.org", "bo"] and accounts.any()
    stored = [row[0] for row in sqlite3.connect(tmp_path / "s.sqlite3").execute("SELECT password FROM users")]
    assert PASSWORD not in "".join(stored) and stored[0] != stored[1]  # a salt each: same password, new hash
    assert accounts.check("bo", PASSWORD)
    assert not accounts.check("bo", PASSWORD.upper()) and not accounts.check("nobody", PASSWORD)
    assert not password_matches(PASSWORD, "scrypt$damaged")
    assert password_matches("x" * 10, hash_password("x" * 10))
    with pytest.raises(InputError, match="already an account"):
        accounts.add("bo", PASSWORD)
    with pytest.raises(InputError, match="at least 10"):
        accounts.add("cy", "short")
    for bad in ("", "../etc", "a b", "-x", "x" * 65):
        with pytest.raises(InputError, match="cannot be an account name"):
            accounts.add(bad, PASSWORD)
    accounts.set_password("bo", "another long one")
    assert accounts.check("bo", "another long one") and not accounts.check("bo", PASSWORD)


def test_each_account_sees_only_its_own_sessions_and_pipeline(tmp_path: Path) -> None:
    store = SessionStore(tmp_path / "s.sqlite3")
    ana, bo = store.for_owner("ana"), store.for_owner("bo")
    mine, theirs = made_session(), made_session()
    ana.save(mine)
    bo.save(theirs)
    assert [s.id for s in ana.list()] == [mine.id] and [s.id for s in bo.list()] == [theirs.id]
    assert ana.load(mine.id).owner == "ana" and {s.id for s in store.list()} == {mine.id, theirs.id}
    assert ana.has(mine.id) and not ana.has(theirs.id)
    with pytest.raises(InputError, match="No session"):
        ana.load(theirs.id)
    with pytest.raises(InputError, match="No session"):
        ana.delete(theirs.id)
    assert bo.load(theirs.id).turns == theirs.turns  # untouched by the refused delete

    job = new_application("Acme", "CFO", TODAY, stage="screening")
    PipelineStore(ana).add([job])
    assert PipelineStore(ana).applications() == [job] and PipelineStore(bo).applications() == []
    with pytest.raises(InputError, match="No application"):
        PipelineStore(bo).get(job.id)
    with pytest.raises(InputError, match="No application"):
        PipelineStore(bo).delete(job.id)
    assert PipelineStore(ana).get(job.id) == job


def test_an_older_database_keeps_its_rows_as_the_one_person_install(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    old = sqlite3.connect(path)
    with old:
        for script in MIGRATIONS[:3]:
            old.executescript(script)
        old.execute("PRAGMA user_version = 3")
    old.close()
    before = SessionStore(path)  # migrates to the latest schema on open
    assert before.schema_version == len(MIGRATIONS)
    session = made_session()
    before.save(session)
    assert before.load(session.id).owner == "" and before.for_owner("ana").list() == []


def test_deleting_an_account_removes_all_its_data_and_nothing_else(settings: Settings) -> None:
    practice = Practice(settings)
    accounts = Accounts(practice.store)
    accounts.add("ana", PASSWORD)
    accounts.add("bo", PASSWORD)
    ana, bo = practice.as_user("ana"), practice.as_user("bo")
    kept = made_session()
    bo.store.save(kept)
    bo_files = bo.write_exports(kept)
    for _ in range(2):
        session = made_session()
        ana.store.save(session)
        ana.write_exports(session)
        (settings.audio_dir / session.id).mkdir(parents=True)
        (settings.audio_dir / session.id / "turn-1.wav").write_bytes(b"RIFF")
    JobSearch(ana.store, ana.reports_dir).add("Acme", "CFO", TODAY)
    assert ana.reports_dir != bo.reports_dir and ana.reports_dir.is_dir()

    gone = delete_account(practice, "ana")

    assert (gone.sessions, gone.applications) == (2, 1)
    assert accounts.names() == ["bo"] and ana.summaries() == [] and not ana.reports_dir.exists()
    assert PipelineStore(ana.store).applications() == [] and list(settings.audio_dir.iterdir()) == []
    assert [s.id for s in practice.summaries()] == [kept.id] and all(p.exists() for p in bo_files.values())
    with pytest.raises(InputError, match="No account"):
        delete_account(practice, "ana")


def test_the_rate_limit_counts_each_account_over_a_sliding_minute() -> None:
    now = [0.0]
    limit = RateLimit(3, clock=lambda: now[0])
    assert [limit.wait_s("ana") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limit.wait_s("ana") == pytest.approx(60.0) and limit.wait_s("bo") == 0.0
    now[0] = 59.5
    assert limit.wait_s("ana") == pytest.approx(0.5)
    now[0] = 60.0
    assert limit.wait_s("ana") == 0.0
    assert all(RateLimit(0).wait_s("ana") == 0.0 for _ in range(100))


def test_files_under_the_private_folders_are_never_served_by_their_path(tmp_path: Path) -> None:
    reports = tmp_path / "home" / "reports"
    guard = NoDirectFiles(app=None, private=[reports, tmp_path / "home" / "audio"])
    assert guard.blocked(f"/gradio_api/file={reports}/interview-abc.md")
    assert guard.blocked(f"/gradio_api/file={reports}/../reports/accounts/ana/x.pdf")
    assert guard.blocked(f"/gradio_api/file={tmp_path}/home/audio/abc/turn-1.wav")
    assert not guard.blocked(f"/gradio_api/file={tmp_path}/gradio-cache/1f2e/interview-abc.md")
    assert not guard.blocked(f"/gradio_api/file={tmp_path}/home/reports-other/x.md")
    assert not guard.blocked("/gradio_api/info")


def test_the_app_with_accounts_keeps_each_account_to_its_own_work(settings: Settings) -> None:
    practice = Practice(settings)
    for name in ("ana", "bo"):
        Accounts(practice.store).add(name, PASSWORD)
    port = free_port()
    app = launch(port=port, settings=settings, block=False)
    url = f"http://127.0.0.1:{port}/"
    try:
        with pytest.raises(ValueError):  # gradio_client's refusal of a client that has not logged in
            Client(url, verbose=False)
        with pytest.raises(ValueError):
            Client(url, auth=("ana", "wrong password"), verbose=False)
        ana = Client(url, auth=("ana", PASSWORD), verbose=False)
        bo = Client(url, auth=("bo", PASSWORD), verbose=False)
        ana.predict("cfo", "warm-screener", "short", "fake", "", "", None, "0", api_name="/start")
        ana.predict(api_name="/next_turn")
        [session] = practice.as_user("ana").summaries()
        report = ana.predict(api_name="/report")
        exported = json.loads(Path(report[5]["value"]).read_text())
        assert exported["session"]["id"] == session.id and "owner" not in exported["session"]

        history = bo.predict(api_name="/history")
        assert session.id not in json.dumps(history)
        with pytest.raises(AppError, match="not in the list of choices"):  # not among bo's sessions
            bo.predict(session.id, api_name="/resume")
        answered = bo.predict("My answer to a question I was never asked.", api_name="/answer")
        assert "Start an interview" in json.dumps(answered) and session.id not in json.dumps(answered)

        # Logged in as the owner: the report's original file is not served by its path, Gradio's copy is.
        original = practice.as_user("ana").reports_dir / f"interview-{session.id}.json"
        [copy, *_] = Path(get_upload_folder()).rglob(original.name)
        with httpx.Client(base_url=url, timeout=10) as browser:
            assert browser.post("login", data={"username": "ana", "password": PASSWORD}).status_code == 200
            assert browser.get(f"gradio_api/file={quote(str(original))}").status_code == 404
            assert browser.get(f"gradio_api/file={quote(str(copy))}").status_code == 200
    finally:
        app.close()
    assert practice.as_user("bo").summaries() == []


def test_accounts_and_no_auth_are_refused_together(settings: Settings) -> None:
    Accounts(Practice(settings).store).add("ana", PASSWORD)
    with pytest.raises(ConfigError, match="drop --no-auth"):
        launch(port=free_port(), settings=settings, block=False, no_auth=True)


def test_a_one_person_install_becoming_shared_gives_its_history_to_an_account(
    settings: Settings, tmp_path: Path
) -> None:
    practice = Practice(settings)
    earlier = made_session()
    practice.store.save(earlier)  # made before there were accounts: owner ""
    JobSearch(practice.store, practice.reports_dir).add("Acme", "CFO", TODAY)
    env = {"INTERVIEWER_HOME": str(settings.home), "INTERVIEWER_MODEL": "fake"}
    with pytest.MonkeyPatch.context() as patch:
        for key, value in env.items():
            patch.setenv(key, value)
        patch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        assert cli.main(["users", "add", "ana", "--password-stdin", "--adopt"]) == 0
    ana = practice.as_user("ana")
    assert [s.id for s in ana.summaries()] == [earlier.id]
    assert len(PipelineStore(ana.store).applications()) == 1
    assert Accounts(practice.store).adopt("ana") == (0, 0)  # nothing left without an account
    with pytest.raises(InputError, match="No account"):
        Accounts(practice.store).adopt("nobody")
