"""Gap analysis, ninth round: rules written from development cases (`dev9.jsonl`: qualifications and
industries written every way, people who look like something they are not), each beside a case the rule
must leave alone."""

from __future__ import annotations

from datetime import date

from tests.gap_probe import GapProbe

TODAY = date(2025, 3, 1)
PROBE = GapProbe(TODAY)
topics = PROBE.topics


PEO = (
    "Senior Structural Engineer\n"
    "- Must hold a valid P.Eng. licence with Professional Engineers Ontario (PEO) at the time of hire.\n"
)


def test_a_licence_line_is_read_whole_and_an_application_is_not_a_licence() -> None:
    applied = (
        "DANIEL REYES, PE\nPE license - Texas (#134872), 2016\n"
        "Professional Engineers Ontario - P.Eng. application submitted January 2024\n"
    )
    assert "objection:degree" in topics("Senior Structural Engineer", applied, PEO)
    held = "DANIEL REYES, P.Eng.\nProfessional Engineers Ontario - P.Eng., licence no. 100234567 (2021)\n"
    assert "objection:degree" not in topics("Senior Structural Engineer", held, PEO)


def test_a_licence_number_says_an_examination_passed_is_a_licence_held() -> None:
    ad = "Regulatory Affairs Specialist\n- Must be a registered pharmacist with a current PRC licence\n"
    licensed = "LICENSES\nPharmacist Licensure Examination - passed January 2019 (PRC License No. 0071523)\n"
    assert "objection:degree" not in topics("Regulatory Affairs Specialist", licensed, ad)
    exam_only = "LICENSES\nPharmacist Licensure Examination (PRC) - passed Part 1, Part 2 scheduled\n"
    assert "objection:degree" in topics("Regulatory Affairs Specialist", exam_only, ad)


def test_a_licenciado_en_derecho_is_a_first_degree() -> None:
    ad = "Senior Legal Counsel\n- Bachelor's degree in Law required\n"
    resume = "EDUCATION\n- Licenciado en Derecho - Universidad Complutense de Madrid, 2013\n"
    assert "objection:degree" not in topics("Senior Legal Counsel", resume, ad)
    assert "objection:degree" in topics("Senior Legal Counsel", "EDUCATION\n- Bachillerato, 2008\n", ad)


def test_a_finalist_where_the_description_accepts_one() -> None:
    ad = "Management Accountant\n- CIMA or ACCA qualified, or a finalist (all exams passed)\n"
    finalist = "QUALIFICATIONS\nCIMA - passed finalist (Strategic Case Study passed November 2024)\n"
    assert "objection:degree" not in topics("Management Accountant", finalist, ad)
    assert "objection:degree" in topics("Management Accountant", finalist, "- CIMA or ACCA qualified\n")


def test_a_title_mentioning_attorneys_is_no_admission_to_the_bar() -> None:
    paralegal = (
        "EXPERIENCE\nSenior Litigation Paralegal, Whitmore & Lane | 2016 - present\n- Support 6 attorneys\n"
    )
    assert "objection:degree" in topics("Associate Attorney", paralegal)
    admitted = (
        paralegal + "EDUCATION\nJ.D., Emory University School of Law, 2015; admitted to the Georgia bar\n"
    )
    assert "objection:degree" not in topics("Associate Attorney", admitted)
    coach = "EDUCATION\nB.Sc. Psychology, University of Lagos\nHonorary Doctorate, 2022\n"
    assert "objection:degree" in topics("Clinical Psychologist", coach)
    assert "objection:degree" not in topics(
        "Clinical Psychologist", coach + "DClinPsy, University of Leeds\n"
    )


def test_one_function_under_other_title_words() -> None:
    success = "EXPERIENCE\nCustomer Success Manager — Brightwave, London | 2019 - present\n"
    assert "objection:career-change" not in topics("Account Manager", success)
    sales = "EXPERIENCE\nVP of Sales, North America — Trellis | 2015 - present\n"
    assert "objection:career-change" not in topics("Account Executive (SMB)", sales)
    teacher = "EXPERIENCE\nMaths Teacher, Ridgeway School | 2014 - present\n"
    assert "objection:career-change" in topics("Account Manager", teacher)


def test_a_students_casual_job_is_no_career_elsewhere() -> None:
    resume = (
        "EXPERIENCE\nBusiness Intelligence Intern — Koala Freight | Sep 2024 - Feb 2025\n"
        "Customer Service Assistant (casual) — Woolworths | Jan 2020 - Aug 2024\n"
    )
    assert "objection:career-change" not in topics("Graduate Data Analyst", resume)
    full_time = resume.replace(" (casual)", "")
    assert "objection:career-change" in topics("Graduate Data Analyst", full_time)


def test_fields_of_a_degree_named_by_their_subject() -> None:
    ad = "- Bachelor's degree in life sciences, engineering or a related field (required)\n"
    biology = "EDUCATION\nB.S. Biology — University of Massachusetts Amherst, 2015\n"
    assert "objection:degree" not in topics("Regulatory Affairs Specialist", biology, ad)
    history = "EDUCATION\nB.A. History — University of Massachusetts Amherst, 2015\n"
    assert "objection:degree" in topics("Regulatory Affairs Specialist", history, ad)
    quant = "- A degree in a quantitative discipline is required\n"
    analytics = "EDUCATION\nBachelor of Commerce (Business Analytics & Finance) — UNSW Sydney, 2024\n"
    assert "objection:degree" not in topics("Graduate Data Analyst", analytics, quant)


def test_a_minimum_of_years_is_a_ceiling_only_for_an_early_career_seat() -> None:
    resume = "EXPERIENCE\nMechanical Design Engineer, Acme | 2002 - present\n"
    assert "objection:overqualified" not in topics(
        "Senior Mechanical Design Engineer", resume, "- 5+ years\n"
    )
    assert "objection:overqualified" in topics("Mechanical Design Engineer", resume, "- 2+ years\n")


def test_a_us_job_and_home_in_states_no_commute_joins() -> None:
    ad = "Chief Nursing Officer\nCamelback Regional Medical Center | Phoenix, AZ | On-site executive role\n"
    towson = "Angela Brooks\nTowson, MD 21286 | (410) 555-0152\n"
    assert "objection:relocation" in topics("Chief Nursing Officer", towson, ad)
    mesa = "Angela Brooks\nMesa, AZ 85201 | (480) 555-0152\n"
    assert "objection:relocation" not in topics("Chief Nursing Officer", mesa, ad)
    # Across a state line inside one metro area (New York and Jersey City) is a commute.
    ny = "Regulatory Specialist\nAcme Pharma | New York, NY | On-site\n"
    assert "objection:relocation" not in topics("Regulatory Specialist", "Jo Li\nHoboken, NJ 07030\n", ny)


def test_a_town_the_tables_lack_placed_by_its_state_on_site() -> None:
    ad = "Senior RA Specialist\nNorthstar Cardiac Devices · Plymouth, MN (On-site, 4 days per week)\n"
    assert "objection:relocation" in topics("Regulatory Affairs Specialist", "Nadia\nCambridge, MA\n", ad)
    remote = ad.replace("(On-site, 4 days per week)", "(Remote, US)")
    assert "objection:relocation" not in topics(
        "Regulatory Affairs Specialist", "Nadia\nCambridge, MA\n", remote
    )


def test_a_refreshed_certificate_is_no_years_of_study() -> None:
    resume = (
        "EXPERIENCE\nSite Manager, David Wilson Homes | Apr 2017 - Mar 2024\n"
        "QUALIFICATIONS\nSMSTS - refreshed November 2024\nFirst Aid at Work (3-day) - October 2024\n"
    )
    assert "objection:gap" in topics("Site Manager", resume, today=date(2025, 1, 20))
