"""Gap analysis, eleventh round: rules written from development cases (`dev11.jsonl`: resumes and job
descriptions beyond English), each beside a case the rule must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.dates import _RANGE, _parse_date
from interviewer.interview.headings import _heading_kind
from interviewer.interview.resume_facts import extract_facts
from tests.gap_probe import GapProbe

TODAY = date(2024, 3, 1)
PROBE = GapProbe(TODAY)
topics = PROBE.topics


def test_months_and_present_in_more_languages() -> None:
    for text, start, end in (
        ("Eylül 2014 – Şubat 2017", (2014, 9), (2017, 2)),  # Turkish
        ("Haziran 2013 – Ağustos 2013", (2013, 6), (2013, 8)),
        ("marzec 2019 – luty 2021", (2019, 3), (2021, 2)),  # Polish
        ("Maret 2018 - Desember 2020", (2018, 3), (2020, 12)),  # Indonesian
        ("septembre 2019 – novembre 2021", (2019, 9), (2021, 11)),  # French in full
        ("Januar 2020 – Dezember 2022", (2020, 1), (2022, 12)),  # German in full
    ):
        m = _RANGE.search(text)
        assert m and _parse_date(m.group("start")) == start and _parse_date(m.group("end")) == end, text
    for text in ("Mart 2017 – Halen", "Enero 2018 – a la fecha", "03.2019 – obecnie", "2020 - saat ini",
                 "septembre 2019 – à ce jour"):  # fmt: skip
        m = _RANGE.search(text)
        assert m and _parse_date(m.group("end")) is None, text  # open: the job goes on
    # A shop's name is no month: "Walmart 2019 - 2020" starts in 2019.
    m = _RANGE.search("Cashier, Walmart 2019 - 2020")
    assert m and _parse_date(m.group("start")) == (2019, None)


def test_turkish_headings_and_schools() -> None:
    assert _heading_kind("EĞİTİM BİLGİLERİ") == "excluded"
    assert _heading_kind("İŞ DENEYİMİ") == "experience"
    resume = (
        "İŞ DENEYİMİ\nEylül 2014 – Halen  Eczane Teknisyeni, Yıldız Eczanesi\n"
        "Haziran 2013 – Ağustos 2013  Stajyer, Sağlık Eczanesi\n"
        "2012 – 2014 Dokuz Eylül Üniversitesi, İzmir Sağlık Hizmetleri Meslek Yüksekokulu\n"
    )
    assert "objection:gap" not in topics("Eczane Teknisyeni", resume)


def test_a_polish_foreman_leads_a_warehouse_team() -> None:
    assert extract_facts("- kierowanie zespołem 18 osób (kompletacja)\n", TODAY).max_team_size == 18
    assert extract_facts("- leiding geven aan 12 medewerkers\n", TODAY).max_team_size == 12
    resume = (
        "DOŚWIADCZENIE ZAWODOWE\n03.2019 – 01.2023 Brygadzista magazynu, LogiTrans Sp. z o.o.\n"
        "05.2016 – 02.2019 Magazynier / operator wózka widłowego, Polmag S.A.\n"
    )
    assert "objection:career-change" not in topics("Warehouse Team Leader", resume)
    nurse = "DOŚWIADCZENIE ZAWODOWE\n03.2016 – 01.2023 Pielęgniarka, Szpital Wojewódzki\n"
    assert "objection:career-change" in topics("Warehouse Team Leader", nurse)


def test_a_job_boards_header_line_says_where_the_job_is() -> None:
    from interviewer.interview.job_location import job_location

    header = "Bilanzbuchhalter\nBrenninger GmbH · Unterschleißheim bei München · Vollzeit · unbefristet\n"
    assert job_location(header)[0] == "Munich"
    live = "Gerente Regional\n- Residir en Guadalajara o zona metropolitana.\n"
    assert job_location(live)[0] == "Guadalajara"
    # A city in the company's story is not where the job is.
    story = "Controller\nWe were founded in Munich in 1990 and now serve clients across Europe.\n"
    assert job_location(story)[0] is None


def test_a_specialist_certificate_or_a_masters_asks_for_neither_alone() -> None:
    ad = "Enfermera UCI\n- Grado o Diplomatura en Enfermería.\n- Experto o Máster en cuidados críticos.\n"
    resume = "FORMACIÓN\nGrado en Enfermería, Universidad Complutense de Madrid, 2015\n"
    assert "objection:degree" not in topics("Enfermera UCI", resume, ad)
    strict = "Enfermera UCI\n- Máster en cuidados críticos (imprescindible).\n"
    assert "objection:degree" in topics("Enfermera UCI", resume, strict)


def test_a_date_range_wrapped_before_its_dash_is_one_range() -> None:
    from interviewer.interview.resume_facts import _lines

    wrapped = "Loreto Sixth Form College — A Levels: Maths (A), Economics (A), Business (B), 2019\n– 2021\n"
    assert _lines(wrapped)[0].endswith("2019 – 2021")
    # A new bullet under a dated line is not a continuation.
    assert _lines("Analyst, Acme, 2019\n- built the reporting\n")[1] == "- built the reporting"


def test_an_army_mechanic_is_no_career_changer_as_a_diesel_technician() -> None:
    resume = (
        "EXPERIENCE\nDiesel Technician, Holt Cat - Mar 2023 - Present\n"
        "Wheeled Vehicle Mechanic (91B), U.S. Army - Jan 2019 - Feb 2023\n"
    )
    assert "objection:career-change" not in topics("Diesel Technician", resume)


def test_a_korean_university_graduation_is_a_degree() -> None:
    from interviewer.interview.degrees import _degrees

    assert _degrees("2016.03 ~ 2023.02  부산대학교 산업공학과 졸업 (학점 3.82/4.5)") == ["bachelor"]
    assert _degrees("2013.03 ~ 2016.02  부산 동래고등학교 졸업") == []


def test_korean_headings_marked_with_a_square() -> None:
    assert _heading_kind("■ 학력사항") == "excluded"
    assert _heading_kind("■ 경력사항 (인턴)") == "experience"
    assert _heading_kind("■ 교내 활동 및 프로젝트") == "excluded"
    assert _heading_kind("■ 보유 역량") == "neutral"
    assert _heading_kind("■ 2022 하계 인턴") is None  # a dated line is no heading


def test_a_long_stay_left_months_ago_is_no_longer_a_tenure_question() -> None:
    army = "EXPERIENCE\nBritish Army - Royal Logistic Corps | Oct 2011 - Nov 2023\n"
    assert "objection:tenure" not in topics("Night Shift Manager", army, today=date(2024, 9, 1))
    assert "objection:tenure" not in topics("Night Shift Manager", army, today=date(2024, 1, 1))
    # In the month of leaving, the twelve years are still the question; and a stay going on, of course.
    assert "objection:tenure" in topics("Night Shift Manager", army, today=date(2023, 11, 20))
    current = "EXPERIENCE\nBritish Army - Royal Logistic Corps | Oct 2011 - Present\n"
    assert "objection:tenure" in topics("Night Shift Manager", current, today=date(2024, 9, 1))


def test_a_singapore_chartered_accountant_in_singapore() -> None:
    ad = (
        "Finance Manager (Distribution) | Jurong | Up to $9,000\n"
        "Our client operates in Singapore and Malaysia.\n"
        "- Degree in Accountancy; CA (Singapore) / ACCA qualified\n"
        "Working Location: Jurong (near Boon Lay MRT)\n"
    )
    resume = (
        "TAN WEI MING, CA (Singapore)\nBukit Timah, Singapore 269xxx | +65 9123 4567\n"
        "EDUCATION\nBachelor of Accountancy, Nanyang Technological University, 2001\n"
    )
    found = topics("Finance Manager", resume, ad)
    assert "objection:degree" not in found and "objection:relocation" not in found
    student = (
        "TAN WEI MING\nKuala Lumpur, Malaysia\n- CA Final (ICAI): Group I cleared; Group II appearing\n"
        "EDUCATION\nBachelor of Accountancy, University of Malaya, 2001\n"
    )
    found = topics("Finance Manager", student, ad)
    assert "objection:degree" in found and "objection:relocation" in found


def test_spanish_account_executives_are_a_team() -> None:
    line = "• Lidero 4 gerentes regionales (Norte, Bajío) y 35 ejecutivos de cuenta\n"
    assert extract_facts(line, TODAY).max_team_size == 39


def test_the_team_a_description_asks_for_in_brackets_or_as_a_site() -> None:
    from interviewer.interview.requirements import extract_requirements

    def asked(ad: str) -> list[int | None]:
        return [r.min_people for r in extract_requirements(ad).requirements if r.kind == "team-size"]

    spanish = "Gerente\n- Dirigir al equipo de ventas de la Zona (3 gerentes y 25 representantes).\n"
    assert asked(spanish) == [28]
    plant = (
        "Plant Manager\n- Lead a staff of 6 direct reports: Production Manager, Quality Manager\n"
        "- 5+ years in a plant leadership role with P&L accountability for a site of 200+ employees\n"
    )
    assert asked(plant) == [200]
    # The site an HR partner serves is not a team to lead: "~30 (5 managers and tech leads)" stays 30.
    assert asked("HRBP\n- Manage a team of 2 HR officers\n- Partner a site of 1,200 employees\n") == [2]
    assert extract_facts("Led a team of ~30 (5 managers and tech leads)\n", TODAY).max_team_size == 30


def test_a_pharmacists_title_in_other_languages_asks_for_the_degree() -> None:
    technician = "EĞİTİM BİLGİLERİ\n2012 – 2014 Eczane Hizmetleri Önlisans, Dokuz Eylül Üniversitesi\n"
    assert "objection:degree" in topics("Eczacı", technician)
    pharmacist = "EĞİTİM BİLGİLERİ\n2008 – 2013 Ege Üniversitesi Eczacılık Fakültesi\n"
    assert "objection:degree" not in topics("Eczacı", pharmacist)
    # A medical sales representative needs no medical degree.
    seller = "EXPERIENCIA\nRepresentante Médico, Pfizer, 2015 - 2023\n"
    assert "objection:degree" not in topics("Representante Médico", seller)


def test_a_career_break_since_leaves_the_directorship_the_latest_post() -> None:
    resume = (
        "EXPERIENCE\nCareer break (caring for my mother) | Jul 2023 – Feb 2025\n"
        "Regional Operations Director, Highveld Freight | Mar 2011 – Jun 2023\n"
    )
    assert "objection:overqualified" in topics("Operations Team Lead", resume, today=date(2025, 3, 1))
    lead = resume.replace("Regional Operations Director", "Operations Team Lead")
    assert "objection:overqualified" not in topics("Operations Team Lead", lead, today=date(2025, 3, 1))
