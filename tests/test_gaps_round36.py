"""Round 36 of the objection rules (issue 17). Each test is a case the rules before it got wrong, beside one
they must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.amounts import budgets
from interviewer.interview.current_lead import asks_leading_now
from interviewer.interview.dates import with_common_era
from interviewer.interview.degrees import _degrees
from interviewer.interview.headings import _heading_kind
from interviewer.interview.job_location import job_location
from interviewer.interview.leaders import asks_leaders
from interviewer.interview.reading import _team_sizes
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.resume_facts import extract_facts
from interviewer.interview.short_posts import BREAK
from tests.gap_probe import GapProbe

TODAY = date(2025, 11, 3)
PROBE = GapProbe(TODAY)
CHANGE = "objection:career-change"
OVER = "objection:overqualified"
INDUSTRY = "objection:industry"
RELOCATION = "objection:relocation"
DEGREE = "objection:degree"
HOPPING = "objection:job-hopping"


def _asked(description: str, kind: str) -> list:
    return [r for r in extract_requirements(description).requirements if r.kind == kind]


# --- where the job is ---


def test_a_streets_abbreviation_does_not_end_the_location_line() -> None:
    assert job_location("Location: Head office, Str. Lipscani 12, Bucharest - on-site")[0] == "Bucharest"
    assert job_location("Lokasi: Gedung Wisma, Jl. Gatot Subroto Kav. 9, Jakarta Selatan")[0] == "Jakarta"
    # A city's short name still ends its sentence.
    assert job_location("Location: Oslo. Relocation support to Bergen is offered.")[0] == "Oslo"


def test_a_head_office_line_under_a_location_heading_places_the_job() -> None:
    description = (
        "Managing Director\n\nLocation\nHead office in Umeå. You work from the office four days a week.\n"
    )
    assert job_location(description)[1] == "Umeå"


def test_a_turkish_ad_that_works_from_the_office_is_on_site() -> None:
    description = (
        "Kalite Müdürü\nAkdere Gıda A.Ş. – Manisa\n\n"
        "Çalışma Şekli\n- Tam zamanlı, fabrikada ofisten çalışma\n"
    )
    assert job_location(description)[1] == "Manisa"


def test_either_of_two_offices_is_read_whole() -> None:
    description = (
        "The post is based at either of the Authority's two offices, Lisbon (Oriente) or Porto (Boavista), "
        "at the candidate's choice. Hybrid working."
    )
    resume = "ANA COSTA\nMatosinhos, Porto, Portugal\n\nEXPERIENCE\nHead of Legal, Lusoporto SA, 2016 - now\n"
    assert RELOCATION not in PROBE.topics("Head of Legal", resume, description)


def test_regular_days_at_an_office_named_earlier_in_the_sentence_abroad_are_a_move() -> None:
    description = (
        "Vendra Optics B.V. | Remote-first (EU)\n\nOur clean rooms are in Enschede, and the manager is "
        "expected on site there for a minimum of 6 working days per month.\n"
    )
    resume = (
        "PAULA NÍ BHRIAIN\nSalthill, Galway, Ireland\n\n"
        "EXPERIENCE\nOperations Manager, Corrib Devices, 2017 - present\n"
    )
    assert RELOCATION in PROBE.topics("Operations Manager", resume, description)


# --- scope ---


def test_what_the_employer_runs_and_employs_is_no_team_to_lead() -> None:
    description = (
        "We run 900 branches, employ more than 12,000 people and turned over EUR 2 billion last year.\n"
        "- Experience leading an organisation of at least 300 employees.\n"
    )
    assert [r.min_people for r in _asked(description, "team-size")] == [300]
    assert _asked(description, "budget") == []
    # A sentence that hands the teams to the hire still asks for them.
    handed = "We run 40 depots and you will lead the 600 people who staff them."
    assert [r.min_people for r in _asked(handed, "team-size")] == [600]


def test_a_monthly_budget_and_european_millions_are_read() -> None:
    assert budgets("- buget opex gestionat: ~RON 8,5 mil./lună") == [int(8.5e6 * 12 * 0.22)]
    assert budgets("regional P&L ~RON 1,4 mld") == [int(1.4e9 * 0.22)]
    # "500 mil" is the Spanish and Portuguese thousand.
    assert budgets("presupuesto anual de 500 mil euros") == [int(500e3 * 1.1)]


def test_a_pnl_line_sizes_the_staff_it_lists() -> None:
    line = "- Full P&L for a regional dairy distributor: 9 depots, 1,200 staff, 300 trucks."
    assert 1200 in _team_sizes(line)


def test_the_groups_reporting_to_me_add_up() -> None:
    assert 9 in _team_sizes("- 3 site managers + 6 planners report to me; I run their reviews")


def test_a_combined_workforce_of_the_sites_overseen_is_asked() -> None:
    description = (
        "The Operations Director will oversee our four plants in Lahore and Multan, with a combined "
        "workforce of 2,500+, and report to the CEO."
    )
    assert [r.min_people for r in _asked(description, "team-size")] == [2500]


def test_spanish_plural_teams_and_current_leadership_are_asked() -> None:
    description = "4.2 Liderazgo actual o reciente de equipos de 80 o más personas."
    assert [r.min_people for r in _asked(description, "team-size")] == [80]
    assert asks_leading_now(description)


def test_project_managers_are_not_a_layer_of_leaders() -> None:
    assert asks_leaders("- Lead a team of 5 project managers: staffing, coaching, reviews") is None
    assert asks_leaders("- Lead a team of 5 site managers who run their own crews") is not None


# --- the resume's sections and posts ---


def test_a_selected_work_list_is_a_portfolio_and_employers_are_posts() -> None:
    assert _heading_kind("## Selected work") == "excluded"
    assert _heading_kind("## Employers") == "experience"
    resume = (
        "## Selected work\n\n1. **Loss model rebuild** — 2023–2024. PD and LGD on ten years of data.\n\n"
        "## Employers\n\n- **Harbour Bank** — *Credit Risk Analyst* — March 2018 – May 2023\n"
    )
    titles = [j.title for j in extract_facts(resume, TODAY).jobs]
    assert len(titles) == 1 and "Credit Risk Analyst" in titles[0]


def test_a_career_transition_is_time_between_posts() -> None:
    assert BREAK.search("TRANSITION") and BREAK.search("Career transition programme")
    assert not BREAK.search("Transition Manager, Service Desk")
    resume = (
        "KITTI SRISUK\nBangkok\n\nTRANSITION (March 2025 - present)\n- Resettlement course for officers\n\n"
        "Food Safety Officer, Army Ration Supply Point, Bangkok          May 2014 - February 2025\n"
        "- HACCP verification and supplier audits\n"
    )
    assert CHANGE not in PROBE.topics("Food Safety Specialist", resume)


def test_an_injection_moulding_line_leader_works_in_production() -> None:
    resume = (
        "EXPERIENCE\nLine Leader, Injection Moulding Line 2        Q2 2020 – present\n"
        "Operator, Injection Moulding        Q1 2015 – Q1 2020\n"
    )
    assert CHANGE not in PROBE.topics("Production Supervisor", resume)


def test_a_pay_grade_code_is_no_indonesian_degree() -> None:
    description = "| Grade | Monthly pay |\n| S2 Supervisor | 5.2M – 6.3M |\n"
    assert _asked(description, "degree") == []
    asked = "Kualifikasi:\n- Pendidikan minimal S2 Teknik Sipil dari universitas terakreditasi"
    assert [r.level for r in _asked(asked, "degree")] == ["master"]


def test_a_c_level_title_at_a_firm_of_fourteen_is_no_step_down() -> None:
    resume = (
        "EXPERIENCE\nBOSPHORUS FREIGHT LTD (Istanbul)\nChief Operating Officer (COO)        since 2021\n"
        " - Family-owned road forwarder, 14 employees in total.\n"
    )
    assert OVER not in PROBE.topics("Warehouse Operations Manager", resume)


# --- industries ---


def test_a_region_or_a_standard_beside_a_sector_is_no_sector() -> None:
    description = (
        "- You bring 4+ years working in a medical device or pharma manufacturer, in a GMP / ISO 13485 "
        "environment"
    )
    resume = (
        "EXPERIENCE\nShift Supervisor, Kanto Trim KK (automotive), 2016 - present\n"
        "- IATF and ISO 9001 audits\n"
    )
    assert INDUSTRY in PROBE.topics("Production Supervisor", resume, description)


def test_sectors_asked_in_french_spanish_and_brackets_are_read() -> None:
    french = "Profil : 10 ans d'expérience, dont 4 ans minimum dans la banque ou l'assurance."
    spanish = "Buscamos a una persona que haya trabajado dentro de una compañía de seguros."
    brackets = "- Experience in a GxP-regulated environment (pharma, biotech or medical devices)"
    assert "financial services" in _asked(french, "industry")[0].names
    assert _asked(spanish, "industry")[0].names == ("insurance",)
    assert set(_asked(brackets, "industry")[0].names) >= {"pharma", "medical devices"}
    assert DEGREE not in PROBE.topics("Analyst", "EXPERIENCE\nAnalyst, Acme, 2019 - present\n", brackets)


def test_a_master_named_before_its_field_is_a_masters() -> None:
    assert _degrees("2011  Master, Gestion des ressources humaines — ENCG Settat") == ["master"]
    assert _degrees("Scrum Master, Agile Coach") == []


def test_a_europass_form_with_bold_labels_is_read() -> None:
    resume = (
        "# Europass Curriculum Vitae\n\n## Work experience\n\n**From** 2019 **To** 2024\n"
        "**Occupation or position held:** Programme Officer\n**Main activities and responsibilities:**\n"
        "- Ran the grants cycle\n**Name and address of employer:** Sanad Foundation, Amman\n"
    )
    jobs = extract_facts(resume, TODAY).jobs
    assert [(j.title, j.employer, j.dates) for j in jobs] == [
        ("Programme Officer, Sanad Foundation, Amman", "Sanad Foundation, Amman", "2019 To 2024")
    ]


def test_engagements_listed_under_self_employment_are_no_job_hopping() -> None:
    rows = (
        "Hanza Retail a.s.        Consultant – store labour model      Q1 2021 – Q3 2021\n"
        "Lipa Foods s.r.o.        Consultant – fresh replenishment     Q4 2021 – Q2 2022\n"
        "Vitka CZ a.s.            Interim operations manager           Q3 2022 – Q1 2023\n"
        "Domov Market a.s.        Inventory accuracy programme         Q2 2023 – Q4 2023\n"
    )
    before = "EMPLOYMENT\nQ1 2012 – Q4 2020     Kvalita s.r.o., Brno     Regional Director\n\n"
    engaged = before + "CONSULTING ENGAGEMENTS (self-employed, own firm)\n" + rows
    assert HOPPING not in PROBE.topics("Category Analyst", engaged)
    # The same stays with no such heading above them are moves.
    assert HOPPING in PROBE.topics("Category Analyst", before + rows)


def test_a_buddhist_era_year_marked_be_is_read_in_the_common_era() -> None:
    assert with_common_era("(July B.E. 2561 – April B.E. 2564)") == "(July 2018 – April 2021)"
    assert with_common_era("Budget THB 2,561 m") == "Budget THB 2,561 m"


def test_pharma_warehousing_asks_for_pharma_and_turkish_ilac_is_pharma() -> None:
    warehousing = "- Proven experience in GDP-compliant pharmaceutical cold-chain warehousing - a must"
    assert _asked(warehousing, "industry")[0].names == ("pharma",)
    turkish = "- İlaç sektöründe en az 8 yıl deneyim (zorunlu)"
    assert _asked(turkish, "industry")[0].names == ("pharma",)


def test_brackets_after_a_list_of_sectors_split_it_and_add_no_sector() -> None:
    asked = _asked("- At least 5 years in the energy, water or utilities sector (mandatory)", "industry")[0]
    assert "mandatory" not in asked.alternatives
    heavy = "- 8 years' experience in heavy industry (cement, steel or similar) - required"
    listed = _asked(heavy, "industry")
    assert not listed or all("(" not in a for a in listed[0].alternatives)
