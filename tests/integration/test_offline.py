"""First use works with the outside network refused: tiktoken files, model weights, a real completion."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# Refuses every connection that does not go to loopback; used where a network namespace is not available.
_GUARD = textwrap.dedent(
    """
    import socket
    _connect = socket.socket.connect
    def _loopback_only(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and not (host.startswith("127.") or host in ("::1", "localhost")):
            raise OSError(101, "Network is unreachable (test guard)")
        return _connect(self, address)
    socket.socket.connect = _loopback_only
    """
)


def _network_namespace_works() -> bool:
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        return False
    probe = subprocess.run(["unshare", "-n", "ip", "link", "set", "lo", "up"], capture_output=True)
    return probe.returncode == 0


def run_offline(command: list[str], home: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TIKTOKEN", "HF_", "OPENAI_"))}
    env["INTERVIEWER_HOME"] = str(home)
    if _network_namespace_works():
        shell = "ip link set lo up && exec " + shlex.join(command)
        argv = ["unshare", "-n", "sh", "-c", shell]
    else:
        guard_dir = tmp_path / "guard"
        guard_dir.mkdir(exist_ok=True)
        (guard_dir / "sitecustomize.py").write_text(_GUARD)
        env["PYTHONPATH"] = os.pathsep.join([str(guard_dir), env.get("PYTHONPATH", "")])
        argv = command
    return subprocess.run(argv, env=env, capture_output=True, text=True, timeout=600)


def _interviewer() -> str:
    return str(Path(sys.executable).with_name("interviewer"))


def test_token_counting_needs_no_network(tmp_path: Path) -> None:
    code = "from interviewer.tokens import count_tokens; print(count_tokens('hello world', 'openai:gpt-4o'))"
    result = run_offline([sys.executable, "-c", code], tmp_path / "home", tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2"


@pytest.mark.parametrize(
    "model", ["smollm2-135m", pytest.param("qwen2.5-coder-1.5b", marks=pytest.mark.live)]
)
def test_models_check_answers_with_the_network_refused(model: str, tmp_path: Path) -> None:
    result = run_offline(
        [_interviewer(), "models", "check", "--model", model, "--json", "--threads", "2"],
        tmp_path / "home",
        tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    payload = json.loads(result.stdout)
    assert payload["model"] == model
    assert payload["reply"] and payload["completion_tokens"] > 0
    assert payload["tokens_per_second"] > 0
    assert (tmp_path / "home" / "models").is_dir()


def test_corpus_search_builds_its_store_with_the_network_refused(tmp_path: Path) -> None:
    result = run_offline(
        [_interviewer(), "corpus", "search", "you have no MBA", "--k", "3", "--json"],
        tmp_path / "home",
        tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    payload = json.loads(result.stdout)
    assert payload["query"] == "you have no MBA" and len(payload["hits"]) == 3
    assert (tmp_path / "home" / "chroma").is_dir()
