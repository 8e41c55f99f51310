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
    assert resolve_role(title).id == "general"


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
