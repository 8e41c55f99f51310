"""Speech to text with word timestamps (faster-whisper, Whisper base, int8 on the CPU), with the checks a
recording needs before it is worth transcribing: readable, long enough, not silent, not endless."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from interviewer.errors import InputError
from interviewer.offline import quiet_onnxruntime
from interviewer.settings import Settings
from interviewer.voice.delivery import Delivery, Word, analyse_delivery
from interviewer.voice.models import whisper_dir

SAMPLE_RATE = 16_000
MIN_SECONDS = 0.5
MAX_SECONDS = 300.0  # five minutes: longer than any interview answer should be
MAX_FILE_BYTES = 100 * 1024 * 1024
_SILENT_PEAK = 0.01  # below this the recording holds no speech worth decoding


class Transcript(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    words: list[Word]
    audio_seconds: float
    notices: list[str] = Field(default_factory=list)

    def delivery(self) -> Delivery:
        return analyse_delivery(self.words, self.audio_seconds)


def read_audio(path: Path) -> np.ndarray:
    """The recording as 16 kHz mono float32; any format ffmpeg's libraries (PyAV) read."""
    try:
        size = path.stat().st_size
    except OSError:
        raise InputError(f"The audio file {path.name} cannot be found.") from None
    if size == 0:
        raise InputError(f"The audio file {path.name} is empty.")
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"The audio file {path.name} is over {MAX_FILE_BYTES // 2**20} MB; record a shorter answer."
        )
    from faster_whisper.audio import decode_audio

    try:
        audio = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except Exception as exc:  # PyAV raises its own error types for every kind of broken file
        raise InputError(
            f"The audio file {path.name} cannot be read as audio ({type(exc).__name__})."
        ) from None
    return np.asarray(audio, dtype=np.float32)


class Transcriber:
    """Loads Whisper once, on the first transcription."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                folder = whisper_dir(self.settings.models_dir)
                os.environ["HF_HUB_OFFLINE"] = "1"  # a local folder is given; the hub is never asked
                quiet_onnxruntime()  # its voice detector runs on onnxruntime
                from faster_whisper import WhisperModel

                self._model = WhisperModel(
                    str(folder), device="cpu", compute_type="int8", cpu_threads=self.settings.threads
                )
            return self._model

    def warm_up(self) -> None:
        self._load()

    def transcribe_file(self, path: Path) -> Transcript:
        return self.transcribe(read_audio(path))

    def transcribe(self, audio: np.ndarray) -> Transcript:
        seconds = len(audio) / SAMPLE_RATE
        notices = []
        if seconds < MIN_SECONDS:
            raise InputError(
                f"The recording is only {seconds * 1000:.0f} ms long; record your whole answer, or type it."
            )
        if seconds > MAX_SECONDS:
            audio = audio[: int(MAX_SECONDS * SAMPLE_RATE)]
            notices.append(
                f"The recording is {seconds / 60:.1f} minutes long; "
                f"only the first {MAX_SECONDS / 60:.0f} minutes "
                "were transcribed. Interview answers land best under two minutes."
            )
        if float(np.max(np.abs(audio))) < _SILENT_PEAK:
            raise InputError("The recording is silent: check the microphone, or type your answer.")
        segments, _ = self._load().transcribe(
            audio,
            language="en",
            beam_size=1,
            word_timestamps=True,
            vad_filter=True,  # noise and silence are cut before decoding, so they are not turned into words
            condition_on_previous_text=False,
        )
        words: list[Word] = []
        for segment in segments:
            if segment.no_speech_prob > 0.6 and segment.avg_logprob < -1.0:
                continue  # Whisper's guess on something that is not speech
            for word in segment.words or []:
                words.append(
                    Word(
                        text=word.word.strip(),
                        start=round(float(word.start), 3),
                        end=round(float(word.end), 3),
                        probability=round(float(word.probability), 3),
                    )
                )
        if not words:
            raise InputError(
                "No speech was recognised in the recording; try again closer to the microphone, or type."
            )
        text = " ".join(w.text for w in words)
        return Transcript(
            text=text, words=words, audio_seconds=round(min(seconds, MAX_SECONDS), 2), notices=notices
        )
