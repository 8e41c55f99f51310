"""One account's view of the app on a shared server. Every handler is wrapped so that it runs on the
practice (and job search) of the account that sent the request: its own sessions, reports and pipeline,
nothing else, whatever session id an API client sends. On a one-person install every request sees all.

Also here: the per-account limit on the requests that make model calls, so one account cannot take a
replica's model for itself."""

from __future__ import annotations

import inspect
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

import gradio as gr

from interviewer.errors import ConfigError
from interviewer.interview.accounts import Accounts
from interviewer.job_search import JobSearch
from interviewer.practice import Practice


class RateLimit:
    """At most `per_minute` limited requests per account in any 60 seconds, on this replica (0: no limit)."""

    WINDOW = 60.0

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute, self.clock = per_minute, clock
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def wait_s(self, owner: str) -> float:
        """0 when the request may go ahead (and it is counted), else the seconds until it may."""
        if self.per_minute <= 0:
            return 0.0
        now = self.clock()
        with self._lock:
            seen = self._seen.setdefault(owner, deque())
            while seen and now - seen[0] >= self.WINDOW:
                seen.popleft()
            if len(seen) >= self.per_minute:
                return self.WINDOW - (now - seen[0])
            seen.append(now)
            return 0.0


class PerAccount:
    """Hands each request the practice and job search of its account (`accounts_on`), or the shared ones."""

    def __init__(self, practice: Practice, accounts_on: bool, limit: RateLimit | None = None) -> None:
        self.base, self.accounts_on = practice, accounts_on
        self.limit = limit or RateLimit(0)

    def owner(self, request: gr.Request | None) -> str | None:
        if not self.accounts_on:
            return None
        name = getattr(request, "username", None)
        if not name:  # the login is in front of every page; a request without one is refused
            raise gr.Error("Log in to use this app.")
        return str(name)

    def practice(self, request: gr.Request | None) -> Practice:
        return self.base.as_user(self.owner(request))

    def search(self, request: gr.Request | None) -> JobSearch:
        own = self.practice(request)
        return JobSearch(own.store, own.reports_dir)

    def check_rate(self, request: gr.Request | None) -> None:
        owner = self.owner(request)
        wait = self.limit.wait_s(owner) if owner is not None else 0.0
        if wait:
            raise gr.Error(
                f"This server takes at most {self.limit.per_minute} answers or starts a minute from one "
                f"account; try again in {wait:.0f} s. Your answer is still in the box."
            )


def per_request(
    make: Callable[[gr.Request | None], Any],
    handler: Callable[..., Any],
    *lead: Any,
    before: Callable[[gr.Request | None], None] | None = None,
) -> Callable[..., Any]:
    """`handler(make(request), *lead, *inputs)` as a Gradio event function. Gradio reads what to pass from
    the signature: the request first, then the handler's own inputs (a progress tracker among them stays
    injected); a generator stays a generator, so streamed turns still stream."""
    if inspect.isgeneratorfunction(handler):

        def streamed(request: gr.Request, *inputs: Any) -> Any:
            if before is not None:
                before(request)
            yield from handler(make(request), *lead, *inputs)

        return _shaped(streamed, handler, 1 + len(lead))

    def run(request: gr.Request, *inputs: Any) -> Any:
        if before is not None:
            before(request)
        return handler(make(request), *lead, *inputs)

    return _shaped(run, handler, 1 + len(lead))


def _shaped(wrapper: Callable[..., Any], handler: Callable[..., Any], bound: int) -> Callable[..., Any]:
    """The wrapper with the handler's signature, less the `bound` parameters it fills, after the request."""
    own = list(inspect.signature(handler).parameters.values())[bound:]
    request = inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD)
    wrapper.__signature__ = inspect.Signature([request, *own])  # type: ignore[attr-defined]
    wrapper.__annotations__ = {"request": gr.Request}
    return wrapper


def accounts_login(practice: Practice) -> Accounts | None:
    """The accounts of the configured database, when there are any (then the app asks each to log in)."""
    accounts = Accounts(practice.store)
    return accounts if accounts.any() else None


def no_accounts_with_no_auth(accounts: Accounts | None, no_auth: bool) -> None:
    if accounts is not None and no_auth:
        raise ConfigError(
            "This database has accounts, so the app needs their login: drop --no-auth, or delete the "
            "accounts (interviewer users delete NAME --yes)."
        )
