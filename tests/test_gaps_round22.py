"""Gap analysis, twenty-second round. Each rule sits beside a case it must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.licences import lapsed, pending_credential
from interviewer.interview.objections import find_gaps
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.roles import resolve_role

TODAY = date(2026, 3, 1)
AD = (
    "Disponent\n\nProfil\n"
    "- Gültiger Schulungsnachweis als Gefahrgutbeauftragter (Straße) gemäß GbV – zwingend\n"
)


def industries_required(ad: str) -> list[tuple[tuple[str, ...], bool]]:
    return [(r.names, r.preferred) for r in extract_requirements(ad).requirements if r.kind == "industry"]


def topics(role: str, resume: str, description: str | None = None, today: date = TODAY) -> list[str]:
    return [o.topic for o in find_gaps(resolve_role(role), resume, description, today)]


def test_sector_experience_asked_in_ways_not_read_before() -> None:
    german = (
        "• Mindestens drei Jahre Berufserfahrung als Sozialarbeiter*in im Gesundheitswesen – Voraussetzung"
    )
    assert industries_required(german) == [(("healthcare",), False)]
    italian = "- Esperienza di almeno 1–2 anni nel contenzioso bancario o finanziario (requisito)"
    assert industries_required(italian) == [(("financial services",), False)]
    assert industries_required("- Experience from a GMP-regulated pharmaceutical environment – must") == [
        (("pharma",), False)
    ]
    ngo = (
        "- At least 4 years managing donor-funded development programmes with an international NGO (required)"
    )
    assert industries_required(ngo) == [(("non-profit",), False)]
    # The work named beside its sector is not a second sector to meet.
    assert industries_required("- 4 years' experience in railway infrastructure design or construction") == [
        (("rail",), False)
    ]
    assert industries_required("- 4 years' experience in retail or construction") == [
        (("retail", "construction"), False)
    ]


def test_a_builder_of_houses_does_not_meet_rail_construction() -> None:
    ad = "Civil Engineer – Rail\n\nRequirements\n"
    ad += "- 4 years' experience in railway infrastructure design or construction\n"
    resume = (
        "Site Engineer, Casa Norte Construções, 2015 - present\n- Building construction: housing and hotels\n"
    )
    assert "objection:industry" in topics("Civil Engineer", resume, ad)
    rail = resume.replace("housing and hotels", "railway stations and track renewals")
    assert "objection:industry" not in topics("Civil Engineer", rail, ad)


def test_a_required_credential_whose_validity_has_ended() -> None:
    ad = AD
    ended = (
        "- Gefahrgutbeauftragter Straße (IHK): Schulungsnachweis 2013, verlängert 2018, gültig bis 10/2023\n"
    )
    assert pending_credential(ad, ended, TODAY) == (ad.splitlines()[3][2:], ended[2:].strip())
    running = ended.replace("10/2023", "10/2028")
    assert pending_credential(ad, running, TODAY) is None
    assert lapsed("First Aid certificate (expired)", TODAY)
    assert lapsed("Forklift licence, valid until March 2025", TODAY)
    assert not lapsed("Forklift licence, valid until March 2027", TODAY)
    assert not lapsed("Forklift licence, issued March 2020", TODAY)


def test_a_lapsed_credential_is_said_so() -> None:
    ad = AD
    resume = "Disponent, Spedition Nord, 2012 - heute\n"
    resume += "- Gefahrgutbeauftragter Straße: Schulungsnachweis, gültig bis 10/2023\n"
    found = [
        o for o in find_gaps(resolve_role("Disponent"), resume, ad, TODAY) if o.topic == "objection:degree"
    ]
    assert found and "lapsed" in found[0].evidence
