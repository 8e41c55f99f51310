"""What the app shows, as plain data and text: chat messages, scorecards, chart rows, the HTML report.

Pure functions of engine objects, unit-tested without gradio; `app.py` only puts them on the page.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from interviewer.corpus.documents import Document, default_documents
from interviewer.interview.charts import bar_svg, progress_svg
from interviewer.interview.session import Session, Turn
from interviewer.interview.store import SessionSummary
from interviewer.scoring.reliability import load_reliability, reliability_note
from interviewer.scoring.rubric import DIMENSION_NAMES, DIMENSIONS, Quote, Rewrite
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
        where = session.progress(turn)
        if where is not None:
            label = "Follow-up to question" if turn.kind == "follow-up" else "Question"
            text = f"*{label} {where[0]} of {where[1]}*\n\n{text}"
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
    return f'<div role="img" aria-label="Scorecard chart">{bar_svg(rows, 5.0, width=420)}</div>'


INTERNAL_NOTICES = ("The model's wording",)


def drill_choices(session: Session) -> list[tuple[str, int]]:
    """The answered turns to try again, weakest first."""
    answered = [t for t in session.turns if t.answer is not None and t.overall is not None]
    return [
        (f"{t.overall}/100 · {t.question[:70]}", t.index)
        for t in sorted(answered, key=lambda t: (t.overall or 0, t.index))
    ]


_REWRITE_TITLES = {
    "minimal": "The smallest fix",
    "restructured": "Value first: the result, what you did, why it matters here",
    "exemplar": "What a strong answer to a similar question sounds like (an example, not your facts)",
}


def rewrite_title(rewrite: Rewrite) -> str:
    # Only a rewrite with blanks asks for them to be filled.
    blanks = " (fill the blanks in brackets with your own facts)" if rewrite.missing else ""
    return _REWRITE_TITLES[rewrite.level] + blanks


def marked(answer: str, quotes: list[Quote]) -> str:
    """The answer as HTML-safe text with each quoted span in <mark>; overlapping spans are merged."""
    spans: list[list[int]] = []
    for q in sorted(quotes, key=lambda q: q.start):
        if spans and q.start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], q.end)
        else:
            spans.append([q.start, q.end])
    out, at = [], 0
    for start, end in spans:
        out += [html.escape(answer[at:start]), f"<mark>{html.escape(answer[start:end])}</mark>"]
        at = end
    return "".join([*out, html.escape(answer[at:])])


def scorecard_markdown(turn: Turn | None) -> str:
    if turn is None or turn.answer is None:
        return "_Answer a question to see its scorecard here._"
    lines = [f"**Question:** {html.escape(turn.question)}", ""]
    before = turn.attempts[-1].overall if turn.attempts else None
    if turn.scorecard is not None:
        card = turn.scorecard
        change = ""
        if before is not None:
            delta = card.overall - before
            change = f" (was {before}, {'+' if delta >= 0 else ''}{delta})"
        lines += [f"### Score {card.overall}/100{change}", ""]
        earlier = turn.attempts[-1].dimensions if turn.attempts else {}
        for name in DIMENSIONS:
            dim = card.dimensions[name]
            if dim.score is not None:
                was = earlier.get(name)
                moved = f" (was {was})" if was is not None and was != dim.score else ""
                lines.append(f"- **{name.replace('_', ' ')}** {dim.score}/5{moved}: {dim.rationale}")
        if card.flags:
            lines += ["", *[f"> ⚠ {flag}" for flag in card.flags]]
        if card.suggestions:
            lines += ["", "**What to change**", *[f"1. {s}" for s in card.suggestions]]
        if card.rewrite:
            lines += ["", "**A stronger version, in your own facts**", "", card.rewrite]
        quotes = [q for d in DIMENSIONS for q in card.dimensions[d].quotes]
        if quotes:
            title = "**Your answer, with what the feedback points at marked**"
            lines += ["", title, "", marked(turn.answer, quotes)]
        for rewrite in card.rewrites:
            lines += ["", f"**{rewrite_title(rewrite)}**", "", html.escape(rewrite.text)]
        note = reliability_note(load_reliability())
        if note and card.judge:
            note += f" This score also used a model judge ({card.judge}), which these figures do not cover."
        if note:
            summary = "<summary>How far to trust this score</summary>"
            lines += ["", f"<details>{summary}\n\n{note}\n\n</details>"]
    for check in (turn.closing, turn.thank_you):
        if check is not None:
            change = f" (was {before})" if before is not None else ""
            lines += [f"### Score {check.score}/100{change}", "", check.rationale]
            if check.suggestions:
                lines += ["", "**What to change**", *[f"1. {s}" for s in check.suggestions]]
    if turn.delivery is not None:
        lines += ["", *delivery_lines(turn.delivery)]
    for notice in turn.notices:
        if not notice.startswith(INTERNAL_NOTICES):  # how the turn was worded is ours to know, not theirs
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
        whole = "\n".join(line for line in doc.body.splitlines() if not line.lstrip().startswith("#")).strip()
        more = len(" ".join(whole.split())) > len(summary.removesuffix(" …")) + 20
        # The whole guidance opens in place, so a citation cut for length can still be read to its end.
        opened = f"<details><summary>Read all of it</summary>\n\n{whole}\n\n</details>\n" if more else ""
        lines.append(f"**{doc.title}** (`{doc_id}`)\n\n{summary}\n\n{opened}")
    return "\n".join(lines)


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


def progress_chart(sessions: list[Session]) -> str:
    """The progress rows drawn: one dot per session and dimension, so even one session shows."""
    rows = progress_rows(sessions)
    if not rows:
        return "<p><em>Progress appears here once a session has a scored answer.</em></p>"
    labels = list(dict.fromkeys(r["session"] for r in rows))
    series: dict[str, Sequence[float | None]] = {}
    for name in DIMENSIONS:
        by_session = {r["session"]: r["mean"] for r in rows if r["dimension"] == name}
        if by_session:
            series[DIMENSION_NAMES[name]] = [by_session.get(label) for label in labels]
    # Dates only on the axis when they tell sessions apart; else the time too.
    short = [label[:10] for label in labels]
    return progress_svg(series, short if len(set(short)) == len(short) else [label[5:] for label in labels])
