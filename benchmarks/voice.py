"""Benchmark: voice practice on the CPU.

- synthesis: time to speak interviewer lines with the bundled neural voice, and its speed over real time;
- transcription: Whisper base (int8) real-time factor on a synthesized answer of about 20 s, after warm-up;
- end to end: in the real app driven by Chromium with a WAV file as its microphone, the time from pressing
  Stop to the transcript shown in the answer box (target: under 3 s for a 20 s answer).

Run: .venv/bin/python benchmarks/voice.py [--no-browser]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import socket
import sys
import tempfile
import time
import wave
from pathlib import Path
from typing import Any

import numpy as np

from interviewer.corpus.search import Retriever
from interviewer.settings import Settings
from interviewer.voice.speech import Speaker
from interviewer.voice.transcribe import Transcriber

ANSWER = [
    "You need cash to fund the expansion without new debt, and that is what I delivered at Halden.",
    "When I took over, customers paid in sixty eight days and the forecast missed by nine percent.",
    "Within two quarters we were paid in forty one days, which released twelve million dollars of cash.",
    "I would bring the same discipline to your first year here.",
]
LINES = [
    "Welcome, thank you for coming in. Shall we begin?",
    "Walk me through a debt or equity raise you led. What terms did you get, and how did you get them?",
    "The role asks for an MBA and your resume lists a bachelor's degree. How would you answer that concern?",
]


def write_wav(path: Path, samples: np.ndarray, rate: int) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.astype("<i2").tobytes())
    return path


def synthesis(speaker: Speaker) -> dict[str, Any]:
    speaker.synthesize("Warm up.")
    rows = []
    for line in LINES:
        started = time.perf_counter()
        rate, audio = speaker.synthesize(line)
        seconds = time.perf_counter() - started
        rows.append((seconds, len(audio) / rate))
    took, spoken = sum(r[0] for r in rows), sum(r[1] for r in rows)
    return {
        "lines": len(rows),
        "mean_ms_per_line": round(took / len(rows) * 1000, 1),
        "x_real_time": round(spoken / took, 1),
    }


def spoken_answer(speaker: Speaker, folder: Path) -> tuple[Path, float]:
    parts = []
    for sentence in ANSWER:
        rate, audio = speaker.synthesize(sentence, seed=1)
        parts += [audio, np.zeros(int(rate * 0.35), np.int16)]
    samples = np.concatenate(parts)
    return write_wav(folder / "answer.wav", samples, rate), len(samples) / rate


def transcription(transcriber: Transcriber, path: Path, seconds: float) -> dict[str, Any]:
    started = time.perf_counter()
    transcriber.warm_up()
    load = time.perf_counter() - started
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        transcript = transcriber.transcribe_file(path)
        runs.append(time.perf_counter() - started)
    runs.sort()
    return {
        "audio_s": round(seconds, 1),
        "load_s": round(load, 2),
        "transcribe_p50_s": round(runs[1], 2),
        "real_time_factor": round(runs[1] / seconds, 3),
        "words": len(transcript.words),
    }


def browser_stop_to_transcript(home: Path, recording: Path, seconds: float, runs: int = 3) -> dict[str, Any]:
    from playwright.sync_api import expect, sync_playwright

    from interviewer.models.registry import get_model
    from interviewer.ui.app import launch

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.integration.ui_support import CHROMIUM, scripted_lines

    settings = Settings(home=home, model="fake:voice-bench", threads=2)
    fake = get_model("fake:voice-bench")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    app = launch(port=port, settings=settings, block=False)
    timings = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM,
                args=[
                    "--no-sandbox",
                    "--disable-gpu",
                    "--use-fake-ui-for-media-stream",
                    "--use-fake-device-for-media-stream",
                    f"--use-file-for-fake-audio-capture={recording}",
                ],
            )
            for _ in range(runs):
                fake.enqueue(*scripted_lines(settings, role="cfo", length="short"))  # type: ignore[attr-defined]
                page = browser.new_context(permissions=["microphone"]).new_page()
                page.goto(f"http://127.0.0.1:{port}/")
                page.get_by_role("button", name="Start interview").click()
                expect(page.get_by_role("log", name="chatbot conversation")).to_contain_text(
                    "?", timeout=120_000
                )
                page.wait_for_timeout(3_000)  # the page's warm-up (store, Whisper) has finished by now
                page.get_by_role("button", name="Record", exact=True).click()
                page.wait_for_timeout(int(seconds * 1000) + 500)
                started = time.perf_counter()
                page.get_by_role("button", name="Stop", exact=True).click()
                expect(page.get_by_label("Your answer")).to_have_value(
                    re.compile("Halden", re.IGNORECASE), timeout=60_000
                )
                timings.append(time.perf_counter() - started)
                page.context.close()
            browser.close()
    finally:
        app.close()
    timings.sort()
    return {
        "answer_s": round(seconds, 1),
        "runs": runs,
        "stop_to_transcript_p50_s": round(timings[len(timings) // 2], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        settings = Settings(home=home, threads=2)
        speaker = Speaker()
        report: dict[str, Any] = {"synthesis": synthesis(speaker)}
        recording, seconds = spoken_answer(speaker, Path(tmp))
        report["transcription"] = transcription(Transcriber(settings), recording, seconds)
        if not args.no_browser:
            Retriever(settings).build()
            shutil.rmtree(home / "evals", ignore_errors=True)
            report["browser"] = browser_stop_to_transcript(home, recording, seconds)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
