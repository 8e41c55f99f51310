"""Gap analysis, nineteenth round: rules written from development cases, each beside a case the rule must
leave alone. The round's one new reader (unfinished.py) is read from the texts, not from a list of
credentials, so most cases here are in other languages and other professions than the ones it was built on."""

from __future__ import annotations

from datetime import date

from interviewer.interview.gazetteer import job_towns
from interviewer.interview.objections import find_gaps
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.resume_facts import extract_facts
from interviewer.interview.roles import resolve_role
from interviewer.interview.unfinished import unfinished_requirement
from tests.gap_probe import GapProbe

TODAY = date(2026, 3, 1)
PROBE = GapProbe(TODAY)
topics = PROBE.topics


def test_a_required_qualification_the_resume_says_is_on_its_way() -> None:
    ad = "Requisitos\n- Ingeniero Civil titulado, colegiado y habilitado en el CIP (indispensable).\n"
    resume = (
        "EDUCACIÓN\n- Bachiller en Ingeniería Civil, UNSA (2016)\n"
        "- Título profesional de Ingeniero Civil: en trámite.\n"
    )
    found = unfinished_requirement(ad, resume)
    assert found is not None and "en trámite" in found[1]
    assert "objection:degree" in topics("Ingeniero de Costos", resume, ad)
    held = "EDUCACIÓN\n- Ingeniero Civil titulado, UNSA (2017). CIP N.º 245871, habilitado.\n"
    assert "objection:degree" not in topics("Ingeniero de Costos", held, ad)


def test_an_exam_still_to_sit_under_a_japanese_must_heading() -> None:
    ad = (
        "応募資格（必須）\n・建築積算士の資格をお持ちの方\n"
        "・建築積算の実務経験5年以上\n歓迎する経験・資格\n・BIM経験\n"
    )
    resume = (
        "■資格\n2016年1月 | 建築積算士補（日本建築積算協会）\n"
        "2024年12月 | 建築積算士試験 一次合格（二次は2025年11月受験予定）\n"
    )
    assert unfinished_requirement(ad, resume) is not None
    # The same exam booked for a qualification the ad only welcomes raises nothing.
    assert (
        unfinished_requirement(
            "応募資格（必須）\n・実務経験5年以上\n歓迎する経験・資格\n・建築積算士\n", resume
        )
        is None
    )


def test_only_the_part_of_a_line_on_its_way_counts() -> None:
    ad = "Requirements\n- Valid driver's license with an acceptable driving record (required)\n"
    resume = "LICENSES\nTexas Class C driver's license, clean record; studying for CDL Class B permit\n"
    assert unfinished_requirement(ad, resume) is None
    wanted = "Requirements\n- CDL Class B license - required\n"
    assert unfinished_requirement(wanted, resume) is not None


def test_what_is_not_a_required_qualification_raises_nothing() -> None:
    booked = "CERTIFICATIONS\nMicrosoft MD-100 - exam booked March 2026\n"
    duty = "Duties\n- Manage users, groups and licences in Microsoft 365\n"
    assert unfinished_requirement(duty, booked) is None  # a duty, under no must
    later = (
        "Essential\n- Chartered Engineer (CEng), or a clear route to professional review within 12 months\n"
    )
    review = "ICE Professional Review for Chartered Engineer (CEng) – booked 18 November 2026\n"
    assert unfinished_requirement(later, review) is None
    years = "Essential\n- 3 years' post-registration experience in cardiac nursing\n"
    enrolled = "Currently enrolled: Graduate Certificate in Cardiac Nursing\n"
    assert unfinished_requirement(years, enrolled) is None
    degree = "Essential\n- Degree in Civil Engineering\n"
    assert unfinished_requirement(degree, review) is None  # a degree is weighed against degrees held


def test_a_degree_still_being_finished_where_a_title_is_required() -> None:
    ad = "Requisitos excluyentes\n- Título profesional de Ingeniero/a Civil Industrial o carrera afín\n"
    resume = (
        "Egresada (plan de estudios completo en 2021). Titulación en curso: defensa estimada marzo 2026.\n"
    )
    assert unfinished_requirement(ad, resume) is not None
    finished = (
        "Ingeniera Civil Industrial, Universidad de Chile (2020). Master of Science in Logistics (2022).\n"
    )
    assert unfinished_requirement(ad, finished) is None


def test_dates_written_day_first_since_in_polish_and_to_date_in_norwegian() -> None:
    italian = "ESPERIENZA\n02/10/2023 – 30/06/2024\nDocente di Matematica\n07/11/2022 – 09/06/2023\nDocente\n"
    jobs = extract_facts(italian, date(2025, 3, 3)).jobs
    assert [(j.start, j.end) for j in jobs] == [((2023, 10), (2024, 6)), ((2022, 11), (2023, 6))]
    us = extract_facts("EXPERIENCE\n06/15/2021 - 03/31/2023 Analyst, Acme\n", date(2025, 3, 3)).jobs
    assert (us[0].start, us[0].end) == ((2021, 6), (2023, 3))
    polish = extract_facts("DOŚWIADCZENIE\nod 09.2003 | Centrum Stomatologii\n", date(2026, 4, 20))
    assert polish.jobs and polish.jobs[0].current
    # A bullet's "od 2018" inside a closed job is a duty taken on, not a job running to today.
    bullet = "DOŚWIADCZENIE\n05.2016 – 02.2019 Magazynier\n- od 2018 r. zastępca brygadzisty\n"
    assert not any(j.current for j in extract_facts(bullet, date(2024, 2, 26)).jobs)
    norwegian = extract_facts("ERFARING\n06.2024 – d.d. | Farmasøyt, Apotek 1\n", date(2025, 10, 6))
    assert norwegian.jobs and norwegian.jobs[0].current and not norwegian.gaps


def test_a_long_line_that_opens_with_its_dates_is_a_job() -> None:
    resume = (
        "EXPERIÊNCIA\n01/2022 – 02/2023 | Trans-Oeste – Motorista TIR\n"
        "03/2018 – 11/2021 | Transports Durand SARL, Lyon (França) – Motorista de pesados; emigrei "
        "para França com a família e regressámos a Portugal em dezembro de 2021, depois de quase quatro "
        "anos de trabalho\n"
        "2008 – 02/2018 | Lis Cargas – Motorista\n"
    )
    facts = extract_facts(resume, date(2023, 3, 1))
    assert len(facts.jobs) == 3 and not [g for g in facts.gaps if g.months > 12]


def test_posts_filled_for_a_set_time_are_not_job_hopping() -> None:
    resume = (
        "ESPERIENZA\n09/2022 – 06/2023 Docente – supplenza annuale, Liceo Volta\n"
        "09/2023 – 06/2024 Docente – supplenza annuale, Liceo Galilei\n"
        "09/2024 – 06/2025 Docente – supplenza annuale, Liceo Manzoni\n"
    )
    assert "objection:job-hopping" not in topics("Docente", resume, today=date(2025, 7, 1))
    moved = resume.replace(" – supplenza annuale", "")
    assert "objection:job-hopping" in topics("Docente", moved, today=date(2025, 7, 1))


def test_towns_in_chinese_japanese_and_korean_addresses() -> None:
    assert [t.name for t in job_towns("住所：北海道札幌市中央区宮の森2条11丁目")] == ["Sapporo"]
    assert [t.name for t in job_towns("서울특별시 강남구 테헤란로")] == ["Seoul"]  # not Tehran, the road
    assert [t.name for t in job_towns("부산광역시 해운대구")] == ["Busan"]  # not Daegu, inside 해운대구
    assert [t.name for t in job_towns("Present address: House 41, Shiroil Colony, Rajshahi-6100")] == [
        "Rajshahi"
    ]


def test_a_workplace_label_in_korean_and_in_german_prose() -> None:
    assert extract_requirements("건축설계\n근무지: 서울특별시 강남구 테헤란로\n").location_text
    german = extract_requirements("Herdenmanager\n- Arbeitsort direkt am Betrieb in Freistadt\n")
    assert german.location_text == "Freistadt"
    sapporo = "山田 太郎\n住所：北海道札幌市中央区宮の森2条11丁目\n"
    tokyo = "危機管理マネージャー\n勤務地：東京都中央区日本橋（出社）\n"
    assert "objection:relocation" in topics("危機管理マネージャー", sapporo, tokyo)
    moving = sapporo + "東京へ転居予定（2026年4月）\n"
    assert "objection:relocation" not in topics("危機管理マネージャー", moving, tokyo)


def test_schooling_is_no_education_sector() -> None:
    ad = (
        "Requirements\n- Bachelor's degree in Geomatics or a related field, or an equivalent combination of "
        "education and experience.\n"
    )
    assert extract_requirements(ad).of_kind("industry") == []
    sector = extract_requirements("Requirements\n- 3 years' experience in education or EdTech (essential)\n")
    assert sector.of_kind("industry")


def test_an_electricity_network_is_the_energy_sector() -> None:
    ad = "Requirements\n- Energy sector experience (generation, networks, retail or metering) - essential\n"
    lines = (
        "EXPERIENCE\nData Analyst, Waitaha Lines Ltd | 2019 - present\n"
        "- Model smart meter data for 230,000 ICPs to forecast peak load by zone substation\n"
    )
    assert "objection:industry" not in topics("Data Analyst", lines, ad)
    bank = "EXPERIENCE\nData Analyst, Harbour Bank | 2019 - present\n- Model card spend by region\n"
    assert "objection:industry" in topics("Data Analyst", bank, ad)


def test_a_move_said_in_indonesian_or_spanish() -> None:
    ad = "Dosen Tetap\nLokasi: Surabaya (on site)\n"
    klaten = "Sri Wulandari\nKlaten, Jawa Tengah\n"
    assert "objection:relocation" in topics("Dosen", klaten, ad)
    moving = klaten + "Akan pindah ke Surabaya mulai Agustus 2026.\n"
    assert "objection:relocation" not in topics("Dosen", moving, ad)


def test_project_and_one_year_contracts_are_not_job_hopping() -> None:
    peru = (
        "EXPERIENCIA\nEnero 2019 – marzo 2020 · contrato por obra: Residencial Los Álamos\n"
        "Noviembre 2017 – diciembre 2018 · contrato por obra: I.E. Independencia\n"
        "Agosto 2016 – octubre 2017 · contrato por obra: puente Chilina II\n"
    )
    assert "objection:job-hopping" not in topics("Ingeniero", peru, today=date(2020, 6, 1))
    korea = (
        "경력\n2022.03 – 2023.02\n서울 한빛중학교 — 기간제 교사 (영어)\n"
        "2021.03 – 2022.02\n낙생중학교 — 기간제 교사 (영어)\n2020.03 – 2021.02\n분당중학교 — 기간제 교사\n"
    )
    assert "objection:job-hopping" not in topics("교사", korea, today=date(2023, 6, 1))


def test_people_coordinated_are_people_led() -> None:
    resume = (
        "EXPERIENCE\nLead Teaching Assistant | June 2018 - Present\n- Coordinate three teaching assistants\n"
    )
    assert extract_facts(resume, TODAY).max_team_size == 3
    assert extract_facts("- Coordinate events and school trips for 3 classes\n", TODAY).max_team_size is None


def test_a_quoted_line_does_not_end_the_sentence_twice() -> None:
    ad = "Requisitos\n- Ingeniero Civil titulado y colegiado en el CIP (indispensable).\n"
    resume = "EDUCACIÓN\n- Título profesional de Ingeniero Civil: en trámite.\n"
    found = [
        o for o in find_gaps(resolve_role("Ingeniero"), resume, ad, TODAY) if o.topic == "objection:degree"
    ]
    assert found and found[0].evidence.endswith('"Título profesional de Ingeniero Civil: en trámite".')
