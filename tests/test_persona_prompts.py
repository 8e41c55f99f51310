"""Prompts are composed, not copied: each persona file holds its voice and spoken lead-ins; the rules every
interviewer keeps are written once (prompts/parts/interviewer-rules.md) and included by the turn prompts."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.interview.personas import PERSONAS
from interviewer.prompts import PROMPTS_DIR, load_prompt

RULES = (PROMPTS_DIR / "parts/interviewer-rules.md").read_text(encoding="utf-8").strip()


@pytest.mark.parametrize("persona", sorted(PERSONAS))
def test_a_persona_file_is_its_voice_only(persona: str) -> None:
    template = load_prompt(f"personas/{persona}")
    assert set(template.variables) == {"interviewer", "role", "company"}
    system = template.render(interviewer="<who>", role="<role>", company="<company>")[0].content
    assert "<who>" in system and "<role>" in system
    assert "Rules for every turn" not in system and "question mark" not in system
    for kind in ("question", "objection", "probe"):
        assert any(p.strip() for p in template.phrases[kind]), kind


@pytest.mark.parametrize(
    ("name", "variables"),
    [
        ("interviewer/turn", {"profile", "history", "move_kind", "move_text", "guidance"}),
        ("interviewer/bridge", {"question", "answer"}),
    ],
)
def test_the_turn_prompts_carry_the_shared_rules_once(name: str, variables: set[str]) -> None:
    template = load_prompt(name)
    values = {v: f"<{v}>" for v in template.variables}
    messages = template.render(**values)
    system, user = messages[0].content, messages[-1].content
    rules = RULES.replace("{{role}}", "<role>").replace("{{company}}", "<company>")
    assert system.count(rules) == 1 and "<voice>" in system
    assert variables <= set(template.variables)
    assert "{{" not in system + user


def test_no_prompt_file_repeats_the_rules() -> None:
    copies = [
        p.relative_to(PROMPTS_DIR).as_posix()
        for p in Path(PROMPTS_DIR).rglob("*.md")
        if "Rules for every turn" in p.read_text(encoding="utf-8")
    ]
    assert copies == ["parts/interviewer-rules.md"]
