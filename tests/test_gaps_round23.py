"""Gap analysis, twenty-third round. Each rule sits beside a case it must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.amounts import budgets
from interviewer.interview.career_objections import _typed_function
from interviewer.interview.degrees import _degrees
from interviewer.interview.functions import families
from interviewer.interview.headings import _heading_kind
from interviewer.interview.job_location import job_location
from interviewer.interview.leaders import asks_leaders, leaders_objection
from interviewer.interview.reading import _team_sizes
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.resume_facts import extract_facts
from tests.gap_probe import GapProbe

TODAY = date(2026, 3, 1)
PROBE = GapProbe(TODAY)
topics = PROBE.topics


def industries_required(ad: str) -> list[tuple[tuple[str, ...], bool]]:
    return [(r.names, r.preferred) for r in extract_requirements(ad).requirements if r.kind == "industry"]


def test_retail_of_a_sector_asks_for_that_sector() -> None:
    assert industries_required("- Experience in cosmetics or beauty retail (required)") == [
        (("beauty",), False)
    ]
    assert industries_required("- 5 years as a store manager in fashion retail - ESSENTIAL") == [
        (("apparel",), False)
    ]
    # Retail named beside another sector, or by a word of its own, is still retail.
    assert industries_required("- 4 years' experience in retail or hospitality") == [
        (("retail", "hospitality"), False)
    ]
    assert industries_required("- 3 years in grocery retail (required)") == [(("retail",), False)]


def test_what_someone_does_outside_work_is_no_job() -> None:
    assert _heading_kind("CENTRES D'INTÉRÊT") == "excluded"
    assert _heading_kind("Hobbies & Interests") == "excluded"
    assert _heading_kind("D") is None
    resume = (
        "EXPÉRIENCE\nDepuis septembre 2024 – Conseillère clientèle, Banque Atlantique\n"
        "CENTRES D'INTÉRÊT\nDepuis 2021 – Trésorière bénévole du club de voile\n"
    )
    facts = extract_facts(resume, today=TODAY)
    assert [job.title for job in facts.jobs] == ["Conseillère clientèle, Banque Atlantique"]


def test_leading_leaders_is_said_plainly() -> None:
    ad = "Operations Manager\n\n- You lead four team leaders and 60 warehouse staff\n"
    resume = "Team Lead, Nordlog BV, 2019 - present\n- Led a team of 9 order pickers\n"
    objection = leaders_objection(ad, extract_facts(resume, today=TODAY), resume)
    assert objection is not None
    assert objection.evidence == (
        "The job description asks for leading team leaders; the resume shows teams of up to 9 people, led "
        "directly rather than through team leaders."
    )


def test_a_range_of_money_asks_for_its_lower_end_in_its_own_currency() -> None:
    ad = "Clinical Trial Manager\n\n- Build and manage study budgets (typically CAD 5–15 million)\n"
    (budget,) = [r for r in extract_requirements(ad).requirements if r.kind == "budget"]
    assert budget.min_usd == 3_600_000
    assert budgets("P&L of $20M to $40M", lower_end=True) == [20_000_000]
    # A year before an amount is no range.
    assert budgets("budget of 2020 - $5M") == [5_000_000]


def test_amounts_in_more_currencies() -> None:
    assert budgets("budgets of PKR 2.5 billion or more") == [9_000_000]
    assert budgets("annual budget of AED 48 million") == [12_960_000]
    assert budgets("store P&L of R12m") == [660_000]
    # A code that is also a word counts only in capitals.
    assert budgets("budget of 5 million try") == [5_000_000]


def test_a_contract_research_organisation_is_an_employer_not_a_title() -> None:
    resume = (
        "Clinical Research Associate II — NorthStar CRO, Reading, UK\nMarch 2013 – December 2018\n"
        "Clinical Trials Assistant — Leeds Teaching Hospitals, Leeds\nSeptember 2011 – February 2013\n"
    )
    assert "objection:overqualified" not in topics(
        "Clinical Trial Manager", resume, "Clinical Trial Manager\n"
    )
    cro = "CRO — Lumen Bank plc, London\nMarch 2013 – present\n"
    assert "objection:overqualified" in topics("Credit Risk Analyst", cro, "Credit Risk Analyst\n")


def test_time_away_and_a_place_lived_are_not_posts() -> None:
    resume = (
        "Portuguese citizen, living in Denmark since 2014\n\nEXPERIENCE\n"
        "November 2024 – present  Senior CRA, Lakeview Research\n"
        "July 2024 – October 2024: relocated with my family from London to Toronto.\n"
        "January 2024 – June 2024  CRA, Meridian Clinical\n"
        "March 2023 – December 2023  CRA, NorthStar Research\n"
    )
    facts = extract_facts(resume, today=TODAY)
    assert not any("Denmark" in job.title for job in facts.jobs)
    assert not any("relocated" in job.title for job in facts.short_jobs)
    assert len(facts.short_jobs) == 3


def test_a_degree_field_in_its_own_language() -> None:
    ad = "Hotel Manager\n\n- Bachelor's degree in hospitality or hotel management, or similar (required)\n"
    resume = (
        "EDUCATION\n2003 – 2007 Licenciatura em Gestão Hoteleira, Escola Superior de Hotelaria do Estoril\n"
    )
    assert "objection:degree" not in topics("Hotel Manager", resume, ad)
    law = resume.replace("Gestão Hoteleira", "Direito")
    assert "objection:degree" in topics("Hotel Manager", law, ad)


def test_production_and_plant_management_are_one_line_of_work() -> None:
    assert families("Production Manager") == families("Plant Manager") == {"production"}
    assert families("Produktionsleiter") == {"production"}
    assert families("Product Manager") == set()


def test_a_territory_after_the_title_names_no_function() -> None:
    assert _typed_function("District Manager – GTA West") == set()
    assert {"backe", "engin"} <= _typed_function("Senior Software Engineer – Backend (Payments)")


def test_nordic_wishes_and_degrees() -> None:
    ad = "Underwritingchef\n\nVi söker dig som har\n– akademisk examen inom ekonomi\n\n"
    ad += "Meriterande\n– IFU-diplom\n"
    assert not [r for r in extract_requirements(ad).requirements if r.kind == "degree" and not r.preferred]
    assert _degrees("Civilekonomexamen, Handelshögskolan vid Göteborgs universitet") == ["master"]
    assert _degrees("IFU-diplom, 2012") == []
    assert _degrees("Diplom-Kaufmann, Universität Mannheim") == ["master"]
    wished = "Underwritingchef\n\nMeriterande\n– Master's degree in economics\n"
    assert [r.preferred for r in extract_requirements(wished).requirements if r.kind == "degree"] == [True]


def test_seasonal_contracts_and_a_move_are_no_job_hopping() -> None:
    resume = (
        "03/2023 – 10/2024 | Chef de Partie, Restaurant Lumen, München\n"
        "05/2022 – 10/2022 | Chef de Partie, Hotel Alpenblick (Saisonvertrag Sommer)\n"
        "12/2021 – 04/2022 | Demi Chef de Partie, Hotel Arlberghof (Saisonvertrag Winter)\n"
        "09/2021 – 11/2021 | Umzug nach Deutschland, Intensivsprachkurs Deutsch\n"
        "10/2018 – 08/2021 | Cocinero, Restaurante Casa Azahar, Sevilla\n"
    )
    assert extract_facts(resume, today=TODAY).short_jobs == []


def test_ifrs_17_csm_is_no_scrum_master() -> None:
    ad = "Financial Controller\n\n- Implement the insurance subledger (IFRS 17 CSM and LRC roll-forwards)\n"
    assert not [r for r in extract_requirements(ad).requirements if r.kind == "certification"]
    assert [r.names for r in extract_requirements("PM\n\n- CSM required\n").requirements] == [("CSM",)]


def test_leading_through_coordinators_in_a_clause_of_its_own() -> None:
    ad = "Financial Controller\n\n- Lead the controllership team (12 people, through 2 coordinators)\n"
    resume = "Controller, Autopeças Sul, 2018 - present\n"
    resume += "- Report to the CFO; lead a team of 15 through 3 coordinators\n"
    assert leaders_objection(ad, extract_facts(resume, today=TODAY), resume) is None


def test_sector_experience_in_more_languages() -> None:
    french = (
        "- Minimum 5 ans d'expérience, dont au moins 2 ans sur des projets du secteur de l'énergie : exigé"
    )
    assert industries_required(french) == [(("energy",), False)]
    romanian = "- Minimum 3 ani de experiență în conformitate / AML în domeniul asigurărilor."
    assert industries_required(romanian) == [(("insurance",), False)]
    danish = "- har mindst 3 års HR-erfaring fra en produktionsvirksomhed – dette er et krav"
    assert industries_required(danish) == [(("manufacturing",), False)]
    czech = "- Praxe min. 3 roky v účtárně výrobní společnosti – podmínkou"
    assert industries_required(czech) == [(("manufacturing",), False)]
    # A French pharmacy is a pharmacy, not the drug industry.
    assert industries_required("- Expérience d'au moins 2 ans en pharmacie hospitalière") == [
        (("healthcare",), False)
    ]
    # "Nous sommes un acteur du secteur de l'énergie" asks for nothing.
    assert industries_required("Nous sommes un acteur du secteur de l'énergie.") == []


def test_degrees_asked_and_held_in_more_ways() -> None:
    assert _degrees("– wykształcenie wyższe (preferowane kierunki: logistyka)") == ["bachelor"]
    assert _degrees("- Profesional en Administración de Empresas (indispensable, con título obtenido)") == [
        "bachelor"
    ]
    assert _degrees("2012 - 2017 | Uniwersytet Ekonomiczny w Krakowie, studia I i II stopnia (mgr)") == [
        "master"
    ]
    ad = "Kierownik Zmiany\n\nWymagania\n– wykształcenie wyższe\n"
    studying = (
        "WYKSZTAŁCENIE\n10.2022 – obecnie: studia I stopnia (inżynierskie), kierunek Logistyka\n"
        "Akademia Humanistyczno-Ekonomiczna w Łodzi – planowane ukończenie: luty 2026\n"
    )
    assert "objection:degree" in topics("Kierownik Zmiany", studying, ad)
    done = "WYKSZTAŁCENIE\n2009 – 2014 | Politechnika Krakowska, Wydział Inżynierii Chemicznej\n"
    assert "objection:degree" not in topics("Kierownik Zmiany", done, ad)
    pasante = (
        "- Licenciatura en Relaciones Internacionales — ITESO (2008–2012). Pasante; título en trámite.\n"
    )
    mexican = "Gerente\n\n- Licenciatura concluida y titulada (indispensable).\n"
    assert "objection:degree" in topics("Gerente de Procuración de Fondos", pasante, mexican)


def test_teams_and_leaders_in_polish_norwegian_and_dutch() -> None:
    polish = "– zarządzanie zmianą liczącą ok. 85 osób (przyjęcia, wysyłka) poprzez 5 liderów zespołów,"
    assert _team_sizes(polish, description=True) == [85]
    assert asks_leaders(f"Kierownik Zmiany\n\n{polish}\n") is not None
    assert _team_sizes("– doświadczenie w zarządzaniu zespołem liczącym min. 30 osób,", description=True) == [
        30
    ]
    norwegian = "Driftssjef\n\n- Lede tre avdelingsledere (inngående og lager) og gjennom dem 140 ansatte\n"
    assert asks_leaders(norwegian) is not None
    dutch = "Als HR Manager geef je leiding aan het HR-team (5 HR-adviseurs en 1 HR-administrateur)."
    assert _team_sizes(dutch, description=True) == [5]


def test_a_move_dated_as_past_is_no_plan_to_move() -> None:
    ad = "Küchenchef\nHotel Elbkai Hamburg · HafenCity, Hamburg\nVollzeit, vor Ort\n"
    resume = (
        "Javier Morales Ruiz\nAnschrift: Landsberger Straße 212, 80687 München\n\n"
        "09/2021 – 11/2021 | Umzug nach Deutschland, Intensivsprachkurs Deutsch\n"
    )
    assert "objection:relocation" in topics("Küchenchef", resume, ad)
    ready = resume + "Bereit zum Umzug nach Hamburg (lebte dort 2015-2017)\n"
    assert "objection:relocation" not in topics("Küchenchef", ready, ad)


def test_a_spanish_base_and_a_czech_header_place_the_job() -> None:
    assert job_location("Jefe/a de Zona\nLÚA MODA · Base en Valencia, con desplazamientos diarios\n")[0] == (
        "Valencia"
    )
    czech = (
        "Účetní\nBoleslav Components s.r.o. – Mladá Boleslav, průmyslová zóna\nPlný úvazek, práce na místě\n"
    )
    assert job_location(czech)[1] == "Mladá Boleslav"


def test_a_manager_of_a_team_applying_for_a_specialist_seat() -> None:
    resume = (
        "Jan 2019 – Present | Procurement Manager, Al Noor Hospitality\n"
        "- Lead a procurement team of 8 buyers\n"
        "Jun 2006 – Dec 2018 | Senior Buyer, Gulf Facilities Services\n"
    )
    ad = "Procurement Specialist\n\nReports to the Procurement Manager.\n"
    assert "objection:overqualified" in topics("Procurement Specialist", resume, ad)
    # A manager's title with no team led says nothing of rank.
    alone = resume.replace("- Lead a procurement team of 8 buyers\n", "- Run tenders for kitchen equipment\n")
    assert "objection:overqualified" not in topics("Procurement Specialist", alone, ad)
    swedish = "jan 2019 – pågående | Underwritingdirektör Företag Norden, Västkust Försäkring\n"
    assert "objection:overqualified" in topics("Underwritingchef", swedish, "Underwritingchef\n")


def test_the_list_after_a_colon_says_which_manufacturing() -> None:
    ad = "- 10+ years in a regulated manufacturing environment: medical device or pharmaceutical (FDA / GMP)"
    assert industries_required(ad) == [(("pharma", "medical devices"), False)]
    # A colon that names no other sector leaves manufacturing asked.
    assert industries_required("- 5 years in manufacturing: lean and Six Sigma (required)") == [
        (("manufacturing",), False)
    ]
