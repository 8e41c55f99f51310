"""The candidate's closing questions at the end of an interview, checked without a model.

A pure function of the text: it reads a few plain signals (did they ask about next steps? about the
interviewer's reservations?), adds them up to a 0-100 score, and names the guidance documents in
`corpus/guidance/` that cover what was missed.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from interviewer.text import listed, sentences

# Guidance ids (file names under corpus/guidance/ without .md).
CLOSING_DOC = "follow-closing-questions-before-leaving"
RESERVATIONS_DOC = "follow-ask-about-reservations"
CHECK_BACK_DOC = "follow-persistence-check-back-cadence"
RESEARCH_DOC = "follow-research-questions-keep-process-moving"


def _phrases(*alternatives: str) -> re.Pattern[str]:
    """One case-blind pattern matching any of the alternatives as whole words."""
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


# A question without its question mark: a wh-word, or a verb followed by whom it asks about, at the start
# of the sentence or after a comma ("Before I go, what happens next").
_INTERROGATIVE = re.compile(
    r"(?:^|[,;:]\s*)(?:(?:and|also|so|but|finally|lastly|then)\s+)?"
    r"(?:(?:what|what's|which|who|why|how)\b|(?:when|where)\b(?!\s+(?:i|we)\b)"
    r"|(?:is|are|was|were|do|does|did|can|could|would|will|should|may|might|have|has|shall)\s+"
    r"(?:you|i|there|it|we|they|the|this|that|your|my|he|she|anything|anyone)\b)",
    re.IGNORECASE,
)
_REQUEST = _phrases(
    r"i'?d (?:like|love) to (?:know|hear|understand|ask)",
    r"i would (?:like|love) to (?:know|hear|understand|ask)",
    r"i(?:'m| am) (?:curious|keen to (?:know|hear)|interested to (?:know|hear))",
    r"i wonder(?:ed)?",
    r"(?:could|can|would) you (?:tell|share|walk|explain|let me know)",
    r"please (?:tell|share|let me know|explain)",
    r"tell me (?:about|what|how|when|more)",
    r"let me know (?:what|when|how|if)",
)
_NO_QUESTIONS = _phrases(r"(?:no|not any|don'?t have any|have no) (?:more |other |further )?questions?")

_NEXT_STEPS = _phrases(
    r"next steps?",
    r"timeline|time ?frame|time-line|decision date",
    r"what happens next|where do we go from here",
    r"when (?:will|would|do|might|are) you (?:decide|be deciding|make (?:a|the|your) (?:final )?decision"
    r"|expect to (?:decide|make|reach)|hope to (?:decide|make))",
    r"when (?:can|should|might|will|could) i (?:expect|hear)|hear back",
    r"(?:rest of the|hiring|selection|interview) process",
    r"decision (?:be made|process|be taken)|when (?:is|will) (?:the|a|your) decision",
    r"how (?:soon|long) (?:until|before|will it take)",
)
_MORE_INFORMATION = _phrases(
    r"anything (?:else )?(?:that )?(?:i|we) (?:can|could|might|should) (?:share|provide|clarify|tell|send"
    r"|add|expand on|elaborate on|explain|give|show)",
    r"anything else (?:you(?:'d| would)? (?:like|want|need) (?:to know|to hear|to see|from me)|i can do)",
    r"(?:any|some) (?:concerns?|reservations?|doubts?|hesitations?|hesitancy|worries)",
    r"gives? you (?:any )?pause|anything (?:that )?(?:concerns|worries) you|more evidence",
    r"how do i compare|gaps? in my (?:background|experience|profile)",
    r"anything (?:about|in) my (?:background|experience|profile|fit)",
    r"anything (?:i|you) (?:should|could|would like me to) clarify",
)
# Asking leave ("may I", "would it be all right if I") and, within a few words, a way of getting in touch.
_PERMISSION = _phrases(
    r"(?:may i|can i|could i|might i"
    r"|(?:would|will|is) it be (?:ok(?:ay)?|all right|alright|fine|acceptable)"
    r"|is it (?:ok(?:ay)?|all right|alright|fine)|(?:do|would) you mind if i"
    r"|(?:ok(?:ay)?|all right|alright) (?:if|for me to))"
    r"\b[^?.!]{0,50}?\b"
    r"(?:follow(?:ed|ing)?(?:[- ]?up)?|check(?:ed|ing)? (?:back|in)|call(?:ed|ing)?|ring|rang|phon\w*"
    r"|e-?mail\w*|(?:get|got|getting) (?:back )?in touch|reach(?:ed|ing)? out|contact\w*|touch(?:ed)? base"
    r"|drop(?:ped)? you a line|circled? back)",
)
_PRIORITIES = _phrases(
    r"what (?:would|does|will|should) success look like",
    r"(?:what|how) (?:would|will|do) you (?:measure|define|judge) success",
    r"(?:top|biggest|main|first|key|most important) priorit\w*",
    r"first (?:30|60|90|100|thirty|sixty|ninety|hundred|six months|year|few months)",
    r"(?:biggest|main|greatest|key|hardest|toughest) (?:challenges?|problems?|obstacles?|issues?)",
    r"(?:what|which) (?:challenges?|problems?) (?:would|will|does|is|are)",
    r"what would you (?:want|expect|need) (?:me|the person|someone|the new \w+) to"
    r" (?:achieve|deliver|accomplish|focus on|fix)",
    r"keeps? you up at night",
)
_SELF_TOPICS = _phrases(
    r"vacations?|holidays?|paid time off|pto|days off|annual leave|perks?|benefits?",
    r"salary|salaries|pay|compensation|bonus\w*|stock options?|equity|pension",
    r"remote|work(?:ing)? from home|wfh|hybrid|days in the office|office days|flexible hours|flexi-?time",
    r"promot\w*",
    r"how (?:soon|quickly|fast) (?:can|could|will|would|do) (?:i|people) (?:move up|get|be|advance)",
    r"parking|gym|free (?:lunch|food|meals)",
)


class ClosingCheck(BaseModel):
    """What the candidate's closing questions covered, scored 0-100."""

    model_config = ConfigDict(extra="forbid")

    asked_next_steps: bool
    offered_more_information: bool
    asked_permission_to_follow_up: bool
    asked_about_role_priorities: bool
    self_focused: bool
    questions_asked: int
    score: int
    rationale: str
    suggestions: list[str]
    citations: list[str]


def _question_sentences(text: str) -> list[str]:
    """The sentences that ask something: end with '?', open like a question, or make a polite request."""
    asked: list[str] = []
    for sentence in sentences(text):
        if _NO_QUESTIONS.search(sentence) and "?" not in sentence:
            continue
        if "?" in sentence or _REQUEST.search(sentence) or _INTERROGATIVE.search(sentence.rstrip(".! ")):
            asked.append(sentence)
    return asked


def _count_questions(asked: list[str]) -> int:
    return sum(max(1, s.count("?")) for s in asked)


def check_closing_questions(text: str) -> ClosingCheck:
    """Score the questions a candidate asks when invited to ask their own at the end of an interview."""
    asked = _question_sentences(text or "")
    questions = _count_questions(asked)
    joined = " ".join(asked)
    next_steps = bool(_NEXT_STEPS.search(joined))
    more_info = bool(_MORE_INFORMATION.search(joined))
    permission = bool(_PERMISSION.search(joined))
    priorities = bool(_PRIORITIES.search(joined))
    self_focused = bool(_SELF_TOPICS.search(" ".join(asked[:2])))

    if questions == 0:
        return ClosingCheck(
            asked_next_steps=False,
            offered_more_information=False,
            asked_permission_to_follow_up=False,
            asked_about_role_priorities=False,
            self_focused=False,
            questions_asked=0,
            score=0,
            rationale="No question was asked, so the interview ended without a timeline, an offer of more "
            "information or permission to follow up.",
            suggestions=[
                "Never end on 'I have no questions': ask what the next steps are, whether there is anything "
                "else you can share, and whether you may check back on a set date."
            ],
            citations=[CLOSING_DOC, RESERVATIONS_DOC],
        )

    score = 30 * next_steps + 25 * more_info + 25 * permission + 20 * priorities
    if self_focused and not (next_steps or more_info or permission):
        score -= 20
    score = max(0, min(100, score))

    criteria = [
        (
            next_steps,
            "next steps",
            "Ask what the next steps are and when they expect to decide.",
            CLOSING_DOC,
        ),
        (
            more_info,
            "anything else you could share",
            "Offer more information: ask whether anything about your background gives them pause, or "
            "whether there is anything else you can share to help their decision.",
            RESERVATIONS_DOC,
        ),
        (
            permission,
            "permission to follow up",
            "Ask permission to check back on a specific day if you have not heard by then.",
            CHECK_BACK_DOC,
        ),
        (
            priorities,
            "the role's priorities",
            "Ask what success would look like in the first 90 days, or what the biggest challenge is.",
            RESEARCH_DOC,
        ),
    ]
    met = [name for ok, name, _, _ in criteria if ok]
    missed = [name for ok, name, _, _ in criteria if not ok]
    if met and missed:
        rationale = f"You asked about {listed(met)}, but not about {listed(missed, 'or')}."
    elif met:
        rationale = f"You asked about {listed(met)}, covering every part of a strong close."
    else:
        rationale = f"Your questions did not touch {listed(missed, 'or')}."
    if self_focused:
        rationale = rationale[:-1] + ", and opened with what the job gives you rather than what it needs."

    suggestions = [tip for ok, _, tip, _ in criteria if not ok]
    if self_focused:
        suggestions.insert(
            0,
            "Leave pay, perks, remote days and promotion for the offer stage; open with questions about "
            "their needs and the decision.",
        )
    citations: list[str] = []
    for ok, _, _, doc in criteria:
        if not ok and doc not in citations:
            citations.append(doc)
    if self_focused and CLOSING_DOC not in citations:
        citations.insert(0, CLOSING_DOC)
    if not citations:
        citations = [CLOSING_DOC, RESERVATIONS_DOC]
    return ClosingCheck(
        asked_next_steps=next_steps,
        offered_more_information=more_info,
        asked_permission_to_follow_up=permission,
        asked_about_role_priorities=priorities,
        self_focused=self_focused,
        questions_asked=questions,
        score=score,
        rationale=rationale,
        suggestions=suggestions,
        citations=citations,
    )
