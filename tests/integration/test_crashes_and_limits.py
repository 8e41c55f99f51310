"""kill -9 in the middle of a terminal interview and of the app loses no answer; bad scripted input and
oversized documents are refused before a session exists; an error in the terminal names how to resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from interviewer.cli import main
from interviewer.errors import InputError
from interviewer.interview.engine import Engine
from interviewer.interview.store import SessionStore
from interviewer.settings import Settings
from tests.helpers import FINANCE_QUESTIONS
from tests.integration.ui_support import free_port

QUESTIONS = FINANCE_QUESTIONS
ANSWERS = [
    f"At Halden I cut days sales outstanding from 68 to {41 + n}, releasing ${12 + n}M of cash for the "
    "new depot; I'd bring the same discipline to your working capital."
    for n in range(6)
]


@pytest.fixture()
def home(corpus_home: Path, tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    (home / "chroma").symlink_to(corpus_home / "chroma", target_is_directory=True)
    return home


def env_for(home: Path, tmp_path: Path) -> dict[str, str]:
    script = tmp_path / "fake-script.json"
    script.write_text(json.dumps(["Welcome, shall we begin?", *QUESTIONS]), encoding="utf-8")
    return {**os.environ, "INTERVIEWER_HOME": str(home), "INTERVIEWER_FAKE_SCRIPT": str(script)}


def _interviewer() -> str:
    return str(Path(sys.executable).with_name("interviewer"))


def wait_for(stream: object, needle: str, lines: list[str], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = stream.readline()  # type: ignore[attr-defined]
        if not line:
            break
        lines.append(line)
        if needle in line:
            return
    raise AssertionError(f"never saw {needle!r}; got: {''.join(lines)[-1500:]}")


def test_kill_9_mid_interview_loses_no_answer_and_the_session_resumes(home: Path, tmp_path: Path) -> None:
    env = env_for(home, tmp_path)
    process = subprocess.Popen(
        [_interviewer(), "interview", "--role", "cfo", "--length", "standard", "--model", "fake"],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert process.stdin is not None and process.stdout is not None
    lines: list[str] = []
    try:
        wait_for(process.stdout, "your answer", lines)
        session_id = next(line.split()[1].rstrip(":") for line in lines if line.startswith("Session "))
        for answer in ANSWERS[:2]:
            process.stdin.write(answer + "\n\n")
            process.stdin.flush()
            wait_for(process.stdout, "score ", lines)
        # The third answer is typed and sent; the process dies before (or while) it is scored.
        process.stdin.write(ANSWERS[2] + "\n\n")
        process.stdin.flush()
        time.sleep(0.3)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    stored = SessionStore(home / "sessions.sqlite3").load(session_id)
    kept = [t.answer for t in stored.turns if t.answer]
    assert kept[:2] == ANSWERS[:2] and set(kept) <= set(ANSWERS[:3])
    # Resumed: whatever was saved unscored is scored first, then the interview goes on.
    resumed = subprocess.run(
        [_interviewer(), "interview", "--session", session_id, "--model", "fake"],
        env=env,
        input=ANSWERS[3] + "\n\n",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in resumed.stderr
    after = SessionStore(home / "sessions.sqlite3").load(session_id)
    answered = [t for t in after.turns if t.answer]
    assert [t.answer for t in answered][: len(kept)] == kept
    assert all(t.overall is not None for t in answered)


def test_bad_scripted_input_leaves_no_session_behind(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTERVIEWER_HOME", str(home))
    bad = tmp_path / "answers.json"
    bad.write_text('["first answer", 42', encoding="utf-8")
    base = ["interview", "--role", "cfo", "--model", "fake"]
    assert main([*base, "--answers", str(bad)]) == 1
    assert main([*base, "--answer-audio", str(tmp_path / "missing.wav")]) == 1
    (tmp_path / "empty.wav").write_bytes(b"")
    assert main([*base, "--answer-audio", str(tmp_path / "empty.wav")]) == 1
    err = capsys.readouterr().err
    assert "not a valid JSON list" in err and "no such file" in err and "empty" in err
    assert SessionStore(home / "sessions.sqlite3").list() == []


def test_an_error_mid_interview_names_how_to_resume(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    script = tmp_path / "short-script.json"
    script.write_text(json.dumps(["Welcome, shall we begin?", QUESTIONS[0]]), encoding="utf-8")
    monkeypatch.setenv("INTERVIEWER_HOME", str(home))
    monkeypatch.setenv("INTERVIEWER_FAKE_SCRIPT", str(script))
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), encoding="utf-8")
    code = main(["interview", "--role", "cfo", "--model", "fake", "--answers", str(answers)])
    err = capsys.readouterr().err
    (summary,) = SessionStore(home / "sessions.sqlite3").list()
    assert code == 1 and f"interview --session {summary.id}" in err and "Traceback" not in err
    assert summary.answered == 1


def test_an_oversized_brief_or_description_is_refused_before_a_session(home: Path) -> None:
    engine = Engine(Settings(home=home, model="fake", threads=2))
    huge = "Norland Foods makes snacks. " * 3000
    with pytest.raises(InputError, match="company brief is .* at most 60,000"):
        engine.profile("cfo", company_brief=huge)
    with pytest.raises(InputError, match="job description is"):
        engine.profile("cfo", job_description=huge)
    assert engine.store.list() == []


def _serve(env: dict[str, str], port: int) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [_interviewer(), "ui", "--port", str(port), "--model", "fake"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2):
                return process
        except OSError:
            assert process.poll() is None, (process.stderr.read() if process.stderr else "")[-2000:]
            time.sleep(0.3)
    raise AssertionError("the app did not come up")


def test_kill_9_of_the_app_loses_no_accepted_answer(home: Path, tmp_path: Path) -> None:
    from gradio_client import Client

    env = env_for(home, tmp_path)
    port = free_port()
    process = _serve(env, port)
    try:
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        client.predict("cfo", "skeptical-hiring-manager", "standard", "fake", "", "", None, api_name="/start")
        client.predict(api_name="/next_turn")
        for answer in ANSWERS[:2]:
            client.predict(answer, api_name="/answer")
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    (summary,) = SessionStore(home / "sessions.sqlite3").list()
    stored = SessionStore(home / "sessions.sqlite3").load(summary.id)
    assert [t.answer for t in stored.turns if t.answer] == ANSWERS[:2]
    assert all(t.overall is not None for t in stored.turns if t.answer)
    restarted = _serve(env, port)  # the same database opens cleanly after the kill
    try:
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        history = client.predict(api_name="/history")
        assert summary.id in json.dumps(history)
    finally:
        restarted.send_signal(signal.SIGKILL)
        restarted.wait(timeout=30)
