"""Gap analysis on the formats and phrasings of the third development set (`dev3.jsonl`): each rule
taken from a case there is written here as a general one, with a case the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from interviewer.interview.places import _cities_in, countries_in
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.resume_facts import extract_facts
from interviewer.interview.roles import resolve_role
from tests.gap_probe import GapProbe

TODAY = date(2024, 9, 2)
PROBE = GapProbe(TODAY)
topics = PROBE.topics


def test_dates_as_japanese_iso_french_and_spanish_resumes_write_them() -> None:
    facts = extract_facts(
        "WORK HISTORY\n"
        "2019年4月 – 現在  Deputy Plant Manager, Tahara Plant\n"
        "2013年4月 – 2019年3月  Department Manager, Anjo Plant\n"
        "2021-02 → 2022-01  SRE Lead, Ljudström AB\n"
        "Depuis janvier 2021 — Consultant senior, Rhône Conseil, Lyon\n"
        "Auxiliar Contable — Inversiones Andina, Bogotá\njun. 2023 – actual\n",
        TODAY,
    )
    spans = {j.title.split(",")[0].split(" — ")[0]: (j.start, j.end) for j in facts.jobs}
    assert spans["Deputy Plant Manager"] == ((2019, 4), (2024, 9))
    assert spans["Department Manager"] == ((2013, 4), (2019, 3))
    assert spans["SRE Lead"] == ((2021, 2), (2022, 1))
    assert spans["Depuis janvier 2021"][0] == (2021, 1) or any(j.start == (2021, 1) for j in facts.jobs)
    assert any(j.start == (2023, 6) and j.current for j in facts.jobs)


def test_a_length_beside_the_dates_is_not_the_title() -> None:
    facts = extract_facts(
        "EXPERIENCIA\nAuxiliar Contable — Distribuidora El Dorado\njun. 2022 – may. 2023 (12 meses)\n"
    )
    [job] = facts.jobs
    assert "meses" not in job.title and "Auxiliar Contable" in job.title


def test_what_the_employer_is_is_not_asked_of_the_candidate() -> None:
    wanted = extract_requirements(
        "We're a 300-person software scale-up (logistics SaaS) growing across APAC.\n"
        "We're a 50-person B2B analytics startup.\n- 10+ years in HR"
    )
    assert not wanted.of_kind("team-size")
    assert all(r.preferred for r in wanted.of_kind("industry"))
    asked = extract_requirements(
        "- 8+ years selling enterprise SaaS\n- Lead a finance organisation of 150+ across group"
    )
    assert [r.names for r in asked.of_kind("industry") if not r.preferred] == [("software",)]
    assert asked.of_kind("team-size")[0].min_people == 150
    client = extract_requirements(
        "Our client, a leading French retailer (EUR 3bn turnover), seeks a manager."
    )
    assert not client.of_kind("budget")


def test_a_junior_seat_for_a_long_career_is_a_step_down() -> None:
    resume = (
        "EXPERIENCE\nSenior SRE, Telenord AB | 2010-01 – 2024-05\n"
        "Linux admin, Energi AB | 2006-01 – 2009-12\n"
    )
    assert extract_requirements("- 2 à 4 ans d'expérience en logistique").of_kind("years")[0].max_years == 4
    assert "objection:overqualified" in topics("SRE", resume, "- 2-4 years' experience with Linux")
    assert "objection:overqualified" not in topics("SRE", resume, "- 10-15 years' experience with Linux")
    director = (
        "EXPERIENCE\nDirector of Engineering, Tarheel | Feb 2018 – Present\nEngineer, Cary | 2010 – 2018\n"
    )
    assert "objection:overqualified" in topics("Software Engineer II", director)
    assert "objection:overqualified" not in topics("VP Engineering", director)
    assistant = "EXPERIENCE\nExecutive Assistant to the Managing Director, Hanul | 2024.06 – Present\n"
    assert "objection:overqualified" not in topics("Executive Assistant", assistant)


def test_titles_map_to_a_library_role_by_the_words_that_name_the_function() -> None:
    assert resolve_role("Plant Manager").unmatched  # not a misspelt "sales manager"
    assert resolve_role("Executive Assistant").asked_as == "Executive Assistant"  # once refused as no title
    assert resolve_role("Regional Sales Manager").id == "sales-manager"
    with pytest.raises(Exception, match="not a job title"):
        resolve_role("???")


def test_general_alone_names_no_function() -> None:
    # A GP was once mapped to the General Manager profile and asked about running a business unit.
    for title in ("General Practitioner", "General Counsel", "General Accountant", "Attorney General"):
        assert resolve_role(title).unmatched, title
    for title in ("General Manager, Operations", "Area General Manager", "Hotel General Manager"):
        role = resolve_role(title)
        assert role.id == "general-manager" and not role.unmatched, title


def test_a_career_change_is_read_from_the_typed_title_and_ignores_study() -> None:
    lawyer = (
        "EXPERIENCE\nJunior UX Designer (contract), Northern Digital | Mar 2024 – Sep 2024\n"
        "Solicitor, Hargreaves Lowe LLP | Sep 2016 – Sep 2023\n"
    )
    assert "objection:career-change" in topics("UX Designer", lawyer, today=date(2024, 11, 4))
    seller = (
        "EXPERIENCE\nCorporate Sales, Mitsuboshi Trading | 2009年4月 – 2021年3月\n"
        "Tokyo Code Academy — full-time software engineering bootcamp | 2021年4月 – 2021年9月\n"
        "Backend Engineer, Kaimono Tech | 2021年10月 – 現在\n"
    )
    assert "objection:career-change" in topics("Software Engineer", seller, today=date(2023, 5, 15))
    sre = "WORK\n2023-04 → now  Staff SRE, Nordvik Cloud AB\n2015-08 → 2023-03  Senior SRE, Telenord AB\n"
    assert "objection:career-change" not in topics("Site Reliability Engineer", sre, today=date(2024, 6, 10))
    army = "EXPERIENCE\nWarrant Officer, Distribution Company, Australian Army | Jan 2009 – Jan 2024\n"
    assert "objection:career-change" not in topics(
        "Warehouse Operations Manager", army, today=date(2024, 6, 3)
    )


def test_places_know_suburbs_and_countries() -> None:
    assert _cities_in("Villeurbanne (69100)") == ["Lyon"] and _cities_in("Zapopan, Jalisco") == [
        "Guadalajara"
    ]
    assert countries_in("Georgetown, Kentucky, USA") == ["United States"]
    assert countries_in("Kariya-shi, Aichi-ken, Japan")[0] == "Japan" and countries_in("focus on us") == []
    resume = "KENJI WATANABE\nAddress: Kariya-shi, Aichi-ken, Japan\n\nEXPERIENCE\nEngineer | 2010 – 2024\n"
    kentucky = "Plant Manager\nLocation: Georgetown, Kentucky, USA — on-site, full-time\n"
    assert "objection:relocation" in topics("Plant Manager", resume, kentucky)
    remote = "Plant Manager\nLocation: Remote (USA)\n"
    assert "objection:relocation" not in topics("Plant Manager", resume, remote)
    near = "PHILIPPE GARNIER\nVilleurbanne (69100) · 06 12 34 56 78\n\nEXPÉRIENCES\nChef | 2010 – 2024\n"
    assert "objection:relocation" not in topics(
        "Responsable logistique", near, "Poste\nLieu : Lyon 7e, hybride"
    )
    busan = "Executive Assistant to the CEO – Busan headquarters (on-site, Haeundae-gu).\n3+ years as an EA"
    seoul = "PARK SO-YEON\nGangnam-gu, Seoul · 010-9876-5432\n\nEXPERIENCE\nAssistant | 2015 – 2024\n"
    assert "objection:relocation" in topics("Executive Assistant", seoul, busan)


def test_a_required_degree_in_a_field_is_not_met_by_one_in_another() -> None:
    cs = "Requirements\n- Bachelor's degree in Computer Science or a related technical field (required)"
    nurse = "EXPERIENCE\nTeam Leader | 2018 – Present\n\nEDUCATION\nBachelor of Science in Nursing, 2014\n"
    assert "objection:degree" in topics("Software Developer", nurse, cs)
    it = "EXPERIENCE\nDeveloper | 2018 – Present\n\nEDUCATION\nBachelor of Information Technology, 2014\n"
    assert "objection:degree" not in topics("Software Developer", it, cs)
    german = "EXPERIENCE\nEngineer | 2010 – Present\n\nEDUCATION\nDipl.-Ing. Elektrotechnik, TU München\n"
    assert "objection:degree" not in topics(
        "Engineer", german, "- Degree in electrical or mechanical engineering"
    )
    bsn = "Requirements\n- BSN required; MSN preferred"
    assert "objection:degree" in topics(
        "Director of Nursing", nurse.replace("Nursing", "Healthcare Administration"), bsn
    )
    assert "objection:degree" not in topics("Director of Nursing", nurse, bsn)


def test_teams_in_other_languages_and_within_reach_of_the_one_asked_for() -> None:
    assert extract_facts("- Jefatura de 6 prevencionistas de terreno").max_team_size == 6
    assert extract_facts("- Fachliche und disziplinarische Führung von 6 Controllern").max_team_size == 6
    assert extract_facts("- Responsable de CEDIS, plantilla de 120 personas en 3 turnos").max_team_size == 120
    assert extract_facts("- Co-lead the nursing department: ~210 RNs, RPNs and PSWs").max_team_size == 210
    assert extract_requirements("- Führung des Bereichs Controlling mit 25 Mitarbeitenden").of_kind(
        "team-size"
    )
    resume = "EXPERIENCE\nHead of Safety | Jan 2016 – Dec 2022\n- Led 6 safety officers\n"
    assert "objection:scope" not in topics("HSE Manager", resume, "- Lead a team of 10 safety officers")
    assert "objection:scope" in topics("HSE Manager", resume, "- Lead a team of 40 safety officers")


def test_an_academic_s_appointments_are_their_jobs() -> None:
    cv = "ACADEMIC APPOINTMENTS\n2021 – present   Postdoctoral Research Fellow, University of Cape Town\n"
    assert [j.title for j in extract_facts(cv, TODAY).jobs] == [
        "Postdoctoral Research Fellow, University of Cape Town"
    ]


# Round 4 (`dev4.jsonl`).


def test_promotions_under_one_employer_are_one_long_stay() -> None:
    under_header = (
        "EXPERIENCE\nMoravia Seating Systems s.r.o. (Tier-1 automotive supplier), Brno\n"
        "09.2016 - present   Senior Design Engineer\n  - Design owner for seat structures\n"
        "09.2009 - 08.2016   Design Engineer\n  - 3D/2D design in CATIA V5\n"
    )
    assert "objection:tenure" in topics("Design Engineer", under_header, today=date(2024, 3, 4))
    inline = (
        "EXPERIENCE\nFront Office Manager, Puri Segara Sanur (120 rooms) | 2021 - present\n"
        "Assistant Front Office Manager, Puri Segara Ubud | 2018 - 2021\n"
        "Front Office Agent, Puri Segara Sanur | 2012 - 2018\n"
    )
    assert "objection:tenure" in topics("Hotel Manager", inline, today=date(2024, 7, 1))
    moves = (
        "EXPERIENCE\nTeam Leader, US Healthcare Account — Mindanao Contact Hub Inc. | June 2018 – Present\n"
        "Customer Service Representative (Healthcare) — Accordia Solutions Inc. | May 2015 – May 2018\n"
    )
    assert "objection:tenure" not in topics("Team Leader", moves, today=date(2026, 3, 2))


def test_a_place_the_table_does_not_know_must_at_least_be_named_in_the_resume() -> None:
    home = (
        "SIPHO DLAMINI\nRandburg, Johannesburg | 082 614 7730\n\n"
        "EXPERIENCE\nProduction Manager | 2010 - present\n"
    )
    kathu = "Mine Operations Manager\nLocation: Kathu, Northern Cape (residential, on-site position)\n"
    assert "objection:relocation" in topics("Mine Operations Manager", home, kathu, date(2025, 8, 1))
    assert "objection:relocation" not in topics(
        "Mine Operations Manager", home + "Open to relocation.\n", kathu, date(2025, 8, 1)
    )
    chef = "KIT SRISUK\nBangkok, Thailand | +66 89 442 1186\n\nEXPERIENCE\nChef de Partie | 2019 - present\n"
    copenhagen = (
        "Sous Chef - Restaurant Kvist, Copenhagen (Nørrebro)\nFull-time, on site. Start: spring 2025.\n"
    )
    assert "objection:relocation" in topics("Sous Chef", chef, copenhagen, date(2025, 2, 14))


def test_degrees_written_the_french_and_teaching_way() -> None:
    facts = extract_facts(
        "EDUCATION\n2013  Master Logistique et Transport, Institut National Polytechnique\n"
    )
    assert facts.highest_degree == "master"
    assert extract_facts("## Education\n- B.Ed Mathematics Education, University of Lagos, 2002\n").degrees
    assert not extract_facts("EXPERIENCE\nMaster Data Management Lead, Acme | 2019 - 2022\n").degrees
    assert not extract_facts("We ran a bed and breakfast in 2019.").degrees
    supply = "Requirements\n- Master's degree in supply chain, engineering or business"
    resume = (
        "EXPERIENCE\nCoordinator | 2017-present\n\nEDUCATION\n2013 Master Logistique et Transport, Institut\n"
    )
    assert "objection:degree" not in topics("Supply Chain Director", resume, supply)


def test_a_principal_is_still_in_education_and_a_sentence_is_not_a_job() -> None:
    principal = "EXPERIENCE\nPrincipal – Crestview College, Lagos | Sept 2015 – July 2023\n"
    assert "objection:career-change" not in topics("Mathematics Teacher", principal, today=date(2024, 6, 24))
    prose = "PROFILE\nViolinist for 11 years, UX designer since 2024. Music taught me to listen.\n"
    assert extract_facts(prose, date(2026, 2, 9)).jobs == []
