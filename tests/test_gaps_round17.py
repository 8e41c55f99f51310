"""Gap analysis, seventeenth round: rules written from development cases, each beside a case the rule must
leave alone. (Relocation by distance has its own file, tests/test_gazetteer.py.)"""

from __future__ import annotations

from datetime import date

from interviewer.interview.description_sentences import unwrapped
from interviewer.interview.job_location import job_location
from interviewer.interview.objections import find_gaps
from interviewer.interview.roles import resolve_role
from tests.gap_probe import GapProbe

TODAY = date(2026, 3, 1)
PROBE = GapProbe(TODAY)
topics = PROBE.topics


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


def test_a_university_finished_in_a_year_is_a_first_degree_whatever_it_is_called() -> None:
    ad = "Accountant\nRequirements\n- Bachelor's degree in Accounting or Finance (required)\n"
    resume = (
        "Chidi Eze\nEXPERIENCE\nAccounts Officer, Lagos Mills Plc, 2015 - Present\n"
        "EDUCATION\nUniversity of Lagos, Accounting (Second Class Upper), 2014\n"
    )
    assert "objection:degree" not in topics("Accountant", resume, ad)
    # Still studying, a course, or a university named only as an employer is no degree.
    for unfinished in ("2019 - present", "2014 (exchange semester)"):
        studying = resume.replace("2014", unfinished)
        assert "objection:degree" in topics("Accountant", studying, ad), unfinished
    employer = (
        "Chidi Eze\nEXPERIENCE\nAccounts Officer, University of Lagos, 2015 - Present\n"
        "EDUCATION\nWAEC Senior School Certificate, 2009\n"
    )
    assert "objection:degree" in topics("Accountant", employer, ad)


def test_run_together_and_spanish_first_degrees_are_read() -> None:
    ad = "IT Support Analyst\nRequirements\n- Bachelor's degree in IT or Computer Science (required)\n"
    resume = "Maria Santos\nEXPERIENCE\nIT Support, Cebu BPO, 2018 - Present\nEDUCATION\nBSIT - 2017\n"
    assert "objection:degree" not in topics("IT Support Analyst", resume, ad)
    assert "objection:degree" in topics("IT Support Analyst", resume.replace("BSIT", "BSA Scouts"), ad)
    any_degree = "Office Coordinator\nRequirements\n- Bachelor's degree (required)\n"
    peru = resume.replace("BSIT - 2017", "Bachiller en Administración - PUCP, 2017")
    assert "objection:degree" not in topics("Office Coordinator", peru, any_degree)
    school = resume.replace("BSIT - 2017", "Secundaria completa - Colegio San Agustín, 2012")
    assert "objection:degree" in topics("Office Coordinator", school, any_degree)


def test_an_assistant_to_a_site_director_holds_no_directors_rank() -> None:
    resume = (
        "Rui Costa\nEXPERIENCE\nSite assistant to the site director, Obras Minho Lda, Jan 2023 - Jun 2025\n"
        "EDUCATION\nMSc Civil Engineering, Universidade do Minho, 2022\n"
    )
    assert "objection:overqualified" not in topics("Junior Civil Engineer", resume)
    director = resume.replace("Site assistant to the site director", "Site director")
    assert "objection:overqualified" in topics("Junior Civil Engineer", director)


def test_an_executive_chef_running_food_and_beverage_is_no_career_change() -> None:
    resume = (
        "Diego Ruiz\nEXPERIENCE\nChef Ejecutivo, Hotel Costa Azul, 2019 - Present\n"
        "Sous Chef, Hotel Playa Norte, 2015 - 2019\n"
    )
    assert "objection:career-change" not in topics("Food and Beverage Manager", resume)
    assert "objection:career-change" in topics("Food Safety Inspector", resume)
