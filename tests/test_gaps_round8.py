"""Gap analysis, eighth round: who employed the candidate in each position, so that promotions at one
employer are one stay (for the tenure and the job-hopping objections alike) while moves between employers
stay moves; each rule beside a case it must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.headings import _heading_kind
from interviewer.interview.resume_facts import extract_facts
from interviewer.interview.roles import resolve_role
from tests.gap_probe import GapProbe

TODAY = date(2024, 8, 1)
PROBE = GapProbe(TODAY)
topics = PROBE.topics


PROMOTED = """KEISHA MORGAN
Austin, TX 78704 | (512) 555-0193 | keisha@example.com

EXPERIENCE

Northwind Cloud - Austin, TX
Senior Product Manager, Billing & Payments Platform | Apr 2023 - Present
- Own the payment methods roadmap.

Product Manager II, Billing & Payments | Mar 2022 - Mar 2023
- Shipped a new checkout.

Product Manager, Billing Experience | Mar 2021 - Feb 2022
- Rebuilt the invoice pages.

Lonestar Health IT - Austin, TX
Product Manager | Jan 2019 - Feb 2021
- Owned the patient payments module.
"""


def test_promotions_under_a_company_line_are_one_stay_not_hopping() -> None:
    assert "objection:job-hopping" not in topics("Senior Product Manager", PROMOTED)
    facts = extract_facts(PROMOTED, TODAY)
    assert {j.employer for j in facts.jobs[:3]} == {"Northwind Cloud - Austin, TX"}


def test_the_same_layout_with_a_company_per_position_is_still_hopping() -> None:
    moves = PROMOTED.replace("\nProduct Manager II", "\nBrightpay Inc - Austin, TX\nProduct Manager II")
    moves = moves.replace("\nProduct Manager, Billing", "\nLedgerly - Dallas, TX\nProduct Manager, Billing")
    assert "objection:job-hopping" in topics("Senior Product Manager", moves)


LINKEDIN = """Rohan Kulkarni
Bengaluru, Karnataka, India

Experience

Kitebox
Product Manager
Jan 2024 - Present (1 year)
Own seller onboarding and payouts.

PaySetu
Product Manager
Nov 2022 - Dec 2023 (1 year 2 months)
Owned the BNPL checkout product.

LearnLoop
Associate Product Manager
Oct 2021 - Oct 2022 (1 year 1 month)
Managed the learner mobile app.

Infosys
Business Analyst
Jul 2018 - Sep 2021 (3 years 3 months)
"""


def test_a_company_title_dates_block_names_the_company_not_the_title() -> None:
    facts = extract_facts(LINKEDIN, date(2024, 12, 1))
    assert [j.employer for j in facts.jobs] == ["Kitebox", "PaySetu", "LearnLoop", "Infosys"]
    assert all("nths" not in j.title for j in facts.jobs)  # "(1 year 2 months)" is a length, all of it
    assert "objection:job-hopping" in topics("Senior Product Manager", LINKEDIN, today=date(2024, 12, 1))
    # The same employer over two blocks is one stay: a promotion, not a move.
    promoted = LINKEDIN.replace("PaySetu", "Kitebox")
    assert "objection:job-hopping" not in topics("Senior Product Manager", promoted, today=date(2024, 12, 1))


def test_a_name_in_capitals_and_a_contact_line_employ_no_one() -> None:
    resume = """MARCUS OYELARAN
Houston, TX | 832-555-0199 | marcus@example.com

SALES TEAM LEAD, Crestline Telecom — 09/2025 - Present
- Lead 7 reps

ACCOUNT EXECUTIVE, Fieldpoint Software — 03/2024 - 08/2025
- 112% of quota

ACCOUNT EXECUTIVE, NorthRidge Payroll — 11/2022 - 02/2024
- Closed 41 new logos

SALES DEVELOPMENT REP, Ample Logistics — 06/2021 - 10/2022
"""
    facts = extract_facts(resume, date(2026, 11, 29))
    assert {j.employer for j in facts.jobs} == {""}
    assert "objection:job-hopping" in topics("Sales Manager", resume, today=date(2026, 11, 29))


def test_headings_in_brackets_and_in_italian_chinese_and_korean() -> None:
    assert _heading_kind("【工作经历】") == "experience"
    assert _heading_kind("【教育背景】") == "excluded"
    assert _heading_kind("ESPERIENZE PROFESSIONALI") == "experience"
    assert _heading_kind("경력사항") == "experience"
    assert _heading_kind("[Experience]") == "experience"
    assert _heading_kind("【张伟】") is None


def test_a_title_no_library_role_is_near_gets_no_usual_requirements() -> None:
    role = resolve_role("Staff Pharmacist")
    assert role.unmatched
    resume = "EXPERIENCE\nPharmacist, Rexall | 2016 - present\nEDUCATION\nBachelor of Pharmacy, 2015\n"
    assert "objection:degree" not in topics("Staff Pharmacist", resume)  # no "usually prefers an MBA"
    assert not resolve_role("Product Manager").unmatched


def test_the_years_before_a_graduation_date_were_study() -> None:
    resume = (
        "EXPERIENCE\nStaff Accountant, Acme | 06/2017 – 02/2021\n"
        "Audit Intern, Hallorann CPAs | 05/2016 – 08/2016\n"
        "EDUCATION\nBachelor of Science in Business, Major: Accountancy — May 2017\n"
    )
    assert "objection:gap" not in topics("Accountant", resume, today=date(2021, 3, 1))
    left = resume.replace("May 2017", "May 2012")  # graduated long before: the months are a gap again
    assert "objection:gap" in topics("Accountant", left, today=date(2021, 3, 1))


AHPRA = """Registered Nurse - Emergency Department
Essential criteria
- Current registration as a Registered Nurse with the Australian Health Practitioner Regulation Agency (AHPRA)
- Minimum two years' post-registration emergency nursing experience
"""


def test_a_licence_from_another_regulator_or_pending_does_not_answer() -> None:
    nmc = "Manchester, UK\nNMC PIN: 14I5550E | Registered Nurse (Adult) since September 2014\nEXPERIENCE\n"
    assert "objection:degree" in topics("Registered Nurse", nmc, AHPRA)
    pending = "Perth, WA\nAHPRA registration - application in progress\n"
    assert "objection:degree" in topics("Registered Nurse", pending, AHPRA)
    held = "Perth, WA\nRegistered Nurse, AHPRA NMW0001234567\n"
    assert "objection:degree" not in topics("Registered Nurse", held, AHPRA)
    silent = "Perth, WA\nEXPERIENCE\nStaff Nurse (RN), Fiona Stanley Hospital | 2016 - present\n"
    assert "objection:degree" not in topics("Registered Nurse", silent, AHPRA)


def test_another_class_of_licence_with_the_same_regulator_does_not_answer() -> None:
    ad = (
        "Staff Pharmacist\nQualifications\n"
        "- Registered Pharmacist in good standing with the Ontario College of Pharmacists — required\n"
    )
    technician = "Licensure\n- Ontario College of Pharmacists — Registered Pharmacy Technician (since 2021)\n"
    assert "objection:degree" in topics("Staff Pharmacist", technician, ad)
    pharmacist = "Licensure\n- Ontario College of Pharmacists — Registered Pharmacist, Part A (since 2021)\n"
    assert "objection:degree" not in topics("Staff Pharmacist", pharmacist, ad)


def test_the_team_led_not_the_plant_served_nor_the_company_size() -> None:
    ad = (
        "About the Company: Kaveri makes chassis parts, with 5 plants and 4,500+ employees.\n"
        "- Act as HR Business Partner to the Plant Head for a plant of ~1,200 employees.\n"
        "- Manage a team of 2–3 HR officers.\n"
    )
    resume = "EXPERIENCE\nHRBP, Chakan plant | 2022 - present\n- Manage a team of 3 HR executives.\n"
    assert "objection:scope" not in topics("HR Business Partner", resume, ad)
    assert "objection:scope" in topics(
        "HR Business Partner", resume.replace("team of 3", "team of 0"), ad.replace("2–3", "20")
    )


def test_alternatives_to_a_degree_or_beside_a_certification() -> None:
    vocational = "- Completed vocational training as Kaufmann für Spedition or a degree in logistics\n"
    resume = "EXPERIENCE\nSpeditionskaufmann, Kühne | 2017 - present\n"
    assert "objection:degree" not in topics("Logistics Coordinator", resume, vocational)
    assert "objection:degree" in topics(
        "Logistics Coordinator", resume, "- A degree in logistics is required\n"
    )
    cfo = "- CPA and/or MBA required\n"
    mba = (
        "EXPERIENCE\nVP Finance, Lakeshore | 2017 - present\n"
        "EDUCATION\nMBA, Kellogg School of Management, 2012\n"
    )
    assert "objection:degree" not in topics("Chief Financial Officer", mba, cfo)
    assert "objection:degree" in topics("Chief Financial Officer", mba, "- CPA required\n")


def test_a_founders_ceo_title_is_no_step_down() -> None:
    founder = (
        "EXPERIENCE\nCo-founder & CEO — Tallyho, Toronto | Feb 2020 – Sep 2023\n"
        "Product Manager, Shopify | 2016 - 2020\n"
    )
    assert "objection:overqualified" not in topics("Senior Product Manager", founder, today=date(2024, 1, 1))
    hired = founder.replace("Co-founder & CEO", "CEO")
    assert "objection:overqualified" in topics("Senior Product Manager", hired, today=date(2024, 1, 1))


def test_a_permanent_contract_is_no_short_contract() -> None:
    resume = "EXPERIENCE\n" + "".join(
        f"Dock Team Leader — Permanent contract (CDI) {name}, Lyon | {dates}\n"
        for name, dates in (("Rhône", "01/2025 – present"), ("TransAlp", "03/2024 – 12/2024"),
                            ("Logivia", "01/2023 – 02/2024"), ("Fresh", "11/2021 – 12/2022"))
    )  # fmt: skip
    assert "objection:job-hopping" in topics("Logistics Supervisor", resume, today=date(2025, 6, 1))
    fixed = resume.replace("Permanent contract", "Fixed-term contract")
    assert "objection:job-hopping" not in topics("Logistics Supervisor", fixed, today=date(2025, 6, 1))


def test_a_commuter_town_is_no_move() -> None:
    ad = "Backend Engineer\nHybrid: 2 days per week at our office next to Amsterdam Centraal\n"
    assert "objection:relocation" not in topics(
        "Backend Engineer", "Kanaalstraat 112, Utrecht (Netherlands)\n", ad
    )
    assert "objection:relocation" in topics("Backend Engineer", "Rua Augusta 10, Lisbon, Portugal\n", ad)


LINKEDIN_PDF = """Experience
Corvant Medical
12 years 1 month
Regional Sales Manager, Southeast
January 2019 - Present (5 years 10 months)
Charlotte, North Carolina, United States
- Lead a team of 6 territory managers.
Senior Territory Manager
January 2016 - December 2018 (3 years)
Charlotte, North Carolina, United States
Territory Manager
October 2012 - December 2015 (3 years 3 months)
Columbia, South Carolina, United States
- Grew territory from $1.1M to $2.4M.
Piedmont Surgical Supply
Account Executive
June 2008 - September 2012 (4 years 4 months)
"""


def test_a_company_over_its_total_length_holds_the_positions_below() -> None:
    today = date(2024, 11, 1)
    facts = extract_facts(LINKEDIN_PDF, today)
    assert [j.employer for j in facts.jobs] == ["Corvant Medical"] * 3 + ["Piedmont Surgical Supply"]
    assert "objection:tenure" in topics("National Sales Director", LINKEDIN_PDF, today=today)
    # Without the company's total length, each title over its dates is its own block: no stay is joined.
    loose = LINKEDIN_PDF.replace("12 years 1 month\n", "")
    assert "objection:tenure" not in topics("National Sales Director", loose, today=today)


def test_a_professions_title_asks_for_its_own_degree_without_a_description() -> None:
    contracts = (
        "EXPERIENCE\nSenior Contracts Manager, Front Range | 2019 - 2023\n"
        "EDUCATION\nB.A., Political Science\n"
    )
    assert "objection:degree" in topics("Legal Counsel", contracts)
    lawyer = contracts + "J.D., University of Denver Sturm College of Law, 2012\n"
    assert "objection:degree" not in topics("Legal Counsel", lawyer)
    # A description, when given, is the whole of what the employer asks.
    assert "objection:degree" not in topics("Legal Counsel", contracts, "Legal Counsel\nContract drafting.\n")


def test_a_preferred_degree_required_of_candidates_without_something() -> None:
    ad = "Requirements\n- MBA preferred; required for candidates without P&L experience\n"
    marketer = (
        "EXPERIENCE\nRegional Marketing Director | 2015 - present\n- Own a S$8m brand budget\n"
        "EDUCATION\nBA, 2010\n"
    )
    assert "objection:degree" in topics("Business Unit Director", marketer, ad)
    general = marketer.replace("Own a S$8m brand budget", "Own the P&L of a S$40m business")
    assert "objection:degree" not in topics("Business Unit Director", general, ad)
    assert "objection:degree" not in topics("Business Unit Director", marketer, "- MBA preferred\n")


def test_a_licence_held_since_a_date_is_no_job() -> None:
    resume = (
        "Manchester, UK\nNMC PIN: 14I5550E | Registered Nurse (Adult) since September 2014\n"
        "EXPERIENCE\nED Nurse, Manchester Royal Infirmary | 2018 - present\n"
        "Staff Nurse, Salford Royal | 2014 - 2018\n"
        "LICENSURE & EXAMINATIONS\nRegistered Pharmacist, Punjab State Pharmacy Council (2013–2019)\n"
    )
    facts = extract_facts(resume, date(2026, 11, 1))
    assert [j.dates for j in facts.jobs] == ["2018 - present", "2014 - 2018"]
    assert "objection:tenure" not in topics("Registered Nurse", resume, today=date(2026, 11, 1))
    # "Pinduoduo" is an employer, not a PIN.
    assert extract_facts("EXPERIENCE\n2022.08 – 2023.09 | Pinduoduo, Shanghai | Designer\n", TODAY).jobs


def test_a_plan_says_when_no_library_role_was_near() -> None:
    from interviewer.interview.plan import build_plan
    from interviewer.interview.profile import Profile

    pharmacist = build_plan(Profile(role=resolve_role("Staff Pharmacist")), [], seed=0)
    assert pharmacist.role_id == "general" and pharmacist.contract()["role_matched"] is False
    cfo = build_plan(Profile(role=resolve_role("cfo")), [], seed=0)
    assert cfo.contract()["role_matched"] is True
