"""Two runs side by side: metric deltas and the samples whose outcome changed."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class MetricDelta(BaseModel):
    model_config = ConfigDict(extra="forbid")

    metric: str
    a: float | None
    b: float | None
    delta: float | None


class SampleChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    a: str  # outcome in run A: pass, fail, error, or absent
    b: str
    checks: dict[str, list[bool | None]]  # the checks whose result differs: [in A, in B]


class Comparison(BaseModel):
    model_config = ConfigDict(extra="forbid")

    a: dict[str, Any]  # suite, model, prompts, dataset digest, passed
    b: dict[str, Any]
    same_data: bool
    metrics: list[MetricDelta]
    changed: list[SampleChange]
    improved: int
    regressed: int


_RANK = {"error": 0, "fail": 1, "pass": 2}


def _about(result: dict[str, Any]) -> dict[str, Any]:
    return {
        "suite": result.get("suite"),
        "model": result.get("model"),
        "prompts": result.get("prompts"),
        "dataset": result.get("dataset", {}).get("sha256"),
        "passed": result.get("passed"),
    }


def compare(a: dict[str, Any], b: dict[str, Any]) -> Comparison:
    names = sorted(set(a.get("metrics", {})) | set(b.get("metrics", {})))
    metrics = []
    for name in names:
        va, vb = a.get("metrics", {}).get(name), b.get("metrics", {}).get(name)
        delta = round(vb - va, 4) if isinstance(va, int | float) and isinstance(vb, int | float) else None
        metrics.append(MetricDelta(metric=name, a=va, b=vb, delta=delta))
    samples_a = {s["id"]: s for s in a.get("samples", [])}
    samples_b = {s["id"]: s for s in b.get("samples", [])}
    changed = []
    for sample_id in [*samples_a, *(i for i in samples_b if i not in samples_a)]:
        sa, sb = samples_a.get(sample_id), samples_b.get(sample_id)
        oa = sa["outcome"] if sa else "absent"
        ob = sb["outcome"] if sb else "absent"
        checks_a = sa["checks"] if sa else {}
        checks_b = sb["checks"] if sb else {}
        flipped = {
            name: [checks_a.get(name), checks_b.get(name)]
            for name in sorted(set(checks_a) | set(checks_b))
            if checks_a.get(name) != checks_b.get(name)
        }
        if oa != ob or flipped:
            changed.append(SampleChange(id=sample_id, a=oa, b=ob, checks=flipped))
    return Comparison(
        a=_about(a),
        b=_about(b),
        same_data=_about(a)["dataset"] == _about(b)["dataset"],
        metrics=metrics,
        changed=changed,
        improved=sum(1 for c in changed if _RANK.get(c.b, -1) > _RANK.get(c.a, -1)),
        regressed=sum(1 for c in changed if _RANK.get(c.b, -1) < _RANK.get(c.a, -1)),
    )


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_comparison(comparison: Comparison, label_a: str, label_b: str) -> str:
    lines = [
        f"A: {label_a}",
        f"   {_describe(comparison.a)}",
        f"B: {label_b}",
        f"   {_describe(comparison.b)}",
    ]
    if not comparison.same_data:
        lines.append(
            "note: the two runs used different samples; per-sample changes include added and removed ones."
        )
    width = max([len(m.metric) for m in comparison.metrics] + [6])
    lines += ["", f"{'metric':<{width}}  {'A':>8}  {'B':>8}  {'delta':>8}"]
    for m in comparison.metrics:
        delta = "" if m.delta is None else f"{m.delta:+.3f}"
        lines.append(f"{m.metric:<{width}}  {_fmt(m.a):>8}  {_fmt(m.b):>8}  {delta:>8}")
    lines += [
        "",
        f"samples changed: {len(comparison.changed)} "
        f"({comparison.improved} better, {comparison.regressed} worse)",
    ]
    for change in comparison.changed:
        flips = ", ".join(f"{name} {_flag(v[0])}→{_flag(v[1])}" for name, v in change.checks.items())
        lines.append(f"  {change.id}: {change.a} → {change.b}" + (f"  ({flips})" if flips else ""))
    return "\n".join(lines)


def _flag(value: bool | None) -> str:
    return {True: "pass", False: "fail", None: "n/a"}[value]


def _describe(about: dict[str, Any]) -> str:
    verdict = "passed" if about["passed"] else "FAILED"
    return f"suite {about['suite']}, model {about['model']}, prompts {about['prompts']}, {verdict}"
