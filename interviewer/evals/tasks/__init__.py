"""What an eval runs for each sample, the checks it can apply, and the metrics it reports.

Each task reuses the product's own code path (the retriever, the scorer, the follow-up checks, the engine),
so an eval measures what a user gets, not a copy of it.
"""

from __future__ import annotations

from interviewer.evals.tasks.base import Check, CheckResult, Context, Outcome, Task
from interviewer.evals.tasks.followup import FollowUpItem, FollowUpTask
from interviewer.evals.tasks.interviews import InterviewSample, InterviewTask
from interviewer.evals.tasks.objections import ObjectionTask
from interviewer.evals.tasks.retrieval import RetrievalTask
from interviewer.evals.tasks.scoring import ManipulationTask, ScoringTask, StructuredOutputTask
from interviewer.evals.tasks.turns import TurnSample, TurnTask

__all__ = [
    "TASKS",
    "Check",
    "CheckResult",
    "Context",
    "FollowUpItem",
    "InterviewSample",
    "Outcome",
    "Task",
    "TurnSample",
]

TASKS: dict[str, Task] = {
    task.name: task
    for task in (
        RetrievalTask(),
        ScoringTask(),
        ManipulationTask(),
        FollowUpTask(),
        StructuredOutputTask(),
        InterviewTask(),
        TurnTask(),
        ObjectionTask(),
    )
}
