"""Two app replicas (two `interviewer ui` processes) on one real PostgreSQL, many simulated users through
`gradio_client`, each logged in to an account of its own, no sticky sessions: every answer is stored exactly
once, in its own account's session, and no account's History lists another's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx
from gradio_client import Client

from interviewer.interview.accounts import Accounts
from interviewer.interview.database import PostgresDatabase
from interviewer.interview.store import SessionStore
from tests.integration.postgres import fresh_database, running_postgres
from tests.integration.ui_support import free_port

USERS = 100
PASSWORD = "a long enough password"
ANSWER = (
    "When I joined Halden, DSO was 68 days. I rebuilt credit control with the sales team and within two "
    "quarters it fell to 41, releasing $12M of cash. Marker {user}-{n}."
)


_PROCESSES: dict[str, subprocess.Popen[bytes]] = {}


def _kill(url: str) -> None:
    """Stop a replica the hard way, as a crash or a lost machine would: no shutdown, no flush."""
    _PROCESSES[url].kill()
    _PROCESSES[url].wait(timeout=30)


@contextmanager
def replica(home: Path, corpus_home: Path, database_url: str, script: Path) -> Iterator[str]:
    """One `interviewer ui` process of its own; yields its URL once its health check answers."""
    home.mkdir()
    (home / "chroma").symlink_to(corpus_home / "chroma", target_is_directory=True)
    port = free_port()
    env = {
        **os.environ,
        "INTERVIEWER_HOME": str(home),
        "INTERVIEWER_DATABASE_URL": database_url,
        "INTERVIEWER_MODEL": "fake",
        "INTERVIEWER_FAKE_SCRIPT": str(script),
        "INTERVIEWER_TURN_MODE": "guided",  # the planned wording; the fake's replies are only bridges
    }
    command = [str(Path(sys.executable).parent / "interviewer"), "ui", "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/"
    _PROCESSES[url] = process
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(url + "healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                said = process.stderr.read() if process.stderr else b""
                raise RuntimeError(f"the replica did not start: {said!r}")
            time.sleep(0.5)
        yield url
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=30)
        _PROCESSES.pop(url, None)


def play(url: str, user: int) -> tuple[list[str], str]:
    """One account's short interview; returns its status lines and what its History tab listed after."""
    client = Client(url, auth=(f"user{user}", PASSWORD), verbose=False)
    client.predict("cfo", "warm-screener", "short", "fake", "", "", None, str(user), api_name="/start")
    client.predict(api_name="/next_turn")
    said = []
    for n in (1, 2):
        result = client.predict(ANSWER.format(user=user, n=n), api_name="/answer")
        said.append(str(result[6]))  # the status line: empty when the answer was taken
    return said, json.dumps(client.predict(api_name="/history"))


def test_two_replicas_on_one_database_store_every_answer_once(corpus_home: Path, tmp_path: Path) -> None:
    script = tmp_path / "bridges.json"
    script.write_text(json.dumps(["no bridge"] * 2000))  # not JSON: every bridge is dropped, never retried
    with running_postgres() as server:
        url = fresh_database(server)
        store = SessionStore(database=PostgresDatabase(url))
        accounts = Accounts(store)
        for user in range(USERS):
            accounts.add(f"user{user}", PASSWORD)
        with ExitStack() as stack:
            homes = [tmp_path / f"replica-{n}" for n in (0, 1)]
            replicas = [stack.enter_context(replica(home, corpus_home, url, script)) for home in homes]
            with ThreadPoolExecutor(max_workers=8) as pool:
                played = list(pool.map(lambda user: play(replicas[user % 2], user), range(USERS)))
        sessions = store.readable(limit=200)
        owned = {user: [s.id for s in store.for_owner(f"user{user}").list()] for user in range(USERS)}
    assert len(sessions) == USERS
    refused = [(user, status) for user, (statuses, _) in enumerate(played) for status in statuses if status]
    assert not refused, refused
    for user, (_, history) in enumerate(played):
        [own] = owned[user]  # one session each, stored under its account
        others = [s.id for s in sessions if s.id != own]
        assert own in history and not any(other in history for other in others), user
    for session in sessions:
        answers = [t.answer for t in session.turns if t.answer]
        users = {a.split("Marker ")[1].split("-")[0] for a in answers}
        # its own account's two answers, once each
        assert len(answers) == 2 and users == {session.owner.removeprefix("user")}, answers
    markers = sorted(a.split("Marker ")[1] for s in sessions for t in s.turns if (a := t.answer))
    assert markers == sorted(f"{u}-{n}." for u in range(USERS) for n in (1, 2))
    assert not any((tmp_path / f"replica-{n}" / "sessions.sqlite3").exists() for n in (0, 1))


def test_a_replica_stopped_mid_turn_loses_nothing(corpus_home: Path, tmp_path: Path) -> None:
    """The answer is stored and scored before the next question is worded; a replica killed while wording it
    (a slow model) loses nothing, and another replica carries the session on from where it stands."""
    slow = tmp_path / "slow.json"
    slow.write_text(json.dumps([{"text": "no bridge", "after_s": 120}] + ["no bridge"] * 50))
    fast = tmp_path / "fast.json"
    fast.write_text(json.dumps(["no bridge"] * 50))
    with running_postgres() as server:
        url = fresh_database(server)
        store = SessionStore(database=PostgresDatabase(url))
        with replica(tmp_path / "b", corpus_home, url, fast) as second:
            with replica(tmp_path / "a", corpus_home, url, slow) as first:
                client = Client(first, verbose=False)
                client.predict("cfo", "warm-screener", "short", "fake", "", "", None, "3", api_name="/start")
                client.predict(api_name="/next_turn")
                client.submit(ANSWER.format(user=3, n=1), api_name="/answer")  # its reply never comes
                deadline = time.monotonic() + 60
                while not any(t.scorecard for s in store.readable() for t in s.turns if t.answer):
                    assert time.monotonic() < deadline, "the answer was never stored"
                    time.sleep(0.2)
                time.sleep(1)  # the replica is now waiting on the slow model for the next question
                _kill(first)
            [session] = store.readable()
            answered = [t for t in session.turns if t.answer]
            assert len(answered) == 1 and answered[0].scorecard is not None  # kept, and scored
            other = Client(second, verbose=False)
            other.predict(api_name="/history")  # the History tab lists it, then it is opened
            other.predict(session.id, api_name="/resume")
            other.predict(api_name="/next_turn")
            other.predict(ANSWER.format(user=3, n=2), api_name="/answer")
        [after] = store.readable()
    markers = [t.answer.split("Marker ")[1] for t in after.turns if t.answer]
    assert markers == ["3-1.", "3-2."]  # both answers, once each, in order, across the two replicas
