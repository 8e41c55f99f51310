# ruff: noqa: E501  (the draw's wording is data the helpers read; it is kept as written)
"""Draws for round 36 of the objection data (issue 17): each helper's 10 pairs, one row per pair (helper
letter as argv[1]). The brief the helpers followed is round36.md beside it. Round 35's lists, with more
resume shapes, ad styles, date styles and traps added after them. Kept so the round can be drawn again; the
product never imports it."""

import sys

from round30_draw import COUNTRIES, FIELDS, FORMATS, LEVELS
from round34_draw import print_draws
from round35_draw import AD_STYLES as AD_STYLES_35
from round35_draw import DATE_STYLES as DATE_STYLES_35
from round35_draw import RESUME_SHAPES as RESUME_SHAPES_35
from round35_draw import TRAPS as TRAPS_35

SEED = {"a": 20300301, "b": 20300302, "c": 20300303, "d": 20300304, "e": 20300305, "f": 20300306}
RESUME_SHAPES = [
    *RESUME_SHAPES_35,
    "a skills-first resume: a long skills grid or table, then the jobs with company names in capitals above each title",
    "a resume whose jobs are written as short paragraphs ('From 2017 I led ... at ...'), no bullet points",
    "a resume with a 'Career highlights' section up front that repeats numbers from the jobs below",
]
AD_STYLES = [
    *AD_STYLES_35,
    "a public-sector vacancy notice with numbered essential and desirable criteria",
    "an informal message from the hiring manager in a chat or email, a few lines on what they need",
]
DATE_STYLES = [
    *DATE_STYLES_35,
    "quarters ('Q3 2019 – Q1 2022')",
    "abbreviated months with apostrophe years ('Mar '19 – Jun '22')",
]
TRAPS = [
    *TRAPS_35,
    "job-hopping: three or four short stays, each clearly a fixed-term contract or project (absent)",
    "relocation: the candidate lives in a town next to the job's city, named differently (absent)",
    "overqualified: a grand title at a tiny firm, applying for a mid-level post at a large one (absent)",
    "degree: the ad asks for a degree 'or equivalent experience'; no degree but many years in the field (absent)",
    "industry: the candidate's sector appears only in a client list or a project, never as an employer (expect)",
]


def main(helper: str) -> None:
    lists = (COUNTRIES, FIELDS, LEVELS, RESUME_SHAPES, AD_STYLES, DATE_STYLES, TRAPS, TRAPS, FORMATS)
    print_draws(f"r36{helper}", SEED[helper], lists)


if __name__ == "__main__":
    main(sys.argv[1])
