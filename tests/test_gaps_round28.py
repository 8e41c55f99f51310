"""Round 28 of the objection rules (issue 17): each test is a case the rules before it got wrong, beside one
they must leave alone."""

from __future__ import annotations

import io
from datetime import date

from interviewer.evals.tasks.objections import render_resume
from interviewer.interview.columns import unfold_columns
from tests.gap_probe import GapProbe

TODAY = date(2026, 11, 1)
PROBE = GapProbe(TODAY)
topics, evidence = PROBE.topics, PROBE.evidence

_EUROPASS = [
    ("europass", ""),
    ("Curriculum Vitae", ""),
    ("PERSONAL INFORMATION", "Ama Owusu"),
    ("", "14 Ring Road Central, Accra"),
    ("JOB APPLIED FOR", "Procurement Officer"),
    ("WORK EXPERIENCE", ""),
    ("08/2021 – Present", "Procurement Officer"),
    ("", "Tema Marine Services Ltd, Tema"),
    ("", "- Buying spares for a fleet of nine supply vessels"),
    ("03/2018 – 07/2021", "Purchasing Officer"),
    ("", "Golden Crust Foods Ltd, Accra"),
    ("EDUCATION AND TRAINING", ""),
    ("2011 – 2015", "BSc Administration"),
    ("", "University of Ghana, Legon"),
    ("PERSONAL SKILLS", ""),
    ("Mother tongue(s)", "Twi"),
    ("Other language(s)", "UNDERSTANDING   SPEAKING   WRITING"),
    ("", "Listening       Spoken     Written"),
    ("English", "C2              C2         C2"),
    ("French", "B1              A2         B1"),
    ("Digital skills", "SAP MM, Excel"),
    ("", "Power BI dashboards for spend"),
    ("Driving licence", "B"),
    ("ADDITIONAL INFORMATION", ""),
    ("Certifications", "CIPS Level 4, 2020"),
    ("", "HSE Level 1, 2021"),
    ("References", "Available on request"),
]


def test_section_headings_in_a_europass_label_column_do_not_make_it_a_column() -> None:
    text = "\n".join(f"{left:<28}{right}".rstrip() for left, right in _EUROPASS)
    # The headings stand one under another ("europass", "Curriculum Vitae", "PERSONAL INFORMATION"), but
    # the labels beside text still stand alone: the dates stay beside the posts they date.
    assert unfold_columns(text) == text
    # A sidebar under its own heading, whose lines run on beside the jobs, is still a column of its own.
    sidebar = "\n".join(
        ["SKILLS", *(f"{f'Lean tools and {i} more':<28}Led the night shift, line {i}" for i in range(10))]
    )
    assert unfold_columns(sidebar).splitlines()[1:3] == ["Lean tools and 0 more", "Lean tools and 1 more"]


def test_the_eval_pdf_wraps_a_long_line_inside_its_column() -> None:
    from pypdf import PdfReader

    bullet = "- Handling procurement of spares, consumables and lube for a fleet of 11 vessels"
    line = f"{'08/2021 – Present':<28}{bullet}"
    _, data = render_resume(line, "pdf")
    lines = PdfReader(io.BytesIO(data)).pages[0].extract_text().splitlines()
    # The rest of the bullet goes on under the bullet's text, as a word processor wraps it, not at the page's
    # left edge, where it would read as the left column's.
    assert len(lines) == 2 and lines[1] == " " * 30 + "of 11 vessels"


_BUYER = (
    "Kofi Mensah\nAccra, Ghana\n\nWORK EXPERIENCE\n"
    "08/2021 – Present  Procurement Officer, Tema Marine Services Ltd\n"
    "- Raise 90 purchase orders a month in SAP MM\n"
    "03/2018 – 07/2021  Purchasing Officer, Golden Crust Foods Ltd\n"
)
_BUYER_AD = (
    "Procurement Officer\nLocation: Accra (on-site)\n\nRequirements\n- 3 years of purchasing experience\n"
)


def test_a_title_read_out_of_a_table_or_a_sentence_is_no_other_function() -> None:
    assert "objection:career-change" not in topics("Procurement Officer", _BUYER, _BUYER_AD)
    torn = _BUYER.replace("Procurement Officer, Tema", "of 11 offshore support vessels, Tema").replace(
        "Purchasing Officer, Golden", "Stock counts | | Warehouse Supervisor |-----| Golden"
    )
    assert "objection:career-change" not in topics("Procurement Officer", torn, _BUYER_AD)
    # A title read whole in another function still is one.
    nurse = _BUYER.replace("Procurement Officer, Tema", "Staff Nurse, Ridge Hospital").replace(
        "Purchasing Officer, Golden", "Staff Nurse, Golden"
    )
    assert "objection:career-change" in topics("Procurement Officer", nurse, _BUYER_AD)


def test_degrees_of_peru_and_greece_are_read() -> None:
    from interviewer.interview.degrees import _degrees

    assert "bachelor" in _degrees("Bachiller: Jul '21 | Título profesional (tesis): Mar '23")
    assert "bachelor" in _degrees("Professional Title: Industrial Engineer (Ingeniera Industrial)")
    assert "bachelor" in _degrees("(Bachiller 2011, Título 2012)")
    assert "master" in _degrees("Δίπλωμα Ναυπηγού Μηχανολόγου Μηχανικού (πενταετές, Integrated Master)")
    # A Spanish school leaver's "Bachillerato" is no degree.
    assert _degrees("Bachillerato en Ciencias, IES Cervantes, 2012") == []


def test_a_degree_field_in_portuguese_korean_or_greek_is_the_field_asked() -> None:
    ad = "Enfermeiro/a\nLocation: Lisboa (on-site)\n\nRequirements\n- Degree in Nursing, required\n"
    resume = (
        "Ana Costa\nLisboa\n\nEXPERIENCE\n2010 – present  Enfermeira, Hospital de Santa Maria\n\n"
        "EDUCATION\n2006 – 2010 | Licenciatura em Enfermagem, ESEL\n"
    )
    assert "objection:degree" not in topics("Staff Nurse", resume, ad)
    assert "objection:degree" in topics("Staff Nurse", resume.replace("Enfermagem", "Direito"), ad)
    engineer = "Process Engineer\nRequirements\n- Bachelor's degree in engineering, physics or chemistry\n"
    korean = (
        "김민준\n서울\n\n경력\n2008.03 ~ 현재  Process Engineer, Hanul Semicon\n\n학력\n"
        "- 고려대학교 신소재공학부 학사 (1998.03 ~ 2002.02)\n"
    )
    assert "objection:degree" not in topics("Process Engineer", korean, engineer)
    naval = "Superintendent\nRequirements\n- Degree in Naval Architecture or Marine Engineering, required\n"
    greek = (
        "Γιώργος Παππάς\nΠειραιάς\n\nΕΜΠΕΙΡΙΑ\n2010 – σήμερα  Technical Superintendent, Aegean Lines\n\n"
        "ΕΚΠΑΙΔΕΥΣΗ\nΔίπλωμα Ναυπηγού Μηχανολόγου Μηχανικού (πενταετές, Integrated Master), ΕΜΠ, 2008\n"
    )
    assert "objection:degree" not in topics("Technical Superintendent", greek, naval)


def test_a_chartered_accountant_meets_a_ca_or_cpa_and_an_arabic_preference_is_a_wish() -> None:
    resume = (
        "Lim Wei Ling\nSingapore\n\nEXPERIENCE\n2012 – present  Finance Director, Marina Foods Pte Ltd\n\n"
        "QUALIFICATIONS\nBachelor of Accountancy (Honours), NTU, 1999\n"
        "Fellow Chartered Accountant of Singapore, FCA (Singapore), ISCA, 2015\n"
    )
    ad = "Finance Director\nLocation: Singapore\n\nRequirements\n- Must: CA / CPA, 15+ yrs in FMCG\n"
    assert "objection:degree" not in topics("Finance Director", resume, ad)
    cpa_only = ad.replace("CA / CPA", "US CPA licence")
    assert "objection:degree" in topics("Finance Director", resume, cpa_only)
    buyer = (
        "Omar Hassan\nCairo\n\nEXPERIENCE\n2015 – present  Procurement Specialist, Nile Build Co.\n\n"
        "EDUCATION\nB.Sc. in Civil Engineering, Ain Shams University, 2012\n"
    )
    wish = (
        "Procurement Specialist\nالمتطلبات\n"
        "- يفضل الحصول على شهادة مهنية في المشتريات (CIPS أو ما يعادلها).\n"
    )
    assert "objection:degree" not in topics("Procurement Specialist", buyer, wish)
    must = wish.replace("يفضل", "يشترط")
    assert "objection:degree" in topics("Procurement Specialist", buyer, must)


def test_career_change_reads_no_function_in_a_company_line_or_a_doctorate() -> None:
    ad = "Environmental Analyst\nLocation: Trujillo\n\nRequirements\n- 3 years of environmental monitoring\n"
    resume = (
        "Lucía Ramos\nTrujillo, Perú\n\nEXPERIENCIA\n"
        "Feb 2025 – actualidad  AgroPacífico Exportaciones S.A. – Virú, La Libertad\n"
        "- Monitoreo de calidad de aire, agua y ruido\n"
        "Feb 2022 – Mar 2024  Consultora Ambiental Chimú S.A.C. – Trujillo\n"
    )
    assert "objection:career-change" not in topics("Environmental Analyst", resume, ad)
    cook = resume.replace("AgroPacífico Exportaciones S.A. – Virú", "Head Chef, Restaurante Virú").replace(
        "Consultora Ambiental Chimú S.A.C. – Trujillo", "Sous Chef, Hotel Libertador"
    )
    assert "objection:career-change" in topics("Environmental Analyst", cook, ad)
    epi = "Junior Epidemiologist\nRequirements\n- Experience analysing surveillance data\n"
    phd = (
        "Eva de Boer\nMaastricht\n\nEXPERIENCE\n"
        "2022-09 - 2026-06  PhD candidate (promovendus, 1.0 fte), Department of Epidemiology\n"
        "2019-06 - 2022-08  Data Analyst, GGD Limburg-Zuid\n"
    )
    assert "objection:career-change" not in topics("Junior Epidemiologist", phd, epi, date(2026, 9, 1))


def test_dates_said_from_and_to_date_under_the_post() -> None:
    from interviewer.interview.resume_facts import extract_facts

    resume = (
        "PROFESSIONAL EXPERIENCE\n\nNurse Unit Manager – Surgical Ward 4B\n"
        "Torrens Valley Private Hospital, Adelaide SA\nFrom March 2021 to date\n- Lead 42 FTE\n\n"
        "Associate Nurse Unit Manager\nSt Brendan's Hospital, Adelaide SA\n"
        "From February 2015 to February 2021\n"
        "- Parental leave July 2018 to February 2019, returned to the same role.\n"
    )
    jobs = extract_facts(resume, date(2025, 9, 3)).jobs
    assert [j.title for j in jobs][:2] == [
        "Nurse Unit Manager – Surgical Ward 4B, Torrens Valley Private Hospital, Adelaide SA",
        "Associate Nurse Unit Manager, St Brendan's Hospital, Adelaide SA",
    ]
    ad = "Nurse Unit Manager\nLocation: Adelaide (on-site)\n\nRequirements\n- 5 years in nursing leadership\n"
    found = topics("Nurse Unit Manager", resume, ad, date(2025, 9, 3))
    # "Adelaide SA" is South Australia, not a société anonyme that would make both hospitals one employer.
    assert "objection:gap" not in found and "objection:tenure" not in found


def test_polish_ranges_contracts_and_a_liquidation() -> None:
    resume = (
        "Jan Nowak\nRzeszów\n\nHISTORIA ZATRUDNIENIA\n"
        "- od lutego 2024 r. do chwili obecnej – Zastępca Dyrektora, Podkarpackie Centrum Rozwoju\n"
        "- 09.2022 – 01.2024 – Kierownik Projektu „Zielony Transport Podkarpacia”, Gmina Miasto Strzyżów, "
        "umowa na czas realizacji projektu; projekt zakończony w styczniu 2024 r., zespół 6 osób\n"
        "- 03.2021 – 08.2022 – Dyrektor Biura, Rzeszowska Agencja Inwestycji Miejskich sp. z o.o.\n"
        "  (spółka komunalna postawiona w stan likwidacji uchwałą Rady Miasta w 2022 r.)\n"
        "- 2010 – 02.2021 – Naczelnik Wydziału, Podkarpackie Biuro Funduszy Europejskich, Rzeszów\n"
    )
    ad = "Dyrektor Departamentu\nMiejsce pracy: Rzeszów\n\nWymagania\n- 5 lat doświadczenia w zarządzaniu\n"
    found = topics("Dyrektor Departamentu", resume, ad, date(2025, 6, 17))
    assert "objection:gap" not in found and "objection:job-hopping" not in found
    hopper = resume.replace("umowa na czas realizacji projektu; projekt zakończony", "przejście do")
    hopper = hopper.replace("postawiona w stan likwidacji", "przekształcona")
    assert "objection:job-hopping" in topics("Dyrektor Departamentu", hopper, ad, date(2025, 6, 17))


def test_reporting_is_an_analysts_work_under_another_title() -> None:
    ad = "Data Analyst\nLocation: Athens (hybrid)\n\nRequirements\n- 3 years of SQL and Power BI\n"
    resume = (
        "Eleni Georgiou\nAthens\n\nEXPERIENCE\n"
        "Senior Commercial Analyst, Ermis Supermarkets S.A., Marousi\nsince 2024\n\n"
        "Commercial Reporting Officer, Ermis Supermarkets S.A., Marousi\nfrom September 2021 to 2024\n\n"
        "Mathematics Teacher, Pythagoras Frontistirio, Kallithea\nfrom 2014 to June 2021\n"
    )
    assert "objection:career-change" not in topics("Data Analyst", resume, ad, date(2025, 9, 1))
    waiter = resume.replace("Commercial Reporting Officer", "Head Waiter")
    assert "objection:career-change" in topics("Data Analyst", waiter, ad, date(2025, 9, 1))


def test_an_employer_line_dated_over_its_positions_is_no_post_and_picking_is_warehouse_work() -> None:
    ad = "Team Leader Inbound\nLocation: Northampton (on-site)\n\nRequirements\n- Shift leadership\n"
    resume = (
        "Dean Walsh\nNorthampton\n\nEXPERIENCE\n"
        "Bramley & Cole Foodservice Ltd, Northampton Distribution Centre    Apr '12 - Present\n"
        "Night Shift Manager    Feb '19 - Present\n- Run the night shift of 60 pickers\n"
        "Team Leader - Chilled Picking    Jun '15 - Jan '19\n"
        "Picker / Reach Truck Driver    Apr '12 - May '15\n"
    )
    today = date(2025, 9, 26)
    assert "objection:career-change" not in topics("Team Leader Inbound", resume, ad, today)
    chef = resume.replace("Night Shift Manager", "Head Chef")
    chef = chef.replace("Team Leader - Chilled Picking", "Sous Chef")
    chef = chef.replace("Picker / Reach Truck Driver", "Commis Chef").replace("of 60 pickers", "kitchen")
    assert "objection:career-change" in topics("Team Leader Inbound", chef, ad, today)


def test_a_bullets_sentence_that_ends_with_since_is_no_post() -> None:
    from interviewer.interview.resume_facts import extract_facts

    resume = (
        "EXPERIENCE\nBranch Manager | Kandy City Branch    Mar 2021 – Present\n\n### Compliance and Audit\n"
        '- Branch internal audit rating "Satisfactory" in all audits since 2021.\n'
        "- Credit Officer since 2016\n"
    )
    titles = [j.title for j in extract_facts(resume, date(2026, 4, 1)).jobs]
    assert not any("audit" in t for t in titles) and "Credit Officer" in titles


def test_teams_counted_in_korean_greek_and_under_me() -> None:
    from interviewer.interview.reading import _team_sizes

    assert _team_sizes("- 현 그룹장(상무), 엔지니어 35명 총괄") == [35]
    assert _team_sizes("- Διοικώ σήμερα οικονομική διεύθυνση 46 ατόμων σε τέσσερα τμήματα") == [46]
    assert _team_sizes("on the Oniru complex, under me are 3 graduate engineers and 2 draughtsmen") == [3]
    assert _team_sizes("엔지니어 35명 채용 지원") == []


def test_ten_written_twice_and_bank_negotiations_and_greek_places() -> None:
    from interviewer.interview.places import _cities_in
    from interviewer.interview.requirements import _jd_years

    assert _jd_years("must have a minimum of ten (10) years post-NYSC experience in design") == [10, 10]
    resume = (
        "Nikos Alexiou\nAthens\n\nEXPERIENCE\n03/2018 – present  Chief Financial Officer, Polis Retail S.A.\n"
        "- Lead a finance team of 45 people; refinanced €85m of loans\n"
    )
    ad = "Group CFO\nLocation: Athens\n\nRequirements\n- Proven experience in bank negotiations\n"
    assert "objection:industry" not in topics("Group CFO", resume, ad)
    banking = ad.replace("bank negotiations", "banking, as a CFO of a bank, is essential")
    assert "objection:industry" in topics("Group CFO", resume, banking)
    assert _cities_in("Καλαμαριά, Θεσσαλονίκη") == ["Thessaloniki"] and _cities_in("Kifissia") == ["Athens"]


def test_an_address_line_under_a_heading_places_the_candidate() -> None:
    resume = (
        "# 이 력 서\n## 인적사항\n- 성명: 박준혁\n- 생년월일: 1979년 11월 3일\n"
        "- 주소: 경기도 화성시 동탄대로 181\n\n## 경력\n"
        "- 2008.03 ~ 현재 Etch Process Group Leader, Nuri Silicon\n"
    )
    ad = "Director, Field Marketing\nLocation: Singapore (3 days a week in our Changi office)\n"
    assert "objection:relocation" in topics("Director, Field Marketing", resume, ad)
    moving = ad.replace("Singapore (3 days", "Hwaseong, Gyeonggi-do (3 days")
    assert "objection:relocation" not in topics("Director, Field Marketing", resume, moving)


def test_tenure_under_an_employer_line_dated_over_its_positions_names_one_employer() -> None:
    resume = (
        "Dean Walsh\nNorthampton\n\nEXPERIENCE\n"
        "Bramley & Cole Foodservice Ltd, Northampton Distribution Centre    Apr '12 - Present\n"
        "Night Shift Manager    Feb '19 - Present\n- Run the night shift\n"
        "Team Leader - Chilled Picking    Jun '15 - Jan '19\n"
        "Picker / Reach Truck Driver    Apr '12 - May '15\n"
    )
    said = evidence("Warehouse Manager", resume, None, "tenure", date(2025, 9, 26))
    assert said is not None and "with one employer in 3 positions (Bramley & Cole Foodservice Ltd" in said
    # A post with dated achievements under it is still one job.
    post = (
        "Markus Huber\nJudenburg\n\nBERUFSERFAHRUNG\n01/2010 – heute  Technischer Leiter, Murtaler Papier\n"
        "- 2012 – 2015  Einführung TPM werksweit\n- 2016 – 2019  Neue Dampfhaube PM2\n"
    )
    said = evidence("Technischer Leiter", post, None, "tenure", date(2025, 6, 18))
    assert said is not None and "in one job" in said
