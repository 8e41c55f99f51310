"""Files on disk that the app writes (reports, recordings) are named by session id. Gradio sends a download
as its own copy under an unguessable hash, made when a handler returns the file to its account; this
middleware makes sure the originals cannot be fetched by their own path, so knowing (or guessing) a session
id never opens another person's report or recording."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from starlette.responses import PlainTextResponse

_FILE_ROUTE = re.compile(r"/file=(.+)$")


class NoDirectFiles:
    """ASGI middleware: a `/file=PATH` request for anything under `private` gets 404, as a missing file
    does (so it says nothing about which files exist)."""

    def __init__(self, app: Any, private: list[Path]) -> None:
        self.app = app
        self.private = [os.path.realpath(p) for p in private]

    def blocked(self, url_path: str) -> bool:
        found = _FILE_ROUTE.search(url_path)
        if found is None:
            return False
        wanted = os.path.realpath(found.group(1))  # ".." and links resolved, as the file would be opened
        return any(wanted == p or wanted.startswith(p + os.sep) for p in self.private)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and self.blocked(scope.get("path", "")):
            await PlainTextResponse("Not found", status_code=404)(scope, receive, send)
            return
        await self.app(scope, receive, send)
