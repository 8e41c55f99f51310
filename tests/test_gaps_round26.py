"""Round 26 of the objection rules (issue 17): each test is a case the rules before it got wrong, beside one
they must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.resume_facts import extract_facts
from interviewer.interview.wrapping import unwrap_bullets
from tests.gap_probe import GapProbe

TODAY = date(2026, 11, 1)
PROBE = GapProbe(TODAY)
topics, evidence = PROBE.topics, PROBE.evidence


def test_a_bullet_a_pdf_wrapped_is_one_line_again() -> None:
    wrapped = (
        "- Manage the reception team: 6 receptionists, 2 night auditors and 1\n"
        "concierge (9 people),\n"
        "rosters and training of apprentices.\n"
        "- Lead a manufacturer with 11 plants in VIC, NSW and QLD,\n"
        "  2,000 employees and revenue of A$1.1bn.\n"
    )
    assert unwrap_bullets(wrapped).splitlines() == [
        "- Manage the reception team: 6 receptionists, 2 night auditors and 1 concierge (9 people), rosters "
        "and training of apprentices.",
        "- Lead a manufacturer with 11 plants in VIC, NSW and QLD, 2,000 employees and revenue of A$1.1bn.",
    ]
    assert extract_facts(wrapped, TODAY).max_team_size == 2000


def test_a_numbered_entry_a_dated_line_or_a_finished_bullet_is_not_a_wrapped_end() -> None:
    kept = (
        "- Implemented data quality checks using Great Expectations\n"
        "2) DataBridge Solutions, Hinjewadi, Pune\n"
        "- Mentored 2 junior engineers\n"
        "2019 Award for delivery\n"
        "- Built the claims data model\n"
        "consultant (Mar 2018 - Jun 2019)\n"
        "- Closed the plant on time.\n"
        "and then moved on\n"
        "the document system (2019\n"
        "– 2020) and\n"
        "the e-discovery platform (2022).\n"
    )
    assert unwrap_bullets(kept) == kept.rstrip("\n")


def test_a_team_set_off_after_what_the_verb_leads() -> None:
    facts = extract_facts("- Manage the reception team: 6 receptionists and 1 concierge (9 people)\n", TODAY)
    assert facts.max_team_size == 9
