"""Gap analysis, twenty-second round. Each rule sits beside a case it must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.licences import lapsed, pending_credential
from interviewer.interview.objections import find_gaps
from interviewer.interview.reading import _team_sizes
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.resume_facts import extract_facts
from interviewer.interview.roles import resolve_role
from tests.gap_probe import GapProbe

TODAY = date(2026, 3, 1)
PROBE = GapProbe(TODAY)
topics = PROBE.topics
AD = (
    "Disponent\n\nProfil\n"
    "- Gültiger Schulungsnachweis als Gefahrgutbeauftragter (Straße) gemäß GbV – zwingend\n"
)


def industries_required(ad: str) -> list[tuple[tuple[str, ...], bool]]:
    return [(r.names, r.preferred) for r in extract_requirements(ad).requirements if r.kind == "industry"]


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


def test_a_role_that_leads_leaders_against_a_candidate_who_led_only_the_team() -> None:
    ad = "Operations Manager\n\nDe functie\n- Je stuurt vier teamleiders aan op drie vestigingen.\n"
    direct = "Shift Coordinator, Justa, 2019 - present\n- Led an evening shift of 9 advisers\n"
    found = [o for o in find_gaps(resolve_role("Operations Manager"), direct, ad, TODAY)]
    assert [o.requirement for o in found if o.topic == "objection:scope"] == [
        "Je stuurt vier teamleiders aan op drie vestigingen."
    ]
    layered = direct.replace("Led an evening shift of 9 advisers", "Led 3 team leaders and 27 advisers")
    assert "objection:scope" not in topics("Operations Manager", layered, ad)
    # Working beside managers is not leading them.
    beside = "Operations Manager\n\nDuties\n- Manage relationships with store managers across the region\n"
    assert "objection:scope" not in topics("Operations Manager", direct, beside)


def test_a_post_labelled_on_the_line_below_its_employer() -> None:
    resume = (
        "ESPERIENZE\n05/2021 – oggi | Fattura Facile S.r.l., Milano\nRuolo | Credit Analyst, team Risk\n"
        "- Valutazione di cedenti e debitori\n"
    )
    assert extract_facts(resume, TODAY).jobs[0].title.startswith("Credit Analyst")


def test_the_post_typed_held_word_for_word_is_no_career_change() -> None:
    resume = "Makedonia Supermarkets S.A.\nActing Area Manager, Thessaloniki East | 03/2023 - present\n"
    assert "objection:career-change" not in topics("Area Manager - Attica South", resume)
    german = "Schichtleiter Wareneingang und Kommissionierung, Traunviertler Logistik | 04/2021 - heute\n"
    assert "objection:career-change" not in topics("Teamleiter Lager (Warehouse Supervisor)", german)


def test_teams_written_in_german_dative_and_beside_sales_figures() -> None:
    assert 18 in _team_sizes("- Führung von 18 Mitarbeitern und 2 Vorarbeitern im 2-Schicht-Betrieb")
    assert 180 in _team_sizes("   - Sales KRW 62 billion/year, 180 employees incl. 7 section chiefs")


def test_a_gap_closed_more_than_ten_years_ago_is_history() -> None:
    resume = (
        "Store Manager, Hanbit Mart, 2011.01 - present\nSergeant, Republic of Korea Army, 2004.03 - 2006.02\n"
    )
    assert "objection:gap" not in topics("Store Manager", resume, today=date(2026, 5, 1))
    recent = "Store Manager, Hanbit Mart, 2021.01 - present\nSales Associate, E-Mart, 2018.03 - 2020.02\n"
    assert "objection:gap" in topics("Store Manager", recent, today=date(2026, 5, 1))


def test_positions_under_one_employer_line_are_one_stay() -> None:
    resume = (
        "EXPERIENCE\n\nHellenic Network Systems S.A. — telecom software\n"
        "Tech Lead, OSS Platform | 01/2022 – present\n- Leads 5 engineers\n"
        "Software Engineer, Billing | 2016 – 12/2021\n- Billing and mediation\n"
        "Junior Java Developer, Billing | 09/2013 – 2015\n- Java services\n"
    )
    assert "objection:tenure" in topics("Senior Software Engineer", resume, today=date(2025, 11, 3))
    riverbend = (
        "PROFESSIONAL EXPERIENCE\n\n"
        "Riverbend Outfitters (online outdoor and apparel retailer) – Louisville, KY\n\n"
        "Operations Manager, Outbound — Jan 2013 to Present\n- Lead 3 supervisors\n\n"
        "Operations Supervisor, Inbound — Mar 2010 to Dec 2012\n- Supervised 25 associates\n"
    )
    jobs = extract_facts(riverbend, TODAY).jobs
    assert {j.employer for j in jobs} == {
        "Riverbend Outfitters (online outdoor and apparel retailer) – Louisville, KY"
    }


def test_a_budget_two_thirds_of_the_one_asked_is_of_the_same_order() -> None:
    ad = "Operations Manager\n\nDuties\n- Manage a $9M annual operating budget\n"
    resume = "Operations Manager, Riverbend, 2019 - present\n"
    resume += "- Own a $6.2M annual labor budget; lead 60 associates\n"
    assert "objection:scope" not in topics("Operations Manager", resume, ad)
    small = resume.replace("$6.2M", "$1.5M")
    assert "objection:scope" in topics("Operations Manager", small, ad)


def test_a_range_of_french_levels_asks_for_its_lower_end() -> None:
    wanted = extract_requirements(
        "Profil\n- Formation Bac+3 à Bac+5 en banque, finance ou gestion (exigée)\n"
    )
    assert [(r.level, r.preferred) for r in wanted.of_kind("degree")] == [("bachelor", False)]


def test_a_registered_social_worker_holds_the_social_workers_registration() -> None:
    ad = "Social Worker\n\nRequirements\n- Registered Social Worker with the SWRB and a current APC\n"
    held = "Registration\n- Registered Social Worker, Social Workers Registration Board (SWRB), 2014\n"
    assert "objection:degree" not in topics("Social Worker", held, ad)


def test_two_employers_named_first_in_one_town_are_two_stays() -> None:
    resume = (
        "**Social Worker** — Te Awa Hospice, Palmerston North · Aug 2025 – present\n"
        "**Social Work Supervisor** — Oranga Tamariki, Palmerston North site · Mar 2013 – Jun 2025\n"
    )
    assert "objection:tenure" not in topics("Social Worker", resume, today=date(2026, 2, 1))


def test_the_long_stay_still_the_candidates_decides_tenure() -> None:
    resume = (
        "The Deccan Regency, Pune, Food & Beverage Manager, June 2012 - Till date\n"
        "Hotel Ashoka Grand, Bengaluru, Restaurant Manager, March 1989 - March 2006\n"
        "Sea Breeze Beach Resort, Kovalam, Assistant Manager, April 2006 - May 2012\n"
    )
    assert "objection:tenure" in topics("Food & Beverage Manager", resume, today=date(2025, 12, 1))


def test_short_posts_the_employer_ended_or_the_state_asked_for() -> None:
    resume = (
        "UX/UI Designer — Adinkra Digital, Kumasi | January 2023 – Present\n"
        "Product Designer — TroTro Go, Accra | October 2021 – November 2022\n"
        "- TroTro Go ceased operations in November 2022\n"
        "Junior UI Designer — Nkwa Web Solutions | September 2020 – September 2021\n"
        "National Service Personnel — Ghana Education Service | September 2019 – August 2020\n"
    )
    assert "objection:job-hopping" not in topics("UX Designer", resume, today=date(2025, 9, 1))
    silent = resume.replace("- TroTro Go ceased operations in November 2022\n", "").replace(
        "National Service Personnel", "Web Designer"
    )
    assert "objection:job-hopping" in topics("UX Designer", silent, today=date(2025, 9, 1))


def test_a_promotion_at_the_company_each_title_names_is_one_stay() -> None:
    resume = (
        "### Team Lead, Customer Success — Lumio Software Sdn Bhd\n*Jan 2025 – Present*\n"
        "### Customer Success Manager — Lumio Software Sdn Bhd\n*Mar 2024 – Dec 2024*\n"
        "### Customer Success Associate — Kedai.io, Kuala Lumpur\n*Jun 2023 – Feb 2024*\n"
        "### Account Coordinator — Brightside Media Sdn Bhd\n*Apr 2022 – May 2023*\n"
    )
    assert extract_facts(resume, date(2025, 10, 1)).short_tenures == 4
    assert "objection:job-hopping" not in topics("Customer Success Manager", resume, today=date(2025, 10, 1))
    moved = resume.replace(
        "Team Lead, Customer Success — Lumio Software", "Team Lead, Customer Success — Vanta Cloud"
    )
    assert "objection:job-hopping" in topics("Customer Success Manager", moved, today=date(2025, 10, 1))
    # The company first and the title after it: two companies, whatever the titles share.
    companies = "Kestrel Analytics — Software Engineer | Sep 2021 – Nov 2022\n"
    companies += "Brightloom Health — Software Engineer | Jun 2020 – Aug 2021\n"
    stays = extract_facts(companies, TODAY).jobs
    assert len(stays) == 2


def test_now_written_as_dato_and_a_hotel_director_from_gastronomy() -> None:
    jobs = extract_facts(
        "Betriebsleiter, Donaulände Gastro & Events GmbH, Linz\n05/2016 – dato\n", TODAY
    ).jobs
    assert jobs and jobs[0].current
    resume = "Betriebsleiter, Donaulände Gastro & Events GmbH, Linz | 05/2016 – dato\n"
    assert "objection:career-change" not in topics("Hoteldirektor/in", resume)


def test_a_registration_held_in_full_outweighs_the_pre_registration_post() -> None:
    resume = (
        "Registered Pharmacist, Singapore Pharmacy Council – full registration since 2015\n"
        "Pre-registration Pharmacist | Changi General Hospital\n2014 – 2015\n"
    )
    assert "objection:degree" not in topics("Pharmacist", resume)
    waiting = "Pre-registration Pharmacist | Changi General Hospital\n2025 – present\n"
    assert "objection:degree" in topics("Pharmacist", waiting)


def test_healthcare_in_dutch_and_as_healthtech() -> None:
    ad = "- Je hebt ervaring in de gezondheidszorg, medtech of healthtech (vereist)"
    assert industries_required(ad) == [(("healthcare", "medical devices"), False)]


def test_a_required_credential_on_its_way_in_spanish_and_by_its_short_name() -> None:
    ad = "Requisitos\n• Certificación vigente como Contador Público Certificado por el IMCP (indispensable)\n"
    line = "Certificación de Contador Público (CPC) del IMCP – en preparación, examen programado para 2025"
    assert pending_credential(ad, line, TODAY) is not None
    assert (
        pending_credential(ad, "Certificación de Contador Público (CPC) del IMCP, vigente desde 2012", TODAY)
        is None
    )
    ghana = (
        "Requirements\n• Professional qualification: Associate of the Chartered Insurance Institute of Ghana"
    )
    ghana += " (ACIIG) or ACII (UK) — required\n"
    papers = "Chartered Insurance Institute of Ghana | Associateship (ACIIG) — 4 of 7 papers passed"
    assert pending_credential(ghana, papers, TODAY) is not None
    # The label before the colon is no grade: an associate chartered accountant holds ICAN.
    ican = "Requirements\n- Professional qualification: ICAN or ACCA (required)\n"
    assert pending_credential(ican, "Associate Chartered Accountant (ICAN), 2018", TODAY) is None
