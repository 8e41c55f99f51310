"""Gap analysis, twenty-third round. Each rule sits beside a case it must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.headings import _heading_kind
from interviewer.interview.leaders import leaders_objection
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.resume_facts import extract_facts

TODAY = date(2026, 3, 1)


def industries_required(ad: str) -> list[tuple[tuple[str, ...], bool]]:
    return [(r.names, r.preferred) for r in extract_requirements(ad).requirements if r.kind == "industry"]


def test_retail_of_a_sector_asks_for_that_sector() -> None:
    assert industries_required("- Experience in cosmetics or beauty retail (required)") == [
        (("beauty",), False)
    ]
    assert industries_required("- 5 years as a store manager in fashion retail - ESSENTIAL") == [
        (("apparel",), False)
    ]
    # Retail named beside another sector, or by a word of its own, is still retail.
    assert industries_required("- 4 years' experience in retail or hospitality") == [
        (("retail", "hospitality"), False)
    ]
    assert industries_required("- 3 years in grocery retail (required)") == [(("retail",), False)]


def test_what_someone_does_outside_work_is_no_job() -> None:
    assert _heading_kind("CENTRES D'INTÉRÊT") == "excluded"
    assert _heading_kind("Hobbies & Interests") == "excluded"
    assert _heading_kind("D") is None
    resume = (
        "EXPÉRIENCE\nDepuis septembre 2024 – Conseillère clientèle, Banque Atlantique\n"
        "CENTRES D'INTÉRÊT\nDepuis 2021 – Trésorière bénévole du club de voile\n"
    )
    facts = extract_facts(resume, today=TODAY)
    assert [job.title for job in facts.jobs] == ["Conseillère clientèle, Banque Atlantique"]


def test_leading_leaders_is_said_plainly() -> None:
    ad = "Operations Manager\n\n- You lead four team leaders and 60 warehouse staff\n"
    resume = "Team Lead, Nordlog BV, 2019 - present\n- Led a team of 9 order pickers\n"
    objection = leaders_objection(ad, extract_facts(resume, today=TODAY), resume)
    assert objection is not None
    assert objection.evidence == (
        "The job description asks for leading team leaders; the resume shows teams of up to 9 people, led "
        "directly rather than through team leaders."
    )
