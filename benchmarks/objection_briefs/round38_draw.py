# ruff: noqa: E501  (the draw's wording is data the helpers read; it is kept as written)
"""Draws for round 38 of the objection data (issue 17): each helper's 10 pairs, one row per pair (helper
letter as argv[1]). The brief the helpers followed is round38.md beside it. Round 36's lists, with more
resume shapes, ad styles, date styles and traps added after them. Kept so the round can be drawn again; the
product never imports it."""

import sys

from round30_draw import COUNTRIES, FIELDS, FORMATS, LEVELS
from round34_draw import print_draws
from round36_draw import AD_STYLES as AD_STYLES_36
from round36_draw import DATE_STYLES as DATE_STYLES_36
from round36_draw import RESUME_SHAPES as RESUME_SHAPES_36
from round36_draw import TRAPS as TRAPS_36

SEED = {"a": 20300401, "b": 20300402, "c": 20300403, "d": 20300404, "e": 20300405, "f": 20300406}
RESUME_SHAPES = [
    *RESUME_SHAPES_36,
    "an applicant-tracking-system export with field labels on each line (Employer:, Job title:, From:, To:, Duties:)",
    "a two-column page: dates and places in a narrow left column, titles and duties on the right",
    "a very short resume of eight to twelve lines, jobs on one line each",
]
AD_STYLES = [
    *AD_STYLES_36,
    "a staffing agency's ad for a client it does not name ('our client, a leading ...')",
    "an ad written as a list of questions to the reader ('Have you led ...? Do you live near ...?')",
]
DATE_STYLES = [
    *DATE_STYLES_36,
    "full dates with dots, day first ('01.03.2019 – 31.08.2021')",
    "month names in the resume's own language, abbreviated ('ene. 2019 – sept. 2021', 'Mär. 2018 – Okt. 2020')",
]
TRAPS = [
    *TRAPS_36,
    "gap: a break filled by freelance or contract work with no employer named, but dated (absent)",
    "tenure: ten years or more with one group across two subsidiaries with different names (expect)",
    "scope: the team led is given only in brackets after a title or in a table cell (absent)",
    "career-change: a move between neighbouring functions with different titles, such as internal audit to financial control (absent)",
    "relocation: the candidate lives abroad and the cover letter or profile states a dated move to the job's city (absent)",
]


def split(rows: list[dict], seed: int = 20300407) -> tuple[list[dict], list[dict]]:
    """The round's sixty pairs split at random into 39 development and 21 held-out pairs, as committed."""
    import random

    held = set(random.Random(seed).sample(sorted(r["id"] for r in rows), 21))
    rows = sorted(rows, key=lambda r: r["id"])
    return [r for r in rows if r["id"] not in held], [r for r in rows if r["id"] in held]


def main(helper: str) -> None:
    lists = (COUNTRIES, FIELDS, LEVELS, RESUME_SHAPES, AD_STYLES, DATE_STYLES, TRAPS, TRAPS, FORMATS)
    print_draws(f"r38{helper}", SEED[helper], lists)


if __name__ == "__main__":
    main(sys.argv[1])
