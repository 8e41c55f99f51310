"""Gap analysis, fourteenth round: rules written from development cases, each beside a case the rule must
leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.certifications import held_certifications
from interviewer.interview.headings import _heading_kind
from interviewer.interview.objections import find_gaps
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.resume_facts import extract_facts
from interviewer.interview.roles import resolve_role
from tests.gap_probe import GapProbe

TODAY = date(2026, 3, 1)
PROBE = GapProbe(TODAY)
topics = PROBE.topics


def test_a_licence_place_written_with_and_or_ampersand_is_one_place() -> None:
    ad = "Family Solicitor\n- Qualified solicitor in England & Wales with 2+ years' PQE (essential)\n"
    admitted = (
        "Sam Reid\nEXPERIENCE\nSolicitor, Lowther Law, Jan 2020 - Present\n"
        "QUALIFICATIONS\nAdmitted as a Solicitor of the Senior Courts of England and Wales, 2020\n"
    )
    assert "objection:degree" not in topics("Family Solicitor", admitted, ad)
    elsewhere = admitted.replace("Senior Courts of England and Wales", "High Court of Ireland")
    assert "objection:degree" in topics("Family Solicitor", elsewhere, ad)


def test_whom_the_employer_serves_is_no_industry_asked_of_the_candidate() -> None:
    ad = (
        "Employment Lawyer\nOur employment team acts for household-name employers and public sector bodies.\n"
        "- Experience in the public sector is essential\n"
    )
    serves = extract_requirements(ad.replace("- Experience in the public sector is essential\n", ""))
    assert not [r for r in serves.requirements if r.kind == "industry" and not r.preferred]
    asks = extract_requirements(ad)
    required = [r.names for r in asks.requirements if r.kind == "industry" and not r.preferred]
    assert required == [("public sector",)]


def test_a_required_certification_is_not_met_by_one_only_preferred() -> None:
    ad = "Project Manager\n- Active PMP certification (required)\n- Scrum certification (CSM, PSM) a plus\n"
    (wanted,) = [r for r in extract_requirements(ad).requirements if r.kind == "certification"]
    assert wanted.names == ("PMP",) and not wanted.preferred
    preferred_only = "Project Manager\n- Scrum certification (CSM, PSM) a plus\n"
    (plus,) = [r for r in extract_requirements(preferred_only).requirements if r.kind == "certification"]
    assert plus.preferred


def test_a_certification_registered_for_or_aimed_at_is_not_held() -> None:
    assert held_certifications("Registered for Certified ScrumMaster (CSM) course, November 2026") == []
    assert held_certifications("Objective: grow toward becoming a Certified Public Accountant") == []
    assert held_certifications("CPA Licensure Examination (CPALE): review centre, target exam October") == []
    assert held_certifications("Certified ScrumMaster (CSM), Scrum Alliance, 2023") == ["CSM"]


def test_an_army_driver_is_a_driver() -> None:
    resume = (
        "EXPERIENCE\nRegional Driver (CDL-A), Blue Ridge Freight, Oct 2024 - Present\n"
        "U.S. Army - Motor Transport Operator (88M), Jun 2015 - May 2023\n"
    )
    assert "objection:career-change" not in topics("CDL-A Truck Driver", resume)
    clerk = resume.replace("Motor Transport Operator (88M)", "Human Resources Specialist (42A)")
    assert "objection:career-change" in topics("CDL-A Truck Driver", clerk)


def test_residency_since_a_date_is_no_job() -> None:
    resume = (
        "Jan Novak\nCalgary, AB\nCanadian permanent resident (since October 2024)\n"
        "EXPERIENCE\nDesign Engineer, Stahlbau GmbH, Jan 2012 - Aug 2024\n"
    )
    facts = extract_facts(resume, TODAY)
    assert [j.dates for j in facts.jobs] == ["Jan 2012 - Aug 2024"]


def test_managing_a_practice_of_a_kind_asks_for_its_industry() -> None:
    ad = "Practice Manager\n- Minimum 3 years' experience managing a dental practice - essential\n"
    names = [r.names for r in extract_requirements(ad).requirements if r.kind == "industry"]
    assert names == [("healthcare",)]
    budget = "Practice Manager\n- Experience managing a budget of $2M\n"
    assert not [r for r in extract_requirements(budget).requirements if r.kind == "industry"]


def test_a_store_manager_already_runs_a_site() -> None:
    resume = "EXPERIENCE\nStore Manager, Hartwell Garden Centre, Apr 2015 - Present\n- Led 40 staff\n"
    assert "objection:career-change" not in topics("Practice Manager", resume)
    nurse = "EXPERIENCE\nStaff Nurse, County Hospital, Apr 2015 - Present\n"
    assert "objection:career-change" in topics("Practice Manager", nurse)


def test_a_heading_with_its_length_of_service_is_still_the_heading() -> None:
    assert _heading_kind("WORK EXPERIENCE (8+ YEARS)") == "experience"
    assert _heading_kind("Experience [12 yrs]") == "experience"
    assert _heading_kind("Top 10 achievements") is None


def test_continuing_ends_a_range_today() -> None:
    resume = "EMPLOYMENT HISTORY\nMerchandiser - Orchid Knitwear Ltd.\nDuration: April 2025 - Continuing\n"
    (job,) = extract_facts(resume, TODAY).jobs
    assert job.current


def test_an_ad_that_hires_from_abroad_asks_no_one_to_explain_a_move() -> None:
    resume = "Asif Khan\nKarachi, Pakistan\nEXPERIENCE\nHVAC Technician, Cool Point, 07/2016 to 01/2026\n"
    ad = "HVAC TECHNICIAN\nGulf Crescent FM - Doha, Qatar\nOn-site\n- 5 years in HVAC maintenance\n"
    assert "objection:relocation" in topics("HVAC Technician", resume, ad)
    welcome = ad + "Overseas candidates welcome - employment visa, air ticket and accommodation provided\n"
    assert "objection:relocation" not in topics("HVAC Technician", resume, welcome)
    ready = resume.replace("Pakistan\n", "Pakistan\nAvailable to join on work visa (Qatar)\n")
    assert "objection:relocation" not in topics("HVAC Technician", ready, ad)


def test_a_school_department_head_still_teaches() -> None:
    resume = "EXPERIENCE\nDeputy Head of Mathematics Department, Cairo British School, Sep 2018 - Present\n"
    assert "objection:overqualified" not in topics("Secondary Mathematics Teacher", resume)
    director = "EXPERIENCE\nHead of Academics, Cairo British School, Sep 2018 - Present\n"
    assert "objection:overqualified" in topics("Secondary Mathematics Teacher", director)


def test_volunteering_is_no_employer_to_adapt_away_from() -> None:
    resume = (
        "EXPERIENCE\nSous Chef, Harbour Grill, 2020 - 2024\n"
        "Volunteer cooking instructor, Lane County youth programs, 2012 - present\n"
    )
    assert "objection:tenure" not in topics("Food Safety Inspector", resume)
    paid = resume.replace("Volunteer cooking instructor", "Cooking instructor")
    assert "objection:tenure" in topics("Food Safety Inspector", paid)


def test_markdown_italics_do_not_hide_dates() -> None:
    resume = "## Experience\n**Assistant Controller** — Harrowgate Foods\n_July 2021 – February 2025_\n"
    (job,) = extract_facts(resume, TODAY).jobs
    assert job.dates == "July 2021 – February 2025"
    assert extract_facts("Contact: jo_smith@example.com\n", TODAY).jobs == []


def test_an_office_an_ad_will_not_let_one_skip_is_where_the_work_is() -> None:
    resume = "Jasmine Okoro\nBristol BS5 | j@example.com\nEXPERIENCE\nPeople Partner, Lumen, 2021 - Present\n"
    ad = (
        "HR Business Partner\nNorthgrid - Manchester (hybrid, 3 days per week in our office)\n"
        "This role requires in-office presence in Manchester; we do not offer fully remote contracts.\n"
    )
    assert "objection:relocation" in topics("HR Business Partner", resume, ad)
    remote = ad.replace("we do not offer fully remote contracts", "we are fully remote")
    assert "objection:relocation" not in topics("HR Business Partner", resume, remote)


def test_the_private_sector_is_met_by_any_company() -> None:
    ad = "HR Business Partner\n- At least 3 years as HR generalist in the private sector\n"
    state = "EXPERIENCE\nHR Officer, Municipal Affairs Directorate (Government), 2008 - Present\n"
    assert "objection:industry" in topics("HR Business Partner", state, ad)
    company = "EXPERIENCE\nHR Officer, Najd Retail Co. (retail chain), 2008 - Present\n"
    assert "objection:industry" not in topics("HR Business Partner", company, ad)


def test_medical_reports_are_no_healthcare_career() -> None:
    resume = "EXPERIENCE\nHR Officer, City Council, 2010 - Present\n- Handled leave and medical reports\n"
    assert "healthcare" not in extract_facts(resume, TODAY).industries
    assert "healthcare" in extract_facts(resume + "- Staffing for a medical centre\n", TODAY).industries


def test_an_automotive_ad_in_spanish_asks_for_automotive() -> None:
    ad = "Electricista\n- INDISPENSABLE experiencia en industria automotriz (OEM o Tier 1)\n"
    names = [r.names for r in extract_requirements(ad).requirements if r.kind == "industry"]
    assert ("automotive",) in names


def test_wind_asks_for_renewables_and_energy_for_either() -> None:
    ad = "Project Engineer\n- 3 years' experience on offshore wind projects (essential)\n"
    names = [r.names for r in extract_requirements(ad).requirements if r.kind == "industry"]
    assert names == [("renewables",)]
    oil = "EXPERIENCE\nProject Engineer, North Sea Oil & Gas Services, 2014 - Present\n"
    assert "objection:industry" in topics("Project Engineer", oil, ad)
    either = "Project Engineer\n- 3 years' experience in the energy sector (essential)\n"
    assert "objection:industry" not in topics("Project Engineer", oil, either)


def test_an_untitled_dated_line_is_not_the_latest_post() -> None:
    resume = (
        "## Experience\n### NordBaltic Retail, Gdańsk\n**Head of Logistics Operations** | 05/2019 – 03/2025\n"
        "- Ran 3 DCs\n### Since 04/2025\nProfessional development: English course\n"
    )
    assert "objection:overqualified" in topics("Shift Coordinator (Warehouse)", resume)


def test_a_title_beside_a_long_employer_name_is_the_title() -> None:
    resume = (
        "## Work Experience\n"
        "**Customer Service Officer** — Song Hong Commercial Joint Stock Bank, Cau Giay Branch, Hanoi\n"
        "08/2021 – present\n- Serve customers\n"
    )
    (job,) = extract_facts(resume, TODAY).jobs
    assert job.title.startswith("Customer Service Officer")
    assert "objection:career-change" in topics("Junior Data Analyst", resume)


def test_initials_are_written_in_capitals() -> None:
    resume = "EXPERIENCE\nIntern, Credit Department, Dong Da Branch, 03/2021 – 06/2021\n"
    facts = extract_facts(resume, TODAY)
    assert facts.jobs and "Dong Da" in facts.jobs[0].title
    assert "objection:career-change" in topics(
        "Junior Data Analyst", resume.replace("03/2021 – 06/2021", "03/2017 – 06/2025")
    )
    assert "objection:career-change" not in topics(
        "Junior Data Analyst", "EXPERIENCE\nDA, Credit Risk Team, 03/2017 – Present\n"
    )


def test_a_required_credential_shown_unfinished_is_the_degree_objection() -> None:
    ad = "Mine Overseer\n- Mine Overseer Certificate of Competency (Metalliferous) - ESSENTIAL\n"
    studying = (
        "EXPERIENCE\nShift Supervisor (Mining), Bojanala Platinum, 2018 - Present\n"
        "CERTIFICATES\n- Mine Overseer Certificate of Competency (Metalliferous): IN PROGRESS, exam 2027\n"
    )
    gaps = find_gaps(resolve_role("Mine Overseer"), studying, ad, TODAY)
    (degree,) = [o for o in gaps if o.topic == "objection:degree"]
    assert degree.evidence.startswith(
        'The job description requires "Mine Overseer Certificate of Competency (Metalliferous)"; the resume'
    )
    held = studying.replace("IN PROGRESS, exam 2027", "2021")
    assert "objection:degree" not in topics("Mine Overseer", held, ad)
    silent = studying.split("CERTIFICATES")[0]
    assert "objection:degree" not in topics("Mine Overseer", silent, ad)


def test_years_in_a_seat_never_held_make_no_one_overqualified() -> None:
    ad = "Mine Overseer\n- Minimum 2 years' experience as a Mine Overseer in a section of 200 employees\n"
    resume = "EXPERIENCE\nShift Supervisor (Mining), Bojanala Platinum, 2005 - Present\n- 65 employees\n"
    assert "objection:overqualified" not in topics("Mine Overseer", resume, ad)
    held = resume.replace("Shift Supervisor (Mining)", "Mine Overseer")
    assert "objection:overqualified" in topics("Mine Overseer", held, ad)


def test_people_a_post_is_accountable_for_are_its_team() -> None:
    ad = "Mine Overseer\n- Accountable for 2-3 mining sections and approx. 250-300 employees\n"
    (team,) = [r for r in extract_requirements(ad).requirements if r.kind == "team-size"]
    assert team.min_people == 250


def test_vehicle_data_is_no_automotive_career() -> None:
    ad = "Backend Engineer\n- 3+ years in the automotive industry (mandatory)\n"
    apps = "EXPERIENCE\nBackend Engineer, ParkFlow (parking app; vehicle data APIs), 2019 - Present\n"
    assert "objection:industry" in topics("Backend Engineer", apps, ad)
    maker = "EXPERIENCE\nBackend Engineer, Voltra (electric vehicle manufacturer), 2019 - Present\n"
    assert "objection:industry" not in topics("Backend Engineer", maker, ad)
