"""`interviewer users add|list|password|delete`: the accounts of a shared server. Once one account exists the
app asks everyone to log in, and each account sees only its own sessions, reports and pipeline."""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from interviewer.errors import InputError
from interviewer.settings import Settings


def _password(args: argparse.Namespace) -> str:
    """From standard input with --password-stdin (for scripts), else asked twice without echo."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise InputError("The two passwords differ; nothing was changed.")
    return first


def cmd_users(args: argparse.Namespace) -> int:
    from interviewer.admin import delete_account
    from interviewer.interview.accounts import Accounts
    from interviewer.practice import Practice

    practice = Practice(Settings.from_env())
    accounts = Accounts(practice.store)
    if args.action == "list":
        names = accounts.names()
        print(json.dumps({"accounts": names}) if args.json else "\n".join(names) or "No accounts: one login.")
    elif args.action == "add":
        first = not accounts.any()
        name = accounts.add(_need(args), _password(args))
        said = f"Account '{name}' added."
        if args.adopt:
            sessions, applications = accounts.adopt(name)
            said += (
                f" It now holds the {sessions} session(s) and {applications} application(s) made before "
                "there were accounts."
            )
        restart = " Restart the app: from its next start everyone logs in with an account." if first else ""
        print(said + restart)
    elif args.action == "password":
        accounts.set_password(_need(args), _password(args))
        print(f"Password of '{args.name}' changed.")
    else:
        if not args.yes:
            raise InputError(f"Deleting '{args.name}' removes all its data for good; add --yes to go ahead.")
        gone = delete_account(practice, _need(args))
        print(
            f"Account '{gone.account}' deleted with {gone.sessions} session(s), their recordings and "
            f"reports, and {gone.applications} pipeline application(s)."
        )
    return 0


def _need(args: argparse.Namespace) -> str:
    if not args.name:
        raise InputError(f"`interviewer users {args.action}` needs an account name.")
    return str(args.name)


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    users = commands.add_parser("users", help="accounts on a shared server: add, list, password, delete")
    users.add_argument("action", choices=["add", "list", "password", "delete"])
    users.add_argument("name", nargs="?", help="the account's name")
    users.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    users.add_argument("--yes", action="store_true", help="delete: confirm removing the account's data")
    users.add_argument(
        "--adopt", action="store_true", help="add: give it the sessions made before there were accounts"
    )
    users.add_argument("--json", action="store_true", help="list: machine-readable output")
    users.set_defaults(handler=cmd_users)
