"""Nothing phones home: the CLI and the app start-up, traced at the system-call level, open no connection
beyond loopback and make no DNS lookup.

A Python-level socket guard cannot see a library's native code (onnxruntime's telemetry is C++), so the
process runs under strace: any non-loopback connect, any connect to a DNS port, or any read of the
resolver's configuration (the first step of every hostname lookup) fails the test."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.integration.ui_support import free_port

STRACE = shutil.which("strace")
pytestmark = pytest.mark.skipif(
    STRACE is None and not os.environ.get("CI"), reason="strace is installed by scripts/test.sh"
)

_INET = re.compile(
    r"connect\(\d+, \{sa_family=AF_INET6?, .*?(?:inet_addr\(\"([^\"]+)\"\)|inet_pton\(AF_INET6, \"([^\"]+)\")"
)
_PORT = re.compile(r"sin6?_port=htons\((\d+)\)")
# A hostname lookup reads the resolver's files or asks nscd before any DNS packet is sent.
_RESOLVER = re.compile(
    r'openat\(.*"/etc/(?:resolv\.conf|gai\.conf|nsswitch\.conf)".*= \d+$|sun_path="/var/run/nscd/socket"'
)


def outside_traffic(trace: str) -> list[str]:
    """The traced lines that reach beyond the machine or start a name lookup."""
    found = []
    for line in trace.splitlines():
        if _RESOLVER.search(line):
            found.append(line)
            continue
        match = _INET.search(line)
        if not match:
            continue
        address = match.group(1) or match.group(2)
        port = _PORT.search(line)
        loopback = address.startswith("127.") or address in ("::1", "::ffff:127.0.0.1")
        if not loopback or (port and port.group(1) == "53"):
            found.append(line)
    return found


def test_the_detector_sees_a_lookup_and_an_outside_connect() -> None:
    """The check itself can fail: a real lookup and a real outside connect are both caught."""
    sample = (
        '12 openat(AT_FDCWD, "/etc/resolv.conf", O_RDONLY|O_CLOEXEC) = 3\n'
        '12 connect(3, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT\n'
        '12 connect(5, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("93.184.216.34")}, 16)\n'
        '12 connect(5, {sa_family=AF_INET, sin_port=htons(7860), sin_addr=inet_addr("127.0.0.1")}, 16) = 0\n'
        '12 connect(6, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}, 16) = 0\n'
    )
    assert len(outside_traffic(sample)) == 4


def traced(argv: list[str], home: Path, out: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "OPENAI_", "GRADIO_"))}
    env["INTERVIEWER_HOME"] = str(home)
    assert STRACE is not None
    command = [STRACE, "-f", "-qq", "-e", "trace=connect,openat", "-o", str(out), *argv]
    # A session of its own, so the tracer and everything it traces can be stopped together.
    return subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )


def _interviewer() -> str:
    return str(Path(sys.executable).with_name("interviewer"))


def _copy_store(corpus_home: Path, home: Path) -> None:
    shutil.copytree(corpus_home / "chroma", home / "chroma")


def test_score_and_corpus_build_make_no_outside_request(corpus_home: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    _copy_store(corpus_home, home)
    for step, argv in enumerate(
        [
            [_interviewer(), "corpus", "build", "--json"],
            [
                _interviewer(),
                "score",
                "--role",
                "cfo",
                "--question",
                "Why you?",
                "--answer",
                "I cut cost 12% saving $4M across 6 warehouses.",
                "--json",
            ],
        ]
    ):
        out = tmp_path / f"trace-{step}.txt"
        process = traced(argv, home, out)
        stdout, stderr = process.communicate(timeout=600)
        assert process.returncode == 0, stderr[-2000:]
        trace = out.read_text(errors="replace")
        assert "openat(" in trace, "strace recorded nothing: the trace cannot vouch for anything"
        assert outside_traffic(trace) == [], argv[1]


def test_the_app_starts_and_serves_its_page_without_an_outside_request(
    corpus_home: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    _copy_store(corpus_home, home)
    port = free_port()
    out = tmp_path / "trace-ui.txt"
    process = traced([_interviewer(), "ui", "--port", str(port)], home, out)
    try:
        deadline = time.monotonic() + 120
        page = ""
        while time.monotonic() < deadline and not page:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                    page = response.read().decode()
            except OSError:
                assert process.poll() is None, process.communicate()[1][-2000:]
                time.sleep(0.5)
        assert "Mock interviewer" in page or "gradio" in page.lower()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/config", timeout=10) as response:
            assert response.status == 200
        time.sleep(2)  # anything start-up schedules in the background has time to try
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.communicate(timeout=60)
    trace = out.read_text(errors="replace")
    assert outside_traffic(trace) == []
