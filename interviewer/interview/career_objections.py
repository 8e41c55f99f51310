"""The step down in rank a career invites, read from the resume's titles (a change of field is
`career_change`; the dates alone, a gap, short stays and one long stay, are `time_objections`). Also what
both kinds of rule share: which titles are executive, whether the title typed sits below its library role,
and which titles are in the role's function."""

from __future__ import annotations

import re

from interviewer.interview.functions import RANK_WORDS, families, function_words, names_an_occupation
from interviewer.interview.profile import Objection
from interviewer.interview.resume_facts import (
    Job,
    ResumeFacts,
    _lines,
    _nested,
    _span,
)
from interviewer.interview.roles import EXECUTIVE_RANK, SCHOOL_UNITS, Requirement, Role, load_roles
from interviewer.interview.short_posts import BREAK, SIDE

_C_LEVEL = re.compile(
    r"(?i:\bchief\s+(?:[a-z&]+\s+){1,3}officer\b)|\b(?:CEO|CFO|COO|CTO|CIO|CMO|CPO|CHRO|CISO|CDO)\b"
    # A contract research organisation is an employer: "NorthStar CRO", "a full-service CRO", "Medinova
    # Clinical Research (CRO)".
    r"|(?<![\w-] )(?<!\()\bCRO\b"
    r"|(?i:(?<!vice )(?<!vice-)(?<!\w)president\b(?!['’]?s\b))"
)


# The words before a rank that make it someone else's: "to the", "au", "zum".
_SERVES = re.compile(
    r"\b(?:to|of|for|au|aux|du|de la|del|al|zum|zur)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$", re.I
)


def _held_rank(rank: re.Pattern[str], title: str) -> re.Match[str] | None:
    """A rank the title holds itself: "Assistant to the CEO", "reporting to the Managing Director",
    "assistant to the site director" or "Adjointe au directeur des affaires financières" holds none."""
    for m in rank.finditer(title):
        if not _SERVES.search(title[: m.start()]):
            return m
    return None


# "Co-founder & CEO" of one's own start-up is a founder's title, not a rank held above the seat.
# in the languages titles come in: fundador(a), fondateur/fondatrice, Gründer(in), założyciel(ka), oprichter
_FOUNDER = re.compile(
    r"\b(?:co-?)?(?:founder|fundador[a]?|fondat(?:eur|rice)|gr[üu]nder(?:in)?|za[łl]o[żz]yciel\w*|oprichter)\b",
    re.IGNORECASE,
)


# A cover letter's addressee: "The Chief Executive Officer, Nyanza Hospital, ... Dear Sir/Madam".
_ADDRESSED = re.compile(r"^\W*(?:to:?|attn\.?:?|attention:?|the)\s|\bdear\b", re.IGNORECASE)


def _c_level_title(text: str) -> str | None:
    if _FOUNDER.search(text) or _ADDRESSED.search(text):
        return None
    held = _held_rank(_C_LEVEL, text)
    return held.group(0) if held else None


def _latest_first(jobs: list[Job]) -> list[Job]:
    """Current jobs first, then by when they ended and began."""
    return sorted(jobs, key=lambda j: (j.current, _span(j)[1], _span(j)[0]), reverse=True)


def on_the_side(job: Job, jobs: list[Job]) -> bool:
    """Part-time, casual or unpaid work beside another job held at the same time."""
    low, high = _span(job)
    return bool(SIDE.search(job.title)) and any(
        o is not job and not SIDE.search(o.title) and _span(o)[0] < high and low < _span(o)[1] for o in jobs
    )


def _latest_post(jobs: list[Job]) -> list[Job]:
    """The latest position, as a list of at most one: under an employer's own dates ("Construtora Douro,
    03/2014 – 12/2024" over "Diretor de Produção, 2019 – 2024"), the latest title held there."""
    latest = _latest_first(jobs)[:1]
    inside = [j for j in jobs if latest and j is not latest[0] and _nested(j, [latest[0], j])]
    return _latest_first(inside)[:1] or latest


def _source(from_description: bool) -> str:
    # Without a description the library's requirements are what such roles usually ask, never the employer's.
    return "The job description" if from_description else "This kind of role usually"


_MANAGER_RANK = re.compile(
    r"\b(?:manager|lead|leader|supervisor|coordinator|specialist|analyst|associate|officer|engineer|"
    r"consultant|advisor|adviser|administrator|partner|executive|representative)\b",
    re.IGNORECASE,
)


def _pitched_below(role: Role) -> bool:
    """The title the user typed is of a lower rank than the executive library role it was matched to."""
    asked = role.asked_as
    if not asked or role.family != "executive":
        return False
    return not EXECUTIVE_RANK.search(asked) and bool(_MANAGER_RANK.search(asked))


EARLY_CAREER_YEARS = 3  # a description asking at most this many years is for an early-career seat
OVER_CAP_YEARS = 8  # this many years past the top of a description's range ("2-4 years") is a step down
_JUNIOR_TITLE = re.compile(
    r"\b(?:junior|jr|entry[- ]level|graduate|trainee|intern|apprentice)\b", re.IGNORECASE
)
_SENIOR_TITLE = re.compile(
    # A school's head of a department or a year ("Deputy Head of Mathematics Department") still teaches.
    # "Warehouse Chief (Depo Şefi)", "Party Chief" lead a crew: a chief's rank opens the title.
    rf"\b(?:chief(?=\s+[\w&])|head of(?! (?:[\w&]+ ){{0,2}}(?:{SCHOOL_UNITS})\b)"
    r"|vp|svp|evp|vice[- ]president"
    r"|director|directeur|directrice|directora?|diretora?|direktor|\w*direktör|leiter(?:in)?(?!\s+(?:des\s+)?(?:team|schicht))"
    r"|c[eofo]o|managing director|general manager)\b",
    re.IGNORECASE,
)


def _executive(role: Role) -> bool:
    return bool(EXECUTIVE_RANK.search(role.asked_as or role.display_title))


# "Minimum 2 years' experience as a Mine Overseer in a section of 200": years in a seat, not a career's
# length.
_AS_A_SEAT = re.compile(
    r"\bas an?\s+((?:[\w-]+\s*){1,4}?)(?=\s+(?:in|with|at|for|on|within)\b|[,.;(]|$)", re.IGNORECASE
)


def _held_seat(text: str, facts: ResumeFacts) -> bool:
    """Whether the candidate has held the seat a years requirement names, if it names one: a shift
    supervisor asked for two years as an overseer is stepping up, however long their career."""
    seat = _AS_A_SEAT.search(text)
    if seat is None:
        return True
    words = {w for w in re.findall(r"[a-z]+", seat.group(1).lower()) if len(w) > 3}
    return not words or any(words <= set(re.findall(r"[a-z]+", j.title.lower())) for j in facts.jobs)


def _overqualified_objection(
    role: Role, merged: dict[str, list[tuple[Requirement, bool]]], facts: ResumeFacts, resume: str
) -> Objection | None:
    years = [(r, d) for r, d in merged.get("years", []) if r.min_years is not None]
    if years and facts.years_experience is not None:
        requirement, described = max(years, key=lambda rd: rd[0].min_years or 0)
        assert requirement.min_years is not None
        # A minimum is no ceiling: thirty years suit a COO asked for "12+", and 23 a senior engineer asked
        # for "5+". Only a minimum that marks an early-career seat ("2+ years") is far below two decades.
        early = requirement.min_years <= EARLY_CAREER_YEARS and _held_seat(requirement.text, facts)
        if early and _seat_years(role, facts, resume) >= requirement.min_years + 15 and not _executive(role):
            evidence = (
                f"{_source(described)} asks for {requirement.min_years}+ years; the resume shows about "
                f"{facts.years_experience:.0f} years of experience."
            )
            return Objection(topic="objection:overqualified", evidence=evidence, requirement=requirement.text)
    capped = [r for r, _ in merged.get("years", []) if r.max_years is not None]
    if capped and facts.years_experience is not None:
        top = capped[0]
        assert top.max_years is not None
        # "2 to 4 years of experience in accounting": where it names the role's own function, the years in
        # it and those managing in any (a COO who ran customer success, a store manager); years stacking
        # shelves before the accounting years make no one too senior for an accountant's seat.
        in_function = function_words(top.text) & _wanted_words(role)
        counted = _seat_years(role, facts, resume)
        counted = min(counted, _years_in_function(role, facts, managing=True)) if in_function else counted
        if counted >= top.max_years + OVER_CAP_YEARS:
            evidence = (
                f"The job description asks for up to {top.max_years} years; the resume shows about "
                f"{facts.years_experience:.0f} years of experience."
            )
            return Objection(topic="objection:overqualified", evidence=evidence, requirement=top.text)
    return _stepping_down(role, facts, resume)


# Work on one's own account between posts: freelance, independent or interim; or shifts through an agency
# ("Intensive care nurse (agency, 30 h/week)", a "Personalleasing" firm's pool).
_BRIDGE = re.compile(
    r"\b(?:independent|indépendante?|freelance\w*|self[- ]employed|interim|de transition"
    r"|selbst(?:st)?ändig\w*|freiberuf\w*|independiente|aut[óo]nom[oa]|\w*personalleasing|locum)\b"
    r"|\(agency\b",
    re.IGNORECASE,
)


# "SARL Maçonnerie Ferrand & Fils (9 salariés) Directeur de travaux": a firm the line sizes this small.
_FIRM_SIZE = re.compile(
    r"\b(\d{1,3})[- ]?(?:salariés|employés|employees|staff|people|persons|person|mitarbeiter\w*|empleados"
    r"|funcionários|pracownik\w*|dipendenti|medewerkers)\b",
    re.IGNORECASE,
)
# A director's title at a firm of this many people or fewer is no senior rank to step down from.
SMALL_FIRM = 20


def _small_firm(title: str, resume: str = "") -> bool:
    """A firm the resume sizes at 20 people or fewer, on the post's own line or the two under it ("VP
    Regulatory Affairs — Ophir Bio Ltd." over "Seed-stage peptide startup, 7 employees.")."""
    lines = [re.sub(r"[*_#]", "", line) for line in _lines(resume)]
    # A title read with its employer's line before it ("BOSPHORUS FREIGHT LTD, Chief Operating Officer")
    # is found by its own words.
    names = [name[:40] for name in dict.fromkeys([title, title.rsplit(", ", 1)[-1]]) if name]
    at = next((n for n, line in enumerate(lines) if any(name in line for name in names)), None)
    said = [title] if at is None else [title, *lines[at + 1 : at + 3]]
    return any(int(m.group(1)) <= SMALL_FIRM for text in said for m in _FIRM_SIZE.finditer(text))


def _stepping_down(role: Role, facts: ResumeFacts, resume: str) -> Objection | None:
    """A title below what the candidate already holds: a C-level title for a non-executive role, a director's
    or vice president's latest job for a role below that rank, or years of work for a junior seat."""
    typed = role.asked_as or role.display_title
    if _executive(role) and not _pitched_below(role):
        return None
    headline = [line for line in _lines(resume) if line][:3]
    for text in [*(j.title for j in facts.jobs), *headline]:
        # A COO of a family firm of 14 holds no rank to step down from either.
        if (title := _c_level_title(text)) and not _small_firm(title, resume):
            evidence = (
                f"The role ({typed}) is not an executive one; the resume shows a C-level title ({title})."
            )
            return Objection(topic="objection:overqualified", evidence=evidence)
    # A career break since is no job: the directorship before it is the latest post held. Nor is a dated
    # line with no title ("Since 04/2025" over a list of courses).
    # Nor is part-time or unpaid work beside a main job ("Finance Director (honorary, part-time)" of a
    # savings club, evenings, beside a full-time auditor's post): the main job's rank is the one held.
    posts = [j for j in facts.jobs if j.title.strip() and not BREAK.search(j.title)]
    posts = [j for j in posts if not on_the_side(j, posts)]
    latest = _latest_post(posts)
    # "Consultante RH indépendante (management de transition)" after eight years as DRH: freelance work
    # between posts, so the rank a recruiter weighs is the last post held before it.
    bridged = (
        _latest_post([j for j in posts if j is not latest[0]])
        if latest and _BRIDGE.search(latest[0].title)
        else []
    )
    held = bridged or latest
    if (
        held
        and not _FOUNDER.search(held[0].title)
        and not _small_firm(held[0].title, resume)
        and (rank := _held_rank(_SENIOR_TITLE, held[0].title))
    ):
        which = "last post before independent work" if bridged else "latest job"
        evidence = f"The role is {typed}; the resume's {which} is at {rank.group(0)} level ({held[0].title})."
        return Objection(topic="objection:overqualified", evidence=evidence, resume_lines=(held[0].title,))
    if (below := _assistant_below_a_manager(typed, latest, facts)) is not None:
        return below
    years = _years_in_function(role, facts)
    if _JUNIOR_TITLE.search(typed) and years >= OVER_CAP_YEARS:
        evidence = f"The role ({typed}) is a junior one; the resume shows {years:.0f} years in its field."
        return Objection(topic="objection:overqualified", evidence=evidence)
    return None


# A seat that manages no one ("Assistant Accountant", "Part-Time Sales Associate") and a latest post that
# ran a function or a district: a recruiter asks whether the candidate will stay.
_ASSISTANT_SEAT = re.compile(
    r"\b(?:assistant|associate|clerk|cashier|crew member|general hand|part[- ]time|casual)\b", re.IGNORECASE
)
_MANAGES = re.compile(
    r"\b(?:manager|management|controller|head|director|supervisor|lead|leader|chief|officer|principal)\b",
    re.IGNORECASE,
)
_RAN_SOMETHING = re.compile(r"\b(?:manager|controller|head|director|superintendent)\b", re.IGNORECASE)


# A specialist's seat is below a manager's only where the manager led a team: an "Account Manager" may
# have led no one.
_SPECIALIST_SEAT = re.compile(r"\b(?:specialist|buyer|analyst|accountant|underwriter)\b", re.IGNORECASE)
LED_A_TEAM = 3
SETTLED_MONTHS = 12


def _assistant_below_a_manager(typed: str, latest: list[Job], facts: ResumeFacts) -> Objection | None:
    led = (facts.max_team_size or 0) >= LED_A_TEAM
    seat = _ASSISTANT_SEAT.search(typed) or (led and _SPECIALIST_SEAT.search(typed))
    if not latest or not seat or _MANAGES.search(typed):
        return None
    title = latest[0].title
    if _ASSISTANT_SEAT.search(title) or not _RAN_SOMETHING.search(title):
        return None
    # A managing post held for months ("Underwriting Manager, Oct 2023 – Jun 2024") is a step tried, not yet
    # the level a recruiter weighs the candidate at.
    if latest[0].months < SETTLED_MONTHS:
        return None
    if (facts.years_experience or 0) < 10:
        return None
    evidence = f"The role ({typed}) manages no one; the resume's latest job is {title}."
    return Objection(topic="objection:overqualified", evidence=evidence, resume_lines=(title,))


def _seat_years(role: Role, facts: ResumeFacts, resume: str) -> float:
    """Years that make a candidate too senior for an early-career seat: all of them, unless the candidate's
    summary says they are moving into the field (eleven years running a store say nothing of a junior
    designer). Titles alone do not decide it: a controller applying as a bookkeeper is overqualified."""
    total = facts.years_experience or 0.0
    if not _MOVING.search(_summary(resume)):
        return total
    return min(total, _years_in_function(role, facts))


def _years_in_function(role: Role, facts: ResumeFacts, managing: bool = False) -> float:
    """Years of work in the role's own function: a teacher of nine years who turns to frontend work is new
    to it, not overqualified for a junior seat. Where the role names no function, all years count. With
    `managing`, so do the years in any managing title (a COO who ran customer success)."""
    wanted, initials = _wanted_words(role), _initials(role)
    if not wanted:
        return facts.years_experience or 0.0
    # A student's weekend or part-time job beside their studies is no year in the field.
    jobs = [j for j in facts.jobs if not _nested(j, facts.jobs) and not SIDE.search(j.title)]
    counted = [
        j for j in jobs if _in_field(j.title, wanted, initials) or (managing and _MANAGES.search(j.title))
    ]
    return sum(j.months for j in counted) / 12


def _as_function(role: Role) -> Role:
    """The library role whose function a title names: a Marketing Manager, asked the general profile's
    questions as below the CMO's rank, still works in marketing, where a brand manager works too."""
    if not role.below:
        return role
    return load_roles()[role.below].model_copy(update={"asked_as": role.asked_as})


def _wanted_words(role: Role) -> set[str]:
    """The words that name the role's function: the library role's, and the title the user typed. A title
    matched to the general profile only by default ("UX Designer") is its own typed words alone."""
    role = _as_function(role)
    typed = _typed_function(role.asked_as or "")
    if role.id == "general-manager" or role.unmatched:
        return typed
    library = " ".join([role.display_title, role.title, *role.aliases, *(c.name for c in role.competencies)])
    return function_words(library) | typed if function_words(role.title) else set()


_TITLE_TAIL = re.compile(r"\s+[-–—|]\s+")


def _typed_function(typed: str) -> set[str]:
    """The function words of a typed title; what follows a dash names a function only where it names an
    occupation ("Senior Engineer – Backend (Payments)"), not where it is a territory ("District Manager –
    GTA West")."""
    head, *tails = _TITLE_TAIL.split(typed)
    # "VP Sales & Business Development (Tunnelling)": brackets naming no family of work name the sector;
    # "Shift Coordinator (Warehouse)" names the work in them.
    bare = re.sub(r"\([^)]*\)?", " ", head)
    bracketed = " ".join(re.findall(r"\(([^)]*)\)?", head))
    head = bare if function_words(bare) and not families(bracketed) else head
    return function_words(head).union(*(function_words(t) for t in tails if names_an_occupation(t)))


def _titles(role: Role) -> list[str]:
    """The title typed and the library role's; the general profile's own title names no job."""
    role = _as_function(role)
    return [role.asked_as or ""] if role.unmatched else [role.asked_as or "", role.title]


def _initials(role: Role) -> set[str]:
    """What a title is shortened to: "Site Reliability Engineer" is an SRE."""
    titles = _titles(role)
    words = [[w for w in re.findall(r"[a-z]+", t.lower()) if w not in RANK_WORDS] for t in titles]
    return {"".join(w[0] for w in ws) for ws in words if len(ws) >= 2}


def _in_field(title: str, wanted: set[str], initials: set[str]) -> bool:
    if title.isupper():  # all capitals: any word may be initials
        said = set(re.findall(r"[a-z]+", title.lower()))
    else:  # initials are written in capitals ("SRE"); "Dong Da Branch" says no "DA" (data analyst)
        said = {w.lower() for w in re.findall(r"\b[A-Z]{2,6}\b", title)}
    reports = bool(wanted & _ANALYSIS and _REPORTING.search(title))
    return bool(function_words(title) & wanted or said & initials or reports)


# Reporting and business intelligence are an analyst's work under another title ("Commercial Reporting
# Officer", "BI Developer"); a reporter's is not.
_ANALYSIS = {"analy"}
_REPORTING = re.compile(r"(?i:\breporting\b|\bbusiness intelligence\b)|\bBI\b")


_MOVING = re.compile(
    r"\b(?:transition\w*|moved into|moving into|career change\w*|switch\w*|aspiring|retrain\w*|turned)\b",
    re.I,
)


def _summary(resume: str) -> str:
    """The resume's head: name, headline and profile, where a candidate says what their career is."""
    return "\n".join(line for line in _lines(resume)[:15] if line)
