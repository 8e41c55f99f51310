"""A role that leads people through leaders of their own ("Je stuurt vier teamleiders aan", "Supervise and
mentor four State Programme Coordinators, who in turn lead state teams"), and whether the resume shows the
candidate has led a layer of managers. Someone who has led only the people doing the work meets that layer
for the first time, whatever the head count."""

from __future__ import annotations

import re

from interviewer.interview.description_sentences import _PREFERRED, unwrapped
from interviewer.interview.profile import Objection
from interviewer.interview.resume_facts import ResumeFacts

# Those who lead a team themselves, in the languages the ads here are written in. A project, product or
# account manager manages work or clients, not people: "a team of 6 project managers" is led directly.
_LEADERS = (
    r"(?:team[- ]?lead(?:er)?s|team managers|supervisors"
    r"|(?:\w+[- ])?(?<!project.)(?<!product.)(?<!account.)(?<!case.)(?<!property.)(?<!portfolio.)"
    r"(?<!relationship.)(?<!program.)(?<!programme.)managers|coordinators|foremen"
    r"|forepersons|shift leads|teamleiders|leidinggevenden|teamleiter(?:innen)?|teamleitungen|führungskräfte"
    r"|schichtleiter\w*|jefes(?: de \w+)?|jefaturas|supervisores|coordinador(?:e|a)s|encarregados"
    r"|chefs d['’]équipe|responsables d['’]équipe|arbetsledare|förmän"
    r"|(?:avdelings|afdelings|team|gruppe|skift)ledere|liderów(?: zespołów)?|lider(?:ami|ów) zmian)"
)
_COUNT = (
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twee|drie|vier|vijf|zes|zeven"
    r"|acht|zwei|drei|fünf|sechs|sieben|dos|tres|cuatro|cinco|seis|deux|trois|quatre|cinq|två|tre|fyra|fem)"
)
_LEAD = (
    r"manag(?:e|es|ed|ing)|lead(?:s|ing)?|led|supervis(?:e|es|ed|ing)|coach(?:es|ed|ing)?|direct(?:s|ed|ing)?"
    r"|oversee(?:s|ing)?|oversaw|r[au]n(?:s|ning)?|stuurt|stuurde|aansturen van|aansturing van"
    r"|führ(?:st|t|en|te)|führung von|dirig(?:ir|e|ió)|lider(?:a|ar|as|o|é|ó|ando)|supervisar|gérer|encadrer"
    r"|leder|ledde|lede|ledet|poprzez"
)
# A word between the verb and the leaders that makes them partners rather than reports ("manage
# relationships with store managers").
_NOT_BETWEEN = r"(?!(?:with|for|to|of|from|and|und|en|y|et|och|alongside|across)\b)"
_LEADS_LEADERS = re.compile(
    rf"\b(?:{_LEAD})\s+(?:and\s+\w+\s+)?(?:(?:a team of|your|our|the|my|de|die|los|las|les)\s+)?"
    rf"(?:{_COUNT}\s+)?(?:{_NOT_BETWEEN}[\w-]+\s+){{0,2}}?{_LEADERS}\b(?!\s+(?:and|&)\s+(?:clients|customers))"
    rf"|\b(?:through|via|über|a través de|including|incl\.?|with|gjennom|genom|poprzez)\s+(?:{_COUNT}\s+)"
    rf"(?:[\w-]+\s+)?{_LEADERS}\b"
    r"|\bmanag(?:ing|er of|ed) managers\b|\bmanagers of managers\b|\bleading leaders\b"
    r"|\bzarządzani\w* (?:managerami|menedżerami|kierownikami)\b"  # Polish: "w tym zarządzanie managerami"
    # "4 direct reports (1 Manager, Financial Reporting and 3 Senior Accountants)": a report who manages.
    rf"|\breports\s*[(:]\s*(?:{_COUNT}|an?|one)\s+(?:[\w-]+\s+)?"
    rf"(?:{_LEADERS}|manager|supervisor|team lead(?:er)?)\b",
    re.IGNORECASE,
)
# A line about who the hire answers to or works beside: "Reports to the Regional Operations Manager".
_NOT_LED = re.compile(r"\b(?:report(?:s|ing)? (?:in)?to|reporting line|works? (?:closely )?with)\b", re.I)
# Posts that lead through others by their nature, and a head count no one leads alone.
_LEADS_THROUGH_OTHERS = re.compile(
    r"\b(?:chief|head of|vp|svp|evp|vice[- ]president|director|direktor|directeur|directora?|diretora?"
    r"|general manager|(?:area|regional|district|country|plant|site|operations|store|branch|division"
    r"|department|general|centre|center|warehouse|factory|hotel)\s+manager|gerente (?:general|regional)"
    r"|bereichsleiter\w*|abteilungsleiter\w*|werkleiter\w*|niederlassungsleiter\w*)\b",
    re.IGNORECASE,
)
_LARGE_TEAM = 30  # more people than one person leads without leaders between
# "Managing 3 squads (22 engineers)", "led several teams": teams led at once each have someone leading them.
_TEAMS_LED = re.compile(
    rf"\b(?:{_LEAD})\s+(?:(?!(?:1|one)\b){_COUNT}|multiple|several)\s+(?:[\w-]+\s+)?"
    r"(?:teams|squads|tribes|departments|units|crews|shifts)\b",
    re.IGNORECASE,
)


def asks_leaders(job_description: str) -> str | None:
    """The description's line that has the hire lead people who lead others, unless only wished for."""
    for line in unwrapped(job_description):
        if _LEADS_LEADERS.search(line) and not _NOT_LED.search(line) and not _PREFERRED.search(line):
            return line.strip(" -•*\t")
    return None


def led_leaders(facts: ResumeFacts, resume: str) -> bool:
    """Whether the resume shows the candidate leading through leaders: said so, a post that does, or a team
    larger than one person leads alone."""
    if facts.max_team_size is not None and facts.max_team_size >= _LARGE_TEAM:
        return True
    if any(_LEADS_THROUGH_OTHERS.search(job.title) for job in facts.jobs):
        return True
    # "Report to the CFO; lead a team of 15 through 3 coordinators": each clause says its own.
    clauses = [c for line in resume.splitlines() for c in line.split(";")]
    return any((_LEADS_LEADERS.search(c) or _TEAMS_LED.search(c)) and not _NOT_LED.search(c) for c in clauses)


def leaders_objection(job_description: str | None, facts: ResumeFacts, resume: str) -> Objection | None:
    """The role leads leaders, and the candidate has led only the people doing the work, or no one."""
    if not job_description or (asked := asks_leaders(job_description)) is None or led_leaders(facts, resume):
        return None
    if facts.max_team_size is not None:
        shown = f"teams of up to {facts.max_team_size} people, led directly rather than through team leaders"
    elif facts.has_direct_reports:
        shown = "people led directly, never through team leaders"
    else:
        shown = "no direct reports"
    evidence = f"The job description asks for leading team leaders; the resume shows {shown}."
    return Objection(topic="objection:scope", evidence=evidence, requirement=asked)
