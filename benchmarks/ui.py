"""Benchmark: the app's page ready time after start, UI overhead per turn over the engine's own time (through
`gradio_client`, fake model), and 20 concurrent simulated users with no lost or crossed turns.

Run: .venv/bin/python benchmarks/ui.py [--users 20] [--turns 15]
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from gradio_client import Client

from interviewer.corpus.search import Retriever
from interviewer.interview.engine import Engine
from interviewer.interview.store import SessionStore
from interviewer.models.fake import FakeChatModel
from interviewer.models.registry import get_model
from interviewer.settings import Settings
from interviewer.ui.app import launch

ANSWER = (
    "You need a finance function that funds growth without new debt. At Halden DSO had drifted to 68 days; I "
    "rebuilt credit control with sales, and within two quarters DSO fell to 41, releasing $12M of cash."
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def page_ready(home: Path) -> float:
    """Seconds from `interviewer ui` starting to the page answering 200."""
    port = free_port()
    env = {"INTERVIEWER_HOME": str(home), "INTERVIEWER_MODEL": "fake", "PATH": "/usr/bin:/bin"}
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "interviewer"), "ui", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while time.perf_counter() - start < 60:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1) as reply:
                    if reply.status == 200:
                        return time.perf_counter() - start
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the page did not come up within 60 s")
    finally:
        process.terminate()
        process.wait(timeout=10)


def lines(n: int) -> list[str]:
    return [f"Case {i}: which decision number {i} changed your team's results the most?" for i in range(n)]


def turn_overhead(settings: Settings, url: str, turns: int) -> dict[str, float]:
    """Per turn: the client round trip of /answer (which scores and streams the next turn) minus the same
    engine calls made directly."""
    fake = get_model(settings.model)
    assert isinstance(fake, FakeChatModel)
    fake.enqueue(*lines(8 * turns + 20))
    client = Client(url, verbose=False)
    client.predict("cfo", "skeptical-hiring-manager", "long", settings.model, "", "", None, api_name="/start")
    client.predict(api_name="/next_turn")
    via_ui = []
    for _ in range(turns):
        start = time.perf_counter()
        client.predict(ANSWER, api_name="/answer")  # scores, then streams the next turn: one call per turn
        via_ui.append(time.perf_counter() - start)
    engine = Engine(settings, model=fake)
    direct = []
    for _ in range(turns):
        session = engine.start(engine.profile("cfo", length="long"), seed=0)
        list(engine.next_turn(session))
        start = time.perf_counter()
        engine.answer(session, ANSWER)
        list(engine.next_turn(session))
        direct.append(time.perf_counter() - start)
    # The floor of any call through gradio_client, for reference: a near-empty endpoint.
    near_empty = []
    for _ in range(turns):
        start = time.perf_counter()
        client.predict(api_name="/history")
        near_empty.append(time.perf_counter() - start)
    via_ui.sort()
    direct.sort()
    near_empty.sort()
    ui_ms, engine_ms = via_ui[len(via_ui) // 2] * 1000, direct[len(direct) // 2] * 1000
    return {
        "turn_via_ui_p50_ms": round(ui_ms, 1),
        "turn_engine_p50_ms": round(engine_ms, 1),
        "ui_overhead_ms": round(ui_ms - engine_ms, 1),
        "near_empty_call_p50_ms": round(near_empty[len(near_empty) // 2] * 1000, 1),
    }


# Clicks Send and times, inside the page, until the chat shows the next interviewer turn: no test-driver
# polling in the measurement, only the app (queue, event stream, scoring, streaming, rendering).
_TIMED_SEND = """
([snippet]) => new Promise((resolve) => {
  const log = document.querySelector('[role=log]');
  const count = (text) => text.split(snippet).length - 1;
  const before = count(log.innerText);
  const started = performance.now();
  const observer = new MutationObserver(() => {
    const text = log.innerText.trim();
    // The answer is on screen once more, and after it the interviewer's next question.
    if (count(text) > before && text.endsWith('?') && text.lastIndexOf('?') > text.lastIndexOf(snippet)) {
      observer.disconnect();
      resolve(performance.now() - started);
    }
  });
  observer.observe(log, {childList: true, subtree: true, characterData: true});
  setTimeout(() => { observer.disconnect(); resolve(-1); }, 15000);  // the interview ended: no next question
  [...document.querySelectorAll('button')].find((b) => b.innerText.trim() === 'Send answer').click();
})
"""


def browser_overhead(settings: Settings, url: str, turns: int) -> dict[str, float]:
    """Per turn in Chromium: Send clicked to the next question on screen, minus the engine's own time."""
    from playwright.sync_api import expect, sync_playwright

    fake = get_model(settings.model)
    assert isinstance(fake, FakeChatModel)
    fake._queue.clear()
    fake.enqueue(*lines(8 * turns + 20))
    timings = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url)
        page.get_by_role("radio", name="long").check()
        page.get_by_role("button", name="Start interview").click()
        chat = page.get_by_role("log", name="chatbot conversation")
        expect(chat).to_contain_text("?", timeout=60_000)
        page.wait_for_timeout(1_000)
        for _ in range(turns):
            page.get_by_label(re.compile("Your answer|Your questions|Thank-you note")).fill(ANSWER)
            took = page.evaluate(_TIMED_SEND, [ANSWER[:40]])
            if took < 0:
                break
            timings.append(took)
            page.wait_for_timeout(300)  # let the last streamed update settle before the next answer
        browser.close()
    engine = Engine(settings, model=fake)
    direct = []
    for _ in range(turns):
        session = engine.start(engine.profile("cfo", length="long"), seed=0)
        list(engine.next_turn(session))
        start = time.perf_counter()
        engine.answer(session, ANSWER)
        list(engine.next_turn(session))
        direct.append((time.perf_counter() - start) * 1000)
    timings.sort()
    direct.sort()
    ui_ms, engine_ms = timings[len(timings) // 2], direct[len(direct) // 2]
    return {
        "browser_turn_p50_ms": round(ui_ms, 1),
        "browser_engine_p50_ms": round(engine_ms, 1),
        "browser_ui_overhead_ms": round(ui_ms - engine_ms, 1),
    }


def concurrent_users(settings: Settings, url: str, users: int) -> dict[str, object]:
    fake = get_model(settings.model)
    assert isinstance(fake, FakeChatModel)
    fake.enqueue(*lines(users * 8))
    problems: list[str] = []
    start = time.perf_counter()

    def user(n: int) -> None:
        try:
            client = Client(url, verbose=False)
            client.predict(
                f"user {n} role", "warm-screener", "short", settings.model, "", "", None, api_name="/start"
            )
            for k in range(2):
                client.predict(api_name="/next_turn")
                client.predict(
                    f"User {n} answer {k}: I cut costs by {n + 10}% in {k + 2} quarters.", api_name="/answer"
                )
        except Exception as exc:  # noqa: BLE001 - a benchmark counts failures rather than stopping
            problems.append(f"user {n}: {exc}")

    threads = [threading.Thread(target=user, args=(n,)) for n in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    store = SessionStore(settings.sessions_db)
    lost, crossed = 0, 0
    sessions = [store.load(s.id) for s in store.list() if s.persona == "warm-screener"]
    for session in sessions:
        n = session.profile.role.asked_as.split()[1] if session.profile.role.asked_as else "?"
        answers = [t.answer for t in session.turns if t.answer is not None]
        lost += 2 - len(answers)
        crossed += sum(1 for a in answers if not a.startswith(f"User {n} "))
    return {
        "users": users,
        "sessions": len(sessions),
        "seconds": round(elapsed, 1),
        "errors": problems,
        "lost_turns": lost,
        "crossed_turns": crossed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--turns", type=int, default=10, help="at most 12: one long interview")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium measurement")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        settings = Settings(home=home, model="fake:bench", threads=2)
        Retriever(settings).build()
        result: dict[str, object] = {"page_ready_s": round(page_ready(home), 2)}
        port = free_port()
        app = launch(port=port, settings=settings, block=False)
        try:
            url = f"http://127.0.0.1:{port}/"
            result |= turn_overhead(settings, url, args.turns)
            if not args.no_browser:
                result |= browser_overhead(settings, url, args.turns)
            result["concurrency"] = concurrent_users(settings, url, args.users)
        finally:
            app.close()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
