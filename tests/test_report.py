"""The report is the takeaway: a headline, three things to work on with the words they come from, readable
charts, and answer by answer the score, reasons, what to change and every attempt; exports without the
prompts; a PDF that a PDF reader opens."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from interviewer.interview.charts import bar_svg, progress_svg
from interviewer.interview.exports import charts_html, export_report, question_rows, report_html
from interviewer.interview.personas import get_persona
from interviewer.interview.plan import build_plan
from interviewer.interview.profile import Profile
from interviewer.interview.report import build_report
from interviewer.interview.report_pdf import report_pdf
from interviewer.interview.roles import resolve_role
from interviewer.interview.session import Attempt, Session, Turn
from interviewer.scoring.rubric import DIMENSIONS, DimensionScore, Quote, Scorecard
from interviewer.ui import views

EARLIER = Attempt(answer="First try.", overall=31, answered_at="2026-01-01T00:00:00")
WEAK = "We did a lot of things and the team was happy with it overall."


def card(overall: int, scores: dict[str, int], quote: str | None = None, answer: str = WEAK) -> Scorecard:
    dims = {}
    for d in DIMENSIONS:
        quotes = []
        if quote and d == "evidence":
            start = answer.index(quote)
            quotes = [Quote(text=quote, start=start, end=start + len(quote))]
        dims[d] = DimensionScore(score=scores.get(d), rationale=f"why {d}", quotes=quotes)
    return Scorecard(
        overall=overall,
        dimensions=dims,
        citations=["rubric-evidence"],
        flags=[],
        suggestions=[f"change for {overall}"],
        calibration="test",
    )


def turn(index: int, overall: int, scores: dict[str, int], **extra: object) -> Turn:
    return Turn(
        index=index,
        stage="interview",
        kind="question",
        topic="evidence",
        move=index,
        interviewer=None,
        question=f"Question number {index}?",
        answer=WEAK,
        prompt="prompts/interviewer/turn.md@3",
        rejected=["draft said the candidate"],
        **extra,  # type: ignore[arg-type]
    ).model_copy(update={"scorecard": card(overall, scores, quote="a lot of things")})


def session() -> Session:
    profile = Profile(role=resolve_role("cfo"), persona="panel", length="short")
    plan = build_plan(profile, [], seed=0)
    speaker = get_persona("panel").interviewers[0].name
    turns = [
        Turn(
            index=0,
            stage="preparation",
            kind="greeting",
            topic="greeting",
            move=None,
            interviewer=speaker,
            question="Welcome.",
        ),  # fmt: skip
        turn(1, 0, {"value_first": 1, "evidence": 1, "relevance": 2, "structure": 2}),
        turn(2, 74, {"value_first": 4, "evidence": 3, "relevance": 5, "structure": 4}, attempts=[EARLIER]),
    ]
    return Session(model="fake", profile=profile, plan=plan, turns=turns, created_at="2026-03-04T10:00:00")


def test_the_takeaway_names_three_weak_dimensions_where_they_were_weakest() -> None:
    report = build_report(session())
    assert report.headline.startswith("2 answers, averaging 37/100.")
    assert "Strongest on relevance" in report.headline
    assert [f.dimension for f in report.focus] == ["evidence", "value_first", "structure"]
    first = report.focus[0]
    assert first.turn == 1 and first.quote == "a lot of things" and "a lot of things" in first.change
    top = report.markdown().split("## Scores")[0]
    assert "Work on these three next" in top and "\u201ca lot of things\u201d" in top


def test_each_answer_has_its_reasons_changes_and_every_attempt() -> None:
    text = build_report(session()).markdown()
    second = text.split("### 2. Question number 2? · 74/100")[1]
    assert "- Relevance 5/5: why relevance" in second and "1. change for 74" in second
    assert "**Earlier attempts** (1)" in second and "1. 31/100: First try." in second
    assert "Handling the objection" not in text.split("## Answer by answer")[1]  # never asked: not shown
    assert "| Handling the objection | not asked |" in text


def test_charts_have_whole_labels_and_show_zero() -> None:
    report = build_report(session())
    assert question_rows(report) == [("Q1 · question", 0.0), ("Q2 · question", 74.0)]
    svg = bar_svg(question_rows(report), 100.0)
    zero_bar = re.findall(r'<rect x="\d+" y="8" width="(\d+)"', svg)
    assert zero_bar and int(zero_bar[0]) > 0  # a zero is still drawn
    grid = charts_html(report)
    assert '<th scope="col">Q1</th><th scope="col">Q2</th>' in grid and ">0.5<" not in grid
    assert '<th scope="row" style="text-align:left">Evidence</th>' in grid


def test_a_single_session_still_draws_its_progress() -> None:
    svg = progress_svg({"Evidence": [3.0], "Value first": [2.5]}, ["2026-03-04"])
    assert svg.count("<circle") == 2 and "2026-03-04" in svg
    assert "<circle" in views.progress_chart([session()])
    assert "Progress appears" in views.progress_chart([])


def test_exports_leave_out_how_turns_were_worded() -> None:
    s = session()
    data = json.loads(export_report(s, build_report(s), "json"))
    turns = data["session"]["turns"]
    assert all("prompt" not in t and "rejected" not in t for t in turns)
    assert "turn.md" not in json.dumps(data) and "draft said" not in json.dumps(data)
    html = report_html(build_report(s))
    assert "Work on these next" in html and "<mark>a lot of things</mark>" in html


@pytest.mark.parametrize("font", [None, "dejavu"])
def test_the_pdf_opens_and_holds_the_takeaway(font: str | None) -> None:
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if font and not dejavu.exists():
        pytest.skip("no DejaVu font on this machine")
    s = session()
    # Western text, Greek (DejaVu has it, the built-in fonts do not), Chinese (neither has it)
    s.turns[2].answer = "Wir haben 12 % gespart \u2014 \u03b1\u03b2\u03b3 \u4e2d\u6587 too."
    report = build_report(s)
    data = report_pdf(report, fonts=[dejavu] if font else [])
    assert data.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "Interview report" in text and "Work on these next" in text and "Earlier attempt 1" in text
    assert "gespart \u2014" in text and ("\u03b1\u03b2\u03b3" in text) == bool(font)
    missing = re.search(r"(\d+) character\(s\) could not be drawn", text)
    assert missing and int(missing.group(1)) == (2 if font else 5)
    assert report_pdf(report, fonts=[dejavu] if font else []) == data  # no clock in it
