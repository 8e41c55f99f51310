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
