"""Gap analysis, thirteenth round: rules written from development cases, each beside a case the rule must
leave alone."""

from __future__ import annotations

from datetime import date

from tests.gap_probe import GapProbe

TODAY = date(2022, 6, 1)
PROBE = GapProbe(TODAY)
topics = PROBE.topics


def test_one_organisation_leading_each_position_line_is_one_stay() -> None:
    resume = (
        "EXPERIENCE\n"
        "Krauss Automotive AG, München, HR Business Partner – R&D and IT\n04/2013 – today\n"
        "- Partner to 1,100 employees\n"
        "Krauss Automotive AG, München, HR Specialist – Production\n09/2008 – 03/2013\n"
        "- Payroll and works council\n"
    )
    assert "objection:tenure" in topics("HR Business Partner", resume)
    # A post that two schools both name first is no employer.
    posts = (
        "EXPERIENCE\n"
        "Head of School, Riverside Academy\n04/2013 – today\n- Led 40 staff\n"
        "Head of School, Hillcrest College\n09/2008 – 03/2013\n- Led 30 staff\n"
    )
    assert "objection:tenure" not in topics("Head of School", posts)


def test_a_long_stay_that_has_ended_is_no_tenure_question() -> None:
    resume = "EXPERIENCE\nFinancial Controller, Sundaram Auto Components Ltd\nJul 2008 – Apr 2022\n- Led 16\n"
    assert "objection:tenure" not in topics("Accountant", resume)
    current = "EXPERIENCE\nFinancial Controller, Sundaram Auto Components Ltd\nJul 2008 – Present\n- Led 16\n"
    assert "objection:tenure" in topics("Accountant", current)


def test_a_state_written_out_is_the_state() -> None:
    resume = "Darnell Hughes\nHarker Heights, Texas | d@example.com\nEXPERIENCE\nOps Lead, Army, 2003 - 2023"
    ad = "Operations Manager\nBrazos Valley Foods | Temple, TX | On-site | Full-time\n"
    assert "objection:relocation" not in topics("Operations Manager", resume, ad)
    far = "Darnell Hughes\nTucson, Arizona | d@example.com\nEXPERIENCE\nOps Lead, Army, 2003 - 2023"
    assert "objection:relocation" in topics("Operations Manager", far, ad)


def test_a_remote_title_outweighs_a_region_to_live_in() -> None:
    resume = "Priya Raman\nMinneapolis, MN\nEXPERIENCE\nRegistered Nurse, Abbott Northwestern, 2016 - Present"
    ad = (
        "Account Executive, Mid-Market Health Systems (Remote - Midwest)\nCaretrail\n"
        "- Must live in the Midwest territory, ideally near a major airport (MSP, ORD, DTW)\n"
    )
    assert "objection:relocation" not in topics("Account Executive", resume, ad)


def test_a_teacher_is_new_to_instructional_design() -> None:
    resume = (
        "Maria Fernandes\nEXPERIENCE\n"
        "Instructional Designer, LearnLoop Inc., Toronto\nAug 2021 – Present\n- Built 40 modules\n"
        "Secondary School Teacher – Science, Peel District School Board\nSep 2009 – Jun 2021\n- Taught\n"
    )
    assert "objection:career-change" in topics("Instructional Designer", resume)
    designer = resume.replace("Secondary School Teacher – Science", "Learning Designer")
    assert "objection:career-change" not in topics("Instructional Designer", designer)


RN = "EXPERIENCE\nStaff Nurse (RN), Mercy Hospital\n2015 - Present\n- ICU nights\nEDUCATION\n"


def test_the_lowest_degree_an_ad_accepts_is_what_it_asks() -> None:
    either = "ICU RN\nQualifications\n- Graduate of a nursing school (ADN or BSN); BSN preferred\n"
    assert "objection:degree" not in topics("ICU RN", RN + "ADN, Tulsa Community College, 2014\n", either)
    french = (
        "Responsable maintenance\nProfil\nDe formation Bac+5 type école d'ingénieur, ou Bac+2/3 (BTS MI, DUT "
        "GIM, Licence pro) complétée par une solide expérience.\n"
    )
    assert "objection:degree" not in topics("Responsable maintenance", RN + "BTS Maintenance, 2008\n", french)
    # A required degree beside a preferred higher one is still required.
    both = "Nurse Manager\nQualifications\n- BScN required; Master's degree in Nursing preferred\n"
    assert "objection:degree" in topics("Nurse Manager", RN + "Diploma in Practical Nursing, 2010\n", both)
    assert "objection:degree" not in topics("Nurse Manager", RN + "BScN, McMaster, 2010\n", both)


def test_a_certification_the_ad_accepts_instead_of_a_degree() -> None:
    ad = "Procurement Manager\n- MCIPS, or a degree-level qualification in procurement plus experience\n"
    resume = "EXPERIENCE\nBuyer, Leeds City Council\n2011 - Present\nEDUCATION\nBA (Hons) History\n"
    assert "objection:degree" not in topics("Procurement Manager", resume + "MCIPS since 2014\n", ad)
    assert "objection:degree" in topics("Procurement Manager", resume, ad)


def test_what_an_ad_offers_or_says_it_does_not_need_is_not_asked() -> None:
    ad = (
        "Accounts Payable Specialist\nRequirements:\n- min. 1 year of experience in Accounts Payable\n"
        "We offer:\n- language courses and certified trainings (ACCA support)\n"
        "- Knowledge of the NHS is not required for this role.\n"
    )
    resume = "EXPERIENCE\nAP Specialist, Acme\n2018 - Present\n- Invoices\n"
    assert topics("Accounts Payable Specialist", resume, ad) == []
    asked = "Accounts Payable Specialist\nRequirements:\n- ACCA qualified\n- NHS experience required\n"
    raised = set(topics("Accounts Payable Specialist", resume, asked))
    assert {"objection:degree", "objection:industry"} <= raised


def test_circa_before_an_amount_and_revenue_that_is_the_employers() -> None:
    ad = "Head of Brand\n- You'll lead a team of 5 and manage an annual brand budget of around £4m.\n"
    resume = "EXPERIENCE\nAccount Director, Hatch, 2015 - Present\n- Client budgets of c.£12m; a team of 7\n"
    assert "objection:scope" not in topics("Head of Brand", resume, ad)
    small = resume.replace("c.£12m", "c.£1m")
    assert "objection:scope" in topics("Head of Brand", small, ad)
    revenue = (
        "Financial Controller\nWith plants in three countries and group revenue of over S$180 million, the "
        "company is looking for a Financial Controller to lead the finance function.\n"
    )
    assert "objection:scope" not in topics("Financial Controller", resume, revenue)


def test_an_employers_own_headcount_in_german() -> None:
    ad = "Projektingenieur\nMit rund 180 Mitarbeitenden am Standort Nürnberg wachsen wir stetig.\n"
    resume = "BERUFSERFAHRUNG\nProjektingenieur, Energieanlagen Süd AG, 2009 - heute\n- Projekte bis 4 Mio. €"
    assert "objection:scope" not in topics("Projektingenieur", resume, ad)
    leads = "Teamleiter\nWir suchen eine Führungskraft, die ein Team von 15 Mitarbeitern leitet.\n"
    assert "objection:scope" in topics("Teamleiter", resume, leads)


def test_a_licence_still_on_its_way() -> None:
    ad = "Project Engineer\n- Professional Engineer (PE) license required – Colorado PE\n"
    resume = "EXPERIENCE\nEngineer-in-Training, Desert Basin, 2018 - Present\nLICENSES\n"
    pending = resume + "PE Civil — exam scheduled, April 2025\n"
    assert "objection:degree" in topics("Project Engineer", pending, ad)
    assert "objection:degree" not in topics("Project Engineer", resume + "PE, Colorado No. 12345\n", ad)
    nurse = "EXPERIENCE\nCharge Nurse, Dubai Hospital, 2015 - 2024\nREGISTRATION\n"
    assert "objection:degree" in topics("Registered Nurse", nurse + "- NCLEX-RN exam scheduled — June 2025\n")
    assert "objection:degree" not in topics("Registered Nurse", nurse + "- NCLEX-RN passed 2016; RN, CRNA\n")


def test_a_safety_officer_is_in_health_and_safety() -> None:
    resume = (
        "EXPERIENCE\nHSE Officer\nAl Manara Contracting W.L.L. – Doha, Qatar\nFebruary 2020 – March 2022\n"
        "- Site inductions\nSafety Officer, DMC Builders Inc. – Makati City\nMay 2014 – May 2017\n"
    )
    assert "objection:career-change" not in topics("HSE Officer", resume)
    assert "objection:career-change" in topics("Data Analyst", resume)


def test_positions_under_one_company_line_dated_since() -> None:
    resume = (
        "Employment History\n\nFreshWay Supermarkets\nStore Manager - Geelong West (since 2011)\n- Ran it\n\n"
        "Produce Department Manager / Store 2IC - Belmont (2006 - 2011)\n- Night fill team\n\n"
        "Kmart Australia\nTeam Leader - Waurn Ponds (2002 - 2006)\n- Checkouts\n"
    )
    assert "objection:tenure" in topics("Area Manager", resume, today=date(2020, 8, 10))
    assert "objection:tenure" not in topics("Area Manager", resume.replace("(since 2011)", "(2011 - 2012)"))


def test_an_assistants_seat_for_someone_who_ran_a_function() -> None:
    resume = (
        "EXPERIENCE\nFinancial Controller, Sundaram Auto Components Ltd\nJul 2008 – Dec 2021\n- Led 16\n"
        "Accounts Executive, Lakshmi Textiles\nJan 2002 – Jun 2008\n- Ledgers\n"
    )
    assert "objection:overqualified" in topics("Assistant Accountant", resume)
    assert "objection:overqualified" not in topics("Assistant Finance Manager", resume)
    peer = resume.replace("Financial Controller", "Accountant")
    assert "objection:overqualified" not in topics("Assistant Accountant", peer)


def test_a_home_in_the_sales_area_is_a_requirement_in_german_too() -> None:
    ad = (
        "Medizinprodukteberater (m/w/d) im Außendienst\nVollzeit · unbefristet\nIhr Profil\n"
        "- Wohnort im Vertriebsgebiet (Raum München/Augsburg) – Voraussetzung\n"
    )
    resume = "Jonas Petersen\nEppendorfer Weg 214, 20251 Hamburg\nBERUFSERFAHRUNG\nPfleger, UKE, 2014 - heute"
    assert "objection:relocation" in topics("Medizinprodukteberater", resume, ad)
    local = resume.replace("20251 Hamburg", "80331 München")
    assert "objection:relocation" not in topics("Medizinprodukteberater", local, ad)


def test_contracting_is_no_controllers_work() -> None:
    resume = (
        "EXPERIENCE\nHSE Officer, Al Manara Contracting W.L.L.\nFebruary 2016 – Present\n- Site inductions\n"
    )
    assert "objection:career-change" in topics("Financial Controller", resume)
    controller = resume.replace("HSE Officer", "Financial Controller")
    assert "objection:career-change" not in topics("Financial Controller", controller)
