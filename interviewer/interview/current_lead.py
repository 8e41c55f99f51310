"""Leadership held now: a description that asks for people led today ("current or recent line management",
"leading a team today", "Du har i dag personalansvar") is not answered by a team led ten years ago, so the
teams counted are those in the posts the candidate holds now or left lately."""

from __future__ import annotations

import re
from datetime import date

from interviewer.interview.dates import _RANGE
from interviewer.interview.headings import _heading_kind
from interviewer.interview.reading import led_team_sizes
from interviewer.interview.resume_facts import Job, ResumeFacts, _lines, _span

_ASKS_NOW = re.compile(
    r"\b(?:current|recent)\b[^.\n;]{0,40}?\b(?:line management|people (?:leadership|management)|leadership"
    r"|managing|leading)\b"
    r"|\b(?:leading|managing) (?:a|your) team today\b|\bcurrently (?:lead|leading|manag\w+|head\w*)\b"
    # "You are managing people right now: at least three direct reports in your current role"
    r"|\b(?:leading|managing) (?:people|a team) (?:right )?now\b|\bdirect reports in your current role\b"
    # Norwegian, Swedish, Danish: "you have staff responsibility today"
    r"|\bi dag (?:personalansvar|personaleansvar|leder|har personalansvar)\b"
    # Spanish: "Liderazgo actual o reciente (dentro de los últimos 3 años) de equipos de 100 o más personas"
    r"|\b(?:liderazgo|gesti[oó]n de personas|jefatura) (?:actual|vigente)\b"
    r"|\bactualmente (?:lidera|dirige)\b",
    re.IGNORECASE,
)
RECENT_MONTHS = 24  # a post left this lately still counts as leadership held now


def asks_leading_now(job_description: str | None) -> bool:
    return bool(job_description and _ASKS_NOW.search(job_description))


def teams_led_now(resume: str, facts: ResumeFacts, today: date) -> list[int]:
    """The team sizes stated in the posts held now or left within two years, each read from the post's own
    line down to the next dated line or heading."""
    lines = _lines(resume)
    now = today.year * 12 + today.month
    sizes: list[int] = []
    for job in facts.jobs:
        if job.current or now - _span(job)[1] <= RECENT_MONTHS:
            sizes += led_team_sizes("\n".join(_block(lines, job)))
    return sizes


def _block(lines: list[str], job: Job) -> list[str]:
    """The post's dated line (the one naming its title too, where one does) and the lines under it."""
    dated = [n for n, line in enumerate(lines) if job.dates and job.dates in line]
    titled = [n for n in dated if job.title[:20] in lines[n]]
    if not (titled or dated):
        return []
    start = (titled or dated)[0]
    block = [lines[start]]
    for line in lines[start + 1 :]:
        if _RANGE.search(line) or _heading_kind(line) is not None:
            break
        block.append(line)
    return block
