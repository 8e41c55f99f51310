"""Whether an answer to an objection speaks to the concern at all. Without the LLM judge the reducer reads
relevance from general signals (figures, outcomes, length), so a good story told for another question had
scored 4 of 5 as an answer to "how would the move work?". Each objection names a subject; an answer that
names none of its words and takes up no word of the question answers something else."""

from __future__ import annotations

import re

from interviewer.scoring.signals import Signals

# Words by which an answer shows it is about the concern, written for each objection before they were
# measured on the labelled answers (evals/datasets/scoring): a broad list, since a miss only caps a score.
_SUBJECT_WORDS = {
    "objection:relocation": (
        r"mov\w*|relocat\w*|city|country|family|visa|commut\w*|remote|based|live|living|house|home"
        r"|partner|spouse|husband|wife|children|school|start date|notice|office|travel\w*|trains?|flights?"
    ),
    "objection:degree": (
        r"degree|mba|master\w*|bachelor\w*|phd|doctorate|stud\w*|qualif\w*|course\w*|certif\w*"
        r"|learn\w*|educat\w*|universit\w*|school|programme|program|academic|diploma|training"
        r"|taught"
    ),
    "objection:industry": (
        r"industr\w*|sector\w*|domain|market\w*|customer\w*|client\w*|transfer\w*|regulat\w*"
        r"|business|field|background"
    ),
    "objection:scope": (
        r"team\w*|people|report\w*|budget\w*|scale|size|larger|bigger|grow\w*|manag\w*|led|lead\w*"
        r"|hired|organi[sz]ation|headcount|staff"
    ),
    "objection:gap": (
        r"gap|break|time off|years?|months?|caring|carer|health|illness|travel\w*|sabbatical"
        r"|during|since|back|return\w*|kept|stayed|updated|course\w*"
    ),
    "objection:job-hopping": (
        r"mov\w*|short|stay\w*|left|leav\w*|contract\w*|acqui\w*|restructur\w*|laid off"
        r"|redundan\w*|each (?:role|job)|tenure|commit\w*|long[- ]term|years?"
    ),
    "objection:tenure": (
        r"years?|same|one (?:company|employer)|adapt\w*|change\w*|new|different|roles?|promot\w*"
        r"|moved|learn\w*|fresh"
    ),
    "objection:overqualified": (
        r"step|level|title|salary|pay|long[- ]term|stay\w*|why|bored|senior\w*|role|scope"
        r"|hands[- ]on|want|interest\w*|motivat\w*"
    ),
    "objection:career-change": (
        r"switch\w*|transition\w*|mov\w*|chang\w*|transfer\w*|background|career|field|new|learn\w*"
        r"|why|skills?"
    ),
    "objection:age": (r"age|energy|learn\w*|technolog\w*|years?|experience|current|adapt\w*|young\w*|team"),
    "objection:salary": (
        r"salary|pay|compensation|package|money|budget|range|flexib\w*|total|value|worth|cost"
        r"|expect\w*"
    ),
    "objection:culture-fit": (
        r"cultur\w*|fit|values?|team\w*|style|environment|pace|start-?up|corporate|adapt\w*|way"
        r"|work\w*"
    ),
}
_SUBJECT = {topic: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for topic, words in _SUBJECT_WORDS.items()}
OFF_CONCERN_CAP = 2  # relevance and objection handling of an answer that does not speak to the concern


def misses_the_concern(objection: str | None, answer: str, signals: Signals) -> bool:
    """An answer to an objection that takes up no word of the question and names nothing of its subject."""
    subject = _SUBJECT.get(objection or "")
    return subject is not None and signals.question_overlap == 0 and not subject.search(answer)
