"""Gap analysis, tenth round: rules written from development cases left over from earlier rounds and from
`dev10.jsonl`, each beside a case the rule must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.objections import find_gaps
from interviewer.interview.roles import resolve_role

TODAY = date(2025, 3, 1)


def topics(role: str, resume: str, description: str | None = None, today: date = TODAY) -> list[str]:
    return [o.topic for o in find_gaps(resolve_role(role), resume, description, today)]


def test_a_typical_degree_or_equivalent_experience_is_met_by_the_years() -> None:
    # The library's software engineer: "Bachelor's in computer science ..., or equivalent experience".
    seasoned = (
        "EXPERIENCE\nBackend Engineer, Shopwise - Jan 2016 - Dec 2023\n"
        "Software Developer, Cartly - Mar 2013 - Dec 2015\n"
    )
    assert "objection:degree" not in topics("Backend Engineer", seasoned)
    junior = "EXPERIENCE\nJunior Developer, Cartly - Mar 2023 - Present\n"
    assert "objection:degree" in topics("Backend Engineer", junior)


def test_a_charge_nurse_making_assignments_leads_that_team() -> None:
    from interviewer.interview.resume_facts import extract_facts

    charge = "• Charge nurse 2–3 shifts a week (Jan 2019 – Sep 2021): assignments for 7 RNs and 3 CNAs\n"
    assert extract_facts(charge, TODAY).max_team_size == 10
    # Caring for patients is no team.
    assert extract_facts("Cared for 5 patients a shift on a 36-bed unit\n", TODAY).max_team_size is None


def test_an_amount_that_names_a_project_is_a_budget_run() -> None:
    from interviewer.interview.resume_facts import extract_facts

    fielding = "• Project lead for the $4.2M fielding of 46 new tactical vehicles across 6 companies\n"
    assert extract_facts(fielding, TODAY).max_budget_usd == 4_200_000
    assert extract_facts("• Delivered a £3M ERP implementation on time\n", TODAY).max_budget_usd == 3_750_000
    # Pay, and an amount saved, are no budget.
    assert extract_facts("• Saved $2M in project costs; base salary $120K\n", TODAY).max_budget_usd is None


def test_degrees_written_the_short_way_are_read() -> None:
    from interviewer.interview.reading import _degrees

    assert _degrees("BS, Mech. Eng. | University of Minnesota, 2018") == ["bachelor"]
    assert _degrees("AB in Economics, Harvard College") == ["bachelor"]
    assert _degrees("BASc Mechanical Engineering, University of Waterloo") == ["bachelor"]
    assert _degrees("MSW, Columbia University") == ["master"]
    assert _degrees("Maestría en Finanzas, ITAM") == ["master"]
    assert _degrees("Doctor of Business Administration, Henley, 2019") == ["phd"]
    # A state after a city, and Microsoft's office suite, are no degrees.
    assert _degrees("Boston, MA, 02110") == []
    assert _degrees("Skills: MS Office, BA tools") == []
