import json
from pathlib import Path

import pytest
from pydantic import BaseModel

from interviewer.errors import InputError, ModelError, ModelResponseError, ModelTimeoutError
from interviewer.models import Message, get_model
from interviewer.models.fake import FakeChatModel
from interviewer.settings import Settings

ASK = [Message(role="user", content="Ask me a question.")]


class Verdict(BaseModel):
    score: int
    why: str


def test_fake_is_chosen_by_name_and_shared_within_the_process() -> None:
    model = get_model("fake")
    assert isinstance(model, FakeChatModel)
    assert get_model("fake") is model
    assert get_model("fake:judge") is not model


def test_replies_come_in_order_and_requests_are_recorded() -> None:
    model = FakeChatModel().enqueue("first", "second")
    assert model.complete(ASK).text == "first"
    assert "".join(model.stream(ASK)) == "second"
    assert model.history == [ASK, ASK]


def test_stream_chunks_rejoin_to_the_exact_reply() -> None:
    reply = "What  did you\nchange, and what was the result?"
    chunks = list(FakeChatModel().enqueue(reply).stream(ASK))
    assert len(chunks) > 1 and "".join(chunks) == reply


def test_an_empty_queue_is_an_error_not_an_invented_answer() -> None:
    with pytest.raises(ModelError, match="no scripted reply"):
        FakeChatModel().complete(ASK)


def test_a_queued_exception_is_raised() -> None:
    model = FakeChatModel().enqueue(ModelTimeoutError("slow"))
    with pytest.raises(ModelTimeoutError):
        model.complete(ASK)


def test_json_is_validated_and_repaired_once() -> None:
    model = FakeChatModel().enqueue('Sure! {"score": "high"}', '```json\n{"score": 4, "why": "numbers"}\n```')
    assert model.complete_json(ASK, Verdict) == Verdict(score=4, why="numbers")
    repair_turn = model.history[1][-1]
    assert repair_turn.role == "user" and "not valid" in repair_turn.content


def test_json_that_stays_invalid_is_a_clear_error() -> None:
    model = FakeChatModel().enqueue("not json", "still not json")
    with pytest.raises(ModelResponseError, match="Verdict"):
        model.complete_json(ASK, Verdict)


def test_script_file_feeds_the_fake_model(tmp_path: Path) -> None:
    script = tmp_path / "script.json"
    script.write_text(json.dumps(["from the file"]), encoding="utf-8")
    model = get_model("fake", Settings(home=tmp_path, fake_script=script))
    assert model.complete(ASK).text == "from the file"


def test_a_broken_script_file_is_an_input_error(tmp_path: Path) -> None:
    script = tmp_path / "script.json"
    script.write_text("{oops", encoding="utf-8")
    with pytest.raises(InputError, match="INTERVIEWER_FAKE_SCRIPT"):
        FakeChatModel(script=script).complete(ASK)


def test_a_script_may_hold_a_slow_reply(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    waited: list[float] = []
    monkeypatch.setattr("interviewer.models.fake.time.sleep", waited.append)
    script = tmp_path / "script.json"
    script.write_text('[{"text": "Slowly.", "after_s": 2.5}, "Quickly."]')
    model = FakeChatModel(script=script)
    assert model.complete(ASK).text == "Slowly." and waited == [2.5]
    assert model.complete(ASK).text == "Quickly." and waited == [2.5]
    script.write_text('[{"text": "no delay given"}]')
    with pytest.raises(InputError, match="after_s"):
        FakeChatModel(script=script).complete(ASK)


def test_a_script_is_shared_safely_by_threads_from_the_first_call(tmp_path: Path) -> None:
    """The app's users arrive together: none may find the script "empty" while another thread reads it."""
    from concurrent.futures import ThreadPoolExecutor

    script = tmp_path / "script.json"
    script.write_text(json.dumps([f"reply {n}" for n in range(400)]))
    model = FakeChatModel("fake", script=script)
    with ThreadPoolExecutor(max_workers=16) as pool:
        replies = list(
            pool.map(lambda n: model.complete([Message(role="user", content=str(n))]).text, range(400))
        )
    assert sorted(replies) == sorted(f"reply {n}" for n in range(400))
