"""Gap analysis, tenth round: rules written from development cases left over from earlier rounds and from
`dev10.jsonl`, each beside a case the rule must leave alone."""

from __future__ import annotations

from datetime import date

from tests.gap_probe import GapProbe

TODAY = date(2025, 3, 1)
PROBE = GapProbe(TODAY)
topics = PROBE.topics


def test_a_typical_degree_is_not_held_against_an_engineer_without_a_description() -> None:
    # The library's software engineer: "Bachelor's in computer science ..., or equivalent experience"; below
    # the executive seats the usual degree is not raised unasked (round 12), for the seasoned or the junior.
    seasoned = (
        "EXPERIENCE\nBackend Engineer, Shopwise - Jan 2016 - Dec 2023\n"
        "Software Developer, Cartly - Mar 2013 - Dec 2015\n"
    )
    assert "objection:degree" not in topics("Backend Engineer", seasoned)
    junior = "EXPERIENCE\nJunior Developer, Cartly - Mar 2023 - Present\n"
    assert "objection:degree" not in topics("Backend Engineer", junior)
    asked = "Backend Engineer\n- BSc in Computer Science required\n"
    assert "objection:degree" in topics("Backend Engineer", junior, asked)


def test_a_charge_nurse_making_assignments_leads_that_team() -> None:
    from interviewer.interview.resume_facts import extract_facts

    charge = "• Charge nurse 2–3 shifts a week (Jan 2019 – Sep 2021): assignments for 7 RNs and 3 CNAs\n"
    assert extract_facts(charge, TODAY).max_team_size == 10
    # Caring for patients is no team.
    assert extract_facts("Cared for 5 patients a shift on a 36-bed unit\n", TODAY).max_team_size is None


def test_an_amount_that_names_a_project_is_a_budget_run() -> None:
    from interviewer.interview.resume_facts import extract_facts

    fielding = "• Project lead for the $4.2M fielding of 46 new tactical vehicles across 6 companies\n"
    assert extract_facts(fielding, TODAY).max_project_usd == 4_200_000
    assert extract_facts("• Delivered a £3M ERP implementation on time\n", TODAY).max_project_usd == 3_750_000
    # Pay, and an amount saved, are no budget.
    assert extract_facts("• Saved $2M in project costs; base salary $120K\n", TODAY).max_project_usd is None


def test_degrees_written_the_short_way_are_read() -> None:
    from interviewer.interview.degrees import _degrees

    assert _degrees("BS, Mech. Eng. | University of Minnesota, 2018") == ["bachelor"]
    assert _degrees("AB in Economics, Harvard College") == ["bachelor"]
    assert _degrees("BASc Mechanical Engineering, University of Waterloo") == ["bachelor"]
    assert _degrees("MSW, Columbia University") == ["master"]
    assert _degrees("Maestría en Finanzas, ITAM") == ["master"]
    assert _degrees("Doctor of Business Administration, Henley, 2019") == ["phd"]
    # A state after a city, and Microsoft's office suite, are no degrees.
    assert _degrees("Boston, MA, 02110") == []
    assert _degrees("Skills: MS Office, BA tools") == []


def test_two_employers_written_company_first_are_two_stays() -> None:
    resume = (
        "WORK EXPERIENCE\n\nBayou City Power Services – Houston, TX\n"
        "Journeyman Electrician / Lead Hand ... 03/2020 – Present\n* Lead 2–3 apprentices\n\n"
        "Gulf Coast Electric Co. – Houston, TX\nJourneyman Electrician ... 2013 – Feb. 2020\n"
        "Apprentice Electrician ... Aug 2009 – 2013\n* Service upgrades\n"
    )
    assert "objection:tenure" not in topics("Journeyman Electrician", resume, today=date(2024, 3, 1))
    # Promotions under one company line are still one stay.
    one = (
        "WORK EXPERIENCE\n\nGulf Coast Electric Co. – Houston, TX\nMaster Electrician ... 2020 – Present\n"
        "Journeyman Electrician ... 2013 – 2020\nApprentice Electrician ... 2009 – 2013\n"
    )
    assert "objection:tenure" in topics("Journeyman Electrician", one, today=date(2024, 3, 1))


def test_a_project_value_answers_a_project_budget_not_a_revenue() -> None:
    from interviewer.interview.resume_facts import extract_facts

    facts = extract_facts("- Led the core-banking finance migration (CHF 40m programme)\n", TODAY)
    assert facts.max_budget_usd is None and facts.max_project_usd == 44_000_000
    ad = "Project Manager\n- Experience managing project budgets of $3M or more\n"
    resume = "EXPERIENCE\nProject lead, Acme 2015 - 2024\n- Led the $4.2M fielding of 46 trucks\n"
    assert "objection:scope" not in topics("Project Manager", resume, ad)


def test_a_summary_that_puts_the_years_in_the_field_is_no_career_change() -> None:
    resume = (
        "MEGHAN O'ROURKE\nSUMMARY\nTechnical writer with 7 years' experience documenting SaaS products.\n"
        "EXPERIENCE\nDocumentation Specialist, Tidewater Software Inc. - Jan 2018 - Dec 2022\n"
        "Technical Writer, Northbeam Analytics - Jan 2023 - Feb 2025\n"
    )
    assert "objection:career-change" not in topics("Technical Writer", resume, today=date(2025, 3, 1))
    moving = resume.replace("Technical writer with 7 years'", "Moving into technical writing after 7 years'")
    moving = moving.replace("Technical Writer, Northbeam", "Support Agent, Northbeam")
    assert "objection:career-change" in topics("Technical Writer", moving, today=date(2025, 3, 1))


def test_years_in_another_function_do_not_make_a_career_changer_overqualified() -> None:
    ad = "Junior UX Designer\n- 0-2 years of experience in UX or product design\n"
    resume = (
        "JESS TRAN\nAbout\nAfter 11 years in retail I moved into UX.\n"
        "UX Designer (volunteer project), Food Hub - Jun 2023 - present\n"
        "Store Manager, Harvey & Lane Home - 2012 - Jan 2023\n"
    )
    assert "objection:overqualified" not in topics("Junior UX Designer", resume, ad, today=date(2024, 3, 1))
    stayed = resume.replace("I moved into UX.", "I want a junior seat.")
    assert "objection:overqualified" in topics("Junior UX Designer", stayed, ad, today=date(2024, 3, 1))


def test_a_degree_in_lieu_of_experience_is_one_way_in() -> None:
    ad = (
        "Security Specialist (Physical Security)\n"
        "You may qualify on education in lieu of specialized experience: Ph.D. or equivalent doctoral "
        "degree.\n"
    )
    resume = "EDUCATION\nAssociate of Applied Science, Criminal Justice, 2012\n"
    assert "objection:degree" not in topics("Security Specialist", resume, ad)
    required = "Security Specialist\n- A Ph.D. in criminology is required.\n"
    assert "objection:degree" in topics("Security Specialist", resume, required)


def test_a_remote_first_role_with_monthly_office_days_asks_no_move() -> None:
    ad = (
        "Head of Operations\nCovera · Remote (UK)\n"
        "We're remote-first within the UK. You'll need to be based in the UK and able to travel to our "
        "London office about once a month for team days.\n"
    )
    resume = "GARETH PRYCE\nHeadingley, Leeds · 07700 900623\n"
    assert "objection:relocation" not in topics("Head of Operations", resume, ad)
    on_site = "Head of Operations\nLocation: London (on-site, 4 days a week)\n"
    assert "objection:relocation" in topics("Head of Operations", resume, on_site)


def test_a_school_name_is_no_field_of_study() -> None:
    ad = "QC Lab Technician\n- A Level 8 degree in Food Science, Chemistry or a related science discipline\n"
    chef = "EDUCATION\nBA (Hons) Culinary Arts - Dublin Institute of Technology, 2008 - 2012\n"
    assert "objection:degree" in topics("QC Laboratory Technician", chef, ad)
    chemist = "EDUCATION\nBSc Chemistry - Dublin Institute of Technology, 2008 - 2012\n"
    assert "objection:degree" not in topics("QC Laboratory Technician", chemist, ad)
    # "School of Computing" does name a field.
    computing = "EDUCATION\nBSc, School of Computing, University of Kent, 2014\n"
    asks = "Developer\n- A degree in computing required\n"
    assert "objection:degree" not in topics("Developer", computing, asks)


def test_a_degree_still_being_studied_for_is_not_held() -> None:
    from interviewer.interview.degrees import _degrees

    assert _degrees("2020 - to date Bachelor of Pharmacy (Upgrading), Mount Kenya University") == []
    assert _degrees("Bachelor of Pharmacy, Mount Kenya University - currently in Year 2") == []
    assert _degrees("Contaduría Pública (7th semester), Universidad Central") == []
    assert _degrees("BSc Computer Science, 2nd year prize, 2014") == ["bachelor"]
    assert _degrees("BSc Biology 2010-2014; Analyst 2015 - present") == ["bachelor"]


def test_degrees_of_other_systems_are_read() -> None:
    from interviewer.interview.degrees import _degrees

    assert _degrees("BMS, Mumbai University") == ["bachelor"]
    assert _degrees("B. Sc. in Computer Science") == ["bachelor"]
    assert _degrees("MCA, Anna University") == ["master"]
    assert _degrees("Erstes Staatsexamen Rechtswissenschaften") == ["master"]
    assert _degrees("Ir. Werktuigbouwkunde, TU Delft") == ["master"]
    assert _degrees("Referees: Drs. Jansen, manager") == []


def test_a_resume_written_as_one_paragraph_is_read_sentence_by_sentence() -> None:
    from interviewer.interview.resume_facts import extract_facts

    paragraph = (
        "KYLE MENSAH - Chef de partie - Hackney London E8. Hard working chef, 7 years in kitchens, calm in "
        "service and clean section. EXPERIENCE: Senior Chef de Partie at Marrow Hackney Feb 2024 - Jun 2024, "
        "ran meat section and trained 2 commis. Chef de Partie at The Grain Store Hotel May 2023 - Jan 2024, "
        "afternoon tea up to 120 covers and banqueting larder up to 200. Chef de Partie at Sable Shoreditch "
        "Jun 2022 - Apr 2023, sauce section. Demi CDP at Bistro Lumiere Soho Aug 2021 - May 2022, grill."
    )
    facts = extract_facts(paragraph, date(2025, 3, 1))
    assert [j.dates for j in facts.jobs][:2] == ["Feb 2024 - Jun 2024", "May 2023 - Jan 2024"]
    assert "objection:job-hopping" in topics("Chef de Partie", paragraph, today=date(2025, 3, 1))
    # A short line keeps its commas: "Analyst, Acme, 2019 - 2021, London" is one position.
    assert len(extract_facts("Analyst, Acme, 2019 - 2021, London\n", TODAY).jobs) == 1


def test_a_county_abbreviation_ends_no_location() -> None:
    ad = "QA Manager – API Manufacturing\nLocation: Ringaskiddy, Co. Cork\n"
    nearby = "AOIFE CRONIN\nBallincollig, Co. Cork  •  087 555 2194\n"
    assert "objection:relocation" not in topics("QA Manager", nearby, ad)
    away = "AOIFE CRONIN\nGalway  •  087 555 2194\n"
    assert "objection:relocation" in topics("QA Manager", away, ad)


def test_manufacturing_that_qualifies_an_industry_is_no_second_industry() -> None:
    from interviewer.interview.requirements import extract_requirements

    pharma = (
        "QA Manager\n• Minimum 5 years QA experience in a GMP-regulated pharmaceutical or biopharmaceutical "
        "manufacturing environment – essential\n"
    )
    [asked] = [r for r in extract_requirements(pharma).requirements if r.kind == "industry"]
    assert asked.names == ("pharma",)
    either = "Ops Manager\n- Experience in manufacturing or logistics required\n"
    [asked] = [r for r in extract_requirements(either).requirements if r.kind == "industry"]
    assert set(asked.names) == {"manufacturing", "logistics"}
