"""`interviewer ui`: serve the Gradio app (127.0.0.1 by default; a login is required beyond it, and on any
address once the database has accounts)."""

from __future__ import annotations

import argparse
from typing import Any


def cmd_ui(args: argparse.Namespace) -> int:
    from interviewer.practice import Practice
    from interviewer.settings import Settings
    from interviewer.ui.accounts import accounts_login
    from interviewer.ui.app import launch, login_for  # gradio loads only for this command

    settings = Settings.from_env().with_overrides(model=args.model)
    practice = Practice(settings)
    accounts = accounts_login(practice)
    login_for(args.host, args.no_auth, settings, accounts)  # refused before any URL is printed
    logins = f"; {len(accounts.names())} account(s) log in" if accounts else ""
    print(
        f"Mock interviewer on http://{args.host}:{args.port} (model {settings.model}{logins}); "
        "Ctrl+C stops it.",
        flush=True,
    )
    launch(host=args.host, port=args.port, no_auth=args.no_auth, settings=settings, practice=practice)
    return 0


def add_parsers(commands: Any) -> None:
    ui = commands.add_parser("ui", help="start the Gradio app in the browser")
    ui.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    ui.add_argument("--port", type=int, default=7860)
    ui.add_argument("--model", help="default model for new interviews (default: INTERVIEWER_MODEL)")
    ui.add_argument(
        "--no-auth", dest="no_auth", action="store_true", help="serve beyond 127.0.0.1 without a login"
    )
    ui.set_defaults(handler=cmd_ui)
