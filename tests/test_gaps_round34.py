"""Round 34 of the objection rules (issue 17). Each test is a case the rules before it got wrong, beside one
they must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.career_change import _company_only
from interviewer.interview.degrees import _degrees
from interviewer.interview.headings import table_head
from interviewer.interview.job_location import job_location
from interviewer.interview.reading import _team_sizes, led_team_sizes
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.resume_facts import extract_facts
from tests.gap_probe import GapProbe

PROBE = GapProbe(date(2025, 9, 1))
CHANGE = "objection:career-change"
TENURE = "objection:tenure"
DEGREE = "objection:degree"
SCOPE = "objection:scope"


def switched(months_in_field: int) -> str:
    start_year, start_month = divmod(2025 * 12 + 8 - months_in_field, 12)
    return (
        "Tomasz Wrona\nGdynia\n\nEXPERIENCE\n\n"
        f"Data Analyst, Baltic Freight Data sp. z o.o., {start_month + 1:02d}/{start_year} – present\n"
        "- Dashboards in Power BI for 40 depot managers.\n\n"
        f"Mathematics Teacher, Liceum nr 3, Gdynia, 09/2012 – {start_month:02d}/{start_year}\n"
        "- Taught statistics to final-year classes.\n"
    )


def test_two_years_in_the_new_field_make_it_the_candidates_field() -> None:
    assert CHANGE not in PROBE.topics("Data Analyst", switched(30))
    # A year in it after a teaching career is still a switch to ask about.
    assert CHANGE in PROBE.topics("Data Analyst", switched(12))


def test_what_a_companys_brackets_say_it_does_names_no_post() -> None:
    assert _company_only("Wisła Media Group S.A., Warszawa (TV, radio, news portal; ~1,100 employees)")
    # A post written after the company is still a post.
    assert not _company_only("Wisła Media Group S.A., Warszawa, Radio Reporter")


def test_a_spaced_table_head_names_columns_not_a_post() -> None:
    assert table_head("Period                 Company                 Position")
    assert table_head("Period | Company | Position")
    assert not table_head("Project Manager")


FORM = (
    "ENGR. ADA OKAFOR\nAbuja\n\n## Work Experience\n\n"
    "### Grid Transmission Company of Nigeria — Abuja Region\n"
    "**Position:** Principal Engineer, Protection & Metering\n"
    "**Period:** Jan 2019 – Till date (Senior Engineer Jan 2019 – Dec 2020; promoted Jan 2021)\n"
    "**Staff supervised:** 12\n\n"
    "### Kainji Hydro Power Company Ltd — Kainji site\n"
    "**Position:** Senior Engineer, Protection & Switchyard\n"
    "**Period:** Jun 2013 – Dec 2018\n"
)


def test_a_forms_bold_fields_under_a_heading_name_the_post_and_its_employer() -> None:
    jobs = extract_facts(FORM, PROBE.today).jobs
    assert [(job.employer, job.dates) for job in jobs if job.dates != "Jan 2019 – Dec 2020"] == [
        ("Grid Transmission Company of Nigeria — Abuja Region", "Jan 2019 – Till date"),
        ("Kainji Hydro Power Company Ltd — Kainji site", "Jun 2013 – Dec 2018"),
    ]
    assert jobs[0].title.startswith("Principal Engineer, Protection & Metering")


def test_two_employers_each_entry_names_are_two_stays_whatever_their_titles_share() -> None:
    # Six years and five and a half are not twelve years with one employer.
    assert TENURE not in PROBE.topics("Head of Network Operations", FORM)
    # One employer's positions still make one stay.
    one = FORM.replace("### Kainji Hydro Power Company Ltd — Kainji site", "### Grid Transmission Company of "
                       "Nigeria — Abuja Region").replace("Jun 2013", "Jun 2012")  # fmt: skip
    assert TENURE in PROBE.topics("Head of Network Operations", one)


RENAMED = (
    "Eleni Markou\nAthens\n\n## Experience\n\n"
    "### Nexo CX Hellas S.A., Marousi (Athens) — 2016.10 – present\n{note}\n\n"
    "**Head of Customer Operations** — 2019.03 – present\n- 210 agents on 4 programmes\n\n"
    "**Operations Manager** — 2016.10 – 2019.02\n- 90 agents\n\n"
    "### Attiki Contact Services S.A., Athens — 2012.06 – 2016.09\n"
    "- **Operations Manager** 2014.01 – 2016.09 — 70 agents\n"
    "- **Team Leader** 2012.06 – 2013.12 — 16 agents\n"
)


def test_an_employers_own_dated_line_names_it_for_a_stated_renaming() -> None:
    note = "*Same company as below: Attiki Contact Services was acquired by Nexo Group in 2016 and renamed.*"
    assert TENURE in PROBE.topics("Customer Operations Director", RENAMED.format(note=note))
    assert TENURE not in PROBE.topics("Customer Operations Director", RENAMED.format(note=""))


CIVIL = (
    "Marek Zieliński\nWrocław\n\nEXPERIENCE\n\n"
    "Project Manager, Dom-Bau Wykonawstwo sp. z o.o., 2024/04 – present\n"
    "Kierownik budowy (Construction Manager), Atrium Budownictwo S.A., 2019/01 – 2024/03\n"
    "Site Engineer, Hydro-Bud sp. z o.o., 2014/07 – 2018/12\n"
)


def test_construction_and_civil_project_management_are_one_field() -> None:
    assert CHANGE not in PROBE.topics("Project Manager - Civil", CIVIL)
    # A nurse's years are still another field.
    nurse = CIVIL.replace(
        "Kierownik budowy (Construction Manager), Atrium Budownictwo S.A.", "Staff Nurse, Szpital Miejski"
    ).replace("Site Engineer, Hydro-Bud sp. z o.o.", "Staff Nurse, Szpital Wojewódzki")
    assert CHANGE in PROBE.topics("Project Manager - Civil", nurse)


def test_a_body_a_duty_deals_with_is_no_certification_asked() -> None:
    duty = "Operations Manager\n\nDuties:\n- Coordinate with the Customs House, CPA and shipping lines.\n"
    assert not [r for r in extract_requirements(duty).requirements if r.kind == "certification"]
    held = "Operations Manager\n\nRequirements:\n- Work with clients as a qualified CPA.\n"
    assert [r.names for r in extract_requirements(held).requirements if r.kind == "certification"] == [
        ("CPA",)
    ]


def test_a_bachelors_in_traditional_chinese_is_a_bachelors() -> None:
    assert _degrees("國立臺灣科技大學 資訊工程系 學士（2016）") == ["bachelor"]
    assert _degrees("國立臺灣大學 電機工程學系 碩士（2018）") == ["master"]


def test_or_an_equivalent_certificate_makes_the_named_ones_one_way_in() -> None:
    ad = (
        "EAL Teacher\n\nEssential:\n- A recognised teaching qualification (QTS, PGCE or an equivalent "
        "national teaching certificate)\n"
    )
    resume = (
        "Min-ji Park\nSeoul\n\nEXPERIENCE\nEAL Teacher, Hanbit International School, 2019 – present\n\n"
        "EDUCATION\nSecondary School Teacher Certificate (English), Ministry of Education, 2009\n"
    )
    assert DEGREE not in PROBE.topics("EAL Teacher", resume, ad)
    assert DEGREE in PROBE.topics("EAL Teacher", resume, ad.replace(" or an equivalent national teaching "
                                                                      "certificate", ""))  # fmt: skip


def test_a_descriptions_trainees_beside_its_staff_are_not_people_to_lead() -> None:
    said = "The Principal heads the centre: 58 instructors and 24 support staff, and about 2,400 trainees."
    assert max(_team_sizes(said, description=True)) == 82
    # In a resume, the trainees one leads beside the staff are led.
    assert 16 in _team_sizes("Led 4 engineers and 12 trainees.")


def test_a_lab_of_people_is_a_team() -> None:
    assert led_team_sizes("- Direct a lab of 24: associate professors, test engineers and PhD students") == [
        24
    ]


def test_words_in_lower_case_after_based_in_are_no_place() -> None:
    ad = (
        "Especialista de Matemática - Sakura Aulas Perú S.A.C. (San Isidro, Lima)\n\n"
        "Somos una red de aulas basada en hojas de trabajo individuales.\n\n"
        "Trabajo 100% presencial en nuestra oficina de San Isidro, Lima.\n"
    )
    assert job_location(ad)[0] == "Lima"


def test_a_vietnamese_month_and_year_is_a_date() -> None:
    resume = (
        "Nguyen Van An\nHo Chi Minh City\n\nEXPERIENCE\n\n**Head of Engineering**, Lua Xanh AgriTech\n"
        "T11/2022 – T8/2023 · HCMC\n\n**Tech Lead**, PayNhanh\nTháng 12/2021 – Tháng 10/2022 · HCMC\n"
    )
    jobs = extract_facts(resume, PROBE.today).jobs
    assert [(job.start, job.end) for job in jobs] == [((2022, 11), (2023, 8)), ((2021, 12), (2022, 10))]


HOPS = (
    "Jonas Lien\nOslo\n\nERFARING\n\n"
    "| Periode | Stilling | Firma | Om jobben |\n|---|---|---|---|\n"
    "| 08-2023 → nå | Account Manager | Hagen Kontor AS, Oslo | 140 bedriftskunder. |\n"
    "| 11-2022 → 06-2023 | Inside Sales | NettPunkt AS, Oslo | {first} |\n"
    "| 01-2022 → 10-2022 | Sales Representative | Sparkr Norge AS, Oslo | {second} |\n"
    "| 03-2021 → 11-2021 | Salgskonsulent | Kvikk Solar AS, Drammen | {third} |\n"
)


def test_a_norwegian_layoff_or_bankruptcy_explains_a_short_stay() -> None:
    said = HOPS.format(
        first="Nedbemanning: 9 av 20 selgere sagt opp.",
        second="Selskapet trakk seg ut av Norge.",
        third="Selskapet gikk konkurs i november 2021.",
    )
    assert "objection:job-hopping" not in PROBE.topics("Key Account Manager", said)
    unsaid = HOPS.format(first="SMB-avtaler.", second="Parkeringsavtaler.", third="Booket befaringer.")
    assert "objection:job-hopping" in PROBE.topics("Key Account Manager", unsaid)


def test_weekend_and_part_time_jobs_beside_study_are_no_years_in_the_field() -> None:
    resume = (
        "Jonas Lien\nOslo\n\nERFARING\n\n"
        "Sales Representative, Hagen Kontor AS, Oslo, 08-2023 – 08-2025\n"
        "Salgsassistent (deltid, ved siden av studier), Nordlys Sport, Aarhus, 09-2018 – 12-2022\n"
        "Salgsmedarbeider (helg/sommer), Lydhuset, Oslo, 06-2015 – 07-2018\n"
    )
    assert "objection:overqualified" not in PROBE.topics("Junior Sales Representative", resume)
    full_time = resume.replace(" (deltid, ved siden av studier)", "").replace(" (helg/sommer)", "")
    assert "objection:overqualified" in PROBE.topics("Junior Sales Representative", full_time)


MOVE = "objection:relocation"
LYON = "Conducteur de travaux\nLocation: Lyon 7e (on site)\n"


def test_a_phone_number_on_the_address_line_does_not_hide_the_town() -> None:
    resume = "SÉBASTIEN MOULIN\n14 rue des Gras, 63000 Clermont-Ferrand 06 71 28 44 90\n\nEXPERIENCE\n"
    assert MOVE in PROBE.topics("Conducteur de travaux", resume, LYON)
    assert MOVE not in PROBE.topics(
        "Conducteur de travaux", resume.replace("Clermont-Ferrand", "Villeurbanne"), LYON
    )


def test_moving_to_new_contracts_is_no_move_of_house() -> None:
    resume = (
        "Anna Nowak\nLublin, Poland\n\nEXPERIENCE\n"
        "- Cut steel cost 6% by moving to quarterly index-linked contracts.\n"
    )
    ad = "Procurement Manager\nLocation: Wrocław (on site)\n"
    assert MOVE in PROBE.topics("Procurement Manager", resume, ad)
    assert MOVE not in PROBE.topics("Procurement Manager", resume + "- Moving to Wrocław in June.\n", ad)


def test_a_masons_trade_words_are_construction() -> None:
    resume = (
        "Sébastien Moulin\nLyon\n\nEXPERIENCE\n"
        "Chef d'équipe gros œuvre, Bâtiments Dômes SAS, Lyon, 2012 – 2025\n- Coffrage, banches, maçonnerie.\n"
    )
    ad = "Conducteur de travaux\nLocation: Lyon (on site)\n\nRequirements:\n- 5 years in construction\n"
    assert "objection:industry" not in PROBE.topics("Conducteur de travaux", resume, ad)
    baker = resume.replace("gros œuvre", "boulangerie").replace(
        "Coffrage, banches, maçonnerie", "Pain, viennoiserie"
    )
    assert "objection:industry" in PROBE.topics("Conducteur de travaux", baker, ad)


def test_a_directors_title_at_a_firm_of_nine_is_no_step_down() -> None:
    resume = (
        "Sébastien Moulin\nLyon\n\nEXPERIENCE\n"
        "Sep 2017 – present  SARL Ferrand & Fils (9 salariés)  Directeur de travaux\n"
        "Apr 2012 – Aug 2017  Bâtiments Dômes SAS  Chef d'équipe\n"
    )
    over = "objection:overqualified"
    assert over not in PROBE.topics("Conducteur de travaux", resume)
    assert over in PROBE.topics("Conducteur de travaux", resume.replace("(9 salariés)", "(900 salariés)"))


def test_a_streets_abbreviation_ends_no_place() -> None:
    place = "Place of work: Passenger Service Point, ul. Joannitów 13, Wrocław – on-site, Mon–Sat\n"
    assert job_location(place)[0] == "Wrocław"


def test_a_founders_title_in_spanish_is_no_rank_to_step_down_from() -> None:
    resume = (
        "Rosa Quispe\nArequipa\n\nEXPERIENCE\n"
        "Academia Illari, Arequipa - Directora Académica y fundadora, 2019 – present\n"
        "Colegio Andino, Arequipa - Especialista de Matemática, 2009 – 2016\n"
    )
    over = "objection:overqualified"
    assert over not in PROBE.topics("Especialista de Matemática", resume)
    assert over in PROBE.topics("Especialista de Matemática", resume.replace(" y fundadora", ""))


def test_the_size_of_a_start_up_or_a_project_is_no_team_led() -> None:
    assert led_team_sizes("- CTO at a 9-person start-up; built the booking engine.") == []
    assert led_team_sizes("- Java developer on a 30-person ODC project.") == []
    assert led_team_sizes("- Led a 12-person project team.") == [12]


def test_a_descriptions_range_of_people_asks_for_its_lower_end() -> None:
    said = "Manage delivery for 3–4 teams (20–30 engineers in total) through team leads."
    assert _team_sizes(said, description=True) == [20]
    assert _team_sizes("Manage 30 engineers through team leads.", description=True) == [30]


def test_where_a_resume_without_an_address_works_now_is_where_it_lives() -> None:
    resume = (
        "RIZKY PRATAMA, S.T., PMP\nHead of Project Management Office\n\nPROFILE\nProject leader.\n\n"
        "WORK EXPERIENCE\n\nHead of Project Management Office\n"
        "PT Graha Data Nusantara — Jakarta | 2021/12 – present\n- Lead 12 project managers.\n"
    )
    ad = "Head of PMO\nLocation: Riyadh, Saudi Arabia (on site)\n"
    assert MOVE in PROBE.topics("Head of PMO", resume, ad)
    assert MOVE not in PROBE.topics("Head of PMO", resume.replace("Jakarta", "Riyadh"), ad)


def test_a_town_said_in_a_sentence_of_the_letterhead_is_read() -> None:
    resume = (
        "Avital Mizrahi\nPublic-sector technologist. Twenty years building government services people use. "
        "Based in Jerusalem and glad to travel.\n\nEXPERIENCE\n"
    )
    ad = "Digital Services Lead\nLocation: Tel Aviv (hybrid, 3 days in the office)\n"
    far = "Digital Services Lead\nLocation: Eilat (on site)\n"
    assert MOVE not in PROBE.topics("Digital Services Lead", resume, ad)
    assert MOVE in PROBE.topics("Digital Services Lead", resume, far)


def test_a_postcode_before_the_town_is_no_part_of_its_name() -> None:
    resume = (
        "Katharina Pölzl\nAdresse: St. Ruprechter Straße 41/5, 9020 Klagenfurt am Wörthersee\n"
        "Telefon: +43 664 318 27 54\n\nBERUFSERFAHRUNG\n"
    )
    assert MOVE in PROBE.topics("Pflegefachkraft", resume, "Pflegefachkraft\nArbeitsort: Graz (vor Ort)\n")
    assert MOVE not in PROBE.topics(
        "Pflegefachkraft", resume, "Pflegefachkraft\nArbeitsort: Klagenfurt (vor Ort)\n"
    )


PROMOTED = (
    "Tan Kok Wai\nPetaling Jaya, Selangor\n\n# Career History\n"
    "General Manager – Projects | Jan 2016 – Present\nSeri Mutiara Builders Sdn Bhd, Kuala Lumpur (CIDB G7)\n"
    "- Oversee 5 project managers\n\n"
    "Senior Project Manager | Jan 2010 – Dec 2015\n{earlier}\n- High-rise residential projects\n\n"
    "Project Manager | Mar 2002 – Dec 2009\nHock Lee Construction Sdn Bhd, Petaling Jaya\n"
)


def test_a_malaysian_company_under_each_title_names_the_employer_and_joins_its_promotions() -> None:
    jobs = extract_facts(PROMOTED.format(earlier="Seri Mutiara Builders Sdn Bhd"), PROBE.today).jobs
    assert [job.employer.split(",")[0] for job in jobs] == [
        "Seri Mutiara Builders Sdn Bhd",
        "Seri Mutiara Builders Sdn Bhd",
        "Hock Lee Construction Sdn Bhd",
    ]
    assert TENURE in PROBE.topics(
        "Project Director", PROMOTED.format(earlier="Seri Mutiara Builders Sdn Bhd")
    )
    other = PROMOTED.format(earlier="Bintang Jaya Builders Sdn Bhd")
    assert TENURE not in PROBE.topics("Project Director", other)
