"""What the app shows, as plain data and text: chat messages, scorecards, chart rows, the HTML report.

Pure functions of engine objects, unit-tested without gradio; `app.py` only puts them on the page.
"""

from __future__ import annotations

import html
import json
from typing import Any

from interviewer.corpus.documents import Document, default_documents
from interviewer.interview.report import Report
from interviewer.interview.session import Session, Turn
from interviewer.interview.store import SessionSummary
from interviewer.scoring.rubric import DIMENSIONS
from interviewer.voice.delivery import delivery_lines

STAGE_LABELS = {"preparation": "Preparation", "interview": "Interview", "follow-up": "Follow-up"}


def _documents() -> dict[str, Document]:
    return {d.id: d for d in default_documents()}


def stage_markdown(stage: str | None) -> str:
    parts = []
    for key, label in STAGE_LABELS.items():
        parts.append(f"**▶ {label}**" if key == stage else label)
    return "Stage: " + " → ".join(parts)


def chat_messages(session: Session) -> list[dict[str, str]]:
    panel = len({t.interviewer for t in session.turns if t.interviewer}) > 1
    messages = []
    for turn in session.turns:
        speaker = (turn.interviewer or "").split(",")[0]
        text = f"**{speaker}:** {turn.question}" if panel and speaker else turn.question
        messages.append({"role": "assistant", "content": text})
        if turn.answer is not None:
            messages.append({"role": "user", "content": turn.answer})
    return messages


def answer_label(session: Session | None) -> str:
    turn = session.open_turn if session else None
    if turn is None:
        return "Your answer"
    if turn.kind == "thank-you":
        return f"Thank-you note to {turn.interviewer or 'the interviewer'}"
    if turn.kind == "closing":
        return "Your questions for the interviewer"
    return "Your answer"


def last_assessed(session: Session) -> Turn | None:
    return next((t for t in reversed(session.turns) if t.answer is not None), None)


def scorecard_rows(turn: Turn | None) -> list[dict[str, Any]]:
    if turn is None or turn.scorecard is None:
        return []
    return [
        {"dimension": name, "score": float(dim.score)}
        for name, dim in turn.scorecard.dimensions.items()
        if dim.score is not None
    ]


def scorecard_svg(turn: Turn | None) -> str:
    """The dimensions of the last scorecard as horizontal bars on a 0-5 scale."""
    rows = [(str(r["dimension"]).replace("_", " "), float(r["score"])) for r in scorecard_rows(turn)]
    if not rows:
        return '<p role="img" aria-label="Scorecard chart">No scorecard yet.</p>'
    return f'<div role="img" aria-label="Scorecard chart">{_bar_svg(rows, 5.0, width=420)}</div>'


def scorecard_markdown(turn: Turn | None) -> str:
    if turn is None or turn.answer is None:
        return "_Answer a question to see its scorecard here._"
    lines = []
    before = turn.attempts[-1].overall if turn.attempts else None
    if turn.scorecard is not None:
        card = turn.scorecard
        change = ""
        if before is not None:
            delta = card.overall - before
            change = f" (was {before}, {'+' if delta >= 0 else ''}{delta})"
        lines += [f"### Score {card.overall}/100{change}", ""]
        for name in DIMENSIONS:
            dim = card.dimensions[name]
            if dim.score is not None:
                lines.append(f"- **{name.replace('_', ' ')}** {dim.score}/5: {dim.rationale}")
        if card.flags:
            lines += ["", *[f"> ⚠ {flag}" for flag in card.flags]]
        if card.suggestions:
            lines += ["", "**What to change**", *[f"1. {s}" for s in card.suggestions]]
        if card.rewrite:
            lines += ["", "**A stronger version, in your own facts**", "", card.rewrite]
    for check in (turn.closing, turn.thank_you):
        if check is not None:
            change = f" (was {before})" if before is not None else ""
            lines += [f"### Score {check.score}/100{change}", "", check.rationale]
            if check.suggestions:
                lines += ["", "**What to change**", *[f"1. {s}" for s in check.suggestions]]
    if turn.delivery is not None:
        lines += ["", *delivery_lines(turn.delivery)]
    for notice in turn.notices:
        lines += ["", f"_{notice}_"]
    return "\n".join(lines)


def _summary(body: str, limit: int = 320) -> str:
    """The first paragraph of prose in a document, without headings."""
    for block in body.split("\n\n"):
        text = " ".join(line for line in block.splitlines() if not line.lstrip().startswith("#")).strip()
        if text:
            return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
    return ""


def citations_markdown(turn: Turn | None) -> str:
    if turn is None:
        return ""
    cited = []
    if turn.scorecard is not None:
        cited = turn.scorecard.citations
    for check in (turn.closing, turn.thank_you):
        if check is not None:
            cited = check.citations
    if not cited:
        return "_No guidance cited yet._"
    documents = _documents()
    lines = []
    for doc_id in cited:
        doc = documents.get(doc_id)
        if doc is None:
            continue
        summary = _summary(doc.body)
        lines.append(f"**{doc.title}** (`{doc_id}`)\n\n{summary}\n")
    return "\n".join(lines)


def report_question_rows(report: Report) -> list[dict[str, Any]]:
    return [
        {"question": f"{t.index}. {t.kind}", "score": float(t.overall)}
        for t in report.turns
        if t.overall is not None
    ]


def report_dimension_rows(report: Report) -> list[dict[str, Any]]:
    rows = []
    for t in report.turns:
        for name, score in t.dimensions.items():
            if score is not None:
                rows.append({"turn": t.index, "dimension": name, "score": float(score)})
    return rows


def _bar_svg(rows: list[tuple[str, float]], top: float, width: int = 560) -> str:
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
        _bar_svg(dims, 5.0) if dims else "<p>No scored answers yet.</p>",
        "<h2>Score per question (0-100)</h2>",
        _bar_svg(questions, 100.0) if questions else "<p>No scored answers yet.</p>",
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
            _bar_svg(pace, max(200.0, max(v for _, v in pace))),
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
    return json.dumps(
        {"report": report.model_dump(mode="json"), "session": session.model_dump(mode="json")},
        indent=2,
        ensure_ascii=False,
    )


def history_rows(summaries: list[SessionSummary]) -> list[list[Any]]:
    return [
        [s.id, s.updated_at.replace("T", " ")[:16], s.role, s.persona, s.status, s.answered, s.mean_overall]
        for s in summaries
    ]


def progress_rows(sessions: list[Session]) -> list[dict[str, Any]]:
    """Mean score per dimension per session, oldest first: progress over time."""
    rows = []
    for session in sorted(sessions, key=lambda s: s.created_at):
        for name in DIMENSIONS:
            scores = [
                t.scorecard.dimensions[name].score
                for t in session.turns
                if t.scorecard is not None and t.scorecard.dimensions[name].score is not None
            ]
            if scores:
                rows.append(
                    {
                        "session": session.created_at.replace("T", " ")[:16],
                        "dimension": name,
                        "mean": round(sum(s for s in scores if s is not None) / len(scores), 2),
                    }
                )
    return rows
