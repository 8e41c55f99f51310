"""Gap analysis, twenty-fifth round. Each rule sits beside a case it must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.evals.tasks.objections import render_resume
from interviewer.interview.amounts import budgets
from interviewer.interview.columns import unfold_columns
from interviewer.interview.dates import _RANGE, _parse_date, without_dates
from interviewer.interview.degrees import university_degree_line
from interviewer.interview.headings import _heading_kind
from interviewer.interview.job_location import job_location
from interviewer.interview.reading import _team_sizes
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.resume import read_resume_bytes
from interviewer.interview.resume_facts import extract_facts
from interviewer.interview.wrapping import unwrap_bullets
from tests.gap_probe import GapProbe

TODAY = date(2026, 11, 1)
PROBE = GapProbe(TODAY)
topics, evidence = PROBE.topics, PROBE.evidence


def test_a_quoted_line_loses_its_dates_and_nothing_else() -> None:
    assert without_dates("since 10.2024 | Master's studies (part-time), Marketing") == (
        "Master's studies (part-time), Marketing"
    )
    assert without_dates("PhD in Physics, University of Oslo, 2016–2020. Thesis not submitted") == (
        "PhD in Physics, University of Oslo. Thesis not submitted"
    )
    assert without_dates("Licenciatura — ITESO (2008–2012). Pasante") == "Licenciatura — ITESO. Pasante"
    assert without_dates("BScN (2022 – ) in progress") == "BScN in progress"
    # A line with no dates is quoted as it is, and one made only of dates is kept rather than emptied.
    assert without_dates("MBA (part-time), IE Business School") == "MBA (part-time), IE Business School"
    assert without_dates("2019 – 2021") == "2019 – 2021"


def test_an_unfinished_degree_is_quoted_by_its_own_sentence() -> None:
    ad = "Pharmacy Manager\nRequirements\n- Bachelor of Pharmacy (required)\n"
    resume = (
        "PROFILE\nPharmacy technician with nine years in community pharmacy, stock management and branch\n"
        "supervision. Currently pursuing a Bachelor of Pharmacy (part-time, expected 2027).\n"
        "EXPERIENCE\nPharmacy Technician, Goodlife Pharmacy, Nairobi, 03/2017 - present\n"
    )
    said = evidence("Pharmacy Manager", resume, ad, "degree")
    assert said is not None
    assert 'shows a degree still unfinished: "Currently pursuing a Bachelor of Pharmacy' in said
    assert "supervision" not in said


def test_a_two_column_resume_pasted_as_text_is_read_column_by_column() -> None:
    left = [
        *("PERSONAL DATA", "Birth: 1991, Huancayo", "Civil state: single", "Driver license A-IIa", ""),
        *("SKILLS", "Drilling & blasting design", "Sublevel stoping", "Ventilation (VentSim basic)"),
        *("Ground control", "AutoCAD, MineSight (basic)"),
    ]
    right = [
        *("WORK EXPERIENCE", "2021 – 2025   Compañía Minera Santa Rosa S.A.C.", "Production Shift Engineer"),
        *("- Responsible of the production of Zone Norte in my", "  guard: 14 workers (2 jumbo operators,"),
        *("  scoop operators, helpers, 1 foreman).", "", "2018 – 2021   Contratista Minero Los Andes S.A.C."),
        *("Production Engineer", "- Development works: ramps, crosscuts", ""),
    ]
    text = "LUIS QUISPE\nMine Engineer\n\n" + "\n".join(
        f"{a:<37}{b}" for a, b in zip(left, right, strict=True)
    )
    unfolded = unfold_columns(text)
    assert "- Responsible of the production of Zone Norte in my\nguard: 14 workers" in unfolded
    assert unfolded.index("AutoCAD") < unfolded.index("WORK EXPERIENCE")
    # A column of dates beside its entries is one entry per line, and is left as it is.
    dated = "\n".join(
        f"{y}–{y + 1}          Engineer at Firm {y}, responsible for it" for y in range(2010, 2020)
    )
    assert unfold_columns(dated) == dated
    # An upload longer than any resume is read as it is, so that the search for a gutter stays bounded.
    huge = "\n".join([text] * 300)
    assert len(huge.splitlines()) > 3_000 and unfold_columns(huge) == huge
    # A table's bars are no page columns.
    table = "\n".join(f"Skill number {n:<22}| 2019-0{n} | Some role at a firm" for n in range(1, 10))
    assert unfold_columns(table) == table


def test_present_and_months_in_more_languages() -> None:
    assert _parse_date("जुल॰ 2011") == (2011, 7)
    assert _parse_date("दिसंबर 2014") == (2014, 12)
    assert _parse_date("फ़रवरी 2020") == (2020, 2)
    for written in ("2021 – actually", "2019-03 – sasa", "जुल॰ 2011 - वर्तमान", "2021-05 à ce jour"):
        match = _RANGE.search(written)
        assert match is not None and _parse_date(match.group("end")) is None, written
    assert _heading_kind("UZOEFU WA KAZI") == "experience"
    assert _heading_kind("ELIMU") == "excluded"


def test_a_markdown_table_row_that_opens_with_its_dates_is_a_post_however_long() -> None:
    resume = (
        "## Percurso profissional\n| Período | Instituição | Função |\n|---|---|---|\n"
        "| 01.03.2019 – presente | Hospital Professor Lima Vaz, Loures – UCI Polivalente | Enfermeira; chefe "
        "de equipa desde 01.2021; Enfermeira Gestora em substituição de fevereiro 2024 a julho 2025 |\n"
        "| 15.09.2011 – 28.02.2019 | Centro Hospitalar do Médio Ave | Enfermeira |\n"
    )
    facts = extract_facts(resume, date(2026, 9, 15))
    assert any(job.current and job.start == (2019, 3) for job in facts.jobs)
    assert facts.gaps == []


def test_a_university_with_its_years_on_the_line_below() -> None:
    resume = "FORMACIÓN\nContadora Pública\nUniversidad de Antioquia\n2001 – 2006\nIDIOMAS\nInglés C1\n"
    assert university_degree_line(resume) == "Universidad de Antioquia 2001 – 2006"
    assert university_degree_line("FORMACIÓN\nUniversidad de Antioquia\nInglés C1\n") is None


def test_teams_budgets_and_sectors_in_swedish_and_spanish() -> None:
    assert _team_sizes("- Ledde inleverans och utleverans, 25 medarbetare i tvåskift") == [25]
    assert _team_sizes("- Ansvarar för två distributionscentraler med 310\nmedarbetare") == [310]
    assert _team_sizes("driftchef för tre terminaler och 90 medarbetare (2015–2018)") == [90]
    assert budgets("- Budgetansvar ca 420 MSEK, ingår i koncernledningen") == [39_900_000]
    assert budgets("budget 35 mkr") == [3_500_000]
    assert budgets("budget 35 m") == []  # a bare "m" with no currency is no amount
    ad = "Gerente de Contabilidad\nRequisitos\n- Experiencia liderando jefes de área (requerido)\n"
    resume = (
        "EXPERIENCIA\n08/2017 – actual Gerente de Contabilidad, Grupo Nutrimás\n"
        "- Lidero 3 jefaturas (Contabilidad General, Impuestos y Costos) y un equipo total de 26 personas.\n"
    )
    assert "objection:scope" not in topics("Gerente de Contabilidad", resume, ad)
    assert "objection:scope" in topics(
        "Gerente de Contabilidad", resume.replace("Lidero 3 jefaturas", "Llevo"), ad
    )
    goods = "Requirements\n- Experience in consumer goods (must have)\n"
    fmcg = "EXPERIENCE\n2017 - present Accountant, filial de una multinacional de consumo masivo\n"
    assert "objection:industry" not in topics("Accountant", fmcg, goods)
    assert "objection:industry" in topics(
        "Accountant", fmcg.replace("de consumo masivo", "de seguros"), goods
    )


def test_posts_with_one_company_by_its_legal_form_are_one_stay() -> None:
    table = (
        "## Experience\n| Period | Employer | Position |\n|---|---|---|\n"
        "| 01.2020 – present | Vestra Automotive Software Romania SRL | Software Group Manager |\n"
        "| 04.2016 – 12.2019 | Vestra Automotive Software Romania SRL | Team Lead, Radar Software |\n"
        "| 03.2013 – 03.2016 | Vestra Automotive Software Romania SRL | Embedded Software Engineer |\n"
    )
    assert "objection:tenure" in topics("Software Engineering Manager", table, today=date(2026, 8, 1))
    # The company named under a date-first post, and in the posts' own lines below it.
    below = (
        "PROFESSIONAL EXPERIENCE\n07/2020 - present   Head of Construction Projects\n"
        "Odra Development S.A., Wrocław\n- Lead a department of 4 project managers\n"
        "01/2018 - 06/2020   Senior Project Manager, Odra Development S.A., Wrocław\n"
        "04/2013 - 12/2017   Project Manager, Odra Development S.A., Wrocław\n"
        "09/2008 - 03/2013   Investment Specialist, Bank Zachodni Kredyt S.A., Wrocław\n"
    )
    assert "objection:tenure" in topics("Construction Director", below, today=date(2025, 12, 1))
    # "S.A. de C.V." is a legal form every Mexican company shares, not one employer.
    hops = (
        "EXPERIENCIA\nAutopartes Zeta del Bajío, S.A. de C.V. — Supervisora | Octubre 2021 – Febrero 2023\n"
        "Alimentos La Cañada, S.A. de C.V. — Supervisora Contable | Junio 2020 – Septiembre 2021\n"
        "Logística Express del Bajío — Contadora Sr. | Marzo 2019 – Mayo 2020\n"
        "Troqueles Regio — Analista Contable | Enero 2016 – Febrero 2019\n"
    )
    assert "objection:job-hopping" in topics("Contadora", hops, today=date(2023, 3, 1))


def test_a_bullet_wrapped_by_a_pdf_is_no_title_and_no_employer() -> None:
    resume = (
        "Housing Department, Government of the Hong Kong SAR\n\n"
        "04/2019 - Present   Chief Housing Manager (Kowloon East Region)\n"
        "- Appraisal, posting and development of 12 professional staff; mentor to 4 Housing Manager\n"
        "graduates\n"
        "09/2016 - 03/2019   Senior Housing Manager (Tseung Kwan O District)\n"
        "- Handled emergencies (typhoons, fires, water supply failures), including night and holiday\n"
        "call-outs\n"
        "08/1998 - 08/2016   Housing Manager\n"
    )
    facts = extract_facts(resume, date(2025, 9, 1))
    assert [job.title for job in facts.jobs][1:] == [
        "Senior Housing Manager (Tseung Kwan O District)",
        "Housing Manager",
    ]
    assert "objection:tenure" in topics("Director - Property Management", resume, today=date(2025, 9, 1))
    # "- Handover of 1,100 apartments since 2020 with defect rate below 3": a bullet telling of work, no post.
    told = "EXPERIENCE\n07/2020 - present Head of Projects\n- Handed over flats since 2020 with no defects\n"
    assert len(extract_facts(told, date(2025, 12, 1)).jobs) == 1


def test_teams_a_wrapped_bullet_a_shift_or_a_french_cell_leads() -> None:
    wrapped = (
        "- Lead a manufacturer of plasterboard, aluminium windows and doors with 11 plants in VIC and QLD,\n"
        "2,000 employees and revenue of A$1.1bn.\n"
    )
    # Since round 26 the wrapped end is joined to its bullet before any reader sees it.
    assert _team_sizes(unwrap_bullets(wrapped)) == [2000]
    # Under a bullet that ends its sentence, a line of people is not the bullet's.
    assert _team_sizes(unwrap_bullets(wrapped.replace("QLD,", "QLD."))) == []
    assert max(_team_sizes("- Led shifts of 5 to 9 dispatchers (day and night shifts)")) == 9
    assert _team_sizes("J'anime une cellule composée de cinq\ngestionnaires marchés") == [5]
    assert _team_sizes("- Coordination de 2 techniciens en environnement") == [2]
    assert _team_sizes("- Responsible of the production of Zone Norte in my\nguard: 14 workers") == [14]


def test_the_employers_own_size_is_no_team_to_lead_but_we_are_looking_for_one_is() -> None:
    blurb = (
        "HR Director\nNorte Logística | Maia\n\nNorte Logística is one of the leading logistics companies in "
        "Portugal, with 1,100 employees in four warehouses.\nLead the HR team of 12 people.\n"
    )
    (team,) = [r for r in extract_requirements(blurb).requirements if r.kind == "team-size"]
    assert team.min_people == 12
    hiring = (
        "Salon Team Leader\nMaison Lumière — Makati\n\nWe are looking for a Senior Stylist who will serve as "
        "Team Leader, supervising a team of 6 stylists and 3 salon assistants.\n"
    )
    (team,) = [r for r in extract_requirements(hiring).requirements if r.kind == "team-size"]
    assert team.min_people == 9


def test_a_deputy_to_a_director_holds_no_directors_rank() -> None:
    ad = "Cheffe du service de la commande publique\nVous encadrez une équipe de 7 agents.\n"
    resume = (
        "EXPÉRIENCE\n2019 – aujourd'hui  Adjointe au directeur des affaires financières, Centre hospitalier, "
        "Nîmes\n- J'anime une cellule composée de cinq gestionnaires marchés et d'une juriste\n"
    )
    assert "objection:overqualified" not in topics("Cheffe du service de la commande publique", resume, ad)
    held = resume.replace("Adjointe au directeur", "Directrice")
    assert "objection:overqualified" in topics("Cheffe du service de la commande publique", held, ad)


def test_the_eval_renders_a_pdf_whose_every_character_reads_back() -> None:
    text = "PAWEŁ ZIELIŃSKI\nWrocław, Poland\nजुल॰ 2011 - वर्तमान\nBình Dương (x) \\ € –\n" + "line\n" * 60
    name, data = render_resume(text, "pdf")
    # (each page after the first opens after a blank line)
    assert read_resume_bytes(name, data).replace("\n\n", "\n") == text.strip()
    # Text that WinAnsi can carry is written in Helvetica, as before.
    name, data = render_resume("Zoë – € 45 (x)", "pdf")
    assert b"/Helvetica" in data and read_resume_bytes(name, data) == "Zoë – € 45 (x)"


def test_career_moves_read_by_the_work_done() -> None:
    # A teacher of the subject teaches: an accounting lecturer of thirteen years is changing career.
    ad = "Senior Financial Accountant\nRequirements\n- 5 years of recent financial accounting experience\n"
    lecturer = (
        "Summary\nAccounting lecturer with 13 years of teaching in tertiary education.\n"
        "Experience\n2020-01 – present Senior Lecturer, Accounting, School of Business, Aotea Institute\n"
        "2013-02 – 2019-12 Lecturer, Accounting, School of Business, Aotea Institute\n"
    )
    said = evidence("Senior Financial Accountant", lecturer, ad, "career-change")
    assert said is not None and "(Senior Lecturer, Accounting, School of Business" in said
    practising = lecturer.replace("Senior Lecturer, Accounting", "Senior Accountant").replace(
        "Lecturer, Accounting", "Accountant"
    )
    assert "objection:career-change" not in topics(
        "Senior Financial Accountant", practising.replace("Accounting lecturer", "Accountant"), ad
    )
    # "Hospital Professor Lima Vaz" is a hospital, not a professor.
    nurse = "Experience\n03/2019 – present Hospital Professor Lima Vaz, Loures | Enfermeira, UCI\n"
    assert "objection:career-change" not in topics("Enfermeira Gestora – UCI", nurse)
    # A front office manager already works in a hotel's rooms division; a CAD technician's drawing is design.
    rooms = "Experience\n2021 – present Front Office Manager, Harbour\n2017 – 2021 Front Desk Supervisor\n"
    assert "objection:career-change" not in topics("Director of Rooms", rooms)
    design = "Experience\n2019 – present Lead Mechanical Design, Marmara Oto A.Ş., Bursa\n"
    assert "objection:career-change" not in topics("CAD Technician", design)


def test_a_summary_that_wants_to_come_back_to_the_field_is_no_career_in_it() -> None:
    ad = "Accounts Payable Officer\n- At least 2 years' recent experience in accounts payable\n"
    resume = (
        "About me\nI am accounting graduate with 2 years experience in accounts payable. Now I want to come "
        "back to my profession in accounting.\nWork experience\n2024-08 – present Chef de Partie, Saltbush\n"
        "2023-05 – 2024-07 Commis Chef, Little Lotus\n2020-08 – 2022-07 Accounts Payable Clerk, Hanoi\n"
    )
    assert "objection:career-change" in topics("Accounts Payable Officer", resume, ad, date(2026, 2, 28))


def test_a_post_two_lines_under_its_company() -> None:
    resume = (
        "WORK EXPERIENCE\n2021 – 2025   Compañía Minera Santa Rosa de Yauli S.A.C.\n"
        "U.M. Carahuacra Norte – Junín (underground)\nProduction Shift Engineer (Ingeniero de Guardia)\n"
        "- Responsible of the production of Zone Norte\n"
    )
    (job,) = extract_facts(resume, date(2025, 4, 18)).jobs
    assert job.title.startswith("Production Shift Engineer")


def test_sectors_read_after_years_of_experience_and_by_their_processes() -> None:
    ad = "Logistics Manager\nKrav\n- At least 3 years of experience from pharmaceutical distribution\n"
    grocer = "EXPERIENCE\n2018 – present Logistics Director, Norrlandsgrossisten AB (grocery wholesale)\n"
    assert "objection:industry" in topics("Logistics Manager", grocer, ad)
    pharma = grocer.replace("(grocery wholesale)", "(pharmaceutical distribution)")
    assert "objection:industry" not in topics("Logistics Manager", pharma, ad)
    chips = "Requirements\n- Minimum 5 years in semiconductor assembly and test (must)\n"
    bonding = (
        "EXPERIENCE\nJan 2013 – Present Senior Process Engineer\n• Process owner for Cu wire bonding on QFN\n"
    )
    assert "objection:industry" not in topics("Process Engineer", bonding, chips)
    assert "objection:industry" in topics(
        "Process Engineer", bonding.replace("Cu wire bonding", "injection"), chips
    )


def test_degrees_written_as_an_engineers_title() -> None:
    ad = "Production Manager\nRequirements\n- Bachelor's degree in Textile or Garment Technology (required)\n"
    resume = (
        "EXPERIENCE\n2015 – present Production Manager, Saigon Garments\nEDUCATION\n"
        "2010 – 2014   Engineer of Textile and Garment Technology (Kỹ sư Công nghệ Dệt May)\n"
        "Ho Chi Minh City University of Technology (Bach Khoa)\n"
    )
    assert "objection:degree" not in topics("Production Manager", resume, ad)
    asked = "Logistics Manager\nRequirements\n- University degree in supply chain management or engineering\n"
    swede = (
        "ERFARENHET\n2018 – nu Logistikdirektör, Grossisten\nUTBILDNING\nCivilingenjör, Industriell ekonomi\n"
    )
    assert "objection:degree" not in topics("Logistics Manager", swede, asked)
    lawyer = swede.replace("Civilingenjör, Industriell ekonomi", "Juristexamen (master), Lunds universitet")
    assert "objection:degree" in topics("Logistics Manager", lawyer, asked)


def test_where_the_job_is_read_in_more_ways() -> None:
    # A heading line over a bullet gives no place: "Operations Control Centre" over "- Monitor the network".
    ad = "Team Lead Control Centre\nGraz Verkehr GmbH – Graz\nOur Operations Control Centre\n- Monitor it\n"
    assert job_location(ad)[1] != "Monitor it"
    assert job_location("Job\nLocation: Vienna (on site)\n")[1] == "Vienna (on site)"
    # "TP. Hồ Chí Minh": the abbreviation of "city" ends no sentence, and Bình Dương is part of the city.
    vn = "Kế toán\nĐịa điểm làm việc: KCN Đồng An, phường Bình Hòa, TP. Hồ Chí Minh (khu vực Bình Dương cũ)\n"
    assert job_location(vn)[0] == "Ho Chi Minh City"
    lives = "MINH THU TRAN\nLinh Trung Ward, Thu Duc, Ho Chi Minh City | 0937 208 615\nEXPERIENCE\n"
    assert "objection:relocation" not in topics("Accountant", lives, vn)
    # Indonesian: "Penempatan di Cikarang", 89 km from Bandung as the crow flies, is a move.
    id_ad = "Supervisor Produksi\nPT Sinar Renyah Food\nKualifikasi:\n- Penempatan di Cikarang; shift\n"
    bandung = "DEWI PUTRI\nJl. Cigadung Raya Barat No. 27, Cibeunying Kaler, Bandung 40191\nEXPERIENCE\n"
    assert job_location(id_ad)[1] == "Cikarang"
    assert "objection:relocation" in topics("Supervisor Produksi", bandung, id_ad)
