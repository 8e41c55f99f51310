"""Which dates on a line date a post: its ranges ("Q2 2019 – Q4 2021", "From / To 03/2009 - 11/2011"), read
apart from a remark or a sentence dated inside it, and a post dated by its start alone ("since 2019")."""

from __future__ import annotations

import re

from interviewer.interview.dates import _RANGE, YearMonth, _parse_date, closed_range_above
from interviewer.interview.headings import HeadingKind
from interviewer.interview.job_titles import _dates_label
from interviewer.interview.not_posts import _CREDENTIAL, _dated_remark, _in_prose, _since

_Dated = tuple[re.Match[str], YearMonth, YearMonth, bool]  # (where, start, end, still going on)


# The last month of each season, as a range ends in it: "Spring 2019 – Autumn 2021" runs to November.
# Winter goes by the year it starts in: "2014 – Winter 2018" then "Spring 2019" leaves no year's break.
_SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 12}


def _quarter_end(text: str, end: YearMonth | None) -> YearMonth | None:
    """A range that ends in a quarter ("Q3 2024 – Q2 2025") ends with its last month, June, not April; one
    that ends in a season, with the season's last month."""
    if end is None or end[1] is None:
        return end
    if season := re.match(r"\s*(spring|summer|autumn|fall|winter)\b", text, re.IGNORECASE):
        return end[0], _SEASON_ENDS[season.group(1).lower()]
    if not re.match(r"\s*q[1-4]\b", text, re.IGNORECASE):
        return end
    return end[0], end[1] + 2


# "From March 2021 to date", "- od 09.2022 do 01.2024": a range said in words opens a post's dates line.
_FROM_ALONE = re.compile(r"\s*[-•*|]?\s*(?:from|von|de|desde|du|od|dal)\s+", re.IGNORECASE)


def post_ranges(line: str, now: YearMonth) -> list[_Dated]:
    """The date ranges of a line that date a post, not a remark or a sentence about one."""
    found: list[_Dated] = []
    for match in _RANGE.finditer(line):
        before = line[: match.start()]
        # "From / To 03/2009 - 11/2011": a Europass label, not a sentence that runs on to the dates.
        labelled = _FROM_ALONE.fullmatch(before) or _dates_label(before)
        if (_in_prose(before) and not labelled) or _dated_remark(line, match):
            continue
        start = _parse_date(match.group("start"))
        current = _parse_date(match.group("end")) is None
        end = now if current else _quarter_end(match.group("end"), _parse_date(match.group("end")))
        if start is None or end is None:
            continue
        found.append((match, start, end, current))
    return found


def since_dated(lines: list[str], index: int, section: HeadingKind | None, now: YearMonth) -> list[_Dated]:
    """A post dated by its start alone ("since 2019"), unless it is a promotion inside the stay above."""
    line = lines[index]
    since = _since(line, section)
    start = _parse_date(since.group("start")) if since else None
    # A registration's "since" wrapped onto the line under it is no job either.
    if since is None or start is None or (index and _CREDENTIAL.search(lines[index - 1])):
        return []
    # "Kierownik Magazynu, od Q3 2011 Dyrektor Regionalny": a promotion written into the title line. So is
    # one in brackets after a title: "Semi Senior de Auditoría (desde 07/2022)".
    bracketed = line[: since.start()].rstrip().endswith("(")
    within = bool(line[: since.start()].strip(" |(") and (bracketed or line[since.end() :].strip(" .,;|()")))
    ended = closed_range_above(lines, index, start, within=within)
    if ended is None:
        return [(since, start, now, True)]
    # A title of its own, held until the stay above ended.
    return [(since, start, ended, False)] if bracketed else []
