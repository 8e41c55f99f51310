"""The pipeline's rows in the sessions database (tables from migration 3): applications and the real
interviews logged against them, each change one transaction, so a refused change leaves everything stored
as it was."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import ValidationError

from interviewer.errors import InputError
from interviewer.interview.database import Connection
from interviewer.interview.pipeline import Application, Practised, moved
from interviewer.interview.real_interview import RealInterview
from interviewer.interview.session import now
from interviewer.interview.store import SessionStore

MAX_APPLICATIONS = 5_000  # far past any real search; a limit keeps a runaway script from filling the disk
_EARLY_STAGES = ("applied", "screening")


def _full(count: int, adding: int) -> str | None:
    if count + adding <= MAX_APPLICATIONS:
        return None
    return (
        f"The pipeline already holds {count:,} applications and keeps at most {MAX_APPLICATIONS:,}; delete "
        "closed ones (interviewer pipeline delete ID) before adding more."
    )


_INSERT = (
    "INSERT INTO applications (id, created_at, company, role, stage, applied_on, last_activity, data, owner) "
    "VALUES (?,?,?,?,?,?,?,?,?)"
)


class PipelineStore:
    def __init__(self, store: SessionStore) -> None:
        self.store = store

    def add(self, applications: list[Application]) -> None:
        """Store new applications in one transaction: all of them, or none when the pipeline would be full."""
        with self.store.transaction() as db:
            refused = _full(self._count(db), len(applications))
            if refused:
                raise InputError(refused)
            db.executemany(_INSERT, [self._row(a) for a in applications])

    def _count(self, db: Connection) -> int:
        mine, owner = self.store.mine()
        return int(db.execute(f"SELECT COUNT(*) FROM applications WHERE {mine}", owner).fetchone()[0])

    def _row(self, app: Application) -> tuple[str, ...]:
        return (
            app.id,
            now(),
            app.company,
            app.role,
            app.stage,
            app.applied_on.isoformat(),
            app.last_activity.isoformat(),
            app.model_dump_json(),
            self.store.new_owner,
        )

    def _save(self, db: Connection, app: Application) -> None:
        db.execute(
            "UPDATE applications SET company=?, role=?, stage=?, applied_on=?, last_activity=?, data=? "
            "WHERE id=?",
            (*self._row(app)[2:8], app.id),  # the row's columns after id and created_at, before owner
        )

    def _interviews_mine(self) -> tuple[str, tuple[str, ...]]:
        """The condition that keeps a query on real_interviews to this account's applications."""
        mine, owner = self.store.mine()
        return f"application_id IN (SELECT id FROM applications WHERE {mine})", owner

    def get(self, application_id: str) -> Application:
        with self.store.transaction() as db:
            return self._get(db, application_id)

    def _get(self, db: Connection, application_id: str) -> Application:
        mine, owner = self.store.mine()
        row = db.execute(
            f"SELECT data FROM applications WHERE id=? AND {mine}", (application_id.strip(), *owner)
        ).fetchone()
        if row is None:
            raise InputError(f"No application '{application_id}'; `interviewer pipeline list` shows them.")
        return self._read(application_id, row[0])

    @staticmethod
    def _read(application_id: str, data: str) -> Application:
        try:
            return Application.model_validate_json(data)
        except ValidationError:
            raise InputError(f"Application {application_id} is damaged and cannot be read.") from None

    def update(self, application: Application) -> None:
        with self.store.transaction() as db:
            self._get(db, application.id)
            self._save(db, application)

    def delete(self, item_id: str) -> str:
        """Delete one logged interview, or an application with the interviews logged against it; returns
        what went, in words."""
        theirs, owner = self._interviews_mine()
        mine, _ = self.store.mine()
        with self.store.transaction() as db:
            if db.execute(f"DELETE FROM real_interviews WHERE id=? AND {theirs}", (item_id, *owner)).rowcount:
                return f"the logged interview {item_id}"
            gone = db.execute(
                "SELECT COUNT(*) FROM real_interviews WHERE application_id=?", (item_id,)
            ).fetchone()[0]
            if not db.execute(f"DELETE FROM applications WHERE id=? AND {mine}", (item_id, *owner)).rowcount:
                raise InputError(f"No application or logged interview '{item_id}' to delete.")
            return f"{item_id} and its {gone} logged interview(s)" if gone else item_id

    def applications(self) -> list[Application]:
        mine, owner = self.store.mine()
        with self.store.transaction() as db:
            rows = db.execute(
                f"SELECT id, data FROM applications WHERE {mine} ORDER BY applied_on, id", owner
            ).fetchall()
        return [self._read(i, data) for i, data in rows]

    def log_interview(self, interview: RealInterview, today: date) -> RealInterview:
        """Store a real interview against its application (the open one for the same company and role, or a
        new one at the interviewing stage), in one transaction."""
        mine, owner = self.store.mine()
        with self.store.transaction() as db:
            row = db.execute(
                "SELECT id, data FROM applications WHERE lower(company)=lower(?) AND lower(role)=lower(?) "
                f"AND stage != 'closed' AND {mine} ORDER BY applied_on DESC LIMIT 1",
                (interview.company, interview.role, *owner),
            ).fetchone()
            if row is None:
                refused = _full(self._count(db), 1)
                if refused:
                    raise InputError(refused)
                app = Application(
                    company=interview.company,
                    role=interview.role,
                    stage="interviewing",
                    applied_on=interview.held_on,
                    last_activity=interview.held_on,
                )
                db.execute(_INSERT, self._row(app))
            else:
                app = self._read(row[0], row[1])
                stage = "interviewing" if app.stage in _EARLY_STAGES else app.stage
                app = moved(app, stage, interview.held_on)  # the interview's day is its activity
                self._save(db, app)
            stored = interview.model_copy(update={"application_id": app.id})
            db.execute(
                "INSERT INTO real_interviews VALUES (?,?,?,?,?)",
                (stored.id, app.id, now(), stored.held_on.isoformat(), stored.model_dump_json()),
            )
        return stored

    def interview(self, interview_id: str) -> RealInterview | None:
        theirs, owner = self._interviews_mine()
        with self.store.transaction() as db:
            row = db.execute(
                f"SELECT data FROM real_interviews WHERE id=? AND {theirs}", (interview_id.strip(), *owner)
            ).fetchone()
        if row is None:
            return None
        try:
            return RealInterview.model_validate_json(row[0])
        except ValidationError:
            raise InputError(f"Logged interview {interview_id} is damaged and cannot be read.") from None

    def save_interview(self, interview: RealInterview) -> None:
        """Commit a change to a logged interview (a note edited)."""
        theirs, owner = self._interviews_mine()
        with self.store.transaction() as db:
            changed = db.execute(
                f"UPDATE real_interviews SET data=? WHERE id=? AND {theirs}",
                (interview.model_dump_json(), interview.id, *owner),
            ).rowcount
        if not changed:
            raise InputError(f"No logged interview '{interview.id}' (was it deleted?).")

    def interviews(self) -> dict[str, list[RealInterview]]:
        """Every logged interview, by application id."""
        theirs, owner = self._interviews_mine()
        with self.store.transaction() as db:
            rows = db.execute(
                f"SELECT application_id, data FROM real_interviews WHERE {theirs} ORDER BY held_on", owner
            ).fetchall()
        found: dict[str, list[RealInterview]] = {}
        for application_id, data in rows:
            try:
                found.setdefault(application_id, []).append(RealInterview.model_validate_json(data))
            except ValidationError:
                continue  # one damaged row never hides the rest of the pipeline
        return found

    def practice(self) -> dict[str, list[Practised]]:
        """Finished mock sessions that name a company, by the company's name in lower case."""
        mine, owner = self.store.mine("s.owner")
        with self.store.transaction() as db:
            rows = db.execute(
                "SELECT s.id, s.updated_at, s.role, json_extract(s.profile, '$.company'), "
                "(SELECT AVG(json_extract(t.data, '$.scorecard.overall')) FROM turns t "
                " WHERE t.session_id = s.id AND json_extract(t.data, '$.answer') IS NOT NULL) "
                f"FROM sessions s WHERE s.status = 'finished' AND {mine} "
                "AND json_extract(s.profile, '$.company') IS NOT NULL ORDER BY s.updated_at",
                owner,
            ).fetchall()
        found: dict[str, list[Practised]] = {}
        for session_id, updated, role, company, mean in rows:
            found.setdefault(str(company).casefold(), []).append(
                Practised(
                    session=session_id,
                    on=datetime.fromisoformat(updated).date(),
                    role=role,
                    mean_overall=round(mean, 1) if mean is not None else None,
                )
            )
        return found
