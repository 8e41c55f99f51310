# ruff: noqa: E501  (the draw's wording is data the helpers read; it is kept as written)
"""Draws for round 34 of the objection data (issue 17): each helper's 10 pairs, one row per pair (helper
letter as argv[1]). The brief the helpers followed is round34.md beside it. Round 33's lists, with more
resume shapes, ad styles, date styles and traps added after them. Kept so the round can be drawn again; the
product never imports it."""

import random
import sys

from round30_draw import COUNTRIES, FIELDS, FORMATS, LEVELS
from round33_draw import AD_STYLES as AD_STYLES_33
from round33_draw import DATE_STYLES as DATE_STYLES_33
from round33_draw import RESUME_SHAPES as RESUME_SHAPES_33
from round33_draw import TRAPS as TRAPS_33

SEED = {"a": 20300101, "b": 20300102, "c": 20300103, "d": 20300104, "e": 20300105, "f": 20300106}
RESUME_SHAPES = [
    *RESUME_SHAPES_33,
    "an academic CV (publications, grants, teaching) turned toward industry",
    "a resume written in the third person, like a speaker's bio",
    "a resume pasted from an email body, with a greeting and a sign-off around it",
    "a very short resume (under 350 words) with only employers, years and one line each",
]
AD_STYLES = [
    *AD_STYLES_33,
    "a public-sector vacancy notice with essential and desirable criteria in a numbered list",
    "a startup's Notion page: mission, 'you might be a fit if', 'bonus points'",
    "an ad in a non-native English with literal translations of local terms",
]
DATE_STYLES = [
    *DATE_STYLES_33,
    "Q2 2019 – Q4 2021",
    "Spring 2019 to Autumn 2021",
    "durations only: '2 yrs 8 mos' beside each job, with start years",
]
TRAPS = [
    *TRAPS_33,
    "degree: the ad asks for a degree 'in a related field' and the candidate's degree is in a neighbouring field (absent)",
    "industry: the ad requires a sector and the candidate worked in it only through a client or agency account",
    "scope: the candidate led a larger team long ago but the ad asks for current people leadership",
    "career-change: the candidate's last job was in another function for under a year after many years in the job's function (absent)",
    "overqualified: a former director applying to a manager role after a stated wish to get hands-on",
    "relocation: the ad is hybrid in two named cities and the candidate lives in one of them (absent)",
]


def print_draws(prefix: str, seed: int, lists: tuple[list[str], ...]) -> None:
    """Print one helper's ten rows: one choice from each list in this order, per row (the order the
    helpers' draws were made in)."""
    rng = random.Random(seed)
    for i in range(1, 11):
        print(" | ".join([f"{prefix}-{i:02d}", *(rng.choice(options) for options in lists)]))


def main(helper: str) -> None:
    lists = (COUNTRIES, FIELDS, LEVELS, RESUME_SHAPES, AD_STYLES, DATE_STYLES, TRAPS, TRAPS, FORMATS)
    print_draws(f"r34{helper}", SEED[helper], lists)


if __name__ == "__main__":
    main(sys.argv[1])
