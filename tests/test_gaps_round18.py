"""Gap analysis, eighteenth round: rules written from development cases (and from the first look at
earlier rounds' development parts), each beside a case the rule must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.degree_requirements import other_route
from interviewer.interview.functions import names_an_occupation
from interviewer.interview.licences import pending_credential
from interviewer.interview.objections import find_gaps
from interviewer.interview.reading import _team_sizes
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.resume_facts import extract_facts
from interviewer.interview.roles import resolve_role
from tests.gap_probe import GapProbe

TODAY = date(2026, 3, 1)
PROBE = GapProbe(TODAY)
topics = PROBE.topics


def test_another_route_after_or_makes_a_degree_one_way_in() -> None:
    assert other_route("Bachelor's degree or 4 years of relevant experience", 0)
    assert other_route("BSc or HND in Engineering", 0)
    # A field named after "or" is no other route, even with years in the same sentence.
    assert not other_route(
        "Bachelor's degree in Computer Science or a related field, and 5 years' experience", 0
    )
    assert not other_route("Bachelor's or Master's degree in Engineering with 3 years' experience", 0)


def test_a_team_the_hire_only_joins_is_no_team_to_lead() -> None:
    joined = extract_requirements(
        "Data Analyst\n\nYou will join the Consumer Banking Analytics team (14 analysts and data scientists)."
    )
    assert joined.of_kind("team-size") == []
    led = extract_requirements(
        "Quality Coordinator\n\n- Liderar a equipe de Qualidade (22 pessoas) nos 3 turnos\n"
    )
    assert [r.min_people for r in led.of_kind("team-size")] == [22]
    dutch = extract_requirements("Projectleider\n\n- Je stuurt een team van ongeveer 15 medewerkers aan\n")
    assert [r.min_people for r in dutch.of_kind("team-size")] == [15]
    assert _team_sizes("a equipe de Qualidade (22 pessoas: inspetores e técnicos)", description=True) == [22]


def test_a_required_credential_held_at_another_grade() -> None:
    ad = "GP\n\nWhat you need (essential)\n- NZRC CORE Advanced certification\n\nDesirable\n- PRIME\n"
    lower = "Certificates\nNZRC CORE Immediate - renewed October 2025\n"
    assert pending_credential(ad, lower, TODAY) == ("NZRC CORE Advanced certification", lower.splitlines()[1])
    assert pending_credential(ad, "Certificates\nNZRC CORE Advanced - renewed October 2025\n", TODAY) is None
    # Under a "Desirable" heading the same line asks nothing.
    wished = "GP\n\nDesirable\n- NZRC CORE Advanced certification\n"
    assert pending_credential(wished, lower, TODAY) is None


def test_a_required_registration_still_being_reactivated() -> None:
    ad = "Médico(a) Veterinário(a)\n\nRequisitos\n- Registro ativo no CRMV-MG (obrigatório)\n"
    waiting = "CRMV-MG nº 9.874 – reativação solicitada em fevereiro/2025, aguardando homologação\n"
    assert pending_credential(ad, waiting, TODAY) is not None
    assert pending_credential(ad, "CRMV-MG nº 9.874 – ativo\n", TODAY) is None


def test_a_licence_number_on_the_line_below_settles_a_passed_exam() -> None:
    ad = (
        "Junior High School Mathematics Teacher\n\nQualifications\n"
        "- Licensed Professional Teacher (LPT) — must have passed the LET\n"
    )
    resume = (
        "KRISTINE DELA CRUZ\nEXPERIENCE\nMath Tutor, Bright Minds Learning Center, 2022 - Present\n"
        "LICENSE\n- Licensed Professional Teacher — passed the Licensure Examination for Teachers, 2024\n"
        "- PRC License No. 2147730, valid until June 2027\n"
        "EDUCATION\nBachelor of Science in Mathematics, Polytechnic University of the Philippines, 2016\n"
    )
    role = "Junior High School Mathematics Teacher"
    assert "objection:degree" not in topics(role, resume, ad)
    unlicensed = resume.replace("- PRC License No. 2147730, valid until June 2027\n", "")
    assert "objection:degree" in topics(role, unlicensed, ad)


def test_degrees_written_the_french_and_brazilian_ways() -> None:
    french = extract_facts("FORMATION\n2014 – 2019 : INSA Lyon — Diplôme d'ingénieur, Génie Électrique\n")
    assert french.highest_degree == "master"
    brazilian = extract_facts("Formação\nFormado em Tecnologia em Logística pela FATEC (2012)\n")
    assert brazilian.highest_degree == "bachelor"


def test_a_diferenciais_heading_makes_what_follows_a_wish() -> None:
    ad = "Coordenador de Logística\n\nDiferenciais\n- Pós-graduação/MBA em Supply Chain ou Logística\n"
    assert all(r.preferred for r in extract_requirements(ad).of_kind("degree"))


def test_a_promotion_dated_inside_a_closed_stay_is_not_held_to_this_day() -> None:
    resume = (
        "ESPERIENZE\n01/2012 – 08/2016\n"
        "Chef de partie, poi Junior Sous Chef dal 2014 – Hotel Principe di Savoia, Milano\n"
    )
    assert not any(j.current for j in extract_facts(resume, TODAY).jobs)
    # A since on a line of its own under another dated job is that next job.
    own = "EXPERIENCE\n2019 – 2021 SRE Lead, Ljudström AB\nDepuis janvier 2021 — Consultant senior, Lyon\n"
    assert any(j.current for j in extract_facts(own, TODAY).jobs)


def test_a_registration_and_an_aside_are_no_jobs() -> None:
    resume = (
        "Iscritta all'Albo degli Odontoiatri dell'Ordine dei Medici di Bologna, n. 1184, dal 1987\n"
        "ESPERIENZA\n1989 – dicembre 2024  Titolare, Studio Dentistico, Bologna\n"
        "- Conservativa ed endodonzia (anche con microscopio operatorio dal 2012)\n"
    )
    assert not any(j.current for j in extract_facts(resume, TODAY).jobs)


def test_only_a_title_that_names_an_occupation_shows_another_function() -> None:
    assert names_an_occupation("Research Analyst, Ipsos Kenya")
    assert names_an_occupation("Bookseller, Harbourside Books")
    assert not names_an_occupation("Al Manara Contracting W.L.L., Doha")
    company = "EXPERIENCE\nAl Manara Contracting W.L.L. – Doha, Qatar    2021 – Present\n"
    assert "objection:career-change" not in topics("HSE Officer", company)
    teacher = "EXPERIENCE\nMathematics Teacher, Riverside High School    2015 – Present\n"
    assert "objection:career-change" in topics("HSE Officer", teacher)


def test_quality_and_supply_chain_titles_in_their_families() -> None:
    quality = "EXPERIENCE\nQuality Engineer, Medisyn Devices    2021 – Present\n"
    assert "objection:career-change" not in topics("QA Specialist", quality)
    army = "EXPERIENCE\nJefe de Almacén y Distribución, Ejército Mexicano    2019 – actual\n"
    assert "objection:career-change" not in topics("Gerente de Cadena de Suministro", army)


def test_a_sector_named_after_a_long_function_phrase_is_asked_for() -> None:
    ad = (
        "Leasing Manager\n\nRequirements\n- Minimum 5 years' experience in residential leasing or property "
        "management within the UAE real estate market - mandatory\n"
    )
    assert [r.names for r in extract_requirements(ad).of_kind("industry")] == [("real estate",)]
    german = "KAM\n\n- Mindestens 5 Jahre Erfahrung im Key Account Management in der Automobilindustrie\n"
    assert [r.names for r in extract_requirements(german).of_kind("industry")] == [("automotive",)]
    tool = "ML Engineer\n\n- Experience with streaming data (Kafka) and feature stores\n"
    assert extract_requirements(tool).of_kind("industry") == []


def test_ranges_within_a_year_and_in_other_languages() -> None:
    from interviewer.interview.dates import _RANGE, with_years_spelled

    assert with_years_spelled("Curso – Instituto VetMais – mar a nov/2024") == (
        "Curso – Instituto VetMais – mar 2024 – nov 2024"
    )
    assert with_years_spelled("March to November 2024") == "March 2024 – November 2024"
    assert with_years_spelled("May 2020 - June 2021") == "May 2020 - June 2021"
    for written in ("06/2015 a 02/2019", "März 2019 bis heute", "03/2019 até o momento"):
        assert _RANGE.search(written), written
    assert _RANGE.search("from 2015 a team of 2019") is None


def test_a_rotation_job_with_a_point_of_hire_asks_no_move() -> None:
    ad = (
        "HR & GA Manager – Site\nWork location: Jobsite Sangatta, Kutai Timur, East Kalimantan\n"
        "Roster: 8 weeks on / 2 weeks off. Point of hire: Jakarta or Balikpapan.\n"
    )
    resume = "Budi Santoso\nAddress | Jl. Cempaka Putih Tengah No. 17, Jakarta Pusat\nEXPERIENCE\n"
    assert "objection:relocation" not in topics(
        "HR Manager", resume + "HR Manager, Bank Mandiri, 2014 - Present\n", ad
    )


def test_director_in_other_languages_is_an_executive_seat() -> None:
    resume = "EXPERIÊNCIA\nDiretor Industrial Brasil, Vortex Sistemas Automotivos, 2019 - atual\n"
    assert "objection:overqualified" not in topics("Diretor(a) de Operações", resume)


def test_donor_agencies_are_the_ngo_world() -> None:
    ad = "MEL Officer\n\n- At least 3 years' experience in M&E within an NGO or international development"
    resume = (
        "EXPERIENCE\nMEL Specialist, Amref Health Africa - maternal health project (USAID Kenya)\n"
        "February 2022 – March 2025\n"
    )
    assert "objection:industry" not in topics("MEL Officer", resume, ad)


def test_a_wrapped_degree_line_still_says_it_is_unfinished() -> None:
    resume = (
        "EDUCATION\nMaster studies (magister), Biotechnology, University of Silesia in\n"
        "Katowice – planned diploma exam 06/2025\nEngineer studies (inżynier), Biotechnology, Gliwice\n"
    )
    assert extract_facts(resume, TODAY).highest_degree == "bachelor"


def test_team_sizes_written_the_continental_way_and_under_an_executive_title() -> None:
    assert _team_sizes("Responsável por 3 plantas com 1.250 colaboradores") == [1250]
    assert _team_sizes(
        "Jefe del Almacén Regional: inventario de MXN 300 millones, 60 elementos a mi cargo"
    ) == [60]
    assert _team_sizes("Führung von ca. 35 Reinigungskräften", description=True) == [35]
    ceo = "President and Chief Executive Officer\n*300-bed hospital; 2,100 employees; $480M net revenue*\n"
    assert 2100 in _team_sizes(ceo)
    assert _team_sizes("Reported to a 13-member board of trustees") == []


def test_a_local_line_places_the_job() -> None:
    from interviewer.interview.job_location import job_location

    assert (
        job_location("VAGA: VETERINÁRIO\n\nLocal: Itabira/MG – presencial\n")[1] == "Itabira/MG – presencial"
    )


def test_evidence_quotes_a_range_within_a_year_as_written() -> None:
    resume = (
        "Ana Souza\nEXPERIÊNCIA\nAnalista de Logística, TransBR - jan a mar/2019\n"
        "Assistente, Loja Azul - 2016 - 2018\n"
    )
    [gap] = [o for o in find_gaps(resolve_role("Logistics Analyst"), resume, None, TODAY) if "gap" in o.topic]
    assert "Analista de Logística, TransBR - jan a mar/2019" in gap.resume_lines


def test_a_credential_at_another_grade_is_not_called_unfinished() -> None:
    ad = "General Practitioner\n\nWhat you need (essential)\n- NZRC CORE Advanced certification\n"
    resume = "EXPERIENCE\nGP, Rangiora Health, 2010 - Present\nCERTIFICATES\nNZRC CORE Immediate - 2025\n"
    [degree] = [
        o for o in find_gaps(resolve_role("General Practitioner"), resume, ad, TODAY) if "degree" in o.topic
    ]
    assert "another grade" in degree.evidence and "unfinished" not in degree.evidence
