"""Test helpers: a scripted, fault-injecting OpenAI-compatible HTTP server on 127.0.0.1 for error-path tests.

Besides any status and body, a reply can be a fault: `cut` sends half the body and closes (a stream cut
mid-answer), `reset` drops the connection with a TCP reset before any byte, and `delay` stalls."""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Scripted:
    status: int = 200
    body: str = ""
    delay: float = 0.0
    content_type: str = "application/json"
    fault: str | None = None  # "cut" or "reset"


def chat_body(text: str, prompt_tokens: int = 5, completion_tokens: int = 3) -> str:
    return json.dumps(
        {
            "id": "x",
            "object": "chat.completion",
            "created": 0,
            "model": "m",
            "choices": [
                {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": 8,
            },
        }
    )


@dataclass
class ScriptedServer:
    """Answers each request with the next scripted response and records the request bodies."""

    replies: deque[Scripted] = field(default_factory=deque)
    requests: list[dict[str, Any]] = field(default_factory=list)
    # Answers a request when nothing is queued (None: an "unscripted" HTTP 500).
    default: Callable[[dict[str, Any]], Scripted] | None = None
    httpd: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self.httpd is not None
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def push(self, *replies: Scripted) -> None:
        self.replies.extend(replies)

    def start(self) -> ScriptedServer:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length", "0"))
                request = json.loads(self.rfile.read(length) or b"{}")
                owner.requests.append(request)
                if owner.replies:
                    reply = owner.replies.popleft()
                elif owner.default is not None:
                    reply = owner.default(request)
                else:
                    reply = Scripted(500, '{"error": "unscripted"}')
                time.sleep(reply.delay)
                payload = reply.body.encode()
                if reply.fault == "reset":
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()
                    return
                if reply.fault == "cut":
                    try:
                        self.send_response(reply.status)
                        self.send_header("Content-Type", reply.content_type)
                        self.send_header("Content-Length", str(len(payload)))
                        self.end_headers()
                        self.wfile.write(payload[: len(payload) // 2])
                        self.wfile.flush()
                        self.connection.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                    self.close_connection = True
                    return
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                return None

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()


# Interviewer lines a scripted model can play in a CFO interview: distinct, one question each, on the role.
FINANCE_QUESTIONS = [
    "What drew you to a finance leadership job at a company like ours?",
    "How did you get a late audit back on schedule?",
    "What was the worst cash crunch you have managed?",
    "Which forecast of yours turned out furthest from reality, and why?",
    "How would you cut our borrowing costs in your first year?",
    "How did you build a finance team from scratch?",
    "When did you push back on a chief executive over spending?",
    "What does a board pack from you look like?",
    "How do you decide which capital project gets funded first?",
    "Which pricing decision did you change with data?",
    "How have you handled a covenant breach risk?",
]
