"""Round 38 of the objection rules (issue 17), written from the round's development pairs. Each test is a case
the rules before it got wrong, beside one they must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.amounts import budgets
from interviewer.interview.career_objections import _BRIDGE
from interviewer.interview.columns import unfold_columns
from interviewer.interview.current_lead import asks_leading_now
from interviewer.interview.degree_fields import _stems
from interviewer.interview.job_location import job_location
from interviewer.interview.reading import _team_sizes
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.resume_facts import extract_facts
from interviewer.interview.stays import employments
from tests.gap_probe import GapProbe

PROBE = GapProbe(date(2025, 6, 2))
INDUSTRY = "objection:industry"
CHANGE = "objection:career-change"


def _asked(description: str, kind: str) -> list:
    return [r for r in extract_requirements(description).requirements if r.kind == kind]


# --- dates and stays ---


def test_a_thai_present_ends_a_range_and_a_group_remark_joins_two_banks() -> None:
    resume = (
        "EMPLOYMENT\n"
        "B.E. 2560 – ปัจจุบัน (present) Chao Phraya Nordic Bank PCL, Bangkok\n"
        "Chief Risk Officer, member of the Executive Committee\n"
        "(Thai commercial bank, majority-owned by Nordhav Group)\n"
        "B.E. 2552 – 2560 Nordhav Bank ASA, Oslo\n"
        "Deputy Chief Risk Officer\n"
    )
    facts = extract_facts(resume, date(2025, 4, 7))
    assert facts.jobs[0].current
    stays = employments(facts.jobs, successions=facts.successions)
    assert [(low // 12, high // 12) for low, high, _ in stays] == [(2009, 2025)]


def test_a_europass_date_over_two_lines_dates_the_post_beside_it() -> None:
    column = " " * 16
    resume = "\n".join(
        [
            "europass                                              Curriculum Vitae",
            "PERSONAL INFORMATION      Lucía Ferreyra",
            "                          S2000 Rosario, Santa Fe (Argentina)",
            "WORK EXPERIENCE",
            "From Autumn 2021          Operations Analyst – Distribution Centre",
            "to present                TransLitoral Logística S.A., Alvear, Santa Fe",
            f"{column}          ▪ Daily planning of inbound and outbound",
            "From Spring 2017          Replenishment & Supply Planner",
            "to Autumn 2021            Supermercados La Bahía S.A., Rosario",
            "",
            "EDUCATION AND TRAINING",
            "2011 – 2016               Licenciatura en Logística",
            "",
            "2022                      APICS CPIM Part 1 (ASCM), online",
            "",
            "Mother tongue(s)          Spanish",
            "",
            "Communication skills      Good with drivers and warehouse staff",
            "",
            "Job-related skills        SAP MM/WM (key user)",
        ]
    )
    assert unfold_columns(resume) == resume  # a label column, not two columns of their own
    facts = extract_facts(resume, date(2024, 4, 1))
    assert [(j.start, j.title) for j in facts.jobs] == [
        ((2021, 10), "Operations Analyst – Distribution Centre"),
        ((2017, 4), "Replenishment & Supply Planner"),
    ]


# --- where the job is ---


def test_a_recruiters_where_line_places_the_job() -> None:
    message = (
        "role: Logistics Operations Analyst\nwhere: Córdoba capital, industrial zone off Ruta 9 Norte.\n"
    )
    assert job_location(message)[1] == "Córdoba capital, industrial zone off Ruta 9 Norte"
    assert job_location("Tell us where: we read every letter.\n")[0] is None


# --- scope ---


def test_french_counts_and_verbs_of_a_team_led() -> None:
    line = "je coordonne l'équipe de nuit, neuf personnes (six infirmiers et trois aides-soignants)"
    assert _team_sizes(line) == [9]
    assert _team_sizes("Je dirige une équipe de quinze techniciens") == [15]


def test_current_people_leadership_asked_right_now() -> None:
    assert asks_leading_now(
        "You are managing people right now: at least three direct reports in your current role"
    )
    assert not asks_leading_now("You will manage people from day one: three direct reports.")


def test_a_workforce_one_is_accountable_for_is_a_team_asked() -> None:
    asked = _asked(
        "Requirements:\n• Full P&L accountability for a generation portfolio of 1,500 MW or more and a "
        "workforce of 1,100+ permanent staff\n",
        "team-size",
    )
    assert [r.min_people for r in asked] == [1100]
    assert budgets("a capital program of USD 1 billion or more") == [1_000_000_000]


# --- sectors ---


def test_a_bank_in_spanish_is_a_bank() -> None:
    description = "Requirements:\n- 8+ years in market risk at a bank or a regulator;\n"
    resume = "Market Risk Manager, Banco Patagónico de Inversión S.A. (Buenos Aires)\n2012/07 – 2019/02\n"
    assert INDUSTRY not in PROBE.topics("Market Risk Manager", resume, description)
    # a "banco de dados" is a database, and an insurer is no bank (three earlier pairs' labels)
    resume = "Analista de dados, Seguradora Atlântica (banco de dados de sinistros), 2015 - present\n"
    assert INDUSTRY in PROBE.topics("Market Risk Manager", resume, description)


def test_sectors_ruled_out_or_in_a_diversity_statement_are_not_asked() -> None:
    assert (
        _asked(
            "The client is not considering candidates from retail, mining or the public sector this time.",
            "industry",
        )
        == []
    )
    assert (
        _asked(
            "The NT Public Sector is committed to diversity and encourages Aboriginal people to apply.",
            "industry",
        )
        == []
    )
    assert _asked("Five years' experience in the public sector is required.", "industry")
    # a requirement said as who will not be considered still asks for the sector
    asked = "- 3 years in banking or fintech. Applications without that experience will not be considered."
    assert _asked(asked, "industry")


# --- fields and rank ---


def test_a_teller_does_retail_banking_work() -> None:
    resume = "Senior Teller / Customer Service Officer, Huangpu River Commercial Bank, 2019 - present\n"
    assert CHANGE not in PROBE.topics("Retail Banking Associate", resume)


def test_an_achievement_dated_in_a_skills_list_is_no_title() -> None:
    resume = (
        "KEY ACHIEVEMENTS BY AREA\n"
        "People\n- Built the 'Young Engineers' intake with BUET and KUET — 34 graduates hired (2019–2023)\n"
        "Projects\n- Commissioning lead for 2 x 55 MW aeroderivative units (2021–2022)\n"
    )
    assert CHANGE not in PROBE.topics("Chief Operating Officer", resume)


def test_agency_shifts_after_a_directorship_bridge_to_the_next_post() -> None:
    assert _BRIDGE.search("PFLEGEPOOL WIEN PERSONALLEASING GMBH, Intensive care nurse (agency, 30 h/week)")
    assert _BRIDGE.search("Locum GP, various practices")
    assert not _BRIDGE.search("Agency Manager, Ogilvy")


def test_a_chinese_degree_names_its_field() -> None:
    assert "journ" in _stems("2013/09 – 2017/06｜暨南大学｜新闻学 学士")
    assert "law" in _stems("中国政法大学 法学 学士")


def test_an_applicant_tracking_forms_durations_date_its_entries() -> None:
    entry = (
        "--- Work experience ({n}) ---\nJob title: {title}\nEmployer: {where}\nStart year: {year}\n"
        "Duration: {length}\n\n"
    )
    resume = "".join(
        entry.format(n=n, title=title, where=where, year=year, length=length)
        for n, (title, where, year, length) in enumerate(
            [
                ("Front Office Agent", "Hotel Domblick Köln", 2025, "5 mos (current position)"),
                ("Front Desk Agent", "Rheinufer Suites Düsseldorf", 2024, "10 mos"),
                ("Guest Service Agent", "Schlafgut Hotel Köln-Deutz", 2023, "8 mos"),
            ],
            start=1,
        )
    )
    facts = extract_facts(resume, date(2025, 6, 2))
    assert [(j.title, j.months, j.current) for j in facts.jobs] == [
        ("Front Office Agent, Hotel Domblick Köln", 5, True),
        ("Front Desk Agent, Rheinufer Suites Düsseldorf", 10, False),
        ("Guest Service Agent, Schlafgut Hotel Köln-Deutz", 8, False),
    ]
    assert "objection:job-hopping" in PROBE.topics("Front Office Agent", resume)
