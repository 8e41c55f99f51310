"""Scoring a batch of JSON lines: each line is scored alone, and a bad line is reported, never fatal."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from pydantic import ValidationError

from interviewer.errors import InputError
from interviewer.scoring.rubric import Scorecard, ScoreInput


def score_lines(score: Callable[[ScoreInput], Scorecard], lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """One result per non-blank input line, in order: a scorecard, or the line number and its problem."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            if not isinstance(raw, dict):
                raise InputError("expected a JSON object")
            known = {"role", "question", "answer", "objection", "company_brief", "id"}
            item = ScoreInput.model_validate({k: v for k, v in raw.items() if k in known})
            yield score(item).contract()
        except json.JSONDecodeError as exc:
            yield {"line": number, "error": f"line {number}: not valid JSON ({exc.msg})"}
        except ValidationError as exc:
            problem = exc.errors()[0]
            field = ".".join(str(p) for p in problem["loc"]) or "input"
            ident = raw.get("id") if isinstance(raw, dict) else None
            yield {
                "line": number,
                "id": ident,
                "error": f"line {number}: '{field}' {problem['msg'].lower()}",
            }
        except InputError as exc:
            ident = raw.get("id") if isinstance(raw, dict) else None
            yield {"line": number, "id": ident, "error": f"line {number}: {exc}"}
        except (ValueError, RecursionError) as exc:
            # JSON that parses in principle but not here: a number of thousands of digits, deep nesting.
            why = "nested too deeply" if isinstance(exc, RecursionError) else _short_reason(exc)
            if "digits" in why:
                why = "it holds a number thousands of digits long"
            yield {"line": number, "error": f"line {number}: cannot be read ({why})"}


def _short_reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 120 else text[:119] + "…"
