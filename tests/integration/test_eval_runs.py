"""The eval runner end to end: run logs, record then replay byte for byte, the committed recordings that
CI replays, concurrency against a real OpenAI-compatible server, and the command line."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from interviewer.cli import main
from interviewer.evals import cache as cache_module
from interviewer.evals.cache import MissingRecording
from interviewer.evals.run_store import recording_path
from interviewer.evals.runner import RunOptions, run_suite
from interviewer.evals.suites import load_suite, suite_names
from interviewer.models.fake import FakeChatModel
from interviewer.models.registry import get_model, reset_fakes
from interviewer.prompts import PROMPTS_DIR
from interviewer.settings import Settings
from tests.helpers import Scripted, ScriptedServer, chat_body

# Years after the recordings were made, in UTC+14 (already tomorrow almost everywhere else).
FAR_CLOCK = datetime(2030, 1, 1, 23, 30, tzinfo=ZoneInfo("Pacific/Kiritimati"))

TURNS = [
    "Welcome, shall we begin?",
    "How did you cut working capital at your last company?",
    "Which forecast did you rebuild first, and why?",
    "The role asks for an MBA and you have a BA; how do you answer that?",
    "What would you change in our finance team's first quarter?",
    "Before we finish, what questions do you have for us?",
    "Which result are you proudest of in your career so far?",
    "How do you work with a chief executive who disagrees with you?",
    "What would your first board presentation cover?",
    "How do you decide which costs to cut first?",
]


def interview_suite(tmp_path: Path, model: str = "fake:evals") -> str:
    path = tmp_path / "mini-persona.yaml"
    path.write_text(
        "name: mini-persona\ndescription: one short interview on a scripted fake\ntask: interview\n"
        f"dataset: [datasets/persona.jsonl]\nmodel: '{model}'\n"
        "checks: [finished, objection_raised, objection_absent, one_question, no_repeats, stages_in_order]\n"
        "thresholds:\n  finished.pass_rate: {min: 1.0}\n  objection_raised.pass_rate: {min: 1.0}\n",
        encoding="utf-8",
    )
    return str(path)


def scripted(name: str = "fake:evals") -> FakeChatModel:
    model = get_model(name)
    assert isinstance(model, FakeChatModel)
    return model.enqueue(*TURNS)


@pytest.fixture()
def settings(corpus_home: Path, tmp_path: Path) -> Settings:
    # The corpus store is shared; everything the runs write goes to this test's own folders.
    home = tmp_path / "home"
    shutil.copytree(corpus_home / "chroma", home / "chroma")
    if (corpus_home / "cache").exists():
        shutil.copytree(corpus_home / "cache", home / "cache")
    return Settings(home=home, threads=2)


def quiet(**kwargs: object) -> RunOptions:
    return RunOptions(progress=False, **kwargs)  # type: ignore[arg-type]


def test_a_run_writes_its_result_log_and_summary(settings: Settings) -> None:
    run = run_suite("follow-up", quiet(), settings)
    assert run.run_dir.parent == settings.home / "evals" / "runs"
    result = json.loads((run.run_dir / "result.json").read_text())
    summary = json.loads((run.run_dir / "run.json").read_text())
    lines = (run.run_dir / "samples.jsonl").read_text().splitlines()
    assert result["dataset"]["samples"] == len(lines) == 48
    assert result["model"] is None  # the follow-up checks call no model
    assert summary["mode"] == "live" and summary["seconds"] > 0
    assert "seconds" not in json.dumps(result)  # nothing that varies from run to run
    logged = json.loads(lines[0])
    assert {"inputs", "outputs", "checks", "calls", "seconds", "prompt_tokens", "completion_tokens"} <= set(
        logged
    )
    assert result["passed"] == run.passed == all(t["passed"] for t in result["thresholds"])
    assert {t["metric"] for t in result["thresholds"]} >= {"spearman", "error_rate"}


def test_record_then_replay_is_byte_identical_and_calls_no_model(settings: Settings, tmp_path: Path) -> None:
    suite = interview_suite(tmp_path)
    fake = scripted()
    recorded = run_suite(suite, quiet(limit=1), settings)
    assert fake.history, "the live run must have called the model"
    assert recorded.passed, recorded.result["thresholds"]
    assert recorded.summary["calls"]["live"] == len(fake.history)

    reset_fakes()  # a fresh fake with nothing scripted: any call would fail the run
    replayed = run_suite(suite, quiet(limit=1, mode="replay"), settings)
    silent = get_model("fake:evals")
    assert isinstance(silent, FakeChatModel) and silent.history == []
    assert replayed.summary["calls"]["live"] == 0
    assert replayed.summary["calls"]["cached"] == recorded.summary["calls"]["total"]
    assert (replayed.run_dir / "result.json").read_bytes() == (recorded.run_dir / "result.json").read_bytes()

    concurrent = run_suite(suite, quiet(limit=1, mode="replay", jobs=3), settings)
    assert (concurrent.run_dir / "result.json").read_bytes() == (
        recorded.run_dir / "result.json"
    ).read_bytes()


def test_replay_without_a_recording_names_the_sample(settings: Settings, tmp_path: Path) -> None:
    with pytest.raises(MissingRecording, match="persona-cfo-no-mba"):
        run_suite(interview_suite(tmp_path, "fake:never-recorded"), quiet(limit=1, mode="replay"), settings)


def test_another_prompt_version_is_not_answered_from_the_old_recording(
    settings: Settings, tmp_path: Path
) -> None:
    suite = interview_suite(tmp_path)
    scripted()
    first = run_suite(suite, quiet(limit=1), settings)
    edited = tmp_path / "prompts"
    shutil.copytree(PROMPTS_DIR, edited)
    target = edited / "parts" / "interviewer-rules.md"  # a shared part: every turn prompt changes with it
    target.write_text(target.read_text().replace("one question", "exactly one question", 1))
    with pytest.raises(MissingRecording):
        run_suite(suite, quiet(limit=1, mode="replay", prompts_dir=edited), settings)
    scripted()
    second = run_suite(suite, quiet(limit=1, prompts_dir=edited), settings)
    assert second.result["prompts"] != first.result["prompts"]


@pytest.mark.parametrize("name", [n for n in suite_names() if load_suite(n).default])
def test_committed_recordings_replay_byte_for_byte_and_pass(name: str, settings: Settings) -> None:
    """What CI gates on: every default suite replays offline, reproduces its recording and passes, with
    the clock years past the recording and in a far timezone (test_replay_any_day tries another day)."""
    committed = recording_path(name)
    assert committed.exists(), f"no committed recording for '{name}': run it with --save-recording"
    with time_machine.travel(FAR_CLOCK, tick=True):
        assert date.today() == FAR_CLOCK.date()
        run = run_suite(name, quiet(mode="replay"), settings)
    failed = [t for t in run.result["thresholds"] if not t["passed"]]
    assert run.passed, failed
    assert (run.run_dir / "result.json").read_text() == committed.read_text()


def test_jobs_against_a_served_model_with_a_rate_limit(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_module.time, "sleep", lambda _s: None)
    verdict = json.dumps(
        {
            "value_first": {"score": 4, "rationale": "Leads with the employer's need.", "citations": []},
            "evidence": {"score": 3, "rationale": "One figure.", "citations": []},
            "suggestions": ["Add the result."],
        }
    )
    server = ScriptedServer().start()
    try:
        server.push(Scripted(429, '{"error": {"message": "slow down"}}'))
        server.push(*[Scripted(200, chat_body(verdict)) for _ in range(6)])
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", "test")
        served = Settings.from_env().model_copy(update={"home": settings.home, "max_retries": 0})
        suite = tmp_path / "judge.yaml"
        suite.write_text(
            "name: judge\ndescription: d\ntask: structured-output\n"
            "dataset: [datasets/scoring/executives.jsonl]\n"
            "checks: [valid, valid_first_time]\nthresholds:\n  valid.pass_rate: {min: 1.0}\n"
        )
        run = run_suite(str(suite), quiet(model="openai:judge", jobs=4, limit=5), served)
    finally:
        server.stop()
    assert run.passed, run.result["thresholds"]
    assert run.result["metrics"]["valid_first_time.pass_rate"] == 1.0
    assert len(server.requests) == 6  # five samples, one of them asked twice after the 429
    assert all(r["response_format"]["type"] == "json_schema" for r in server.requests)


def test_the_command_line(
    settings: Settings, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTERVIEWER_HOME", str(settings.home))
    assert main(["eval", "run", "no-such-suite"]) == 1
    assert "Unknown eval suite 'no-such-suite'" in capsys.readouterr().err

    assert main(["eval", "run", "manipulation", "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "no_gain.pass_rate" in out and "PASSED" in out
    assert main(["eval", "run", "manipulation", "--limit", "6", "--no-progress", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["dataset"]["samples"] == 6

    # Two runs in the same second have names that sort by their random suffix: tell them apart by size.
    runs = sorted(
        (settings.home / "evals" / "runs").iterdir(),
        key=lambda run: -len(json.loads((run / "result.json").read_text())["samples"]),
    )
    assert main(["eval", "compare", runs[0].name, str(runs[1])]) == 0
    out = capsys.readouterr().out
    assert "no_gain.pass_rate" in out and "samples changed" in out
    assert main(["eval", "compare", runs[0].name, "recording:manipulation", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["same_data"] is True

    assert main(["eval", "report", runs[0].name]) == 0
    html = (runs[0] / "report.html").read_text()
    assert "<svg" in html and "manipulation" in html and "https://" not in html
    assert (runs[0] / "report.md").read_text().startswith("#")
    assert main(["eval", "report", "nothing-like-this"]) == 1
    assert "No eval run" in capsys.readouterr().err


def test_one_turn_samples_and_a_check_that_fails(settings: Settings) -> None:
    generic = get_model("fake:turns")
    assert isinstance(generic, FakeChatModel)
    generic.enqueue(*[f"Zebras or quinoa, variant {n}?" for n in range(8)])
    run = run_suite("turns", quiet(model="fake:turns", limit=4), settings)
    # A drafted question that drifts from its plan is asked again, then replaced by the plan's wording;
    # a closing turn has no planned subject to drift from, so its one draft stands.
    samples = run.result["samples"]
    kinds = [s["outputs"]["kind"] for s in samples]
    assert run.summary["calls"]["live"] == sum(2 if kind == "question" else 1 for kind in kinds)
    for sample in samples:
        if sample["outputs"]["kind"] == "question":
            assert sample["outcome"] == "fail"
            assert "it drifts from the planned question" in sample["details"]["first_draft_ok"]
            assert sample["outputs"]["replaced"] and len(sample["outputs"]["rejected"]) == 2
    metrics = run.result["metrics"]
    assert metrics["one_question.pass_rate"] == 1.0 and metrics["role_specific.pass_rate"] == 1.0
    assert metrics["first_draft_ok.pass_rate"] < 1.0


def test_a_held_out_suite_gives_totals_never_which_samples_fail(
    settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Held-out pairs are measured, not read: neither the console nor result.json (the committed recording)
    names a failing pair or its evidence; the run's samples.jsonl keeps them for whoever opens them."""
    resume = "Dana Field\nSeattle, WA\n\nData Analyst, Kestrel Co., Jan 2019 - Present\n- Weekly reports\n"
    pairs = [
        {"id": "blind-pass", "role": "Data Analyst", "resume": resume, "absent": ["objection:degree"]},
        # Nothing in it asks for a degree, so the expected degree objection is surely missed.
        {"id": "blind-miss", "role": "Data Analyst", "resume": resume, "expect": ["objection:degree"]},
    ]
    dataset = tmp_path / "blind.jsonl"
    dataset.write_text("".join(json.dumps(p) + "\n" for p in pairs), encoding="utf-8")
    suite = tmp_path / "blind.yaml"
    suite.write_text(
        f"name: blind\ndescription: two pairs\ntask: objections\ndataset: ['{dataset}']\n"
        "checks: [expected_raised, absent_not_raised]\nheld_out: true\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("INTERVIEWER_HOME", str(settings.home))
    main(["eval", "run", str(suite), "--no-progress"])
    out = capsys.readouterr().out
    assert "not passing: 1 (held out" in out and "blind-miss" not in out and "recall" in out
    (run,) = (settings.home / "evals" / "runs").glob("*-blind-*")
    result = (run / "result.json").read_text(encoding="utf-8")
    assert '"held_out": true' in result and "blind-miss" not in result
    assert "blind-miss" in (run / "samples.jsonl").read_text(encoding="utf-8")
    assert main(["eval", "report", run.name]) == 0  # the reports give the count too, and say why no list
    for report in ("report.md", "report.html"):
        text = (run / report).read_text(encoding="utf-8")
        assert "not listed here (1 not passing)" in text and "blind-miss" not in text
