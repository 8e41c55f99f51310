"""Gap analysis, seventeenth round: rules written from development cases, each beside a case the rule must
leave alone. (Relocation by distance has its own file, tests/test_gazetteer.py.)"""

from __future__ import annotations

from datetime import date

from interviewer.interview.job_location import job_location
from interviewer.interview.licences import unwrapped
from interviewer.interview.objections import find_gaps
from interviewer.interview.roles import resolve_role

TODAY = date(2026, 3, 1)


def topics(role: str, resume: str, description: str | None = None, today: date = TODAY) -> list[str]:
    return [o.topic for o in find_gaps(resolve_role(role), resume, description, today)]


PHARMACIST_AD = (
    "Hospital Pharmacist\nKarsa Health, Ibadan\n\nRequirements\n"
    "- Full registration with the Pharmacy Board of Karsa (PBK) and a current practising licence -\n"
    "  mandatory for all appointments\n"
)


def test_a_provisional_registration_is_not_the_full_one_asked_for() -> None:
    resume = (
        "Tunde Okafor\nEXPERIENCE\nIntern Pharmacist, Ibadan Central Hospital, January 2025 - Present\n"
        "REGISTRATION\nPharmacy Board of Karsa (PBK) - Provisional registration, January 2025\n"
    )
    assert "objection:degree" in topics("Hospital Pharmacist", resume, PHARMACIST_AD)
    full = resume.replace("Provisional registration", "Full registration, Reg. No. 44120")
    assert "objection:degree" not in topics("Hospital Pharmacist", full, PHARMACIST_AD)


def test_a_requirement_wrapped_onto_the_next_line_is_one_line() -> None:
    ad = "- Chartered with the Institution of\n  Civil Engineers - essential\n- Driving licence"
    joined = "- Chartered with the Institution of Civil Engineers - essential"
    assert unwrapped(ad) == [joined, "- Driving licence"]
    assert unwrapped("Requirements\nMust hold a licence") == ["Requirements", "Must hold a licence"]


def test_a_registration_whose_years_have_ended_is_not_held() -> None:
    ad = (
        "Community Pharmacist\nRequirements\n"
        "- Registered with the Pharmaceutical Council of Wessex (PCW) - essential from day one\n"
    )
    lapsed = (
        "Aoife Byrne\nEXPERIENCE\nPharmacist, Harbour Pharmacy, 2014 - 2022\nREGISTRATION\n"
        "- Pharmaceutical Council of Wessex (PCW) - Registered Pharmacist 2014 - 2022 (Reg. no. 9734)\n"
        "- Oversaw controlled drugs register and PCW inspection readiness\n"
    )
    assert "objection:degree" in topics("Pharmacist", lapsed, ad)
    current = lapsed.replace("Registered Pharmacist 2014 - 2022", "Registered Pharmacist since 2014")
    assert "objection:degree" not in topics("Pharmacist", current, ad)


def test_a_body_named_in_full_answers_its_short_name() -> None:
    """A nurse whose resume spells out the "Nursing and Midwifery Council" holds the "NMC" registration; a
    passing mention of the short name ("NMC Standards 2018") was never the claim."""
    ad = "Staff Nurse\nRequirements\n- Current NMC registration as a Registered Nurse (Adult) - essential\n"
    resume = (
        "Grace Mensah\nEXPERIENCE\nStaff Nurse, Riverside Hospital, 2019 - Present\n"
        "Practice Supervisor and Assessor (NMC Standards 2018)\n"
        "CERTIFICATIONS\nRegistered Nurse (Adult) - Nursing and Midwifery Council, registered since 2019\n"
        "Previously: Registered Nurse, Ghana Nursing Council, 2012 - 2018\n"
    )
    assert "objection:degree" not in topics("Staff Nurse", resume, ad)
    elsewhere = resume.replace("Nursing and Midwifery Council, registered since 2019", "application pending")
    assert "objection:degree" in topics("Staff Nurse", elsewhere, ad)


def test_on_site_said_further_down_places_the_job_in_the_city_under_the_title() -> None:
    ad = (
        "HR Generalist\nCopperline Clinics, Dallas, TX (Uptown)\n\nWhat you'll do\n- Run onboarding\n"
        "- Administer benefits\n- Maintain employee records\n- Support recruiting\n\n"
        "Schedule: full-time, on-site Monday-Friday at our Uptown Dallas office.\n"
    )
    assert job_location(ad) == ("Dallas", "Copperline Clinics, Dallas, TX (Uptown)")
    remote = ad.replace("on-site Monday-Friday at our Uptown Dallas office", "hours to suit you")
    assert job_location(remote) == (None, None)


def test_a_town_the_tables_lack_is_read_from_the_line_under_the_title() -> None:
    ad = (
        "Contrôleur de gestion industriel (H/F)\nAérostructures Garonne – Site de Blagnac (31)\n"
        "Présentiel, 1 jour de télétravail par semaine\n"
    )
    assert job_location(ad) == (None, "Site de Blagnac (31)")
    near = "Luc Martin\nToulouse, France\nEXPERIENCE\nContrôleur de gestion, Airbus, 2016 - Present\n"
    assert "objection:relocation" not in topics("Financial Controller", near, ad)
    far = near.replace("Toulouse", "Perpignan")
    assert "objection:relocation" in topics("Financial Controller", far, ad)


def test_a_career_change_says_the_titles_without_the_candidates_asides() -> None:
    """Found by the wording check on new data: a title's aside in the candidate's own words ("during my
    degree") was put in the interviewer's mouth."""
    resume = (
        "Ruth Ellison\nEXPERIENCE\nBookseller, Harbourside Books (part-time in holidays during my degree; "
        "full-time since June 2024) | 2021 - Present\n"
    )
    [change] = [o for o in find_gaps(resolve_role("Paralegal"), resume, None, TODAY) if "career" in o.topic]
    assert "Bookseller" in change.evidence and "my degree" not in change.evidence
