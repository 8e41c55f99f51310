"""Running the real Gradio app in-process on a free port, for the gradio_client and browser tests."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from interviewer.interview.engine import Engine
from interviewer.interview.rules import broken_rules
from interviewer.settings import Settings
from interviewer.ui.app import launch

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "ui"
CHROMIUM = "/usr/bin/chromium"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_app(settings: Settings) -> Iterator[str]:
    port = free_port()
    app = launch(port=port, settings=settings, block=False)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        app.close()


def compliant(text: str) -> str:
    """The plan's wording cut to its first question, so a scripted reply keeps the one-question rule."""
    return text[: text.index("?") + 1] if text.count("?") > 1 else text


def scripted_lines(settings: Settings, **profile: str) -> list[str]:
    """The interviewer lines a scripted fake should give to play the plan as written, in order."""
    engine = Engine(settings)
    plan = engine.plan(engine.profile(**profile), seed=0)  # type: ignore[arg-type]
    lines = ["Welcome, thank you for coming in. Shall we begin?"]
    earlier: list[str] = []
    for _, move in plan.conversation:
        if move.kind == "thank-you":
            continue
        line = compliant(move.text)
        assert not broken_rules(line, earlier), line
        earlier.append(line)
        lines.append(line)
    return lines
