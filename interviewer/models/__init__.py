"""The model seam: one `ChatModel` protocol, chosen by name with `get_model`."""

from interviewer.models.base import ChatModel, Completion, Message, Sampling, Usage
from interviewer.models.registry import get_model, known_models

__all__ = ["ChatModel", "Completion", "Message", "Sampling", "Usage", "get_model", "known_models"]
