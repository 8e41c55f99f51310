"""Positions one after another with one employer (promotions, transfers) read as one stay: how long the
candidate stayed with an employer, which the tenure and job-hopping objections ask."""

from __future__ import annotations

import re
from collections.abc import Sequence

from interviewer.interview.job_titles import _POST
from interviewer.interview.places import _cities_in, countries_in, place_names_only, places_only
from interviewer.interview.resume_facts import SHORT_TENURE_MONTHS, Job, _nested, _span

_SAME_EMPLOYER = re.compile(r"\bsame\s+(?:company|department|employer|firm|organi[sz]ation|group)\b", re.I)
_EMPLOYER_SPLIT = re.compile(r"\s+[—–-]\s+|,\s*|\s*\|\s*|\s+at\s+|\s*@\s*")
_NOT_A_NAME = {"ltd", "limited", "inc", "llc", "gmbh", "plc", "corp", "corporation", "company", "group",
               "global", "international", "services", "solutions", "department", "university", "hospital",
               "school", "college", "bank", "the", "and", "senior", "junior", "manager", "engineer",
               "remote", "hybrid", "present", "projects", "ingeniero", "engenheiro", "analyst", "analista",
               "consultant", "consultor", "director", "officer", "specialist", "coordinator", "supervisor",
               "assistant", "associate", "lead", "head", "gerente", "jefe", "leiter", "mechanical",
               "electrical", "civil", "software", "data", "product", "project", "program", "programme",
               "operations", "sales", "marketing", "finance", "financial", "accounting", "legal",
               "technical", "clinical", "principal", "chief", "staff", "design", "development", "research",
               "quality", "supply", "customer", "support", "business", "strategy", "digital", "human",
               "resources", "people", "account", "billing", "payments", "engineering",
               # the kind of place, in the languages resumes come in: two pharmacies are two employers
               "apotheek", "apotheke", "pharmacy", "farmacia", "pharmacie", "clinic", "clinica", "klinik",
               "klinikum", "praxis", "studio", "hotel", "restaurant", "store", "shop", "escuela", "colegio",
               "escola", "école", "schule", "hôpital", "krankenhaus", "ziekenhuis", "universidad",
               "universidade", "université", "universität", "ministry", "ministerio", "municipalidad",
               "gemeente", "county", "council", "banco", "banque", "agency", "agencia", "grupo", "gruppo",
               "groupe", "empresa", "industries", "holding", "holdings"}  # fmt: skip


def _only_a_place(part: str) -> bool:
    named = [*_cities_in(part), *countries_in(part)]
    rest = part
    for name in named:
        rest = re.sub(re.escape(name), " ", rest, flags=re.IGNORECASE)
    return bool(named) and not re.search(r"\b[A-Z][\w&'-]{3,}", rest)


def _employer_words(job: Job) -> set[str]:
    return set(_employer_word_list(job))


def _employer_word_list(job: Job) -> list[str]:
    """The first distinctive word of each part after a position's title, where a company's name sits
    ("Puri Segara Sanur" gives "puri"), in order; words in brackets qualify the title and are left out."""
    title = re.sub(r"\([^)]*\)?", " ", job.title)
    parts = _EMPLOYER_SPLIT.split(title)[1:]
    if len(parts) > 1 and len(parts[-1].split()) == 1:
        parts = parts[:-1]  # a last single word is where the job was ("..., Alexandria"), not who employed
    found: list[str] = []
    for part in parts:
        words = [w for w in re.findall(r"\b[A-Z][\w&'-]{3,}", part) if w.lower() not in _NOT_A_NAME]
        place = _only_a_place(part)  # "Tel Aviv", not "Puri Segara Sanur"
        if words and not place and not _cities_in(words[0]) and words[0].lower() not in found:
            found.append(words[0].lower())
    return found


def _same_employer(before: Job, after: Job, *, stated: bool = False) -> bool:
    """One employer: the same employer line, or "same company" written; unless only what is stated counts, a
    distinctive word in both titles' employer parts too."""
    if before.employer and before.employer == after.employer:
        return True
    # "Seri Mutiara Builders Sdn Bhd, Kuala Lumpur (CIDB G7)" and "Seri Mutiara Builders Sdn Bhd": one
    # company's name by its legal form, with and without where it is.
    if (name := _own_name(before.employer)) and name == _own_name(after.employer):
        return True
    if _SAME_EMPLOYER.search(after.title) or _SAME_EMPLOYER.search(before.title):
        return True
    if _same_organisation(before, after) or _same_company_named(before, after):
        return True
    if _organisations(before) & _organisations(after):
        return True
    if stated or _named_apart(before, after):
        return False
    # "Westböhmen Autoteile s.r.o., Plzeň" and "Plzeňské kabelové systémy a.s., Plzeň": two companies, each
    # named by its legal form, in one town.
    if opens_with_company(before.title) and opens_with_company(after.title):
        return _company_word(before) == _company_word(after)
    # "Gulf Coast Electric Co. – Houston, TX" over its positions: there the company comes first, and the
    # words after it ("Journeyman Electrician") are a title two employers may share.
    if not (_company_first(before) or _company_first(after)):
        # "— Te Awa Hospice, Palmerston North" and "— Oranga Tamariki, Palmerston North site": two employers
        # named first, in one town.
        first, then = _employer_word_list(before), _employer_word_list(after)
        if first and then and first[0] != then[0]:
            return False
        return bool(set(first) & set(then))
    return bool(_named(before) & _named(after))


def _company_word(job: Job) -> str:
    """The first word naming the company a line opens with, or the company's whole name where no word of it
    is capitalised (ラクラクモール株式会社)."""
    return next(iter(_lead_words(job)), title_parts(job.title)[0].strip().lower())


def _own_name(employer: str) -> str:
    """An employer's name without the place or remark after it, where its legal form shows it is one."""
    name = re.split(r",|\(", re.sub(r"[*_#]", "", employer))[0].strip()
    return name.lower() if _COMPANY_NAME.search(name) else ""


def _named_apart(before: Job, after: Job) -> bool:
    """Two employers each position's own entry names ("Niger Basin Power Company Ltd", "Transmission Company
    of Nigeria") are two, whatever words their titles share. An employer taken from a line above the
    position may be a heading or a detail read wrongly, so only one in the position's own text counts."""
    return all(j.employer and j.employer in j.title for j in (before, after))


# A company's legal form, in the countries resumes come from: "S.A.", "SRL", "Sp. z o.o.", "Sdn Bhd".
_LEGAL_FORM = (
    r"AG|GmbH|Ltd|Limited|Inc|LLC|LLP|plc|Corp|Corporation|S\.?A|Pty|B\.?V|N\.?V|Co|S\.?R\.?L|SARL|SAS"
    r"|S\.?p\.?A|AB|A/S|AS|ASA|Oyj?|Kft|Zrt|s\.r\.o|a\.s|Sp\. z o\.o|Pvt|Bhd|K\.?K|UAB|d\.o\.o"
)
_COMPANY_NAME = re.compile(rf"\b(?:{_LEGAL_FORM})\b\.?")


def title_parts(title: str) -> list[str]:
    """A dated line's parts between commas and dashes: "Bramley & Cole Ltd", "Northampton"."""
    return [p for p in re.split(r",\s*|\s[-–—|]\s", title) if p.strip()] or [""]


def opens_with_company(title: str) -> bool:
    """Whether a dated line opens with a company's name by its legal form ("Bramley & Cole Foodservice Ltd,
    Northampton Distribution Centre"), as an employer's line over its positions does."""
    return bool(_COMPANY_NAME.search(title_parts(title)[0]))


# Words that make a line's first part an organisation's name, not a title two employers may share.
ORGANISATION = re.compile(
    rf"\b(?:{_LEGAL_FORM}|Hospital|Clinic"
    r"|University|Universit[äé]t?|Bank|Council|Ministry|Department|Army|Navy|Air Force|Agency|Authority"
    r"|Foundation|Trust|Institute|School|College)\b\.?"
)

_TITLE_WORD = re.compile(
    r"\b(?:head|manager|director|officer|lead|chief|teacher|nurse|engineer|analyst|assistant|specialist"
    r"|coordinator|consultant|principal|president|dean|professor|lecturer|clerk|administrator)\b",
    re.IGNORECASE,
)


def _same_organisation(before: Job, after: Job) -> bool:
    """ "Krauss Automotive AG, München, HR Specialist" over "Krauss Automotive AG, München, HR Business
    Partner": the same organisation leads both lines, so the positions are one stay."""
    lead, other = (_EMPLOYER_SPLIT.split(job.title)[0] for job in (before, after))
    return (
        lead.strip().lower() == other.strip().lower()
        and before.title != after.title
        and bool(ORGANISATION.search(lead))
        and not _TITLE_WORD.search(lead)  # "Head of School, Riverside" names a post, not who employed
    )


def _organisations(job: Job) -> set[str]:
    """The companies a position's own line and its employer line name by a legal form: "Odra
    Development S.A." under "Head of Construction Projects", or in "Senior Project Manager, Odra Development
    S.A., Wrocław"."""
    # "Autopartes Zeta del Bajío, S.A. de C.V.": a legal form after a comma is part of the name before it.
    # "Nordhavn Karnaphuli Logistics Ltd (new name after the 2019 acquisition)": the remark is no part of it.
    said = re.sub(r"\s*\([^)]*\)", "", f"{job.title}, {job.employer}")
    parts = re.split(rf",(?!\s*(?:{_LEGAL_FORM})\b)\s*|\s[-–—|]\s", said)
    # "Adelaide SA" is a city in South Australia, not a société anonyme.
    return {
        p.strip().lower()
        for p in parts
        if len(p.strip()) >= 6 and _COMPANY_NAME.search(p) and not places_only(p.strip())
    }


def _named(job: Job) -> set[str]:
    return _lead_words(job) if _company_first(job) else _employer_words(job) | _lead_words(job)


def _company_first(job: Job) -> bool:
    return bool(job.employer) and job.title.startswith(job.employer)


def _lead_words(job: Job) -> set[str]:
    first = _EMPLOYER_SPLIT.split(job.title)[0]
    words = [w for w in re.findall(r"\b[A-Z][\w&'-]{2,}", first) if w.lower() not in _NOT_A_NAME]
    return {words[0].lower()} if words else set()


def _under_one_name(before: Job, after: Job) -> bool:
    """Both positions sit under one employer line that is neither position's own line (a date-first layout
    can give a position's own line as the employer of the next)."""
    name = re.sub(r"[*_#]", "", before.employer).strip()[:30]
    own = any(re.sub(r"[*_#]", "", j.title).startswith(name) for j in (before, after))
    return bool(name) and before.employer == after.employer and not own


def _same_company_named(before: Job, after: Job) -> bool:
    """ "Team Lead, Customer Success — Lumio Software Sdn Bhd" after "Customer Success Manager — Lumio
    Software Sdn Bhd": the company each title names, set apart by a dash, a bar or "at", is one, by its first
    two words; a region or a town set apart beside it ("Regional Vice President, Sales — Southwest |
    Crestline Medical Supply") is passed over."""

    def named(job: Job) -> set[tuple[str, ...]]:
        parts = re.split(r"\s+[—–|]\s+|\s+at\s+|\s*@\s*", re.sub(r"[*#_]", "", job.title))
        # The title first, then the company; "Kestrel Analytics — Software Engineer II" is the other way.
        if len(parts) < 2 or not _POST.search(parts[0]) or _POST.search(parts[1]):
            return set()
        found = set()
        for part in parts[1:]:
            words = re.findall(r"[\w&.'-]+", part)
            if len(words) >= 2 and words[0][0].isupper() and not place_names_only(part.strip()):
                found.add(tuple(w.lower() for w in words[:2]))
        return found

    return bool(named(before) & named(after))


def _reach(stay: tuple[int, int, list[Job]], job: Job) -> int:
    """The latest month a next position may start and still continue the stay: three months on, or, where
    the same organisation leads both lines and the stay ends on a bare year ("Feb 2014 – 2018", then "2019 –
    current"), or both are under one employer's name, the whole of that year."""
    end, latest = stay[1], stay[2][0]
    if latest.end[1] is None and (_same_organisation(latest, job) or _under_one_name(latest, job)):
        return end + 12
    return end + 3


def _names(job: Job) -> set[str]:
    words = re.findall(r"\b[A-Z][\w&'-]{3,}", re.sub(r"\([^)]*\)?", " ", job.employer))
    named = set(_employer_word_list(job)) | {w.lower() for w in words if w.lower() not in _NOT_A_NAME}
    # "Nexa CX Hellas S.A., Marousi" over its positions: the employer's own dated line names it first.
    return named | _lead_words(job) if opens_with_company(job.title) else named


def _succeeded(before: Job, after: Job, successions: Sequence[str]) -> bool:
    """The resume says the employer of one position became the other's: both named on a line of succession."""
    earlier, later = _names(before), _names(after)
    first, then = earlier - later, later - earlier

    def named(words: set[str], line: str) -> bool:
        return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", line, re.IGNORECASE) for w in words)

    return any(named(first, line) and named(then, line) for line in successions)


def employments(
    jobs: list[Job], *, stated: bool = False, successions: Sequence[str] = ()
) -> list[tuple[int, int, list[Job]]]:
    """Positions one after another with one employer (promotions, transfers, and a renaming or merger the
    resume states) as one stay: its start, its end (months) and its positions, latest first."""
    stays: list[tuple[int, int, list[Job]]] = []
    # A project or an achievement dated inside a position ("(2019–2023)") is part of that stay, not a move
    # that would cut the positions around it in two.
    # Only an entry above holds one below it: a guest lectureship listed last ("Lecturer ... 2018 – present")
    # does not swallow the career above it.
    kept = [j for n, j in enumerate(jobs) if not _nested(j, jobs[: n + 1])]
    for job in sorted(kept, key=lambda j: _span(j)):
        low, high = _span(job)
        # The stay this position continues: the latest one, or one a role held beside it has overtaken
        # ("Senior Architect" after "Project Architect" at one firm, a guest lectureship begun between them).
        joined = next(
            (
                n
                for n in range(len(stays) - 1, max(len(stays) - 3, -1), -1)
                if low <= _reach(stays[n], job)
                and (
                    _same_employer(stays[n][2][0], job, stated=stated)
                    or _succeeded(stays[n][2][0], job, successions)
                )
            ),
            None,
        )
        if joined is not None:
            start, end, held = stays[joined]
            stays[joined] = (start, max(end, high), [job, *held])
        else:
            stays.append((low, high, [job]))
    return stays


def short_stays(jobs: list[Job], short: list[Job]) -> int:
    """Stays under the short-tenure line that hold a short position: three promotions of a year each at one
    employer are one stay of three years, not three short ones. Only an employer the resume states joins
    positions here: a word two titles share ("Interaction Designer") must not hide three moves."""
    return sum(
        1
        for low, high, held in employments(jobs, stated=True)
        if high - low <= SHORT_TENURE_MONTHS and any(job in short for job in held)
    )
