"""`interviewer drill`: answer the weak turns of a saved session again until each meets the bar.

Each round shows the question, the words the feedback points at and the value-first version built from the
candidate's own facts; the new answer is scored and the change shown per dimension. A turn's drill ends when
it meets the bar, or when the candidate sends an empty answer to move on. Every attempt is kept."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import TextIO

from interviewer.commands.interview import _practice, read_answers
from interviewer.interview.session import Turn
from interviewer.practice import Practice
from interviewer.scoring.feedback import dimension_change
from interviewer.scoring.rubric import DIMENSIONS

DEFAULT_BAR = 70


def _ask(out: TextIO) -> str:
    print("> (your new answer; an empty line moves on)", file=out, flush=True)
    return sys.stdin.readline().rstrip("\n")


def show_what_to_change(turn: Turn, out: TextIO) -> None:
    card = turn.scorecard
    print(f"\n[turn {turn.index}, score {turn.overall}/100] {turn.question}", file=out)
    if card is None:
        return
    for name in DIMENSIONS:
        for quote in card.dimensions[name].quotes[:2]:
            print(f'  {name.replace("_", " ")}: "{quote.text}"', file=out)
    for tip in card.suggestions[:2]:
        print(f"  - {tip}", file=out)
    improved = next((r for r in card.rewrites if r.level == "restructured"), None)
    if improved is not None:
        print(f"  value first, from your own facts: {improved.text}", file=out)


def drill(
    practice: Practice,
    session_id: str,
    bar: int,
    answers: Iterator[str] | None,
    out: TextIO,
    only: int | None,
) -> int:
    _, session = practice.session(session_id)
    turns = [t for t in practice.below_bar(session, bar) if only is None or t.index == only]
    if not turns:
        print(f"Every answered turn of {session_id} meets the bar ({bar}).", file=out)
        return 0
    for turn in turns:
        while turn.overall is not None and turn.overall < bar:
            show_what_to_change(turn, out)
            try:
                text = next(answers) if answers is not None else _ask(out)
            except StopIteration:
                return 0
            if not text.strip():
                break
            before, was = turn.scorecard, turn.overall
            turn = practice.retry(session, turn.index, text)
            moved = dimension_change(before, turn.scorecard)
            print(f"  score {was} → {turn.overall}/100 ({moved})", file=out)
        if turn.overall is not None and turn.overall >= bar:
            print(f"  turn {turn.index} meets the bar ({bar}).", file=out)
    return 0


def cmd_drill(args: argparse.Namespace) -> int:
    answers = iter(list(read_answers(args.answers))) if args.answers else None
    return drill(_practice(args), args.session, args.bar, answers, sys.stdout, args.turn)


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("drill", help="answer a session's weak turns again until each meets the bar")
    parser.add_argument("--session", required=True, help="the session id (see `interviewer sessions list`)")
    parser.add_argument("--turn", type=int, help="drill only this turn (its index in the transcript)")
    parser.add_argument(
        "--bar", type=int, default=DEFAULT_BAR, help=f"the score to reach (default {DEFAULT_BAR})"
    )
    parser.add_argument("--answers", help="script file of answers (JSON list, or blocks separated by ---)")
    parser.add_argument("--model", help="model name (default: INTERVIEWER_MODEL)")
    parser.set_defaults(handler=cmd_drill)
