"""The report's charts as inline SVG and HTML: no charting library and no outside asset, so the same drawing
serves the app, the HTML export and (as a table) the PDF. Labels are whole ("Q3 · behavioural"), turns are
whole numbers, and a zero is drawn as a zero, not left out."""

from __future__ import annotations

import html
from collections.abc import Sequence

BAR = "#3b6ea5"
# A score of 1-5, light to dark, readable with black text; 0 is "not scored" and stays blank.
SHADES = {1: "#f4c7c3", 2: "#fbe3b5", 3: "#fff3b0", 4: "#cde8c4", 5: "#9fd49a"}


def bar_svg(rows: Sequence[tuple[str, float]], top: float, width: int = 560, label_width: int = 200) -> str:
    """Horizontal bars, one per row, each with its label and value; a zero gets a visible stub."""
    height = 26 * len(rows) + 10
    label_width = min(label_width, width // 2)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'style="max-width:{width}px" role="img">'
    ]
    room = width - label_width - 48
    for i, (label, value) in enumerate(rows):
        y = 8 + 26 * i
        bar = max(2, int(room * max(0.0, value) / top))  # 2 px: a zero still shows where the bar starts
        short = label if len(label) <= 30 else label[:29] + "…"
        parts += [
            f"<title>{html.escape(label)}: {value:g}</title>",
            f'<text x="0" y="{y + 14}" font-size="13" fill="currentColor">{html.escape(short)}</text>',
            f'<rect x="{label_width}" y="{y}" width="{bar}" height="18" fill="{BAR}"/>',
            f'<text x="{label_width + 6 + bar}" y="{y + 14}" font-size="13" fill="currentColor">'
            f"{value:g}</text>",
        ]
    parts.append("</svg>")
    return "".join(parts)


def score_grid(columns: Sequence[str], rows: Sequence[tuple[str, Sequence[int | None]]]) -> str:
    """A table of 1-5 scores (rows: dimensions; columns: questions), shaded by score; blank where the
    dimension did not apply to the question."""
    head = "".join(f'<th scope="col">{html.escape(c)}</th>' for c in columns)
    body = []
    for name, scores in rows:
        cells = "".join(
            f'<td style="background:{SHADES[s]};color:#111;text-align:center">{s}</td>'
            if s is not None
            else '<td style="text-align:center;color:#888">·</td>'
            for s in scores
        )
        body.append(f'<tr><th scope="row" style="text-align:left">{html.escape(name)}</th>{cells}</tr>')
    return (
        '<table class="score-grid" style="border-collapse:collapse;font-size:13px">'
        f"<thead><tr><th></th>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def progress_svg(series: dict[str, Sequence[float | None]], labels: Sequence[str], width: int = 560) -> str:
    """Mean score (1-5) per dimension over sessions, oldest first: a line with a dot per session, so a
    single session shows as dots rather than an empty chart."""
    height, left, right, top, bottom = 220, 34, 150, 12, 40
    count = max(1, len(labels))
    step = (width - left - right) / max(1, count - 1)
    palette = ["#3b6ea5", "#c0504d", "#9bbb59", "#8064a2", "#4bacc6", "#f79646"]

    def x(i: int) -> float:
        return left + (i * step if count > 1 else (width - left - right) / 2)

    def y(v: float) -> float:
        return top + (5 - v) * (height - top - bottom) / 4

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'style="max-width:{width}px" role="img" aria-label="Progress per dimension">'
    ]
    for level in range(1, 6):
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(level)}" y2="{y(level)}" stroke="#ddd"/>'
            f'<text x="{left - 8}" y="{y(level) + 4}" font-size="11" text-anchor="end" '
            f'fill="currentColor">{level}</text>'
        )
    for i, label in enumerate(labels):
        parts.append(
            f'<text x="{x(i)}" y="{height - 18}" font-size="11" text-anchor="middle" '
            f'fill="currentColor">{html.escape(label)}</text>'
        )
    for n, (name, values) in enumerate(series.items()):
        colour = palette[n % len(palette)]
        present = [(i, v) for i, v in enumerate(values) if v is not None]
        if len(present) > 1:
            points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in present)
            parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>')
        parts += [
            f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="4" fill="{colour}"><title>{html.escape(name)} '
            f"{v:g}</title></circle>"
            for i, v in present
        ]
        parts.append(
            f'<text x="{width - right + 10}" y="{top + 14 + 16 * n}" font-size="12" fill="{colour}">'
            f"{html.escape(name)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
