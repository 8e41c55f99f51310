"""The end-of-interview checks: closing questions and thank-you notes, on hand-written examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.scoring.closing_questions import check_closing_questions
from interviewer.scoring.thank_you import SPECIFIC_SHARE, check_thank_you, conversation_share

GUIDANCE = Path(__file__).resolve().parent.parent / "corpus" / "guidance"

# --- closing questions: text -> (next steps, more information, permission, priorities, self-focused) ------

CLOSINGS = {
    "complete": (
        "Thank you, I've enjoyed this. Before I go, is there anything else I can share that would help "
        "your decision? What are the next steps, and when do you expect to decide? If I haven't heard by "
        "the 14th, may I call you that afternoon? And what would success look like in the first 90 days?",
        (True, True, True, True, False),
    ),
    "three_core": (
        "Is there anything about my background that gives you pause? What does the timeline look like from "
        "here? Would it be all right if I checked back with you next Friday?",
        (True, True, True, False, False),
    ),
    "next_steps_only": ("What are the next steps in the process?", (True, False, False, False, False)),
    "priorities_only": (
        "What is the biggest challenge the team faces this year? What would you want the new director to "
        "achieve in the first ninety days?",
        (False, False, False, True, False),
    ),
    "self_focused": (
        "How many vacation days do I get? Can I work from home on Fridays? How quickly do people get "
        "promoted?",
        (False, False, False, False, True),
    ),
    "salary_then_decision": (
        "What's the salary range? And when will you make a decision?",
        (True, False, False, False, True),
    ),
    "requests_without_question_marks": (
        "I'd like to know what the next steps are. Please let me know if there is anything else I can "
        "clarify.",
        (True, True, False, False, False),
    ),
    "lower_case_no_marks": (
        "what happens next and may I follow up with you on monday",
        (True, False, True, False, False),
    ),
    "no_questions": ("No, I don't have any questions. I think you covered everything.", (False,) * 5),
    "empty": ("", (False,) * 5),
}


@pytest.mark.parametrize("name", sorted(CLOSINGS))
def test_closing_question_criteria(name: str) -> None:
    text, expected = CLOSINGS[name]
    check = check_closing_questions(text)
    got = (
        check.asked_next_steps,
        check.offered_more_information,
        check.asked_permission_to_follow_up,
        check.asked_about_role_priorities,
        check.self_focused,
    )
    assert got == expected
    assert 0 <= check.score <= 100
    assert check.rationale.endswith(".") and check.rationale.count(". ") == 0
    assert check.citations and all((GUIDANCE / f"{doc}.md").is_file() for doc in check.citations)


def test_closing_scores_add_up_and_order_sensibly() -> None:
    score = {name: check_closing_questions(text).score for name, (text, _) in CLOSINGS.items()}
    assert score["complete"] == 100
    assert score["three_core"] == 80
    assert score["next_steps_only"] == 30
    assert score["priorities_only"] == 20
    assert score["salary_then_decision"] == 30  # no penalty: a core question was asked too
    assert score["self_focused"] == 0  # 0 - 20, clamped
    assert score["no_questions"] == score["empty"] == 0
    assert score["complete"] > score["three_core"] > score["requests_without_question_marks"]
    assert score["requests_without_question_marks"] > score["next_steps_only"] > score["priorities_only"]
    assert score["priorities_only"] > score["self_focused"]


def test_closing_question_count_rationale_and_suggestions() -> None:
    complete = check_closing_questions(CLOSINGS["complete"][0])
    assert complete.questions_asked == 4 and complete.suggestions == []
    assert check_closing_questions(CLOSINGS["lower_case_no_marks"][0]).questions_asked == 1

    none = check_closing_questions(CLOSINGS["no_questions"][0])
    assert none.questions_asked == 0 and none.score == 0
    assert "No question was asked" in none.rationale

    partial = check_closing_questions(CLOSINGS["next_steps_only"][0])
    assert "next steps" in partial.rationale and "permission to follow up" in partial.rationale
    assert len(partial.suggestions) == 3
    assert "follow-ask-about-reservations" in partial.citations
    assert "follow-persistence-check-back-cadence" in partial.citations

    selfish = check_closing_questions(CLOSINGS["self_focused"][0])
    assert any("offer stage" in s for s in selfish.suggestions)
    assert "follow-closing-questions-before-leaving" in selfish.citations


def test_a_statement_that_starts_like_a_question_is_not_counted() -> None:
    check = check_closing_questions("When I was at Acme, I cut costs. I led the team and did the work.")
    assert check.questions_asked == 0 and check.score == 0


# --- thank-you notes ---------------------------------------------------------------------------------------

INTERVIEWER = "Marcus Lee, VP Customer Success"
CONVERSATION = (
    "Tell me about a time you reduced churn in the mid-market segment. How did you handle the drop-off after "
    "the first renewal? You've mostly sold to enterprise customers; how would that translate to smaller "
    "accounts? What would you do about the onboarding backlog?"
)

NOTES = {
    "good": (
        "Dear Marcus,\n\nThank you for this morning's conversation. Your description of the churn in the "
        "mid-market segment, especially the drop-off after the first renewal, stuck with me. At Halden "
        "Software we faced a similar pattern; with a 90-day success review we lifted first-renewal "
        "retention from 68 to 84 percent in a year.\n\nYou wondered whether my enterprise background would "
        "translate to smaller accounts. Before Halden I ran our SMB desk of 2,000 accounts.\n\nI look "
        "forward to hearing about next steps. Best, Elena"
    ),
    "generic": (
        "Dear Marcus,\n\nThank you for taking the time to meet with me today. I really enjoyed learning more "
        "about the role and the company. I believe my skills and experience make me a strong fit for the "
        "position, and I am excited about the opportunity. Please let me know if you need anything else from "
        "me. I look forward to hearing from you.\n\nBest regards,\nElena"
    ),
    "placeholders": (
        "Dear [Interviewer Name],\n\nThank you for taking the time to meet with me about the {role} position "
        "at <Company>. I enjoyed learning about the team and I believe my experience makes me a strong fit. "
        "I look forward to hearing from you about the next steps in the process.\n\nBest,\n[Your Name]"
    ),
    "gushing": (
        "Dear Marcus!!! Thank you SO much for the most amazing, incredible interview today! It was truly the "
        "best conversation of my life and your company is absolutely fantastic and perfect. I am thrilled "
        "beyond words and it would be a dream to work with such a wonderful, brilliant team on your churn "
        "problem. Thank you again, you are amazing! Elena"
    ),
    "wrong_name": (
        "Dear Sarah,\n\nThank you for this morning's conversation. Your description of the churn in the "
        "mid-market segment, especially the drop-off after the first renewal, stuck with me. At Halden we "
        "lifted first-renewal retention from 68 to 84 percent in a year with a 90-day success review, and "
        "I would bring the same playbook to your onboarding backlog. I look forward to hearing about next "
        "steps. Best, Elena"
    ),
    "late_but_specific": (
        "Hi Marcus, thanks again for the interview last week. You asked how my enterprise background would "
        "translate to smaller accounts, and I have thought more about the onboarding backlog you "
        "mentioned. I ran an SMB desk of 2,000 accounts at Halden and cut onboarding time by 30 percent, "
        "so I can help your team clear that backlog quickly. Looking forward to the next steps. Best, Elena"
    ),
    "too_short": "Thanks Marcus, great chat today. Elena",
    "group": (
        "Dear all, thank you for the panel interview today. I enjoyed meeting each of you and learning about "
        "the role, the company and the team culture. I believe my background is a good fit for the position "
        "and I am excited about what comes next. I look forward to hearing from you soon about the decision. "
        "Best wishes, Elena"
    ),
    "empty": "   ",
}

# note -> (prompt, sincere, specific, restates_value, addressed_to, score)
EXPECTED = {
    "good": (True, True, True, True, "Marcus", 100),
    "generic": (True, True, False, False, "Marcus", 50),
    "placeholders": (False, False, False, False, None, 0),
    "gushing": (True, False, False, False, "Marcus", 25),
    "wrong_name": (True, True, True, True, "Sarah", 100),
    "late_but_specific": (False, True, True, True, "Marcus", 75),
    "too_short": (True, False, False, False, None, 25),
    "group": (True, True, False, False, None, 50),
    "empty": (False, False, False, False, None, 0),
}


@pytest.mark.parametrize("name", sorted(NOTES))
def test_thank_you_criteria(name: str) -> None:
    check = check_thank_you(NOTES[name], INTERVIEWER, CONVERSATION)
    got = (check.prompt, check.sincere, check.specific, check.restates_value, check.addressed_to, check.score)
    assert got == EXPECTED[name]
    assert check.rationale.endswith(".")
    assert check.citations and all((GUIDANCE / f"{doc}.md").is_file() for doc in check.citations)


def test_thank_you_scores_order_sensibly() -> None:
    score = {name: check_thank_you(note, INTERVIEWER, CONVERSATION).score for name, note in NOTES.items()}
    assert score["good"] > score["late_but_specific"] > score["generic"] > score["gushing"]
    assert score["generic"] > score["placeholders"] and score["empty"] == 0
    assert min(score.values()) == 0 and max(score.values()) == 100


def test_thank_you_suggestions_and_citations() -> None:
    empty = check_thank_you("", INTERVIEWER, CONVERSATION)
    assert empty.score == 0 and "No thank-you note" in empty.rationale

    wrong = check_thank_you(NOTES["wrong_name"], INTERVIEWER, CONVERSATION)
    assert any("Address the note to Marcus Lee" in s for s in wrong.suggestions)
    assert "Sarah" in wrong.rationale

    right = check_thank_you(NOTES["good"], INTERVIEWER, CONVERSATION)
    assert not any("Address the note" in s for s in right.suggestions)

    placeholders = check_thank_you(NOTES["placeholders"], INTERVIEWER, CONVERSATION)
    assert any("[Interviewer Name]" in s for s in placeholders.suggestions)

    gushing = check_thank_you(NOTES["gushing"], INTERVIEWER, CONVERSATION)
    assert any("superlatives" in s for s in gushing.suggestions)

    late = check_thank_you(NOTES["late_but_specific"], INTERVIEWER, CONVERSATION)
    assert late.citations == ["follow-thank-you-each-interviewer-24-hours"]

    generic = check_thank_you(NOTES["generic"], INTERVIEWER, CONVERSATION)
    assert {"follow-specific-thank-you-note", "follow-share-something-useful"} <= set(generic.citations)

    group = check_thank_you(NOTES["group"], INTERVIEWER, CONVERSATION)
    assert "follow-panel-interview-thank-you" in group.citations


def test_specific_share_threshold_separates_generic_from_specific_notes() -> None:
    shares = {name: conversation_share(NOTES[name], CONVERSATION, INTERVIEWER) for name in NOTES}
    for name in ("good", "wrong_name", "late_but_specific"):
        assert shares[name] >= SPECIFIC_SHARE + 0.05, (name, shares[name])
    for name in ("generic", "placeholders", "gushing", "too_short", "group"):
        assert shares[name] < SPECIFIC_SHARE - 0.05, (name, shares[name])
    assert conversation_share(NOTES["good"], "", INTERVIEWER) == 0.0


def test_a_named_topic_counts_as_specific_without_the_conversation() -> None:
    named = "Dear Ms. Okafor, thank you for our conversation today about the Leeds warehouse rollout. " * 3
    generic = "Dear Ms. Okafor, thank you for our conversation today about the role and the team. " * 3
    check = check_thank_you(named, "Maya Okafor, Senior Talent Partner", "")
    assert check.specific and check.addressed_to == "Ms. Okafor"
    assert not any("Address the note" in s for s in check.suggestions)
    assert not check_thank_you(generic, "Maya Okafor", "").specific
