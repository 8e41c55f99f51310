"""An LLM-backed mock interviewer that scores answers against value-first guidance."""

__version__ = "0.1.0"
