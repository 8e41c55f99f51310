"""Every export of a session's report (Markdown, self-contained HTML, JSON, PDF) in one place, for the app,
the terminal mode and the CLI alike."""

from __future__ import annotations

import html
import json
from typing import Literal

from interviewer.interview.charts import bar_svg, score_grid
from interviewer.interview.report import Report, TurnSummary
from interviewer.interview.report_pdf import report_pdf
from interviewer.interview.session import Session
from interviewer.scoring.rubric import DIMENSION_NAMES

ExportFormat = Literal["md", "html", "json", "pdf"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("md", "html", "json", "pdf")
# How a turn was worded (prompt files, the model's discarded drafts) is ours to know, not part of the
# candidate's record: exports leave it out.
_INTERNAL_TURN_FIELDS = {"prompt", "rejected", "replaced", "bridge", "notices"}


def _mean(value: float | None) -> str:
    return "n/a" if value is None else f"{value:g}"


def question_rows(report: Report) -> list[tuple[str, float]]:
    return [(f"Q{t.index} · {t.kind}", float(t.overall)) for t in report.turns if t.overall is not None]


def dimension_grid(report: Report) -> str:
    """Scores per dimension (rows) and question (columns): whole turns, every score shown."""
    scored = [t for t in report.turns if t.dimensions]
    if not scored:
        return "<p>No scored answers yet.</p>"
    rows = [
        (DIMENSION_NAMES[d], [t.dimensions.get(d) for t in scored])
        for d in report.dimension_means
        if any(t.dimensions.get(d) is not None for t in scored)
    ]
    return score_grid([f"Q{t.index}" for t in scored], rows)


def charts_html(report: Report) -> str:
    """The report's two charts, for the app and the HTML export."""
    questions = question_rows(report)
    per_question = bar_svg(questions, 100.0) if questions else "<p>No scored answers yet.</p>"
    return (
        f"<h3>Score per question (0-100)</h3>{per_question}"
        f"<h3>Each dimension, question by question (1-5)</h3>{dimension_grid(report)}"
    )


def _focus_html(report: Report) -> list[str]:
    if not report.focus:
        return []
    items = []
    for item in report.focus:
        said = f" You said: <mark>{html.escape(item.quote)}</mark>." if item.quote else ""
        items.append(
            f"<li><strong>{html.escape(item.name)}</strong> ({item.score}), {item.place}.{said} "
            f"{html.escape(item.change)}</li>"
        )
    return ["<h2>Work on these next</h2><ol>", *items, "</ol>"]


def _answer_html(t: TurnSummary) -> list[str]:
    score = f" ({t.overall}/100)" if t.overall is not None else ""
    out = [f"<h3>{t.index}. {html.escape(t.question)}{score}</h3>"]
    if t.answer is None:
        return [*out, "<p><em>Not answered.</em></p>"]
    out.append(f"<p><strong>You:</strong> {html.escape(t.answer)}</p>")
    if t.reasons:
        out.append("<ul>")
        for label, reason in t.labelled_reasons():
            out.append(f"<li><strong>{html.escape(label)}</strong>: {html.escape(reason)}</li>")
        out.append("</ul>")
    if t.changes:
        out += ["<p><strong>What to change</strong></p><ol>",
                *[f"<li>{html.escape(c)}</li>" for c in t.changes], "</ol>"]  # fmt: skip
    if t.improved:
        out.append(f"<p><em>In value-first order, from your own facts:</em> {html.escape(t.improved)}</p>")
    if t.earlier:
        out.append("<p><strong>Earlier attempts</strong></p><ol>")
        for attempt in t.earlier:
            out.append(f"<li>{attempt.mark}: {html.escape(attempt.answer)}</li>")
        out.append("</ol>")
    return out


def report_html(report: Report) -> str:
    """A self-contained HTML report: inline styles and SVG charts, no outside assets."""
    body = [
        f"<h1>Interview report: {html.escape(report.role)}</h1>",
        f"<p>Session {html.escape(report.session_id)} · {html.escape(report.created_at[:10])} · "
        f"persona {html.escape(report.persona)}</p>",
        f"<p><strong>{html.escape(report.headline)}</strong></p>",
        *_focus_html(report),
        charts_html(report),
        "<h2>Strengths</h2><ul>",
        *[f"<li>{html.escape(s)}</li>" for s in report.strengths or ["None yet."]],
        "</ul><h2>Study next</h2><ul>",
        *[
            f"<li><strong>{html.escape(DIMENSION_NAMES[i.dimension])}</strong> (mean {i.mean}): "
            + "; ".join(html.escape(g["title"]) for g in i.guidance)
            + "</li>"
            for i in report.weakest
        ],
        "</ul>",
        *_delivery_html(report),
        "<h2>Answer by answer</h2>",
    ]
    for t in report.turns:
        body += _answer_html(t)
    style = (
        "body{font-family:system-ui,sans-serif;max-width:760px;margin:2em auto;padding:0 1em;"
        "line-height:1.45}"
        ".score-grid td,.score-grid th{border:1px solid #ccc;padding:2px 8px}"
    )
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>Interview report</title>'
        f"<style>{style}</style></head><body>{''.join(body)}</body></html>"
    )


def _delivery_html(report: Report) -> list[str]:
    spoken = [t for t in report.turns if t.delivery is not None]
    if not spoken:
        return []
    pace = [(f"Q{t.index} · {t.kind}", t.delivery.words_per_minute) for t in spoken if t.delivery]
    return [
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


def report_json(session: Session, report: Report) -> str:
    """The whole session and its report, without how turns were worded; what `sessions export --format
    json` and the app's download give."""
    record = session.model_dump(
        mode="json", exclude={"owner": True, "turns": {"__all__": _INTERNAL_TURN_FIELDS}}
    )
    return json.dumps({"session": record, "report": report.model_dump(mode="json")}, indent=2,
                      ensure_ascii=False)  # fmt: skip


def export_report(session: Session, report: Report, fmt: ExportFormat) -> bytes:
    """The report in one of the formats every front end offers, as the bytes of the file."""
    if fmt == "pdf":
        return report_pdf(report)
    if fmt == "md":
        text = report.markdown()
    elif fmt == "html":
        text = report_html(report)
    else:
        text = report_json(session, report)
    return text.encode("utf-8")
