"""Deterministic gap analysis: resume facts and job-description requirements compared into objections."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

from interviewer.interview.profile import Objection
from interviewer.interview.roles import DegreeLevel, Requirement, Role

# (year, month); the month is None when the resume gives only the year.
YearMonth = tuple[int, int | None]

DEGREE_RANK: dict[str, int] = {"associate": 0, "bachelor": 1, "master": 2, "mba": 2, "phd": 3}
_DEGREE_ORDER = ("phd", "mba", "master", "bachelor", "associate")  # highest first; mba is named before master
_DEGREE_NAMES = {
    "phd": "a PhD",
    "mba": "an MBA",
    "master": "a master's degree",
    "bachelor": "a bachelor's degree",
    "associate": "an associate degree",
}
SHORT_TENURE_MONTHS = 18
LONG_TENURE_MONTHS = 120
MIN_GAP_MONTHS = 6


class Job(BaseModel):
    """One dated position read from the resume."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str  # the title/employer line(s), as written
    dates: str  # the date range, as written
    start: YearMonth
    end: YearMonth  # today's month for a current job
    current: bool
    months: int  # best estimate; a year-only range "2015 - 2020" is 60 months


class Gap(BaseModel):
    """A stretch of at least six months between consecutive jobs."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start_text: str  # end of the job before, as written
    end_text: str  # start of the job after, as written
    months: int  # the shortest the gap can be, given how precisely the dates are written


class ResumeFacts(BaseModel):
    """What a resume shows, read without a model."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    degrees: list[str] = []  # normalised levels, highest first
    highest_degree: str | None = None
    years_experience: float | None = None
    jobs: list[Job] = []  # in the resume's order
    gaps: list[Gap] = []
    short_tenures: int = 0
    longest_tenure_years: float = 0.0
    max_team_size: int | None = None
    max_budget_usd: int | None = None
    industries: list[str] = []
    certifications: list[str] = []
    has_direct_reports: bool = False


class JobRequirements(BaseModel):
    """What a job description asks for, as role-style requirements plus a location."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    requirements: list[Requirement] = []
    location: str | None = None  # a city from the table below, when the description names one
    location_text: str | None = None  # the description's own words for the location

    def of_kind(self, kind: str) -> list[Requirement]:
        return [r for r in self.requirements if r.kind == kind]


# ---------------------------------------------------------------- shared vocabulary

_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
_NUM = r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6}|" + "|".join(_NUMBER_WORDS) + r")\+?"


def _number(text: str) -> int:
    word = text.lower()
    return _NUMBER_WORDS[word] if word in _NUMBER_WORDS else int(word.replace(",", ""))


# Degree levels; acronyms are case-sensitive so "MS Office" or "Boston, MA" are not read as degrees.
_DEGREE_PATTERNS: dict[str, re.Pattern[str]] = {
    "phd": re.compile(
        r"(?i:\bph\.?\s?d\b|\bdoctorate\b|\bdoctoral degree\b|\bdoctor of philosophy\b|\bd\.?phil\b)"
    ),
    "mba": re.compile(r"(?i:\bm\.?b\.?a\b|\bmaster of business administration\b)|\bEMBA\b"),
    "master": re.compile(
        r"(?i:\bmaster'?s\b|\bmasters?\s+(?:of|in|degree)\b|\bm\.?sc\b|\bm\.s\.|\bm\.a\.|\bm\.?eng\b|\bm\.?tech\b"
        r"|\bm\.?phil\b"
        r"|\bm\.?res\b|\bpost-?graduate degree\b|\bgraduate degree\b|\badvanced degree\b)"
        r"|\b(?:MPA|MPH|MFA|LLM|MFin|MAcc|MEd|MSt)\b"
        r"|\bM[AS][ \t]+(?:in\b|\(|(?!Office|Excel|Word|PowerPoint|Project|Access|Teams|Dynamics|SQL|Azure"
        r"|Outlook|Visio|SharePoint)[A-Z][a-z])"
    ),
    "bachelor": re.compile(
        r"(?i:\bbachelor'?s?\b|\bb\.?sc\b|\bb\.s\.|\bb\.a\.|\bb\.e\.|\bb\.?eng\b|\bb\.?tech\b|\bb\.?com\b"
        r"|\bundergraduate degree\b"
        r"|\b(?:a|relevant|university|college|4-year|four-year)\s+degree\b|\bdegree\s+in\b)"
        r"|\b(?:BBA|LLB|BFA|BComm)\b"
        r"|\bB[AS][ \t]+(?:in\b|\(|Hons\b|[A-Z][a-z])"
    ),
    "associate": re.compile(
        r"(?i:\bassociate'?s?\s+degree\b|\bassociate\s+of\s+(?:arts|science|applied science)\b)"
        r"|\bA\.?A\.?S\.?\b"
    ),
}

# Industries, as named in resumes and descriptions. Function words ("finance", "marketing") are left out on
# purpose: "experience in finance" describes a function, not a sector.
_INDUSTRIES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in {
        "healthcare": r"\bhealth ?care\b|\bhospitals?\b|\bclinical\b|\bclinics?\b|\bmedical\b|\bpatients?\b"
        r"|\bhealth (?:system|services|insurer)s?\b|\bNHS\b",
        "financial services": r"\bfinancial services\b|\bbank(?:s|ing)?\b|\bfintech\b|\bwealth management\b"
        r"|\binvestment management\b|\basset managers?\b|\bhedge funds?\b|\bbrokerage\b",
        "insurance": r"\binsurance\b|\binsurers?\b|\breinsurance\b|\bunderwriting\b|\bactuarial\b",
        "retail": r"\bretail(?:er|ers|ing)?\b|\be-?commerce\b|\bsupermarkets?\b|\bgrocery\b"
        r"|\bdepartment stores?\b",
        "software": r"\bsaas\b|\bsoftware\b|\bcloud platforms?\b"
        r"|\btech(?:nology)? (?:company|firm|start-?up)s?\b",
        "manufacturing": r"\bmanufactur\w*|\bfactor(?:y|ies)\b|\bindustrial\b|\bproduction plants?\b",
        "energy": r"\benergy\b|\boil (?:and|&) gas\b|\butilit(?:y|ies)\b|\brenewables?\b|\bpower generation\b"
        r"|\bsolar\b|\bpetroleum\b",
        "telecom": r"\btelecom\w*|\btelco\b|\bmobile operators?\b|\bnetwork operators?\b|\bbroadband\b"
        r"|\bwireless carriers?\b",
        "public sector": r"\bpublic sector\b|\bgovernment\b|\bministry\b|\bfederal agenc\w+|\bcivil service\b"
        r"|\bmunicipal\b|\blocal authorit\w+",
        "non-profit": r"\bnon-?profits?\b|\bnot-for-profit\b|\bcharit(?:y|ies)\b|\bNGOs?\b",
        "education": r"\beducation(?:al)?\b|\bed-?tech\b|\bhigher ed\b|\buniversities\b|\bschools\b|\bK-12\b"
        r"|\be-?learning\b",
        "logistics": r"\blogistics\b|\bfreight\b|\bshipping\b|\bwarehous\w+|\b3PL\b|\bcouriers?\b|\bparcel\b",
        "media": r"(?<!social )\bmedia\b|\bpublishing\b|\bbroadcast\w*|\bentertainment\b|\badvertising\b"
        r"|\bnewspapers?\b|\bstreaming\b|\bgaming\b",
        "pharma": r"\bpharma\w*|\bbiotech\w*|\blife sciences?\b|\bdrug development\b|\bmedical devices?\b",
        "consumer goods": r"\bconsumer goods\b|\bFMCG\b|\bCPG\b|\bconsumer packaged goods\b"
        r"|\bconsumer products\b",
        "automotive": r"\bautomotive\b|\bcar ?makers?\b|\bautomakers?\b|\bvehicles?\b",
        "hospitality": r"\bhospitality\b|\bhotels?\b|\brestaurants?\b|\btourism\b|\bleisure\b|\bairlines?\b",
        "consulting": r"\bconsult(?:ing|ancy|ancies|ants?)\b|\bprofessional services\b|\badvisory firms?\b",
        "real estate": r"\breal estate\b|\bREITs?\b|\bproperty development\b",
        "aerospace and defence": r"\baerospace\b|\bdefen[cs]e (?:industry|contractors?|sector)\b"
        r"|\baviation\b",
    }.items()
}

_CERTIFICATIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("CPA", r"\bCPA\b"),
        ("ACA", r"\bACA\b"),
        ("ACCA", r"\b[AF]CCA\b"),
        ("CIMA", r"\bCIMA\b|\bCGMA\b"),
        ("CFA", r"\bCFA\b"),
        ("CMA", r"\bCMA\b"),
        ("CIA", r"\bCIA\b"),
        ("FRM", r"\bFRM\b"),
        ("CAIA", r"\bCAIA\b"),
        ("Chartered Accountant", r"(?i:\bchartered accountant\b)"),
        ("PMP", r"\bPMP\b"),
        ("PRINCE2", r"(?i:\bprince ?2\b)"),
        ("PMI-ACP", r"\bPMI-ACP\b"),
        ("CSM", r"\bCSM\b|(?i:\bcertified scrum ?master\b)"),
        ("CISSP", r"\bCISSP\b"),
        ("CISM", r"\bCISM\b"),
        ("CISA", r"\bCISA\b"),
        ("CCNA", r"\bCCNA\b"),
        ("CCNP", r"\bCCNP\b"),
        ("ITIL", r"\bITIL\b"),
        ("CKA", r"\bCKA\b"),
        ("Six Sigma", r"(?i:\b(?:lean )?six sigma\b)"),
        ("SHRM-SCP", r"\bSHRM-SCP\b"),
        ("SHRM-CP", r"\bSHRM-CP\b"),
        ("SPHR", r"\bSPHR\b"),
        ("CIPD", r"\bCIPD\b"),
        ("CSCP", r"\bCSCP\b"),
        ("Google Cloud Certified", r"\bGoogle Cloud Certified\b"),
        ("Microsoft Certified", r"\bMicrosoft Certified\b"),
    )
)
# AWS certifications are named after the service track, which is kept.
_AWS_CERT = re.compile(r"\bAWS Certified(?:[ \t-]+[A-Z][\w-]*){0,4}")

_LEAD_VERBS = (
    r"manag(?:ed|ing|es|e)|led|leading|leads?|supervis(?:ed|ing|es|e)|oversaw|overseeing|oversees?"
    r"|head(?:ed|ing|s)?|direct(?:ed|ing|s)?|r[au]n(?:ning)?|responsible for|line[- ]manag(?:ed|ing|e)"
)
_PEOPLE = (
    r"people|persons|staff|employees|engineers|developers|managers|reps|representatives|analysts|accountants"
    r"|professionals|consultants|members|colleagues|designers|scientists|ftes?|reports|specialists|leaders"
    r"|directors|agents|nurses|teachers|sellers|salespeople|marketers|recruiters|associates|workers"
    r"|operators|technicians|personnel|individuals|researchers|architects|controllers|officers|buyers"
    r"|planners|supervisors|heads|partners|clinicians|advisors|advisers|lawyers|editors|writers"
)
_UNIT = r"team|teams|squad|pod|organi[sz]ation|department|function|division|unit|staff|group|headcount"
_TEAM_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b(?:{_UNIT})\s+of\s+(?:up to |over |more than |about |around |approximately |~ ?|some |nearly "
        rf"|almost |circa |c\. ?)?{_NUM}",
        rf"\b{_NUM}[- ](?:person|strong|member)\b",  # "a 25-person team"; "2,000 people" may be customers
        rf"\b{_NUM}\s+(?:direct |line |total )?(?:reports|ftes?)\b",
        rf"\b(?:{_LEAD_VERBS})\s+(?:a |an |the |my |our )?"
        rf"(?:total of |team of |up to |over |more than |some )?{_NUM}\s+"
        rf"(?:[\w-]{{1,40}}\s+){{0,2}}?(?:{_PEOPLE})\b",
        rf"\b(?:grew|growing|scaled|scaling|expanded|built|building)\s+(?:the |a |my |our )?"
        rf"(?:[\w-]{{1,40}}\s+){{0,2}}?(?:{_UNIT})\s+(?:from\s+\d+\s+)?to\s+{_NUM}",
    )
)
_DIRECT_REPORTS = re.compile(
    rf"\bdirect reports?\b|\bline[- ]manag|\bpeople manager\b"
    rf"|\b(?:{_LEAD_VERBS}|built and led|hired and led)\s+"
    rf"(?:a |an |the |my |our |two |three |four |several )?(?:[\w-]{{1,40}}\s+){{0,2}}?"
    rf"(?:{_UNIT}|{_PEOPLE})\b",
    re.IGNORECASE,
)

_MONEY = re.compile(
    r"(?<![\w.])(?P<cur>US\$|\$|£|€|(?:USD|GBP|EUR)\s?)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?"
    r"(?P<mult>billion|bn|b|million|mn|mm|m|thousand|k)?\b(?:\s?(?P<cur2>USD|GBP|EUR|dollars|pounds|euros)\b)?",
    re.IGNORECASE,
)
_SCOPE_WORDS = re.compile(
    r"\bbudgets?\b|\bp\s?&\s?l\b|\bp/l\b|\bprofit and loss\b|\brevenues?\b|\bturnover\b|\bspend\b|\bopex\b"
    r"|\bcapex\b|\bcost base\b|\bportfolio\b|\bsales\b|\bbook of business\b|\btop line\b|\bbookings\b"
    r"|\bARR\b|\bquotas?\b|\bAUM\b|\bassets under management\b",
    re.IGNORECASE,
)
# Pay is not scope: "base salary $120,000 plus sales commission".
_PAY_WORDS = re.compile(
    r"\bsalary\b|\bcompensation\b|\bOTE\b|\bcommission\b|\bbonus\b|\bequity\b|\bper (?:year|annum|hour)\b"
    r"|\bpay\b|\bwage\b",
    re.IGNORECASE,
)
# Rough fixed rates: only the order of magnitude matters when comparing scope.
_TO_USD = {"$": 1.0, "us$": 1.0, "usd": 1.0, "dollars": 1.0, "£": 1.25, "gbp": 1.25, "pounds": 1.25,
           "€": 1.1, "eur": 1.1, "euros": 1.1}  # fmt: skip
_MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9,
                "bn": 1e9, "billion": 1e9}  # fmt: skip

# Major cities, for telling where a candidate lives; ambiguous names (Reading, Nice) are left out.
_CITIES: dict[str, tuple[str, ...]] = {
    "New York": ("New York", "NYC"), "Los Angeles": ("Los Angeles",), "Chicago": ("Chicago",),
    "Houston": ("Houston",), "Dallas": ("Dallas",), "Austin": ("Austin",), "Boston": ("Boston",),
    "San Francisco": ("San Francisco",), "Seattle": ("Seattle",), "Denver": ("Denver",),
    "Atlanta": ("Atlanta",), "Miami": ("Miami",),
    "Washington, D.C.": ("Washington DC", "Washington, DC", "Washington D.C.", "Washington, D.C."),
    "Philadelphia": ("Philadelphia",), "Minneapolis": ("Minneapolis",), "Detroit": ("Detroit",),
    "San Diego": ("San Diego",), "Toronto": ("Toronto",), "Vancouver": ("Vancouver",),
    "Montreal": ("Montreal", "Montréal"), "Mexico City": ("Mexico City",),
    "São Paulo": ("São Paulo", "Sao Paulo"),
    "Buenos Aires": ("Buenos Aires",), "Bogotá": ("Bogotá", "Bogota"), "London": ("London",),
    "Manchester": ("Manchester",), "Birmingham": ("Birmingham",), "Edinburgh": ("Edinburgh",),
    "Glasgow": ("Glasgow",), "Dublin": ("Dublin",), "Paris": ("Paris",), "Lyon": ("Lyon",),
    "Berlin": ("Berlin",), "Munich": ("Munich", "München"), "Frankfurt": ("Frankfurt",),
    "Hamburg": ("Hamburg",), "Amsterdam": ("Amsterdam",), "Rotterdam": ("Rotterdam",),
    "Brussels": ("Brussels", "Bruxelles"), "Zurich": ("Zurich", "Zürich"), "Geneva": ("Geneva", "Genève"),
    "Vienna": ("Vienna", "Wien"), "Madrid": ("Madrid",), "Barcelona": ("Barcelona",),
    "Lisbon": ("Lisbon", "Lisboa"), "Milan": ("Milan", "Milano"), "Rome": ("Rome",),
    "Stockholm": ("Stockholm",), "Copenhagen": ("Copenhagen", "København"), "Oslo": ("Oslo",),
    "Helsinki": ("Helsinki",), "Warsaw": ("Warsaw",), "Prague": ("Prague",), "Budapest": ("Budapest",),
    "Athens": ("Athens",), "Istanbul": ("Istanbul",), "Dubai": ("Dubai",), "Abu Dhabi": ("Abu Dhabi",),
    "Riyadh": ("Riyadh",), "Doha": ("Doha",), "Tel Aviv": ("Tel Aviv",), "Cairo": ("Cairo",),
    "Johannesburg": ("Johannesburg",), "Cape Town": ("Cape Town",), "Lagos": ("Lagos",),
    "Nairobi": ("Nairobi",), "Mumbai": ("Mumbai",), "Delhi": ("Delhi",),
    "Bangalore": ("Bangalore", "Bengaluru"), "Hyderabad": ("Hyderabad",), "Chennai": ("Chennai",),
    "Pune": ("Pune",), "Singapore": ("Singapore",), "Hong Kong": ("Hong Kong",), "Shanghai": ("Shanghai",),
    "Beijing": ("Beijing",), "Shenzhen": ("Shenzhen",), "Tokyo": ("Tokyo",), "Osaka": ("Osaka",),
    "Seoul": ("Seoul",), "Taipei": ("Taipei",), "Bangkok": ("Bangkok",), "Kuala Lumpur": ("Kuala Lumpur",),
    "Jakarta": ("Jakarta",), "Manila": ("Manila",), "Sydney": ("Sydney",), "Melbourne": ("Melbourne",),
    "Auckland": ("Auckland",),
}  # fmt: skip
_CITY_PATTERNS = {
    city: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)
    for city, names in _CITIES.items()
}


def _cities_in(text: str) -> list[str]:
    found = [(m.start(), city) for city, rx in _CITY_PATTERNS.items() if (m := rx.search(text))]
    return [city for _, city in sorted(found)]


# ---------------------------------------------------------------- dates and jobs

_MONTH_NAMES = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter"
)
# Seasons are read as their middle month.
_MONTH_NUMBERS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                  "oct": 10, "nov": 11, "dec": 12, "spr": 4, "sum": 7, "aut": 10, "fal": 10,
                  "win": 1}  # fmt: skip
_YEAR = r"(?:19|20)\d\d"
_DATE = (
    rf"(?:(?:{_MONTH_NAMES})\.?,?\s*'?{_YEAR}|(?:0?[1-9]|1[0-2])[/.-]{_YEAR}|{_YEAR}[/.-](?:0[1-9]|1[0-2])(?!\d)"
    rf"|{_YEAR})"
)
_PRESENT = r"present|current(?:ly)?|now|today|date|ongoing"
_RANGE = re.compile(
    rf"(?<![\w/.-])(?P<start>{_DATE})\s*(?:-|–|—|−|~|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*"
    rf"(?P<end>{_DATE}|(?:{_PRESENT})\b)(?![\w/-])",
    re.IGNORECASE,
)
_SINCE = re.compile(rf"\bsince\s+(?P<start>{_DATE})(?![\w/-])", re.IGNORECASE)
# A range right after one of these words is part of a sentence ("grew sales from 2015 to 2020"), not a job.
_PROSE_BEFORE = re.compile(
    r"\b(?:from|between|in|during|over|for|throughout|across|by|of|until|the|a|an|and|to|at|on|its|their|our|my)"
    r"\s*$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*[-•*▪◦·‣⁃–—>]\s+")

# Section headings. Dates under an excluded heading are study, service or honours, not employment; under a
# neutral one (summary, skills) they are read as jobs, as they are before any heading.
HeadingKind = Literal["experience", "excluded", "neutral"]
_EXPERIENCE_HEADS = {"experience", "employment", "career", "work", "history", "positions", "roles", "jobs",
                     "appointments", "background", "record"}  # fmt: skip
_EXCLUDED_HEADS = {
    "education", "qualifications", "qualification", "certifications", "certification", "certificates",
    "training", "courses", "academic", "studies", "volunteer", "volunteering", "awards", "honours", "honors",
    "publications", "projects", "board", "boards", "patents", "speaking", "presentations", "extracurricular",
    "memberships", "affiliations", "activities", "references",
}  # fmt: skip
_EXCLUDING_MODIFIERS = {"volunteer", "volunteering", "board", "boards", "academic", "projects"}
_NEUTRAL_HEADS = {
    "skills", "competencies", "languages", "interests", "hobbies", "summary", "profile", "objective", "about",
    "contact", "achievements", "personal", "details", "accomplishments", "highlights", "expertise",
    "overview", "information", "tools", "technologies", "technical",
}  # fmt: skip
_HEADING_FILLER = {"and", "&", "of", "my", "key", "selected", "relevant", "professional", "other",
                   "additional", "core", "leadership", "me", "the", "recent", "previous", "prior",
                   "executive", "industry", "further", "non-executive", "research", "teaching", "military",
                   "service", "community", "management"}  # fmt: skip
_STUDY_WORDS = re.compile(
    r"\b(?:diploma|graduated|gpa|coursework|thesis|dissertation|semester|student|studies"
    r"|exchange programme)\b",
    re.IGNORECASE,
)
_INSTITUTION = re.compile(r"\b(?:university|college|school|institute|academy|polytechnic)\b", re.IGNORECASE)
# Work at a school is still work: "Teacher, Lincoln High School, 2015 - 2020".
_STAFF_TITLE = re.compile(
    r"\b(?:teacher|lecturer|professor|instructor|tutor|dean|principal|head|director|manager|officer|engineer"
    r"|analyst|assistant|coordinator|administrator|counsel+or|nurse|researcher|fellow|consultant|developer"
    r"|scientist|specialist|adviser|advisor|coach|librarian|registrar|bursar|accountant|controller)s?\b",
    re.IGNORECASE,
)


def _is_study_line(line: str) -> bool:
    if _STUDY_WORDS.search(line) or _degrees(line):
        return True
    return bool(_INSTITUTION.search(line)) and not _STAFF_TITLE.search(line)


# Titles whose brevity says nothing about loyalty.
_NATURALLY_SHORT = re.compile(
    r"\b(?:intern|internship|placement|summer|co-?op|contract|contractor|freelance|freelancer|interim"
    r"|temporary|temp|fixed[- ]term|seasonal|advisor|adviser|board|non-executive|volunteer|sabbatical)\b",
    re.IGNORECASE,
)


def _heading_kind(line: str) -> HeadingKind | None:
    text = line.strip().strip("#*_=:-–— ").strip()
    if not text or len(text) > 45 or re.search(r"\d", text):
        return None
    words = re.findall(r"[a-z&-]+", text.lower())
    if not words or len(words) > 5:
        return None
    vocabulary = _EXPERIENCE_HEADS | _EXCLUDED_HEADS | _NEUTRAL_HEADS | _HEADING_FILLER
    if not all(w in vocabulary for w in words) or all(w in _HEADING_FILLER for w in words):
        return None
    excluded = [w for w in words if w in _EXCLUDED_HEADS]
    if any(w in _EXPERIENCE_HEADS for w in words):
        if not excluded:
            return "experience"
        # "Volunteer experience" is not employment; "Education and experience" holds both.
        return "excluded" if set(excluded) & _EXCLUDING_MODIFIERS else "neutral"
    return "excluded" if excluded else "neutral"


def _parse_date(text: str) -> YearMonth | None:
    value = text.lower().strip()
    if m := re.match(rf"({_MONTH_NAMES})\.?,?\s*'?(\d{{4}})", value):
        return int(m.group(2)), _MONTH_NUMBERS[m.group(1)[:3]]
    if m := re.match(r"(\d{1,2})[/.-](\d{4})", value):
        return int(m.group(2)), int(m.group(1))
    if m := re.match(r"(\d{4})[/.-](\d{1,2})", value):
        return int(m.group(1)), int(m.group(2))
    if m := re.match(r"(\d{4})$", value):
        return int(m.group(1)), None
    return None


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _start_earliest(when: YearMonth) -> int:
    return _month_index(when[0], when[1] or 1)


def _end_latest(when: YearMonth) -> int:
    """The first month after the job, reading a year-only end as December."""
    return _month_index(when[0], when[1] or 12) + 1


def _span(job: Job) -> tuple[int, int]:
    """Best-estimate [start, end) in months; a year-only end means "into that year" (2015-2020 is 5 years)."""
    start = _start_earliest(job.start)
    year, month = job.end
    end = _month_index(year, month) + 1 if month else _month_index(year, 1)
    if end <= start:
        end = _end_latest(job.end)
    return start, max(end, start + 1)


# Spelled out rather than strftime's %b, which follows the process locale: a prompt reads the same anywhere.
_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _format(when: YearMonth) -> str:
    year, month = when
    return f"{_MONTH_ABBREVIATIONS[month - 1]} {year}" if month else str(year)


def _title_for(lines: list[str], index: int, spans: list[tuple[int, int]]) -> str:
    line = lines[index]
    rest = line
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    rest = _BULLET.sub("", rest)
    rest = re.sub(r"\(\s*\)|\[\s*\]|[*_#`]", " ", rest)
    rest = re.sub(r"\s+", " ", rest).strip(" \t,;:|·•–—-()[]/")
    if len(re.findall(r"[A-Za-z]", rest)) >= 3:
        return rest

    def usable(text: str) -> bool:
        return bool(
            text.strip()
            and not _heading_kind(text)
            and not _RANGE.search(text)
            and not _BULLET.match(text)
            and len(text.split()) <= 12
        )

    before: list[str] = []
    for j in (index - 1, index - 2):
        if j < 0 or not usable(lines[j]):
            break
        before.insert(0, lines[j].strip(" |*_#"))
    if before:
        return ", ".join(before)
    for j in range(index + 1, min(index + 3, len(lines))):
        if lines[j].strip():
            return lines[j].strip(" |*_#") if usable(lines[j]) else ""
    return ""


def _extract_jobs(lines: list[str], today: date) -> list[Job]:
    jobs: list[Job] = []
    section: HeadingKind | None = None
    now: YearMonth = (today.year, today.month)
    for index, line in enumerate(lines):
        kind = _heading_kind(line)
        if kind is not None:
            section = kind
            continue
        if section == "excluded" or len(line.split()) > 25:
            continue
        # Outside an experience section, an education line's dates are study, not work.
        if section != "experience" and _is_study_line(line):
            continue
        found: list[tuple[re.Match[str], YearMonth, YearMonth, bool]] = []
        for match in _RANGE.finditer(line):
            if _PROSE_BEFORE.search(line[: match.start()]):
                continue
            start = _parse_date(match.group("start"))
            current = _parse_date(match.group("end")) is None
            end = now if current else _parse_date(match.group("end"))
            if start is None or end is None:
                continue
            found.append((match, start, end, current))
        if not found and (since := _SINCE.search(line)) and (start := _parse_date(since.group("start"))):
            found.append((since, start, now, True))
        spans = [(m.start(), m.end()) for m, *_ in found]
        for match, start, end, current in found:
            if not 1950 <= start[0] <= today.year or _start_earliest(start) > _start_earliest(now):
                continue
            if not current and (end[0] > today.year or _end_latest(end) <= _start_earliest(start)):
                continue
            job = Job(
                title=_title_for(lines, index, spans),
                dates=match.group(0).strip(),
                start=start,
                end=end,
                current=current,
                months=0,
            )
            low, high = _span(job)
            jobs.append(job.model_copy(update={"months": high - low}))
    return jobs


def _gaps(jobs: list[Job]) -> list[Gap]:
    """Gaps of six months or more; uncertain year-only dates are read in the candidate's favour."""
    ordered = sorted(jobs, key=lambda j: (_start_earliest(j.start), _end_latest(j.end)))
    gaps: list[Gap] = []
    covered_until: int | None = None
    last_end: Job | None = None
    for job in ordered:
        start = _start_earliest(job.start)
        if covered_until is not None and last_end is not None and start - covered_until >= MIN_GAP_MONTHS:
            gaps.append(
                Gap(
                    start_text=_format(last_end.end),
                    end_text=_format(job.start),
                    months=start - covered_until,
                )
            )
        end = _end_latest(job.end)
        if covered_until is None or end > covered_until:
            covered_until, last_end = end, job
    return gaps


def _years_experience(jobs: list[Job]) -> float | None:
    if not jobs:
        return None
    spans = sorted(_span(j) for j in jobs)
    total, current_start, current_end = 0, spans[0][0], spans[0][1]
    for start, end in spans[1:]:
        if start > current_end:
            total += current_end - current_start
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    total += current_end - current_start
    return round(total / 12, 1)


# ---------------------------------------------------------------- other resume facts

_STATED_YEARS = re.compile(
    rf"\b{_NUM}\s*(?:years?|yrs?)['’]?\s+(?:of\s+)?(?:[\w&/-]{{1,40}}\s+){{0,4}}?"
    r"(?:experience|expertise)\b",
    re.IGNORECASE,
)


def _degrees(text: str) -> list[str]:
    return [level for level in _DEGREE_ORDER if _DEGREE_PATTERNS[level].search(text)]


# In a description, "join our team of 200" or "work in a team of 8" describes colleagues, not the team the
# hire will lead.
_OUR_TEAM = re.compile(
    r"\b(?:our|join(?:ing)?\s+(?:a|an|the|our)|(?:part of|in|with|within|on|into|alongside)\s+(?:a|an|the))"
    r"\s+(?:[\w-]{1,40}\s+){0,2}$",
    re.IGNORECASE,
)


def _team_sizes(text: str, description: bool = False) -> list[int]:
    sizes = [
        _number(m.group("n"))
        for rx in _TEAM_PATTERNS
        for m in rx.finditer(text)
        if not (description and _OUR_TEAM.search(text[: m.start()]))
    ]
    return [n for n in sizes if 2 <= n <= 1_000_000]


def _clause_window(text: str, start: int, end: int, width: int = 45) -> str:
    before = re.split(r"[;\n]|\.\s", text[max(0, start - width) : start])[-1]
    after = re.split(r"[;\n]|\.\s", text[end : end + width])[0]
    return f"{before} {after}"


def _budgets(text: str) -> list[int]:
    amounts: list[int] = []
    for m in _MONEY.finditer(text):
        currency = (m.group("cur") or m.group("cur2") or "").strip().lower()
        multiplier = (m.group("mult") or "").lower()
        # A bare number is only money with a currency or a word like "million".
        if not currency and multiplier not in ("million", "mn", "billion", "bn"):
            continue
        window = _clause_window(text, m.start(), m.end())
        if not _SCOPE_WORDS.search(window) or _PAY_WORDS.search(window):
            continue
        value = float(m.group("num").replace(",", "")) * _MULTIPLIERS.get(multiplier, 1.0)
        amounts.append(int(value * _TO_USD.get(currency, 1.0)))
    return [a for a in amounts if a > 0]


def _industries(text: str) -> list[str]:
    return [name for name, rx in _INDUSTRIES.items() if rx.search(text)]


def _certifications(text: str) -> list[str]:
    found = [name for name, rx in _CERTIFICATIONS if rx.search(text)]
    found += [re.sub(r"\s+", " ", m.group(0)).strip() for m in _AWS_CERT.finditer(text)]
    return list(dict.fromkeys(found))


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace("\r", "\n").split("\n")]


def extract_facts(resume: str, today: date | None = None) -> ResumeFacts:
    """What the resume shows: degrees, dated jobs, gaps, scope, industries and certifications."""
    today = today or date.today()
    lines = _lines(resume)
    jobs = _extract_jobs(lines, today)
    stated = [_number(m.group("n")) for m in _STATED_YEARS.finditer(resume)]
    computed = _years_experience(jobs)
    # Resumes often list only the last decade of jobs, so a stated total can exceed the dated one.
    candidates = [y for y in (computed, *(float(s) for s in stated if s <= 60)) if y is not None]
    teams = _team_sizes(resume)
    budgets = _budgets(resume)
    degrees = _degrees(resume)
    body = "\n".join(line for line in lines if _heading_kind(line) is None)
    short = [
        j
        for j in jobs
        if not j.current
        and _end_latest(j.end) - _start_earliest(j.start) < SHORT_TENURE_MONTHS
        and not _NATURALLY_SHORT.search(j.title)
    ]
    return ResumeFacts(
        degrees=degrees,
        highest_degree=degrees[0] if degrees else None,
        years_experience=max(candidates) if candidates else None,
        jobs=jobs,
        gaps=_gaps(jobs),
        short_tenures=len(short),
        longest_tenure_years=round(max((j.months for j in jobs), default=0) / 12, 1),
        max_team_size=max(teams) if teams else None,
        max_budget_usd=max(budgets) if budgets else None,
        industries=_industries(body),
        certifications=_certifications(resume),
        has_direct_reports=bool(teams) or bool(_DIRECT_REPORTS.search(resume)),
    )


# ---------------------------------------------------------------- job descriptions

_PREFERRED = re.compile(
    r"\bprefer(?:red|ably|able)?\b|\ba plus\b|\bdesir(?:able|ed)\b|\bnice[- ]to[- ]have\b|\bideally\b"
    r"|\bbonus\b|\badvantage(?:ous)?\b|\bwelcome\b",
    re.IGNORECASE,
)
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


def _jd_years(sentence: str) -> list[int]:
    found: list[int] = []
    for rx, needs_context in _JD_YEARS:
        if needs_context and not _EXPERIENCE_WORDS.search(sentence):
            continue
        found += [n for m in rx.finditer(sentence) if 1 <= (n := _number(m.group("n"))) <= 40]
    return found


# Each pattern says whether its phrase runs on past the industry and must be cut ("... from banks").
_INDUSTRY_CONTEXT = tuple(
    (re.compile(p, re.IGNORECASE), cut)
    for p, cut in (
        # "experience in healthcare or life sciences", "background within the energy sector"
        (r"\b(?:experience|background|expertise|exposure|track record|career|knowledge)\s+"
         r"(?:\w{1,40}\s+){0,2}?(?:in|within|across|of)\s+(?:the\s+|a\s+|an\s+)?"
         r"(?P<x>[\w&/-]{1,40}(?:[ ,]+[\w&/-]{1,40}){0,5})",
         True),
        # "healthcare industry experience", "the public sector"
        (r"(?<![\w&/-])(?P<x>(?:[\w&/-]{1,40}\s+){1,3}"
         r"(?:industry|industries|sector|sectors|space|vertical|market)\b)", False),
        # "SaaS experience required", "retail or healthcare experience"
        (r"(?<![\w&/-])(?P<x>(?:[\w&/-]{1,40}\s+){1,4})experience\b", False),
        # "we are a leading healthcare provider", "CFO for a SaaS company"
        (r"\b(?:we are|we're|is|join|for|at)\s+(?:a|an|the)\s+(?P<x>(?:[\w&/-]{1,40}\s+){0,5}?"
         r"(?:company|business|provider|firm|organi[sz]ation|group|platform|start-?up|scale-?up|retailer"
         r"|manufacturer|bank|insurer|operator|network|brand|agency|hospital|charity|utility))\b", False),
    )
)  # fmt: skip
_LOCATION_CONTEXT = tuple(
    re.compile(p, re.IGNORECASE | re.MULTILINE)
    for p in (
        r"\b(?:job\s+|work\s+|office\s+)?location\s*[*_]*\s*[:\-–—]\s*(?P<x>[^;\n]+)",
        r"\b(?:based|located)\s+(?:in|at|out of|from)\s+(?:our\s+|the\s+)?(?P<x>[^.;\n]{2,60})",
        r"\b(?:on-?site|in[- ]office|in[- ]person|hybrid)\s+(?:role\s+|position\s+)?(?:in|at|from)\s+"
        r"(?:our\s+|the\s+)?(?P<x>[^.;\n]{2,60})",
    )
)


# A money figure in a description is a requirement only when the hire will answer for it; "we are a $2B
# company" describes the employer.
_RESPONSIBILITY = re.compile(
    r"\b(?:own|owns|owning|ownership|manag\w*|responsib\w*|oversee\w*|oversight|accountab\w*|lead"
    r"|leading|control\w*|run|running|carry|carrying|deliver\w*|drive|driving|hold|holding|experience"
    r"|track record)\b",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?;])\s+|\n+", text)
    return [_BULLET.sub("", p).strip() for p in parts if p.strip()]


def _requirement_text(sentence: str) -> str:
    sentence = sentence.strip()
    return sentence if len(sentence) <= 200 else sentence[:197].rstrip() + "..."


_REQUIRED_LEVELS: dict[str, DegreeLevel] = {
    "phd": "phd", "mba": "mba", "master": "master", "bachelor": "bachelor"
}  # fmt: skip


def _jd_degree(sentences: list[str]) -> Requirement | None:
    best: tuple[int, DegreeLevel, bool, str] | None = None
    for sentence in sentences:
        # The Requirement model has no associate level; such a requirement is met by most degrees anyway.
        hits = [
            (m.start(), level)
            for level in _DEGREE_ORDER
            if level != "associate" and (m := _DEGREE_PATTERNS[level].search(sentence))
        ]
        if not hits:
            continue
        hits.sort()
        # "Bachelor's or master's" asks for the lower; "bachelor's required, MBA preferred" for the higher.
        between = sentence[hits[0][0] : hits[-1][0]]
        ranks = [DEGREE_RANK[level] for _, level in hits]
        wanted = min(ranks) if re.search(r"\bor\b|/", between) else max(ranks)
        levels = [lv for _, lv in hits if DEGREE_RANK[lv] == wanted]
        level = _REQUIRED_LEVELS["mba" if "mba" in levels else levels[0]]
        if best is None or wanted > best[0]:
            best = (wanted, level, bool(_PREFERRED.search(sentence)), sentence)
    if best is None:
        return None
    _, level, preferred, sentence = best
    return Requirement(kind="degree", text=_requirement_text(sentence), level=level, preferred=preferred)


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
    if degree := _jd_degree(sentences):
        requirements.append(degree)
    years = _jd_max((s, _jd_years(s)) for s in sentences)
    if years:
        number, sentence, preferred = years
        requirements.append(
            Requirement(kind="years", text=_requirement_text(sentence), min_years=number, preferred=preferred)
        )
    team = _jd_max((s, _team_sizes(s, description=True)) for s in sentences)
    if team:
        number, sentence, preferred = team
        requirements.append(
            Requirement(
                kind="team-size", text=_requirement_text(sentence), min_people=number, preferred=preferred
            )
        )
    budget = _jd_max((s, _budgets(s) if _RESPONSIBILITY.search(s) else []) for s in sentences)
    if budget:
        number, sentence, preferred = budget
        requirements.append(
            Requirement(kind="budget", text=_requirement_text(sentence), min_usd=number, preferred=preferred)
        )
    seen: set[tuple[str, ...]] = set()
    for sentence in sentences:
        for rx, cut in _INDUSTRY_CONTEXT:
            for m in rx.finditer(sentence):
                # Industries named together are alternatives: "healthcare or pharma" is met by either.
                phrase = _industry_phrase(m.group("x")) if cut else m.group("x")
                names = tuple(_industries(phrase))
                if names and names not in seen and not any(set(names) <= set(s) for s in seen):
                    seen.add(names)
                    requirements.append(
                        Requirement(
                            kind="industry",
                            text=_requirement_text(sentence),
                            names=names,
                            preferred=bool(_PREFERRED.search(sentence)),
                        )
                    )
    certificates = [(s, _certifications(s)) for s in sentences]
    named = [(s, c) for s, c in certificates if c]
    if named:
        names = tuple(dict.fromkeys(c for _, cs in named for c in cs))
        requirements.append(
            Requirement(
                kind="certification",
                text=_requirement_text(named[0][0]),
                names=names,
                preferred=all(_PREFERRED.search(s) for s, _ in named),
            )
        )
    location, location_text = _jd_location(job_description)
    return JobRequirements(requirements=requirements, location=location, location_text=location_text)


# Industry words ending in -ing; any other -ing word ends the phrase ("experience in raising funds from
# banks" names no industry).
_ING_INDUSTRIES = {"banking", "manufacturing", "consulting", "publishing", "broadcasting", "streaming",
                   "gaming", "advertising", "underwriting", "warehousing", "shipping", "e-learning",
                   "elearning", "retailing", "learning"}  # fmt: skip
_PHRASE_STOPS = {"with", "to", "for", "from", "by", "on", "at", "including", "such", "is", "are", "will",
                 "as", "who", "that", "which", "where", "while"}  # fmt: skip


def _industry_phrase(text: str) -> str:
    kept: list[str] = []
    for word in re.split(r"[ ,]+", text):
        low = word.lower()
        if low in _PHRASE_STOPS or (low.endswith("ing") and low not in _ING_INDUSTRIES):
            break
        kept.append(word)
    return " ".join(kept)


def _jd_location(text: str) -> tuple[str | None, str | None]:
    for rx in _LOCATION_CONTEXT:
        for m in rx.finditer(text):
            place = re.split(r"\.\s|\.$", m.group("x"))[0].strip(" *_")
            if re.search(r"\bremote\b", place, re.IGNORECASE):
                return None, place  # "London or remote" does not ask anyone to move
            cities = _cities_in(place)
            if cities:
                return cities[0], place
    return None, None


# ---------------------------------------------------------------- objections

_RANK_WORDS = frozenset(
    " ".join(
        [
            "head of chief vp svp evp avp vice president director senior sr staff lead principal junior",
            "jr officer the and for group global regional interim deputy associate assistant executive",
            "manager managers management mgr general managing leader leadership team member at in to with",
            "a an ltd inc corp llc plc gmbh co company limited partner partners specialist",
        ]
    ).split()
)
_C_LEVEL = re.compile(
    r"(?i:\bchief\s+(?:[a-z&]+\s+){1,3}officer\b)|\b(?:CEO|CFO|COO|CTO|CIO|CMO|CPO|CRO|CHRO|CISO|CDO)\b"
    r"|(?i:(?<!vice )(?<!vice-)(?<!\w)president\b(?!['’]?s\b))"
)


def _function_words(text: str) -> set[str]:
    words = {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 1 and w not in _RANK_WORDS}
    # A five-letter stem makes "finance" meet "financial" and "engineer" meet "engineering".
    return {w[:5] for w in words}


def _c_level_title(text: str) -> str | None:
    for m in _C_LEVEL.finditer(text):
        # "Assistant to the CEO" or "reporting to the CFO" is not itself a C-level title.
        if re.search(r"\b(?:to|of|for)\s+(?:the\s+)?$", text[: m.start()], re.IGNORECASE):
            continue
        return m.group(0)
    return None


def _source(from_description: bool) -> str:
    return "The job description" if from_description else "The role"


def _money(usd: int) -> str:
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if usd >= limit:
            return f"${usd / limit:.1f}".rstrip("0").rstrip(".") + suffix
    return f"${usd}"


def _merged(role: Role, described: JobRequirements | None) -> dict[str, list[tuple[Requirement, bool]]]:
    """Requirements by kind, each with whether it came from the description, which wins over the role."""
    merged: dict[str, list[tuple[Requirement, bool]]] = {}
    for requirement in role.requirements:
        merged.setdefault(requirement.kind, []).append((requirement, False))
    if described is not None:
        kinds = {r.kind for r in described.requirements}
        for kind in kinds:
            merged[kind] = [(r, True) for r in described.requirements if r.kind == kind]
    return merged


def _degree_objection(needs: list[tuple[Requirement, bool]], facts: ResumeFacts) -> Objection | None:
    have = DEGREE_RANK[facts.highest_degree] if facts.highest_degree else -1
    for requirement, described in needs:
        if requirement.level is None or DEGREE_RANK[requirement.level] <= have:
            continue
        verb = "prefers" if requirement.preferred else "asks for"
        shown = "lists no degree"
        if facts.highest_degree:
            shown = f"lists {_DEGREE_NAMES[facts.highest_degree]} only"
        evidence = f"{_source(described)} {verb} {_DEGREE_NAMES[requirement.level]}; the resume {shown}."
        return Objection(topic="objection:degree", evidence=evidence, requirement=requirement.text)
    return None


def _industry_objection(
    needs: list[tuple[Requirement, bool]], facts: ResumeFacts, resume: str
) -> Objection | None:
    for requirement, described in needs:
        if not requirement.names:
            continue  # "the company's industry" cannot be checked without naming it
        names = [n.lower() for n in requirement.names]
        known = [n for n in names if n in _INDUSTRIES]
        unknown = [n for n in names if n not in _INDUSTRIES]
        if any(n in facts.industries for n in known):
            continue
        if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", resume, re.IGNORECASE) for n in unknown):
            continue
        wanted = " or ".join(requirement.names)
        evidence = (
            f"{_source(described)} asks for experience in {wanted}; the resume never mentions {wanted}."
        )
        return Objection(topic="objection:industry", evidence=evidence, requirement=requirement.text)
    return None


def _scope_objection(
    role: Role, merged: dict[str, list[tuple[Requirement, bool]]], facts: ResumeFacts
) -> Objection | None:
    asked: list[str] = []
    shown: list[str] = []
    texts: list[str] = []
    sources: set[bool] = set()
    teams = [(r, d) for r, d in merged.get("team-size", []) if r.min_people]
    for requirement, described in teams:
        assert requirement.min_people is not None
        if facts.max_team_size is not None and facts.max_team_size >= requirement.min_people:
            continue
        asked.append(f"a team of {requirement.min_people} or more")
        if facts.max_team_size is not None:
            shown.append(f"shows teams of at most {facts.max_team_size}")
        elif facts.has_direct_reports:
            shown.append("does not say how large a team the candidate has led")
        else:
            shown.append("shows no direct reports")
        texts.append(requirement.text)
        sources.add(described)
        break
    for requirement, described in merged.get("budget", []):
        if requirement.min_usd is None:
            continue
        if facts.max_budget_usd is not None and facts.max_budget_usd >= requirement.min_usd:
            continue
        asked.append(f"responsibility for {_money(requirement.min_usd)} or more")
        if facts.max_budget_usd:
            shown.append(f"shows budgets of at most {_money(facts.max_budget_usd)}")
        else:
            shown.append("gives no budget figure")
        texts.append(requirement.text)
        sources.add(described)
        break
    if not teams and role.family != "individual" and not facts.has_direct_reports:
        asked.append("someone who leads people")
        shown.append("shows no direct reports")
        sources.add(False)
    if not asked:
        return None
    both = len(sources) > 1
    who = "The job description and the role" if both else _source(sources.pop())
    verb = "ask for" if both else "asks for"
    evidence = f"{who} {verb} {' and '.join(asked)}; the resume {' and '.join(shown)}."
    return Objection(topic="objection:scope", evidence=evidence, requirement="; ".join(texts) or None)


def _gap_objection(facts: ResumeFacts) -> Objection | None:
    if not facts.gaps:
        return None
    parts = [f"between {g.start_text} and {g.end_text} (at least {g.months} months)" for g in facts.gaps[:3]]
    return Objection(topic="objection:gap", evidence=f"The resume shows no job {' or '.join(parts)}.")


def _hopping_objection(facts: ResumeFacts) -> Objection | None:
    if facts.short_tenures < 3:
        return None
    return Objection(
        topic="objection:job-hopping",
        evidence=f"The resume shows {facts.short_tenures} jobs that lasted under {SHORT_TENURE_MONTHS} "
        "months; an employer will ask whether the candidate will stay.",
    )


def _tenure_objection(facts: ResumeFacts) -> Objection | None:
    longest = max(facts.jobs, key=lambda j: j.months, default=None)
    if longest is None or longest.months < LONG_TENURE_MONTHS:
        return None
    title = f"{longest.title}, " if longest.title else ""
    return Objection(
        topic="objection:tenure",
        evidence=f"The resume shows {longest.months // 12} years in one job ({title}{longest.dates}); "
        "an employer will ask how the candidate will adapt to a new organisation.",
    )


def _overqualified_objection(
    role: Role, merged: dict[str, list[tuple[Requirement, bool]]], facts: ResumeFacts, resume: str
) -> Objection | None:
    years = [(r, d) for r, d in merged.get("years", []) if r.min_years is not None]
    if years and facts.years_experience is not None:
        requirement, described = max(years, key=lambda rd: rd[0].min_years or 0)
        assert requirement.min_years is not None
        if facts.years_experience >= requirement.min_years + 15:
            evidence = (
                f"{_source(described)} asks for {requirement.min_years}+ years; the resume shows about "
                f"{facts.years_experience:.0f} years of experience."
            )
            return Objection(topic="objection:overqualified", evidence=evidence, requirement=requirement.text)
    if role.family != "executive":
        headline = [line for line in _lines(resume) if line][:3]
        for text in [*(j.title for j in facts.jobs), *headline]:
            if title := _c_level_title(text):
                evidence = (
                    f"The role ({role.display_title}) is not an executive one; the resume shows a C-level "
                    f"title ({title})."
                )
                return Objection(topic="objection:overqualified", evidence=evidence)
    return None


def _career_change_objection(role: Role, facts: ResumeFacts) -> Objection | None:
    # A title made only of rank ("Chief Executive Officer", "General Manager") is open to every function.
    if not _function_words(role.title):
        return None
    wanted = _function_words(
        " ".join([role.display_title, role.title, *role.aliases, *(c.name for c in role.competencies)])
    )
    recent = sorted(facts.jobs, key=lambda j: (j.current, _span(j)[1], _span(j)[0]), reverse=True)[:2]
    titles = [j.title for j in recent]
    if not titles or not all(_function_words(t) for t in titles):
        return None
    if any(_function_words(t) & wanted for t in titles):
        return None
    evidence = (
        f"The role is {role.display_title}; the resume's most recent titles ({'; '.join(titles)}) "
        "are in another function."
    )
    return Objection(topic="objection:career-change", evidence=evidence)


def _relocation_objection(described: JobRequirements | None, resume: str) -> Objection | None:
    if described is None or described.location is None:
        return None
    top = [line for line in _lines(resume) if line][:5]
    if top:
        # The first segment of the first line is usually the name, and "Sydney" or "Austin" can be one.
        parts = re.split(r"\s*[|•·,–—]\s*|\s+-\s+", top[0], maxsplit=1)
        top[0] = parts[1] if len(parts) > 1 else ""
    # "sydney@example.com" or "www.paris-design.com" say nothing about where someone lives.
    contact = re.sub(
        r"[^\s@]{1,80}@\S*|\bhttps?://\S*|\bwww\.\S*|(?<!\S)\S{1,80}\.(?:com|org|net|io|dev|me)\b\S*",
        " ",
        "\n".join(top),
    )
    elsewhere = [c for c in _cities_in(contact) if c != described.location]
    if not elsewhere or _CITY_PATTERNS[described.location].search(resume):
        return None
    evidence = (
        f"The job description places the role in {described.location}; the resume gives {elsewhere[0]} "
        "as the candidate's location."
    )
    return Objection(topic="objection:relocation", evidence=evidence, requirement=described.location_text)


def find_gaps(
    role: Role, resume: str | None, job_description: str | None = None, today: date | None = None
) -> list[Objection]:
    """The objections a resume invites for this role and description: at most one per topic, in a fixed order.

    Age, salary and culture fit are never raised from a resume: the interviewer must not infer age, and the
    other two are planned elsewhere.
    """
    if resume is None or not resume.strip():
        return []
    facts = extract_facts(resume, today)
    described = extract_requirements(job_description) if job_description and job_description.strip() else None
    merged = _merged(role, described)
    found = [
        _degree_objection(merged.get("degree", []), facts),
        _industry_objection(merged.get("industry", []), facts, resume),
        _scope_objection(role, merged, facts),
        _gap_objection(facts),
        _hopping_objection(facts),
        _tenure_objection(facts),
        _overqualified_objection(role, merged, facts, resume),
        _career_change_objection(role, facts),
        _relocation_objection(described, resume),
    ]
    return [o for o in found if o is not None]
