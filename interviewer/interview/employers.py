"""Who employed the candidate in a position, where the resume says it on a line of its own: the employer line
over a run of date-first positions, or the company line over positions written title first (promotions
under one employer)."""

from __future__ import annotations

import itertools
import re

from interviewer.interview.dates import _DATE_FIRST, _RANGE, _SINCE
from interviewer.interview.headings import _heading_kind
from interviewer.interview.job_titles import _BULLET, _DURATION, name_words, wrapped_tail
from interviewer.interview.places import place_names_only, places_only


def employer_header(lines: list[str], index: int, header: str) -> str:
    """The employer line a run of date-first positions sits under: a short undated line whose next line
    starts with a date. It holds until another such line, or a position written title first."""
    line = lines[index].strip()
    if not line or _BULLET.match(lines[index]) or wrapped_tail(lines, index):
        return header
    if _RANGE.search(line) or _SINCE.search(line):
        return header if _DATE_FIRST.match(line) else ""
    following = next((ln for ln in lines[index + 1 : index + 3] if ln.strip()), "")
    short = name_words(line) <= 14
    # "Führung von 8 Mitarbeitern; NPS von 21 auf 47" under a post is a detail of it: clauses a semicolon
    # joins, with figures in them, are no employer's name ("...; Camp Arifjan, Kuwait; Fort Hood" is one).
    detail = ";" in line and bool(re.search(r"\d", line))
    if not (_DATE_FIRST.match(following) and short and not line.endswith(".")) or _contact(line) or detail:
        return header
    # "Kitebox" over "Product Manager" over "Jan 2024 - Present (1 year)": a block's first line names the
    # employer and the line above the dates is the title.
    above = lines[index - 1].strip() if index else ""
    # The block opens after a blank, a heading, a bullet or prose, or where the last position was.
    before = lines[index - 2].strip() if index >= 2 else ""
    opens = not before or not _block_line(before) or places_only(before)
    if above and opens and _block_line(above) and not places_only(above) and _bare_dates(following):
        return above
    return line


def _contact(line: str) -> bool:
    """A line of contact details ("Houston, TX | 832-555-0199 | name@mail"), which names no employer."""
    return "@" in line or bool(re.search(r"\d{3}[\s.-]?\d{3,4}|www\.|linkedin", line, re.IGNORECASE))


def _block_line(line: str) -> bool:
    undated = not (_RANGE.search(line) or _SINCE.search(line))
    return undated and not _BULLET.match(line) and not _prose(line) and _heading_kind(line) is None


def _bare_dates(line: str) -> bool:
    """A line of dates alone, or with their length ("Nov 2022 - Dec 2023 (1 year 2 months)")."""
    rest = _RANGE.sub(" ", line)
    return not re.search(r"[^\W\d_]{3,}", re.sub(r"\([^)]*\)|·.*", " ", rest))


# A company's own name: a legal form, or written in capitals ("TRI-STATE PACKAGING CORPORATION").
_COMPANY = re.compile(
    r"\b(?:inc|llc|ltd|limited|gmbh|corp|corporation|company|co|plc|s\.?a|ag|ab|sas|s\.?r\.?l|pty|bv|nv|group"
    r"|bank|university|hospital|agency|department|ministry"
    # and the legal forms of more countries: "Seri Mutiara Builders Sdn Bhd", "PT Graha Data Tbk", "Oy"
    r"|sdn|bhd|pvt|pte|tbk|llp|jsc|ltda|s\.p\.a|oyj?|kft|zrt|s\.r\.o)\b\.?",
    re.IGNORECASE,
)


# "Supermercados Lusomar, S.A.", "Brightwater Alloys Inc.": a name's own closing full stop ends no sentence.
_ABBREVIATED_END = re.compile(r"(?:\b(?:[A-Za-z]\.){2,4}|\b(?:Inc|Ltd|Co|Corp|Bhd|Pty|Cia|Ltda)\.)$")


# "*(formerly St. Brendan's Community Hospital; acquired by Keystone Health in 2018)*": an aside about the
# company, wholly in brackets, is said of it as a sentence is.
# An aside about the employer: wholly in brackets, or wholly in italics ("*7 hotels and resorts, 2,100 keys*"
# under the group's name; bold is a title's, "**Senior Buyer**").
_ASIDE = re.compile(r"^[*_]*\(.{20,}\)[*_.]*$|^([*_])(?![*_\s]).{10,}(?<![*_\s])\1$")


def _prose(line: str) -> bool:
    aside = bool(_ASIDE.match(line.strip()))
    return (line.endswith(".") and not _ABBREVIATED_END.search(line)) or name_words(line) > 12 or aside


def _titled(name: str) -> bool:
    """Written as a name is: every longer word capitalised ("Northwind Cloud", not "Contract work")."""
    words = re.findall(r"[^\W\d_][\w'’&.-]*", name)
    return bool(words) and all(w[0].isupper() for w in words if len(w) > 3)


# A Markdown table's rule under its head row ("|---|---|"): the employer named in the head holds over the
# positions in the rows below it.
_TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?)?\s*$")


def _positions_below(lines: list[str], index: int) -> int:
    """Positions written title first below a line, up to the next line that is neither a bullet nor prose:
    another company, or a title over its own employer's dated line."""
    count = 0
    for line in lines[index + 1 : index + 80]:
        if not line or _BULLET.match(line) or _TABLE_RULE.match(line):
            continue
        if _heading_kind(line) is not None or _DATE_FIRST.match(line):
            break
        if _dated(line):
            count += 1
        elif not _prose(line):
            break
    return count


def _dated(line: str) -> bool:
    """Dated as a position is: "2006 - 2011", or "Store Manager - Geelong West (since 2011)"."""
    return bool(_RANGE.search(line) or _SINCE.search(line))


def company_header(lines: list[str], index: int, company: str) -> str:
    """The company line a run of positions written title first sits under ("TRI-STATE PACKAGING CORPORATION -
    Cincinnati, OH", a line about the company, then "Chief Operating Officer | 2015 - Present" and the roles
    before it): promotions under one employer. A line plainly a company's (a legal form, capitals) holds
    over one position; a name with nothing but positions below it ("Northwind Cloud - Austin, TX" over
    three titles and their dates) holds over two or more. It holds until a heading or another such line."""
    line = lines[index].strip()
    if not line or _BULLET.match(line):
        return company
    # A table's head row names the employer of the table's rows only: a dated line outside it is another.
    if company.startswith("|") and not line.startswith("|") and _RANGE.search(line):
        return ""
    if _RANGE.search(line) or _prose(line) or _TABLE_RULE.match(line):
        return company
    # What the company does, in brackets, makes no name too long to be one, and its dashes and commas do not
    # cut the name: "Delta Pharma Egypt (pharmaceutical manufacturer – cardiology & diabetes lines)".
    name = re.split(r"\s+[-–—|]\s+|,", re.sub(r"\([^)]*\)", " ", line))[0]
    if len(name.split()) > 8 or _contact(line) or place_names_only(line):
        return company
    after = [ln for ln in lines[index + 1 : index + 4] if ln.strip() and not _TABLE_RULE.match(ln)]
    # Only lines about the company between it and the first position: not the contact line under a name.
    between = list(itertools.takewhile(lambda ln: not _dated(ln), after))
    dated = after[len(between) : len(between) + 1]
    if not dated or _DATE_FIRST.match(dated[0].lstrip(" |")) or _BULLET.match(dated[0]):
        return company
    if not any(ln.strip() for ln in lines[:index]) or not all(_prose(ln) for ln in between):
        return company
    if _COMPANY.search(name) or (name.isupper() and len(name) > 3):
        return line
    # A title over its own employer's dated line, or a company of one position, ends the one above. What the
    # company does, in brackets ("Riverbend Outfitters (online outdoor and apparel retailer)"), is no name.
    titled = _titled(re.sub(r"\([^)]*\)", " ", name))
    return line if titled and _positions_below(lines, index) >= 2 else ""


def under(company: str, line: str, below: str = "") -> str:
    """The company a title-first position sits under, or else the company line just below it (`below`),
    unless its own line names another ("Process Engineer at Procter & Gamble", "Analyst - Acme Corp")."""
    # "Produce Department Manager" runs a department of the company above; it names no other employer.
    named = _COMPANY.search(_DEPARTMENT_POST.sub(" ", _RANGE.sub(" ", line)))
    own = re.search(r"\s(?:at|@)\s", line) or named
    return "" if own else company or below


_DEPARTMENT_POST = re.compile(
    r"\bdepartment\s+(?:manager|head|lead|leader|supervisor|director|coordinator|2IC)\b", re.IGNORECASE
)


def _bare_duration(line: str) -> bool:
    return bool(line.strip()) and not _DURATION.sub("", line).strip(" ·,")


def _previous(lines: list[str], index: int) -> tuple[str, int]:
    """The nearest non-empty line above, and its index (-1 when none)."""
    for n in range(index - 1, -1, -1):
        if lines[n].strip():
            return lines[n].strip(), n
    return "", -1


def duration_groups(lines: list[str]) -> dict[int, str]:
    """LinkedIn's layout for several positions at one company: the company, its total length alone on a line
    ("Corvant Medical" over "12 years 1 month"), then each title over its dates. The index of each dated line
    in such a group, with its company. A block of two undated lines over dates (a company and a title) starts
    another employer."""
    found: dict[int, str] = {}
    company = ""
    for index, line in enumerate(lines):
        if _heading_kind(line) is not None:
            company = ""
        elif _bare_duration(line):
            above, _ = _previous(lines, index)
            company = above if above and _block_line(above) else ""
        elif company and line.startswith("|") and _DATE_FIRST.match(line.lstrip(" |")):
            found[index] = company  # a table of the company's positions, one to a row
        elif company and _DATE_FIRST.match(line):
            title, at = _previous(lines, index)
            before, _ = _previous(lines, at)
            if before and _block_line(before) and not _bare_duration(before) and not places_only(before):
                company = ""
            else:
                found[index] = company
    return found


def company_below(lines: list[str], index: int) -> str:
    """The company named on the line under a position ("07/2020 - present   Head of Construction Projects"
    over "Odra Development S.A., Wrocław"): an undated line whose name, before any place or description,
    is short and carries a company's legal form."""
    below = next((ln.strip() for ln in lines[index + 1 : index + 2] if ln.strip()), "")
    if not below or _BULLET.match(below) or _dated(below):
        return ""
    # A name, then where and what: "Nordvik Traction AB, Västerås (traction converters and auxiliary power
    # for trains and trams)" is long after its name.
    name = re.split(r",|\s[-–—|]\s", below)[0]
    return below if len(name.split()) <= 8 and _COMPANY.search(name) else ""


# "Karakoram Commercial Bank Ltd was amalgamated into Al-Noor Bank", "UnityCrest Bank Plc (Crestline Bank
# Plc merged with Unity Trust Bank and renamed UnityCrest)": one employer under a new name.
SUCCESSION = re.compile(
    r"\b(?:amalgamat\w*|merg(?:ed|er)|acquired|(?<!talent )(?<!customer )acquisition|renamed|rebrand\w*"
    r"|taken over|absorbed"
    r"|now part of|formerly"
    # "(Thai commercial bank, majority-owned by Nordhav Group)", "carved the B2B business out of Lusolar
    # Distribuicao into a new company": one group's companies, one after the other
    r"|(?:majority[- ])?owned by|subsidiary of|carved\b.{0,60}\bout of|spun (?:off|out) (?:of|from))\b",
    re.IGNORECASE,
)


def successions(lines: list[str]) -> list[str]:
    """The lines that say an employer was renamed, merged or acquired; a remark in brackets under an
    employer's name ("(Thai commercial bank, majority-owned by Nordhav Group)") with the two lines above it,
    where that name is."""
    return [
        " ".join(lines[max(0, n - 2) : n + 1]) if line.lstrip().startswith("(") else line
        for n, line in enumerate(lines)
        if SUCCESSION.search(line)
    ]
