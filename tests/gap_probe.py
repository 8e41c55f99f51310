"""One probe for the gap-analysis tests: the objections `find_gaps` raises for a role typed as a user types
it, read on a day each test file pins (so no test reads the clock)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from interviewer.interview.objections import find_gaps
from interviewer.interview.roles import resolve_role


@dataclass(frozen=True)
class GapProbe:
    today: date

    def topics(
        self, role: str, resume: str, description: str | None = None, today: date | None = None
    ) -> list[str]:
        """The topics raised, in the order they are raised."""
        return [o.topic for o in find_gaps(resolve_role(role), resume, description, today or self.today)]

    def evidence(
        self, role: str, resume: str, description: str | None, topic: str, today: date | None = None
    ) -> str | None:
        """The evidence for one topic ("scope", not "objection:scope"), or None where it is not raised."""
        found = {
            o.topic: o.evidence
            for o in find_gaps(resolve_role(role), resume, description, today or self.today)
        }
        return found.get(f"objection:{topic}")
