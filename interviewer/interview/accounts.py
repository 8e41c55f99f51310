"""Accounts on a shared server: a name and a salted scrypt hash of its password, in the sessions database
(migration 4). Once one exists, the app asks everyone to log in and shows each account only its own work
(`SessionStore.for_owner`). The administrator manages them from the terminal (`interviewer users`)."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from interviewer.errors import InputError
from interviewer.interview.database import DuplicateRow
from interviewer.interview.session import now
from interviewer.interview.store import SessionStore

# scrypt's cost: about 50 ms a check on one core, so a stolen database is slow to guess from, and a login
# stays quick. Stored with each hash, so a later change of cost still reads the old hashes.
_N, _R, _P = 2**14, 8, 1
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}")
MIN_PASSWORD = 10


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, maxmem=64 * 1024 * 1024)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def password_matches(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        found = hashlib.scrypt(
            password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), maxmem=64 * 1024 * 1024
        )
    except ValueError:
        return False  # a damaged hash never lets anyone in
    return hmac.compare_digest(found.hex(), digest)


def checked_name(name: str) -> str:
    name = name.strip()
    if not _NAME.fullmatch(name):
        raise InputError(
            f"'{name}' cannot be an account name: use 1 to 64 letters, digits and . _ @ + - "
            "(starting with a letter or digit)."
        )
    return name


def checked_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise InputError(f"A password needs at least {MIN_PASSWORD} characters.")
    return password


class Accounts:
    """The accounts in one sessions database (SQLite or PostgreSQL)."""

    def __init__(self, store: SessionStore) -> None:
        self.store = store

    def add(self, name: str, password: str) -> str:
        name, password = checked_name(name), checked_password(password)
        try:
            with self.store.transaction() as db:
                db.execute("INSERT INTO users VALUES (?,?,?)", (name, now(), hash_password(password)))
        except DuplicateRow:
            raise InputError(f"There is already an account '{name}'.") from None
        return name

    def set_password(self, name: str, password: str) -> None:
        stored = hash_password(checked_password(password))
        with self.store.transaction() as db:
            if not db.execute("UPDATE users SET password=? WHERE name=?", (stored, name)).rowcount:
                raise InputError(f"No account '{name}'; `interviewer users list` shows them.")

    def names(self) -> list[str]:
        with self.store.transaction() as db:
            return [row[0] for row in db.execute("SELECT name FROM users ORDER BY name").fetchall()]

    def any(self) -> bool:
        with self.store.transaction() as db:
            return db.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None

    def check(self, name: str, password: str) -> bool:
        with self.store.transaction() as db:
            row = db.execute("SELECT password FROM users WHERE name=?", (name,)).fetchone()
        if row is None:
            hash_password(password)  # the same time as a wrong password, so names cannot be probed
            return False
        return password_matches(password, row[0])

    def adopt(self, name: str) -> tuple[int, int]:
        """Give an account the sessions and applications made before there were accounts (owner ""), so a
        one-person install that becomes a shared one keeps its history. Returns (sessions, applications)."""
        if name not in self.names():
            raise InputError(f"No account '{name}'; `interviewer users list` shows them.")
        with self.store.transaction() as db:
            sessions = db.execute("UPDATE sessions SET owner=? WHERE owner=''", (name,)).rowcount
            applications = db.execute("UPDATE applications SET owner=? WHERE owner=''", (name,)).rowcount
        return sessions, applications

    def remove(self, name: str) -> None:
        """The account's row only; `interviewer.accounts.delete_account` removes its data first."""
        with self.store.transaction() as db:
            if not db.execute("DELETE FROM users WHERE name=?", (name,)).rowcount:
                raise InputError(f"No account '{name}'; `interviewer users list` shows them.")
