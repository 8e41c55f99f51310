"""Gap analysis, twenty-fifth round. Each rule sits beside a case it must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.dates import without_dates
from interviewer.interview.objections import find_gaps
from interviewer.interview.roles import resolve_role

TODAY = date(2026, 11, 1)


def topics(role: str, resume: str, description: str | None = None, today: date = TODAY) -> list[str]:
    return [o.topic for o in find_gaps(resolve_role(role), resume, description, today)]


def evidence(role: str, resume: str, description: str | None, topic: str, today: date = TODAY) -> str | None:
    found = {o.topic: o.evidence for o in find_gaps(resolve_role(role), resume, description, today)}
    return found.get(f"objection:{topic}")


def test_a_quoted_line_loses_its_dates_and_nothing_else() -> None:
    assert without_dates("since 10.2024 | Master's studies (part-time), Marketing") == (
        "Master's studies (part-time), Marketing"
    )
    assert without_dates("PhD in Physics, University of Oslo, 2016–2020. Thesis not submitted") == (
        "PhD in Physics, University of Oslo. Thesis not submitted"
    )
    assert without_dates("Licenciatura — ITESO (2008–2012). Pasante") == "Licenciatura — ITESO. Pasante"
    assert without_dates("BScN (2022 – ) in progress") == "BScN in progress"
    # A line with no dates is quoted as it is, and one made only of dates is kept rather than emptied.
    assert without_dates("MBA (part-time), IE Business School") == "MBA (part-time), IE Business School"
    assert without_dates("2019 – 2021") == "2019 – 2021"


def test_an_unfinished_degree_is_quoted_by_its_own_sentence() -> None:
    ad = "Pharmacy Manager\nRequirements\n- Bachelor of Pharmacy (required)\n"
    resume = (
        "PROFILE\nPharmacy technician with nine years in community pharmacy, stock management and branch\n"
        "supervision. Currently pursuing a Bachelor of Pharmacy (part-time, expected 2027).\n"
        "EXPERIENCE\nPharmacy Technician, Goodlife Pharmacy, Nairobi, 03/2017 - present\n"
    )
    said = evidence("Pharmacy Manager", resume, ad, "degree")
    assert said is not None
    assert 'shows a degree still unfinished: "Currently pursuing a Bachelor of Pharmacy' in said
    assert "supervision" not in said
