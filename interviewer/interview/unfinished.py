"""A qualification the description requires that the resume itself says is not yet held: "Título
profesional de Ingeniero Civil: en trámite" under "Ingeniero Civil titulado, colegiado y habilitado en el CIP
(indispensable)", "PS exam scheduled October 2025" under "Current Colorado Professional Land Surveyor (PLS)
license - required", "建築積算士試験 ... 受験予定" under "建築積算士の資格をお持ちの方".

Two facts decide, both read from the texts rather than from a list of credentials: the resume's line says
the thing is still on its way (in the words people use for that in several languages), and it shares a word
that names the thing (a code such as "A027" or "TESDA", a word stem such as "survey-", or a run of three
CJK characters) with a line the description requires. A resume silent on the credential is left to the
other rules: it may be written another way."""

from __future__ import annotations

import re

from interviewer.interview.dates import without_dates
from interviewer.interview.degrees import _DEGREE_ORDER, _DEGREE_PATTERNS, _UNFINISHED, _degrees
from interviewer.interview.description_sentences import (
    _NOT_REQUIRED,
    _OFFERED,
    _PREFERRED,
    _is_heading,
    unwrapped,
)
from interviewer.interview.headings import _heading_kind
from interviewer.interview.job_titles import _BULLET
from interviewer.interview.licences import _A_MUST

# Said of a qualification still on its way, in the languages resumes come in.
NOT_YET = re.compile(
    r"\b(?:scheduled|booked|in progress|pending|awaiting|applied for|application submitted|not yet|to sit"
    r"|sitting|working towards?|studying for|enrolled\s+(?:in|at|since|on|\w+\s+(?:19|20)\d\d|(?:19|20)\d\d)"
    r"|currently enrolled|to follow|preparing for|planned for|en curso|estimad[oa]"
    r"|expected(?: graduation| completion)?(?:\s+\S+){0,2}\s+(?:19|20)\d\d|due (?:in )?(?:19|20)\d\d"
    r"|en tr[áa]mite|en proceso|pendiente|em andamento|em curso|en cours|pr[ée]vu[e]?|in corso|previst[oa]"
    r"|in fase di|laufend|voraussichtl(?:ich)?|geplant|in vorbereitung|w trakcie|exam registered"
    r"|registered for (?:the )?exam|(?:up)?on completion)\b"
    r"|予定|見込み|在学中|受験",
    re.IGNORECASE,
)
# What a qualification is called: a line must name one to be read as one (a job's "scheduled maintenance"
# is not an exam on its way).
_QUALIFICATION = re.compile(
    r"\b(?:exam\w*|assessment|test|licen[cs]\w*|registration|registered|certificat\w*|certified|chartered"
    r"|member(?:ship)?|degree|bachelor\w*|master\w*|diplom\w*|qualif\w*|t[íi]tulo|titulaci[óo]n|titulad[oa]"
    r"|colegiad[oa]|colegiatura|habilitad[oa]|habilita\w*|abilita\w*|laurea|licenciatura|course|programme|program"
    r"|percorso|thesis|tesis|tesi|c[ée]dula|carteira|carta|\w*ausbildung|meister|staatsexamen|approbation"
    # "Certifikát CPUX-F", "Ingeniería de Software – Institución Universitaria ... (en curso)"
    r"|certifik\w*|certyfikat\w*|ingenier[íi]a|engenharia"
    r"|permit)\b"
    r"|資格|免許|試験|登録|士",
    re.IGNORECASE,
)
# Words any two qualification lines share without naming the same thing (compared as 5-letter stems).
_COMMON_WORDS = (
    "exam examination examen esame assessment test certificate certification certificado "
    "certificazione licence license licencia registration registered degree diploma bachelor master "
    "professional profesional professionale qualification qualified course level year years "
    "university universidad università universidade institute instituto college school programme "
    "program passed scheduled expected progress título titulo title titolo member membership full "
    "current valid required essential mandatory indispensable necessary with from have must hold "
    "holder within their your the and for una uno para con della dello degli alla delle nella sono "
    "este esta will being january february march april may june july august september october "
    "november december enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre gennaio febbraio aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre experience experiencia esperienza minimum least equivalent related field area "
)
_COMMON = frozenset(w[:5] for w in _COMMON_WORDS.split())
_CODE = re.compile(r"\b[A-Z][A-Z0-9]*[0-9A-Z]\b")
_ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"})
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]{3,}")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _names(line: str) -> tuple[set[str], set[str], list[str]]:
    """What in a line may name a qualification: word stems, codes and CJK runs."""
    stems = {w[:5] for w in re.findall(r"[^\W\d_][\w'’-]{3,}", line.lower())} - _COMMON
    codes = {c for c in _CODE.findall(line) if c not in _ROMAN}
    return stems, codes, _CJK.findall(line)


def _shared(left: str, right: str) -> bool:
    stems, codes, runs = _names(left)
    other_stems, other_codes, other_runs = _names(right)
    cjk = any(run[i : i + 3] in other for run in runs for other in other_runs for i in range(len(run) - 2))
    return bool(stems & other_stems or codes & other_codes or cjk)


# A must, said on the line or over it ("Requisiti indispensabili:", "応募資格（必須）", "Requirements").
_MUST = re.compile(
    rf"{_A_MUST.pattern}|\b(?:requirements?|indispensab\w+|obligatori\w*|obrigat[óo]ri\w*|requisit\w*"
    r"|voraussetzung\w*|anforderung\w*|exig\w+|what you (?:need|bring)|you (?:have|bring)"
    # and as Czech, Polish, Turkish, Scandinavian and Romanian ads say it
    r"|podm[íi]nk\w*|nutn[éá]|wymagan\w*|obowi[ąa]zkow\w*|zorunlu|şart|krav|kr[äa]v\w*|p[åa]kr[æa]vet|cerin[țţ]\w*"
    r"|obligatoriu)\b|必須|応募資格",
    re.IGNORECASE,
)
# A credential the holder may still earn after starting asks nothing of them today.
_LATER = re.compile(
    r"\b(?:route to|within (?:the (?:next|first) )?\d+|willing(?:ness)? to (?:obtain|gain|work towards?)"
    r"|(?:able|ability) to obtain|or working towards?|prior to (?:start|commencement))\b",
    re.IGNORECASE,
)
# Years of experience ask for work, not a qualification ("3 years' post-registration experience").
_EXPERIENCE = re.compile(r"\b(?:experience|experiencia|esperienza|experi[êe]ncia|erfahrung)\b|経験", re.I)


def _required_lines(job_description: str) -> list[str]:
    """The description's lines that require a qualification: a must by their own words or their heading's,
    not a wish, a perk or a duty."""
    found, under_must = [], False
    for line in unwrapped(job_description):
        plain = _BULLET.sub("", line).strip()
        if not plain:
            continue
        # A line opened by a bullet ("・建築積算士の資格をお持ちの方") is an item, however short.
        if (_is_heading(line) or plain.endswith(":")) and not re.match(r"\s*[・●○◆■□▪‣◦]", line):
            under_must = bool(_MUST.search(plain)) and not _PREFERRED.search(plain)
            if not _QUALIFICATION.search(plain) or len(plain.split()) <= 4:
                continue
        wish = _PREFERRED.search(plain) or _OFFERED.search(plain) or _NOT_REQUIRED.search(plain)
        wish = wish or _LATER.search(plain)
        if wish or _EXPERIENCE.search(plain) or len(plain.split()) > 40:
            continue
        if _QUALIFICATION.search(plain) and (under_must or _MUST.search(plain)):
            found.append(plain)
    return found


# The words for finishing a degree: a "titulación en trámite" is the licenciatura's, a thesis a degree's.
_GRADUATING = re.compile(
    r"\b(?:titulaci[óo]n|t[íi]tulo|thesis|tesis|graduation|graduate|egresad[oa]|pasante)\b", re.IGNORECASE
)


def _degree_named(text: str) -> bool:
    return any(pattern.search(text) for pattern in _DEGREE_PATTERNS.values())


_SENTENCE_END = r"(?<=[a-z]\.)\s+(?=[A-Z])"  # "... developers. Now preparing for the CPUX-F exam"


def _not_yet_lines(resume: str) -> list[str]:
    """The resume's lines that name a qualification as still on its way. An entry with no year of its own
    goes on in the line under it: "Percorso abilitante ... A027" / "Conclusione prevista: luglio 2025"."""
    lines = [ln.strip() for ln in resume.splitlines() if ln.strip()]
    found = []
    for number, line in enumerate(lines):
        # ... or that ends mid-sentence: "exams booked for 27 November 2025;" over "MCIPS on completion".
        carries_on = not _YEAR.search(line) or line.endswith((";", ","))
        below = lines[number + 1] if number + 1 < len(lines) and carries_on else ""
        # Joined only where the line names the thing and the line under it only says when it ends.
        joins = _QUALIFICATION.search(line) and not _QUALIFICATION.search(below) and len(below.split()) <= 20
        joins = joins and _heading_kind(below) is None  # "CERTIFICACIONES" opens the next part
        entry = f"{line} {below}" if below and joins else line
        if len(line.split()) > 30 or not NOT_YET.search(entry):
            continue
        # "Class C driver's license, clean record; studying for CDL Class B permit": only the part on its way.
        # A wrapped profile ("... developers. Now preparing for the CPUX-F exam"): the sentence saying it.
        parts = [p for p in re.split(rf"[;•|]|{_SENTENCE_END}", entry) if NOT_YET.search(p)]
        part = parts[0] if len(parts) == 1 and _QUALIFICATION.search(parts[0]) else entry
        if _QUALIFICATION.search(part):
            found.append(part.strip())
    return found


def degree_on_its_way(resume: str) -> str | None:
    """The words of the resume that name a degree still being studied for ("BSc Nursing, in progress"), or
    one the degree reader sets aside as unfinished ("since 10.2024 | Master's studies (part-time)"): the
    sentence that names it, without its dates."""
    lines = [*_not_yet_lines(resume), *(ln.strip() for ln in resume.splitlines() if _UNFINISHED.search(ln))]
    line = next((line for line in lines if _degree_named(line)), None)
    if line is None:
        return None
    # "... branch supervision. Currently pursuing a Bachelor of Pharmacy": the sentence that says it.
    sentences = re.split(_SENTENCE_END, line)
    return without_dates(next((s for s in sentences if _degree_named(s)), line))


def _degree_still_to_finish(requirement: str, line: str, held: set[str]) -> bool:
    """A required degree or professional title ("Título profesional de Ingeniero Civil Industrial") while the
    resume says the candidate's own is still being finished ("Titulación en curso ... defensa estimada"),
    and no degree of the level asked is held."""
    if not (_degree_named(requirement) or re.search(r"\bt[íi]tul\w*", requirement, re.IGNORECASE)):
        return False
    if not _GRADUATING.search(line):
        return False
    levels = [level for level in _DEGREE_ORDER if _DEGREE_PATTERNS[level].search(requirement)]
    return not (set(levels) & held)


def unfinished_requirement(job_description: str, resume: str) -> tuple[str, str] | None:
    """(the description's line, the resume's line) for a required qualification the resume says is not
    yet held."""
    wanted = _required_lines(job_description)
    held = set(_degrees(resume))
    for line in _not_yet_lines(resume):
        for requirement in wanted:
            if _degree_still_to_finish(requirement, line, held):
                return requirement, line
            # A degree is weighed against the degrees held (elsewhere), not against another credential booked.
            if _degree_named(requirement) and not (_degree_named(line) or _GRADUATING.search(line)):
                continue
            if _shared(requirement, line):
                return requirement, line
    return None
