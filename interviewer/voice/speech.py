"""The interviewer's voice: text to 24 kHz speech with the neural voice bundled in hibari-tts."""

from __future__ import annotations

import threading
from typing import Any

import numpy as np

from interviewer.offline import quiet_onnxruntime
from interviewer.voice.models import HIBARI_VOICE, hibari_model

MAX_SPOKEN_CHARS = 1_500


class Speaker:
    """Loads the voice once, on the first line spoken."""

    def __init__(self, threads: int = 1) -> None:
        self.threads = threads
        self._voice: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._voice is None:
                model = hibari_model()
                quiet_onnxruntime()
                from hibari import Hibari

                self._voice = Hibari(voice=HIBARI_VOICE, model=str(model), threads=self.threads)
            return self._voice

    @property
    def sample_rate(self) -> int:
        return 24_000

    def synthesize(self, text: str, seed: int = 0) -> tuple[int, np.ndarray]:
        """(sample rate, int16 samples) for `text`; the seed makes a line sound the same every time."""
        text = " ".join(text.split())[:MAX_SPOKEN_CHARS]
        if not text:
            return self.sample_rate, np.zeros(0, dtype=np.int16)
        audio = np.asarray(self._load()(text, seed=seed), dtype=np.float32)
        return self.sample_rate, (np.clip(audio, -1.0, 1.0) * 32767).astype(np.int16)
