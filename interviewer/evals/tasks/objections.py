"""Objection samples: a resume (rendered to the format a person would upload) and a job description, read by
the product's own resume reader and gap analysis; the objections raised against a recruiter's labels.

Per-topic precision counts only labelled outcomes: a topic in neither `expect` nor `absent` is one a
recruiter might or might not raise, and is not scored either way."""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from interviewer.evals.tasks.base import CheckResult, Context, Out, Outcome, Params, Task
from interviewer.interview.objections import find_gaps
from interviewer.interview.resume import read_resume_bytes
from interviewer.interview.roles import resolve_role

TOPICS = (
    "objection:degree",
    "objection:industry",
    "objection:scope",
    "objection:gap",
    "objection:job-hopping",
    "objection:tenure",
    "objection:overqualified",
    "objection:career-change",
    "objection:relocation",
)


class ObjectionSample(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    role: str
    resume: str
    resume_format: Literal["txt", "md", "pdf", "docx"] = "txt"
    job_description: str | None = None
    as_of: date | None = None  # the day its labels were written for, when not the suite's
    expect: list[str] = Field(default_factory=list)
    absent: list[str] = Field(default_factory=list)
    note: str = ""


def render_resume(text: str, fmt: str) -> tuple[str, bytes]:
    """The resume as the file a person would upload: plain text, Markdown, a PDF or a Word document."""
    if fmt == "pdf":
        return "resume.pdf", _pdf(text)
    if fmt == "docx":
        return "resume.docx", _docx(text)
    return f"resume.{fmt}", text.encode("utf-8")


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _wrapped(line: str, width: int) -> list[str]:
    """A long line as a word processor wraps it: the rest of the line keeps its indent, the column its last
    cell starts at and a bullet's hang, so a column's text stays in its column."""
    hang = re.match(r"(?:.*?\S {3,})?\s*(?:[-•*–·]\s+)?", line)
    indent = " " * (hang.end() if hang and hang.end() < width // 2 else 0)
    parts: list[str] = []
    while len(line) > width:
        cut = line.rfind(" ", len(indent) + 20, width)
        cut = cut if cut > 0 else width
        parts.append(line[:cut])
        line = indent + line[cut:].lstrip()
    return parts + [line]


def _pdf(text: str, per_page: int = 48, width: int = 95) -> bytes:
    """A multi-page PDF written by hand: in Helvetica with WinAnsi encoding (so €, – and ’ survive) where the
    text fits it, otherwise in a Unicode font as a word processor writes one (Identity-H, with a ToUnicode
    map), so that Polish, Czech, Vietnamese or Hindi text reads back as written."""
    lines = [part for line in text.splitlines() for part in _wrapped(line, width)]
    try:
        text.encode("cp1252")
        unicode = False
    except UnicodeEncodeError:
        unicode = True
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    count = len(pages)
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(count))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode())
    font = 3 + 2 * count
    for i, page in enumerate(pages):
        if unicode:
            shown = " ".join(f"<{_utf16_codes(line)}> '" for line in page)
            stream = f"BT /F1 11 Tf 56 760 Td 14 TL {shown} ET".encode("ascii")
        else:
            shown = " ".join(f"({_pdf_escape(line)}) '" for line in page)
            stream = f"BT /F1 11 Tf 56 760 Td 14 TL {shown} ET".encode("cp1252", "replace")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    if unicode:
        objects += _unicode_font(font)
    else:
        objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def _utf16_codes(line: str) -> str:
    """A line as two-byte character codes, one per character (beyond the Basic Multilingual Plane, "?")."""
    return "".join(f"{ord(c) if ord(c) <= 0xFFFF else ord('?'):04X}" for c in line)


def _unicode_font(number: int) -> list[bytes]:
    """A Type0 font (object `number`, then its CID font, descriptor and ToUnicode map) whose codes are the
    characters' own code points."""
    ranges = [f"<{high:02X}00> <{high:02X}FF> <{high:02X}00>" for high in range(256)]
    blocks = "\n".join(
        f"{len(chunk)} beginbfrange\n" + "\n".join(chunk) + "\nendbfrange"
        for chunk in (ranges[i : i + 100] for i in range(0, len(ranges), 100))
    )
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) "
        "/Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        f"1 begincodespacerange <0000> <FFFF> endcodespacerange\n{blocks}\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode("ascii")
    system = "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
    return [
        f"<< /Type /Font /Subtype /Type0 /BaseFont /ArialUnicodeMS /Encoding /Identity-H "
        f"/DescendantFonts [{number + 1} 0 R] /ToUnicode {number + 3} 0 R >>".encode(),
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ArialUnicodeMS {system} "
        f"/FontDescriptor {number + 2} 0 R /DW 500 /CIDToGIDMap /Identity >>".encode(),
        b"<< /Type /FontDescriptor /FontName /ArialUnicodeMS /Flags 32 /FontBBox [0 -200 1000 900] "
        b"/ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
        f"<< /Length {len(cmap)} >>\nstream\n".encode() + cmap + b"\nendstream",
    ]


def _docx(text: str) -> bytes:
    """A Word document: headings as headings, "A | B" lines as a two-column table, the rest as paragraphs."""
    from docx import Document

    document = Document()
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            table = document.add_table(rows=0, cols=2)
            for left, right in rows:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = left, right
            rows.clear()

    for line in text.splitlines():
        if " | " in line and line.count(" | ") == 1:
            rows.append([part.strip() for part in line.split(" | ")])
            continue
        flush()
        if line.startswith("#"):
            document.add_heading(line.lstrip("#").strip(), level=min(3, len(line) - len(line.lstrip("#"))))
        else:
            document.add_paragraph(line)
    flush()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class ObjectionTask(Task):
    name = "objections"
    sample_type = ObjectionSample
    extra_metrics = ("precision", "recall", "precision.*", "recall.*")

    def run(self, sample: ObjectionSample, ctx: Context) -> dict[str, Any]:
        name, data = render_resume(sample.resume, sample.resume_format)
        resume = read_resume_bytes(name, data)
        role = resolve_role(sample.role)
        raised = find_gaps(role, resume, sample.job_description, today=sample.as_of or ctx.as_of)
        return {
            "role_id": role.id,
            "raised": [o.topic for o in raised],
            "evidence": {o.topic: o.evidence for o in raised},
        }

    def check_expected_raised(self, sample: ObjectionSample, out: Out, p: Params) -> CheckResult:
        if not sample.expect:
            return None, ""
        missed = [t for t in sample.expect if t not in out["raised"]]
        return not missed, f"missed {', '.join(missed)}" if missed else ""

    def check_absent_not_raised(self, sample: ObjectionSample, out: Out, p: Params) -> CheckResult:
        if not sample.absent:
            return None, ""
        wrong = [t for t in sample.absent if t in out["raised"]]
        return not wrong, f"raised {', '.join(wrong)}: {out['evidence'][wrong[0]]}" if wrong else ""

    def metrics(self, outcomes: list[Outcome], params: dict[str, Any]) -> dict[str, float]:
        done = [o for o in outcomes if o.error is None]
        result: dict[str, float] = {}
        hits = misses = wrong = 0
        for topic in TOPICS:
            expected = [o for o in done if topic in o.sample.expect]
            raised_labelled = [
                o
                for o in done
                if topic in o.outputs["raised"] and (topic in o.sample.expect or topic in o.sample.absent)
            ]
            found = sum(1 for o in expected if topic in o.outputs["raised"])
            false = sum(1 for o in raised_labelled if topic in o.sample.absent)
            hits, misses, wrong = hits + found, misses + len(expected) - found, wrong + false
            short = topic.removeprefix("objection:")
            if expected:
                result[f"recall.{short}"] = round(found / len(expected), 4)
            if raised_labelled:
                result[f"precision.{short}"] = round(1 - false / len(raised_labelled), 4)
        result["recall"] = round(hits / (hits + misses), 4) if hits + misses else float("nan")
        result["precision"] = round(hits / (hits + wrong), 4) if hits + wrong else float("nan")
        return result
