"""Round 32 of the objection rules (issue 17): two reading bugs found on the development set's latest
files. Each test is a case the rules before it got wrong, beside one they must leave alone."""

from __future__ import annotations

from datetime import date

from tests.gap_probe import GapProbe
from tests.test_gazetteer import ad_in, resume_in

TODAY = date(2025, 3, 10)
PROBE = GapProbe(TODAY)
DEGREE = "objection:degree"  # a licence to practise is raised under the degree topic too

NURSE = (
    "Nadeesha Perera\nColombo, Sri Lanka\n\nEXPERIENCE\n\n"
    "Nursing Officer, Intensive Care Unit, Lanka General Hospital, Colombo   Jan 2016 – Present\n"
    "- Ten-bed adult ICU; ventilated patients, central lines, CRRT.\n\n"
    "EDUCATION\nBSc Nursing, University of Peradeniya, 2015\n\n"
    "| Registration | {registration} - registered nurse, active. BLS and ACLS provider (current). |\n"
)
NURSING_AD = (
    "Clinical Nurse Specialist - ICU\n\nRequirements\n- BSc Nursing.\n"
    "- Current registration with the Sri Lanka Nursing Council.\n"
)


def test_the_sentences_full_stop_is_not_the_regulators_name() -> None:
    registered = NURSE.format(registration="Sri Lanka Nursing Council")
    assert DEGREE not in PROBE.topics("Clinical Nurse Specialist", registered, NURSING_AD)
    # Another country's council is still another licence.
    elsewhere = NURSE.format(registration="Nursing and Midwifery Council (UK)")
    assert DEGREE in PROBE.topics("Clinical Nurse Specialist", elsewhere, NURSING_AD)


HR_OFFICER = (
    "Hana Tesfaye\nBishoftu, Ethiopia\n\nEXPERIENCE\n\n"
    "HR Officer, Mojo Agro-Processing PLC   Mar 2019 – Present\n- Recruitment, payroll, personnel files.\n\n"
    "EDUCATION\nDip. HRM, TVET Level IV (COC certified), Bishoftu Poly-Technic College, 2018\n"
)
HR_AD = (
    "HR Officer I\n\nRequired qualification and experience:\n"
    "1. BA degree in Human Resource Management, Management or Public Administration with 0 years of "
    "experience;\n{route}\n"
)


def test_another_way_in_on_the_line_after_the_degree() -> None:
    route = "OR TVET Level IV Diploma in Human Resource Management with COC and 2 years of experience."
    assert DEGREE not in PROBE.topics("HR Officer", HR_OFFICER, HR_AD.format(route=route))
    # A next line that offers no other way in leaves the degree required.
    assert DEGREE in PROBE.topics("HR Officer", HR_OFFICER, HR_AD.format(route="2. Fluent Amharic."))


MOVE = "objection:relocation"


def test_a_candidate_placed_only_in_a_country_may_live_near_a_town_in_it() -> None:
    # Caesarea is a small Israeli town: a candidate the resume places only in Israel may live next door.
    assert MOVE not in PROBE.topics("Operations Manager", resume_in("Israel"), ad_in("Caesarea"))
    # Lyon is in France: a candidate in Portugal moves, though the resume names no town.
    assert MOVE in PROBE.topics("Operations Manager", resume_in("Portugal"), ad_in("Lyon"))


OVER = "objection:overqualified"


def _auditor(side_post: str) -> str:
    return (
        "Kwame Mensah\nAccra, Ghana\n\nWORK HISTORY\n\n"
        "Principal Internal Auditor, Internal Audit Agency, Accra   Mar 2019 – Present\n"
        "- Lead auditor on assignments at ministries and agencies.\n\n"
        f"{side_post}, Dansoman Savings & Credit Cooperative   Nov 2021 – Present\n"
        "- Keep the books and close the loan ledger monthly.\n\n"
        "Senior Auditor, Ghana Audit Service, Accra   Sep 2014 – Feb 2019\n- Statutory audits.\n"
    )


def test_a_part_time_post_beside_the_main_job_is_not_the_rank_held() -> None:
    assert OVER not in PROBE.topics("Accounting Manager", _auditor("Finance Director (honorary, part-time)"))
    # The same title as a post of its own is the rank held.
    assert OVER in PROBE.topics("Accounting Manager", _auditor("Finance Director"))


def _lawyer(education: str) -> str:
    return (
        "Elif Demir\nAnkara, Turkey\n\nEXPERIENCE\n\n"
        "Senior Competition Expert, Turkish Competition Authority, Ankara   Jan 2016 – Present\n"
        "- Cartel and abuse-of-dominance investigations.\n\n"
        f"EDUCATION\n{education}\n"
    )


LAW_AD = "Senior Legal Counsel\n\nRequirements\n- Master's degree in law required.\n- 6-10 years.\n"


def test_a_master_of_laws_written_with_its_stops_is_a_masters() -> None:
    both = "- LL.M. in Competition Law, King's College London, 2020\n- LL.B., Ankara University, 2011"
    assert DEGREE not in PROBE.topics("Senior Legal Counsel", _lawyer(both), LAW_AD)
    assert DEGREE in PROBE.topics("Senior Legal Counsel", _lawyer("- LL.B., Ankara University, 2011"), LAW_AD)


def _accountant(qualification: str) -> str:
    return (
        "Kwame Mensah\nAccra, Ghana\n\nEXPERIENCE\n\n"
        "Senior Accountant, Tema Oil Refinery, Tema   Jan 2017 – Present\n- Month-end close.\n\n"
        f"EDUCATION\nBSc Administration (Accounting), University of Ghana, 2013\n{qualification}\n"
    )


ACCOUNTS_AD = "Accounting Manager\n\nRequirements\n- A degree in Accounting; ICAG or ACCA qualified.\n"


def test_a_body_named_beside_a_known_certification_is_the_other_way_in() -> None:
    icag = _accountant("Chartered Accountant, Institute of Chartered Accountants Ghana (ICAG), 2017")
    assert DEGREE not in PROBE.topics("Accounting Manager", icag, ACCOUNTS_AD)
    unqualified = _accountant("Excel for accountants, 2019")
    assert DEGREE in PROBE.topics("Accounting Manager", unqualified, ACCOUNTS_AD)
