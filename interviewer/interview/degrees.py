"""Degrees as resumes and job descriptions name them, in the systems and languages they come in: the
level a line names, whether it is held yet ("in progress", "2022 – in corso"), and a university line that
implies a first degree."""

from __future__ import annotations

import re

from interviewer.interview.dates import _PRESENT
from interviewer.interview.headings import _heading_kind

DEGREE_RANK: dict[str, int] = {"associate": 0, "bachelor": 1, "master": 2, "mba": 2, "phd": 3}
_DEGREE_ORDER = ("phd", "mba", "master", "bachelor", "associate")  # highest first; mba is named before master
_DEGREE_NAMES = {
    "phd": "a PhD",
    "mba": "an MBA",
    "master": "a master's degree",
    "bachelor": "a bachelor's degree",
    "associate": "an associate degree",
}

# Degree levels; acronyms are case-sensitive so "MS Office" or "Boston, MA" are not read as degrees.
_DEGREE_PATTERNS: dict[str, re.Pattern[str]] = {
    "phd": re.compile(
        r"(?i:\bph\.?\s?d\b|\bdoctorate\b|\bdoctoral degree\b|\bdoctor of philosophy\b|\bd\.?phil\b"
        # German doctorates and the word in other languages: Dr. rer. nat., Doktorat, doctorado, doutorado.
        r"|\bdr\.\s?(?:rer|phil|ing|oec|jur|sc)\.|\bdoktor(?:at|grad)\b|\bdoctorado\b|\bdoutorado\b|\bdoctorat\b|博士|박사"
        r"|\bdoctor of (?:business administration|education|psychology|public health|nursing practice)\b)"
        r"|\b(?:EdD|PsyD|DrPH|DNP)\b"
    ),
    "mba": re.compile(r"(?i:\bm\.?b\.?a\b|\bmaster of business administration\b)|\bEMBA\b"),
    "master": re.compile(
        # "Master, Communication des organisations — ISIC": the French and Moroccan master named, then its field
        r"(?-i:(?<!Scrum )(?<!Data )(?<!Grand )(?<!Quarter)(?<!Web )\bMaster(?=,\s+[A-ZÀ-Þ][a-zà-ÿ]))"
        # A Dutch "pre-master" bridges to a master's; it is none.
        r"|(?i:(?<!pre-)\bmaster['’]?s\b|(?<!pre-)\bmasters?\s+(?:of|in|degree)\b|\bm\.?sc\b|\bm\.s\.|\bm\.a\.|\bm\.?eng\b|\bm\.?tech\b"
        r"|\bm\.?phil\b|\bdiplomstudium\b|(?-i:\bMag\.(?:a\.)?\s?(?:rer\.|phil\.|iur\.|pharm\.|arch\.))"
        r"|\bm\.?res\b|\bm\.?com\b|\bmagistr\b|\bmestre\b|\by[üu]ksek lisans\b|\bth[ạa]c s[ĩi]\b|硕士|碩士|修士|석사|ماجستير|(?-i:\bS2\b(?=\s+[A-Z][a-z])(?!\s+(?:Supervisor|Manager|Leader|Engineer|Officer|Specialist|Operator|Staff|Grade|Level|Band)\b))|\bpost-?graduate degree\b|\bgraduate degree\b|\badvanced degree\b"
        # Degrees of other systems at master's level: German Diplom and Magister, Italian laurea magistrale.
        r"|\bdipl\.?[- ]?(?:ing|kfm|kff|inf|volksw|math|phys)\b|\bmagister\b"
        # A Diplom of a Höhere Fachschule or an Akademie ("Diplom als Dentalhygieniker/in HF") is no master's,
        # nor is a body's certificate ("IFU-diplom"). Swedish civilekonom and civilingenjör degrees are.
        r"|\bcivil(?:ekonom|ingenj[öo]r)\w*|\b(?:magister|master)examen\b"
        # The Norwegian siviløkonom and sivilingeniør are master's titles, and a "masterstudium" their study.
        r"|\bsivil(?:økonom|ingeni[øo]r)\w*|\bmasterstudi(?:um|et)\b"
        r"|(?<!gleichwertiges )(?<!anerkanntes )(?<!-)\bdiplom\b(?![^\n]*\b(?:HF|Akademie|Fachschule|Kolleg)\b)"
        # A Latin American especialización is a postgraduate degree: "Especialización en Gerencia de Marca".
        r"|\bespecializaci[óo]n\s+en\b(?=[^\n]*(?:univers|instit|polit[ée]cn|escuela|\b(?:19|20)\d\d\b))"
        r"|\blaurea magistrale\b|\bdipl[ôo]me d['’]\s?ing[ée]nieur\b"
        # An integrated master's, and the Greek engineer's diploma it is ("Δίπλωμα ... Μηχανικού"); a Greek
        # master's, "μεταπτυχιακό".
        r"|\bintegrated master\b|δίπλωμα[^\n]{0,40}μηχανικ|μεταπτυχιακ"
        # French "Master 2" / "Master 1" and the level "Bac+5", Spanish and Portuguese "máster", "mestrado".
        # Dutch "afgeronde wo-masteropleiding", Polish "wykształcenie wyższe magisterskie"
        r"|\b(?:wo-?)?master(?:opleiding|diploma|titel)\b|\bafgeronde\s+(?:wo-?)?master\b|\bwo-master\b"
        r"|\bmagistersk\w*|(?-i:\bmgr\b)"
        # A Czech or Slovak "Mgr." before the faculty that awarded it; elsewhere "Mgr." is a manager.
        r"|(?-i:\bM(?:gr|GR)\.)(?=[^\n]*(?i:univerz|universit|fakult|faculty))"
        # Danish and Norwegian: "kandidatuddannelse", "cand.mag.", "cand.merc.", "mastergrad"
        r"|\bkandidatuddannelse\b|\bkandidatgrad\b|\bcand\.\s?(?:mag|soc|merc|scient|polit|jur|psych|oecon|it"
        r"|techn|phil|pharm|theol|comm|act)\b|\bmastergrad\b|(?-i:\b[Mm]aster i [a-zæøå])"
        r"|\bmaster\s+[12]\b|\bbac\s?\+\s?5\b|(?<!pre-)\bm[áa]ster\b(?=\s+(?:en|in|universitario))|\bmestrado\b"
        # "Master Logistique et Transport": a capitalised field straight after; an M.Ed.
        r"|(?-i:\bMaster\s+(?!(?:Data|Electrician|Plumber|Scheduler|Planner|Black|Class|Chef|Carpenter|Mariner"
        r"|Sergeant|Builder|Brewer|Craftsman|Technician|Mechanic|Teacher|Trainer)\b)(?=[A-ZÀ-Ý][a-zà-ÿ]{3,})"
        r"(?=.*(?:Univ|Institut|[ÉE]cole|School|Escuela|Polytechn|\b(?:19|20)\d\d\b)))"
        r"|(?-i:\bM\.?\s?Ed\b(?!\w)))"
        r"|\b(?:MPA|MPH|MFA|LLM|MFin|MAcc|MEd|MSt|PGDM|PGDBA|PGDBM|MSW|MArch|MSSc|MPP|MHA|MSN)\b|\bLL\.\s?M\b"
        r"|(?m:^[ \t•*-]*M[AS]c?,[ \t])|(?i:\bmaestr[íi]a\b)|\bMCA\b|(?i:\bstaatsexamen\b)"
        # The Dutch master's titles opening a line: "Drs. Economie", "Ir. Werktuigbouwkunde", or the
        # candidate's own name at the top, "Ir. Jan de Vries".
        r"|(?m:^[ \t•*-]*(?:Drs|Ir)\.[ \t]+(?=[A-Z][a-z]{3,}))"
        r"|\bM[AS][ \t]+(?:in\b|\(|(?!Office|Excel|Word|PowerPoint|Project|Access|Teams|Dynamics|SQL|Azure"
        r"|Outlook|Visio|SharePoint)[A-Z][a-z])"
    ),
    "bachelor": re.compile(
        r"(?i:\b(?:professions)?bachelor['’]?s?\b|\bbacharel\b|\blicen[țţt][ăa]\b|\bsarjana\b|\blicencjat\b|\bin[żz]ynier\b"
        r"|(?<!y[üu]ksek )\blisans\b|\bcử nhân\b|本科|学士|學士|학사|بكالوريوس|(?-i:(?<![/\w])S1\b(?=\s+[A-Z][a-z])(?!\s+(?:Supervisor|Manager|Leader|Engineer|Officer|Specialist|Operator|Staff|Grade|Level|Band)\b))|\bkandidatexamen\b|\bb\.?sc\b|\bbs(?:c)?n\b|(?-i:\bB\.?\s?Ed\b(?!\w))|\bb\.s\.|\bb\.a\.|\bb\.e\.|\bb\.?eng(?:tech)?\b|\bb\.?tech\b|\bb\.?com\b"
        r"|\bundergraduate degree\b"
        r"|\b(?:a|relevant|university|college|4-year|four-year)\s+degree\b|(?<!associate )(?<!associate's )(?<!associate’s )\bdegree\s+in\b"
        # First degrees of other systems: licenciatura, licence, laurea, ingeniero, engenharia, grado. A
        # French licence names its field ("Licence Gestion"); a driving or forklift licence is no degree.
        r"|\blicenciatura\b|\blicenciad[oa]\s+en\b|(?<!riving )(?<!river's )(?<!rivers )(?<!orklift )"
        r"\b(?-i:[Ll]icence\s+(?:en|de|d['’]|ès|es|professionnelle|pro|\(?L3|[A-ZÉ][a-zé]+))\b"
        r"|\blaurea\b|\bgradua[çc][ãa]o\s+(?:completa\s+)?em\b"
        # An engineer's title is a degree where a school or a year says so, or a "título" names it;
        # "Atuar como Engenheiro de Obras" is a wish, and a company may be "MRV Engenharia".
        r"|\b(?:ingenier(?:o|a|ía)|engenh(?:eiro|eira|aria)|ing[ée]nieur)\b"
        r"(?=.*(?:univers|instit|polit[ée]cn|escuela|[ée]cole|faculdade|facultad|\b(?:19|20)\d\d\b"
        r"|(?-i:\bU[A-Z]{2,6}\b)))"
        r"|\b(?:t[íi]tulo|diploma|dipl[ôo]me)\s+(?:de\s+|d['’]\s*)?(?:ingenier|engenheir|ing[ée]nieur)"
        r"|\bbacharelado\b|\bgrado en\b|\bt[íi]tulo\s+(?:universitario|de grado)\b|\btitulaci[óo]n universitaria\b"
        # A Colombian first degree ("Profesional en Mercadeo — Universidad EAFIT"), a German "Bachelorstudium"
        # with its "Abschluss: BA".
        r"|\bprofesional en\b(?=[^\n]*(?:univers|instit|polit[ée]cn|escuela|fundaci[óo]n universitaria"
        r"|\bt[íi]tulo\b))"
        # "Wykształcenie wyższe", "studii superioare", "estudios universitarios": a degree, level unnamed.
        r"|\bwykształcenie wyższe\b(?! magistersk)|\bstudii superioare\b|\bestudios universitarios\b"
        r"|\bbachelor(?:studium|studiengang|abschluss)\b|(?-i:\bAbschluss:?\s+B\.?(?:A|Sc)\b)"
        # The French levels of a first degree, "Bac+3" and "Bac+4"
        r"|\bbac\s?\+\s?[34]\b"
        # A Brazilian tecnólogo is a completed higher-education degree: "Formado em Tecnologia em Logística".
        r"|\btecn[óo]log[oa]\s+em\b|\b(?:formad|graduad)[oa]\s+em\b)"
        r"|\b(?:BBA|LLB|BFA|BComm|MBBS|LL\.B)\b"
        # "부산대학교 산업공학과 졸업", "東京大学 経済学部 卒業": graduated from a university.
        r"|대학교[^\n]{0,30}졸업|大学[^\n]{0,30}卒業"
        # An Indian or Pakistani BE names its branch: "BE Computer Science", "B.E. (Civil)".
        r"|\bBE\s+(?:\(|in\b|Computer|Civil|Mechanical|Electrical|Electronics|Chemical|Industrial|Information|IT\b"
        r"|CSE\b|ECE\b|EEE\b)"
        r"|\bB[AS][ \t]+(?:in\b|\(|Hons\b|[A-Z][a-z])"
        # "BS, Mech. Eng." and "MA, History" open a line of their own; "Boston, MA" does not.
        r"|(?m:^[ \t•*-]*B[AS]c?,[ \t])|\bA\.?B\.?[ \t]+in\b"
        r"|\b(?:BASc|BSBA|BSW|BArch|BBus|BCA|B\.?Pharm|BDS|BVSc|BSocSc|BMus|BEc|BCom|BMS)\b|\bB\.\s+Sc\b"
        # The Philippine and US run-together forms (BSIT, BSCS, BSEE, BSChE), a Peruvian "bachiller en", a
        # licentiate.
        r"|\bBS(?:IT|CS|EE|ME|CE|ChE|ECE|IE|CpE|Acc|Arch)\b|(?i:\bbachiller\s+en\b|\blicentiate\b)"
        # and dated ("Bachiller: Jul '21", "Bachiller 2011, Título 2012"); a Peruvian "título profesional", a
        # Greek "πτυχίο".
        r"|(?i:\bbachiller(?=:|\s+(?:19|20)\d\d)|\bt[íi]tulo profesional\b|\bprofessional title\b|πτυχίο)"
        r"|\bB\.\s?Comm?\.(?!\w)"
    ),
    "associate": re.compile(
        r"(?i:\bassociate['’]?s?\s+degree\b|\bassociate\s+of\s+(?:arts|science|applied science)\b)"
        r"|\bA\.?A\.?S\.?\b|\bHN[DC]\b|\bADN\b"
        # The French two-year diplomas: BTS, DUT, "Bac+2".
        r"|\bBTS\b|\bDUT\b|(?i:\bbac\s?\+\s?2\b)"
    ),
}

# A degree not (yet) held: "PhD (ABD)", "MBA, in progress", "MSc, expected 2027".
_UNFINISHED = re.compile(
    r"\b(?:ABD|all but dissertation|in progress|incomplete|not completed|unfinished|ongoing|currently enrolled"
    r"|(?:finishing|completing)\s+(?:my|a|the|his|her)\s+(?:\w+\s+)?(?:degree|studies|bachelor|master)"
    r"|expected\s+(?:in\s+)?(?:\w+\s+){0,2}(?:\d{1,2}[./])?(?:19|20)\d\d|candidate|pursuing|not submitted"
    # "Master studies (magister) ... planned diploma exam 06/2025"
    r"|planned\s+(?:\w+\s+){0,2}(?:exam|defen[cs]e|completion|graduation)"
    # "thesis defence planned June 2026"; "since 10.2024 | Master's studies (part-time)"
    r"|(?:exam|defen[cs]e|completion|graduation)\s+(?:is\s+)?planned"
    r"|(?:since|seit|desde|depuis)\s+(?:\d{1,2}[./])?(?:19|20)\d\d\s*[|:,–-]?\s*"
    r"(?=(?:[\w.'’()]+\s+){0,2}(?:bachelor|master|b\.?sc|m\.?sc|mba|ph\.?d|licenciatura|degree))"
    # "currently in Year 2", "7th semester", "year 3 of 4": a course still being taken.
    r"|currently in (?:year|semester)|(?:year|semester)\s+\d\s+of\s+\d"
    r"|\(\s*\d(?:st|nd|rd|th)\s+(?:year|semester)\s*\)|\bin (?:the |my )?\d(?:st|nd|rd|th)\s+(?:year|semester)"
    # "2020 - to date Bachelor of Pharmacy": a degree dated up to now is still being studied for.
    r"|(?:19|20)\d\d\s*[-–—]\s*(?:to date|present|now|ongoing|heute|actualidad|atualmente|presente)\s+"
    r"(?=(?:[\w.'’()]+\s+){0,2}(?:bachelor|master|b\.?sc|m\.?sc|mba|ph\.?d|licenciatura|degree))"
    # and in the languages resumes come in: cursando, en curso, em andamento, en cours, laufend
    r"|cursando|en curso|em andamento|previs[ãa]o de conclus[ãa]o|en cours|laufend|in ausbildung"
    r"|in corso|w trakcie|devam ediyor|nog niet (?:afgerond|gestart)"
    # a Mexican "pasante" has passed the courses but holds no title yet: "título en trámite"; Polish "planowane
    # ukończenie: luty 2026", studies "obecnie" (now)
    r"|pasante|t[íi]tulo en tr[áa]mite|planowane ukończenie|obecnie)\b",
    re.IGNORECASE,
)
# The dates of an entry on the line above it, running up to now: "2022 – in corso" over "Laurea triennale".
# The words for "now" are the ones dates are read with, and a course's own: "en curso", "w trakcie".
_NOW = rf"(?:{_PRESENT}|en curso|en cours|w trakcie)"
_ENTRY_DATE = r"(?:\d{1,2}[./])?(?:19|20)\d\d"  # "2022", "09.2022", "09/2022"
_DATED_TO_NOW = re.compile(rf"^\W*{_ENTRY_DATE}\s*[-–—]\s*{_NOW}\W*$", re.IGNORECASE)
# A line holding an entry's closed dates alone: "2022 - 2026" between a degree and a line about it.
_DATES_ALONE = re.compile(rf"^\W*{_ENTRY_DATE}\s*[-–—]\s*{_ENTRY_DATE}\W*$")


# "BSc Statistics (evening programme), 2021 – present": the degree's own dates run up to now.
_RUNS_TO_NOW = re.compile(rf"(?:19|20)\d\d\s*[-–—]\s*{_NOW}\b", re.IGNORECASE)
_A_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)\d\d|\w+)")


def _first_range_runs_to_now(line: str) -> bool:
    """ "BSc Biology 2010-2014; Analyst 2015 - present": only the first dates on a line are the degree's."""
    first = _A_YEAR_RANGE.search(line)
    return bool(first and _RUNS_TO_NOW.match(line, first.start()))


def _degrees(text: str) -> list[str]:
    held: set[str] = set()
    lines = text.splitlines()
    for number, line in enumerate(lines):
        levels = [level for level in _DEGREE_ORDER if _DEGREE_PATTERNS[level].search(line)]
        # A PDF wraps a long entry: "... University of Silesia in" / "Katowice – planned diploma exam 06/2025".
        below = lines[number + 1] if number + 1 < len(lines) else ""
        another = any(rx.search(below) for rx in _DEGREE_PATTERNS.values())
        wrapped = bool(re.search(r"\b(?:in|of|at|de|the|and)$|[–—,-]$", line.strip())) and not another
        above = lines[number - 1] if number else ""
        # "Final year; expected graduation December 2025" under the degree's line says how it stands, also
        # under a line holding the entry's dates alone ("2022 - 2026").
        if _DATES_ALONE.match(below) and number + 2 < len(lines):
            below = lines[number + 2]
            another = any(rx.search(below) for rx in _DEGREE_PATTERNS.values())
        detail = not another and not _A_YEAR_RANGE.search(below)
        if levels and (
            _UNFINISHED.search(line)
            or _first_range_runs_to_now(line)
            or (wrapped and (_UNFINISHED.search(below) or _RUNS_TO_NOW.search(below)))
            or (detail and _UNFINISHED.search(below))
            or _DATED_TO_NOW.match(above)
        ):
            # The unfinished one is the highest named on the line; a lower one there may be held.
            levels = levels[1:]
        held.update(levels)
    return [level for level in _DEGREE_ORDER if level in held]


# A university named with the year it was finished, where no degree's name was read: "Universidad de Chile -
# Ingeniería Comercial, 2012", "University of Lagos, Accounting (Second Class Upper), 2014". A recruiter
# reads a first degree there; a course, a diploma, an exchange or a stay left unfinished is none.
_UNIVERSITY = re.compile(
    r"\b(?:universi(?:ty|ties|tät|té|tà|dad|dade|teit|tet|tas|tat|tario)|polytechnic|polit[ée]cnic[oa]|hochschule"
    r"|institute of technology|[ée]cole (?:nationale|sup[ée]rieure|polytechnique|centrale)|faculdade"
    r"|facultad|politechnika|uniwersytet|akademia|universitatea|univerzita|vysok[áé] škol\w*)\b|大学|대학교|\bIIT\b",
    re.IGNORECASE,
)
_NOT_A_DEGREE = re.compile(
    r"\b(?:attended|course(?:work|s)?|exchange|semester|summer school|certificate|certification|online"
    r"|short|module|workshop|programme for|program for|executive education|non-degree|audit(?:ed)?"
    r"|withdrew|left|dropped|incomplete|not completed|foundation year|a-?levels?|gcse|high school"
    r"|present|current(?:ly)?|now|to date|ongoing|expected|diplomas?|dipl[ôo]mes?|nqf|tafe)\b",
    re.IGNORECASE,
)


_EDUCATION_HEAD = re.compile(
    r"^[\s#*_=:\-–—■]*(?:education|academic|qualifications?|studies|formaci[óo]n|forma[çc][ãa]o|ausbildung"
    r"|bildung|[ée]tudes|formation|istruzione|opleiding|wykszta[łl]cenie|учеба|학력|学歴|教育)\b[^\n]{0,40}$",
    re.IGNORECASE,
)


def university_degree_line(text: str) -> str | None:
    """The line under an education heading naming a university and the year study there ended, where no
    degree's name was read. Only that section: "Research Assistant, University of Leeds, 2015 - 2018" under
    experience is a job."""
    studying = False
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if _EDUCATION_HEAD.match(line) and len(line.split()) <= 5:
            studying = True
            continue
        if _heading_kind(line) is not None:
            studying = False
            continue
        if not (studying and _UNIVERSITY.search(line)):
            continue
        # In a narrow column the years go on the line under the university ("Universidad de Antioquia" /
        # "2001 – 2006") ...
        below = lines[index + 1] if index + 1 < len(lines) else ""
        if re.fullmatch(r"[\d\s/.–—-]+", below) and len(below.split()) <= 3:
            line = f"{line} {below}"
        # ... or they open the line above, the entry's first ("2010 – 2014   Engineer of Textile Technology"
        # over "Ho Chi Minh City University of Technology").
        above = lines[index - 1] if index else ""
        if re.match(r"\s*(?:19|20)\d\d\b", above) and not _UNIVERSITY.search(above):
            line = f"{line} ({above.strip()})"
        years = re.search(r"\b(?:19|20)\d\d\b", line)
        finished = not (_NOT_A_DEGREE.search(line) or _UNFINISHED.search(line))
        if years and finished:
            return line.strip()
    return None
