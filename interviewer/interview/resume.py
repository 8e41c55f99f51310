"""Reading a resume file (.txt, .md, .pdf, .docx) into plain text, locally and without a model."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

from interviewer.errors import InputError
from interviewer.interview.columns import unfold_columns

MAX_BYTES = 5 * 1024 * 1024
MAX_CHARS = 60_000
TEXT_SUFFIXES = (".txt", ".md", ".markdown")
SUPPORTED_SUFFIXES = (*TEXT_SUFFIXES, ".pdf", ".docx")
_SUPPORTED_TEXT = ".txt, .md, .markdown, .pdf and .docx"
_PASTE_HINT = "Paste the resume's text instead, or save it as a .txt file."


def read_resume(path: Path) -> str:
    """The plain text of the resume at `path`; InputError (naming the file) when it cannot be used."""
    name = path.name
    if not path.exists():
        raise InputError(f"Resume file not found: {path}.")
    if not path.is_file():
        raise InputError(f"{path} is not a file; give the path of a resume file ({_SUPPORTED_TEXT}).")
    _check_suffix(name)
    try:
        # Checked before reading, so a huge file is never loaded.
        _check_size(name, path.stat().st_size)
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Cannot read the resume {name}: {exc.strerror or exc}.") from None
    return read_resume_bytes(name, data)


def read_resume_bytes(name: str, data: bytes) -> str:
    """The plain text of an uploaded resume; `name` gives the format by its extension."""
    shown = Path(name).name or "the resume"
    suffix = _check_suffix(shown)
    _check_size(shown, len(data))
    if not data.strip():
        raise InputError(f"{shown} is empty; choose the file that holds your resume.")
    if suffix == ".pdf":
        raw = _pdf_text(shown, data)
    elif suffix == ".docx":
        raw = _docx_text(shown, data)
    else:
        raw = _decode(shown, data)
    text = normalise_whitespace(unfold_columns(raw))
    if not text:
        if suffix == ".pdf":
            raise InputError(
                f"{shown} has no text that can be extracted; it may be a scanned image. {_PASTE_HINT}"
            )
        raise InputError(f"{shown} holds no text; choose the file that holds your resume.")
    return text[:MAX_CHARS].rstrip()


def normalise_whitespace(text: str) -> str:
    """Single spaces within lines, line breaks kept, at most two blank lines in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    # Zero-width characters and byte-order marks are invisible noise from word processors.
    text = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", text)
    text = re.sub(r"[^\S\n]+", " ", text)  # tabs, non-breaking and other spaces
    text = re.sub(r"[\x00-\x08\x0e-\x1f\x7f]", " ", text)
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{4,}", "\n\n\n", text)
    return text.strip()


def _check_suffix(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kind = f"'{suffix}' files are" if suffix else "Files without an extension are"
        raise InputError(f"{name}: {kind} not supported; use {_SUPPORTED_TEXT}.")
    return suffix


def _check_size(name: str, size: int) -> None:
    if size > MAX_BYTES:
        raise InputError(
            f"{name} is {size / 1024 / 1024:.1f} MB; the limit is {MAX_BYTES // 1024 // 1024} MB. "
            f"{_PASTE_HINT}"
        )


def _decode(name: str, data: bytes) -> str:
    # Word's "Unicode text" is UTF-16 with a byte-order mark; nothing else plausible starts that way.
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" in data:
        raise InputError(f"{name} is not a text file (it holds binary data). {_PASTE_HINT}")
    for encoding in ("utf-8", "utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding).lstrip("\ufeff")
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name} is not UTF-8 text and its encoding cannot be recognised; save it as UTF-8.")


def _pdf_text(name: str, data: bytes) -> str:
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Many PDFs carry only an owner password (against editing) and open with an empty one.
            try:
                opened = reader.decrypt("") != PasswordType.NOT_DECRYPTED
            except (DependencyError, NotImplementedError):
                opened = False
            if not opened:
                raise InputError(
                    f"{name} is password-protected. Save an unprotected copy, or paste the text instead."
                )
        return "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except InputError:
        raise
    except FileNotDecryptedError:
        raise InputError(
            f"{name} is password-protected. Save an unprotected copy, or paste the text instead."
        ) from None
    except Exception:
        # pypdf raises many kinds of exception on malformed input; all mean the same thing to a person.
        raise InputError(f"{name} is not a readable PDF (it may be damaged). {_PASTE_HINT}") from None


def _docx_text(name: str, data: bytes) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        parts: list[str] = []
        # The name and contact details often sit in the page header, so it comes first.
        for section in document.sections[:1]:
            parts.extend(_block_text(section.header.iter_inner_content()))
        parts.extend(_block_text(document.iter_inner_content()))
    except Exception:
        # python-docx raises zip, XML and key errors on files that are not Word documents.
        raise InputError(
            f"{name} is not a valid Word (.docx) document. If it is an old .doc file, save it as .docx "
            "in Word, or paste the resume's text instead."
        ) from None
    return "\n".join(parts)


def _block_text(blocks: Iterator[object]) -> Iterator[str]:
    """Paragraphs in order; a table row becomes one line of its cells' text, nested tables included."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in blocks:
        if isinstance(block, Paragraph):
            yield block.text
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                seen: set[int] = set()
                for cell in row.cells:
                    # A merged cell appears once per grid column it spans.
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    text = "\n".join(_block_text(cell.iter_inner_content())).strip()
                    if text:
                        cells.append(text)
                yield " | ".join(cells)
