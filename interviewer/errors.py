"""The project's own error hierarchy; provider exceptions are translated into these at the model seam."""


class InterviewerError(Exception):
    """Base of every error this project raises on purpose; its message is meant for a person."""


class ConfigError(InterviewerError):
    """A setting is missing or wrong; the message names the setting to change."""


class InputError(InterviewerError):
    """Something the user gave us (a file, an answer, a flag) cannot be used."""


class ConflictError(InputError):
    """Another window changed the same session first (answered this question, asked the next one)."""


class StorageError(InterviewerError):
    """The sessions database cannot be read or written (damaged, busy, out of disk)."""


class PromptError(InterviewerError):
    """A prompt template is missing, malformed, or was rendered without a declared variable."""


class ModelError(InterviewerError):
    """The chat model failed to give a usable answer."""


class ModelUnavailableError(ModelError):
    """The model cannot be reached or loaded (server down, weights missing or corrupt)."""


class ModelRateLimitError(ModelUnavailableError):
    """The server kept answering HTTP 429 (too many requests) after the adapter's own retries."""


class ModelAuthError(ModelUnavailableError, ConfigError):
    """The server refused the key or has no such model: a setting to change, and, to a scorer, an outage."""


class ModelTimeoutError(ModelError):
    """The model did not answer within the configured timeout."""


class ModelResponseError(ModelError):
    """The model answered, but not with something we can use (garbage, invalid JSON, wrong schema)."""
