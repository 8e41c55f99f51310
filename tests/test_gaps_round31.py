"""Round 31 of the objection rules (issue 17): a change of field read by families of work, as a recruiter
groups occupations, rather than by the words two titles happen to share. Each test is a case the rules
before it got wrong, beside one they must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.functions import families
from tests.gap_probe import GapProbe

TODAY = date(2025, 9, 15)
PROBE = GapProbe(TODAY)
topics = PROBE.topics
CHANGE = "objection:career-change"


def _resume(latest: str, earlier: str) -> str:
    return (
        "Morgan Ellery\nLeeds, United Kingdom\n\nEXPERIENCE\n\n"
        f"{latest}, Northgate Services Ltd, Leeds   Jan 2019 – Present\n- Day-to-day work of the post.\n\n"
        f"{earlier}, Northgate Services Ltd, Leeds   Mar 2013 – Dec 2018\n- Day-to-day work of the post.\n"
    )


def test_a_laboratory_is_a_lab() -> None:
    assert CHANGE not in topics("Lab Technician", _resume("Laboratory Supervisor", "Laboratory Assistant"))
    assert CHANGE in topics("Lab Technician", _resume("Payroll Officer", "Payroll Assistant"))


def test_customer_service_is_one_field_in_the_languages_titles_come_in() -> None:
    # "Asiakaspalvelupäällikkö" is Finnish for a customer service manager.
    led = _resume("Team Leader, Customer Service", "Customer Service Specialist")
    assert CHANGE not in topics("Asiakaspalvelupäällikkö", led)
    assert CHANGE in topics("Asiakaspalvelupäällikkö", _resume("Warehouse Supervisor", "Warehouse Operative"))


def test_a_business_developer_writes_no_software() -> None:
    seller = _resume("Business Development Manager", "Business Development Executive")
    assert CHANGE in topics("Software Developer", seller)
    assert CHANGE not in topics("Software Developer", _resume("Backend Developer", "Junior Developer"))
    assert families("Business Development Manager") == {"sales"}
    assert families("Mjukvaruutvecklare") == {"software"}


def test_words_shared_by_families_and_other_work_are_left_out() -> None:
    assert families("Shift Supervisor Underground") == set()  # not an underwriter's
    assert families("Journeyman Electrician") == set()  # not a journalist's
    assert families("Social Media Manager") == set()  # not a social worker's
    assert families("Labor Relations Manager") == set()  # not a laboratory's
    assert families("Labor & Delivery Nurse") == {"nursing"}
    assert families("Laborleiterin Mikrobiologie") == {"laboratory"}
    assert families("Ward Manager, Riverside Hospital") == set()  # not a hotel's
    assert families("Trabajadora Social") == {"social work"}
    assert families("Head of Physical Performance") == families("Assistant S&C Coach") == {"sport"}


def test_the_employer_in_a_title_line_names_no_family_of_work() -> None:
    # Three years nursing after hotel work is a move away, though the hospital's name says "hospital".
    nurse = (
        "Morgan Ellery\nLeeds, United Kingdom\n\nEXPERIENCE\n\n"
        "Staff Nurse, Riverside Hospital, Leeds   Jan 2019 – Present\n- Ward work.\n\n"
        "Hotel Duty Manager, The Calder Hotel Ltd, Leeds   Mar 2013 – Dec 2018\n- Night and weekend duty.\n"
    )
    assert CHANGE in topics("Hotel Manager", nurse)
    # A hotel's revenue manager, whose title names no family, has not moved away from hotels.
    revenue = nurse.replace("Staff Nurse, Riverside Hospital", "Revenue Manager, Riverside Hotel plc")
    assert CHANGE not in topics("Hotel Manager", revenue)
