"""A licence to practise that a job description ties to a regulator or a place ("Current registration as a
Registered Nurse with the Australian Health Practitioner Regulation Agency (AHPRA)", "a qualified solicitor
in England & Wales"), and whether the resume holds that one: a nurse registered with the UK's NMC is not
registered in Perth, and a registration "in progress" is not held.

The objection is raised only when the resume shows a licence of its own that does not answer: one pending,
or one from another regulator. A resume silent on licences may simply not name the regulator, and saying
"you are not registered" to a registered nurse would be the worse mistake."""

from __future__ import annotations

import re
from datetime import date

from interviewer.interview.dates import _DATE, _parse_date
from interviewer.interview.description_sentences import _PREFERRED, _is_heading, unwrapped
from interviewer.interview.job_titles import _BULLET
from interviewer.interview.not_posts import _CREDENTIAL
from interviewer.interview.roles import Requirement

_LICENSED = re.compile(
    r"\b(?:registration|registered|licen[cs]ed?|licensure|qualified|admitted|admission|enrolled|chartered"
    r"|in good standing)\b",
    re.IGNORECASE,
)
_PROFESSION = re.compile(
    r"\b(nurse|midwife|pharmacist|solicitor|barrister|attorney|lawyer|advocate|physician|doctor|dentist"
    r"|physiotherapist|psychologist|social worker|teacher|architect|paramedic|optometrist|veterinarian"
    r"|electrician|plumber|radiographer|dietitian|occupational therapist|engineer)s?\b",
    re.IGNORECASE,
)
_MUST = re.compile(r"\b(?:must|required|requirement|mandatory|essential|current|valid|hold)\b", re.IGNORECASE)
# "with the Ontario College of Pharmacists", "in England & Wales": the regulator or the place, in capitals.
_BODY = re.compile(
    r"\b(?:with|by|in|from)\s+(?:the\s+)?((?:[A-Z][\w'.-]*)(?:\s+(?:[A-Z][\w'.-]*|&|of|and|for))*)"
)
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
_NOT_A_REGULATOR = {"RPN", "LPN", "ICU", "CPR", "BLS", "ACLS", "PALS", "NHS", "PQE", "FTE", "USD", "CAD",
                    "AUD", "GBP", "EUR", "OSCE", "NCLEX", "SQE", "LLB", "LLM", "BSN", "BSC",
                    "MSN"}  # fmt: skip
# A registration held only in part, or no longer: "Provisional registration (Intern Pharmacist)",
# "Graduate Member, Institution of Civil Engineers", "Registration voluntarily cancelled March 2022".
_NOT_IN_FULL = (
    r"\b(?:provisional(?:ly)?|cancell?ed|revoked|suspended|struck off|graduate member|student member"
    r"|intern|pre-?registration|trainee)\b"
)
_PENDING = re.compile(
    r"\b(?:in progress|pending|applied|application|booked|scheduled|eligible|expected|candidate"
    r"|working towards?|inactive|expired|lapsed|to follow|awaiting|passed|en trámite|completing|to qualify"
    r"|in the process|submitted|pursuing|preparing for|studying for)\b" + r"|" + _NOT_IN_FULL,
    re.IGNORECASE,
)
# "Registered Pharmacist 2014 – 2022": a registration whose years have ended.
_PAST = re.compile(r"\b(?:19|20)\d\d\s*[–—-]\s*(?:19|20)\d\d\b(?!\s*[–—-])")
# "Registered Pharmacy Technician", "Licensed Professional Teacher": the class named after the word.
_HELD_CLASS = re.compile(
    r"\b(?:Registered|Licensed|Enrolled|REGISTERED|LICENSED)\s+([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2})"
)


def licence_requirement(sentences: list[str], title: str = "") -> Requirement | None:
    """The first licence a description ties to a regulator or a place, among lines it requires (the caller
    leaves out what it only prefers). The profession is named in the line or, failing that, in the job's
    title ("Community Pharmacist": "Registered with the Pharmaceutical Society of Ireland - essential")."""
    in_title = _PROFESSION.search(title)
    for sentence in sentences:
        profession = _PROFESSION.search(sentence) or in_title
        if not (profession and _LICENSED.search(sentence) and _MUST.search(sentence)):
            continue
        names = [m.group(1).strip().rstrip(".") for m in _BODY.finditer(sentence)]  # not the full stop
        names += [a for a in _ACRONYM.findall(sentence) if a not in _NOT_A_REGULATOR]
        # "Professional Engineer (PE) license required": the licence's own short name, however short.
        names += [a for a in re.findall(r"\(([A-Z]{2})\)", sentence) if a not in _NOT_A_REGULATOR]
        names = [n for n in names if not _PROFESSION.fullmatch(n) and not _LICENSED.fullmatch(n)]
        if names:
            return Requirement(
                kind="certification",
                text=sentence if len(sentence) <= 200 else sentence[:197] + "...",
                names=tuple(dict.fromkeys(names)),
                alternatives=(profession.group(1).lower(),),
            )
    return None


def _name_pattern(name: str) -> str:
    # "England & Wales" is "England and Wales" written the other way.
    return r"\s*(?:&|\band\b)\s*".join(re.escape(part.strip()) for part in re.split(r"&|\band\b", name))


def _spelled_out(acronym: str) -> str:
    """A body's short name as its full name: "NMC" is "Nursing and Midwifery Council", "NLC" the "Nurse
    Licensure Compact" (capitalised words with those initials, small joining words between)."""
    joining = r"(?:\s+(?:and|of|for|the|&))*\s+"
    return joining.join(rf"{letter}[a-z]+" for letter in acronym)


def _names(line: str, names: tuple[str, ...]) -> bool:
    return any(
        re.search(rf"(?<!\w){_name_pattern(n)}(?!\w)", line, 0 if n.isupper() else re.IGNORECASE)
        or (n.isupper() and 2 <= len(n) <= 6 and re.search(rf"\b{_spelled_out(n)}\b", line))
        for n in names
    )


def _another_class(line: str, profession: str) -> bool:
    """'Registered Pharmacy Technician' where a pharmacist is asked for: one regulator, another licence."""
    held = _HELD_CLASS.search(line)
    # "Registered Social Worker" where a social worker is asked for: the class named, in one word or two.
    named = held.group(1).lower() if held else ""
    return held is not None and not (
        named.startswith(profession) or any(w.startswith(profession) for w in named.split())
    )


def _claims(line: str) -> bool:
    """A line that says a licence is held, not one that names the regulator in passing ("controlled drugs
    register and PSI inspection readiness", "RIBA Part 3 - Professional Practice")."""
    return bool(
        _LICENSED.search(line)
        or _CREDENTIAL.search(line)
        or re.search(r"\b(?:member|fellow|no\.?|number|licen[cs]e|[A-Z]{1,4}\d{3,})\b", line, re.IGNORECASE)
    )


def unanswered_licence(requirement: Requirement, resume: str) -> str | None:
    """The resume's own licence line that does not answer the requirement, when no line answers it."""
    profession = requirement.alternatives[0] if requirement.alternatives else ""
    lines = [line.strip() for line in resume.splitlines() if line.strip()]

    def pending(line: str) -> bool:
        return _beyond(_PENDING, line, requirement.text)

    for number, line in enumerate(lines):
        # "Licensure Examination - passed (PRC License No. 0071523)": a licence's number says it is held,
        # on its line or on the line under it.
        below = lines[number + 1 : number + 2]
        numbered = bool(_CREDENTIAL.search(line)) or any(
            _CREDENTIAL.search(b) and not pending(b) for b in below
        )
        settled = (not pending(line) or numbered) and not _PAST.search(line)
        held = settled and _claims(line) and not _another_class(line, profession)
        if held and _names(line, requirement.names):
            return None

    def unanswering(line: str) -> bool:
        if _names(line, requirement.names):  # the regulator's own line, pending, past or another licence
            return bool(pending(line) or _PAST.search(line)) or _another_class(line, profession)
        licensed = _LICENSED.search(line) or re.search(r"\b(?:PIN|council|board|college|bar)\b", line, re.I)
        return bool(licensed and _PROFESSION.search(line))  # another regulator's licence

    return next((line for line in lines if len(line.split()) <= 30 and unanswering(line)), None)


# Professions no one practises without their own degree or licence: with no description, the one thing a
# title alone says the employer will ask for. (title, what it needs, what on a resume shows it)
_PRACTICE = tuple(
    (re.compile(title, re.IGNORECASE), needs, re.compile(shown, re.IGNORECASE))
    for title, needs, shown in (
        (
            r"\b(?:counsel|attorney|lawyer|solicitor|barrister|abogad[oa]|avocat|rechtsanwalt|advogad[oa])\b",
            "a law degree or admission to the bar",
            r"\bJ\.?D\.?(?!\w)|\bjuris doctor|\bLL\.?\s?[BM]\b|\bbachelor of laws|\bmaster of laws"
            r"|\blaw degree|\bbar admission|\b(?:admitted|called) to the\b.{0,40}\bbar\b|\bstate bar\b"
            r"|\bmember of the\b.{0,40}\bbar\b|\bbar (?:no|number|#)|\battorney at law\b|\besq\b"
            r"|\bqualified (?:solicitor|lawyer)|\benrolled (?:as an )?advocate|\bderecho\b|\bdireito\b"
            r"|\brechtswissenschaft|\bjura\b",
        ),
        (
            # and in the languages titles come in: Eczacı, farmacéutico, Apotheker, pharmacien, farmacista
            r"\bpharmacist\b|\beczac[ıi]\b|\bfarmac[ée]utic[oa]\b|\bapotheker(?:in)?\b|\bpharmacien(?:ne)?\b"
            r"|\bfarmacista\b|\bfarmaceuta\b",
            "a pharmacy degree or licence",
            r"\bpharm\.?\s?d\b|\bb\.?\s?pharm|\bm\.?\s?pharm|\bpharmacy\b|\bpharmacist\b"
            r"|\beczac[ıi]l[ıi]k fak[üu]ltesi|\beczac[ıi]\b|\bgrado en farmacia|\blicenciatura en farmacia"
            r"|\bpharmazie(?:studium)?\b|\bapprobation als apotheker|\bdocteur en pharmacie|\bfarmácia\b"
            r"|\blaurea (?:magistrale )?in farmacia|\bmagister farmacji",
        ),
        (
            # A "representante médico" or "visiteur médical" sells medicines.
            r"\b(?:physician|surgeon|medical doctor|[äa]rztin|arzt|m[ée]decin"
            r"|(?<!representante )(?<!visitador )(?<!delegado )m[ée]dic[oa])\b",
            "a medical degree",
            r"\bM\.?D\.?(?!\w)|\bMBBS\b|\bMBChB\b|\bdoctor of medicine\b|\bmedical (?:degree|school)\b"
            r"|\bmedicina\b|\bmedizin\b|\bmédecine\b|\bapprobation\b",
        ),
        (
            r"\b(?:registered nurse|nurse practitioner|staff nurse|charge nurse)\b",
            "a nursing qualification or licence",
            r"\bRN\b|\bBSN\b|\bADN\b|\bnurs(?:e|ing)\b",
        ),
        (
            r"\b(?:clinical|counselling|counseling|licensed) psychologist\b",
            "a postgraduate degree in psychology and registration as a psychologist",
            r"\bPsy\.?\s?D\b|\bPh\.?\s?D\b|\bD\.?\s?Clin\.?\s?Psy|\bdoctorate in (?:clinical )?psychology"
            r"|\b(?:master|M\.?\s?(?:Sc|A|S))\.?\s+(?:of \w+\s+)?(?:in\s+)?"
            r"(?:clinical|counselling|counseling)\s+psychology"
            r"|\b(?:registered|licensed|chartered) psychologist|\bHCPC\b",
        ),
        (r"\bdentist\b", "a dental degree", r"\bD\.?D\.?S\b|\bD\.?M\.?D\b|\bBDS\b|\bdent(?:al|istry)\b"),
        (
            r"\bveterinar(?:ian|y surgeon)\b",
            "a veterinary degree",
            r"\bD\.?V\.?M\b|\bBVSc\b|\bVMD\b|\bveterinar",
        ),
    )
)


def practice_needs(title: str, resume: str) -> str | None:
    """What a profession's title needs that the resume does not show ("a law degree or admission to the
    bar" for a legal counsel whose resume holds a BA and a paralegal certificate)."""
    for pattern, needs, shown in _PRACTICE:
        if pattern.search(title) and not shown.search(resume):
            return needs
    return None


# "NCLEX-RN exam scheduled — June 2025", "CRNA application submitted; applicant status": a registration on
# its way is not yet a licence to practise here. Stricter than `_PENDING`: "passed" or "eligible" may
# well describe a licence held.
_ON_ITS_WAY = re.compile(
    r"\b(?:scheduled|submitted|applicant|in progress|pending|awaiting|booked|in the process|working towards?"
    r"|pursuing|not yet)\b|" + _NOT_IN_FULL,
    re.IGNORECASE,
)
_REGISTRATION = re.compile(
    r"\b(?:registration|registered|licen[cs]\w*|NCLEX\w*|bar exam|admission|PEBC|OSCE|board exam)\b",
    re.IGNORECASE,
)


def pending_registration(title: str, resume: str) -> str | None:
    """For a profession's title, the resume's line that shows its registration still on the way."""
    if not any(pattern.search(title) for pattern, _, _ in _PRACTICE):
        return None
    lines = [line.strip() for line in resume.splitlines()]
    short = [line for line in lines if len(line.split()) <= 30]
    # "Registered Pharmacist, Singapore Pharmacy Council – full registration since 2015": the registration
    # is held, and the "Pre-registration Pharmacist" post above it is how it was earned.
    if any(_IN_FULL.search(line) and not _ON_ITS_WAY.search(line) for line in short):
        return None
    return next((line for line in short if _REGISTRATION.search(line) and _ON_ITS_WAY.search(line)), None)


_IN_FULL = re.compile(
    r"\b(?:full(?:y)? (?:registration|registered|licen[cs]e[d]?)|registered since|licensed since)",
    re.IGNORECASE,
)


# A credential the description makes a must ("Mine Overseer Certificate of Competency (Metalliferous) -
# ESSENTIAL") that the resume names as still on its way ("... : IN PROGRESS - Mining paper to be written in
# 2027"). A resume silent on it is left alone, as with licences: it may be written another way.
_CREDENTIAL_WORD = re.compile(
    r"\b(?:certificate|certification|licen[cs]e|registration|diploma|ticket|registro|registo|certificado"
    r"|certificat|zertifikat|registratie|colegiaci[óo]n|c[ée]dula|\w*nachweis|qualification|approbation)\b",
    re.IGNORECASE,
)
_A_MUST = re.compile(
    r"\b(?:essential|required|mandatory|must|compulsory|indispensable|obrigat[óo]ri[oa]|obligatori[oa]"
    r"|imprescindible|excluyente|zwingend|verplicht|obligatoire|voraussetzung)\b",
    re.IGNORECASE,
)
_GENERIC_WORDS = {"certificate", "certification", "licence", "license", "registration", "diploma",
                  "ticket", "valid", "current", "essential", "required", "mandatory", "must", "compulsory",
                  "the", "and", "with", "for", "holder", "holding", "indispensable", "have",
                  "hold", "registro", "registo", "ativo", "activo", "active", "certificado",
                  "obrigatório", "obligatorio", "gültig", "gültiger", "gültige", "gültigen"}  # fmt: skip
_STILL_ON_ITS_WAY = re.compile(
    rf"{_ON_ITS_WAY.pattern}|\b(?:studying|to be (?:written|taken|sat)|expected|candidate|ongoing"
    r"|aguardando|solicitad[ao]|en tr[áa]mite|en proceso|beantragt|aangevraagd|en cours"
    # "en preparación, examen programado para noviembre 2025", "4 of 7 papers passed"
    r"|en preparaci[óo]n|programad[oa]|agendad[oa]|em andamento|in vorbereitung|pr[ée]vu"
    r"|\d+ of \d+ (?:papers|exams|modules|units))\b",
    re.IGNORECASE,
)
# The grades one credential comes in: "NZRC CORE Immediate" is not "CORE Advanced"; a BNSP certificate on
# the "HR Supervisor scheme" is not the "HR Manager scheme".
_GRADES = frozenset(
    " ".join(
        [
            "basic foundation immediate intermediate advanced expert junior senior supervisor manager",
            "practitioner associate professional fellow restricted unrestricted full provisional",
        ]
    ).split()
)


# "Schulungsnachweis 2013, verlängert 2018, gültig bis 10/2023", "First Aid certificate (expired)": a
# credential held once and no longer.
_LAPSED = re.compile(
    r"\b(?:expired|lapsed|abgelaufen|caducad[oa]|vencid[oa]|scadut[oa]|verlopen|expiré)\b", re.IGNORECASE
)
_VALID_UNTIL = re.compile(
    r"\b(?:valid (?:until|to|through|till)|gültig bis|v[áa]lid[oa] (?:hasta|até)|valable jusqu['’]au"
    rf"|expires?|expiry(?: date)?|geldig tot)\s*:?\s*(?P<when>{_DATE})",
    re.IGNORECASE,
)


def lapsed(line: str, today: date) -> bool:
    """Whether a resume's line shows a credential lapsed: said so, or valid until a month now past."""
    if _LAPSED.search(line):
        return True
    until = _VALID_UNTIL.search(line)
    when = _parse_date(until.group("when")) if until else None
    return when is not None and (when[0], when[1] or 12) < (today.year, today.month)


# The rule a credential is held under is no part of its name: "Gefahrgutbeauftragter (Straße) gemäß GbV".
_UNDER_A_RULE = re.compile(
    r"\s(?:gemäß|according to|as per|pursuant to|conforme|según|nach)\s.*", re.IGNORECASE
)


def credential_name(wanted: str) -> str:
    """A required credential's line said plainly: "... (Metalliferous) - ESSENTIAL" loses its "ESSENTIAL"."""
    named = re.sub(
        r"[\s(:–—-]*\b(?:essential|required|mandatory|compulsory|indispensable)\b\)?\W*$",
        "",
        wanted,
        flags=re.I,
    )
    return named or wanted


def _credential_words(line: str) -> set[str]:
    """The words that name a credential: its capitalised words, less the generic ones."""
    named = re.findall(r"\b[A-Z][\w'-]+", line)
    return {w.lower() for w in named if w.lower() not in _GENERIC_WORDS}


def _musts(job_description: str) -> list[str]:
    """The description's short lines that make a credential a must, by their own words or their heading's
    ("What you need (essential)" over "- NZRC CORE Advanced certification")."""
    found, under_must = [], False
    for line in unwrapped(job_description):
        plain = _BULLET.sub("", line).strip()
        if not plain:
            continue
        if _is_heading(line):
            under_must = bool(_A_MUST.search(plain)) and not _PREFERRED.search(plain)
            continue
        short = len(plain.split()) <= 20 and not _PREFERRED.search(plain)
        if short and _CREDENTIAL_WORD.search(plain) and (_A_MUST.search(plain) or under_must):
            found.append(plain)
    return found


_LABEL = re.compile(r"^[\w\s]{0,40}\b(?:qualifications?|certifications?|licen[cs]es?)\s*:\s*", re.IGNORECASE)


def pending_credential(job_description: str, resume: str, today: date) -> tuple[str, str] | None:
    """(the description's line, the resume's line) for a required credential the resume shows unfinished,
    lapsed, or held at another grade."""
    lines = [_BULLET.sub("", ln).strip() for ln in resume.splitlines() if ln.strip()]
    said = [(ln, {w.lower() for w in re.findall(r"[\w'-]+", ln)}) for ln in lines]
    for wanted in _musts(job_description):
        # "Diploma in Supply Chain Management, Purchasing & Supplies or Logistics (must)": the whole line
        # before its "or", then its first part alone, name the credential.
        whole = re.split(r"\s+(?:or|o|ou|oder)\s+", _UNDER_A_RULE.sub("", _A_MUST.sub(" ", wanted)))[0]
        # "Professional qualification: ICAN or ACCA": the label before the colon names no grade.
        whole = _LABEL.sub("", whole)
        for named in dict.fromkeys([whole, whole.split(",")[0]]):
            words = _credential_words(named)
            # One acronym ("Registro ativo no CRMV-MG") names a credential alone.
            if len(words) < 2 and not re.search(r"\b[A-Z]{3,}", named):
                continue
            naming = [ln for ln, line_words in said if words <= line_words]
            # "Associate of the Chartered Insurance Institute of Ghana (ACIIG) or ACII (UK)": its short name
            # names it, as the resume writes it ("Associateship (ACIIG) — 4 of 7 papers passed").
            short = {a.lower() for a in re.findall(r"\(([A-Z]{3,8})\)", named)}
            naming = naming or [ln for ln, line_words in said if short & line_words]
            if naming and all(_beyond(_STILL_ON_ITS_WAY, ln, wanted) or lapsed(ln, today) for ln in naming):
                return wanted, naming[0]
            if not naming and (other := _other_grade(words, said)):
                return wanted, other
    return None


# The grades of a registration below the full one, which an ad may ask for itself.
_LOWER_GRADE = re.compile(r"candidate|provisional(?:ly)?|graduate member|student member|intern|trainee", re.I)


def _beyond(words: re.Pattern[str], line: str, asked: str) -> bool:
    """Whether a line says a credential is unfinished, other than by a lower grade the requirement asks for
    itself: "Candidate Engineering Technologist" meets "Registration with ECSA as a Candidate Engineering
    Technologist"; "passed the LET" does not meet "must have passed the LET" and be licensed."""
    return any(
        not (_LOWER_GRADE.fullmatch(m.group(0)) and m.group(0).lower() in asked.lower())
        for m in words.finditer(line)
    )


def still_on_its_way(line: str) -> bool:
    """Whether a resume's line names a credential as not yet held: studying, booked, awaiting approval."""
    return bool(_STILL_ON_ITS_WAY.search(line))


def _other_grade(words: set[str], said: list[tuple[str, set[str]]]) -> str | None:
    """The resume's line naming the same credential at another grade than the one required."""
    grades = words & _GRADES
    if not grades or len(words - grades) < 1:
        return None
    for line, line_words in said:
        if (words - grades) <= line_words and (line_words & _GRADES) - grades and len(line.split()) <= 20:
            return line
    return None
