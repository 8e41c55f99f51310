"""A short interview on the embedded default model: the turn rules hold on real output, not just scripts."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.interview.engine import Engine
from interviewer.interview.rules import broken_rules
from interviewer.interview.store import SessionStore
from interviewer.models.registry import get_model
from interviewer.settings import Settings

pytestmark = pytest.mark.live

ANSWER = (
    "You need a steadier forecast before the refinancing. At Halden I rebuilt the rolling forecast with the "
    "business units, and within a year our variance to actuals fell from 9% to 2%, which won us better terms."
)


def test_the_embedded_persona_keeps_the_rules(shared_models_home: Path, tmp_path: Path) -> None:
    settings = Settings(home=shared_models_home, model="qwen2.5-coder-1.5b", threads=2, timeout=300)
    model = get_model(settings.model, settings)
    engine = Engine(settings, model=model, store=SessionStore(tmp_path / "sessions.sqlite3"))
    try:
        session = engine.start(engine.profile("cfo", persona="numbers-cfo", length="short"), seed=1)
        for _ in range(3):
            events = list(engine.next_turn(session))
            turn = events[-1].turn
            assert turn is not None
            earlier = [t.question for t in session.turns[: turn.index] if t.kind != "greeting"]
            assert broken_rules(turn.question, earlier) == [], turn.question
            if turn.awaits_answer:
                engine.answer(session, ANSWER)
        spoken = [t for t in session.turns if t.kind != "greeting"]
        assert spoken and any(not t.replaced for t in session.turns), "every turn fell back to the plan"
        assert engine.store.load(session.id).turns == session.turns
    finally:
        model.close()
