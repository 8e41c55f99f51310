"""Lines and dates in a resume that tell of something other than a post held: prose around a date, study,
a citation, a grade or a licence held since a year, where someone lives, an achievement dated inside a job, a
sentence in the first person."""

from __future__ import annotations

import re

from interviewer.interview.dates import _OPEN, _SINCE
from interviewer.interview.degrees import _degrees
from interviewer.interview.headings import HeadingKind
from interviewer.interview.job_titles import _BULLET

_PROSE_BEFORE = re.compile(
    r"\b(?:from|between|in|during|over|for|throughout|across|by|of|until|the|a|an|and|to|at|on|its|their|our|my)"
    r"\s*$",
    re.IGNORECASE,
)
# "Toronto, ON Jan 2023 - Present": Ontario, not the word "on" of a sentence.
_REGION_CODE = re.compile(r",\s*[A-Z]{2}\s*$")


def _in_prose(before: str) -> bool:
    return bool(_PROSE_BEFORE.search(before)) and not _REGION_CODE.search(before)


_STUDY_WORDS = re.compile(
    r"\b(?:diploma|graduated|gpa|coursework|thesis|dissertation|semester|student|studies"
    r"|exchange programme)\b",
    re.IGNORECASE,
)
_INSTITUTION = re.compile(
    r"\b(?:university|college|school|institute|academy|polytechnic"
    # and in the languages resumes come in: Universidad, Universität, Üniversitesi, Uniwersytet, Hochschule
    r"|univers(?:idad|idade|ità|ität|ité|itas|iteit|itet)|üniversitesi|uniwersytet|hochschule|fachhochschule"
    r"|yüksekokulu|politeknik|politechnika|politecnico|politécnica|escuela|école|faculdade|facultad)\b",
    re.IGNORECASE,
)
# Work at a school is still work: "Teacher, Lincoln High School, 2015 - 2020", and a "Clinical Systems
# Lead" at "Manchester University NHS Foundation Trust" works at a hospital trust.
_STAFF_TITLE = re.compile(
    r"\b(?:lead|supervisor|technician|trainer|designer|teacher|lecturer|professor|instructor|tutor|dean|principal|head|director|manager|officer|engineer"
    r"|analyst|assistant|coordinator|administrator|counsel+or|nurse|researcher|fellow|consultant|developer"
    r"|scientist|specialist|adviser|advisor|coach|librarian|registrar|bursar|accountant|controller|guro)s?\b",
    re.IGNORECASE,
)


def _is_study_line(line: str) -> bool:
    if _STUDY_WORDS.search(line) or _degrees(line):
        return True
    return bool(_INSTITUTION.search(line)) and not _STAFF_TITLE.search(line)


# A publication's volume, issue and pages ("2020;71(8):1980-1988") are no job's dates.
_CITATION = re.compile(
    r"\bet al\b|\b(?:19|20)\d\d;\s*\d+\s*\(\d+\)|\bdoi\b|\bvol\.\s*\d|\bpp\.\s*\d", re.IGNORECASE
)
# A federal resume's details under a position ("Series/Grade: GS-0346-12 (04/2019 - Present)") date a grade
# within the job, not another job.
_DETAIL_LINE = re.compile(
    r"^\s*(?:series/grade|grade|pay plan|hours per week|salary|supervisor|rank|step|[\w ]{0,30}status"
    r"|[\w ]{0,20}clearance|citizenship|visa|availability|notice period)\s*:",
    re.IGNORECASE,
)
# "NMC PIN: 14I5550E | Registered Nurse (Adult) since September 2014": a licence held since, not a job.
_CREDENTIAL = re.compile(
    r"\b(?:(?-i:PIN)|licen[cs]e\s*(?:no|number|#)|reg(?:istration)?\.?\s*(?:no|number|#)|member since"
    r"|licensed since|registered since|admitted to the bar|iscritt[oa] all['’]\s?(?:albo|ordine)"
    r"|matriculad[oa] en"
    # "Driving licence, Category B, since 2004": a licence held since, not a job
    r"|driving licen[cs]e|driver['’]?s licen[cs]e|f[üu]hrerschein|permis de conduire|carn[eé] de conducir"
    r"|prawo jazdy|permis [A-E]\b|rijbewijs)(?!\w)",
    re.IGNORECASE,
)

# "Member, IAEF (Instituto Argentino de Ejecutivos de Finanzas) since 2012": a professional body joined,
# not a post held. ("Member of the Management Board" is a post, and is not read here.)
_MEMBERSHIP = re.compile(
    r"^\W*(?:(?:full|associate|chartered|student)\s+)?(?:member|fellow|miembro|membre|mitglied)\s*[,:–-]\s*"
    r"(?=(?-i:[A-Z]{2,})\b|[^\n]*\b(?:institute|instituto|institut|association|asociaci[óo]n|society|sociedad|chamber"
    r"|c[áa]mara|colegio|ordre|ordine|council)\b)",
    re.IGNORECASE,
)

# "Between roles - job search (Northbay plant closure)": time spent looking for work is no post; a long one
# is a gap to ask about.
_SEEKING = re.compile(
    r"\b(?:between (?:roles|jobs|positions)|open to work"
    # a "Job Search Coach" helps others look
    r"|job[- ]search(?:ing)?(?!\s+(?:coach|advis|consult|officer|specialist|trainer|worker)))\b",
    re.IGNORECASE,
)

# "Canadian permanent resident (since October 2024)": where the candidate may live and work, not a job.
_RESIDENCY = re.compile(
    r"\b(?:permanent residen(?:t|ce)|(?:resident|citizen|residing|based)\s*\(?since|work permit"
    r"|residence permit|green card|(?:living|lived|settled|resident|based) in [\w ,-]{2,40}? since)\b",
    re.IGNORECASE,
)


def _dated_remark(line: str, match: re.Match[str]) -> bool:
    """A bullet whose sentence goes on past bracketed dates ("- Cut defects from 780 to 210 ppm (2019–2023)
    through TPS") tells of an achievement within a job, not of a job."""
    before, after = line[: match.start()].rstrip(), line[match.end() :].lstrip()
    return bool(_BULLET.match(line)) and before.endswith("(") and len(after.lstrip(")").split()) >= 3


_FIRST_PERSON = re.compile(r"\s*,?\s*(?:I|I['’]ve|I['’]m|we|my|our|ich|je|j['’]ai|yo|eu)\b")


def _since(line: str, section: HeadingKind | None) -> re.Match[str] | None:
    """A post held "since" a date, or an open range ("2001–"), where the line is not a sentence about it."""
    # "Violinist for 11 years, UX designer since 2024. Music taught me...": a sentence, not a job.
    since = None if re.search(r"\.\s+[A-Z]", line) else _SINCE.search(line) or _OPEN.search(line)
    if since is None:
        return None
    # "Reisetätigkeit im Außendienst seit 2011 gewohnt (...)": a "since" in the middle of prose.
    inside = bool(line[: since.start()].strip(" -•*|"))
    # "Kotlin ... Inglés B2, trabajo\nremoto desde 2021.": a wrapped line that opens in lower case
    # carries on a sentence; "Since 2022 I have worked on ..." is one in the first person.
    wrapped = line.lstrip(" -•*|")[:1].islower()
    told = inside and (len(line[since.end() :].split()) > 2 or wrapped)
    if section != "experience" and (told or _FIRST_PERSON.match(line[since.end() :])):
        return None
    # "- Handover of 1,100 apartments since 2020 with defect rate below 3": a bullet telling of work.
    if told and _BULLET.match(line) and not wrapped:
        return None
    # "- Branch audit rating "Satisfactory" in all audits since 2021.": a bullet's sentence ends with it.
    if inside and _BULLET.match(line) and line.rstrip().endswith(".") and len(line.split()) > 5:
        return None
    # "Conservativa ed endodonzia (anche con microscopio operatorio dal 2012)": an aside in brackets.
    aside = line[: since.start()].rpartition("(")
    if aside[1] and ")" not in aside[2] and len(aside[2].split()) >= 2:
        return None
    return since


# "I was Director, Operations for almost six years (2016–2021), leading about 230 people": a summary's
# sentence, dated over the posts it sums up.
_SAYS_I = re.compile(r"^\W*(?:I|I['’]ve|I['’]m|my|we)\s", re.IGNORECASE)


def sums_up(title: str, span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Whether a dated line read as a post is a first-person sentence dated over other posts: it would
    otherwise hold them as one post of its own and cut a stay with one employer in two."""
    return bool(_SAYS_I.match(title)) and any(span[0] <= low and high <= span[1] for low, high in others)
