"""Round 39 of the objection rules (issue 17). Each test is a case the rules before it got wrong, beside one
they must leave alone."""

from __future__ import annotations

import pytest

from interviewer.interview.roles import resolve_role


@pytest.mark.parametrize(
    "title",
    [
        "Chief Risk Officer",
        "Chief Impact Officer",
        "Head of Strategy",
        "VP Quality",
        "Design Director",
        "Head of IT",
    ],
)
def test_a_leaders_title_is_not_placed_by_a_word_of_a_roles_summary(title: str) -> None:
    # "managing risks" in the project manager's summary made a Chief Risk Officer a project manager, asked
    # about critical paths; a leader's function is named by the title, so no library role fits these.
    assert resolve_role(title).id == "general-leader"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("VP Global Supply Chain", "coo"),
        ("Director of Supply Chain & Procurement", "coo"),
        ("Head of Brand", "cmo"),
        ("Head of Data Science", "data-scientist"),
        ("Chief Revenue Officer", "vp-sales"),
        ("VP Engineering", "cto"),
        ("Director, System Operations", "coo"),
    ],
)
def test_a_leaders_title_still_meets_the_role_it_names(title: str, role: str) -> None:
    assert resolve_role(title).id == role


@pytest.mark.parametrize(
    "title", ["ITマネージャー", "Team Lead Technical Support", "Team Leader Communication"]
)
def test_no_title_is_placed_by_a_common_word_of_a_roles_summary(title: str) -> None:
    # "prove it worked" in the product manager's summary made an IT manager a product manager, and "technical
    # standards" in the software engineer's a support team lead a software engineer.
    assert resolve_role(title).id == "general"


def test_a_title_sharing_a_name_word_with_a_role_still_meets_it() -> None:
    assert resolve_role("Machine Learning Engineer").id == "data-scientist"
    assert resolve_role("Team Lead Project Management").id == "project-manager"


@pytest.mark.parametrize(
    "title", ["Chief Risk Officer", "Head of Quality", "Director of Nursing", "General Counsel", "CISO"]
)
def test_a_leader_no_library_role_is_near_is_asked_about_leading_a_function(title: str) -> None:
    from interviewer.interview.plan import build_plan
    from interviewer.interview.profile import Profile

    role = resolve_role(title)
    assert (role.id, role.unmatched, role.display_title, role.requirements) == (
        "general-leader",
        True,
        title,
        (),
    )
    plan = build_plan(Profile(role=role, length="long"), [], seed=0)
    asked = " ".join(m.text for s in plan.stages for m in s.moves)
    # The general profile asked a Chief Risk Officer how they calm an upset customer, patient or client.
    assert "patient" not in asked and "function" in asked
    assert plan.contract()["role_matched"] is False


@pytest.mark.parametrize(
    "title",
    ["Head Chef", "Head of Year 9", "Funeral Director", "Director of Photography", "Registered Nurse"],
)
def test_a_title_that_leads_no_function_keeps_the_general_profile(title: str) -> None:
    assert resolve_role(title).id == "general"


def test_the_leader_profile_is_never_offered_as_a_role_to_pick() -> None:
    from interviewer.interview.roles import load_roles

    assert "general-leader" not in load_roles()


def test_the_plan_says_which_profile_asked_its_questions(capsys: pytest.CaptureFixture[str]) -> None:
    from interviewer.cli import main

    assert main(["plan", "--role", "Chief Risk Officer"]) == 0
    assert (
        "general leadership profile (no library role is near Chief Risk Officer)" in capsys.readouterr().out
    )


@pytest.mark.parametrize(
    "title", ["Civil Engineer", "Senior Mechanical Engineer", "Process Engineer", "Chief Engineer (Marine)"]
)
def test_an_engineer_of_another_discipline_is_not_asked_a_software_engineers_questions(title: str) -> None:
    # "Engineer" alone names no discipline, as "Manager" names no function: a civil engineer had been asked
    # about code reviews and system design.
    assert resolve_role(title).id == "general"


@pytest.mark.parametrize(
    "title",
    ["Senior Software Engineer", "Frontend Engineer", "Senior DevOps Engineer", "Java Developer", "SRE"],
)
def test_a_software_engineer_by_another_name_still_meets_the_role(title: str) -> None:
    assert resolve_role(title).id == "software-engineer"


def test_a_present_word_glossed_in_english_ends_the_range_and_opens_no_title() -> None:
    from interviewer.interview.resume_facts import extract_facts

    resume = (
        "EMPLOYMENT\nB.E. 2560 – ปัจจุบัน (present) Chao Phraya Nordic Bank PCL, Bangkok\n"
        "Chief Risk Officer, member of the Executive Committee\n"
    )
    (job,) = extract_facts(resume).jobs
    # The title had read "... Committee, present) Chao Phraya ...", quoted so in the tenure objection.
    assert job.current and job.dates.endswith("ปัจจุบัน (present)")
    assert (
        job.title
        == "Chief Risk Officer, member of the Executive Committee, Chao Phraya Nordic Bank PCL, Bangkok"
    )


def test_a_bracketed_remark_that_opens_a_title_keeps_its_bracket() -> None:
    from interviewer.interview.resume_facts import extract_facts

    (job,) = extract_facts("EMPLOYMENT\n2017 – present (remote) Acme Ltd\nAnalyst\n").jobs
    assert job.title == "Analyst, (remote) Acme Ltd"
    (job,) = extract_facts("EMPLOYMENT\nElektryk (Maintenance Electrician) 2017 – 2019\n").jobs
    assert job.title == "Elektryk (Maintenance Electrician)"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Production Manager", "general"),
        ("Sofware Engineer", "software-engineer"),
        ("Prodcut Manager", "product-manager"),
    ],
)
def test_a_misspelling_is_a_slip_of_a_roles_name_not_another_word(title: str, role: str) -> None:
    # "production" is as alike to "product" as a misspelling: a factory's production manager had been asked
    # the product manager's questions about roadmaps.
    assert resolve_role(title).id == role


def test_the_brief_quotes_a_result_a_pdf_wrapped_as_one_line() -> None:
    from interviewer.interview.brief import value_propositions
    from interviewer.interview.profile import Profile

    resume = (
        "SELECTED RESULTS\n"
        "- Risk-weighted assets down 11% with no loss of revenue after a portfolio and collateral\n"
        "review (B.E. 2565)\n"
        "- Cut credit decision time for mid-corporates from 19 to 8 working days by redesigning the\n"
        "approval chain\n"
    )
    led = value_propositions(Profile(role=resolve_role("Chief Risk Officer"), resume=resume))
    # The brief had said "Lead with: ... by redesigning the." and "... collateral review (B.E."
    assert any(line.endswith("by redesigning the approval chain.") for line in led)
    assert any(line.endswith("collateral review (B.E. 2565).") for line in led)
