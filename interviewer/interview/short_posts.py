"""Posts short by design: an internship, a fixed-term cover, a contract for one project. Their brevity
says nothing about whether the candidate stays, so they are not counted as job hopping."""

from __future__ import annotations

import re

from interviewer.interview.dates import _RANGE
from interviewer.interview.headings import _heading_kind

# Titles whose brevity says nothing about loyalty.
NATURALLY_SHORT = re.compile(
    r"\b(?:intern|internship|placement|summer|co-?op|(?<!permanent )contract|contractor|freelance|freelancer"
    r"|interim|temporary|temp|fixed[- ]term|seasonal|advisor|adviser|board|non-executive|volunteer"
    r"|sabbatical"
    # and in the languages resumes come in: beca, prácticas, FCT, estágio, stage, Praktikum, tirocinio, staż
    r"|beca|becari[oa]|pr[áa]cticas|FCT|est[áa]gio|estagi[áa]ri[oa]|stagiaire|praktikum|praktikant\w*"
    r"|tirocinio|stagista|sta[żz]|sta[żz]ysta|saison\w*|temporada|s[æa]sonarbe\w*"
    # a post filled for a set time: supplenza, befristet, CDD, interinidad, locum, maternity cover, vikar
    r"|supplen\w+|tempo determinato|befristet\w*|CDD|dur[ée]e d[ée]termin[ée]e|interin[oa]|interinidad"
    r"|sustituci[óo]n|contrato temporal|substitute|locum|maternity cover|vikar\w*|zast[ęe]pstw\w*"
    # a contract for one project or one year: contrato por obra, 1년 계약 (계약직), 契約社員, 派遣
    r"|contrato por obra|por obra determinada|계약\w*|기간제\w*|契約\w*|派遣\w*|有期\w*"
    # and in Polish: a contract for a set time or for one project
    r"|umow[ay] na czas (?:okre[śs]lony|realizacji projektu)|umow[ay] o dzie[łl]o"
    # a year of national service: Ghana's National Service, Nigeria's NYSC, Zivildienst, service civique
    r"|national service|NYSC|corps member|zivildienst|wehrdienst|service civique|servicio social)\b",
    re.IGNORECASE,
)
# A dated line that is time away from work, not a post: a career break, a leave, a move.
BREAK = re.compile(
    r"\b(?:career (?:break|pause)|sabbatical|(?:parental|maternity|paternity|family) leave|caring for|carer"
    r"|gap year|time off|professional development|since relocating|relocated (?:from|to|with)|moved back to"
    # and in the languages resumes come in: a leave to raise a child, a career break
    r"|concediu|pauz[ăa] de carier[ăa]|loopbaanonderbreking|elternzeit"
    r"|cong[ée] (?:parental|maternit[ée]|sabbatique)|excedencia"
    r"|baja (?:maternal|por maternidad)|licen[çc]a[- ]maternidade|urlop \w+|aspettativa|ouderschapsverlof"
    # a move between countries: Umzug, mudanza, déménagement, verhuizing
    r"|umzug|mudanza|d[ée]m[ée]nagement|verhuizing|relocation to)\b"
    r"|育休|育児休業|육아휴직|휴직"
    # "TRANSITION (February 2025 - present)" over a resettlement course and refreshers, after the army
    r"|\bcareer transition\b|^\W*transition\W*$",
    re.IGNORECASE,
)

# A post that ended because the employer did: "TroTro Go ceased operations in November 2022", "Kedai.io
# wound down", "role made redundant". Said in the post's own lines, it answers "why so short?".
_ENDED_BY_EMPLOYER = re.compile(
    r"\b(?:ceased (?:operations|trading)|wound down|wind[- ]down|went into (?:administration|liquidation"
    r"|receivership)|insolven\w+|bankrupt\w*|made redundant|laid off|(?:position|role) (?:was )?eliminated"
    r"|(?:company|business|startup|start-up|office|plant|site|store|branch|studio|restaurant|hotel|shop"
    r"|clinic|project) (?:was )?(?:closed|shut down)"
    # "retrenched (Section 189)", "liquidated", "went into business rescue", "closed the Cape Town office"
    r"|retrench\w*|liquidated|business rescue|closed the (?:[\w-]+ ){0,3}(?:office|plant|site|branch|studio)"
    r"|Insolvenz|cierre de la empresa|fermeture de l['’]entreprise|faillissement"
    r"|likwidacj\w*|upad[łl]o\w*"
    # Norwegian, Danish, Swedish: a bankruptcy (konkurs), a downsizing (nedbemanning), being let go (sagt
    # opp, oppsagt, uppsagd), a business wound up (avviklet) or pulled out of the country (trakk seg ut)
    r"|konkurs\w*|nedbemann\w*|sagt opp|oppsagt|uppsagd|avvikl\w*|trakk seg ut)\b",
    re.IGNORECASE,
)


def ended_by_employer(lines: list[str], dates: str) -> bool:
    """Whether the lines of the post dated `dates` (its dated line, up to the next dated line) say it ended
    because the employer closed or cut it."""
    start = next((i for i, line in enumerate(lines) if dates in line), None)
    if start is None:
        return False
    block = [lines[start]]
    for line in lines[start + 1 : start + 10]:
        if _RANGE.search(line):
            break
        block.append(line)
    return any(_ENDED_BY_EMPLOYER.search(line) for line in block)


# A list headed as work for clients while self-employed: "CONSULTING ENGAGEMENTS (self-employed, IČO ...)".
_ENGAGEMENTS = re.compile(
    r"\b(?:self-employed|freelance|(?:consulting|client|interim)\s+(?:engagements|assignments|mandates))\b",
    re.IGNORECASE,
)


def under_engagements(lines: list[str], dates: str) -> bool:
    """Whether the post dated `dates` is listed under an undated line that heads engagements for clients:
    each ends when the work does, not when the candidate leaves."""
    start = next((i for i, line in enumerate(lines) if dates in line), None)
    for line in reversed(lines[max(0, (start or 0) - 25) : start or 0]):
        if _heading_kind(line) is not None:
            return False
        if _ENGAGEMENTS.search(line) and not _RANGE.search(line):
            return True
    return False


# Work beside a main job, or unpaid: part-time, casual, evenings, a student job, volunteering.
SIDE = re.compile(
    r"\bpart[- ]time\b|\bcasual\b|\bside\b|\bevenings?\b|\bweekends?\b|\bmoonlight\w*"
    # unpaid work, in the languages resumes come in
    r"|\bextra ?jobb?\b|\bbijbaan\w*|\bnebenjob\w*|\bminijob\w*|\baushilf\w*|\bstudent(?:en)? ?job\w*"
    r"|\bvolunteer\w*|\bvrijwillig\w*|\bvol[ou]ntari[oa]\w*|\bb[ée]n[ée]vole|\behrenamt\w*|\bwolontariusz\w*"
    # part-time, at weekends, beside one's studies: "deltid, ved siden av studier", "helg/sommer"
    r"|\bdeltid\w*|\bhelg(?:e|er)?\b|\bved siden av\b",
    re.I,
)
