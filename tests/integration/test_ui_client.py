"""The app's public endpoints through `gradio_client`: start, stream a turn, answer, retry, report, history;
sessions of two clients stay apart; serving beyond 127.0.0.1 needs a login."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gradio_client import Client

from interviewer.errors import ConfigError
from interviewer.interview.store import MIGRATIONS, SessionStore
from interviewer.models.fake import FakeChatModel
from interviewer.models.registry import get_model
from interviewer.settings import Settings
from interviewer.ui.app import launch

from .ui_support import running_app

STRONG = (
    "When I joined Halden, DSO was 68 days. I rebuilt credit control with the sales team and within two "
    "quarters it fell to 41, releasing $12M of cash that paid for the new depot without new debt."
)


@pytest.fixture()
def settings(corpus_home: Path, tmp_path: Path) -> Settings:
    home = tmp_path / "home"
    home.mkdir()
    (home / "chroma").symlink_to(corpus_home / "chroma", target_is_directory=True)
    return Settings(home=home, model="fake:client", threads=2)


def lines(n: int, prefix: str) -> list[str]:
    topics = ["cash", "audit", "forecast", "board", "pricing", "hiring", "debt", "risk", "systems", "tax"]
    return [
        f"{prefix} {i}: what was your toughest {topics[i % 10]} decision, and its result?" for i in range(n)
    ]


def test_a_client_plays_an_interview_through_the_public_endpoints(settings: Settings) -> None:
    fake = get_model("fake:client")
    assert isinstance(fake, FakeChatModel)
    fake.enqueue(*lines(12, "Q"))
    with running_app(settings) as url:
        client = Client(url, verbose=False)
        started = client.predict(
            "cfo", "skeptical-hiring-manager", "short", "fake:client", "", "", None, 0, api_name="/start"
        )
        # Outputs come without the session State and the Tabs: start gives brief, brief file, stage, chat,
        # answer box, status.
        assert "Preparation brief" in started[0] and "Interview" in started[2]
        streamed = client.predict(api_name="/next_turn")
        assert streamed[0][-1]["role"] == "assistant" and "Q 1:" in str(streamed[0][-1]["content"])
        answered = client.predict(STRONG, api_name="/answer")  # scores, then streams the next question
        assert "Score" in answered[2] and "Rubric" in answered[3]
        assert len(answered[0]) == len(streamed[0]) + 2 and answered[0][-1]["role"] == "assistant"
        retried = client.predict(STRONG + " It also cut our borrowing by a third.", api_name="/retry")
        assert "was " in retried[2]
        report = client.predict(api_name="/report")
        assert "Interview report" in report[0]
        exported = json.loads(Path(report[5]["value"]).read_text())
    session_id = exported["session"]["id"]
    stored = SessionStore(settings.sessions_db).load(session_id)
    assert stored.turns[1].attempts and stored.turns[1].answer and "borrowing" in stored.turns[1].answer


def test_an_answer_streams_few_small_updates(settings: Settings) -> None:
    """Gradio processes and sends every output of an event on each update, so a turn sends few: the
    scorecard together with the placeholder for the next turn, then the next turn (paced while it streams).
    The report's components are not among the outputs; a browser opens the report when the interview ends."""
    fake = get_model("fake:client")
    assert isinstance(fake, FakeChatModel)
    fake.enqueue(*lines(12, "Q"))
    with running_app(settings) as url:
        client = Client(url, verbose=False)
        client.predict("cfo", "warm-screener", "short", "fake:client", "", "", None, 0, api_name="/start")
        client.predict(api_name="/next_turn")
        job = client.submit(STRONG, api_name="/answer")
        job.result()
        updates = job.outputs()
    # chat, chart, scorecard, citations, stage, answer box, status (States are not returned)
    assert all(len(update) == 7 for update in updates)
    # Two on an idle machine; a third only if the next turn streams for longer than the pacing interval.
    assert 2 <= len(updates) <= 3
    first, last = updates[0], updates[-1]
    assert "Score" in first[2] and "_…_" in str(first[0][-1]["content"])
    question = str(last[0][-1]["content"])
    assert last[0][-1]["role"] == "assistant" and "?" in question and "_…_" not in question


def test_two_clients_never_see_each_other_s_session(settings: Settings) -> None:
    fake = get_model("fake:client")
    assert isinstance(fake, FakeChatModel)
    fake.enqueue(*lines(12, "Q"))
    with running_app(settings) as url:
        first, second = Client(url, verbose=False), Client(url, verbose=False)
        first.predict("cfo", "warm-screener", "short", "fake:client", "", "", None, api_name="/start")
        second.predict("cto", "warm-screener", "short", "fake:client", "", "", None, api_name="/start")
        first.predict(api_name="/next_turn")
        second.predict(api_name="/next_turn")
        first.predict(
            "First client's answer about cash: we released $12M in two quarters.", api_name="/answer"
        )
        second.predict("Second client's answer about systems: we cut outages by 80%.", api_name="/answer")
    store = SessionStore(settings.sessions_db)
    by_role = {s.role: store.load(s.id) for s in store.list()}
    assert len(by_role) == 2
    assert "First client" in (by_role["Chief Financial Officer"].turns[1].answer or "")
    assert "Second client" in (by_role["CTO / VP Engineering"].turns[1].answer or "")


def test_an_error_keeps_what_was_typed(settings: Settings) -> None:
    with running_app(settings) as url:
        client = Client(url, verbose=False)
        result = client.predict("Nothing started yet: my careful answer.", api_name="/answer")
        assert "Start an interview" in result[6]


def test_serving_beyond_localhost_requires_a_login(settings: Settings) -> None:
    with pytest.raises(ConfigError, match="INTERVIEWER_UI_USER"):
        launch(host="0.0.0.0", settings=settings, block=False)


def test_the_ui_command_serves_the_page_and_refuses_an_open_bind_without_a_login(
    settings: Settings, tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys
    import time
    import urllib.request

    from .ui_support import free_port

    env = {**os.environ, "INTERVIEWER_HOME": str(settings.home), "INTERVIEWER_MODEL": "fake"}
    env.pop("INTERVIEWER_UI_USER", None)
    env.pop("INTERVIEWER_UI_PASSWORD", None)
    command = [str(Path(sys.executable).parent / "interviewer"), "ui"]
    refused = subprocess.run(
        [*command, "--host", "0.0.0.0"], env=env, capture_output=True, text=True, timeout=120
    )
    assert refused.returncode == 1 and "INTERVIEWER_UI_USER" in refused.stderr
    assert "http://" not in refused.stdout  # no address is announced for a server that never starts
    port = free_port()
    process = subprocess.Popen(
        [*command, "--port", str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as reply:
                    assert reply.status == 200 and b"Mock interviewer" in reply.read()
                    break
            except OSError:
                assert time.monotonic() < deadline, "the app did not come up"
                time.sleep(0.2)
    finally:
        process.terminate()
        process.wait(timeout=20)


def _call(url: str, endpoint: str, data: list[object]) -> str:
    """One raw call of a public endpoint, as any HTTP client could make it; the whole event stream."""
    import httpx

    posted = httpx.post(f"{url}gradio_api/call/{endpoint}", json={"data": data}, timeout=30)
    posted.raise_for_status()
    event = posted.json()["event_id"]
    return httpx.get(f"{url}gradio_api/call/{endpoint}/{event}", timeout=120).text


def test_a_client_cannot_make_the_app_read_a_server_file(settings: Settings, tmp_path: Path) -> None:
    """A resume or a recording named by path is refused unless it came through the upload, with the same
    words whether the path exists or not; no session is created and the file's text never comes back."""
    secret = tmp_path / "outside" / "secret-notes.txt"
    secret.parent.mkdir()
    secret.write_text("Jordan Avery\nCFO, Acme, 2019 - Present\nTOP-SECRET-PAYROLL-4471\n", encoding="utf-8")
    fake = get_model("fake:client")
    assert isinstance(fake, FakeChatModel)
    fake.enqueue(*lines(4, "Q"))
    with running_app(settings) as url:
        replies = []
        for path in (secret, tmp_path / "outside" / "no-such-file.txt", Path("/etc/hostname")):
            named = {"path": str(path), "orig_name": path.name, "meta": {"_type": "gradio.FileData"}}
            start = ["cfo", "skeptical-hiring-manager", "short", "fake:client", "", "", named, ""]
            replies.append(_call(url, "start", start))
        report = _call(url, "report", [])
        typed_path = _call(url, "start", ["cfo", "warm-screener", "short", str(secret), "", "", None, ""])
    for reply in replies:
        assert "TOP-SECRET" not in reply
        assert "did not arrive through this page" in reply or "error" in reply.lower()
    # The refusal reads the same for a file that exists and one that does not.
    assert [r.count("did not arrive through this page") for r in replies[:2]] in ([1, 1], [0, 0])
    assert "TOP-SECRET" not in report
    assert "Choose a model from the list" in typed_path and str(secret) not in typed_path
    assert SessionStore(settings.sessions_db).list() == []


def test_the_login_pauses_a_name_after_repeated_failures() -> None:
    from interviewer.ui.app import LoginThrottle, one_login

    now = [1000.0]
    login = LoginThrottle(one_login("coach", "s3cret"), clock=lambda: now[0])
    assert login("coach", "s3cret") and not login("coach", "S3CRET") and not login("other", "s3cret")
    for _ in range(LoginThrottle.MAX_FAILURES):
        assert not login("coach", "guess")
    assert not login("coach", "s3cret"), "the right password must wait out the pause"
    now[0] += LoginThrottle.WINDOW + 1
    assert login("coach", "s3cret")


def test_a_load_balancer_can_ask_a_replica_whether_it_is_up(settings: Settings, tmp_path: Path) -> None:
    import httpx

    with running_app(settings) as url:
        answer = httpx.get(url + "healthz", timeout=10)
        too_big = httpx.post(
            url + "gradio_api/upload", files={"files": ("big.pdf", b"0" * (26 * 1024 * 1024))}, timeout=60
        )
    assert answer.status_code == 200
    expected = {"status": "ok", "database": "sqlite", "schema": len(MIGRATIONS), "model": "fake:client"}
    assert answer.json() == expected
    assert too_big.status_code == 413  # uploads are capped before anything is stored
