"""A spoken answer: the recording and its transcript, and where the recording is kept."""

from __future__ import annotations

import shutil
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from interviewer.interview.session import Session, Turn
from interviewer.voice.transcribe import Transcript


class SpokenAnswer(BaseModel):
    """A recorded answer and its transcript (the text may be edited before it is sent)."""

    model_config = ConfigDict(extra="forbid")

    audio: Path
    transcript: Transcript


def keep_audio(home: Path, audio_dir: Path, session: Session, turn: Turn, spoken: SpokenAnswer) -> None:
    """Copy the recording beside the session's others and note on the turn how it was delivered."""
    folder = audio_dir / session.id
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"turn{turn.index:02d}-{len(turn.attempts)}{spoken.audio.suffix.lower() or '.wav'}"
    shutil.copyfile(spoken.audio, target)
    turn.audio = target.relative_to(home).as_posix()
    turn.delivery = spoken.transcript.delivery()
    turn.notices.extend(spoken.transcript.notices)
