"""The features the calibrated reducer reads: signals and exemplar comparison, each scaled to about 0..1."""

from __future__ import annotations

from interviewer.scoring.exemplars import Comparison
from interviewer.scoring.rubric import Dimension
from interviewer.scoring.signals import Signals

# Which features may move which dimension: a short list per dimension keeps the fit explainable and
# stops a dimension from learning from signals that have nothing to do with it.
DIMENSION_FEATURES: dict[Dimension, tuple[str, ...]] = {
    "value_first": (
        "employer_opening",
        "self_wants",
        "self_wants_opening",
        "quantities",
        "outcomes",
        "buzzwords",
        "local_margin",
        "global_margin",
    ),
    "evidence": (
        "quantities",
        "outcomes",
        "results_at_end",
        "buzzwords",
        "short",
        "local_margin",
        "global_margin",
    ),
    "relevance": (
        "question_overlap",
        "question_similarity",
        "short",
        "length_fit",
        "local_margin",
        "global_margin",
    ),
    "structure": (
        "sar_markers",
        "length_fit",
        "short",
        "long_sentences",
        "hedges",
        "results_at_end",
        "global_margin",
    ),
    "objection_handling": (
        "acknowledges",
        "reframes",
        "defensive",
        "quantities",
        "outcomes",
        "local_margin",
        "global_margin",
    ),
    "research": ("brief_overlap", "quantities", "global_margin"),
}
FEATURES = tuple(sorted({name for names in DIMENSION_FEATURES.values() for name in names}))


def _cap(value: float, top: float) -> float:
    return min(value, top) / top


def length_fit(words: int) -> float:
    """1 inside the comfortable spoken range (60-260 words), falling off on either side."""
    if words < 60:
        return words / 60
    if words > 260:
        return max(0.0, 1 - (words - 260) / 300)
    return 1.0


def features(signals: Signals, comparison: Comparison) -> dict[str, float]:
    return {
        "quantities": _cap(signals.quantities, 6),
        "outcomes": _cap(signals.outcomes, 6),
        "employer_opening": _cap(signals.employer_opening, 6),
        "self_wants": _cap(signals.self_wants, 3),
        "self_wants_opening": _cap(signals.self_wants_opening, 2),
        "sar_markers": _cap(signals.sar_markers, 4),
        "hedges": _cap(signals.hedges, 4),
        "buzzwords": _cap(signals.buzzwords, 3),
        "length_fit": length_fit(signals.words),
        "short": 1.0 if signals.words < 40 else 0.0,
        "long_sentences": min(max(signals.avg_sentence_words - 25, 0) / 20, 1.0),
        "question_overlap": signals.question_overlap,
        "question_similarity": max(comparison.question_similarity, 0.0),
        # Margins are small cosine differences; scaled so a clear lean is about 1.
        "local_margin": max(-1.0, min(1.0, comparison.local_margin * 5)),
        "global_margin": max(-1.0, min(1.0, comparison.global_margin * 5)),
        "acknowledges": _cap(signals.acknowledges, 2),
        "reframes": _cap(signals.reframes, 2),
        "defensive": _cap(signals.defensive, 3),
        "brief_overlap": min(1.0, (signals.brief_overlap or 0.0) * 3),
        "results_at_end": 1.0 if signals.results_at_end else 0.0,
    }
