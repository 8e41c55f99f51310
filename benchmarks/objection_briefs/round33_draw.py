# ruff: noqa: E501  (the draw's wording is data the helpers read; it is kept as written)
"""Draws for round 33 of the objection data (issue 17): each helper's 10 pairs, one row per pair (helper
letter as argv[1]). The brief the helpers followed is round33.md beside it. Round 30's lists, with more
resume shapes, ad styles, date styles and traps added after them (the order the draw reads them in). Kept so
the round can be drawn again; the product never imports it."""

import random
import sys

from round30_draw import AD_STYLES as AD_STYLES_30
from round30_draw import COUNTRIES, FIELDS, FORMATS, LEVELS
from round30_draw import DATE_STYLES as DATE_STYLES_30
from round30_draw import RESUME_SHAPES as RESUME_SHAPES_30
from round30_draw import TRAPS as TRAPS_30

SEED = {"a": 20290101, "b": 20290102, "c": 20290103, "d": 20290104, "e": 20290105, "f": 20290106}
RESUME_SHAPES = [
    *RESUME_SHAPES_30,
    "a CV with a 'Personal data' block (date of birth, nationality, marital status, photo caption)",
    "a designer-template PDF whose sidebar (contact, skills, languages) reads back between the jobs",
    "bullet fragments with no headings at all",
    "each job a table row: employer | title | from | to | reason for leaving",
    "a 'Key projects' table before a short list of jobs",
    "jobs grouped by skill area, not in time order",
]
AD_STYLES = [
    *AD_STYLES_30,
    "an ad copied out of a PDF, with broken line wraps and hyphenated words",
    "mostly 'What we offer', with the requirements in two lines at the end",
    "a short messaging-app job post (emoji, fragments, a phone number)",
    "a headhunter's brief for a confidential search (the client is not named)",
    "a salary-band table and a 'Who you are' section",
]
DATE_STYLES = [
    *DATE_STYLES_30,
    "Mar '19 – Nov '21",
    "2019/03 – 2021/11",
    "from 2019 until 2021, in a sentence",
    "03-2019 → 11-2021",
]
TRAPS = [
    *TRAPS_30,
    "gap: a break covered by a short freelance or family-business entry (absent)",
    "relocation: the candidate lives in a suburb or next town whose name differs from the job's city (absent)",
    "relocation: a 'remote-first' ad that still asks for regular days on site in another country",
    "tenure: nine years at one employer, just under the line",
    "job-hopping: short stays each ended by the employer closing or a stated layoff (absent)",
    "scope: the figure in the ad is the company's revenue or headcount, not a team or budget to run",
    "degree: an apprenticeship or vocational qualification that the ad accepts",
    "industry: the sector appears only in the company description, not as a requirement",
]


def main(helper: str) -> None:
    rng = random.Random(SEED[helper])
    for i in range(1, 11):
        row = [
            f"r33{helper}-{i:02d}",
            rng.choice(COUNTRIES),
            rng.choice(FIELDS),
            rng.choice(LEVELS),
            rng.choice(RESUME_SHAPES),
            rng.choice(AD_STYLES),
            rng.choice(DATE_STYLES),
            rng.choice(TRAPS),
            rng.choice(TRAPS),
            rng.choice(FORMATS),
        ]
        print(" | ".join(row))


if __name__ == "__main__":
    main(sys.argv[1])
