"""`interviewer models serve`: the embedded model as a real llama.cpp server of its own process, reached by
another process through the `openai:` kind, as app replicas reach it in a deployment
(deploy/compose.cpu.yaml)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from .ui_support import free_port

INTERVIEWER = str(Path(sys.executable).parent / "interviewer")
KEY = "serve-test-key"


def test_a_served_model_answers_another_process_through_the_openai_kind(shared_models_home: Path) -> None:
    port = free_port()
    server_env = {
        **os.environ,
        "INTERVIEWER_HOME": str(shared_models_home),
        "INTERVIEWER_MODEL": "smollm2-135m",
        "INTERVIEWER_THREADS": "2",
        "INTERVIEWER_SERVE_API_KEY": KEY,
    }
    command = [INTERVIEWER, "models", "serve", "--port", str(port), "--alias", "interviewer"]
    server = subprocess.Popen(
        command, env=server_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    base = f"http://127.0.0.1:{port}/v1"
    try:
        said = server.stdout.readline() if server.stdout else ""
        assert f"127.0.0.1:{port}/v1" in said and "openai:interviewer" in said, said
        deadline = time.monotonic() + 120
        while httpx.get(f"http://127.0.0.1:{port}/health", timeout=5).status_code != 200:
            assert time.monotonic() < deadline and server.poll() is None, "the model server never came up"
            time.sleep(0.5)
        client_env = {
            **os.environ,
            "INTERVIEWER_HOME": str(shared_models_home),
            "INTERVIEWER_MODEL": "openai:interviewer",
            "OPENAI_BASE_URL": base,
            "OPENAI_API_KEY": KEY,
            "INTERVIEWER_MAX_RETRIES": "0",
        }
        check = [INTERVIEWER, "models", "check", "--json", "--max-tokens", "12"]
        answered = subprocess.run(check, env=client_env, capture_output=True, text=True, timeout=300)
        refused = subprocess.run(
            check, env={**client_env, "OPENAI_API_KEY": "wrong"}, capture_output=True, text=True, timeout=300
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert answered.returncode == 0, answered.stderr
    result = json.loads(answered.stdout)
    assert result["model"] == "openai:interviewer" and result["reply"] and result["completion_tokens"] > 0
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "OPENAI_API_KEY" in refused.stderr or "key" in refused.stderr.lower(), refused.stderr
