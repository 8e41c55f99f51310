"""The scorer end to end on a real Chroma store: validity targets, manipulation, bad input, batches, the CLI,
and the LLM judge behind the fake model (it informs, never decides alone, and its outage is flagged)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interviewer import cli
from interviewer.corpus.documents import load_documents
from interviewer.errors import InputError, ModelAuthError, ModelTimeoutError
from interviewer.models.fake import FakeChatModel
from interviewer.scoring.calibration import load_calibration
from interviewer.scoring.judge import JudgeDimension, JudgeVerdict
from interviewer.scoring.rubric import DIMENSIONS, ScoreInput
from interviewer.scoring.scorer import Scorer
from interviewer.scoring.validity import (
    calibrate,
    load_labelled,
    load_manipulation,
    manipulation_report,
    validity,
)
from interviewer.settings import Settings

GUIDANCE = {d.id for d in load_documents() if d.kind == "guidance"}
WEAK = "I think I am a good fit. I work hard and I like people. I'm looking for the next step in my career."
STRONG = (
    "You need collections fixed before the refinancing. At Norland I faced the same problem: days sales "
    "outstanding had drifted to 68. I rebuilt the credit process with sales, and within two quarters "
    "DSO fell to 41, releasing $12M of cash that paid for the new line without new debt."
)
QUESTION = "Tell me about a time you improved cash flow."


@pytest.fixture(scope="module")
def scorer(corpus_home: Path) -> Scorer:
    return Scorer(Settings(home=corpus_home, threads=2, model="fake:judge"))


def item(answer: str, **extra: str) -> ScoreInput:
    return ScoreInput(role="cfo", question=QUESTION, answer=answer, **extra)


def test_strong_beats_weak_and_every_card_cites_retrieved_guidance(scorer: Scorer) -> None:
    strong, weak = scorer.score(item(STRONG)), scorer.score(item(WEAK))
    assert strong.overall > weak.overall + 25
    for card in (strong, weak):
        assert GUIDANCE & set(card.citations)
        assert card.dimensions["objection_handling"].score is None
        assert card.dimensions["research"].score is None
        assert all(
            card.dimensions[d].citations for d in ("value_first", "evidence", "relevance", "structure")
        )
    assert weak.suggestions and all(s.strip() for s in weak.suggestions)


def test_the_same_answer_scored_twice_gives_the_same_scorecard(scorer: Scorer) -> None:
    assert scorer.score(item(STRONG)).contract() == scorer.score(item(STRONG)).contract()


@pytest.mark.parametrize("answer", ["", "Yes.", "Synergy.", "zxq vbnm qwrt plkj hgfd", QUESTION])
def test_non_answers_score_at_the_floor_and_say_why(scorer: Scorer, answer: str) -> None:
    card = scorer.score(item(answer))
    assert card.overall == 0
    assert any(flag.startswith("non-answer:") for flag in card.flags)
    assert all(card.dimensions[d].score == 1 for d in ("value_first", "evidence", "relevance", "structure"))
    assert "Not an answer" in card.dimensions["evidence"].rationale
    assert GUIDANCE & set(card.citations)


def test_an_answer_over_the_budget_is_scored_truncated_and_flagged(scorer: Scorer) -> None:
    rambling = " ".join(row.answer for row in load_labelled())  # tens of thousands of words
    card = scorer.score(item(STRONG + " " + rambling))
    assert any(flag.startswith("truncated") for flag in card.flags)
    assert card.overall > 0


def test_objection_topics_are_checked_and_short_names_accepted(scorer: Scorer) -> None:
    with pytest.raises(InputError, match="Unknown objection"):
        scorer.score(item(STRONG, objection="objection:height"))
    card = scorer.score(item(STRONG, objection="degree"))
    assert card.dimensions["objection_handling"].score is not None
    assert "objection-no-advanced-degree" in card.citations or GUIDANCE & set(
        card.dimensions["objection_handling"].citations
    )


def test_validity_targets_on_dev_and_held_back(scorer: Scorer) -> None:
    reports, _ = validity(load_labelled(), scorer.score)
    for split in ("dev", "held-back"):
        assert reports[split].auc_strong_vs_weak >= 0.9, reports[split]
        assert reports[split].spearman >= 0.7, reports[split]
        means = reports[split].mean_overall
        assert means["strong"] > means["adequate"] > means["weak"]


def test_manipulation_never_gains_and_is_always_flagged(scorer: Scorer) -> None:
    result = manipulation_report(load_manipulation(), scorer.score)
    assert result["cases"] >= 20
    assert result["score_gains"] == [] and result["unflagged"] == []


def test_the_committed_calibration_is_what_the_dev_split_fits_to(scorer: Scorer) -> None:
    committed = load_calibration()
    refit = calibrate(load_labelled(), lambda i: scorer.analyse(i).values, committed.version)
    assert refit.fitted_on == committed.fitted_on
    for dimension, fitted in refit.dimensions.items():
        for name, weight in fitted.weights.items():
            assert weight == pytest.approx(committed.dimensions[dimension].weights[name], abs=0.02), (
                dimension,
                name,
            )


def verdict(score: int) -> JudgeVerdict:
    opinion = JudgeDimension(
        score=score, rationale="Judged.", citations=["answer-value-first", "made-up-doc"]
    )
    return JudgeVerdict(
        value_first=opinion,
        evidence=opinion,
        relevance=opinion,
        structure=opinion,
        suggestions=["Name the plant."],
    )


def test_the_judge_moves_a_dimension_by_at_most_one_point(scorer: Scorer) -> None:
    offline = scorer.score(item(WEAK), judge=False)
    fake = scorer.model
    assert isinstance(fake, FakeChatModel)
    fake.enqueue(verdict(5), "I work hard and I like people, and I want this role.")
    judged = scorer.score(item(WEAK), judge=True)
    for d in ("value_first", "evidence", "relevance", "structure"):
        before, after = offline.dimensions[d].score, judged.dimensions[d].score
        assert before is not None and after is not None and 0 <= after - before <= 1
        assert "made-up-doc" not in judged.dimensions[d].citations
    assert judged.judge == "fake:judge" and "Name the plant." in judged.suggestions
    assert judged.rewrite == "I work hard and I like people, and I want this role."
    assert "<answer>" in fake.history[0][-1].content and WEAK in fake.history[0][-1].content


def test_a_rewrite_that_invents_facts_is_dropped(scorer: Scorer) -> None:
    fake = scorer.model
    assert isinstance(fake, FakeChatModel)
    fake.enqueue(verdict(2), "At Globex I grew revenue 45% in a year.")
    card = scorer.score(item(WEAK), judge=True)
    assert card.rewrite is None
    assert any(flag.startswith("rewrite-dropped") for flag in card.flags)


def test_a_judge_outage_is_flagged_and_the_offline_scores_stand(scorer: Scorer) -> None:
    fake = scorer.model
    assert isinstance(fake, FakeChatModel)
    fake.enqueue(ModelTimeoutError("the model did not answer within 30 s"))
    card = scorer.score(item(STRONG), judge=True)
    offline = scorer.score(item(STRONG), judge=False)
    assert any(flag.startswith("judge-unavailable") for flag in card.flags)
    assert card.judge is None and card.overall == offline.overall and card.rewrite is None


def test_malformed_judge_json_is_repaired_once_then_flagged(scorer: Scorer) -> None:
    fake = scorer.model
    assert isinstance(fake, FakeChatModel)
    fake.enqueue('{"value_first": {"score": 9}}', "not json at all")
    card = scorer.score(item(STRONG), judge=True)
    assert any(flag.startswith("judge-unavailable") for flag in card.flags)
    assert fake.pending == 0


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_score_prints_the_contract(
    corpus_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTERVIEWER_HOME", str(corpus_home))
    code, out, _ = run_cli(
        capsys, "score", "--role", "cfo", "--question", QUESTION, "--answer", STRONG, "--json"
    )
    card = json.loads(out)
    assert code == 0
    assert {"overall", "dimensions", "citations", "flags", "suggestions"} <= card.keys()
    assert set(card["dimensions"]) == set(DIMENSIONS)
    assert set(card["dimensions"]["evidence"]) == {"score", "rationale", "citations", "quotes"}
    assert isinstance(card["overall"], int) and isinstance(card["rewrites"], list)


def test_cli_score_reads_files_and_stdin_and_rejects_bad_input(
    corpus_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTERVIEWER_HOME", str(corpus_home))
    answer, brief = tmp_path / "answer.txt", tmp_path / "brief.md"
    answer.write_text(STRONG)
    brief.write_text("Norland is refinancing its debt and building a new line in Ohio.")
    base = ("score", "--role", "cfo", "--question", QUESTION, "--json")
    code, out, _ = run_cli(capsys, *base, "--answer-file", str(answer), "--company-brief", str(brief))
    assert code == 0 and json.loads(out)["dimensions"]["research"]["score"] is not None
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(STRONG))
    code, out, _ = run_cli(capsys, *base, "-")
    assert code == 0 and json.loads(out)["overall"] > 0
    code, _, err = run_cli(capsys, "score", "--role", "", "--question", QUESTION, "--answer", "x")
    assert code == 1 and "role" in err
    code, _, err = run_cli(capsys, *base, "--answer-file", str(tmp_path / "missing.txt"))
    assert code == 1 and "not found" in err
    (tmp_path / "binary.txt").write_bytes(b"\xff\xfe\x00garbage")
    code, _, err = run_cli(capsys, *base, "--answer-file", str(tmp_path / "binary.txt"))
    assert code == 1 and "UTF-8" in err


def test_cli_batch_scores_every_good_line_in_order_and_names_bad_lines(
    corpus_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTERVIEWER_HOME", str(corpus_home))
    lines = [
        json.dumps({"id": "a", "role": "cfo", "question": QUESTION, "answer": STRONG}),
        "{broken json",
        json.dumps({"id": "c", "role": "", "question": QUESTION, "answer": WEAK}),
        json.dumps({"id": "d", "role": "cfo", "question": QUESTION, "answer": WEAK, "objection": "gap"}),
        json.dumps({"id": "e", "role": "cfo", "question": QUESTION, "answer": WEAK, "objection": "nope"}),
    ]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n")
    code, out, err = run_cli(capsys, "score", "--batch", str(batch), "--json")
    results = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [r.get("id") for r in results] == ["a", None, "c", "d", "e"]
    assert "overall" in results[0] and "overall" in results[3]
    assert [r["line"] for r in results if "error" in r] == [2, 3, 5]
    assert "line 2" in err and "line 3" in err and "line 5" in err


def test_a_rejected_key_at_the_judge_is_flagged_not_fatal(scorer: Scorer) -> None:
    """A 401/403 from the judge's server is an outage to the scorer: the offline card stands, flagged."""
    fake = scorer.model
    assert isinstance(fake, FakeChatModel)
    fake.enqueue(
        ModelAuthError("The server at http://127.0.0.1:9/v1 rejected the API key: set OPENAI_API_KEY.")
    )
    card = scorer.score(item(STRONG), judge=True)
    assert any(flag.startswith("judge-unavailable") and "OPENAI_API_KEY" in flag for flag in card.flags)
    assert card.overall == scorer.score(item(STRONG), judge=False).overall


def test_pathological_batch_lines_are_named_and_the_rest_still_scored(
    corpus_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTERVIEWER_HOME", str(corpus_home))
    good = {"role": "cfo", "question": QUESTION, "answer": STRONG}
    lines = [
        '{"role": "cfo", "question": "Why?", "answer": "x", "n": ' + "9" * 5000 + "}",
        "[" * 50_000 + "]" * 50_000,
        json.dumps(good | {"answer": "We grew " + "7" * 5000 + "% last year."}),
        json.dumps(good | {"id": "last"}),
    ]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n")
    code, out, err = run_cli(capsys, "score", "--batch", str(batch), "--json")
    results = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and "Traceback" not in err
    assert [r.get("line") for r in results[:2]] == [1, 2]
    assert "thousands of digits" in results[0]["error"] and "nested too deeply" in results[1]["error"]
    assert "overall" in results[2] and results[3]["id"] == "last" and "overall" in results[3]


def test_scoring_report_reads_the_suites_and_their_gates(
    corpus_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`scoring report` is the `scoring` and `manipulation` suites read as one: same runs, same gates."""
    monkeypatch.setenv("INTERVIEWER_HOME", str(corpus_home))
    code, out, _ = run_cli(capsys, "scoring", "report", "--limit", "8", "--json")
    payload = json.loads(out)
    assert set(payload["splits"]) == {"dev", "held-back", "all"}
    assert payload["splits"]["all"]["answers"] == 8 and payload["manipulation"]["cases"] > 0
    assert len(payload["runs"]) == 2 and all(run for run in payload["runs"])
    assert code == (1 if payload["failed"] else 0)
    assert all(("scoring:" in f or "manipulation:" in f) for f in payload["failed"])


def test_an_answer_that_does_not_speak_to_the_concern_is_not_scored_as_handling_it(scorer: Scorer) -> None:
    # A good story told for another question had scored 4 of 5 on relevance and objection handling as a
    # reply to "how would the move work?".
    story = (
        "When sellers went from spreadsheets to CPQ, many resisted. I picked five champions, trained them "
        "first, and let them show the others. Quote time fell from three days to four hours and adoption was "
        "95% in two months."
    )
    asked = "Our job description places the role in Lisbon, and you live in São Paulo. How would it work?"
    card = scorer.score(ScoreInput(role="VP Sales", question=asked, answer=story, objection="relocation"))
    assert card.dimensions["objection_handling"].score == 2 and card.dimensions["relevance"].score <= 2
    assert any(f.startswith("off-concern") for f in card.flags)
    assert card.suggestions[0].startswith(("Answer the question", "Acknowledge the concern"))
    answered = "My husband is Portuguese, so there is no visa question; we would move to Lisbon in March."
    card = scorer.score(ScoreInput(role="VP Sales", question=asked, answer=answered, objection="relocation"))
    assert not any(f.startswith("off-concern") for f in card.flags)
