"""Reading figures and names out of resume or job-description text: numbers written as digits or words,
team and organisation sizes, budgets in any currency (certifications are `certifications.py`, degrees
`degrees.py`)."""

from __future__ import annotations

import re

_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    # "Führung von drei Mitarbeitenden", "liderar un equipo de cinco", "encadrer quatre techniciens"; no
    # "sept" or "elf", which are a month and a word in other languages
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "zwölf": 12, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "vingt": 20, "trente": 30,
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "dois": 2, "duas": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8, "nove": 9, "dez": 10,
}  # fmt: skip
# "1,900" and, as much of the world writes it, "5.800" or "1.250 colaboradores".
# The longer words first: "fourteen" is not "four" with "teen" after it.
_NUM = (
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?![.,]?\d)|\d{1,6}|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")\+?"
)


def _number(text: str) -> int:
    word = text.lower()
    return _NUMBER_WORDS[word] if word in _NUMBER_WORDS else int(word.replace(",", "").replace(".", ""))


_LEAD_VERBS = (
    r"manag(?:ed|ing|es|e)|led|leading|leads?|supervis(?:ed|ing|es|e)|oversaw|overseeing|oversees?"
    r"|head(?:ed|ing|s)?|direct(?:ed|ing|s)?|r[au]n(?:ning)?|responsible (?:for|of)|accountable for"
    r"|line[- ]manag(?:ed|ing|e)|coordinat(?:ed|ing|es|e)"
    r"|leadership of|in charge of|(?:made |making |makes? )?assignments for"
    # Spanish, Portuguese, French and German: "jefatura de", "a cargo de", "encadrement de", "Führung von"
    r"|lider(?:é|ei|ando|ar|o|a|ou)|liderazgo de|dirijo|coordino|coordeno|superviso|gestiono|gerencio"
    r"|encabezo|chefio|liderança de|dirig(?:í|i|iendo|ir)|jefatura de|a cargo de|chefia de"
    r"|gestionar|supervisar|encabezar|coordinar|diriger|gerir|chefiar"
    r"|gest(?:ioné|ão de)|encadr(?:ement de|é|er|e)|direction de|führung von|leitung von|leitete|führte"
    r"|coordonn(?:e|é|er|ais)|dirig(?:e|é|eais)|je manage"
    r"|anim(?:e|é|er|ais)|coordination de|N\+1 de"
    # Polish and Dutch: "kierowanie zespołem 18 osób", "leiding geven aan 12 medewerkers"
    r"|kierowa\w*|zarządza\w*|nadz[óo]r nad|leiding (?:geven |gaf )?aan|leidinggevende van"
    # Swedish: "personal- och budgetansvar för cirka 45 medarbetare"; Norwegian and Danish: "lede 140
    # ansatte", "personaleansvar for 12 medarbejdere"
    r"|\w*ansvar för|\w*ansvar for|lede|leder|ledet|ledde|\w+chef för"
    # Italian: "Direzione del laboratorio ...; 38 persone", "Coordinamento di un gruppo di 11 ricercatori"
    r"|(?:direzione|coordinamento|gestione|guida|responsabilit[àa]) d(?:i|el|ella|ello|ei|egli|elle|ell['’])"
    r"|dirigo|guido|gestisco"
    # Arabic: "قيادة فريق يضم 150 موظفاً" (leading a team of 150 staff), "الإشراف على" (supervising)
    r"|قيادة|الإشراف على|إدارة"
    # Greek: "Διοικώ σήμερα οικονομική διεύθυνση 46 ατόμων" (I run a finance directorate of 46 people)
    r"|διοικ\w*|διευθύν\w*|ηγούμαι|ηγήθηκα|συντονίζω|επικεφαλής"
)
_PEOPLE = (
    r"people|persons|staffs?|employees|engineers|developers|managers|reps|representatives|analysts|accountants"
    r"|professionals|consultants|members|colleagues|designers|scientists|ftes?|reports|specialists|leaders"
    r"|directors|agents|nurses|teachers|sellers|salespeople|marketers|recruiters|associates|workers"
    r"|operators|operatives|technicians|personnel|individuals|researchers|architects|controllers|officers|buyers"
    r"|planners|supervisors|heads|partners|clinicians|advisors|advisers|lawyers|editors|writers"
    r"|executives|drivers|auditors|bankers|traders|contractors|trainers|instructors|coaches|clerks"
    r"|producers|journalists|physicians|doctors|pharmacists|chefs|cooks|hires|fte"
    r"|waiters|apprentices|trainees|surveyors|labou?rers|electricians|plumbers|welders|pickers|packers"
    r"|bartenders|housekeepers|porters|storekeepers|fitters|mechanics|machinists|inspectors|estimators"
    r"|draftsmen|drafters|tutors|lecturers|coordinators|administrators|programmers|testers|product owners|paralegals"
    r"|soldiers|civilians|troops|sailors|airmen|marines|crew members|caregivers|volunteers"
    r"|mitarbeiter(?:innen|n)?|mitarbeitende[n]?|colaboradores|empleados|personas|collaborateurs|personnes"
    r"|salariés|funcionários|trabajadores|prevencionistas|\w*medewerkers|werknemers|pracowników|osób|dipendenti"
    r"|persone|collaboratori|ricercatori|tecnici|analisti|chimici|infermieri|operai|addetti|operatori|ingegneri"
    r"|impiegati|venditori|insegnanti|موظف\w*|عامل\w*|pessoas|gerentes|representantes|supervisores|vendedores|ingenieros|engenheiros|técnicos"
    r"|analistas|enfermeras|enfermeiros|operarios|operários|asesores|consultores|coordinadores|coordenadores"
    r"|ejecutivos|ejecutivas|executivos|executivas|agentes|asesoras|vendedoras|colaboradoras|trabajadoras"
    r"|dentists|hygienists|assistants|attendants|therapists|paramedics|midwives|carers|cleaners|guards|receptionists"
    r"|cashiers|stylists|servers|baristas|tellers|promoters|volunteers|educators|counsellors|counselors"
    r"|funcionarios|jefaturas|medarbetare|anställda|teamleiders|arbetslagsledare"
    r"|ansatte|medarbejdere|medarbeidere|zaměstnanc\w*|pracovník\w*|liderów|[\w-]*adviseurs|consulenten"
    r"|verpleegkundigen|dispatchers|call[- ]takers|gestionnaires|juristes|acheteurs|acheteuses|techniciens"
    r"|techniciennes|ingénieurs|infirmi[eè]re?s|conseillers|conseillères"
    r"|ατόμων|εργαζ[οό]μεν\w*|υπαλλήλ\w*|στελεχ\w*"
    r"|profesionales|profissionais|professionnels|elementos|\w+kr[äa]ften?|\w*arbeiter(?:/innen|innen|n)?"
    r"|(?-i:[A-Z]{2,5}s)"  # CSMs, AEs, SDRs, PMs, RNs
)
_UNIT = (
    r"team|teams|squad|pod|organi[sz]ation|org|department|function|division|unit|staff|group|headcount"
    r"|shifts?|crews?|brigad(?:e|a)s?"  # a kitchen's brigade: "Dirijo una brigada de 85 cocineros"
    r"|lab|laboratory"  # a research lab's people: "Direct a lab of 24: 3 associate professors, ..."
    r"|equipos?|équipes?|equipes?|abteilung|bereich|plantilla|effectif"  # Spanish, French, Portuguese, German
    r"|workforce"
)
_TEAM_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # "un equipo total de 18 personas", "un equipo de sector de 18 funcionarios"
        rf"\b(?:{_UNIT})(?:\s+(?:total|global|overall|combined|whole|completo|de sector))?"
        rf"\s+(?:of|de|von|van|d['’])\s*(?:up to |over |more than |about |around |approximately |~ ?|some |nearly "
        rf"|ongeveer |circa |environ |aproximadamente |cerca de |rund |ca\. ?"
        rf"|almost |circa |c\. ?)?{_NUM}",
        # "Équipe RH de 14 personnes", "equipo comercial de 12 vendedores": the kind of team comes after it
        rf"\b(?:equipo|équipe|equipe)(?:\s+[\w-]{{2,25}}){{1,2}}\s+(?:de|d['’])\s*(?:environ |aproximadamente |cerca de "
        rf"|près de )?{_NUM}\s+(?:{_PEOPLE})\b",
        # "a 25-person team"; "2,000 people" may be customers; "a 13-member board" is no team led, nor "a
        # 9-person start-up" or "a 30-person ODC project" (its "project team" is); "8-osobowym zespołem"
        rf"\b{_NUM}[- ](?:person|strong|member|osobow\w*|köpfig\w*)\b(?!\s+(?:board|committee|council|panel|jury))"
        rf"(?!\s+(?:[\w&/-]{{1,30}}\s+){{0,2}}?(?:company|firm|scale-?up|start-?up|business|agency|project)\b"
        rf"(?!\s+team))",
        rf"\b{_NUM}\s+(?:direct |line |total )?(?:reports|ftes?)\b",
        rf"\b(?:{_LEAD_VERBS})\s+(?:a |an |the |my |our )?"
        rf"(?:total of |team of |up to |over |more than |some |approx\.? ?|about |around |nearly |c(?:a)?\. ?)?{_NUM}\s+"
        rf"(?:[\w-]{{1,40}}\s+){{0,2}}?(?:{_PEOPLE})\b",
        # "Run three distribution sites and 140 people": the people come after what else is run.
        # "Accountable for 2-3 mining sections and approx. 250-300 employees": a range asks for its lower end.
        rf"\b(?:{_LEAD_VERBS})\s+(?:[\w-]{{1,40}}\s+){{1,5}}?and\s+(?:approx\.?\s*|about\s+|around\s+|some\s+)?"
        rf"{_NUM}(?:\s*[-–]\s*\d+)?\s+(?:[\w-]{{1,40}}\s+)?(?:{_PEOPLE})\b",
        # "Führung von 6 Controllern", "mit 25 Mitarbeitenden", "con 40 colaboradores"
        rf"\b(?:mit|von|con|avec|com|med)\s+(?:ca\.\s*|rund\s+|aprox\.\s*|environ\s+|~\s?)?{_NUM}\s+"
        rf"(?:[\w-]{{1,40}}\s+)?(?:{_PEOPLE}|controllern|\w+innen)\b",
        # "Co-lead the nursing and personal care department: ~210 RNs, RPNs and PSWs"
        # "Ran a 24/7 ambient and chilled DC: 62,000 m², 180 staff incl. labour hire"
        rf"\b(?:{_LEAD_VERBS})\s+(?:[\w&'/-]{{1,40}}[\s:,]+){{1,10}}?[~≈]?\s?{_NUM}\s+(?:[\w-]{{1,40}}\s+)?(?:{_PEOPLE})\b",
        # "under me are 3 graduate engineers and 2 draughtsmen"
        rf"\bunder me\s+(?:are|were|sit|work)(?:\s+working)?\s+(?:about\s+|some\s+)?{_NUM}\s+(?:[\w-]{{1,40}}\s+)?(?:{_PEOPLE})\b",
        # "3 shift managers reporting to me", "Eleven agents on the Nordic escalation desk reported to me"
        rf"\b{_NUM}\s+(?:[\w-]{{1,40}}\s+){{0,2}}?(?:{_PEOPLE})\s+(?:[\w-]{{1,40}}\s+){{0,5}}?"
        rf"(?:reporting|reported|report) (?:directly )?to me\b",
        rf"\b(?:grew|growing|scaled|scaling|expanded|built|building)\s+(?:the |a |my |our )?"
        rf"(?:[\w-]{{1,40}}\s+){{0,2}}?(?:{_UNIT})\s+(?:from\s+\d+\s+)?to\s+{_NUM}",
        # "teams (25 associates)", "a equipe de Qualidade (22 pessoas: ...)"
        rf"\b(?:{_UNIT})(?:\s+[\w&'’-]{{1,30}}){{0,5}}\s*\(\s*(?:~|cerca de|about|approx\.?|ca\.)?\s?{_NUM}\s+(?:[\w-]{{1,40}}\s+)?(?:{_PEOPLE})\b",
        rf"(?<![\w.]){_NUM}\s+(?:[\w-]{{1,40}}\s+)?(?:{_PEOPLE})\s+in total\b",  # "~160 engineers in total"
        rf"\bheadcount\s*(?::|of)?\s*(?:~\s?|approx\.?\s*|about\s+)?{_NUM}\b",  # "headcount 150"
        # "Team size: 7", "(total seven heads)" after the groups counted
        rf"\bteam size\s*[:=–-]\s*(?:~\s?|approx\.?\s*|about\s+)?{_NUM}\b",
        rf"\(\s*total\s+(?:of\s+)?{_NUM}\s+(?:heads|people|staff|persons|members)\s*\)",
        # "Equipo a cargo | 4 desarrolladores backend y 1 QA"
        rf"\b(?:{_UNIT})\s+a (?:mi )?cargo\s*[|:]?\s*{_NUM}\b",
        # "60 elementos a mi cargo", "12 pessoas sob minha gestão"
        rf"\b{_NUM}\s+(?:[\w-]{{1,40}}\s+)?(?:{_PEOPLE})\s+(?:a mi cargo|bajo mi (?:cargo|mando|responsabilidad)"
        rf"|sob minha (?:gest[ãa]o|responsabilidade|lideran[çc]a))",
        # "~140 infirmières, infirmières auxiliaires et PAB, via 6 chefs de site", "450 staff through 12
        # shift managers": the people led through the managers under one.
        rf"(?<![\w.]){_NUM}\s+(?:[\w-]{{1,40}}\s+)?(?:{_PEOPLE})\b[^.;\n]{{0,80}}?\b(?:via|through)\s+(?:my\s+|mes\s+)?\d{{1,3}}\s+"
        rf"(?:[\w-]{{1,40}}\s+)?(?:{_PEOPLE}|chefs)\b",
        # Polish: "zarządzanie zmianą liczącą ok. 85 osób", "zespołem liczącym min. 30 osób"
        rf"\b(?:zesp[oó]\w+|zmian\w+|dzia[łl]\w*)\s+licz[aą]c\w+\s+(?:ok\.\s*|około\s+|min\.\s*|ponad\s+)?{_NUM}\s+"
        rf"(?:{_PEOPLE})\b",
        # German compounds: "ein Vertriebsteam von 22 Außendienstmitarbeitenden"
        rf"\b\w+(?:team|abteilung)\s+(?:von|mit|aus)\s+(?:rund\s+|ca\.\s*|etwa\s+)?{_NUM}",
        # A bullet that is the team under a manager's title: "- 350 staff including 5 warehouse managers",
        # "- Sales KRW 62 billion/year, 180 employees incl. 7 section chiefs"
        # (a bullet that opens with leading something is read by the patterns above)
        rf"(?m:^[ \t]*[-•*▪](?![ \t]*(?:{_LEAD_VERBS})\b)[^\n]{{0,60}}?(?<![\w.,]){_NUM}\s+"
        rf"(?:staff|people|employees|ftes?|direct reports)"
        rf"\s+(?:including|incl\.|across)(?!\w))",
        # Korean, Japanese and Chinese counts of people led: "엔지니어 35명 총괄", "35명 조직 운영", "部下12名"
        rf"{_NUM}\s*명\s*(?:\S+\s+)?(?:총괄|관리|운영|리드|지휘)",
        rf"(?:部下|团队|團隊|チーム)\s*{_NUM}\s*(?:名|人)",
        # "P&L responsibility €1.3bn, approx. 4,800 employees"
        # "Full operational P&L for Kenya's third-largest FMCG distributor: 14 depots, 1,600 staff"
        rf"\b(?:responsib\w*|P\s?&\s?L\s+for)\b[^;\n]{{0,80}}?(?:approx\.?\s*|about\s+|around\s+|~\s?)?{_NUM}\s+"
        rf"(?:{_PEOPLE})\b",
    )
)
_DIRECT_REPORTS = re.compile(
    # "no direct reports" says the opposite
    rf"(?<!\bno )(?<!\bwithout )(?<!\bzero )(?<!\b0 )"
    rf"(?:\bdirect reports?\b|\bline[- ]manag|\bpeople manager\b"
    rf"|\b(?:{_LEAD_VERBS}|built and led|hired and led)\s+"
    rf"(?:a |an |the |my |our |two |three |four |several )?(?:[\w-]{{1,40}}\s+){{0,2}}?"
    rf"(?:{_UNIT}|{_PEOPLE})\b)",
    re.IGNORECASE,
)
# In a description, "join our team of 200" or "work in a team of 8" describes colleagues, not the team the
# hire will lead.
_OUR_TEAM = re.compile(
    r"\b(?:our|we(?:'re|’re| are)\s+(?:a|an)|join(?:ing)?\s+(?:a|an|the|our|its|their)"
    r"|(?:part of|in|with|within|on|into|alongside)\s+(?:a|an|the))"
    # ("three production facilities ... with a combined workforce of 4,000+": the sites run, summed)
    r"\s+(?!combined\b)(?:[\w-]{1,40}\s+){0,2}$",
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
_REPORT_TO_ME = re.compile(r"\b(?:report|reports|reporting|reported)\s+(?:directly\s+)?to\s+me\b", re.I)
_COUNTED_PEOPLE = re.compile(rf"\b{_NUM}\s+(?:[\w-]{{1,40}}\s+){{0,3}}?(?:{_PEOPLE})\b", re.IGNORECASE)


_MANAGER_TITLE = re.compile(
    r"\b(?:manager|head|director|chief|superintendent|supervisor|gerente|jefe|leiter\w*|directeur|diretor"
    # a unit's commander runs its people: "Commanding Officer, EME Base Workshop", "Laboratory In-Charge"
    r"|commander|commanding officer|officer commanding|in[- ]charge)\b",
    re.IGNORECASE,
)
_UNDER_TITLE = re.compile(
    # "| Industrial overhaul facility ...: 620 personnel (officers, technicians, civilian workers)"
    rf"(?:^|[;|—–(:])\s*[*_]?~?{_NUM}\s+(?:employees|staff|people|ftes?|personnel|workers)\b",
    re.IGNORECASE,
)
_SIZED_UNIT = re.compile(
    rf"(?:\s[—–-]|\||\(|,)\s*~?{_NUM}\s+(?:employees|staff|people|ftes?|workers|personnel)\b", re.IGNORECASE
)


# In a description, "a plant leadership role ... for a site of 200+ employees" asks to have run that many;
# in a resume, "supported a site of 400 employees" need not mean leading them.
_SITE_OF = re.compile(
    rf"\b(?:site|plant|facility|factory|operation|warehouse|distribution cent(?:re|er)|section|division)s?\s+"
    rf"(?:of|with)\s+(?:approx\.?\s*|about\s+|around\s+|over\s+|more than\s+|at least\s+"
    rf"|(?:not|no) (?:less|fewer) than\s+|a minimum of\s+)?{_NUM}\+?\s*"
    rf"(?:employees|people|staff|ftes?|workers|colleagues)\b",
    re.IGNORECASE,
)


# A sentence ends at its stop, not at an abbreviation's: "and approx. 650 workers" is the same sentence.
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\bapprox\.)(?<!\bca\.)(?<!\bc\.)(?<!\bincl\.)(?<!\bappr\.)\s+|\n",
    re.IGNORECASE,
)


# A description's "58 instructors and 24 support staff, and about 2,400 trainees": beside the staff, the
# learners are the people the unit serves. A resume's "a lab of 24: ... 4 postdocs, 12 PhD students" leads
# its students, so there they count.
_LEARNERS = re.compile(r"\b(?:trainees|students|pupils|learners|apprentices|cadets)$", re.IGNORECASE)


def _counted(clause: str, description: bool) -> list[int]:
    """The groups of people a clause counts, without a description's learners where it also counts staff."""
    groups = [(m.group(0), _number(m.group("n"))) for m in _COUNTED_PEOPLE.finditer(clause)]
    staff = [n for said, n in groups if not (description and _LEARNERS.search(said))]
    return staff if len(staff) < len(groups) and staff else [n for _, n in groups]


def _lower_end(text: str, match: re.Match[str]) -> int:
    """A description's range asks for its lower end: "(20–30 engineers in total)" asks for twenty."""
    before = re.search(r"(\d[\d,.]*)\s*(?:[-–—]|to)\s*$", text[: match.start("n")])
    number = _number(match.group("n"))
    return min(number, _number(before.group(1))) if before else number


# "Building inspections for owners' associations, ~20 reports", "automated 14 reports with Python": a
# count of "reports" with no "direct" before it may be documents written, not people.
_DOCUMENTS = re.compile(
    r"\b(?:inspections?|audits?|surveys?|valuations?|automated|wrote|written|writing|drafted|produced|prepared"
    r"|issued|published|authored|dashboards?)\b",
    re.IGNORECASE,
)


def _documents(text: str, match: re.Match[str]) -> bool:
    if not re.search(r"(?<!direct )(?<!line )(?<!total )\breports$", match.group(0), re.IGNORECASE):
        return False
    start, end = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.end())
    return bool(_DOCUMENTS.search(text[start : end if end >= 0 else len(text)]))


# "Lead 9 people ... supporting 140 sellers": the people a team serves are not more of the team.
# So are the people a team trained or hired: "a team of 6 clinical trainers; trained 600+ nurses" leads six.
_SERVED = re.compile(
    r"\b(?:supporting|serving|supports|serves|in support of|on behalf of|trained|training|onboarded|hired"
    r"|recruited|upskilled|certified)\b",
    re.IGNORECASE,
)


def _team_sizes(text: str, description: bool = False) -> list[int]:
    patterns = (*_TEAM_PATTERNS, _SITE_OF) if description else _TEAM_PATTERNS
    sizes = [
        _lower_end(text, m) if description else _number(m.group("n"))
        for rx in patterns
        for m in rx.finditer(text)
        if not (description and (_OUR_TEAM.search(text[: m.start()]) or _THE_COMPANY.match(text[m.end() :])))
        and not _documents(text, m)
    ]
    # "Led 3 managers and 40 staff", "Liderar 3 gerentes de distrito y 30 representantes": the groups one
    # sentence says a person leads add up, in a resume and in a description alike.
    for sentence in _SENTENCE_END.split(text):
        lead = _LEAD_CLAUSE.search(sentence)
        if lead:
            led = _SERVED.split(sentence[lead.end() :], maxsplit=1)[0]
            # "(5 engineering managers and tech leads)" in brackets is part of the ~30, not more of them.
            clause = re.sub(r"\([^)]*\)", " ", led)
            counted = _counted(clause, description)
            bracketed = not counted
            if bracketed:
                # "al equipo de ventas (3 gerentes de distrito y 25 representantes)": the brackets are the team,
                # and "Managing 3 squads (22 engineers)" leads the 22 the brackets count.
                counted = _counted(led, description)
            if len(counted) > 1 or (bracketed and counted and not description):
                sizes.append(sum(counted))
            if not description:
                # "Manage the reception team: 6 receptionists, 2 night auditors and 1 concierge (9 people)",
                # "Lead a manufacturer ... with 11 plants, 2,000 employees and revenue of A$1.1bn": the
                # people set off after what the verb leads.
                sizes += [_number(m.group("n")) for m in _SIZED_UNIT.finditer(sentence[lead.end() :])]
        # "2 project managers + 5 project coordinators report to me": the groups before the verb add up too.
        reports = None if description else _REPORT_TO_ME.search(sentence)
        if reports and len(before := _counted(sentence[: reports.start()], description)) > 1:
            sizes.append(sum(before))
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
    # Several patterns may read the same words; each size is said once.
    return [n for n in dict.fromkeys(sizes) if 2 <= n <= 1_000_000]


_NO_REPORTS = re.compile(r"\b(?:no|without|zero)\s+direct reports?\b", re.IGNORECASE)
_PROJECT_TEAM = re.compile(
    r"\bcross[- ]functional\b|\bproject (?:team|group)s?\b|\bworking groups?\b|\bvirtual teams?\b"
    r"|\bmatrix(?:ed)? teams?\b|\btask ?forces?\b",
    re.IGNORECASE,
)


def led_team_sizes(resume: str) -> list[int]:
    """The teams a resume shows the candidate leading. Where it says there were no direct reports, the
    project teams it names ("Project lead for DORA readiness (cross-functional team of 12)") and the team
    the candidate sat in ("Member of a legal team of four; no direct reports") are no reports either."""
    if not _NO_REPORTS.search(resume):
        return _team_sizes(resume)
    kept = [
        line for line in resume.splitlines() if not (_NO_REPORTS.search(line) or _PROJECT_TEAM.search(line))
    ]
    return _team_sizes("\n".join(kept))
