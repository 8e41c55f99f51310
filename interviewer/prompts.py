"""Prompt templates as files: `prompts/<family>/<name>.md`, versioned, with their variables checked on load.

A template starts with YAML front matter (`version`, `variables`, optional `description`) and holds one or
more `### system` / `### user` / `### assistant` sections. Placeholders are `{{name}}`; a placeholder that is
not declared, or a declared variable that is never used, is an error when the file is loaded, not when a
user is halfway through an interview.

Text shared by several prompts lives once under `prompts/parts/`, included with a line `{{> parts/name}}`;
a part has no front matter, so a change to it is a change to every prompt that includes it (bump theirs).
A persona file may carry `phrases` in its front matter: the spoken lead-ins of its voice, by kind of move.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from interviewer.errors import PromptError
from interviewer.models.base import Message

PROMPTS_DIR = Path(__file__).resolve().parents[1] / "prompts"
_PLACEHOLDER = re.compile(r"\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}")
_SECTION = re.compile(r"^### (system|user|assistant)\s*$", re.MULTILINE)
_INCLUDE = re.compile(r"^\{\{>\s*([a-z0-9_/-]+)\s*\}\}\s*$", re.MULTILINE)
PARTS = "parts"


class PromptMeta(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    variables: list[str]
    description: str = ""
    phrases: dict[str, list[str]] = {}


class PromptTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str  # "family/name", the path under prompts/ without .md
    version: int
    variables: tuple[str, ...]
    sections: tuple[tuple[str, str], ...]  # (role, text)
    phrases: dict[str, tuple[str, ...]] = {}

    @property
    def ref(self) -> str:
        """Name and version, recorded with every output the template produced."""
        return f"{self.name}@v{self.version}"

    def render(self, **values: str) -> list[Message]:
        missing = set(self.variables) - values.keys()
        extra = values.keys() - set(self.variables)
        if missing or extra:
            raise PromptError(
                f"Prompt {self.ref}: missing {sorted(missing) or 'nothing'}, "
                f"unexpected {sorted(extra) or 'nothing'}."
            )
        # One pass over the template: a value that itself contains {{...}} (say, a candidate's answer)
        # is never expanded again.
        return [
            Message(role=role, content=_PLACEHOLDER.sub(lambda m: values[m.group(1)], text))  # type: ignore[arg-type]
            for role, text in self.sections
        ]


def parse_template(name: str, text: str) -> PromptTemplate:
    match = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.DOTALL)
    if not match:
        raise PromptError(f"prompts/{name}.md: no front matter (version and variables).")
    try:
        meta = PromptMeta.model_validate(yaml.safe_load(match.group(1)))
    except (yaml.YAMLError, ValidationError) as exc:
        raise PromptError(f"prompts/{name}.md: bad front matter: {str(exc).splitlines()[0]}") from None
    parts = _SECTION.split(match.group(2))
    if parts[0].strip():
        raise PromptError(f"prompts/{name}.md: text before the first '### system|user' section.")
    sections = tuple((parts[i], parts[i + 1].strip()) for i in range(1, len(parts) - 1, 2))
    if not sections or any(not body for _, body in sections):
        raise PromptError(f"prompts/{name}.md: needs at least one non-empty ### section.")
    used = {m.group(1) for _, body in sections for m in _PLACEHOLDER.finditer(body)}
    declared = set(meta.variables)
    if used - declared:
        raise PromptError(f"prompts/{name}.md: undeclared variable(s) {sorted(used - declared)}.")
    if declared - used:
        raise PromptError(f"prompts/{name}.md: declared but unused variable(s) {sorted(declared - used)}.")
    return PromptTemplate(
        name=name,
        version=meta.version,
        variables=tuple(meta.variables),
        sections=sections,
        phrases={kind: tuple(lines) for kind, lines in meta.phrases.items()},
    )


def _with_parts(root: Path, name: str, text: str) -> str:
    def part(match: re.Match[str]) -> str:
        included = match.group(1)
        if not included.startswith(f"{PARTS}/"):
            raise PromptError(
                f"prompts/{name}.md: only files under {PARTS}/ can be included, not {included}."
            )
        try:
            return (root / f"{included}.md").read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise PromptError(f"prompts/{name}.md: cannot include {included}: {exc.strerror}.") from None

    return _INCLUDE.sub(part, text)


@cache
def _load(root: Path, name: str) -> PromptTemplate:
    path = root / f"{name}.md"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PromptError(f"Prompt '{name}' not found under {root}: {exc.strerror}.") from None
    return parse_template(name, _with_parts(root, name, text))


def load_prompt(name: str, root: Path | None = None) -> PromptTemplate:
    """The template `prompts/<name>.md` (or under `root`, to evaluate another prompt version)."""
    return _load((root or PROMPTS_DIR).resolve(), name)


def all_prompts(root: Path | None = None) -> list[PromptTemplate]:
    base = (root or PROMPTS_DIR).resolve()
    return [
        load_prompt(p.relative_to(base).with_suffix("").as_posix(), base)
        for p in sorted(base.rglob("*.md"))
        if p.name.lower() != "readme.md" and p.relative_to(base).parts[0] != PARTS
    ]
