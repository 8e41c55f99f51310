"""Follow-up samples: closing questions and thank-you notes, checked against hand labels."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from interviewer.evals.tasks.base import CheckResult, Context, Out, Outcome, Params, Task, mean
from interviewer.scoring.closing_questions import check_closing_questions
from interviewer.scoring.thank_you import check_thank_you
from interviewer.scoring.validity import LABEL_RANK, Label, spearman


class FollowUpItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    kind: str = Field(pattern="^(closing|thank-you)$")
    role: str
    text: str
    interviewer: str | None = None
    conversation: str | None = None
    expect: dict[str, bool]
    label: Label
    note: str = ""


FOLLOW_UP_BANDS: dict[str, tuple[int, int]] = {"strong": (70, 100), "adequate": (25, 80), "weak": (0, 45)}


class FollowUpTask(Task):
    name = "follow-up"
    sample_type = FollowUpItem
    extra_metrics = ("spearman", "agreement.*")

    def run(self, sample: FollowUpItem, ctx: Context) -> dict[str, Any]:
        if sample.kind == "closing":
            check: BaseModel = check_closing_questions(sample.text)
        else:
            check = check_thank_you(sample.text, sample.interviewer or "", sample.conversation or "")
        values = check.model_dump()
        return {
            "kind": sample.kind,
            "label": sample.label,
            "score": values["score"],
            "found": {name: values[name] for name in sample.expect if name in values},
        }

    def check_expected_fields(self, sample: FollowUpItem, out: Out, p: Params) -> CheckResult:
        wrong = [
            f"{name} {out['found'].get(name)} (label {want})"
            for name, want in sample.expect.items()
            if out["found"].get(name) != want
        ]
        return not wrong, "; ".join(wrong)

    def check_label_band(self, sample: FollowUpItem, out: Out, p: Params) -> CheckResult:
        low, high = FOLLOW_UP_BANDS[sample.label]
        ok = low <= out["score"] <= high
        return ok, "" if ok else f"{sample.label} {sample.kind} scored {out['score']} (expected {low}-{high})"

    def metrics(self, outcomes: list[Outcome], params: dict[str, Any]) -> dict[str, float]:
        done = [o for o in outcomes if o.error is None]
        result = {
            "spearman": round(
                spearman(
                    [float(o.outputs["score"]) for o in done], [LABEL_RANK[o.outputs["label"]] for o in done]
                ),
                4,
            )
        }
        fields = sorted({name for o in done for name in o.sample.expect})
        for name in fields:
            pairs = [
                (o.outputs["found"].get(name), o.sample.expect[name]) for o in done if name in o.sample.expect
            ]
            result[f"agreement.{name}"] = mean([float(a == b) for a, b in pairs])
        return result
