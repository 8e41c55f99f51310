"""The eval call cache: content keys, live/record/replay, streams cut short, schema failures, rate limits."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from interviewer.errors import ModelRateLimitError, ModelResponseError
from interviewer.evals import cache as cache_module
from interviewer.evals.cache import (
    CachingModel,
    CallCache,
    MissingRecording,
    SampleCalls,
    call_key,
    current_sample,
)
from interviewer.models.base import Message, Sampling
from interviewer.models.fake import FakeChatModel
from interviewer.models.openai_compat import OpenAICompatModel

ASK = [Message(role="user", content="Ask me one question.")]


class Verdict(BaseModel):
    score: int


def test_key_depends_on_what_decides_the_reply_and_not_on_timeouts() -> None:
    fast = OpenAICompatModel("m", base_url="http://127.0.0.1:9/v1", api_key="k", timeout=1, max_retries=0)
    slow = OpenAICompatModel("m", base_url="http://127.0.0.1:9/v1", api_key="k", timeout=90, max_retries=5)
    elsewhere = OpenAICompatModel(
        "m", base_url="http://127.0.0.1:8/v1", api_key="k", timeout=1, max_retries=0
    )
    base = call_key(fast, "complete", ASK, Sampling())
    assert call_key(slow, "complete", ASK, Sampling()) == base
    assert call_key(elsewhere, "complete", ASK, Sampling()) != base
    assert call_key(fast, "stream", ASK, Sampling()) != base
    assert call_key(fast, "complete", ASK, Sampling(temperature=0.7)) != base
    assert call_key(fast, "complete", [Message(role="user", content="Another.")], Sampling()) != base
    assert call_key(fast, "complete_json", ASK, Sampling(), Verdict) != base


def test_live_stores_then_replay_answers_without_the_model(tmp_path: Path) -> None:
    cache = CallCache(tmp_path / "cache")
    live = CachingModel(FakeChatModel().enqueue("What did you ship?"), cache, "live")
    assert live.complete(ASK).text == "What did you ship?"
    assert live.live_calls == 1

    empty = FakeChatModel()  # any call to it would raise: it has no scripted reply
    replay = CachingModel(empty, cache, "replay")
    calls = SampleCalls("s1")
    token = current_sample.set(calls)
    try:
        assert replay.complete(ASK).text == "What did you ship?"
    finally:
        current_sample.reset(token)
    assert empty.history == [] and replay.live_calls == 0
    assert [c.cached for c in calls.calls] == [True]


def test_replay_miss_names_the_sample(tmp_path: Path) -> None:
    replay = CachingModel(FakeChatModel(), CallCache(tmp_path / "cache"), "replay")
    token = current_sample.set(SampleCalls("persona-cfo-no-mba"))
    try:
        with pytest.raises(MissingRecording, match="persona-cfo-no-mba"):
            replay.complete(ASK)
    finally:
        current_sample.reset(token)


def test_record_calls_the_model_even_when_cached(tmp_path: Path) -> None:
    cache = CallCache(tmp_path / "cache")
    CachingModel(FakeChatModel().enqueue("first"), cache, "live").complete(ASK)
    again = CachingModel(FakeChatModel().enqueue("second"), cache, "record")
    assert again.complete(ASK).text == "second"
    assert CachingModel(FakeChatModel(), cache, "replay").complete(ASK).text == "second"


def test_committed_recordings_are_read_but_not_written(tmp_path: Path) -> None:
    committed = CallCache(tmp_path / "committed")
    CachingModel(FakeChatModel().enqueue("from the recording"), committed, "live").complete(ASK)
    cache = CallCache(tmp_path / "home", read_dirs=[tmp_path / "committed"])
    assert CachingModel(FakeChatModel(), cache, "replay").complete(ASK).text == "from the recording"
    assert not (tmp_path / "home").exists()


def test_a_stream_cut_short_replays_the_same_chunks(tmp_path: Path) -> None:
    cache = CallCache(tmp_path / "cache")
    live = CachingModel(FakeChatModel().enqueue("one two three four"), cache, "live")
    taken = []
    for chunk in live.stream(ASK):
        taken.append(chunk)
        if len(taken) == 2:
            break
    replayed = list(CachingModel(FakeChatModel(), cache, "replay").stream(ASK))
    assert replayed == taken == ["one ", "two "]


def test_a_reply_that_never_validates_is_recorded_as_such(tmp_path: Path) -> None:
    cache = CallCache(tmp_path / "cache")
    live = CachingModel(FakeChatModel().enqueue("not json", "still not json"), cache, "live")
    calls = SampleCalls("s")
    token = current_sample.set(calls)
    try:
        with pytest.raises(ModelResponseError):
            live.complete_json(ASK, Verdict)
        with pytest.raises(ModelResponseError, match="Verdict"):
            CachingModel(FakeChatModel(), cache, "replay").complete_json(ASK, Verdict)
    finally:
        current_sample.reset(token)
    assert calls.calls[0].repaired and calls.calls[0].error


def test_a_repaired_reply_is_marked(tmp_path: Path) -> None:
    cache = CallCache(tmp_path / "cache")
    live = CachingModel(FakeChatModel().enqueue("oops", '{"score": 4}'), cache, "live")
    calls = SampleCalls("s")
    token = current_sample.set(calls)
    try:
        assert live.complete_json(ASK, Verdict).score == 4
    finally:
        current_sample.reset(token)
    assert len(calls.calls[0].repaired) == 1 and calls.calls[0].error is None


def test_rate_limits_are_retried_with_backoff(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    monkeypatch.setattr(cache_module.time, "sleep", waits.append)
    fake = FakeChatModel().enqueue(ModelRateLimitError("429"), ModelRateLimitError("429"), "fine")
    assert CachingModel(fake, CallCache(tmp_path / "c"), "live").complete(ASK).text == "fine"
    assert len(waits) == 2 and waits[1] > waits[0]


def test_rate_limits_give_up_in_the_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_module.time, "sleep", lambda _s: None)
    fake = FakeChatModel().enqueue(*[ModelRateLimitError("429")] * 10)
    with pytest.raises(ModelRateLimitError):
        CachingModel(fake, CallCache(tmp_path / "c"), "live").complete(ASK)
