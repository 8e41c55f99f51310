"""Reading resume files: each supported format, and a clear error for each way a file can be unusable."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from interviewer.errors import InputError
from interviewer.interview.resume import MAX_BYTES, MAX_CHARS, read_resume, read_resume_bytes


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF written by hand: Helvetica text, one line per entry, with exact xref offsets."""
    shown = " ".join(f"({_escape(line)}) '" for line in lines)
    stream = f"BT /F1 12 Tf 72 720 Td 14 TL {shown} ET" if lines else ""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_hand_made_pdf_is_valid_for_pypdf() -> None:
    reader = PdfReader(io.BytesIO(make_pdf(["Hello resume"])), strict=True)
    assert "Hello resume" in (reader.pages[0].extract_text() or "")


def test_reads_txt_and_normalises_whitespace(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    messy = "Jane   Doe\t\tLondon  \r\n\r\n\r\n\r\n\r\n\r\nFinance Director\u00a0 2015 - 2020\n"
    path.write_text(messy, encoding="utf-8")
    assert read_resume(path) == "Jane Doe London\n\n\nFinance Director 2015 - 2020"


def test_reads_markdown_as_text(tmp_path: Path) -> None:
    path = tmp_path / "cv.markdown"
    path.write_text("# Jane Doe\n\n## Experience\n\n- CFO, Acme (2018 - Present)\n", encoding="utf-8")
    assert read_resume(path) == "# Jane Doe\n\n## Experience\n\n- CFO, Acme (2018 - Present)"
    (tmp_path / "cv.md").write_text("Plain **markdown**", encoding="utf-8")
    assert read_resume(tmp_path / "cv.md") == "Plain **markdown**"


def test_reads_utf8_with_bom_and_cp1252(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffRésumé".encode())
    assert read_resume(tmp_path / "bom.txt") == "Résumé"
    # 0x92 is a curly apostrophe in cp1252 and invalid as UTF-8.
    (tmp_path / "win.txt").write_bytes("Jos\xe9 \x96 Director\x92s office".encode("latin-1"))
    assert read_resume(tmp_path / "win.txt") == "José – Director’s office"


def test_reads_utf16_text(tmp_path: Path) -> None:
    (tmp_path / "u16.txt").write_bytes("Jane Doe\nCFO".encode("utf-16"))
    assert read_resume(tmp_path / "u16.txt") == "Jane Doe\nCFO"


def test_text_in_no_known_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"caf\x81 \x8d\x90")  # undefined in cp1252 and invalid in UTF-8
    with pytest.raises(InputError, match=r"odd\.txt is not UTF-8"):
        read_resume(path)


def test_binary_file_named_txt_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    with pytest.raises(InputError, match=r"cv\.txt is not a text file"):
        read_resume(path)


def test_reads_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Jane Doe | Chicago"
    document.add_paragraph("Experience")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Finance Director, Acme"
    table.cell(0, 1).text = "2018 - Present"
    table.cell(1, 0).text = "Controller, Beta"
    table.cell(1, 1).text = "2012 - 2018"
    document.add_paragraph("Education: BSc Economics")
    path = tmp_path / "cv.docx"
    document.save(str(path))
    text = read_resume(path)
    assert text == (
        "Jane Doe | Chicago\nExperience\nFinance Director, Acme | 2018 - Present\n"
        "Controller, Beta | 2012 - 2018\nEducation: BSc Economics"
    )


def test_docx_merged_cells_are_read_once(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Merged title"
    table.cell(0, 2).text = "2020 - 2021"
    path = tmp_path / "merged.docx"
    document.save(str(path))
    assert read_resume(path) == "Merged title | 2020 - 2021"


def test_reads_pdf_all_pages(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(make_pdf(["Jane Doe (CFO)", "Finance Director 2015 - 2020"]))
    assert read_resume(path) == "Jane Doe (CFO)\nFinance Director 2015 - 2020"
    writer = PdfWriter()
    for lines in (["Page one"], ["Page two"]):
        writer.append(PdfReader(io.BytesIO(make_pdf(lines))))
    buffer = io.BytesIO()
    writer.write(buffer)
    text = read_resume_bytes("two.pdf", buffer.getvalue())
    assert "Page one" in text and "Page two" in text


def test_pdf_without_text_suggests_pasting(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([]))
    with pytest.raises(InputError, match=r"scan\.pdf has no text.*scanned image.*Paste"):
        read_resume(path)


def test_password_protected_pdf_is_refused() -> None:
    writer = PdfWriter(clone_from=io.BytesIO(make_pdf(["Secret resume"])))
    writer.encrypt("secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(InputError, match=r"locked\.pdf is password-protected"):
        read_resume_bytes("locked.pdf", buffer.getvalue())


def test_pdf_with_only_an_owner_password_is_read() -> None:
    writer = PdfWriter(clone_from=io.BytesIO(make_pdf(["Open resume"])))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert read_resume_bytes("owner.pdf", buffer.getvalue()) == "Open resume"


@pytest.mark.parametrize(
    "data", [b"not a pdf at all", b"%PDF-1.4\n1 0 obj << /Type /Catalog", b"\x00\xff" * 50]
)
def test_broken_pdf_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match=r"broken\.pdf is not a readable PDF"):
        read_resume_bytes("broken.pdf", data)


@pytest.mark.parametrize("data", [b"this is not a zip", b"PK\x03\x04garbage", b"PK\x05\x06" + b"\x00" * 18])
def test_garbage_docx_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match=r"bad\.docx is not a valid Word \(\.docx\) document"):
        read_resume_bytes("bad.docx", data)


def test_zip_that_is_not_a_word_document_is_refused(tmp_path: Path) -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(InputError, match="not a valid Word"):
        read_resume_bytes("zip.docx", buffer.getvalue())


@pytest.mark.parametrize("name", ["cv.doc", "cv.rtf", "cv.PNG", "resume"])
def test_unsupported_extension_names_the_supported_ones(name: str) -> None:
    with pytest.raises(InputError, match=r"not supported; use \.txt, \.md, \.markdown, \.pdf and \.docx"):
        read_resume_bytes(name, b"text")


def test_extension_is_case_insensitive(tmp_path: Path) -> None:
    path = tmp_path / "CV.TXT"
    path.write_text("Jane", encoding="utf-8")
    assert read_resume(path) == "Jane"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "])
def test_empty_file_is_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=r"empty\.txt is empty"):
        read_resume(path)


def test_docx_with_no_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    with pytest.raises(InputError, match=r"blank\.docx holds no text"):
        read_resume(path)


def test_file_over_five_megabytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (MAX_BYTES + 1))
    with pytest.raises(InputError, match=r"huge\.txt is 5\.0 MB; the limit is 5 MB"):
        read_resume(path)
    with pytest.raises(InputError, match="the limit is 5 MB"):
        read_resume_bytes("huge.pdf", b"%" * (MAX_BYTES + 1))


def test_missing_file_and_directory_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"not found: .*nothere\.pdf"):
        read_resume(tmp_path / "nothere.pdf")
    with pytest.raises(InputError, match="is not a file"):
        read_resume(tmp_path)


def test_unreadable_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Jane", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError, match=r"Cannot read the resume locked\.txt: Permission denied"):
        read_resume(path)


def test_long_text_is_capped(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("word " * 20_000, encoding="utf-8")
    text = read_resume(path)
    assert len(text) <= MAX_CHARS
    assert text.startswith("word word")


def test_upload_name_may_carry_a_folder() -> None:
    assert read_resume_bytes("C:/Users/jane/cv.txt", b"Jane") == "Jane"
