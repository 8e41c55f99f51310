"""Subcommands of the `interviewer` CLI that wire one engine area each (the core ones live in `cli.py`)."""

from __future__ import annotations

import sys
from pathlib import Path

from interviewer.errors import InputError


def read_text_file(path: str, what: str) -> str:
    """A UTF-8 text file named on the command line ("-" is standard input), or a clear InputError."""
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"The {what} file was not found: {path}") from None
    except UnicodeDecodeError:
        raise InputError(f"The {what} file {path} is not UTF-8 text.") from None
    except OSError as exc:
        raise InputError(f"Cannot read the {what} file {path}: {exc.strerror}.") from None
