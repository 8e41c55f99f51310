"""Every export of a session's report (Markdown, self-contained HTML, JSON) in one place, for the app, the
terminal mode and the CLI alike."""

from __future__ import annotations

import html
import json
from typing import Literal

from interviewer.interview.report import Report
from interviewer.interview.session import Session

ExportFormat = Literal["md", "html", "json"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("md", "html", "json")


def bar_svg(rows: list[tuple[str, float]], top: float, width: int = 560) -> str:
    height = 26 * len(rows) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">']
    label_width = min(200, width // 3)
    for i, (label, value) in enumerate(rows):
        y = 8 + 26 * i
        bar = int((width - label_width - 40) * max(0.0, value) / top)
        parts.append(
            f'<text x="0" y="{y + 14}" font-size="13" fill="currentColor">{html.escape(label[:28])}</text>'
        )
        parts.append(f'<rect x="{label_width}" y="{y}" width="{bar}" height="18" fill="#3b6ea5"/>')
        value_x = label_width + 6 + bar
        parts.append(f'<text x="{value_x}" y="{y + 14}" font-size="13" fill="currentColor">{value:g}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _mean(value: float | None) -> str:
    return "n/a" if value is None else f"{value:g}"


def report_html(report: Report) -> str:
    """A self-contained HTML report: inline styles and SVG charts, no outside assets."""
    dims = [(d, m) for d, m in report.dimension_means.items() if m is not None]
    questions = [(f"{t.index}. {t.kind}", float(t.overall)) for t in report.turns if t.overall is not None]
    body = [
        f"<h1>Interview report: {html.escape(report.role)}</h1>",
        f"<p>Session {html.escape(report.session_id)} · {html.escape(report.created_at)} · "
        f"persona {html.escape(report.persona)}</p>",
        f"<p><strong>Average score:</strong> {_mean(report.overall_mean)}/100</p>",
        "<h2>Dimensions (mean, 1-5)</h2>",
        bar_svg(dims, 5.0) if dims else "<p>No scored answers yet.</p>",
        "<h2>Score per question (0-100)</h2>",
        bar_svg(questions, 100.0) if questions else "<p>No scored answers yet.</p>",
        "<h2>Strengths</h2><ul>",
        *[f"<li>{html.escape(s)}</li>" for s in report.strengths],
        "</ul><h2>Study next</h2><ul>",
        *[
            f"<li><strong>{html.escape(i.dimension)}</strong> (mean {i.mean}): "
            + "; ".join(html.escape(g["title"]) for g in i.guidance)
            + "</li>"
            for i in report.weakest
        ],
        "</ul>",
    ]
    spoken = [t for t in report.turns if t.delivery is not None]
    if spoken:
        pace = [(f"{t.index}. {t.kind}", t.delivery.words_per_minute) for t in spoken if t.delivery]
        body += [
            "<h2>Delivery of spoken answers</h2>",
            "<p>Words per minute per answer (a comfortable pace is 110-170). Pauses and filler words are "
            "listed below; filler counts are a lower bound. Delivery never changes a score.</p>",
            bar_svg(pace, max(200.0, max(v for _, v in pace))),
            "<ul>",
            *[
                f"<li>{t.index}. {t.delivery.words_per_minute:.0f} wpm, {len(t.delivery.long_pauses)} long "
                f"pauses, {t.delivery.filler_count} fillers"
                + (f": {html.escape(t.delivery.note)}" if t.delivery.note else "")
                + "</li>"
                for t in spoken
                if t.delivery
            ],
            "</ul>",
        ]
    body.append("<h2>Transcript</h2>")
    for t in report.turns:
        body.append(f"<p><strong>Interviewer:</strong> {html.escape(t.question)}</p>")
        if t.answer is not None:
            score = f" <em>({t.overall}/100)</em>" if t.overall is not None else ""
            body.append(f"<p><strong>You:</strong> {html.escape(t.answer)}{score}</p>")
    style = "body{font-family:system-ui,sans-serif;max-width:760px;margin:2em auto;line-height:1.45}"
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Interview report</title>'
        f"<style>{style}</style></head><body>{''.join(body)}</body></html>"
    )


def report_json(session: Session, report: Report) -> str:
    """The whole session and its report; what `sessions export --format json` and the app's download give."""
    return json.dumps(
        {"session": session.model_dump(mode="json"), "report": report.model_dump(mode="json")},
        indent=2,
        ensure_ascii=False,
    )


def export_report(session: Session, report: Report, fmt: ExportFormat) -> str:
    """The report in one of the formats every front end offers."""
    if fmt == "md":
        return report.markdown()
    if fmt == "html":
        return report_html(report)
    return report_json(session, report)
