"""SVG charts for the HTML eval report, and the tolerant readers of a run's JSON that both renderers share.

Charts are drawn by hand as inline SVG so that a report is one self-contained file with no script and no URL.
"""

from __future__ import annotations

import math
import re
from html import escape
from typing import Any

# Colours chosen for at least 4.5:1 contrast against white, so they work for text as well as for shapes.
PASS_COLOUR = "#1a7f37"
FAIL_COLOUR = "#c62828"
ERROR_COLOUR = "#8a5a00"
NEUTRAL_COLOUR = "#3f6aa3"
INK = "#1f2328"
MUTED = "#57606a"
GRID = "#d0d7de"

OUTCOME_COLOURS = {"pass": PASS_COLOUR, "fail": FAIL_COLOUR, "error": ERROR_COLOUR}
LABEL_COLOURS = {"strong": PASS_COLOUR, "adequate": NEUTRAL_COLOUR, "weak": ERROR_COLOUR}

_BOUND = re.compile(r"(>=|<=|==|≥|≤|>|<)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)")


def as_number(value: object) -> float | None:
    """A finite number, or None: JSON may carry null, and a hand-written NaN must not reach a chart."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def fmt(value: object, digits: int = 3) -> str:
    number = as_number(value)
    return "n/a" if number is None else f"{number:.{digits}f}"


def as_text(value: object) -> str:
    return "" if value is None else str(value)


def as_dicts(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


def as_mapping(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def parse_bound(bound: str) -> list[tuple[str, float]]:
    """The comparisons in a threshold's description, e.g. ">= 0.5 and <= 1" -> [(">=", 0.5), ("<=", 1.0)]."""
    parsed: list[tuple[str, float]] = []
    for operator, number in _BOUND.findall(bound):
        value = float(number)
        if math.isfinite(value):
            parsed.append(({"≥": ">=", "≤": "<="}.get(operator, operator), value))
    return parsed


def _svg_open(width: int, height: int, label: str) -> str:
    # No xmlns: inline SVG in HTML5 does not need it, and the page must not mention any URL.
    return (
        f'<svg role="img" aria-label="{escape(label)}" viewBox="0 0 {width} {height}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet" class="chart">'
        f"<title>{escape(label)}</title>"
    )


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def metric_chart(result: dict[str, Any]) -> str:
    metrics = as_mapping(result.get("metrics"))
    rows = [
        (name, value)
        for name in sorted(metrics)
        if (value := as_number(metrics[name])) is not None and 0.0 <= value <= 1.0
    ]
    if not rows:
        return ""
    thresholds: dict[str, list[dict[str, Any]]] = {}
    for threshold in as_dicts(result.get("thresholds")):
        thresholds.setdefault(as_text(threshold.get("metric")), []).append(threshold)

    label_w, bar_w, row_h, bar_h, top = 260, 500, 26, 14, 10
    width, height = label_w + bar_w + 80, top + row_h * len(rows) + 26
    parts = [_svg_open(width, height, f"Metrics between 0 and 1 ({len(rows)}), with threshold bounds marked")]
    axis_y = top + row_h * len(rows)
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        x = label_w + tick * bar_w
        parts.append(f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{axis_y}" stroke="{GRID}"/>')
        parts.append(
            f'<text x="{x:.1f}" y="{axis_y + 16}" font-size="11" fill="{MUTED}" '
            f'text-anchor="middle">{tick:g}</text>'
        )
    for index, (name, value) in enumerate(rows):
        y = top + index * row_h + (row_h - bar_h) / 2
        own = thresholds.get(name, [])
        colour = NEUTRAL_COLOUR
        if own:
            colour = PASS_COLOUR if all(t.get("passed") is True for t in own) else FAIL_COLOUR
        parts.append(f"<g><title>{escape(name)}: {value:.3f}</title>")
        parts.append(
            f'<text x="{label_w - 8}" y="{y + bar_h - 3:.1f}" font-size="12" fill="{INK}" '
            f'text-anchor="end">{escape(shorten(name, 40))}</text>'
        )
        parts.append(
            f'<rect x="{label_w}" y="{y:.1f}" width="{bar_w}" height="{bar_h}" fill="#f3f4f6" rx="2"/>'
        )
        parts.append(
            f'<rect x="{label_w}" y="{y:.1f}" width="{value * bar_w:.1f}" height="{bar_h}" '
            f'fill="{colour}" rx="2"/>'
        )
        parts.append(
            f'<text x="{label_w + bar_w + 8}" y="{y + bar_h - 3:.1f}" font-size="12" '
            f'fill="{INK}">{value:.3f}</text></g>'
        )
        for threshold in own:
            bound = as_text(threshold.get("bound"))
            for operator, limit in parse_bound(bound):
                if not 0.0 <= limit <= 1.0:
                    continue
                x = label_w + limit * bar_w
                verdict = "passed" if threshold.get("passed") is True else "failed"
                parts.append(
                    f"<g><title>{escape(name)} threshold {escape(operator)} {limit:g} ({verdict})</title>"
                    f'<line x1="{x:.1f}" y1="{y - 4:.1f}" x2="{x:.1f}" y2="{y + bar_h + 4:.1f}" '
                    f'stroke="{INK}" stroke-width="2.5"/></g>'
                )
    parts.append("</svg>")
    return "".join(parts)


def outcome_chart(outcomes: list[tuple[str, int]]) -> str:
    total = sum(count for _, count in outcomes)
    if not total:
        return ""
    bar_w, width, height = 760, 800, 70
    summary = ", ".join(f"{name} {count}" for name, count in outcomes)
    parts = [_svg_open(width, height, f"Sample outcomes of {total}: {summary}")]
    x = 0.0
    for name, count in outcomes:
        if not count:
            continue
        segment = count / total * bar_w
        parts.append(
            f"<g><title>{escape(name)}: {count} of {total} ({count / total:.1%})</title>"
            f'<rect x="{x:.1f}" y="4" width="{segment:.1f}" height="26" '
            f'fill="{OUTCOME_COLOURS.get(name, MUTED)}"/></g>'
        )
        x += segment
    legend_x = 0
    for name, count in outcomes:
        parts.append(
            f"<g><title>{escape(name)}: {count}</title>"
            f'<rect x="{legend_x}" y="44" width="12" height="12" fill="{OUTCOME_COLOURS.get(name, MUTED)}"/>'
            f'<text x="{legend_x + 18}" y="54" font-size="12" fill="{INK}">'
            f"{escape(name)} {count} ({count / total:.0%})</text></g>"
        )
        legend_x += 150
    parts.append("</svg>")
    return "".join(parts)


def score_chart(points: dict[str, list[tuple[str, float]]]) -> str:
    if not points:
        return ""
    label_w, axis_w, row_h, top = 130, 640, 40, 8
    width, height = label_w + axis_w + 30, top + row_h * len(points) + 28
    parts = [_svg_open(width, height, "Scores (0 to 100) of each sample, grouped by label")]
    axis_y = top + row_h * len(points)
    for tick in range(0, 101, 20):
        x = label_w + tick / 100 * axis_w
        parts.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{axis_y}" stroke="{GRID}"/>')
        parts.append(
            f'<text x="{x:.1f}" y="{axis_y + 16}" font-size="11" fill="{MUTED}" '
            f'text-anchor="middle">{tick}</text>'
        )
    for row, (label, samples) in enumerate(points.items()):
        centre = top + row * row_h + row_h / 2
        colour = LABEL_COLOURS.get(label, MUTED)
        parts.append(
            f'<text x="{label_w - 10}" y="{centre + 4:.1f}" font-size="12" fill="{INK}" text-anchor="end">'
            f"{escape(shorten(label, 14))} (n={len(samples)})</text>"
        )
        for index, (sample_id, number) in enumerate(samples):
            # Out-of-range scores are pinned to the axis ends; the tooltip keeps the true number.
            x = label_w + min(max(number, 0.0), 100.0) / 100 * axis_w
            # A small deterministic vertical spread keeps equal scores from hiding one another.
            y = centre + ((index % 5) - 2) * 4
            parts.append(
                f"<g><title>{escape(sample_id)}: {number:g} ({escape(label)})</title>"
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="{colour}" fill-opacity="0.6" '
                f'stroke="{colour}"/></g>'
            )
        ordered = sorted(number for _, number in samples)
        middle = len(ordered) // 2
        median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
        x = label_w + min(max(median, 0.0), 100.0) / 100 * axis_w
        parts.append(
            f"<g><title>{escape(label)} median: {median:g}</title>"
            f'<line x1="{x:.1f}" y1="{centre - 14:.1f}" x2="{x:.1f}" y2="{centre + 14:.1f}" '
            f'stroke="{INK}" stroke-width="2"/></g>'
        )
    parts.append("</svg>")
    return "".join(parts)
