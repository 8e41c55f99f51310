"""Each persona has a prompt file per stage, with the same eight variables, rendering to system + user."""

from __future__ import annotations

import pytest

from interviewer.interview.personas import PERSONAS, STAGES
from interviewer.prompts import load_prompt

VARIABLES = {"interviewer", "role", "company", "profile", "history", "move_kind", "move_text", "guidance"}


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("persona", sorted(PERSONAS))
def test_persona_prompt_loads_and_renders(persona: str, stage: str) -> None:
    template = load_prompt(f"personas/{persona}/{stage}")
    assert template.version == 1
    assert set(template.variables) == VARIABLES and len(template.variables) == len(VARIABLES)

    values = {name: f"<{name} value>" for name in VARIABLES}
    messages = template.render(**values)
    assert [m.role for m in messages] == ["system", "user"]
    system, user = messages[0].content, messages[1].content
    assert "<interviewer value>" in system
    assert "{{" not in system + user
    assert user.rstrip().endswith("Reply with the interviewer's next turn only.")
    for rule in ("at most three sentences", "question mark", "Never repeat", "protected characteristic"):
        assert rule in system, rule
    for name in ("profile", "history", "move_kind", "move_text", "guidance"):
        assert f"<{name} value>" in user


def test_panel_prompts_say_the_interviewers_take_turns() -> None:
    for stage in STAGES:
        system = (
            load_prompt(f"personas/panel/{stage}")
            .render(
                **{name: "Priya Nair, Peer Director" if name == "interviewer" else "x" for name in VARIABLES}
            )[0]
            .content
        )
        assert "take turns" in system and "spoken by Priya Nair, Peer Director" in system
