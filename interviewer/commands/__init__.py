"""Subcommands of the `interviewer` CLI that wire one engine area each (the core ones live in `cli.py`)."""
