"""Round 26 of the objection rules (issue 17): each test is a case the rules before it got wrong, beside one
they must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.resume_facts import extract_facts
from interviewer.interview.wrapping import unwrap_bullets
from tests.gap_probe import GapProbe

TODAY = date(2026, 11, 1)
PROBE = GapProbe(TODAY)
topics, evidence = PROBE.topics, PROBE.evidence


def test_a_bullet_a_pdf_wrapped_is_one_line_again() -> None:
    wrapped = (
        "- Manage the reception team: 6 receptionists, 2 night auditors and 1\n"
        "concierge (9 people),\n"
        "rosters and training of apprentices.\n"
        "- Lead a manufacturer with 11 plants in VIC, NSW and QLD,\n"
        "  2,000 employees and revenue of A$1.1bn.\n"
    )
    assert unwrap_bullets(wrapped).splitlines() == [
        "- Manage the reception team: 6 receptionists, 2 night auditors and 1 concierge (9 people), rosters "
        "and training of apprentices.",
        "- Lead a manufacturer with 11 plants in VIC, NSW and QLD, 2,000 employees and revenue of A$1.1bn.",
    ]
    assert extract_facts(wrapped, TODAY).max_team_size == 2000


def test_a_numbered_entry_a_dated_line_or_a_finished_bullet_is_not_a_wrapped_end() -> None:
    kept = (
        "- Implemented data quality checks using Great Expectations\n"
        "2) DataBridge Solutions, Hinjewadi, Pune\n"
        "- Mentored 2 junior engineers\n"
        "2019 Award for delivery\n"
        "- Built the claims data model\n"
        "consultant (Mar 2018 - Jun 2019)\n"
        "- Closed the plant on time.\n"
        "and then moved on\n"
        "the document system (2019\n"
        "– 2020) and\n"
        "the e-discovery platform (2022).\n"
    )
    assert unwrap_bullets(kept) == kept.rstrip("\n")


def test_a_team_set_off_after_what_the_verb_leads() -> None:
    facts = extract_facts("- Manage the reception team: 6 receptionists and 1 concierge (9 people)\n", TODAY)
    assert facts.max_team_size == 9


def test_a_permanent_residence_since_a_year_is_no_post() -> None:
    resume = (
        "PIOTR NOWAK\nSandnes, Norway\n"
        "Born 1980, Polish citizen, permanent residence in Norway since 2012\n\n"
        "EXPERIENCE\n08/2009 - 03/2025   Lead Electrical Engineer, Nordkyst Offshore AS, Stavanger\n"
    )
    assert [j.dates for j in extract_facts(resume, TODAY).jobs] == ["08/2009 - 03/2025"]


def test_titles_in_norwegian_and_spanish_name_their_function() -> None:
    from interviewer.interview.functions import function_words

    assert "engin" in function_words("Senior elektroingeniør - havvind")
    assert "safet" in function_words("Técnico/a Superior de PRL")
    assert "safet" in function_words("Técnica de Prevención de Riesgos Laborales")


def test_a_candidate_registration_meets_an_ad_that_asks_for_the_candidate_grade() -> None:
    ad = (
        "Roads Technologist\n\nRequirements\n"
        "- Registration with ECSA as a Candidate Engineering Technologist (essential)\n"
        "- BTech Civil Engineering\n"
    )
    resume = (
        "THABO MOLOI\nPretoria\n\nLICENSES\n"
        "Candidate Engineering Technologist - Engineering Council of South Africa (ECSA)\n\n"
        "EXPERIENCE\n01.02.2022 - present  Candidate Civil Engineering Technologist, Roads Consulting "
        "(Pty) Ltd, Centurion\n\nEDUCATION\nBEngTech Civil Engineering, TUT, 2019 - 2021\n"
    )
    assert "objection:degree" not in topics("Roads Technologist", resume, ad)
    # A word of its own that the ad does not use still says the registration is on its way.
    applied = resume.replace("(ECSA)\n", "(ECSA) - application pending\n", 1)
    assert "objection:degree" in topics("Roads Technologist", applied, ad)


def test_a_south_african_province_says_which_wellington() -> None:
    from interviewer.interview.places import countries_in

    assert countries_in("14 Pentz Street, Wellington, Western Cape") == ["South Africa"]


def test_a_europass_label_column_is_not_read_as_a_column_of_its_own() -> None:
    from interviewer.interview.columns import unfold_columns

    rows = [
        ("PERSONAL INFORMATION", "Dana Whitcombe"),
        ("", "2214 Poplar Pike, Germantown, TN 38138"),
        ("WORK EXPERIENCE", ""),
        ("Mar 2021 – Present", "SVP, Enterprise Transformation"),
        ("", "Halvorsen Precision Group, Memphis, TN"),
        ("", "▪ Lead 6 directors and approx. 240 people"),
        ("Jun 2014 – Feb 2021", "Vice President, Supply Chain"),
        ("", "Brightwater Alloys Inc., Warsaw, IN"),
        ("", "▪ Led planning and purchasing (95 people)"),
        ("", ""),
        ("EDUCATION AND TRAINING", ""),
        ("", ""),
        ("2006 – 2008", "MBA, Vanderbilt University"),
        ("", "Owen Graduate School of Management, Nashville"),
        ("1995 – 1999", "BS Industrial and Systems Engineering"),
        ("", "Georgia Institute of Technology, Atlanta"),
        ("", ""),
        ("Mother tongue", "English"),
        ("", ""),
        ("Digital skills", "SAP S/4HANA, SAP IBP, Power BI"),
        ("", ""),
        ("Driving licence", "Tennessee, Class D"),
        ("", ""),
        ("Communication skills", "Board-level reporting; supplier summits"),
        ("", ""),
        ("Organisational skills", "Built S&OP processes in three companies"),
        ("", ""),
        ("Memberships", "ASCM; Rotary Club of Germantown"),
    ]
    text = "\n".join(f"{left:<28}{right}".rstrip() for left, right in rows)
    assert unfold_columns(text) == text
    # A left column that runs on from line to line (skills beside the jobs) is still a column.
    skills = "\n".join(
        f"{'Sampling of surface and' if i % 2 else 'ground water, effluents':<28}Job line {i} with words"
        for i in range(12)
    )
    assert unfold_columns(skills) != skills


def test_italian_present_teams_and_budgets() -> None:
    from interviewer.interview.amounts import owned_amounts
    from interviewer.interview.reading import _team_sizes

    resume = (
        "GIULIA VENTURINI\nFirenze\n\nESPERIENZA PROFESSIONALE\n"
        "2017-09 – alla data attuale  Direttrice, Laboratorio di Diagnostica, Firenze\n"
    )
    assert extract_facts(resume, TODAY).jobs[0].current
    assert _team_sizes("- Coordinamento di un gruppo di 11 ricercatori e tecnici") == [11]
    assert owned_amounts("- Bilancio annuo del laboratorio di circa 4,2 milioni di euro") == [
        (4_200_000, False)
    ]
    assert owned_amounts("- Budget of $1,250,000") == [(1_250_000, False)]


def test_a_range_written_between_two_dates_in_spanish() -> None:
    resume = (
        "RODRIGO ALFARO\nLima\n\nEXPERIENCIA\n"
        "Desde 2018-03 a la fecha me desempeño como Gerente de Exploración en Petrolera Amazónica S.A.C.\n"
        "Entre 2011-01 y 2018-02 trabajé como Jefe de Geología en Andina Energy Perú S.A.\n"
    )
    assert [j.dates for j in extract_facts(resume, TODAY).jobs] == ["Desde 2018-03", "2011-01 - 2018-02"]
    # In English "between" stays prose.
    english = "EXPERIENCE\nBetween 2011-01 and 2018-02 I travelled.\n"
    assert extract_facts(english, TODAY).jobs == []


def test_metals_exploration_is_mining() -> None:
    from interviewer.interview.industries import _industries

    assert "mining" in _industries("15+ years of exploration in porphyry copper / base and precious metals")
    assert "manufacturing" in _industries("- breakdowns and PM on production lines")


def test_a_sentence_after_the_dates_is_no_part_of_the_title() -> None:
    resume = (
        "CAREER HISTORY\n"
        "Group Chief Executive Officer, Wattle Grove Living, Melbourne (2023 – present). Wattle Grove is a\n"
        "not-for-profit provider of 18 residential homes.\n"
    )
    (job,) = extract_facts(resume, TODAY).jobs
    assert job.title == "Group Chief Executive Officer, Wattle Grove Living, Melbourne"


def test_a_chief_executive_runs_the_function_a_general_manager_is_asked_to() -> None:
    resume = (
        "REBECCA HART\nMelbourne\n\nCAREER HISTORY\n"
        "Group Chief Executive Officer, Wattle Grove Living, Melbourne (2023 – present)\n"
        "Chief Operating Officer, Eastern Gardens Care, Box Hill (2021 – 2023)\n"
    )
    assert "objection:career-change" not in topics("General Manager – Residential Services", resume)


def test_posts_under_one_norwegian_as_are_one_stay() -> None:
    resume = (
        "## Work experience\n\n| Dates | Position | Employer | Main activities |\n|---|---|---|---|\n"
        "| 01.2019 – present | Head of Maintenance | Vestfjell Kraft AS, Bergen – hydropower | "
        "Lead 3 section leaders and 62 technicians |\n"
        "| 04.2015 – 12.2018 | Section Leader | Vestfjell Kraft AS | 22 mechanics |\n"
        "| 03.2011 – 03.2015 | Maintenance Engineer | Vestfjell Kraft AS | Outage planning |\n"
    )
    assert "objection:tenure" in topics("Director of Operations", resume, today=date(2025, 12, 4))
    from interviewer.interview.stays import _COMPANY_NAME

    assert _COMPANY_NAME.search("Vestfjell Kraft AS")


def test_a_linkedin_group_holds_across_a_page_footer_and_a_place_is_no_title() -> None:
    resume = (
        "Experience\n\nSupermercados Lusomar, S.A.\n12 years 9 months\n\n"
        "Accounting Assistant\n01.01.2022 - Present (3 years 3 months)\nMatosinhos, Porto, Portugal\n"
        "- Bank reconciliations\n\n                    Page 1 of 3\n\n"
        "Store Operator\n15.06.2012 - 31.12.2021 (9 years 7 months)\nMatosinhos, Porto, Portugal\n"
        "- Shelf replenishment\n"
    )
    jobs = extract_facts(resume, date(2025, 3, 3)).jobs
    assert [j.title for j in jobs] == ["Accounting Assistant", "Store Operator"]
    assert {j.employer for j in jobs} == {"Supermercados Lusomar, S.A."}


def test_years_in_the_function_asked_count_not_a_start_on_the_shop_floor() -> None:
    ad = "Accountant\n\nRequirements\n- 2 to 4 years of experience in accounting (general ledger, VAT)\n"
    resume = (
        "TIAGO MOREIRA\nPorto\n\nEXPERIENCE\n"
        "Accounting Assistant, Supermercados Lusomar - 01.2022 - Present\n"
        "Store Operator, Supermercados Lusomar - 06.2012 - 12.2021\n"
    )
    assert "objection:overqualified" not in topics("Accountant", resume, ad, today=date(2025, 3, 3))
    # Years managing, in any function, still count.
    managed = resume.replace("Store Operator", "Store Manager")
    assert "objection:overqualified" in topics("Accountant", managed, ad, today=date(2025, 3, 3))


def test_arabic_dates_degrees_teams_and_fields() -> None:
    from interviewer.interview.dates import _RANGE
    from interviewer.interview.degree_fields import _stems
    from interviewer.interview.degrees import _degrees
    from interviewer.interview.reading import _team_sizes

    assert _RANGE.search("مدير أول سلسلة الإمداد (2019 – حتى الآن)")
    assert _degrees("بكالوريوس الهندسة الصناعية – جامعة الملك عبدالعزيز") == ["bachelor"]
    assert {"engin", "indus"} <= _stems("بكالوريوس الهندسة الصناعية")
    assert _team_sizes("- قيادة فريق يضم 150 موظفاً بين مشرفي مستودعات") == [150]
    resume = "الخبرة المهنية\nمدير تخطيط الطلب والتوزيع (2015 – 2019)\nشركة الواحة – جدة\n"
    assert [j.title for j in extract_facts(resume, TODAY).jobs] == ["مدير تخطيط الطلب والتوزيع"]


def test_austrian_and_spanish_degree_names_and_fields() -> None:
    from interviewer.interview.degree_fields import _stems
    from interviewer.interview.degrees import _degrees

    assert _degrees("Diplomstudium Wirtschaftswissenschaften, Abschluss: Mag. rer. soc. oec.") == ["master"]
    assert _degrees("Magazine editor, Mag. 2019") == []
    assert "busin" in _stems("Diplomstudium Wirtschaftswissenschaften")
    assert "marke" in _stems("Licenciatura en Mercadotecnia")
    assert "manufacturing" in __import__(
        "interviewer.interview.industries", fromlist=["_industries"]
    )._industries("Werkscontrolling von zwei Produktionsstandorten im Sondermaschinenbau")


def test_a_filipino_resume_and_a_master_teacher() -> None:
    from interviewer.interview.degrees import _degrees

    assert _degrees("Master Teacher I (mula 2022); Teacher III") == []
    resume = (
        "JEROME BAUTISTA\nPasig\n\nKARANASAN SA TRABAHO\n\n2018 – kasalukuyan\n"
        "Master Teacher I, Mataas na Paaralang Pambansa ng San Joaquin, Pasig (DepEd)\n\n"
        "2012 – 2018\nGuro sa Matematika, Junior High School\nSt. Augustine Academy of Marikina\n\n"
        "MGA SERTIPIKO\nData Analyst in Python track, 2024 – 2025\n"
    )
    assert [j.current for j in extract_facts(resume, date(2026, 9, 16)).jobs] == [True, False]
    assert "objection:career-change" in topics("Senior Data Analyst", resume, today=date(2026, 9, 16))


def test_a_care_assistant_does_a_healthcare_assistant_s_work() -> None:
    resume = (
        "SIOBHAN KEANE\nGalway\n\nWork Experience\n\nSept 2020 - present\n"
        "Home Support Worker, HomeCare West Ltd, Galway\n\nSep 2018 - Aug 2020\n"
        "Career break - at home with my two children.\n\nApr 2013 - Aug 2018\n"
        "Care Assistant, St Enda's Nursing Home, Moycullen\n"
    )
    assert "objection:career-change" not in topics("Healthcare Assistant", resume, today=date(2022, 6, 1))


def test_a_promotion_written_into_a_title_line_stays_inside_its_stay() -> None:
    resume = (
        "DOŚWIADCZENIE ZAWODOWE\n\n"
        "Q1 2022 – Q1 2023 | Hurtex S.A., Warszawa – Dyrektor ds. Operacji\n\n"
        "Q2 2008 – Q4 2014 | TransEuropa Logistics Sp. z o.o., Warszawa\n"
        "Kierownik Magazynu, od Q3 2011 Dyrektor Regionalny (Polska Centralna)\n"
    )
    assert not any(j.current for j in extract_facts(resume, date(2025, 8, 8)).jobs)
    # A "since" that opens its own line under an employer's line is still a post held to this day.
    held = resume.replace(
        "Kierownik Magazynu, od Q3 2011 Dyrektor Regionalny", "Od Q3 2011 Dyrektor Regionalny"
    )
    held = held.replace("Q2 2008 – Q4 2014 | ", "")
    assert any(j.current for j in extract_facts(held, date(2025, 8, 8)).jobs)


def test_a_bracket_a_pdf_wrapped_goes_on_its_bullet() -> None:
    wrapped = (
        "- Head of department: Project Development Team and Implementation Team\n(2 team leaders, 18 staff)\n"
    )
    assert len(unwrap_bullets(wrapped).splitlines()) == 1


def test_development_cooperation_is_the_non_profit_sector_and_a_programme_is_run_as_projects() -> None:
    from interviewer.interview.functions import function_words
    from interviewer.interview.industries import _industries

    assert "non-profit" in _industries("Portfolio of ODA grants via KOICA and ADB co-financing")
    assert "proje" in function_words("Head, Programme Operations Division")


def test_greek_months_and_present() -> None:
    from interviewer.interview.dates import _RANGE, _parse_date

    for text, start, end in (
        ("Οκτ. 2009 – Νοέ. 2024", (2009, 10), (2024, 11)),
        ("Μάι 2010 - Ιούλ. 2012", (2010, 5), (2012, 7)),
    ):
        match = _RANGE.search(text)
        assert match and (_parse_date(match.group("start")), _parse_date(match.group("end"))) == (start, end)
    assert _RANGE.search("Ιούνιος 2015 – σήμερα")


def test_indonesian_s1_and_s2_but_not_a_d3_s1_choice() -> None:
    from interviewer.interview.degrees import _degrees

    assert _degrees("S1 Agronomi dan Hortikultura, Fakultas Pertanian") == ["bachelor"]
    assert _degrees("S2 Magister Manajemen (M.M.)") == ["master"]
    assert _degrees("Pendidikan minimal D3/S1 Teknologi Pangan") == []


def test_an_office_line_places_the_job() -> None:
    from interviewer.interview.job_location import job_location

    ad = "Support Team Lead\n\n- Office in San Pedro Garza García, Monterrey. In the office 4 days a week\n"
    assert job_location(ad) == ("Monterrey", "San Pedro Garza García, Monterrey")


def test_a_bracketed_since_after_a_title_and_a_registration_are_no_posts_held_today() -> None:
    resume = (
        "EXPERIENCIA LABORAL\n\n04/2024 – 03/2025   Nubefy S.A. – Palermo, CABA\n"
        "                    Analista Contable\n\n"
        "02/2021 – 03/2024   Estudio Ferrán & Asociados – San Nicolás, CABA\n"
        "                    Semi Senior de Auditoría (desde 07/2022)\n\n"
        "FORMACIÓN ACADÉMICA\n\n2014 – 12/2022      Contadora Pública – Universidad de Buenos Aires\n"
        "                    Matriculada en el CPCECABA – T° 412 F° 87 (desde 05/2023)\n"
    )
    facts = extract_facts(resume, date(2026, 1, 26))
    assert not any(j.current for j in facts.jobs)
    assert [g for g in facts.gaps if "2025" in str(g)]


def test_a_range_that_ends_in_a_quarter_ends_with_its_last_month() -> None:
    (job,) = extract_facts("EXPERIENCE\nQ3 2024 – Q2 2025 | Dostawix S.A. – COO\n", TODAY).jobs
    assert (job.start, job.end) == ((2024, 7), (2025, 6))
