"""Where sessions are kept: a SQLite file under INTERVIEWER_HOME (the embedded default, one person on a
laptop) or PostgreSQL (`INTERVIEWER_DATABASE_URL`: many users and app replicas on one database). Both take the
same SQL: `?` placeholders, `INSERT ... ON CONFLICT ... DO UPDATE`, and one fragment each for what differs
(reading a JSON field). A duplicate row is `DuplicateRow` on both, so the store never names a driver's
exceptions."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit

from interviewer.errors import ConfigError, StorageError


class DuplicateRow(Exception):
    """An insert met a row with the same key: another window or replica wrote it first."""


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class Connection(Protocol):
    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor: ...

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...


class Database(Protocol):
    dialect: Literal["sqlite", "postgresql"]
    where: str  # the database in words, for messages (never a password)
    answer_is: str  # SQL: the stored turn's answer equals the parameter (NULL equals NULL)

    def connect(self) -> Any: ...  # a context manager: one transaction, committed on success

    def version(self, db: Connection) -> int: ...

    def set_version(self, db: Connection, version: int) -> None: ...


class _Sqlite:
    """A sqlite3 connection whose duplicate-key error is `DuplicateRow`, as on PostgreSQL."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        try:
            return self.connection.execute(sql, tuple(params))
        except sqlite3.IntegrityError as exc:
            raise DuplicateRow(str(exc)) from None

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        try:
            self.connection.executemany(sql, [tuple(r) for r in rows])
        except sqlite3.IntegrityError as exc:
            raise DuplicateRow(str(exc)) from None


class SqliteDatabase:
    dialect: Literal["sqlite", "postgresql"] = "sqlite"
    answer_is = "json_extract(data, '$.answer') IS ?"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = str(path)

    @contextmanager
    def connect(self) -> Iterator[_Sqlite]:
        try:
            db = sqlite3.connect(self.path, timeout=10)
        except sqlite3.DatabaseError as exc:
            raise StorageError(self.unreadable(exc)) from None
        try:
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA journal_mode = WAL")
            with db:  # one transaction: committed on success, rolled back on error
                yield _Sqlite(db)
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                busy = f"The sessions database {self.path} is busy in another process; try again."
                raise StorageError(busy) from None
            raise StorageError(self.unreadable(exc)) from None
        except sqlite3.DatabaseError as exc:
            raise StorageError(self.unreadable(exc)) from None
        finally:
            db.close()

    def unreadable(self, exc: Exception) -> str:
        # Damage found after start-up: the next start keeps a copy and recovers what it can.
        return (
            f"The sessions database {self.path} cannot be read ({exc}); restart the app or command to "
            "keep a copy of it and recover every readable session."
        )

    def version(self, db: Connection) -> int:
        return int(db.execute("PRAGMA user_version").fetchone()[0])

    def set_version(self, db: Connection, version: int) -> None:
        db.execute(f"PRAGMA user_version = {int(version)}")


class _Postgres:
    """A psycopg connection taking the store's `?` placeholders."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        import psycopg

        try:
            return self.connection.execute(self._sql(sql), tuple(params))  # type: ignore[no-any-return]
        except psycopg.errors.UniqueViolation as exc:
            raise DuplicateRow(_first_line(exc)) from None

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        import psycopg

        try:
            with self.connection.cursor() as cursor:
                cursor.executemany(self._sql(sql), [tuple(r) for r in rows])
        except psycopg.errors.UniqueViolation as exc:
            raise DuplicateRow(_first_line(exc)) from None


class PostgresDatabase:
    dialect: Literal["sqlite", "postgresql"] = "postgresql"
    answer_is = "(data::jsonb ->> 'answer') IS NOT DISTINCT FROM ?"
    # Replicas starting together take this lock before migrating, so one migrates and the others wait.
    MIGRATION_LOCK = 7_345_001

    def __init__(self, url: str) -> None:
        self.url = url
        parts = urlsplit(url)
        self.where = f"PostgreSQL at {parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path or ''}"

    @contextmanager
    def connect(self) -> Iterator[_Postgres]:
        psycopg = _driver()
        try:
            connection = psycopg.connect(self.url, connect_timeout=10)
        except psycopg.Error as exc:
            raise StorageError(
                f"The sessions database ({self.where}) cannot be reached: {_first_line(exc)}. Check "
                "INTERVIEWER_DATABASE_URL and that the server is running."
            ) from None
        try:
            with connection.transaction():
                yield _Postgres(connection)
        except psycopg.OperationalError as exc:
            raise StorageError(f"The sessions database ({self.where}) failed: {_first_line(exc)}.") from None
        finally:
            connection.close()

    def version(self, db: Connection) -> int:
        db.execute("SELECT pg_advisory_xact_lock(?)", (self.MIGRATION_LOCK,))
        db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = db.execute("SELECT version FROM schema_version").fetchone()
        return int(row[0]) if row else 0

    def set_version(self, db: Connection, version: int) -> None:
        db.execute("DELETE FROM schema_version")
        db.execute("INSERT INTO schema_version VALUES (?)", (version,))


def _driver() -> Any:
    """psycopg, which only a server deployment installs (the `server` extra)."""
    try:
        import psycopg
    except ImportError:
        raise ConfigError(
            "INTERVIEWER_DATABASE_URL needs the PostgreSQL driver: pip install -e '.[server]'."
        ) from None
    return psycopg


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def open_database(url: str | None, sqlite_path: Path) -> Database:
    """PostgreSQL when a database URL is configured, else the SQLite file."""
    if url:
        if not re.match(r"postgres(?:ql)?://", url):
            raise ConfigError(
                f"INTERVIEWER_DATABASE_URL must be a postgresql:// URL (got '{url.split('://')[0]}://...')."
            )
        return PostgresDatabase(url)
    return SqliteDatabase(sqlite_path)
