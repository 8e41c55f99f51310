"""Gap analysis, twelfth round: rules written from development cases (`dev12.jsonl`: technology roles,
commercial and finance people in small firms, and a random mix), each beside a case the rule must leave
alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.requirements import extract_requirements
from tests.gap_probe import GapProbe

TODAY = date(2024, 3, 1)
PROBE = GapProbe(TODAY)
topics = PROBE.topics


def test_without_a_description_only_an_executive_seat_is_held_to_the_usual_degree() -> None:
    associate = "EXPERIENCE\nIT Manager, Acme - 2012 - Present\nEDUCATION\nAssociate degree in IT, 2010\n"
    assert "objection:degree" not in topics("Data Scientist", associate)
    assert "objection:degree" not in topics("Project Manager", associate)
    assert "objection:degree" in topics("Chief Financial Officer", associate)
    # A description that asks for one still counts, for any seat.
    asks = "Data Scientist\n- Master's degree required\n"
    assert "objection:degree" in topics("Data Scientist", associate, asks)


def test_a_certificate_among_the_benefits_is_a_perk() -> None:
    ad = (
        "Staff Accountant\n- Bachelor's degree in Accounting or Finance required\n"
        "- CPA or CPA track preferred\n"
        "Benefits\nMedical, dental, 401(k) with 4% match, CPA exam reimbursement.\n"
    )
    [asked] = [r for r in extract_requirements(ad).requirements if r.kind == "certification"]
    assert asked.preferred
    required = "Staff Accountant\n- CPA required\nBenefits\nCPA exam reimbursement.\n"
    [asked] = [r for r in extract_requirements(required).requirements if r.kind == "certification"]
    assert not asked.preferred


def test_other_ways_in_beside_a_degree() -> None:
    def degree(ad: str) -> tuple[str | None, bool]:
        [asked] = [r for r in extract_requirements(ad).requirements if r.kind == "degree"]
        return asked.level, asked.preferred

    assert degree("Backend\n- Grado en Ingeniería Informática, CFGS DAM/DAW o formación similar\n")[1]
    assert degree("RN\n- Diploma in Nursing (KRCHN/KRN) or BSc Nursing\n")[1]
    assert degree("Accounts\nEducation: UG: B.Com in Commerce | PG: M.Com in Commerce\n")[0] == "bachelor"
    assert degree("Analyst\n- Bachelor's degree in Economics required\n") == ("bachelor", False)


def test_what_the_employer_is_is_not_asked_of_the_candidate() -> None:
    ad = (
        "Accounts Executive\nWe are a 200-member manufacturer of precision castings for automotive and pump "
        "industries.\n- B.Com required\n"
    )
    assert all(r.preferred for r in extract_requirements(ad).requirements if r.kind == "industry")


def test_unknown_towns_in_one_us_state_and_counts_that_are_no_place() -> None:
    ad = "QA Tester\nTriPoint Digital Services - Durham, NC (On-site)\n"
    assert "objection:relocation" not in topics("QA Tester", "RAJ PATEL\nRaleigh, NC 27615\n", ad)
    assert "objection:relocation" in topics("QA Tester", "RAJ PATEL\nPhoenix, AZ 85001\n", ad)
    nhs = "Data Scientist\nWe support 9 ICBs covering 4 million patients.\nBased across 9 ICBs in England.\n"
    assert "objection:relocation" not in topics("Data Scientist", "SEUN ADEYEMI\nLondon SE15\n", nhs)


def test_informatik_is_computer_science() -> None:
    ad = "Software Engineer\n- A degree in computer science, electrical engineering or a comparable field\n"
    resume = "EDUCATION\n- M.Sc. Informatik, Technische Universität München, 2017\n"
    assert "objection:degree" not in topics("Software Engineer", resume, ad)


def test_a_province_code_before_the_dates_is_not_prose() -> None:
    from interviewer.interview.resume_facts import extract_facts

    line = "DEVELOPMENT EXPERIENCE\nFreelance Front-End Developer, Toronto, ON Jan 2023 - Present\n"
    assert [j.dates for j in extract_facts(line, TODAY).jobs] == ["Jan 2023 - Present"]
    # "grew revenue on Jan 2023 - Mar 2023 launches" stays a sentence.
    assert extract_facts("Grew sales on Jan 2023 - Mar 2023 launches\n", TODAY).jobs == []


def test_internships_in_other_languages_are_naturally_short() -> None:
    resume = (
        "EXPERIENCIA\nDesarrollador Backend Junior, Nubalia — marzo 2024 – actualidad\n"
        "Desarrollador (beca de 6 meses), Tecnalia — septiembre 2023 – febrero 2024\n"
        "Prácticas FCT, Sistemas Levante — marzo 2023 – junio 2023\n"
    )
    assert "objection:job-hopping" not in topics("Desarrollador Backend", resume, today=date(2025, 3, 1))


def test_a_degree_abbreviation_ends_no_sentence() -> None:
    ad = "Researcher\n- B.Sc. in Computer Science or equivalent experience, e.g. from a technological unit\n"
    [asked] = [r for r in extract_requirements(ad).requirements if r.kind == "degree"]
    assert asked.preferred and asked.text.startswith("B.Sc. in Computer Science or equivalent experience")


def test_a_bullet_that_counts_the_staff_under_a_manager_is_the_team() -> None:
    from interviewer.interview.resume_facts import extract_facts

    head = (
        "Head of Warehousing, Gulfway Logistics | Jan 2016 - Jan 2025\n- Ran 6 warehouses\n"
        "- 350 staff including 5 warehouse managers and 18 supervisors\n"
    )
    assert extract_facts(head, TODAY).max_team_size == 350
    assert extract_facts("- 350 staff trained on the new WMS\n", TODAY).max_team_size is None


def test_a_relationship_manager_sells_like_a_key_account_manager() -> None:
    resume = (
        "EXPERIENCE\nKey Account Manager - Modern Trade, Tamu Beverages Ltd, Nairobi | 2019 - Present\n"
        "Sales Representative, Mwangaza Distributors Ltd | 2015 - 2019\n"
    )
    assert "objection:career-change" not in topics("Relationship Manager SME Banking", resume)
