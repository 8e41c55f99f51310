"""Voice end to end with the real models: speech synthesized by the interviewer's voice, a silence inserted,
transcribed by Whisper, and measured; bad recordings rejected with a message while typing keeps working."""

from __future__ import annotations

import json
import shutil
import wave
from pathlib import Path

import numpy as np
import pytest

from interviewer.cli import main
from interviewer.errors import InputError
from interviewer.interview.engine import Engine
from interviewer.models.fake import FakeChatModel
from interviewer.settings import Settings
from interviewer.voice.models import whisper_dir
from interviewer.voice.speech import Speaker
from interviewer.voice.transcribe import MAX_SECONDS, Transcriber

FIRST = (
    "At Halden I rebuilt credit control with the sales team. Within two quarters, the backlog fell by half."
)
SECOND = "That released twelve million dollars of cash for the new depot, without any new debt."
PAUSE_SECONDS = 2.0


def write_wav(path: Path, samples: np.ndarray, rate: int) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.astype("<i2").tobytes())
    return path


@pytest.fixture(scope="module")
def spoken_answer(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """A synthesized two-part answer with a silence between the parts: the file, and its speech time."""
    speaker = Speaker()
    rate, first = speaker.synthesize(FIRST, seed=1)
    _, second = speaker.synthesize(SECOND, seed=1)
    audio = np.concatenate([first, np.zeros(int(rate * PAUSE_SECONDS), np.int16), second])
    loud = np.flatnonzero(np.abs(audio) > 0.02 * 32767)
    speech_seconds = (loud[-1] - loud[0]) / rate
    return write_wav(tmp_path_factory.mktemp("voice") / "answer.wav", audio, rate), float(speech_seconds)


@pytest.fixture()
def voice_home(corpus_home: Path, shared_models_home: Path, tmp_path: Path) -> Path:
    """A home with the built guidance store and the joined Whisper model, as a user's home holds them."""
    home = tmp_path / "home"
    shutil.copytree(corpus_home / "chroma", home / "chroma")
    (home / "models").mkdir()
    (home / "models" / "whisper-base").symlink_to(whisper_dir(shared_models_home / "models"))
    return home


@pytest.fixture(scope="module")
def transcriber(shared_models_home: Path) -> Transcriber:
    return Transcriber(Settings(home=shared_models_home, threads=2))


def test_the_whisper_files_are_joined_once_and_verified(shared_models_home: Path) -> None:
    folder = whisper_dir(shared_models_home / "models")
    assert {p.name for p in folder.iterdir()} >= {
        "model.bin",
        "config.json",
        "tokenizer.json",
        "vocabulary.txt",
    }
    assert (folder / "model.bin").stat().st_size > 140_000_000
    assert whisper_dir(shared_models_home / "models") == folder  # the second call only reads the stamps


def test_synthesized_speech_with_a_pause_is_transcribed_and_measured(
    spoken_answer: tuple[Path, float], transcriber: Transcriber
) -> None:
    path, speech_seconds = spoken_answer
    transcript = transcriber.transcribe_file(path)
    text = transcript.text.lower()
    for word in ("halden", "credit", "quarters", "depot", "debt"):
        assert word in text, transcript.text
    delivery = transcript.delivery()
    pauses = delivery.long_pauses
    assert len(pauses) == 1, pauses
    assert "half" in pauses[0].after.lower()
    assert PAUSE_SECONDS - 0.3 <= pauses[0].seconds <= PAUSE_SECONDS + 1.5
    spoken_words = len((FIRST + " " + SECOND).split())
    expected_wpm = spoken_words / speech_seconds * 60
    assert delivery.words_per_minute == pytest.approx(expected_wpm, rel=0.2)
    assert delivery.fillers_lower_bound


def test_the_interviewer_speaks_the_same_line_the_same_way() -> None:
    speaker = Speaker()
    rate, audio = speaker.synthesize("How did you free up cash at Halden?")
    assert rate == 24_000 and audio.dtype == np.int16 and 1.0 < len(audio) / rate < 6.0
    assert np.abs(audio).max() > 3000  # audible, not silence
    assert np.array_equal(audio, speaker.synthesize("How did you free up cash at Halden?")[1])
    assert len(speaker.synthesize("   ")[1]) == 0


def test_bad_recordings_get_a_clear_message(tmp_path: Path, transcriber: Transcriber) -> None:
    rate = 16_000
    rng = np.random.default_rng(0)
    cases = {
        "silent": (np.zeros(rate * 3, np.int16), "silent"),
        "noise": ((rng.standard_normal(rate * 4) * 0.2 * 32767).astype(np.int16), "No speech was recognised"),
        "short": ((rng.standard_normal(int(rate * 0.3)) * 8000).astype(np.int16), "only 300 ms long"),
    }
    for name, (samples, message) in cases.items():
        with pytest.raises(InputError, match=message):
            transcriber.transcribe_file(write_wav(tmp_path / f"{name}.wav", samples, rate))
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF\x00\x00not really a wave file" * 20)
    with pytest.raises(InputError, match="cannot be read as audio"):
        transcriber.transcribe_file(broken)
    empty = tmp_path / "empty.wav"
    empty.touch()
    with pytest.raises(InputError, match="empty"):
        transcriber.transcribe_file(empty)


def test_a_very_long_recording_is_capped_with_a_message(
    spoken_answer: tuple[Path, float], transcriber: Transcriber, tmp_path: Path
) -> None:
    with wave.open(str(spoken_answer[0])) as source:
        rate = source.getframerate()
        speech = np.frombuffer(source.readframes(source.getnframes()), dtype="<i2")
    long = np.concatenate([speech, np.zeros(int(rate * (MAX_SECONDS + 30)), np.int16)])
    transcript = transcriber.transcribe_file(write_wav(tmp_path / "long.wav", long, rate))
    assert transcript.audio_seconds == MAX_SECONDS
    assert any("only the first 5 minutes" in n for n in transcript.notices)
    assert "halden" in transcript.text.lower()


def test_a_spoken_answer_is_kept_in_the_session_and_typing_still_works(
    spoken_answer: tuple[Path, float], voice_home: Path, tmp_path: Path
) -> None:
    home = voice_home
    model = FakeChatModel("fake:voice").enqueue(
        "Welcome; shall we begin?",
        "How did you free up cash at Halden?",
        "What would you do in your first month?",
    )
    engine = Engine(Settings(home=home, threads=2, model="fake:voice"), model=model)
    session = engine.start(engine.profile("cfo", length="short"), seed=0)
    list(engine.next_turn(session))

    with pytest.raises(InputError):
        engine.transcribe(tmp_path / "missing.wav")
    heard = engine.transcribe(spoken_answer[0])
    edited = heard.transcript.text.replace("Halden", "Halden Logistics")
    turn = engine.answer(session, edited, spoken=heard)
    assert turn.answer == edited and turn.scorecard is not None
    assert turn.audio is not None and (home / turn.audio).read_bytes() == spoken_answer[0].read_bytes()
    assert turn.delivery is not None and len(turn.delivery.long_pauses) == 1

    reloaded = engine.resume(session.id)
    assert reloaded.turns[turn.index].delivery == turn.delivery  # persisted with the turn
    report = engine.report(reloaded)
    assert "Delivery (spoken answers)" in report.markdown()

    list(engine.next_turn(reloaded))
    typed = engine.answer(reloaded, "I would meet every customer with an overdue invoice in the first month.")
    assert typed.audio is None and typed.delivery is None and typed.scorecard is not None


def test_score_accepts_an_audio_answer(
    spoken_answer: tuple[Path, float],
    voice_home: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("INTERVIEWER_HOME", str(voice_home))
    code = main(
        [
            "score",
            "--role",
            "cfo",
            "--question",
            "How did you improve cash flow?",
            "--answer-audio",
            str(spoken_answer[0]),
            "--json",
        ]
    )
    assert code == 0
    payload = json.loads(capsys.readouterr().out)
    assert "halden" in payload["transcript"].lower()
    assert payload["delivery"]["words_per_minute"] > 60 and payload["delivery"]["fillers_lower_bound"]
    assert 0 <= payload["overall"] <= 100
    quotes = [q for d in payload["dimensions"].values() for q in d.get("quotes", [])]
    # A spoken answer's quotes say where they are in the recording.
    assert all(q["start_seconds"] is not None and q["end_seconds"] >= q["start_seconds"] for q in quotes)


def test_the_terminal_interview_takes_an_audio_answer(
    spoken_answer: tuple[Path, float],
    voice_home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from interviewer.models.registry import get_model

    monkeypatch.setenv("INTERVIEWER_HOME", str(voice_home))
    settings = Settings(home=voice_home, model="fake:terminal")
    from tests.integration.ui_support import scripted_lines

    fake = get_model("fake:terminal")
    assert isinstance(fake, FakeChatModel)
    fake.enqueue(*scripted_lines(settings, role="cfo", length="short"))
    typed = tmp_path / "answers.json"
    typed.write_text(json.dumps(["At Halden I cut DSO from 68 to 41 days, releasing $12M of cash."]))
    code = main(
        [
            "interview",
            "--role",
            "cfo",
            "--length",
            "short",
            "--model",
            "fake:terminal",
            "--answer-audio",
            str(spoken_answer[0]),
            "--answers",
            str(typed),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "> (spoken, " in out and "delivery: " in out and "words/min" in out
    assert "Paused. Resume with" in out  # two scripted answers, then the script runs out
