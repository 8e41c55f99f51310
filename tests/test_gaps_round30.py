"""Round 30 of the objection rules (issue 17): each test is a case the rules before it got wrong, beside one
they must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.places import countries_in
from tests.gap_probe import GapProbe

TODAY = date(2025, 8, 25)
PROBE = GapProbe(TODAY)
topics = PROBE.topics

_RENAMED = (
    "# Dana Kowalczyk, RN\nBethel Park, PA\n\n## Experience\n\n"
    "### Keystone South Hills Medical Center — Pittsburgh, PA\n"
    "*(formerly St. Brendan's Community Hospital; acquired by Keystone Health System Q1 2018 and operated as "
    '"Keystone Health – St. Brendan\'s Campus"; renamed Keystone South Hills Medical Center Q3 2023. Same '
    "hospital, same building, same badge number.)*\n\n"
    "**Lead Wound Care Nurse** — Q1 2021 – present\n- Lead a 3-nurse team covering 310 beds.\n\n"
    "**Wound Care Nurse** — Q3 2016 – Q4 2020\n- Inpatient consults.\n\n"
    "**Staff RN, Medical-Surgical** — Q3 2013 – Q2 2016\n- 32-bed surgical unit.\n\n"
    "### Three Rivers General Hospital — Pittsburgh, PA\n"
    "**Staff RN, Step-Down ICU** — Q2 2009 – Q2 2013\n- Cardiac step-down.\n"
)


def test_an_aside_in_brackets_under_the_employer_keeps_its_positions_together() -> None:
    # Twelve years at one hospital under three titles: the line about its renaming is no position's title.
    assert "objection:tenure" in topics("Registered Nurse", _RENAMED)
    # Nine years there, after three at another hospital, is nothing to ask.
    short = _RENAMED.replace(
        "**Staff RN, Medical", "### Mercy Hospital — Pittsburgh, PA\n**Staff RN, Medical"
    )
    assert "objection:tenure" not in topics("Registered Nurse", short)


_YEARS_ONLY = (
    "CHEN YU-TING\nZhubei City, Hsinchu County, Taiwan   Mobile +886 933 208 417\n\nEXPERIENCE\n"
    "AURORA BIOLOGICS TAIWAN CO., LTD., Zhubei\n"
    "Senior Director, Process Sciences   2019 - 2025\n"
    "Director, Process Development   2016 - 2019\n"
    "Manager, Upstream Process Development (team of 12)   2012 - 2016\n"
    "Senior Scientist, Cell Culture   2009 - 2012\n\n"
    "ITRI, Hsinchu\nResearch Assistant, cell line development   2006 - 2009\n"
)


def test_a_year_only_end_in_the_year_applied_may_be_now() -> None:
    assert "objection:tenure" in topics("Head of Manufacturing", _YEARS_ONLY)
    # A year-only end in an earlier year is a stay that ended.
    ended = _YEARS_ONLY.replace("2019 - 2025", "2019 - 2023")
    assert "objection:tenure" not in topics("Head of Manufacturing", ended)


def test_countries_beyond_the_first_list_are_places() -> None:
    assert countries_in("Zhubei City, Hsinchu County, Taiwan") == ["Taiwan"]
    assert countries_in("Vilnius, Lithuania | +370 600 00000") == ["Lithuania"]
    # A town of the same name elsewhere is not the country.
    assert countries_in("Benin City, Edo State, Nigeria") == ["Nigeria"]
    ad = "Head of Manufacturing\nTuas Biomedical Park, Singapore (on-site)\n\nLead our drug substance plant."
    assert "objection:relocation" in topics("Head of Manufacturing", _YEARS_ONLY, ad)
    said = PROBE.evidence("Head of Manufacturing", _YEARS_ONLY, ad, "relocation") or ""
    assert "Taiwan" in said


_FORM_AD = (
    "Accountant\nNordic Freight, Odense (on-site)\n\nReports to: Finance Supervisor\n\n"
    "Post invoices and reconcile accounts.\n"
)
_SUPERVISOR = (
    "Mette Holm\nOdense, Denmark\n\nEXPERIENCE\n"
    "Finance Supervisor, Fyn Logistics A/S, Odense    03/2018 – present\n"
    "- Supervise a team of 4 accountants\n"
    "Accountant, Fyn Logistics A/S, Odense    01/2012 – 02/2018\n"
)


def test_a_forms_reporting_line_reads_as_a_sentence_in_the_evidence() -> None:
    said = PROBE.evidence("Accountant", _SUPERVISOR, _FORM_AD, "overqualified") or ""
    assert "(Accountant) reports to Finance Supervisor;" in said


def test_sector_words_beyond_the_usual_names() -> None:
    from interviewer.interview.industries import _INDUSTRIES

    def sectors(text: str) -> set[str]:
        return {name for name, rx in _INDUSTRIES.items() if rx.search(text)}

    assert "financial services" in sectors("2021 – 2022   Donau Privatbank AG, Wien")
    assert "financial services" in sectors("PagaFácil (payments, Pix acquirer) - Interim Head of Engineering")
    assert "energy" in sectors("Procurement professional in the power sector; Electricity Company of Ghana")
    assert "pharma" in sectors("Head of Regulatory Affairs at Kansai Seiyaku Co., Ltd.")
    # A bank's name inside a word that is no bank, and digital payments a city ordinance required, are not.
    assert "financial services" not in sectors(
        "Data bank of 40 case studies; Digital Payments Ordinance (2024)"
    )


def test_team_sizes_in_words_and_in_prose() -> None:
    from interviewer.interview.reading import led_team_sizes

    assert max(led_team_sizes("Eleven agents on the Nordic escalation desk reported to me day to day.")) == 11
    # "fourteen" is not "four"
    sizes = led_team_sizes(
        "On my nights a team of fourteen nursing officers and six health attendants reported to me."
    )
    assert max(sizes) >= 14
    # An abbreviation's stop ends no sentence: the workers are part of the same count.
    said = (
        "Leading the site team with 11 site engineers, 26 technical officers and approx. 650 workers "
        "incl. subcontractors."
    )
    assert max(led_team_sizes(said)) == 687
    # Agents who reported to someone else are no team led.
    assert not led_team_sizes("Eleven agents on the desk reported to the team leader.")


def test_season_dates_in_a_column_beside_the_text() -> None:
    from interviewer.interview.resume_facts import extract_facts

    resume = (
        "Li Na\nShenzhen, China\n\nWORK EXPERIENCE\n"
        "Spring 2024 – now Shenzhen Huaying Talent Consulting Co., Ltd.\nSenior Recruitment Consultant\n\n"
        "Autumn 2022 – Guangzhou Zhilian Headhunting Ltd.\nWinter 2023 Recruitment Consultant\n\n"
        "Spring 2021 – RecruitAsia Search (HK)\nSummer 2022 Associate Consultant\n"
    )
    facts = extract_facts(resume, date(2024, 9, 1))
    assert [(j.start, j.end) for j in facts.jobs][1:] == [((2022, 10), (2023, 12)), ((2021, 4), (2022, 8))]
    assert not facts.gaps


def test_a_winter_across_the_new_year_and_a_season_that_ends_a_range() -> None:
    resume = (
        "Somchai P.\nBangkok, Thailand\n\nEXPERIENCE\n"
        "- Spring 2024 – now · Project Manager · Lanna Resort Group\n"
        "- Autumn 2022 – Winter 2023/24 · Project Coordinator · ThaiConnect Towers\n"
        "- Spring 2019 – Autumn 2021 · Project Engineer · Siam Mobile Networks\n"
        "- Winter 2021/22 – Summer 2022 · Waiting for a work visa after a job offer\n"
    )
    assert "objection:gap" not in topics("Project Manager", resume, today=date(2025, 7, 1))
    # A real break, seasons apart, is still one.
    apart = resume.replace("Autumn 2022 – Winter 2023/24", "Autumn 2022 – Spring 2023")
    assert "objection:gap" in topics("Project Manager", apart, today=date(2025, 7, 1))


def test_a_heading_that_says_its_order_is_a_heading() -> None:
    from interviewer.interview.headings import _heading_kind

    assert _heading_kind("CAREER HISTORY (earliest first)") == "experience"
    assert _heading_kind("Experience (most recent first)") == "experience"
    resume = (
        "Meg Harris\nWellington, New Zealand\n\nCAREER HISTORY (earliest first)\n\n"
        "Feb 2009 - Mar 2013 Communications & Policy Advisor, Rural Producers Federation, Wellington\n\n"
        "Apr 2013 - Dec 2018 Government Relations Manager, NZ Forest Growers Association, Wellington\n\n"
        "Jan 2019 - Till date Executive Director, Kaitiaki Waters Trust, Wellington\n"
    )
    # Three employers, the longest seven years: the heading is no employer over all three.
    assert "objection:tenure" not in topics("Director, Policy", resume, today=date(2025, 3, 1))


def test_a_place_named_bank_is_no_bank() -> None:
    from interviewer.interview.industries import _INDUSTRIES

    assert not _INDUSTRIES["financial services"].search("Southbank Digital, Melbourne VIC")


def test_a_title_below_an_executive_library_role_is_asked_the_general_profile() -> None:
    from interviewer.interview.plan import build_plan
    from interviewer.interview.profile import Profile
    from interviewer.interview.roles import resolve_role

    # An HR Generalist, a Junior Financial Analyst, an Operations Manager: no executive's bank (a manager's
    # title gets the general team-management profile, round 40).
    for title, near, profile in (
        ("HR Generalist", "chro", "general"),
        ("Junior Financial Analyst", "cfo", "general"),
        ("Operations Manager", "coo", "general-team-manager"),
    ):
        role = resolve_role(title)
        assert (role.id, role.unmatched, role.below, role.display_title) == (profile, True, near, title)
    plan = build_plan(Profile(role=resolve_role("HR Generalist")), [], seed=0)
    contract = plan.contract()
    assert (contract["role_id"], contract["role_matched"], contract["role_below"]) == (
        "general",
        False,
        "chro",
    )
    asked = " ".join(m.text for s in plan.stages for m in s.moves).lower()
    assert "board" not in asked and "people and culture" not in asked
    # A title of an executive's rank, or a library role of its own level, keeps its bank.
    assert resolve_role("Head of People").id == "chro"
    assert resolve_role("HR Director").id == "chro"
    assert resolve_role("Regional Sales Manager").id == "sales-manager"
    assert "role_below" not in build_plan(Profile(role=resolve_role("cfo")), [], seed=0).contract()
