"""`interviewer db migrate`: create or bring up to date the sessions database that is configured (the SQLite
file under INTERVIEWER_HOME, or PostgreSQL at INTERVIEWER_DATABASE_URL). Every command and the app also
migrate on first use; this one lets a deployment do it before the replicas start."""

from __future__ import annotations

import argparse
import json

from interviewer.settings import Settings


def cmd_db(args: argparse.Namespace) -> int:
    from interviewer.interview.store import MIGRATIONS, SessionStore

    store = SessionStore.open(Settings.from_env())
    version = store.schema_version
    if args.json:
        print(json.dumps({"database": store.db.dialect, "where": store.db.where, "schema": version}))
    else:
        print(f"{store.db.where}: schema {version} of {len(MIGRATIONS)}, up to date.")
    return 0


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("db", help="the sessions database: create or migrate it")
    parser.add_argument("action", choices=["migrate"])
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=cmd_db)
