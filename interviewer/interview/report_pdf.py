"""The report as a PDF a candidate can print or send to a coach: the takeaway first, the scores as tables,
then answer by answer. Drawn with fpdf2 (pure Python, no browser, no network).

The PDF's built-in fonts cover Windows-1252 (Western European text, curly quotes and dashes). Where a DejaVu
font is installed (Debian's fonts-dejavu-core), it is used instead, with every script it covers. A character
the font cannot draw is shown as "?", and the PDF ends by saying how many: the HTML and Markdown exports
always hold the exact text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from interviewer.interview.report import Report, TurnSummary
from interviewer.scoring.rubric import DIMENSION_NAMES

# Where Debian, Ubuntu and Fedora put DejaVu Sans; the first that exists is used.
UNICODE_FONTS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf"),
)
CORE_ENCODING = "windows-1252"


def _in_core_fonts(char: str) -> bool:
    try:
        char.encode(CORE_ENCODING)
    except UnicodeEncodeError:
        return False
    return True


def _glyphs(font: Path) -> set[str]:
    with TTFont(font, lazy=True) as face:
        return {chr(code) for code in face.getBestCmap()}


class _Writer:
    def __init__(self, font: Path | None, created: datetime) -> None:
        self.pdf = FPDF(format="A4")
        self.pdf.set_auto_page_break(auto=True, margin=15)
        self.pdf.set_creation_date(created)  # the session's, not the clock's: the same report, the same bytes
        self.replaced = 0
        if font is not None:
            self.pdf.add_font("body", "", str(font))
            bold = font.with_name("DejaVuSans-Bold.ttf")
            self.pdf.add_font("body", "B", str(bold if bold.exists() else font))
            self.family = "body"
            self.drawable: Callable[[str], bool] = _glyphs(font).__contains__
        else:
            self.pdf.core_fonts_encoding = CORE_ENCODING
            self.family, self.drawable = "helvetica", _in_core_fonts
        self.pdf.add_page()

    def clean(self, text: str) -> str:
        out = []
        for char in text:
            if char in "\n\t" or self.drawable(char):
                out.append(char)
            else:
                self.replaced += 1
                out.append("?")
        return "".join(out)

    def text(self, text: str, size: float = 10, bold: bool = False, gap: float = 1.5) -> None:
        self.pdf.set_font(self.family, "B" if bold else "", size)
        self.pdf.multi_cell(0, size * 0.5, self.clean(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(gap)

    def table(self, header: list[str], rows: list[list[str]], widths: tuple[int, ...]) -> None:
        self.pdf.set_font(self.family, "", 9)
        with self.pdf.table(col_widths=widths, text_align="LEFT", line_height=5) as table:
            for cells in [header, *rows]:
                row = table.row()
                for cell in cells:
                    row.cell(self.clean(cell))
        self.pdf.ln(3)


def _answer(w: _Writer, t: TurnSummary) -> None:
    score = f" ({t.overall}/100)" if t.overall is not None else ""
    w.text(f"{t.index}. {t.question}{score}", size=11, bold=True)
    if t.answer is None:
        w.text("Not answered.")
        return
    w.text(f"You: {t.answer}")
    for label, reason in t.labelled_reasons():
        w.text(f"- {label}: {reason}", size=9, gap=0.5)
    if t.changes:
        w.text("What to change", size=10, bold=True, gap=0.5)
        for n, change in enumerate(t.changes, start=1):
            w.text(f"{n}. {change}", size=9, gap=0.5)
    if t.improved:
        w.text(f"In value-first order, from your own facts: {t.improved}", size=9)
    for n, attempt in enumerate(t.earlier, start=1):
        w.text(f"Earlier attempt {n} ({attempt.mark}): {attempt.answer}", size=9, gap=0.5)
    w.pdf.ln(2)


def report_pdf(report: Report, fonts: Sequence[Path] = UNICODE_FONTS) -> bytes:
    """The report as PDF bytes, in the first of `fonts` that exists, else the built-in fonts."""
    font = next((f for f in fonts if f.exists()), None)
    created = datetime.fromisoformat(report.created_at)
    w = _Writer(font, created if created.tzinfo else created.replace(tzinfo=UTC))
    w.text(f"Interview report: {report.role}", size=16, bold=True)
    w.text(f"Session {report.session_id} · {report.created_at[:10]} · persona {report.persona}", size=9)
    w.text(report.headline, size=11, bold=True, gap=3)
    if report.focus:
        w.text("Work on these next", size=13, bold=True)
        for n, item in enumerate(report.focus, start=1):
            said = f' You said: "{item.quote}".' if item.quote else ""
            w.text(f"{n}. {item.name} ({item.score}), {item.place}.{said} {item.change}")
    w.text("Scores", size=13, bold=True)
    questions = [
        [str(t.index), t.question, "" if t.overall is None else str(t.overall)] for t in report.turns
    ]
    w.table(["#", "Question", "Score /100"], questions, (8, 150, 22))
    means = [[DIMENSION_NAMES.get(d, d), "not asked" if m is None else f"{m:g}"]
             for d, m in report.dimension_means.items()]  # fmt: skip
    w.table(["Dimension", "Mean (1-5)"], means, (120, 60))
    w.text("Answer by answer", size=13, bold=True)
    for t in report.turns:
        _answer(w, t)
    if w.replaced:
        # Said on the last page as well as counted: the reader learns the PDF is not the exact text.
        w.text(
            f"{w.replaced} character(s) could not be drawn in this PDF's font and show as '?'; the HTML and "
            "Markdown exports hold the exact text.",
            size=9,
        )
    return bytes(w.pdf.output())
