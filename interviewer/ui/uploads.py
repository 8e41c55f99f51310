"""Files a browser sent through this app's upload, and nothing else on the server.

Gradio hands a handler a path. A page's own upload puts the file in Gradio's upload folder, but an API client
can name any path in the request, so every handler that reads a file checks it here first. The refusal is
the same whether or not the named path exists, so the app cannot be used to probe the server's files."""

from __future__ import annotations

from pathlib import Path

from interviewer.errors import InputError

NOT_UPLOADED = "That file did not arrive through this page's upload; choose the file again and upload it."


def upload_folder() -> Path:
    from gradio.utils import get_upload_folder

    return Path(get_upload_folder()).resolve()


def uploaded_file(path: str | Path) -> Path:
    """The real path of a file uploaded through this app, or `InputError` for any other path."""
    raw = Path(path)
    if not raw.is_absolute():
        raise InputError(NOT_UPLOADED)
    # resolve() follows links and "..", so a link planted in the folder cannot point out of it.
    resolved = raw.resolve()
    if not resolved.is_relative_to(upload_folder()) or not resolved.is_file():
        raise InputError(NOT_UPLOADED)
    return resolved
