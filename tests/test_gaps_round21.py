"""Gap analysis, twenty-first round. Each rule sits beside a case it must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.functions import function_words
from interviewer.interview.industries import resume_industries
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.resume_facts import extract_facts
from interviewer.interview.roles import resolve_role
from tests.gap_probe import GapProbe

TODAY = date(2026, 3, 1)
PROBE = GapProbe(TODAY)
topics = PROBE.topics


def industries_required(ad: str) -> list[tuple[tuple[str, ...], bool]]:
    return [(r.names, r.preferred) for r in extract_requirements(ad).requirements if r.kind == "industry"]


def held(education: str) -> list[str]:
    return extract_facts(f"EDUCATION\n{education}\n", TODAY).degrees


def test_a_pharmacy_is_healthcare_and_still_not_the_pharmaceutical_industry() -> None:
    resume = "Pharmacist, Boots community pharmacy, Leeds, 2019 - present\n- Dispensing, medicine reviews\n"
    assert "healthcare" in resume_industries(resume)
    assert "pharma" not in resume_industries(resume)
    assert "healthcare" not in resume_industries("Store manager, Tesco Extra, Leeds, 2019 - present\n")


def test_a_title_no_library_role_is_near_gets_questions_that_fit_any_job() -> None:
    from interviewer.interview.plan import build_plan
    from interviewer.interview.profile import Profile
    from interviewer.interview.roles import load_roles

    nurse = resolve_role("Registered Nurse")
    assert nurse.unmatched and nurse.id == "general" and nurse.names == ("Registered Nurse",)
    assert not nurse.requirements
    plan = build_plan(Profile(role=nurse, length="long"), [], seed=3)
    asked = " ".join(m.text for s in plan.stages for m in s.moves)
    assert "P&L" not in asked and "business unit" not in asked and "margin" not in asked
    # The general profile is never offered as a role to pick, and a general manager is still one.
    assert "general" not in load_roles()
    assert resolve_role("Hotel General Manager").id == "general-manager"


def test_employer_above_dates_that_stand_alone_and_the_post_below_them() -> None:
    resume = (
        "EXPERIENCIA LABORAL\n\nCESFAM Placeres – Corporación Municipal de Valparaíso\n"
        "Marzo 2015 – a la fecha\n"
        "Enfermera de Sector\n- Controles de salud cardiovascular.\n"
    )
    assert extract_facts(resume, TODAY).jobs[0].title.startswith("Enfermera de Sector")
    # A line followed by dates of its own opens the next entry and is left to it.
    two = (
        "Customer Service Representative — Accordia Solutions Inc., Davao City\nMay 2015 – May 2018\n"
        "Freelance Web Developer (part-time)\n2023 – Present\n"
    )
    titles = [j.title for j in extract_facts(two, TODAY).jobs]
    assert titles[0].startswith("Customer Service Representative") and "Freelance" not in titles[0], titles


def test_lawyers_in_other_languages_and_volunteering_in_italian() -> None:
    assert "legal" in function_words("Avvocato Junior – Contenzioso Bancario")
    assert "legal" in function_words("Rechtsanwältin") and "legal" in function_words("Abogada")
    resume = (
        "09/2024 – 04/2025 | Collaboratrice, Studio Legale Caputo, Bari\n"
        "04/2021 – 09/2024 | Pratica forense, Studio Legale Ferri, Bari\n"
        "Altro\nVolontaria presso lo sportello legale gratuito, Bari (2019 – 2024)\n"
    )
    assert "objection:career-change" not in topics("Avvocato Junior", resume, today=date(2025, 7, 1))


def test_a_town_the_tables_lack_in_the_province_the_candidate_lives_in() -> None:
    resume = "KIM JI-HOON\nCivil Engineer\nBundang-gu, Seongnam-si, Gyeonggi-do, Republic of Korea\n"
    near = "Location: site office in Gwangmyeong-si, Gyeonggi-do — on site, Monday to Friday\n"
    assert "objection:relocation" not in topics("Civil Engineer", resume, near)
    far = "Location: site office in Yeosu-si, Jeollanam-do — on site, Monday to Friday\n"
    assert "objection:relocation" in topics("Civil Engineer", resume, far)


def test_the_employers_own_clients_before_it_says_whom_it_seeks_are_no_requirement() -> None:
    ad = (
        "Estudio jurídico con 20 años de trayectoria, con clientes del retail y del sector financiero, busca "
        "Procurador(a).\n"
    )
    assert industries_required(ad) == [(("retail",), True)]
    assert industries_required("- Experiencia mínima de 2 años en el sector retail (excluyente)") == [
        (("retail",), False)
    ]


def test_a_school_leaving_certificate_shows_no_sector() -> None:
    assert resume_industries("2011 | Enseñanza media completa, Liceo Municipal de La Florida\n") == []
    assert "public sector" in resume_industries("2016 – 2020 | Analista, Municipal de La Florida\n")


def test_degrees_in_more_systems() -> None:
    assert held("Especialización en Gerencia de Marca — CEIPA, Sabaneta, 2024") == ["master"]
    assert held("Profesional en Mercadeo — Universidad EAFIT, Medellín, 2016") == ["bachelor"]
    assert held("09/2012 – 06/2015 | Bachelorstudium Soziale Arbeit, FH JOANNEUM Graz (Abschluss: BA)") == [
        "bachelor"
    ]
    # A Diplom of a Höhere Fachschule is no master's degree, in an ad or a resume.
    ad = (
        "- Diplom als Dentalhygieniker/in HF oder ein vom SRK anerkanntes gleichwertiges Diplom (Bedingung)\n"
    )
    assert not [r for r in extract_requirements(ad).requirements if r.kind == "degree"]
    assert held("1998 Diplom-Kauffrau, Universität Mannheim") == ["master"]


def test_a_degree_whose_own_dates_run_to_now_or_whose_next_line_says_it_is_unfinished() -> None:
    assert held("BSc Statistics (evening programme), 2021 – present | JKUAT, Nairobi") == []
    assert held("BSc Statistics, JKUAT, 2016 – 2020\nFinal year; expected graduation December 2025") == []
    assert held("BSc Logistics — International Hellenic University, Katerini —\n2016 – present") == []
    assert held("BSc Statistics, JKUAT, 2016 – 2020\nFirst class honours") == ["bachelor"]


def test_a_sector_named_before_work_any_sector_has_done_is_the_sector_asked() -> None:
    assert industries_required("- At least 7 years' experience in railway, metro or tunnel construction") == [
        (("rail",), False)
    ]
    assert industries_required(
        "- 2 years' experience in pharmaceutical or cold-chain logistics (required)"
    ) == [(("pharma",), False)]
    assert industries_required("- 3 years' experience in retail or logistics (required)") == [
        (("retail", "logistics"), False)
    ]
    assert industries_required(
        "- 5+ years of leadership experience in warehouse, distribution, manufacturing or military logistics"
    ) == [(("manufacturing", "logistics"), False)]


def test_workplaces_in_a_swedish_label_a_title_and_a_town_with_its_district() -> None:
    from interviewer.interview.job_location import job_location

    assert (
        job_location("Lärare\nArbetsplats: Västerängsskolan, Göteborg (arbete på plats)\n")[0] == "Gothenburg"
    )
    titled = "Químico(a) Farmacéutico(a) Director(a) Técnico(a) – Punta Arenas\n\nJornada completa.\n"
    assert job_location(titled) == (None, "Punta Arenas")
    # A small town named like a word in a title is no place to live near.
    assert job_location("Customer Advisor – Saúde\n\nJoin our team.\n") == (None, None)
    ad = "Disponent Gefahrgut\nRheinport Spedition GmbH | Duisburg-Ruhrort | Vollzeit | vor Ort\n"
    resume = "Jan Meyer\nLindenstraße 12, 28755 Bremen-Vegesack · 0171 5528913\n"
    assert "objection:relocation" in topics("Disponent", resume, ad)


def test_teams_to_lead_in_spanish_and_swedish_ads() -> None:
    def team(ad: str) -> int | None:
        found = [r.min_people for r in extract_requirements(ad).requirements if r.kind == "team-size"]
        return found[0] if found else None

    assert team("- Liderando un equipo de sector de 18 funcionarios (médicos, enfermeras)") == 18
    assert (
        team("Du har personal- och budgetansvar för cirka 45 medarbetare, varav tre arbetslagsledare.") == 45
    )
    assert team("- Dirigir a 3 jefaturas y a un equipo total de 18 personas.") == 21


def test_the_latest_title_held_under_an_employers_own_dates() -> None:
    resume = (
        "Construtora Douro Atlântico, S.A., Porto | 03/2014 – 12/2024\n"
        "Diretor de Produção (Production Director) | 2019 – 2024\n- 120 workers\n"
        "Diretor de Obra (Construction Manager) | 2014 – 2019\n"
    )
    assert "objection:overqualified" in topics("Civil Engineer", resume, today=date(2025, 6, 1))
    leiter = (
        "Nordchem GmbH, Bremen | seit 01/2012\nLeiter Logistik | seit 04/2017\n"
        "Versandleiter | 01/2012 – 03/2017\n"
    )
    assert "objection:overqualified" in topics("Logistikkoordinator", leiter, today=date(2025, 6, 1))
    # A team leader is no head of a department.
    team = "Nordchem GmbH, Bremen | seit 01/2012\nLeiter des Teams Disposition | seit 04/2017\n"
    assert "objection:overqualified" not in topics("Logistikkoordinator", team, today=date(2025, 6, 1))
