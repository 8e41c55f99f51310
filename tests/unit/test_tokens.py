import os
from pathlib import Path

import pytest

from interviewer import tokens


def test_counts_are_exact_for_openai_encodings() -> None:
    # "hello world" is two tokens in both cl100k_base and o200k_base.
    assert tokens.count_tokens("hello world", "openai:gpt-4o") == 2
    assert tokens.encoding_name_for("openai:gpt-4o") == "o200k_base"
    assert tokens.encoding_name_for("openai:gpt-4") == "cl100k_base"
    assert tokens.encoding_name_for("openai:some-local-name") == "o200k_base"


def test_local_models_use_the_stated_approximation() -> None:
    assert tokens.encoding_name_for("qwen2.5-coder-1.5b") == tokens.APPROXIMATE_ENCODING
    assert tokens.count_tokens("Lead with value to the employer.") == 7


def test_message_overhead_is_counted() -> None:
    assert tokens.count_message_tokens(["hello world", "hello world"]) == 2 * (
        2 + tokens.PER_MESSAGE_OVERHEAD
    )


def test_bundled_files_land_where_tiktoken_looks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIKTOKEN_CACHE_DIR", raising=False)
    target = tokens.ensure_offline_tiktoken(tmp_path / "cache")
    assert os.environ["TIKTOKEN_CACHE_DIR"] == str(target)
    names = sorted(p.name for p in target.iterdir())
    assert names == ["9b5ad71b2ce5302211f9c61530b329a4922fc6a4", "fb374d419588a4632f3f557e76b4b70aebbca790"]


def test_first_uses_at_once_do_not_race_on_the_bpe_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two first scorings on a fresh home used to collide on one `.partial` file."""
    from concurrent.futures import ThreadPoolExecutor

    from interviewer.tokens import ensure_offline_tiktoken

    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path / "tiktoken"))
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: ensure_offline_tiktoken(tmp_path / "unused"), range(16)))
    assert set(results) == {tmp_path / "tiktoken"}
    assert not list((tmp_path / "tiktoken").glob("*.partial"))
    assert len(list((tmp_path / "tiktoken").iterdir())) == 2
