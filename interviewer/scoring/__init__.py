"""Scoring answers against the value-first rubric: deterministic signals, retrieval-grounded comparison with
exemplars, an optional LLM judge, and the calibrated reducer that combines them into a scorecard."""

from interviewer.scoring.rubric import DIMENSIONS, WEIGHTS, DimensionScore, Scorecard, ScoreInput
from interviewer.scoring.scorer import Scorer

__all__ = ["DIMENSIONS", "WEIGHTS", "DimensionScore", "ScoreInput", "Scorecard", "Scorer"]
