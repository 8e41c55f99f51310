"""Text utilities shared by the interview engine and the scorers: words, sentences, content words, figures
and outcome words. Pure functions over strings, no model, no store."""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“A-Z0-9])|\n+")
# Very common English words: real prose is 35-55 % these; keyboard mashing and word salad are not.
COMMON_WORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "all",
        "also",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "done",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "him",
        "his",
        "how",
        "i",
        "i'd",
        "i'm",
        "i've",
        "if",
        "in",
        "into",
        "is",
        "it",
        "it's",
        "its",
        "just",
        "know",
        "like",
        "made",
        "make",
        "me",
        "more",
        "most",
        "my",
        "no",
        "not",
        "now",
        "of",
        "on",
        "one",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "said",
        "so",
        "some",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "time",
        "to",
        "up",
        "us",
        "very",
        "was",
        "we",
        "we're",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yes",
        "team",
        "work",
        "year",
        "years",
    ]
)
_STOP = COMMON_WORDS | frozenset(
    ["tell", "describe", "give", "example", "question", "role", "us", "we'd", "one"]
)
_NUMBER_WORDS = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|half"
    r"|double|doubled|doubling|triple|tripled|tripling|quadrupled|halved|tenfold|twofold|threefold"
)
QUANTITY = re.compile(
    rf"[$€£]\s?\d[\d,.]*\s?(?:k|m|bn|million|billion)?|\b\d[\d,.]*\s?(?:%|percent\b|x\b|k\b|m\b|bn\b)?|\b(?:{_NUMBER_WORDS})\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_OUTCOME = re.compile(
    r"\b(?:increas|grew|grow|reduc|cut|sav|rais|lift|improv|doubl|tripl|halv|launch|ship|deliver|won|win|clos"
    r"|sign|retain|recover|turn(?:ed)? around|exceed|beat|achiev|generat|boost|lower|eliminat|expand|scal"
    r"|fell|dropped|declined|restor|renegotiat|brought|drove|drive|accelerat|shortened|shrank|avoided|prevented|recruited|hired"
    r"|promoted|repaid|secured|landed|captured|profit|margin|revenue|roi|payback)\w*",
    re.IGNORECASE,
)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]


def content_words(text: str) -> set[str]:
    """Lower-cased content words, cut to a crude stem so 'grew' and 'growth' stay apart but 'costs'/'cost' meet."""
    return {w.lower().rstrip("s")[:6] for w in words(text) if w.lower() not in _STOP and len(w) > 2}


def count_quantities(text: str) -> int:
    """Numbers, money, percentages and number words ('doubled', 'three'), not bare years."""
    return sum(1 for m in QUANTITY.finditer(text) if not _YEAR.match(m.group().strip()))


def count_outcomes(text: str) -> int:
    return len(_OUTCOME.findall(text))


def fence(answer: str) -> str:
    """A candidate's answer as inert data between <answer> tags: it cannot close its own fence."""
    return re.sub(r"</?\s*answer\s*>", "[answer tag removed]", answer, flags=re.IGNORECASE)


_NAME = r"[A-Z][A-Za-z0-9&]+(?:\s[A-Z][A-Za-z0-9&]+)?"
# "About Us", "Join The Team", "about the role": headings, not a company.
_NOT_A_NAME = {"Us", "You", "The", "This", "Our", "Role", "Me", "We", "It", "Team", "Company"}
# After a title, a way of working or a unit ("Data Lead - Remote", "- Platform Team") is no company either.
_NOT_AFTER_A_TITLE = {"Remote", "Hybrid", "Onsite", "Department", "Division", "Squad", "Office", "Contract"}
# A heading line "Clinical Product Manager - Medisight (London, hybrid)" or "Data Lead | Norland Foods".
_TITLE_LINE = re.compile(rf"^[^\n]{{3,80}}?\s(?:[-–—|@]|at)\s+(?P<name>{_NAME})\s*(?:\(|,|$)", re.MULTILINE)


def company_name(*texts: str | None) -> str | None:
    """The hiring company's name, from the first text (a company brief, a job description) that gives one:
    after "at", "join" or "about", or after the title on the heading line when the text names it again
    ("Medisight builds ..."), which tells a company from a place or a team."""
    for text in texts:
        for match in re.finditer(rf"\b(?:at|join|About|about)\s+({_NAME})", text or ""):
            if match.group(1).split()[0] not in _NOT_A_NAME:
                return match.group(1)
        heading = _TITLE_LINE.search((text or "").lstrip()[:200])
        if heading and not set(heading.group("name").split()) & (_NOT_A_NAME | _NOT_AFTER_A_TITLE):
            name = heading.group("name")
            if len(re.findall(rf"\b{re.escape(name)}\b", text or "")) >= 2 and not _a_place_name(name):
                return name
    return None


def _a_place_name(name: str) -> bool:
    # Imported here: the gazetteer's tables load on first use, and most texts never need them.
    from interviewer.interview.places import place_names_only

    return place_names_only(name)  # "London" is a place; "Halden Group", named after one, is not


def listed(items: list[str], conjunction: str = "and") -> str:
    """Items as a sentence lists them: "a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]
