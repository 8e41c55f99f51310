# ruff: noqa: E501  (the draw's wording is data the helpers read; it is kept as written)
"""Draws for round 35 of the objection data (issue 17): each helper's 10 pairs, one row per pair (helper
letter as argv[1]). The brief the helpers followed is round35.md beside it. Round 34's lists, with more
resume shapes, ad styles, date styles and traps added after them. Kept so the round can be drawn again; the
product never imports it."""

import sys

from round30_draw import COUNTRIES, FIELDS, FORMATS, LEVELS
from round34_draw import AD_STYLES as AD_STYLES_34
from round34_draw import DATE_STYLES as DATE_STYLES_34
from round34_draw import RESUME_SHAPES as RESUME_SHAPES_34
from round34_draw import TRAPS as TRAPS_34
from round34_draw import print_draws

SEED = {"a": 20300201, "b": 20300202, "c": 20300203, "d": 20300204, "e": 20300205, "f": 20300206}
RESUME_SHAPES = [
    *RESUME_SHAPES_34,
    "each job's dates and place on the line after the title, in parentheses",
    "a portfolio resume: a long 'Selected work' list of projects with years, then a short list of employers",
    "a resume with two jobs held at the same time (a main job and a long-running side role)",
    "a resume whose summary paragraph explains a break that the job list leaves unexplained",
]
AD_STYLES = [
    *AD_STYLES_34,
    "an internal job posting (grade, reporting line, 'open to internal candidates' wording)",
    "a recruiter's LinkedIn InMail describing the role in a few paragraphs",
    "a bilingual ad: the local language first, then an English version that differs slightly",
]
DATE_STYLES = [
    *DATE_STYLES_34,
    "month words in the resume's own language ('septiembre 2019 – actualidad')",
    "years only, one job starting the year another ends ('2016 – 2019', '2019 – 2023')",
    "dd.mm.yyyy – dd.mm.yyyy",
]
TRAPS = [
    *TRAPS_34,
    "scope: the ad's team is about the size the candidate leads now, give or take one or two (absent)",
    "degree: the ad requires a degree the candidate has, listed only under 'Training' or 'Other' (absent)",
    "gap: the candidate has been between jobs for about four months at as_of (absent)",
    "industry: the ad names the sector in other words than the resume does ('life sciences' / 'pharma') (absent)",
    "tenure: eleven years at one employer across three titles and a renaming of the company (expect)",
    "career-change: from a hands-on technical post into the same field's sales, product or training role (expect)",
]


def main(helper: str) -> None:
    lists = (COUNTRIES, FIELDS, LEVELS, RESUME_SHAPES, AD_STYLES, DATE_STYLES, TRAPS, TRAPS, FORMATS)
    print_draws(f"r35{helper}", SEED[helper], lists)


if __name__ == "__main__":
    main(sys.argv[1])
