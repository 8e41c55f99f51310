"""The report in Markdown, in two parts so the app can put its charts between them: the takeaway (headline
and the three things to work on next) and the details (scores, answer by answer, delivery, what to study)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from interviewer.scoring.rubric import DIMENSION_NAMES

if TYPE_CHECKING:  # report.py imports this module to render itself
    from interviewer.interview.report import Report, TurnSummary


def _cell(text: str) -> str:
    return text.replace("|", "/").replace("\n", " ")


def summary_markdown(report: Report) -> str:
    out = [f"# Interview report: {report.role}", ""]
    out += [
        f"Session `{report.session_id}` · {report.created_at[:16].replace('T', ' ')} · "
        f"persona {report.persona} · model {report.model}",
        "",
        f"**{report.headline}**",
        "",
    ]
    if report.focus:
        count = {1: "this", 2: "these two", 3: "these three"}[len(report.focus)]
        out += [f"## Work on {count} next", ""]
        for n, item in enumerate(report.focus, start=1):
            where = f"{item.place} (\u201c{_cell(item.question)}\u201d)"
            said = f" You said: \u201c{item.quote}\u201d." if item.quote else ""
            out.append(f"{n}. **{item.name}** ({item.score}), {where}.{said} {item.change}")
        out.append("")
    return "\n".join(out)


def _scores(report: Report) -> list[str]:
    out = ["## Scores", "", "| # | Question | Score |", "|---|---|---|"]
    for t in report.turns:
        score = "" if t.overall is None else f"{t.overall}/100"
        out.append(f"| {t.index} | {_cell(t.question)} | {score} |")
    out += ["", "| Dimension | Mean (1-5) |", "|---|---|"]
    for name, mean in report.dimension_means.items():
        out.append(f"| {DIMENSION_NAMES.get(name, name)} | {'not asked' if mean is None else f'{mean:g}'} |")
    out += ["", "## Strengths", ""] + ([f"- {s}" for s in report.strengths] or ["- None yet."])
    return out


def _answer(t: TurnSummary) -> list[str]:
    score = f" · {t.overall}/100" if t.overall is not None else ""
    out = [f"### {t.index}. {t.question}{score}", ""]
    if t.answer is None:
        return out + ["_Not answered._", ""]
    out += [f"**You:** {t.answer}", ""]
    if t.reasons:
        out += ["**Why it scored so**", ""]
        out += [f"- {label}: {reason}" for label, reason in t.labelled_reasons()]
        out.append("")
    if t.changes:
        out += ["**What to change**", "", *[f"1. {c}" for c in t.changes], ""]
    if t.improved:
        out += [f"_In value-first order, from your own facts:_ {t.improved}", ""]
    if t.earlier:
        out += [f"**Earlier attempts** ({len(t.earlier)})", ""]
        for n, attempt in enumerate(t.earlier, start=1):
            out.append(f"{n}. {attempt.mark}: {attempt.answer}")
        out.append("")
    return out


def details_markdown(report: Report) -> str:
    out = _scores(report)
    if report.closing:
        out += ["", "## Closing questions", "", f"Score {report.closing.get('score')}: "
                f"{report.closing.get('rationale')}"]  # fmt: skip
    for note in report.thank_you_notes:
        out += ["", f"## Thank-you note to {note['to']}", "", f"Score {note['score']}: {note['rationale']}"]
    out += _delivery(report)
    out += ["", "## Answer by answer", ""]
    for t in report.turns:
        out += _answer(t)
    out += ["## Study next", ""]
    for item in report.weakest:
        titles = "; ".join(f"{g['title']} (`{g['doc_id']}`)" for g in item.guidance)
        out.append(f"- **{DIMENSION_NAMES[item.dimension]}** (mean {item.mean:g}): {titles}")
    return "\n".join(out) + "\n"


def _delivery(report: Report) -> list[str]:
    spoken = [t for t in report.turns if t.delivery is not None]
    if not spoken:
        return []
    out = [
        "",
        "## Delivery (spoken answers)",
        "",
        "Filler counts are a lower bound: speech recognition drops some. Delivery never changes a score.",
        "",
        "| # | Words/min | Speaking (s) | Pauses ≥ 1 s | Fillers | Note |",
        "|---|---|---|---|---|---|",
    ]
    for t in spoken:
        d = t.delivery
        assert d is not None
        fillers = ", ".join(f"{k} ×{v}" for k, v in d.fillers.items()) or "none heard"
        out.append(
            f"| {t.index} | {d.words_per_minute:.0f} | {d.speaking_seconds:.1f} | {len(d.long_pauses)} "
            f"| {fillers} | {_cell(d.note or '')} |"
        )
    return out
