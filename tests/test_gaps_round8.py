"""Gap analysis, eighth round: who employed the candidate in each position, so that promotions at one
employer are one stay (for the tenure and the job-hopping objections alike) while moves between employers
stay moves; each rule beside a case it must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.headings import _heading_kind
from interviewer.interview.objections import find_gaps
from interviewer.interview.resume_facts import extract_facts
from interviewer.interview.roles import resolve_role

TODAY = date(2024, 8, 1)


def topics(role: str, resume: str, description: str | None = None, today: date = TODAY) -> list[str]:
    return [o.topic for o in find_gaps(resolve_role(role), resume, description, today)]


PROMOTED = """KEISHA MORGAN
Austin, TX 78704 | (512) 555-0193 | keisha@example.com

EXPERIENCE

Northwind Cloud - Austin, TX
Senior Product Manager, Billing & Payments Platform | Apr 2023 - Present
- Own the payment methods roadmap.

Product Manager II, Billing & Payments | Mar 2022 - Mar 2023
- Shipped a new checkout.

Product Manager, Billing Experience | Mar 2021 - Feb 2022
- Rebuilt the invoice pages.

Lonestar Health IT - Austin, TX
Product Manager | Jan 2019 - Feb 2021
- Owned the patient payments module.
"""


def test_promotions_under_a_company_line_are_one_stay_not_hopping() -> None:
    assert "objection:job-hopping" not in topics("Senior Product Manager", PROMOTED)
    facts = extract_facts(PROMOTED, TODAY)
    assert {j.employer for j in facts.jobs[:3]} == {"Northwind Cloud - Austin, TX"}


def test_the_same_layout_with_a_company_per_position_is_still_hopping() -> None:
    moves = PROMOTED.replace("\nProduct Manager II", "\nBrightpay Inc - Austin, TX\nProduct Manager II")
    moves = moves.replace("\nProduct Manager, Billing", "\nLedgerly - Dallas, TX\nProduct Manager, Billing")
    assert "objection:job-hopping" in topics("Senior Product Manager", moves)


LINKEDIN = """Rohan Kulkarni
Bengaluru, Karnataka, India

Experience

Kitebox
Product Manager
Jan 2024 - Present (1 year)
Own seller onboarding and payouts.

PaySetu
Product Manager
Nov 2022 - Dec 2023 (1 year 2 months)
Owned the BNPL checkout product.

LearnLoop
Associate Product Manager
Oct 2021 - Oct 2022 (1 year 1 month)
Managed the learner mobile app.

Infosys
Business Analyst
Jul 2018 - Sep 2021 (3 years 3 months)
"""


def test_a_company_title_dates_block_names_the_company_not_the_title() -> None:
    facts = extract_facts(LINKEDIN, date(2024, 12, 1))
    assert [j.employer for j in facts.jobs] == ["Kitebox", "PaySetu", "LearnLoop", "Infosys"]
    assert all("nths" not in j.title for j in facts.jobs)  # "(1 year 2 months)" is a length, all of it
    assert "objection:job-hopping" in topics("Senior Product Manager", LINKEDIN, today=date(2024, 12, 1))
    # The same employer over two blocks is one stay: a promotion, not a move.
    promoted = LINKEDIN.replace("PaySetu", "Kitebox")
    assert "objection:job-hopping" not in topics("Senior Product Manager", promoted, today=date(2024, 12, 1))


def test_a_name_in_capitals_and_a_contact_line_employ_no_one() -> None:
    resume = """MARCUS OYELARAN
Houston, TX | 832-555-0199 | marcus@example.com

SALES TEAM LEAD, Crestline Telecom — 09/2025 - Present
- Lead 7 reps

ACCOUNT EXECUTIVE, Fieldpoint Software — 03/2024 - 08/2025
- 112% of quota

ACCOUNT EXECUTIVE, NorthRidge Payroll — 11/2022 - 02/2024
- Closed 41 new logos

SALES DEVELOPMENT REP, Ample Logistics — 06/2021 - 10/2022
"""
    facts = extract_facts(resume, date(2026, 11, 29))
    assert {j.employer for j in facts.jobs} == {""}
    assert "objection:job-hopping" in topics("Sales Manager", resume, today=date(2026, 11, 29))


def test_headings_in_brackets_and_in_italian_chinese_and_korean() -> None:
    assert _heading_kind("【工作经历】") == "experience"
    assert _heading_kind("【教育背景】") == "excluded"
    assert _heading_kind("ESPERIENZE PROFESSIONALI") == "experience"
    assert _heading_kind("경력사항") == "experience"
    assert _heading_kind("[Experience]") == "experience"
    assert _heading_kind("【张伟】") is None
