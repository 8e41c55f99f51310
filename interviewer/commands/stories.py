"""`interviewer stories`: the story bank (`interview/stories.py`): proof stories and which questions each
one answered."""

from __future__ import annotations

import argparse
import json

from interviewer.commands.followup import job_search


def cmd_stories(args: argparse.Namespace) -> int:
    bank = job_search().stories(args.session)
    if args.json:
        print(json.dumps(bank.model_dump(mode="json"), indent=2, ensure_ascii=False))
        return 0
    for warning in bank.warnings:
        print(f"warning: {warning}")
    if not bank.stories:
        print("No proof stories yet: add a resume with results in figures, or answer with one.")
    for story in bank.stories:
        print(f"{story.id}  [{story.source}]  {story.text}")
        for use in story.uses:
            score = "-" if use.overall is None else str(use.overall)
            print(f"      answered ({score}): {use.question}")
    return 0


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    stories = commands.add_parser("stories", help="your proof stories and which questions each answered")
    stories.add_argument("--session", help="only this session (default: every saved session)")
    stories.add_argument("--json", action="store_true", help="machine-readable output")
    stories.set_defaults(handler=cmd_stories)
