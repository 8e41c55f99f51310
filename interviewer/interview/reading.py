"""Reading figures and names out of resume or job-description text: numbers written as digits or words,
team and organisation sizes, budgets in any currency, degrees, certifications, industries and cities."""

from __future__ import annotations

import re

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
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
# "1,900" and, as much of the world writes it, "5.800" or "1.250 colaboradores".
_NUM = r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?![.,]?\d)|\d{1,6}|" + "|".join(_NUMBER_WORDS) + r")\+?"


def _number(text: str) -> int:
    word = text.lower()
    return _NUMBER_WORDS[word] if word in _NUMBER_WORDS else int(word.replace(",", "").replace(".", ""))


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
        r"(?i:\bmaster['’]?s\b|\bmasters?\s+(?:of|in|degree)\b|\bm\.?sc\b|\bm\.s\.|\bm\.a\.|\bm\.?eng\b|\bm\.?tech\b"
        r"|\bm\.?phil\b"
        r"|\bm\.?res\b|\bm\.?com\b|\bmagistr\b|\bmestre\b|\by[üu]ksek lisans\b|\bth[ạa]c s[ĩi]\b|硕士|修士|석사|\bpost-?graduate degree\b|\bgraduate degree\b|\badvanced degree\b"
        # Degrees of other systems at master's level: German Diplom and Magister, Italian laurea magistrale.
        r"|\bdipl\.?[- ]?(?:ing|kfm|kff|inf|volksw|math|phys)\b|\bdiplom\b|\bmagister\b"
        r"|\blaurea magistrale\b|\bdipl[ôo]me d['’]\s?ing[ée]nieur\b"
        # French "Master 2" / "Master 1" and the level "Bac+5", Spanish and Portuguese "máster", "mestrado".
        # Dutch "afgeronde wo-masteropleiding", Polish "wykształcenie wyższe magisterskie"
        r"|\b(?:wo-?)?master(?:opleiding|diploma|titel)\b|\bafgeronde\s+(?:wo-?)?master\b|\bwo-master\b"
        r"|\bmagistersk\w*"
        r"|\bmaster\s+[12]\b|\bbac\s?\+\s?5\b|\bm[áa]ster\b(?=\s+(?:en|in|universitario))|\bmestrado\b"
        # "Master Logistique et Transport": a capitalised field straight after; an M.Ed.
        r"|(?-i:\bMaster\s+(?!(?:Data|Electrician|Plumber|Scheduler|Planner|Black|Class|Chef|Carpenter|Mariner"
        r"|Sergeant|Builder|Brewer|Craftsman|Technician|Mechanic)\b)(?=[A-ZÀ-Ý][a-zà-ÿ]{3,})"
        r"(?=.*(?:Univ|Institut|[ÉE]cole|School|Escuela|Polytechn|\b(?:19|20)\d\d\b)))"
        r"|(?-i:\bM\.?\s?Ed\b(?!\w)))"
        r"|\b(?:MPA|MPH|MFA|LLM|MFin|MAcc|MEd|MSt|PGDM|PGDBA|PGDBM|MSW|MArch|MSSc|MPP|MHA|MSN)\b"
        r"|(?m:^[ \t•*-]*M[AS]c?,[ \t])|(?i:\bmaestr[íi]a\b)|\bMCA\b|(?i:\bstaatsexamen\b)"
        # The Dutch master's titles opening a line: "Drs. Economie", "Ir. Werktuigbouwkunde", or the
        # candidate's own name at the top, "Ir. Jan de Vries".
        r"|(?m:^[ \t•*-]*(?:Drs|Ir)\.[ \t]+(?=[A-Z][a-z]{3,}))"
        r"|\bM[AS][ \t]+(?:in\b|\(|(?!Office|Excel|Word|PowerPoint|Project|Access|Teams|Dynamics|SQL|Azure"
        r"|Outlook|Visio|SharePoint)[A-Z][a-z])"
    ),
    "bachelor": re.compile(
        r"(?i:\bbachelor['’]?s?\b|\bbacharel\b|\blicen[țţt][ăa]\b|\bsarjana\b|\blicencjat\b|\bin[żz]ynier\b"
        r"|(?<!y[üu]ksek )\blisans\b|\bcử nhân\b|本科|学士|학사|\bkandidatexamen\b|\bb\.?sc\b|\bbs(?:c)?n\b|(?-i:\bB\.?\s?Ed\b(?!\w))|\bb\.s\.|\bb\.a\.|\bb\.e\.|\bb\.?eng\b|\bb\.?tech\b|\bb\.?com\b"
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
        r"|\bbacharelado\b|\bgrado en\b"
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
        r"|\bB\.\s?Comm?\.(?!\w)"
    ),
    "associate": re.compile(
        r"(?i:\bassociate['’]?s?\s+degree\b|\bassociate\s+of\s+(?:arts|science|applied science)\b)"
        r"|\bA\.?A\.?S\.?\b|\bHN[DC]\b|\bADN\b"
        # The French two-year diplomas: BTS, DUT, "Bac+2".
        r"|\bBTS\b|\bDUT\b|(?i:\bbac\s?\+\s?2\b)"
    ),
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
        # "CA (Singapore)", "CA(SA)", "CA ANZ"; an institute's name alone may be a student's registration.
        (
            "Chartered Accountant",
            r"(?i:\bchartered accountant\b)|\bCA\s?\((?:Singapore|SA|ANZ|Canada|Ireland)\)"
            r"|\bCA ANZ\b",
        ),
        ("PMP", r"\bPMP\b"),
        ("QTS", r"\bQTS\b|(?i:\bqualified teacher status\b)"),
        ("PGCE", r"\bPGCE\b"),
        ("RN", r"\bRN\b|(?i:\bregistered nurse\b)"),
        ("PRINCE2", r"(?i:\bprince ?2\b)"),
        ("CIPS", r"\b[MF]?CIPS\b"),
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
    r"|head(?:ed|ing|s)?|direct(?:ed|ing|s)?|r[au]n(?:ning)?|responsible for|accountable for"
    r"|line[- ]manag(?:ed|ing|e)|coordinat(?:ed|ing|es|e)"
    r"|leadership of|in charge of|(?:made |making |makes? )?assignments for"
    # Spanish, Portuguese, French and German: "jefatura de", "a cargo de", "encadrement de", "Führung von"
    r"|lider(?:é|ei|ando|ar|o|a|ou)|liderazgo de|dirijo|coordino|coordeno|superviso|gestiono|gerencio"
    r"|encabezo|chefio|liderança de|dirig(?:í|i|iendo|ir)|jefatura de|a cargo de|chefia de"
    r"|gestionar|supervisar|encabezar|coordinar|diriger|gerir|chefiar"
    r"|gest(?:ioné|ão de)|encadr(?:ement de|é|er)|direction de|führung von|leitung von|leitete|führte"
    # Polish and Dutch: "kierowanie zespołem 18 osób", "leiding geven aan 12 medewerkers"
    r"|kierowa\w*|zarządza\w*|nadz[óo]r nad|leiding (?:geven |gaf )?aan|leidinggevende van"
)
_PEOPLE = (
    r"people|persons|staff|employees|engineers|developers|managers|reps|representatives|analysts|accountants"
    r"|professionals|consultants|members|colleagues|designers|scientists|ftes?|reports|specialists|leaders"
    r"|directors|agents|nurses|teachers|sellers|salespeople|marketers|recruiters|associates|workers"
    r"|operators|technicians|personnel|individuals|researchers|architects|controllers|officers|buyers"
    r"|planners|supervisors|heads|partners|clinicians|advisors|advisers|lawyers|editors|writers"
    r"|executives|drivers|auditors|bankers|traders|contractors|trainers|instructors|coaches|clerks"
    r"|producers|journalists|physicians|doctors|pharmacists|chefs|cooks|hires|fte"
    r"|waiters|apprentices|trainees|surveyors|labou?rers|electricians|plumbers|welders|pickers|packers"
    r"|bartenders|housekeepers|porters|storekeepers|fitters|mechanics|machinists|inspectors|estimators"
    r"|draftsmen|drafters|tutors|lecturers|coordinators|administrators|programmers|testers"
    r"|soldiers|civilians|troops|sailors|airmen|marines|crew members|caregivers|volunteers"
    r"|mitarbeiter(?:innen)?|mitarbeitende[n]?|colaboradores|empleados|personas|collaborateurs|personnes"
    r"|salariés|funcionários|trabajadores|prevencionistas|medewerkers|werknemers|pracowników|osób|dipendenti"
    r"|persone|collaboratori|pessoas|gerentes|representantes|supervisores|vendedores|ingenieros|engenheiros|técnicos"
    r"|analistas|enfermeras|enfermeiros|operarios|operários|asesores|consultores|coordinadores|coordenadores"
    r"|ejecutivos|ejecutivas|executivos|executivas|agentes|asesoras|vendedoras|colaboradoras|trabajadoras"
    r"|dentists|hygienists|assistants|therapists|paramedics|midwives|carers|cleaners|guards|receptionists"
    r"|cashiers|stylists|servers|baristas|tellers|promoters|volunteers|educators|counsellors|counselors"
    r"|profesionales|profissionais|professionnels|elementos|\w+kr[äa]ften?|\w*arbeiter(?:/innen|innen)?"
    r"|(?-i:[A-Z]{2,5}s)"  # CSMs, AEs, SDRs, PMs, RNs
)
_UNIT = (
    r"team|teams|squad|pod|organi[sz]ation|org|department|function|division|unit|staff|group|headcount"
    r"|equipo|équipe|equipe|abteilung|bereich|plantilla|effectif"  # Spanish, French, Portuguese, German
)
_TEAM_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b(?:{_UNIT})\s+(?:of|de|von|van|d['’])\s*(?:up to |over |more than |about |around |approximately |~ ?|some |nearly "
        rf"|ongeveer |circa |environ |aproximadamente |cerca de |rund |ca\. ?"
        rf"|almost |circa |c\. ?)?{_NUM}",
        # "a 25-person team"; "2,000 people" may be customers; "a 13-member board" is no team led
        rf"\b{_NUM}[- ](?:person|strong|member)\b(?!\s+(?:board|committee|council|panel|jury))",
        rf"\b{_NUM}\s+(?:direct |line |total )?(?:reports|ftes?)\b",
        rf"\b(?:{_LEAD_VERBS})\s+(?:a |an |the |my |our )?"
        rf"(?:total of |team of |up to |over |more than |some )?{_NUM}\s+"
        rf"(?:[\w-]{{1,40}}\s+){{0,2}}?(?:{_PEOPLE})\b",
        # "Run three distribution sites and 140 people": the people come after what else is run.
        # "Accountable for 2-3 mining sections and approx. 250-300 employees": a range asks for its lower end.
        rf"\b(?:{_LEAD_VERBS})\s+(?:[\w-]{{1,40}}\s+){{1,5}}?and\s+(?:approx\.?\s*|about\s+|around\s+|some\s+)?"
        rf"{_NUM}(?:\s*[-–]\s*\d+)?\s+(?:{_PEOPLE})\b",
        # "Führung von 6 Controllern", "mit 25 Mitarbeitenden", "con 40 colaboradores"
        rf"\b(?:mit|von|con|avec|com)\s+(?:ca\.\s*|rund\s+|aprox\.\s*|environ\s+|~\s?)?{_NUM}\s+"
        rf"(?:[\w-]{{1,40}}\s+)?(?:{_PEOPLE}|controllern|\w+innen)\b",
        # "Co-lead the nursing and personal care department: ~210 RNs, RPNs and PSWs"
        # "Ran a 24/7 ambient and chilled DC: 62,000 m², 180 staff incl. labour hire"
        rf"\b(?:{_LEAD_VERBS})\s+(?:[\w&'/-]{{1,40}}[\s:,]+){{1,10}}?[~≈]?\s?{_NUM}\s+(?:[\w-]{{1,40}}\s+)?(?:{_PEOPLE})\b",
        # "3 shift managers reporting to me"
        rf"\b{_NUM}\s+(?:[\w-]{{1,40}}\s+){{0,2}}?(?:{_PEOPLE})\s+reporting (?:directly )?to me\b",
        rf"\b(?:grew|growing|scaled|scaling|expanded|built|building)\s+(?:the |a |my |our )?"
        rf"(?:[\w-]{{1,40}}\s+){{0,2}}?(?:{_UNIT})\s+(?:from\s+\d+\s+)?to\s+{_NUM}",
        # "teams (25 associates)", "a equipe de Qualidade (22 pessoas: ...)"
        rf"\b(?:{_UNIT})(?:\s+[\w&'’-]{{1,30}}){{0,5}}\s*\(\s*(?:~|cerca de|about|approx\.?|ca\.)?\s?{_NUM}\s+(?:[\w-]{{1,40}}\s+)?(?:{_PEOPLE})\b",
        rf"(?<![\w.]){_NUM}\s+(?:[\w-]{{1,40}}\s+)?(?:{_PEOPLE})\s+in total\b",  # "~160 engineers in total"
        rf"\bheadcount\s*(?::|of)?\s*(?:~\s?|approx\.?\s*|about\s+)?{_NUM}\b",  # "headcount 150"
        # "60 elementos a mi cargo", "12 pessoas sob minha gestão"
        rf"\b{_NUM}\s+(?:[\w-]{{1,40}}\s+)?(?:{_PEOPLE})\s+(?:a mi cargo|bajo mi (?:cargo|mando|responsabilidad)"
        rf"|sob minha (?:gest[ãa]o|responsabilidade|lideran[çc]a))",
        # German compounds: "ein Vertriebsteam von 22 Außendienstmitarbeitenden"
        rf"\b\w+(?:team|abteilung)\s+(?:von|mit|aus)\s+(?:rund\s+|ca\.\s*|etwa\s+)?{_NUM}",
        # A bullet that is the team under a manager's title: "- 350 staff including 5 warehouse managers"
        rf"(?m:^[ \t]*[-•*▪][ \t]*{_NUM}\s+(?:staff|people|employees|ftes?|direct reports)\s+(?:including|incl\.|across)\b)",
        # "P&L responsibility €1.3bn, approx. 4,800 employees"
        rf"\bresponsib\w*\b[^;\n]{{0,60}}?(?:approx\.?\s*|about\s+|around\s+|~\s?)?{_NUM}\s+(?:{_PEOPLE})\b",
    )
)
_DIRECT_REPORTS = re.compile(
    rf"\bdirect reports?\b|\bline[- ]manag|\bpeople manager\b"
    rf"|\b(?:{_LEAD_VERBS}|built and led|hired and led)\s+"
    rf"(?:a |an |the |my |our |two |three |four |several )?(?:[\w-]{{1,40}}\s+){{0,2}}?"
    rf"(?:{_UNIT}|{_PEOPLE})\b",
    re.IGNORECASE,
)
# A degree not (yet) held: "PhD (ABD)", "MBA, in progress", "MSc, expected 2027".
_UNFINISHED = re.compile(
    r"\b(?:ABD|all but dissertation|in progress|incomplete|not completed|unfinished|ongoing|currently enrolled"
    r"|expected\s+(?:in\s+)?(?:\w+\s+)?(?:19|20)\d\d|candidate|pursuing|not submitted"
    # "Master studies (magister) ... planned diploma exam 06/2025"
    r"|planned\s+(?:\w+\s+){0,2}(?:exam|defen[cs]e|completion|graduation)"
    # "currently in Year 2", "7th semester", "year 3 of 4": a course still being taken.
    r"|currently in (?:year|semester)|(?:year|semester)\s+\d\s+of\s+\d"
    r"|\(\s*\d(?:st|nd|rd|th)\s+(?:year|semester)\s*\)|\bin (?:the |my )?\d(?:st|nd|rd|th)\s+(?:year|semester)"
    # "2020 - to date Bachelor of Pharmacy": a degree dated up to now is still being studied for.
    r"|(?:19|20)\d\d\s*[-–—]\s*(?:to date|present|now|ongoing|heute|actualidad|atualmente|presente)\s+"
    r"(?=(?:[\w.'’()]+\s+){0,2}(?:bachelor|master|b\.?sc|m\.?sc|mba|ph\.?d|licenciatura|degree))"
    # and in the languages resumes come in: cursando, en curso, em andamento, en cours, laufend
    r"|cursando|en curso|em andamento|previs[ãa]o de conclus[ãa]o|en cours|laufend|in ausbildung"
    r"|in corso|w trakcie|devam ediyor|nog niet (?:afgerond|gestart))\b",
    re.IGNORECASE,
)
# The dates of an entry on the line above it, running up to now: "2022 – in corso" over "Laurea triennale".
_DATED_TO_NOW = re.compile(
    r"^\W*(?:\d{1,2}[./])?(?:19|20)\d\d\s*[-–—]\s*(?:to date|present|now|ongoing|heute|actualidad|atualmente"
    r"|presente|in corso|en curso|en cours|w trakcie|heden|nu)\W*$",
    re.IGNORECASE,
)


def _degrees(text: str) -> list[str]:
    held: set[str] = set()
    lines = text.splitlines()
    for number, line in enumerate(lines):
        levels = [level for level in _DEGREE_ORDER if _DEGREE_PATTERNS[level].search(line)]
        # A PDF wraps a long entry: "... University of Silesia in" / "Katowice – planned diploma exam 06/2025".
        below = lines[number + 1] if number + 1 < len(lines) else ""
        wrapped = bool(re.search(r"\b(?:in|of|at|de|the|and|–|-|,)$", line.strip())) and not any(
            rx.search(below) for rx in _DEGREE_PATTERNS.values()
        )
        above = lines[number - 1] if number else ""
        if levels and (
            _UNFINISHED.search(line) or (wrapped and _UNFINISHED.search(below)) or _DATED_TO_NOW.match(above)
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
    r"|facultad)\b|大学|대학교|\bIIT\b",
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
    for line in text.splitlines():
        if _EDUCATION_HEAD.match(line) and len(line.split()) <= 5:
            studying = True
            continue
        if _heading_kind(line) is not None:
            studying = False
            continue
        years = re.search(r"\b(?:19|20)\d\d\b", line)
        finished = not (_NOT_A_DEGREE.search(line) or _UNFINISHED.search(line))
        if studying and _UNIVERSITY.search(line) and years and finished:
            return line.strip()
    return None


# In a description, "join our team of 200" or "work in a team of 8" describes colleagues, not the team the
# hire will lead.
_OUR_TEAM = re.compile(
    r"\b(?:our|we(?:'re|’re| are)\s+(?:a|an)|join(?:ing)?\s+(?:a|an|the|our|its|their)"
    r"|(?:part of|in|with|within|on|into|alongside)\s+(?:a|an|the))"
    r"\s+(?:[\w-]{1,40}\s+){0,2}$",
    re.IGNORECASE,
)


# "A 400-person scale-up" is the employer's size, not a team to lead.
_THE_COMPANY = re.compile(
    # "a 300-person company", and with a few words between: "a 50-person B2B analytics startup"
    r"\s*(?:company|business|firm|scale-?up|start-?up|organi[sz]ation|employer|group)\b"
    r"|\s*(?:[\w&/-]{1,30}\s+){1,3}?(?:company|firm|scale-?up|start-?up)\b",
    re.IGNORECASE,
)
_LEAD_CLAUSE = re.compile(rf"\b(?:{_LEAD_VERBS})\b", re.IGNORECASE)
_COUNTED_PEOPLE = re.compile(rf"\b{_NUM}\s+(?:[\w-]{{1,40}}\s+){{0,3}}?(?:{_PEOPLE})\b", re.IGNORECASE)


_MANAGER_TITLE = re.compile(
    r"\b(?:manager|head|director|chief|superintendent|supervisor|gerente|jefe|leiter\w*|directeur|diretor)\b",
    re.IGNORECASE,
)
_UNDER_TITLE = re.compile(
    rf"(?:^|[;|—–(])\s*[*_]?~?{_NUM}\s+(?:employees|staff|people|ftes?)\b", re.IGNORECASE
)
_SIZED_UNIT = re.compile(
    rf"(?:\s[—–-]|\||\(|,)\s*~?{_NUM}\s+(?:employees|staff|people|ftes?|workers|personnel)\b", re.IGNORECASE
)


# In a description, "a plant leadership role ... for a site of 200+ employees" asks to have run that many;
# in a resume, "supported a site of 400 employees" need not mean leading them.
_SITE_OF = re.compile(
    rf"\b(?:site|plant|facility|factory|operation|warehouse|distribution cent(?:re|er)|section|division)s?\s+"
    rf"(?:of|with)\s+(?:approx\.?\s*|about\s+|around\s+|over\s+|more than\s+|at least\s+)?{_NUM}\+?\s*"
    rf"(?:employees|people|staff|ftes?|workers|colleagues)\b",
    re.IGNORECASE,
)


def _team_sizes(text: str, description: bool = False) -> list[int]:
    patterns = (*_TEAM_PATTERNS, _SITE_OF) if description else _TEAM_PATTERNS
    sizes = [
        _number(m.group("n"))
        for rx in patterns
        for m in rx.finditer(text)
        if not (description and (_OUR_TEAM.search(text[: m.start()]) or _THE_COMPANY.match(text[m.end() :])))
    ]
    # "Led 3 managers and 40 staff", "Liderar 3 gerentes de distrito y 30 representantes": the groups one
    # sentence says a person leads add up, in a resume and in a description alike.
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        lead = _LEAD_CLAUSE.search(sentence)
        if lead:
            # "(5 engineering managers and tech leads)" in brackets is part of the ~30, not more of them.
            clause = re.sub(r"\([^)]*\)", " ", sentence[lead.end() :])
            counted = [_number(m.group("n")) for m in _COUNTED_PEOPLE.finditer(clause)]
            if not counted:
                # "al equipo de ventas (3 gerentes de distrito y 25 representantes)": the brackets are the team.
                counted = [_number(m.group("n")) for m in _COUNTED_PEOPLE.finditer(sentence[lead.end() :])]
            if len(counted) > 1:
                sizes.append(sum(counted))
    if not description:
        # "Deputy Plant Manager, Tahara Plant — 1,150 employees", "Store Manager | 45 staff": a manager's
        # title line that sizes what follows the title.
        lines = text.splitlines()
        for number, line in enumerate(lines):
            if _MANAGER_TITLE.search(line) or re.search(
                r"\bchief\s+\w+\s+officer\b|\bpresident\b", line, re.I
            ):
                sizes += [_number(m.group("n")) for m in _SIZED_UNIT.finditer(line)]
                # The line under the title that sizes what was run: "*300-bed hospital; 2,100 employees*".
                under = lines[number + 1] if number + 1 < len(lines) else ""
                if not _MANAGER_TITLE.search(under):
                    sizes += [_number(m.group("n")) for m in _UNDER_TITLE.finditer(under)]
    return [n for n in sizes if 2 <= n <= 1_000_000]


def _certifications(text: str) -> list[str]:
    found = [name for name, rx in _CERTIFICATIONS if rx.search(text)]
    found += [re.sub(r"\s+", " ", m.group(0)).strip() for m in _AWS_CERT.finditer(text)]
    return list(dict.fromkeys(found))


# "CPA candidate: FAR and AUD passed", "CPA exam: 2 of 4 sections", "Registered for Certified ScrumMaster
# (CSM) course", "grow toward becoming a Certified Public Accountant": on the way, not held.
_CERT_UNFINISHED = re.compile(
    r"\b(?:exams?|sections?|parts?|levels?\s+[12I]+\b(?!\s+(?:holder|charterholder))|passed|sitting|to sit"
    r"|studying for|working towards?|registered student|inactive|expired|lapsed|examination|registered for"
    r"|enrolled in|towards? becoming|aspir\w+|review (?:cent(?:er|re)|course|class)|target(?:ed)? exam"
    r"|candidate)\b",
    re.IGNORECASE,
)


def held_certifications(resume: str) -> list[str]:
    """The certifications a resume says are held: a line about one still in progress does not count."""
    held = [
        c for line in resume.splitlines()
        if not (_UNFINISHED.search(line) or _CERT_UNFINISHED.search(line))
        for c in _certifications(line)
    ]  # fmt: skip
    return list(dict.fromkeys(held))
