"""Gap analysis, fifteenth round: rules written from development cases, each beside a case the rule must
leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.industries import resume_industries
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.resume_facts import extract_facts
from tests.gap_probe import GapProbe

TODAY = date(2026, 3, 1)
PROBE = GapProbe(TODAY)
topics = PROBE.topics


def test_a_move_the_description_names_as_a_way_in_is_no_career_change() -> None:
    resume = (
        "Dana Holt\nEXPERIENCE\nWarehouse Supervisor, Royal Logistic Corps, Jan 2015 - Present\n"
        "- Ran a 40-person stores team on shifts\n"
    )
    ad = (
        "Night Shift Manager\n- 2+ years' shift management experience in a warehouse or distribution centre\n"
    )
    assert "objection:career-change" not in topics("Night Shift Manager", resume, ad)
    # A wish, or a degree's subjects, opens no door: a nurse is still new to selling.
    nurse = "Ana Ruiz\nEXPERIENCE\nStaff Nurse, St Anne's Hospital, Jan 2015 - Present\n"
    sales = (
        "Account Executive\n- 3+ years of closing experience in B2B SaaS\n"
        "- A nurse or clinical background is a big plus\n"
        "- Degree in nursing, business or a related field\n"
    )
    assert "objection:career-change" in topics("Account Executive", nurse, sales)


def test_a_stay_ending_on_a_bare_year_runs_on_into_the_next_post_at_the_same_organisation() -> None:
    resume = (
        "Thandi Nkosi\nEXPERIENCE\n"
        "Lynnwood Animal Hospital, Pretoria — Senior Veterinary Nurse\n2019 – current\n"
        "Lynnwood Animal Hospital, Pretoria — Veterinary Nurse\nFeb 2014 – 2018\n"
    )
    assert "objection:tenure" in topics("Veterinary Nurse", resume, today=date(2026, 1, 15))
    # Another organisation a year on is a move, however the year is written.
    moved = resume.replace(
        "Lynnwood Animal Hospital, Pretoria — Senior", "Brooklyn Pet Hospital, Pretoria — Senior"
    )
    assert "objection:tenure" not in topics("Veterinary Nurse", moved, today=date(2026, 1, 15))


def test_a_company_line_with_the_post_below_reads_the_post_as_the_title() -> None:
    resume = (
        "Daniel Kim\nEXPERIENCE\nWacker Street Capital Management, Chicago, IL 2019 - Present\n"
        "Senior Equity Research Analyst, Mid-Cap Value\n- Cover 30 industrials names\n"
        "Prairie Securities LLC, Chicago, IL 2016 - 2019\nEquity Research Associate, Industrials\n"
    )
    titles = [job.title for job in extract_facts(resume, TODAY).jobs]
    assert (
        titles[0]
        == "Senior Equity Research Analyst, Mid-Cap Value, Wacker Street Capital Management, Chicago, IL"
    )
    assert titles[1] == "Equity Research Associate, Industrials, Prairie Securities LLC, Chicago, IL"
    # A line that already holds the post keeps it, and a bullet below is no post.
    titled = "Ann Lee\nEXPERIENCE\nBuyer, Kestrel Foods Ltd | 2019 - Present\n- Bought packaging\n"
    assert [job.title for job in extract_facts(titled, TODAY).jobs] == ["Buyer, Kestrel Foods Ltd"]


def test_experience_substituted_for_a_degree_in_the_next_sentence_softens_it() -> None:
    ad = (
        "Systems Administrator II\nRequired qualifications\n"
        "- Bachelor's degree in Computer Science, plus 5 years of relevant experience. An additional 4 years"
        " of relevant experience may be substituted in lieu of a degree (9 years total)\n"
    )
    (degree,) = [r for r in extract_requirements(ad).requirements if r.kind == "degree"]
    assert degree.preferred
    firm = ad.replace(
        "An additional 4 years of relevant experience may be substituted in lieu of a degree", ""
    )
    (required,) = [r for r in extract_requirements(firm).requirements if r.kind == "degree"]
    assert not required.preferred


def test_demand_planning_and_replenishment_are_supply_chain_work() -> None:
    resume = (
        "Marcus Reed\nEXPERIENCE\nInventory Replenishment Analyst, Peachtree Markets, Sep 2024 - Present\n"
        "Supply Chain Analyst, Southline Grocers, Oct 2020 - Aug 2024\n"
    )
    assert "objection:career-change" not in topics("Demand Planner", resume)
    teacher = resume.replace("Inventory Replenishment", "Mathematics").replace("Supply Chain", "Science")
    assert "objection:career-change" in topics("Demand Planner", teacher)


def test_a_food_or_cosmetics_maker_is_in_consumer_goods_a_retailers_departments_are_not() -> None:
    ad = "Brand Manager\n- A background in FMCG is essential\n"
    maker = (
        "Hannah Oduya\nEXPERIENCE\nBrand Manager, Pennine Bakehouse Ltd, Sept 2019 - Present\n"
        "- Own two biscuit brands listed in Tesco and Asda\n"
    )
    assert "objection:industry" not in topics("Brand Manager", maker, ad)
    retailer = (
        "Marcus Reed\nEXPERIENCE\nDemand Planning Analyst, ValuMart Discount Stores, Jan 2019 - Present\n"
        "- Forecast weekly demand for household and health & beauty categories\n"
    )
    assert "objection:industry" in topics("Brand Manager", retailer, ad)


def test_headings_degrees_and_an_accountants_bank_work_are_no_sector() -> None:
    assert resume_industries("EDUCATION\nSKILLS\nEXPERIENCE") == []
    assert (
        resume_industries("- Monthly bank reconciliations and bank statements\n- Food bank volunteer") == []
    )
    assert resume_industries("- Briefed creative and media agencies; planned paid media") == []
    assert resume_industries("Senior Analyst, Westpac Bank") == ["financial services"]
    resume = (
        "Eva Moss\nEXPERIENCE\nQA Lead, Kerry Plastics, 2016 - Present\nEDUCATION\nBSc Biotechnology, 2015\n"
    )
    assert "pharma" not in extract_facts(resume, TODAY).industries
    profile = "Eva Moss\nPROFILE\nMSc engineer with 13 years in offshore oil & gas projects at one operator\n"
    assert "energy" in extract_facts(profile, TODAY).industries


def test_medical_devices_and_pharma_are_neighbours_and_both_life_sciences() -> None:
    devices = (
        "Aoife Byrne\nEXPERIENCE\nQA Engineer, Corlan Medical, 2017 - Present\n"
        "- CAPA and supplier quality at a Class III medical device plant (ISO 13485)\n"
    )
    pharma_ad = "QA Specialist\n- 4 years' QA experience in GMP pharmaceutical manufacturing (essential)\n"
    assert "objection:industry" in topics("QA Specialist", devices, pharma_ad)
    devices_ad = "QA Specialist\n- 5+ years of experience in the medical device industry\n"
    assert "objection:industry" not in topics("QA Specialist", devices, devices_ad)
    either = "QA Specialist\n- 4 years' QA experience in the life sciences sector\n"
    assert "objection:industry" not in topics("QA Specialist", devices, either)


def test_a_wish_after_a_comma_softens_only_what_follows_it() -> None:
    ad = "Head of Finance\n- Senior finance experience in the public sector, ideally within the NHS\n"
    (industry,) = [r for r in extract_requirements(ad).requirements if r.kind == "industry"]
    assert industry.names == ("public sector",) and not industry.preferred
    wish = "Head of Finance\n- Ideally, senior finance experience in the public sector\n"
    (preferred,) = [r for r in extract_requirements(wish).requirements if r.kind == "industry"]
    assert preferred.preferred
