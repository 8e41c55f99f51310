"""Scoring answers against the value-first rubric: deterministic signals, retrieval-grounded comparison with
exemplars, an optional LLM judge, and the calibrated reducer that combines them into a scorecard.

Import from the modules (`interviewer.scoring.scorer.Scorer`, `interviewer.scoring.rubric.Scorecard`): the
package itself stays light, so the CLI starts fast."""
