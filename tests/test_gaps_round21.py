"""Gap analysis, twenty-first round. Each rule sits beside a case it must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.industries import resume_industries

TODAY = date(2026, 3, 1)


def test_a_pharmacy_is_healthcare_and_still_not_the_pharmaceutical_industry() -> None:
    resume = "Pharmacist, Boots community pharmacy, Leeds, 2019 - present\n- Dispensing, medicine reviews\n"
    assert "healthcare" in resume_industries(resume)
    assert "pharma" not in resume_industries(resume)
    assert "healthcare" not in resume_industries("Store manager, Tesco Extra, Leeds, 2019 - present\n")


def test_a_title_no_library_role_is_near_gets_questions_that_fit_any_job() -> None:
    from interviewer.interview.plan import build_plan
    from interviewer.interview.profile import Profile
    from interviewer.interview.roles import load_roles, resolve_role

    nurse = resolve_role("Registered Nurse")
    assert nurse.unmatched and nurse.id == "general" and nurse.names == ("Registered Nurse",)
    assert not nurse.requirements
    plan = build_plan(Profile(role=nurse, length="long"), [], seed=3)
    asked = " ".join(m.text for s in plan.stages for m in s.moves)
    assert "P&L" not in asked and "business unit" not in asked and "margin" not in asked
    # The general profile is never offered as a role to pick, and a general manager is still one.
    assert "general" not in load_roles()
    assert resolve_role("Hotel General Manager").id == "general-manager"
