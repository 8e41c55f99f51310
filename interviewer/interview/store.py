"""The sessions database: SQLite under INTERVIEWER_HOME, one row per session and one per turn, each change
committed as it happens. Schema changes are numbered migrations, applied in order on open."""

from __future__ import annotations

import copy
import json
import sys
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from interviewer.errors import ConflictError, InputError, InterviewerError
from interviewer.interview.database import Connection, Database, DuplicateRow, SqliteDatabase, open_database
from interviewer.interview.plan import Plan
from interviewer.interview.profile import Profile
from interviewer.interview.session import Session, Turn, now
from interviewer.interview.store_repair import is_damaged, quarantine
from interviewer.settings import Settings

# Append only: a released migration is never edited, since databases in the wild already ran it.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        role TEXT NOT NULL,
        persona TEXT NOT NULL,
        model TEXT NOT NULL,
        status TEXT NOT NULL,
        cursor INTEGER NOT NULL,
        probe_pending INTEGER NOT NULL,
        profile TEXT NOT NULL,
        plan TEXT NOT NULL
    );
    CREATE TABLE turns (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (session_id, idx)
    );
    """,
    """
    CREATE INDEX sessions_by_update ON sessions(updated_at);
    """,
    # The job search around the mock interviews: applications with their stage, and real interviews logged
    # against them (deleting an application deletes its logged interviews).
    """
    CREATE TABLE applications (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        company TEXT NOT NULL,
        role TEXT NOT NULL,
        stage TEXT NOT NULL,
        applied_on TEXT NOT NULL,
        last_activity TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE TABLE real_interviews (
        id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        held_on TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX real_interviews_by_application ON real_interviews(application_id);
    """,
    # Accounts on a shared server: each session and application belongs to one account ("" on a one-person
    # install); a real interview belongs to its application's account.
    """
    CREATE TABLE users (
        name TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        password TEXT NOT NULL
    );
    ALTER TABLE sessions ADD COLUMN owner TEXT NOT NULL DEFAULT '';
    ALTER TABLE applications ADD COLUMN owner TEXT NOT NULL DEFAULT '';
    CREATE INDEX sessions_by_owner ON sessions(owner, updated_at);
    CREATE INDEX applications_by_owner ON applications(owner);
    """,
)


_CHANGED_ELSEWHERE = (
    "This session was changed in another window or tab (that question is already answered or asked); "
    "your text is kept in the box. Reload the session from History to carry on from where it is."
)


class SessionSummary(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    created_at: str
    updated_at: str
    role: str
    persona: str
    model: str
    status: str
    turns: int
    answered: int
    mean_overall: float | None


def _overall(turn: dict[str, object]) -> float | None:
    card = turn.get("scorecard")
    value = card.get("overall") if isinstance(card, dict) else None
    return float(value) if isinstance(value, int | float) else None


class SessionStore:
    """The sessions, their turns and the job search, on SQLite (a path) or PostgreSQL (`database`); every
    change is committed as it happens. `SessionStore.open(settings)` picks the configured one."""

    def __init__(self, path: Path | None = None, database: Database | None = None) -> None:
        if database is None:
            if path is None:
                raise ValueError("a SessionStore needs a path or a database")
            database = SqliteDatabase(path)
        self.db = database
        self.path = path
        self.owner: str | None = None  # set by for_owner: every read and delete sees that account's rows only
        self._lock = threading.Lock()
        self.notice: str | None = None  # said once to the user: the database was damaged and repaired
        if isinstance(database, SqliteDatabase):
            database.path.parent.mkdir(parents=True, exist_ok=True)
            reason = is_damaged(database.path)
            if reason is not None:
                self.notice = quarantine(database.path, reason, self._create)
                sys.stderr.write(self.notice + "\n")
                return
        self._create()

    @classmethod
    def open(cls, settings: Settings) -> SessionStore:
        """PostgreSQL when INTERVIEWER_DATABASE_URL is set (nothing is written to the SQLite file then),
        else the SQLite file under INTERVIEWER_HOME."""
        database = open_database(settings.database_url, settings.sessions_db)
        return cls(settings.sessions_db if isinstance(database, SqliteDatabase) else None, database)

    def for_owner(self, owner: str) -> SessionStore:
        """The same database seen by one account: its own sessions and applications, nothing else; what it
        creates is its own. The unscoped store (owner None) is the one-person install and the server's
        administrator, who see every row."""
        view = copy.copy(self)
        view.owner = owner
        return view

    def mine(self, column: str = "owner") -> tuple[str, tuple[str, ...]]:
        """The SQL condition (and its parameter) that keeps a query to this store's account."""
        return ("1=1", ()) if self.owner is None else (f"{column}=?", (self.owner,))

    @property
    def new_owner(self) -> str:
        return self.owner or ""

    def _create(self) -> None:
        with self._connect() as db:
            self._migrate(db)

    def _connect(self) -> AbstractContextManager[Connection]:
        return self.db.connect()  # type: ignore[no-any-return, unused-ignore]

    def _migrate(self, db: Connection) -> None:
        version = self.db.version(db)
        if version > len(MIGRATIONS):
            raise InputError(
                f"The sessions database was written by a newer version (schema {version}); "
                "upgrade interviewer."
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in filter(str.strip, script.split(";")):
                db.execute(statement)
            self.db.set_version(db, number)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One committed transaction on this database, for the tables other modules own (the pipeline):
        everything in it is written, or nothing is."""
        with self._lock, self._connect() as db:
            yield db

    @property
    def schema_version(self) -> int:
        with self._connect() as db:
            return self.db.version(db)

    def save(self, session: Session) -> None:
        """Write the session row and every turn (insert or replace); used at creation and on state changes."""
        session.updated_at = now()
        with self._lock, self._connect() as db:
            db.execute(
                "INSERT INTO sessions (id, created_at, updated_at, role, persona, model, status, cursor, "
                "probe_pending, profile, plan, owner) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT (id) DO UPDATE SET "
                "updated_at=excluded.updated_at, status=excluded.status, cursor=excluded.cursor, "
                "probe_pending=excluded.probe_pending, profile=excluded.profile, plan=excluded.plan",
                (
                    session.id,
                    session.created_at,
                    session.updated_at,
                    session.plan.role,
                    session.plan.persona,
                    session.model,
                    session.status,
                    session.cursor,
                    int(session.probe_pending),
                    session.profile.model_dump_json(),
                    session.plan.model_dump_json(),
                    session.owner or self.new_owner,
                ),
            )
            db.executemany(
                "INSERT INTO turns VALUES (?,?,?) "
                "ON CONFLICT (session_id, idx) DO UPDATE SET data=excluded.data",
                [(session.id, t.index, t.model_dump_json()) for t in session.turns],
            )

    def save_profile(self, session: Session) -> None:
        """Commit a change to the profile (an objection dismissed); the turns are untouched."""
        session.updated_at = now()
        with self._lock, self._connect() as db:
            db.execute(
                "UPDATE sessions SET profile=?, updated_at=? WHERE id=?",
                (session.profile.model_dump_json(), session.updated_at, session.id),
            )

    def add_turn(self, session: Session, turn: Turn) -> None:
        """Commit a newly asked turn and the session's position; refused if another window asked first."""
        session.updated_at = now()
        with self._lock, self._connect() as db:
            try:
                db.execute(
                    "INSERT INTO turns VALUES (?,?,?)", (session.id, turn.index, turn.model_dump_json())
                )
            except DuplicateRow:
                raise ConflictError(_CHANGED_ELSEWHERE) from None
            self._update_position(db, session)

    def save_turn(self, session: Session, turn: Turn, stored_answer: str | None) -> None:
        """Commit a change to a turn and the session's position, only if the stored turn still holds
        `stored_answer` (None: it still awaits its answer). Two windows answering one question cannot both
        win: the second is told, and nothing is overwritten."""
        session.updated_at = now()
        with self._lock, self._connect() as db:
            changed = db.execute(
                f"UPDATE turns SET data=? WHERE session_id=? AND idx=? AND {self.db.answer_is}",
                (turn.model_dump_json(), session.id, turn.index, stored_answer),
            ).rowcount
            if not changed:
                raise ConflictError(_CHANGED_ELSEWHERE)
            self._update_position(db, session)

    @staticmethod
    def _update_position(db: Connection, session: Session) -> None:
        updated = db.execute(
            "UPDATE sessions SET updated_at=?, status=?, cursor=?, probe_pending=? WHERE id=?",
            (session.updated_at, session.status, session.cursor, int(session.probe_pending), session.id),
        ).rowcount
        if not updated:
            raise InputError(f"Session {session.id} is not in the database (was it deleted?).")

    def has(self, session_id: str) -> bool:
        mine, owner = self.mine()
        with self._connect() as db:
            found = db.execute(f"SELECT 1 FROM sessions WHERE id=? AND {mine}", (session_id, *owner))
            return found.fetchone() is not None

    def load(self, session_id: str) -> Session:
        mine, owner = self.mine()
        with self._connect() as db:
            row = db.execute(
                "SELECT id, created_at, updated_at, model, status, cursor, probe_pending, profile, plan, "
                f"owner FROM sessions WHERE id=? AND {mine}",
                (session_id, *owner),
            ).fetchone()
            if row is None:
                raise InputError(f"No session '{session_id}'; `interviewer sessions list` shows them.")
            turns = db.execute(
                "SELECT data FROM turns WHERE session_id=? ORDER BY idx", (session_id,)
            ).fetchall()
        try:
            return Session(
                id=row[0],
                created_at=row[1],
                updated_at=row[2],
                model=row[3],
                status=row[4],
                cursor=row[5],
                probe_pending=bool(row[6]),
                profile=Profile.model_validate_json(row[7]),
                plan=Plan.model_validate_json(row[8]),
                turns=[Turn.model_validate_json(t[0]) for t in turns],
                owner=row[9],
            )
        except ValidationError as exc:
            raise InputError(
                f"Session {session_id} is damaged and cannot be read: {exc.errors()[0]['msg']}"
            ) from None

    def readable(self, limit: int = 50) -> list[Session]:
        """The most recent sessions that can be read; a damaged one is listed as such, never fatal."""
        sessions = []
        for summary in self.list()[:limit]:
            try:
                sessions.append(self.load(summary.id))
            except InterviewerError:
                continue
        return sessions

    def list(self) -> list[SessionSummary]:
        mine, owner = self.mine()
        with self._connect() as db:
            rows = db.execute(
                f"SELECT id, created_at, updated_at, role, persona, model, status FROM sessions WHERE {mine} "
                "ORDER BY updated_at DESC, id",
                owner,
            ).fetchall()
            turns = db.execute(
                "SELECT session_id, data FROM turns "
                f"WHERE session_id IN (SELECT id FROM sessions WHERE {mine})",
                owner,
            ).fetchall()
        per_session: dict[str, list[dict[str, object]]] = {}
        damaged: set[str] = set()
        for session_id, data in turns:
            try:
                turn = json.loads(data)
                if not isinstance(turn, dict):
                    raise ValueError("not an object")
            except ValueError:
                damaged.add(session_id)  # listed as damaged; one bad row never hides the other sessions
                continue
            per_session.setdefault(session_id, []).append(turn)
        summaries = []
        for row in rows:
            own = per_session.get(row[0], [])
            scores = [s for t in own if t.get("answer") is not None and (s := _overall(t)) is not None]
            summaries.append(
                SessionSummary(
                    id=row[0],
                    created_at=row[1],
                    updated_at=row[2],
                    role=row[3],
                    persona=row[4],
                    model=row[5],
                    status="damaged" if row[0] in damaged else row[6],
                    turns=len(own),
                    answered=sum(1 for t in own if t.get("answer") is not None),
                    mean_overall=round(sum(scores) / len(scores), 1) if scores else None,
                )
            )
        return summaries

    def delete(self, session_id: str) -> None:
        mine, owner = self.mine()
        with self._lock, self._connect() as db:
            if not db.execute(f"DELETE FROM sessions WHERE id=? AND {mine}", (session_id, *owner)).rowcount:
                raise InputError(f"No session '{session_id}' to delete.")
