"""The guard on what an interviewer says: true to this interview, in the interviewer's own voice, and deaf to
instructions hidden in the candidate's answer. Pure checks on text, each returning what a reader would say is
wrong; `rules.broken_rules` adds them to the form rules (one question, length, repeats).

Role titles and company names are only checked where they name *the job on offer* ("why do you want to be
CMO here", "join Halden Logistics"): a previous employer or title named as the past ("at Lumen Metrics you cut
churn") is the candidate's history and is fine."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from interviewer.interview.roles import Role, load_roles
from interviewer.text import content_words

Label = str  # wrong-role, wrong-company, candidate-voice, analysis-note, mentions-scoring, obeys-candidate


@dataclass(frozen=True)
class Problem:
    label: Label
    message: str


@dataclass(frozen=True)
class Interview:
    """What every turn must stay true to: the job on offer, the hiring company, the last answer."""

    titles: frozenset[str]  # normalised titles of the job on offer (see `normal_title`)
    company: str | None = None
    answer: str | None = None
    also_allowed: frozenset[str] = field(default_factory=frozenset)  # the interviewers' own titles

    @classmethod
    def of(
        cls, role: Role, company: str | None, answer: str | None = None, speakers: tuple[str, ...] = ()
    ) -> Interview:
        names = role.names
        return cls(
            titles=frozenset(normal_title(n) for n in names if n.strip()),
            company=company,
            answer=answer,
            also_allowed=frozenset(normal_title(s) for s in speakers),
        )


_TITLE_WORDS = {
    "vice president": "vp",
    "senior vice president": "svp",
    "chief executive officer": "ceo",
    "chief financial officer": "cfo",
    "chief operating officer": "coo",
    "chief marketing officer": "cmo",
    "chief technology officer": "cto",
    "chief human resources officer": "chro",
    "chief revenue officer": "cro",
    "chief product officer": "cpo",
    "chief information officer": "cio",
}


def normal_title(title: str) -> str:
    """'Vice President of Sales' and 'VP sales' both become 'vp sales'."""
    text = " ".join(re.findall(r"[a-z0-9]+", title.lower()))
    for long, short in _TITLE_WORDS.items():
        text = re.sub(rf"\b{long}\b", short, text)
    text = re.sub(r"\b(?:of|the|a|an|new|next|senior)\b", " ", text)
    return " ".join(text.split())


def _library_titles() -> list[str]:
    names = {n.strip() for role in load_roles().values() for n in [*role.title.split("/"), *role.aliases]}
    return sorted((n for n in names if len(n) > 2), key=len, reverse=True)


_GENERIC_TITLE = (
    r"chief [a-z]+ (?:[a-z]+ )?officer|c[efmot]o|chro|cio|cpo|cro"
    r"|(?:senior |executive )?(?:vice president|vp|head|director)(?: of)? (?:[a-z]+)(?: operations| success)?"
    r"|(?:general|project|product|program|sales|marketing|operations|engineering|finance|account) manager"
    r"|software engineer|data scientist"
)
# A title is checked where it is the job on offer: "be/become/as our X", "this X role", "the X job at".
_ROLE_SLOT = (
    r"\b(?:be|become|hire you as|join (?:us|them) as|as)\s+(?:a |an |the |our |their )?(?:new |next )?({t})\b"
    r"|\b(?:this|the|our|that)\s+(?:new |open )?({t})\s+(?:role|job|position|post|opening|opportunity|seat)\b"
    r"|\b({t})\s+(?:role|job|position)\s+(?:at|with|here)\b"
)
_role_slot: re.Pattern[str] | None = None


def _role_slot_pattern() -> re.Pattern[str]:
    global _role_slot
    if _role_slot is None:
        titles = "|".join([*(re.escape(t) for t in _library_titles()), _GENERIC_TITLE])
        _role_slot = re.compile(_ROLE_SLOT.format(t=f"(?:{titles})"), re.IGNORECASE)
    return _role_slot


def wrong_role(text: str, interview: Interview) -> str | None:
    for match in _role_slot_pattern().finditer(text):
        named = next(g for g in match.groups() if g)
        if normal_title(named) not in interview.titles | interview.also_allowed:
            return f"it offers the candidate another job ({named!r})"
    return None


_NAME = r"([A-Z][A-Za-z0-9&'’-]+(?:\s+(?:&\s+)?[A-Z][A-Za-z0-9&'’-]+){0,3})"
_COMPANY_SLOT = re.compile(
    r"\b(?:work(?:ing)?\s+(?:with|for|at)|join(?:ing)?|move\s+to|come\s+to|here\s+at|start(?:ing)?\s+at"
    r"|(?:role|job|position|future|career)\s+(?:at|with))\s+"
    + _NAME
    + r"|^\s*[Ww]hy\s+"
    + _NAME
    + r"\s*(?:[,?]|and\b|of all|over\b)"
    + r"|"
    + _NAME
    + r",?\s+of all (?:places|companies)",
    re.MULTILINE,
)
_NOT_A_COMPANY = {"us", "our", "the", "this", "a", "an", "you", "we", "i", "it", "here", "now", "me"}


def _same_company(named: str, company: str | None) -> bool:
    if company is None:
        return False
    a, b = normal_title(named), normal_title(company)
    return bool(a) and (a in b or b in a or a.split()[0] == b.split()[0])


def wrong_company(text: str, interview: Interview) -> str | None:
    for match in _COMPANY_SLOT.finditer(text):
        named = next(g for g in match.groups() if g)
        if named.split()[0].lower() in _NOT_A_COMPANY:
            continue
        if not _same_company(named, interview.company):
            return f"it names another company as the employer ({named!r})"
    return None


_CANDIDATE_VOICE = re.compile(
    r"^\W*(?:candidate|me|you|answer|my answer|response|applicant|interviewee)\s*:"
    r"|\b(?:as|speaking as) the candidate\b|\bsample answer\b"
    r"|\bhere(?:'s| is) (?:my|a sample|an example) answer\b"
    r"|\bi'?ll tell you about\b|\bgreat question\b|\bmy answer\b"
    r"|\bthank(?:s| you) for (?:your kind words|having me|inviting me|the opportunity|asking|the question)\b"
    r"|\bin my (?:first|second|third|next) (?:year|month|quarter|90 days|hundred days)\b"
    r"|\bmy (?:experience|background|resume|cv|career|previous|last (?:role|job)|current (?:role|job)"
    r"|strengths?|weakness(?:es)?|results|achievements|qualifications|skills|degree|mba)\b"
    r"|\bi(?:'m| am) (?:excited|thrilled|eager|keen|passionate|applying)\b"
    r"|\bi (?:led|managed|built|grew|drove|delivered|increased|reduced|raised|hired) (?:a|an|the|my|our|\d)"
    r"|\bcan i tell you more\b|\bshall i (?:go on|continue)\b"
    r"|\bmy (?:time|years|work|role|job) (?:at|with|in)\b|\bwhen i was at\b",
    re.IGNORECASE | re.MULTILINE,
)
_ANALYSIS_NOTE = re.compile(
    r"\bthe (?:candidate|applicant|interviewee)(?:'s)?\b|\b(?:the|their|his|her) (?:resume|résumé|cv)\b"
    r"|\binterview plan\b|\bthe plan(?:'s| (?:says|shows|lists))\b|\bknown stumbling blocks?\b"
    r"|\bmove kind\b|^\W*(?:the )?interviewer (?:asks|says)\b"
    r"|\bthe interviewer (?:would|will|should|might|could) (?:ask|say)\b",
    re.IGNORECASE | re.MULTILINE,
)
_SCORING = re.compile(
    r"\bscore (?:of|for) \d+|\b(?:a|the|your|my) score\b"
    r"|\bscore (?:this|the|your|my) (?:answer|plan|response)\b"
    r"|\b\d+\s*(?:/|out of)\s*(?:10|100)\b|\bon a scale of\b|\brate (?:the|your|this|that) answer\b"
    r"|\brubric\b|\bgrader\b|\bgrade (?:this|that|your|the) answer\b"
    r"|\binterview plan\b|\bplanned (?:move|question|wording)\b|\bmove kind\b"
    r"|\b(?:my|your|the|these|following) instructions\b|\b(?:the|my|your|system) prompt\b|\bas an ai\b",
    re.IGNORECASE,
)
# Sentences of an answer that speak to the machine rather than to the interviewer.
_INSTRUCTION = re.compile(
    r"\bignore\b.{0,40}\b(?:instructions|rules|prompt|above)\b|\byou are now\b|\bfrom now on\b|\bnew rule\b"
    r"|\bsystem\s*:|\b(?:give|award|assign)\b.{0,30}\bscore\b"
    r"|\btell me (?:i|that i)(?:'m| am)\b"
    r"|\binstead of asking\b|\b(?:write|compose) me\b|\bend the interview\b|\bsay (?:that|the candidate)\b"
    r"|\bforget (?:the|your|all)\b|\bpretend\b|\bact as\b",
    re.IGNORECASE,
)
_OBEYING = re.compile(
    r"\bas you (?:asked|requested|wished)\b|\bhere is (?:a|the|your) \w+ (?:about|on)\b", re.I
)


def instructions_in(answer: str | None) -> list[str]:
    """The sentences of an answer that give the machine orders (an injection attempt)."""
    if not answer:
        return []
    sentences = re.split(r"(?<=[.!?])\s+|\n+", answer)
    return [s for s in sentences if _INSTRUCTION.search(s)]


def obeys_candidate(text: str, interview: Interview) -> str | None:
    orders = instructions_in(interview.answer)
    if not orders:
        return None
    if _OBEYING.search(text):
        return "it does what the candidate's answer told it to"
    ordered = content_words(" ".join(orders)) - {"interview", "question", "questions", "answer", "candidate"}
    shared = content_words(text) & ordered
    if len(shared) >= 2:
        return f"it does what the candidate's answer told it to ({', '.join(sorted(shared))})"
    return None


_QUOTED = re.compile(r'"[^"\n]{1,120}"|“[^”\n]{1,120}”')


def check_turn(text: str, interview: Interview | None = None) -> list[Problem]:
    """Everything in `text` that is untrue to the interview or out of the interviewer's voice; without an
    `interview`, only what is wrong in any interview (voice, analysis notes, scores)."""
    problems = []
    if interview is not None:
        for label, found in (
            ("wrong-role", wrong_role(text, interview)),
            ("wrong-company", wrong_company(text, interview)),
            ("obeys-candidate", obeys_candidate(text, interview)),
        ):
            if found:
                problems.append(Problem(label, found))
    # Words quoted back to the candidate (You said "I led the team") are theirs, not the turn's voice.
    unquoted = _QUOTED.sub('""', text)
    for label, pattern, message in (
        ("candidate-voice", _CANDIDATE_VOICE, "it speaks as the candidate"),
        ("analysis-note", _ANALYSIS_NOTE, "it talks about the candidate instead of to them"),
        ("mentions-scoring", _SCORING, "it mentions scores, the plan or instructions"),
    ):
        match = pattern.search(unquoted)
        if match:
            problems.append(Problem(label, f"{message} ({match.group(0).strip()!r})"))
    return problems
