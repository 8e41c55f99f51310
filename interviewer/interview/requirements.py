"""What a job description asks for: degrees, years, team size, budget and industry requirements (each
required or preferred, with the sentence it comes from) and the place of work."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from interviewer.interview.amounts import budgets
from interviewer.interview.certifications import _certifications
from interviewer.interview.degree_requirements import _OR_EQUIVALENT, _jd_degree
from interviewer.interview.description_sentences import (
    _ABOUT_EMPLOYER,
    _PREFERRED,
    _requirement_text,
    _sentences,
    unwrapped,
)
from interviewer.interview.industry_requirements import _jd_industries
from interviewer.interview.job_location import job_location
from interviewer.interview.job_titles import _BULLET
from interviewer.interview.licences import licence_requirement
from interviewer.interview.reading import (
    _LEAD_CLAUSE,
    _NUM,
    _NUMBER_WORDS,
    _number,
    _team_sizes,
)
from interviewer.interview.roles import Requirement


class JobRequirements(BaseModel):
    """What a job description asks for, as role-style requirements plus a location."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    requirements: list[Requirement] = []
    location: str | None = None  # a city from the table below, when the description names one
    location_text: str | None = None  # the description's own words for the location
    licence: Requirement | None = None  # a licence tied to a regulator or a place ("registration with AHPRA")

    def of_kind(self, kind: str) -> list[Requirement]:
        return [r for r in self.requirements if r.kind == kind]


# Each pattern says whether the sentence must also be about experience ("for over 30 years, we have...").
_JD_YEARS = tuple(
    (re.compile(p, re.IGNORECASE), needs_context)
    for p, needs_context in (
        (rf"\b{_NUM}\s*\+\s*(?:years?|yrs?)\b", False),
        # Not the top of a range: "5-7 years of experience" asks for 5.
        (rf"(?<![-–])(?<![-–] )(?<!to )\b{_NUM}\s+(?:years?|yrs?)['’]?\s+(?:of\s+)?"
         r"(?:[\w&/-]{1,40}\s+){0,4}?(?:experience|expertise)\b", False),
        (rf"\b(?:at least|minimum(?: of)?|min\.?|a minimum of|over|more than|in excess of)\s+{_NUM}\s*"
         r"(?:years?|yrs?)\b", True),
        (rf"\b{_NUM}\s*(?:-|–|to)\s*\d{{1,2}}\s+(?:years?|yrs?)\b", True),
    )
)  # fmt: skip
_EXPERIENCE_WORDS = re.compile(
    r"\bexperience[ds]?\b|\bbackground\b|\btrack record\b|\bexpertise\b|\bleading\b|\bmanaging\b|\bworking\b",
    re.IGNORECASE,
)


# The top of a range of years, in the languages the descriptions come in: "2-4 years", "2 à 4 ans
# d'expérience", "de 2 a 4 años", "2–4 Jahre", "up to 5 years".
_YEAR_RANGE = re.compile(
    r"\b\d{1,2}\s*(?:-|–|—|to|à|a|bis)\s*(?P<top>\d{1,2})\s*(?:years?|yrs?|ans|años|anos|jahre|anni|jaar)\b"
    r"|\bup to\s+(?P<upto>\d{1,2})\s+(?:years?|yrs?)\b",
    re.IGNORECASE,
)


# A range of years that is not experience: "a 2-3 year contract", "warranties of up to 5 years".
_NOT_EXPERIENCE_SPAN = re.compile(
    r"\b(?:contract|assignment|fixed[- ]term|secondment|project(?!\s+manag)|warrant\w*|guarantee\w*|lease"
    r"|visa|permit|probation|commitment|tenure|duration|term|posting|rotation|programme|program)\b",
    re.IGNORECASE,
)


def _experience_span(sentence: str, m: re.Match[str]) -> bool:
    """Whether the range is years of experience, judged by the few words on either side of it."""
    around = sentence[max(0, m.start() - 30) : m.start()] + " " + sentence[m.end() : m.end() + 25]
    return not _NOT_EXPERIENCE_SPAN.search(around)


def _jd_year_cap(sentences: list[str]) -> tuple[int, str] | None:
    """The top of the years of experience a description asks for as a range, with its sentence; where it
    gives several ranges ("3-5 years in sales, 1-2 in a lead role"), the highest top is the cap."""
    best: tuple[int, str] | None = None
    for sentence in sentences:
        for m in _YEAR_RANGE.finditer(sentence):
            top = int(m.group("top") or m.group("upto"))
            if 1 <= top <= 15 and _experience_span(sentence, m) and (best is None or top > best[0]):
                best = (top, sentence)
    return best


# "a minimum of ten (10) years": the number written out, then in figures, as contracts write it.
_SAID_TWICE = re.compile(r"\b(?P<word>[a-z]+)\s*\((?P<n>\d{1,2})\)", re.IGNORECASE)


def _jd_years(sentence: str) -> list[int]:
    sentence = _SAID_TWICE.sub(
        lambda m: m.group("n") if m.group("word").lower() in _NUMBER_WORDS else m.group(0), sentence
    )
    found: list[int] = []
    for rx, needs_context in _JD_YEARS:
        if needs_context and not _EXPERIENCE_WORDS.search(sentence):
            continue
        found += [n for m in rx.finditer(sentence) if 1 <= (n := _number(m.group("n"))) <= 40]
    return found


# A money figure in a description is a requirement only when the hire will answer for it; "we are a $2B
# company" describes the employer.
# "Mit rund 180 Mitarbeitenden am Standort Nürnberg wachsen wir": the employer's own headcount, in the
# languages that say it without "our".
_OWN_SIZE = re.compile(
    r"\b(?:mitarbeitende\w*|mitarbeiter\w*|beschäftigte\w*|salariés|collaborateurs|empleados|colaboradores"
    r"|funcionários|dipendenti|medewerkers)\b.{0,80}\b(?:wir|nous|somos|siamo|wij|am standort)\b"
    r"|\b(?:wir|nous|somos|siamo|wij)\b.{0,80}\b(?:mitarbeitende\w*|mitarbeiter\w*|beschäftigte\w*"
    r"|salariés|collaborateurs|empleados|colaboradores|funcionários|dipendenti|medewerkers)\b",
    re.IGNORECASE,
)
# "legal team of 5 (no direct reports at the start)": the department's size, not people to lead.
_NO_REPORTS = re.compile(
    r"\bno (?:direct )?reports\b|\bindividual contributor\b|\bno people management\b", re.IGNORECASE
)
_LEADS = re.compile(
    r"\b(?:lead|leads|manage|manages|oversee|oversees|führ\w*|leit\w*|verantwort\w*|dirig\w*|encadr\w*|lider\w*|gestion\w*"
    r"|coordin\w*|gerenci\w*|supervis\w*|aanstur\w*|stuur\w*|leiding)"
    # "full responsibility for the resort's P&L (...), for a team of 350 colleagues", on one line or two
    # ("Full P&L accountability for a generation portfolio ... and a workforce of 1,100+ permanent staff")
    r"|^\W*for\s+a\s+team\s+of\b"
    r"|\b(?:responsib\w*|accountab\w*)\b.{0,120}\b(?:for\s+(?:a|the)\s+team|a\s+workforce)\s+of\b",
    re.IGNORECASE,
)


def _own_size(sentence: str) -> bool:
    return bool(_OWN_SIZE.search(sentence)) and not _LEADS.search(sentence)


# "group revenue of over S$180 million, the company is now looking for...": what the employer turns over,
# not a budget the hire will own.
_COMPANY_REVENUE = re.compile(
    r"\b(?:group|company|annual|total|consolidated)\s+(?:revenue|turnover|sales)\b", re.IGNORECASE
)
# "A yearly travel budget of €500 to ride our network" is a perk: no budget this small is a scope to lead.
_SMALLEST_BUDGET = 10_000
_OWNED = re.compile(r"\bP\s?&\s?L\b|\b(?:own|owns|owning|ownership|accountab\w*|responsib\w*)\b", re.I)
_RESPONSIBILITY = re.compile(
    r"\b(?:own|owns|owning|ownership|manag\w*|responsib\w*|oversee\w*|oversight|accountab\w*|lead"
    r"|(?<!a )(?<!the )leading|control\w*|run|running|carry|carrying|deliver\w*|drive|driving|hold|holding"
    r"|experience|track record"
    # "budgetansvar", "Budgetverantwortung", "responsabilidad", "odpowiedzialność"
    r"|\w*ansvar\w*|\w*verantwort\w*|responsab\w*|odpowiedzialn\w*|zodpov\w*)\b",
    re.IGNORECASE,
)


# "Metro Transport Assets manages ... rail and road assets, with an annual spend of A$1.4bn": the employer
# the ad's head names, doing what it does.
_NAMED_SUBJECT = re.compile(r"\s*(?P<name>(?:[A-Z][\w&.'’-]*\s+){1,5}?)[a-z]+s\b")


def _about_employer(sentence: str, head: str) -> bool:
    if _ABOUT_EMPLOYER.match(sentence):
        return True
    named = _NAMED_SUBJECT.match(sentence)
    # The name must be one the head gives elsewhere: a one-line description is all head.
    elsewhere = head.replace(sentence.strip(), " ")
    return named is not None and len(name := named.group("name").strip()) > 3 and name in elsewhere


_PERK = re.compile(
    r"\b(?:reimburs\w*|sponsor(?:ed|ship)?|study (?:support|leave)|tuition|we (?:pay|fund|cover)|funded"
    r"|paid for|allowance)\b",
    re.IGNORECASE,
)
# "Coordinate with Chattogram Customs House, CPA and shipping lines": a duty that names a body one deals
# with (here the port authority), not a credential to hold, unless the line also speaks of holding one.
_DEALS_WITH = re.compile(
    r"^\W*(?:coordinat\w*|liais\w*|collaborat\w*|interfac\w*|work\w*|deal\w*|partner\w*|report\w*|engag\w*"
    r"|communicat\w*|negotiat\w*)\s+(?:closely\s+|directly\s+|regularly\s+)?(?:with|to)\b",
    re.IGNORECASE,
)
_HOLDING = re.compile(
    r"\b(?:certif\w*|qualifi\w*|designation|licen[cs]\w*|credential\w*|holds?|holding)\b", re.IGNORECASE
)


def _jd_max(values: Iterable[tuple[str, list[int]]]) -> tuple[int, str, bool] | None:
    """The largest number asked for, with its sentence and whether that sentence only prefers it."""
    best: tuple[int, str, bool] | None = None
    for sentence, numbers in values:
        for number in numbers:
            if best is None or number > best[0]:
                best = (number, sentence, bool(_PREFERRED.search(sentence)))
    return best


def extract_requirements(job_description: str) -> JobRequirements:
    """What a job description asks for: degree, years, team, budget, industries, certifications, place."""
    sentences = _sentences(job_description)
    requirements: list[Requirement] = []
    requirements += _jd_degree(sentences)
    years = _jd_max((s, _jd_years(s)) for s in sentences)
    cap = _jd_year_cap(sentences)
    if years or cap:
        number, sentence, preferred = years or (None, cap[1] if cap else "", False)
        requirements.append(
            Requirement(
                kind="years",
                text=_requirement_text(sentence),
                min_years=number,
                max_years=cap[0] if cap else None,
                preferred=preferred,
            )
        )
    head = "\n".join(job_description.strip().splitlines()[:3])
    # "Norte Logística is one of the leading ... companies, with 1,100 employees": the employer's size.
    teams = [(s, [] if _ABOUT_US.match(s) or _own_size(s) or _about_employer(s, head) or _NO_REPORTS.search(s)
              else _team_sizes(s, description=True)) for s in sentences]  # fmt: skip
    # "Manage a team of 2-3 HR officers" beside "partner to a plant of ~1,200 employees": the team is led.
    stated = [(s, n) for s, n in teams if n and (_A_TEAM.search(s) or _LEADS_A_SITE.search(s))]
    # Otherwise only a sentence that gives the hire people to lead: "you will join the analytics team (14
    # analysts)" or "our team is two GPs and four assistants" are colleagues.
    team = _jd_max(stated or [(s, n) for s, n in teams if _LEADS.search(s) or _LEAD_CLAUSE.search(s)])
    if team:
        number, sentence, preferred = team
        requirements.append(
            Requirement(
                kind="team-size", text=_requirement_text(sentence), min_people=number, preferred=preferred
            )
        )
    budget = _jd_max(
        (s, [b for b in budgets(s, lower_end=True) if b >= _SMALLEST_BUDGET])
        if _RESPONSIBILITY.search(s) and not _about_employer(s, head)
        else (s, [])
        for s in sentences
        if not (_COMPANY_REVENUE.search(s) and not _OWNED.search(s))
    )
    if budget:
        number, sentence, preferred = budget
        requirements.append(
            Requirement(kind="budget", text=_requirement_text(sentence), min_usd=number, preferred=preferred)
        )
    requirements += _jd_industries(sentences)
    certificates = [(s, _certifications(s)) for s in sentences]
    # "CPA exam reimbursement" among the benefits is a perk, not a requirement.
    named = [
        (s, c)
        for s, c in certificates
        if c and not _PERK.search(s) and not (_DEALS_WITH.match(s) and not _HOLDING.search(s))
    ]
    # "Active PMP certification (required)" beside "CSM, PSM a plus": what is required is the requirement.
    required = [(s, c) for s, c in named if not (_PREFERRED.search(s) or _OR_EQUIVALENT.search(s))]
    named = required or named
    if named:
        names = tuple(dict.fromkeys(c for _, cs in named for c in cs))
        requirements.append(
            Requirement(
                kind="certification",
                text=_requirement_text(named[0][0]),
                names=names,
                preferred=all(_PREFERRED.search(s) or _OR_EQUIVALENT.search(s) for s, _ in named),
            )
        )
    location, location_text = job_location(job_description)
    return JobRequirements(
        requirements=requirements,
        location=location,
        location_text=location_text,
        # Whole lines: "a valid P.Eng. licence with PEO" is one requirement, whatever its full stops.
        licence=licence_requirement(
            [_BULLET.sub("", ln).strip() for ln in unwrapped(job_description) if not _PREFERRED.search(ln)],
            title=next((ln for ln in job_description.splitlines() if ln.strip()), ""),
        ),
    )


# A sentence about the employer: its turnover is not a budget the hire will answer for.
# "5+ years in a plant leadership role ... for a site of 200+ employees": the site is led, too.
_LEADS_A_SITE = re.compile(
    r"\bleadership role\b.*\b(?:site|plant|facility|factory)s?\s+(?:of|with)\s+\S*\d", re.IGNORECASE
)
_A_TEAM = re.compile(r"\b(?:(?:lead|manage|run|head|supervise)s?\s+a\s+team\s+of|direct reports)\b", re.I)
# "About the Company: ... 5 plants and 4,500+ employees": the employer's size, not a team to lead.
_ABOUT_US = re.compile(r"\s*about (?:the |our )?(?:company|us|business|employer|organi[sz]ation)\b", re.I)
