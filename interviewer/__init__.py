"""An LLM-backed mock interviewer that scores answers against value-first guidance."""

from interviewer.offline import telemetry_off

__version__ = "0.1.0"

telemetry_off()  # before gradio, chromadb or huggingface_hub is imported anywhere in the package
