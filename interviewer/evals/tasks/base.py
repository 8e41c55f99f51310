"""What every eval task shares: the context of a run, a sample's outcome, and the task protocol."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from interviewer.evals.cache import CachingModel, SampleCalls, current_sample
from interviewer.evals.suites import EVAL_AS_OF
from interviewer.scoring.scorer import Scorer
from interviewer.settings import Settings

Out = dict[str, Any]  # a sample's outputs
Params = dict[str, Any]  # the suite's params
CheckResult = tuple[bool | None, str]  # passed (None: does not apply to this sample), and why
Check = Callable[[Any, dict[str, Any], dict[str, Any]], CheckResult]


@dataclass
class Context:
    """What a task's samples share within one run."""

    settings: Settings
    model: CachingModel
    params: dict[str, Any]
    work_dir: Path
    prompts_dir: Path | None = None
    as_of: date = EVAL_AS_OF
    shared: dict[str, Any] = field(default_factory=dict)

    def scorer(self) -> Scorer:
        scorer: Scorer = self.shared["scorer"]
        return scorer


@dataclass
class Outcome:
    """One sample's result, as the metrics read it."""

    sample: Any
    outputs: dict[str, Any]
    checks: dict[str, bool | None]
    error: str | None
    calls: SampleCalls | None = None


class Task:
    name: str = ""
    sample_type: type[BaseModel] = BaseModel
    uses_model: bool = False
    extra_metrics: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.checks: dict[str, Check] = {
            name.removeprefix("check_"): getattr(self, name)
            for name in dir(self)
            if name.startswith("check_")
        }

    def prepare(self, ctx: Context) -> None:
        """Build what every sample shares (stores, the scorer) before samples run concurrently."""

    def run(self, sample: Any, ctx: Context) -> dict[str, Any]:
        raise NotImplementedError

    def metrics(self, outcomes: list[Outcome], params: dict[str, Any]) -> dict[str, float]:
        return {}

    def metric_names(self, checks: list[str]) -> list[str]:
        return [*(f"{c}.pass_rate" for c in checks), "error_rate", *self.extra_metrics]

    def knows_metric(self, name: str, checks: list[str]) -> bool:
        return name in self.metric_names(checks) or any(
            name.startswith(prefix.removesuffix("*")) for prefix in self.extra_metrics if prefix.endswith("*")
        )


def mean(values: list[float]) -> float:
    return round(sum(values) / len(values), 4) if values else float("nan")


def prepare_scorer(ctx: Context) -> None:
    scorer = Scorer(ctx.settings, model=ctx.model, prompts_dir=ctx.prompts_dir)
    scorer.warm_up()  # the store and the exemplar bank are built once, before samples share them
    ctx.shared["scorer"] = scorer


def sample_calls() -> list[Any]:
    """The model calls made so far for the sample being run."""
    sample = current_sample.get()
    return sample.calls if sample is not None else []
