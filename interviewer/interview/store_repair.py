"""A damaged sessions database: kept aside as it was, every readable session copied into a fresh one.

A truncated file, garbage, a disk error or a half-written row must not stop the app or the CLI from starting,
and must not lose what can still be read. The damaged file is never deleted: it is renamed beside the new
one, so a person (or a later version) can still try to read more of it."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from interviewer.interview.plan import Plan
from interviewer.interview.profile import Profile
from interviewer.interview.session import Turn

SESSION_COLUMNS = (
    "id, created_at, updated_at, role, persona, model, status, cursor, probe_pending, profile, plan"
)


def is_damaged(path: Path) -> str | None:
    """Why the file cannot be used as it is, or None when it is sound (or absent)."""
    if not path.exists():
        return None
    if path.stat().st_size == 0:
        return "it is empty (0 bytes)"
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            verdict = db.execute("PRAGMA quick_check").fetchone()[0]
            db.execute(f"SELECT {SESSION_COLUMNS} FROM sessions LIMIT 1").fetchall()
            db.execute("SELECT session_id, idx, data FROM turns LIMIT 1").fetchall()
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        return f"it cannot be read ({exc})"
    return None if verdict == "ok" else f"its integrity check failed ({verdict})"


def _rows(db: sqlite3.Connection, query: str) -> list[tuple[object, ...]]:
    """The rows that can be read, in order, stopping at the first unreadable page."""
    rows: list[tuple[object, ...]] = []
    try:
        for row in db.execute(query):
            rows.append(tuple(row))
    except sqlite3.DatabaseError:
        pass
    return rows


def _has_owner(db: sqlite3.Connection) -> bool:
    """Whether the sessions table has migration 4's owner column (an older file does not)."""
    try:
        return any(row[1] == "owner" for row in db.execute("PRAGMA table_info(sessions)"))
    except sqlite3.DatabaseError:
        return False


def _readable(session: tuple[object, ...], turns: list[tuple[object, ...]]) -> bool:
    try:
        Profile.model_validate_json(str(session[9]))
        Plan.model_validate_json(str(session[10]))
        for turn in turns:
            Turn.model_validate_json(str(turn[2]))
    except ValidationError:
        return False
    return True


PIPELINE_TABLES = ("applications", "real_interviews")
APPLICATION_COLUMNS = "id, created_at, company, role, stage, applied_on, last_activity, data"


def _copy_pipeline(db: sqlite3.Connection, pipeline: dict[str, list[tuple[object, ...]]]) -> int:
    """Copy the readable pipeline rows; an interview whose application was lost goes with it."""
    applications = pipeline.get("applications", [])
    kept = {row[0] for row in applications}
    for row in applications:  # 8 columns before migration 4 added the owner, 9 after
        names = APPLICATION_COLUMNS + (", owner" if len(row) > 8 else "")
        db.execute(f"INSERT OR IGNORE INTO applications ({names}) VALUES ({','.join('?' * len(row))})", row)
    interviews = [row for row in pipeline.get("real_interviews", []) if row[1] in kept]
    db.executemany("INSERT OR IGNORE INTO real_interviews VALUES (?,?,?,?,?)", interviews)
    return len(applications)


def quarantine(path: Path, reason: str, create: Callable[[], None]) -> str:
    """Move the damaged file aside, make a fresh database with `create`, copy in every readable session.

    Returns the one sentence to tell the user."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.damaged-{stamp}")
    shutil.move(path, kept)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            shutil.move(side, kept.with_name(kept.name + suffix))
    create()
    sessions: list[tuple[object, ...]] = []
    turns: list[tuple[object, ...]] = []
    pipeline: dict[str, list[tuple[object, ...]]] = {}
    if kept.stat().st_size:
        try:
            old = sqlite3.connect(f"file:{kept}?mode=ro", uri=True, timeout=10)
        except sqlite3.DatabaseError:
            old = None
        if old is not None:
            try:
                columns = f"{SESSION_COLUMNS}, owner" if _has_owner(old) else SESSION_COLUMNS
                sessions = _rows(old, f"SELECT {columns} FROM sessions")
                turns = _rows(old, "SELECT session_id, idx, data FROM turns")
                # The pipeline's tables (absent before migration 3: then no rows).
                pipeline = {table: _rows(old, f"SELECT * FROM {table}") for table in PIPELINE_TABLES}
            finally:
                old.close()
    saved, lost = 0, 0
    db = sqlite3.connect(path, timeout=10)
    try:
        with db:
            for session in sessions:
                own = [t for t in turns if t[0] == session[0]]
                if not _readable(session, own):
                    lost += 1
                    continue
                names = f"{SESSION_COLUMNS}, owner" if len(session) > 11 else SESSION_COLUMNS
                db.execute(f"INSERT INTO sessions ({names}) VALUES ({','.join('?' * len(session))})", session)
                db.executemany("INSERT INTO turns VALUES (?,?,?)", own)
                saved += 1
            applications = _copy_pipeline(db, pipeline)
    finally:
        db.close()
    damaged = f", {lost} could not be read" if lost else ""
    return (
        f"The sessions database {path} was damaged ({reason}): it was kept as {kept.name}, "
        f"{saved} session{'s' if saved != 1 else ''} were recovered into a new one{damaged}"
        + (f", with {applications} pipeline application(s)." if applications else ".")
    )
