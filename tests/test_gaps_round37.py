"""Round 37 of the objection rules (issue 17). Each test is a case the rules before it got wrong, beside one
they must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.amounts import budgets
from interviewer.interview.gazetteer import job_towns
from interviewer.interview.job_location import job_location, says_remote
from interviewer.interview.not_posts import sums_up
from interviewer.interview.reading import _team_sizes, led_team_sizes
from interviewer.interview.resume_facts import extract_facts
from interviewer.interview.stays import employments
from tests.gap_probe import GapProbe

PROBE = GapProbe(date(2025, 6, 2))
RELOCATION = "objection:relocation"

# --- the people a resume shows the candidate leading ---


def test_reports_written_are_no_people_led() -> None:
    assert (
        led_team_sizes("- Building inspections (IEE / ITE) for owners' associations in Palma, ~20 reports.")
        == []
    )
    assert led_team_sizes("- Automated 14 reports with Python and Airflow") == []
    # ...while the people who report to a manager still count
    assert led_team_sizes("- Managed 3 leads and their 24 reports across quoting and claims") == [24]
    assert 12 in led_team_sizes("- 12 direct reports, two of them managers")


def test_people_led_through_managers_count() -> None:
    line = "- ~140 infirmières, infirmières auxiliaires et PAB, via 6 chefs de site"
    assert _team_sizes(line) == [140]
    assert 450 in _team_sizes("- 450 warehouse staff through 12 shift managers")
    # a count of customers served through channels is no team
    assert _team_sizes("- 2,000 customers through 3 channels") == []


# --- money in Chinese, Japanese and Korean ---


def test_ten_thousands_and_hundred_millions_are_read() -> None:
    assert budgets("- 연간 개발 예산 약 180억 원 관리") == [12_960_000]  # KRW 18 billion
    assert budgets("外部律师费: RMB 1,350万 / year, my own cost centre") == [1_890_000]  # RMB 13.5 million
    assert budgets("・3店舗の予算管理（年間手数料収入 約9億円）") == [6_030_000]  # JPY 900 million
    assert budgets("• 管理屋苑年度預算約HK$1,800萬") == [2_340_000]  # HKD 18 million


def test_pay_and_users_counted_in_ten_thousands_are_no_budget() -> None:
    assert budgets("年収：1,200万円〜1,800万円（経験・能力により決定）") == []
    assert budgets("旗下App累计注册用户超过4000万，已完成C轮融资。") == []
    assert budgets("会员总数约260万") == []


# --- where the job is, and where the candidate lives ---


def test_the_remote_days_of_a_hybrid_week_are_no_remote_job() -> None:
    assert not says_remote("Airport City, Accra (hybrid - in the office Tuesday to Thursday, remote Monday)")
    assert says_remote("Remote (UK)")
    assert says_remote("Fully remote, with a hybrid option in London for those who want it")
    resume = "Kofi Mensah\nAhodwo, Kumasi, Ghana\n\nUX Designer, Adinkra Digital, Kumasi, 2019 - present\n"
    description = (
        "Location: Airport City, Accra (hybrid - in the office Tuesday to Thursday, remote Monday)\n"
    )
    assert RELOCATION in PROBE.topics("UX Designer", resume, description)


def test_a_cover_letter_below_the_letterhead_is_not_where_the_candidate_lives() -> None:
    resume = (
        "Sara Lind\nÅlidhem, Umeå | 073-291 18 54\nUmeå, 12 May 2025\nDear recruitment team,\n"
        "I am writing to apply for the Customer Advisor position in your Stockholm branch team.\n\n"
        "Customer Advisor, Norrlandsbanken, Umeå, 2019 - present\n"
    )
    description = "Customer Advisor\nLocation: our branch on Kungsgatan, Stockholm, five days a week\n"
    assert RELOCATION in PROBE.topics("Customer Advisor", resume, description)


def test_a_citys_other_name_is_read_where_no_town_has_it_as_its_own() -> None:
    assert [t.name for t in job_towns("Aarhus N (Skejby)")] == ["Århus"]
    assert [t.name for t in job_towns("Plzeň, Czech Republic")] == ["Pilsen"]
    # "Reading" stays the English town, though it is also an old name of Redding, California; and "Basic",
    # an old name of Henderson, Nevada, is a word
    assert [t.country for t in job_towns("Reading, Berkshire")] == ["GB"]
    assert job_towns("AUTOSAR Basic Software (BSW)") == []


def test_OR_in_a_hospitals_ad_abroad_is_no_us_state() -> None:
    resume = (
        "Noa Ben-Ami\nKiryat Bialik (Haifa district), Israel\n\nICU Nurse, Rambam, Haifa, 2018 - present\n"
    )
    description = (
        "Registered Nurse, Intensive Care (Israel)\n"
        "Location: Negev Medical Center, Be'er Sheva - on site only\n"
        "You will also cover the OR recovery area.\n"
    )
    evidence = PROBE.evidence("Registered Nurse", resume, description, "relocation") or ""
    assert "Beersheba" in evidence and "Haifa" in evidence and "km apart" in evidence


def test_a_danish_or_finnish_workplace_label_places_the_job() -> None:
    assert job_location("Arbejdssted: vores fabrik i Silkeborg. Fuldtid.")[1] == "vores fabrik i Silkeborg"
    assert job_location("Sijainti: Tampere, Hatanpää")[0] == "Tampere"


def test_a_move_said_plainly_or_in_romanian_is_a_move() -> None:
    description = "Location: Shibuya, Tokyo - hybrid (3 days office / 2 days remote)\n"
    resume = (
        "Yui Nakamura\nAoba-ku, Sendai, Miyagi\n\nCall centre agent (part-time), Sendai, 2023 - present\n"
    )
    assert RELOCATION in PROBE.topics("Customer Support Associate", resume, description)
    moving = resume + "After graduation I will move to Tokyo.\n"
    assert RELOCATION not in PROBE.topics("Customer Support Associate", moving, description)
    resume = (
        "Ana Popescu\nBucurești, sector 1 · Relocare la Brașov din septembrie 2025\n\n"
        "Manager, Hotel X, 2015 - prezent\n"
    )
    assert RELOCATION not in PROBE.topics("Hotel Manager", resume, "Location: Brașov, on site\n")


# --- dates ---


def test_fiscal_years_and_a_bengali_present_are_read_as_ranges() -> None:
    resume = (
        "EXPERIENCE\nFY19/20 Chief Technology Officer, Tawsil Labs\nFY20/21 CTO, Medina Health\n"
        "FY21/22 VP Engineering, Kayna Pay\nFY23/24 - now Chief Technology Officer, Sahl Cloud\n"
    )
    facts = extract_facts(resume, date(2025, 6, 2))
    assert [(j.start[0], j.end[0]) for j in facts.jobs] == [
        (2019, 2020),
        (2020, 2021),
        (2021, 2022),
        (2023, 2025),
    ]
    bengali = "অভিজ্ঞতা\nপরিচালক, স্কিলস প্রোগ্রাম '19 – বর্তমান\nপ্রোগ্রাম ম্যানেজার '12 – '19\n"
    facts = extract_facts(bengali, date(2025, 6, 2))
    assert facts.jobs[0].current and facts.gaps == []


# --- sectors ---


def test_b2b_saas_is_not_met_by_a_consumer_fintech() -> None:
    description = "Requirements:\n- 4+ years in customer success at a B2B SaaS company (required)\n"
    resume = (
        "Amani Otieno\nNairobi\n\n"
        "Customer experience leader with 12 years in consumer fintech and telecoms.\n"
        "Head of Customer Experience, PesaHaraka (consumer lending app), 2019 - present\n"
    )
    assert "objection:industry" in PROBE.topics("Customer Success Manager", resume, description)
    saas = resume.replace("consumer fintech", "B2B SaaS for lenders")
    assert "objection:industry" not in PROBE.topics("Customer Success Manager", saas, description)


# --- stays with one employer ---


def test_a_first_person_summary_dated_over_posts_is_no_post() -> None:
    summary = "I was Director, Operations for almost six years, leading about 230 people"
    assert sums_up(summary, (2016 * 12, 2021 * 12), [(2016 * 12, 2019 * 12 + 2), (2011 * 12, 2015 * 12)])
    assert not sums_up(summary, (2016 * 12, 2021 * 12), [(2011 * 12, 2015 * 12)])  # it holds no post
    assert not sums_up("Director, Operations", (2016 * 12, 2021 * 12), [(2016 * 12, 2019 * 12 + 2)])


def test_a_remark_in_brackets_after_an_employer_is_no_part_of_its_name() -> None:
    resume = (
        "EXPERIENCE\n"
        "Senior Specialist, Network Planning - Nordhavn Karnaphuli Logistics Ltd\nJan 2022 - present\n\n"
        "Director, Operations - Nordhavn Karnaphuli Logistics Ltd (new name after the 2019 acquisition)\n"
        "Apr 2019 - Dec 2021\n"
    )
    facts = extract_facts(resume, date(2025, 8, 10))
    assert [len(jobs) for _, _, jobs in employments(facts.jobs)] == [2]
