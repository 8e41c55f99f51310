"""The story bank: proof stories from the resume and from strong answers, the questions each answered, and
a warning when one story carries most answers."""

from __future__ import annotations

from interviewer.interview.plan import build_plan
from interviewer.interview.profile import Profile
from interviewer.interview.roles import resolve_role
from interviewer.interview.session import Session, Turn
from interviewer.interview.stories import figures, resume_stories, story_bank
from interviewer.scoring.rubric import DIMENSIONS, DimensionScore, Scorecard

RESUME = """Jordan Avery
VP Finance, Halden Logistics — 2016 - Present
- Led a finance team of 30; cut days sales outstanding from 68 to 41, releasing $12M of cash.
- Rebuilt the budgeting process with the operating leads.
Finance Director, Marlow Freight — 2010 - 2016
• Reduced the monthly close from 12 to 5 days across 4 countries.
Education: BA Economics, 2004
"""
DSO = "At Halden, DSO fell from 68 to 41 within two quarters, releasing $12M of cash for the new depot."
CLOSE = "I cut the monthly close from 12 to 5 days by moving four countries onto one ledger."
NEW = "At Marlow I renegotiated the fuel contracts and saved $3.4M a year, which funded two new routes."


def card(overall: int, flags: list[str] | None = None) -> Scorecard:
    return Scorecard(
        overall=overall,
        dimensions={d: DimensionScore(score=4, rationale="r") for d in DIMENSIONS},
        citations=[],
        flags=flags or [],
        suggestions=[],
        calibration="test",
    )


def session(answers: list[tuple[str, int]], resume: str | None = RESUME, sid: str = "s1") -> Session:
    profile = Profile(role=resolve_role("cfo"), resume=resume, length="short")
    turns = [
        Turn(
            index=i,
            stage="interview",
            kind="question",
            topic=f"topic-{i}",
            move=None,
            interviewer="Daniel Reyes",
            question=f"Question {i}?",
            answer=text,
            scorecard=card(score),
        )
        for i, (text, score) in enumerate(answers)
    ]
    return Session(id=sid, model="fake", profile=profile, plan=build_plan(profile, [], seed=0), turns=turns)


def test_resume_achievements_are_lines_with_a_figure_and_an_outcome() -> None:
    assert resume_stories(RESUME) == [
        "Led a finance team of 30; cut days sales outstanding from 68 to 41, releasing $12M of cash.",
        "Reduced the monthly close from 12 to 5 days across 4 countries.",
    ]
    assert figures("In 2019 we grew 3 teams by 40% and saved $1.2m.") == {"40%", "$1.2m"}


def test_each_story_lists_the_questions_it_answered() -> None:
    bank = story_bank([session([(DSO, 85), (CLOSE, 60), ("I am a hard worker.", 30)])])
    by_text = {s.text[:20]: s for s in bank.stories}
    dso = by_text["Led a finance team o"]
    assert dso.source == "resume" and [u.question for u in dso.uses] == ["Question 0?"]
    assert [u.turn for u in by_text["Reduced the monthly "].uses] == [1]
    assert bank.answers == 3 and bank.warnings == []


def test_a_strong_answer_with_a_new_result_becomes_a_story_and_a_weak_one_does_not() -> None:
    strong = story_bank([session([(NEW, 80)], resume=None)])
    assert [(s.source, s.text) for s in strong.stories] == [("answer", NEW)]
    assert strong.stories[0].uses[0].overall == 80
    assert story_bank([session([(NEW, 60)], resume=None)]).stories == []
    flagged = session([(NEW, 90)], resume=None)
    assert flagged.turns[0].scorecard is not None
    flagged.turns[0].scorecard.flags.append("non-answer: evasive")
    assert story_bank([flagged]).stories == []


def test_one_story_in_most_answers_is_warned_about() -> None:
    told = [(DSO, 80), (DSO.replace("Halden", "my last company"), 75), (DSO, 70), (CLOSE, 65)]
    bank = story_bank([session(told)])
    assert len(bank.warnings) == 1
    assert bank.warnings[0].startswith('One story carries 3 of your 4 answers ("Led a finance team of 30')
    # Three of seven answers is a favourite, not a crutch.
    varied = told[:3] + [(CLOSE, 65), (NEW, 80), ("I am a hard worker.", 30), ("Not sure.", 20)]
    assert story_bank([session(varied)]).warnings == []


def test_the_same_resume_in_two_sessions_gives_its_stories_once() -> None:
    bank = story_bank([session([(DSO, 80)], sid="a"), session([(DSO, 80)], sid="b")])
    assert len([s for s in bank.stories if s.source == "resume"]) == 2
    assert {u.session for u in bank.stories[0].uses} == {"a", "b"}
