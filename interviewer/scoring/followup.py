"""Checks on the end of an interview: the candidate's closing questions and their thank-you note.

Pure functions of the text, no model: each check reads a few plain signals (did they ask about next steps?
does the note mention anything the interviewer actually said?), adds them up to a 0-100 score, and names
the guidance documents in `corpus/guidance/` that cover what was missed.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from interviewer.text import content_words, count_outcomes, count_quantities, sentences, words

# Guidance ids (file names under corpus/guidance/ without .md).
CLOSING_DOC = "follow-closing-questions-before-leaving"
RESERVATIONS_DOC = "follow-ask-about-reservations"
CHECK_BACK_DOC = "follow-persistence-check-back-cadence"
RESEARCH_DOC = "follow-research-questions-keep-process-moving"
SPECIFIC_NOTE_DOC = "follow-specific-thank-you-note"
PROMPT_NOTE_DOC = "follow-thank-you-each-interviewer-24-hours"
PANEL_NOTE_DOC = "follow-panel-interview-thank-you"
SHARE_DOC = "follow-share-something-useful"

# --- closing questions -------------------------------------------------------------------------------------


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


def _join(items: list[str], conjunction: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


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
        rationale = f"You asked about {_join(met)}, but not about {_join(missed, 'or')}."
    elif met:
        rationale = f"You asked about {_join(met)}, covering every part of a strong close."
    else:
        rationale = f"Your questions did not touch {_join(missed, 'or')}."
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


# --- thank-you note ----------------------------------------------------------------------------------------

# A note counts as specific when it takes up at least this share of the distinctive words in what the
# interviewer asked. Calibrated on the examples in tests/test_followup.py: generic notes share 0-0.08 of them,
# notes that recall the conversation 0.2 and up.
SPECIFIC_SHARE = 0.15
MIN_WORDS, MAX_WORDS = 40, 250

_PROMPT = re.compile(
    r"\b(?:today|today's|this (?:morning|afternoon|evening)(?:'s)?|tonight|yesterday|yesterday's"
    r"|earlier (?:today|this week))\b",
    re.IGNORECASE,
)
_THANKS = re.compile(r"\b(?:thank(?:s| you)|grateful|appreciat\w*)\b", re.IGNORECASE)
_PLACEHOLDER = re.compile(
    r"\[[^\]\n]{1,40}\]|<[^>\n]{1,40}>|\{[^}\n]{1,40}\}|\bX{3,}\b|_{3,}|\b(?:insert|your name here)\b",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(
    r"\b(?:amazing|incredible|incredibly|awesome|fantastic|wonderful|outstanding|phenomenal|extraordinary"
    r"|unbelievable|greatest|perfect|dream|absolutely|thrilled|ecstatic|life-changing|brilliant|superb"
    r"|stellar|mind-blowing|exceptional|magnificent|spectacular|tremendous|best \w+ ever|most \w+ ever"
    r"|blown away|honou?red beyond)\b",
    re.IGNORECASE,
)
_TOPIC = re.compile(
    r"\b(?:you (?:mentioned|described|said|raised|explained|shared|told me"
    r"|asked (?:about|me about|how|whether))"
    r"|your (?:point|question|description|comment|remark|concern) (?:about|on|of|that)"
    r"|(?:our|the) (?:discussion|conversation|talk|chat|exchange)"
    r"(?: (?:today|yesterday|this morning|this afternoon|earlier))? (?:of|about|on|around)"
    r" (?!(?:the|this) (?:role|position|job|opportunity|company|team)\b)"
    r"|the (?-i:[A-Z])[\w-]+(?: [\w-]+)? (?:project|programme|program|initiative|launch|migration|rollout"
    r"|integration|review|plan))",
    re.IGNORECASE,
)
_VALUE = re.compile(
    r"\b(?:i (?:can|could|would|will|'d|'ll) (?:help|bring|deliver|contribute|build|lead|drive|cut|grow|fix"
    r"|turn)|i'd (?:help|bring|deliver|contribute)|what i (?:can|could|would) (?:bring|offer|deliver)"
    r"|(?:help|helping) (?:you|your team|the team)(?: to)? (?:hit|reach|achieve|grow|cut|reduce|deliver|build"
    r"|scale|improve|meet|fix|turn))",
    re.IGNORECASE,
)
# Only the greeting word ignores case: the name must be capitalised, so "Hi Maya thanks" stops at "Maya".
_SALUTATION = re.compile(
    r"^\s*(?i:dear|hi|hello|hey|good (?:morning|afternoon|evening))[ \t]+"
    r"((?:(?i:mr|mrs|ms|miss|dr|prof)\.?[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)"
)
_GROUP = re.compile(
    r"^\s*(?:dear|hi|hello|hey)\s+(?:all|everyone|everybody|team|panel|hiring team|colleagues|both)\b",
    re.IGNORECASE,
)
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof"}
# Words every thank-you note uses whatever was said: they prove nothing about the conversation.
_GENERIC = content_words(
    "thank thanks you your time interview interviewing meeting met conversation discussion role position job "
    "company team opportunity experience background skills looking forward hearing hear today morning "
    "afternoon learn learning about work working great enjoyed really excited please let know questions "
    "question describe tell example walk through would like talk share"
)


class ThankYouCheck(BaseModel):
    """What a thank-you note does well, scored 0-100 (25 for each of the four qualities)."""

    model_config = ConfigDict(extra="forbid")

    prompt: bool
    sincere: bool
    specific: bool
    restates_value: bool
    addressed_to: str | None
    score: int
    rationale: str
    suggestions: list[str]
    citations: list[str]


def conversation_share(note: str, conversation: str, exclude: str = "") -> float:
    """Share of the distinctive words in what the interviewer asked that the note takes up."""
    asked = {w for w in content_words(conversation) if len(w) >= 4} - _GENERIC - content_words(exclude)
    if not asked:
        return 0.0
    return len(asked & content_words(note)) / len(asked)


def _addressed_to(note: str) -> str | None:
    match = _SALUTATION.match(note)
    return match.group(1).strip() if match else None


def _same_person(addressed: str, interviewer_name: str) -> bool:
    person = interviewer_name.split(",")[0]
    theirs = {w.lower().strip(".") for w in person.split()} - _TITLES
    said = {w.lower().strip(".") for w in addressed.split()} - _TITLES
    return bool(theirs & said)


def _restates_value(note: str) -> bool:
    if _VALUE.search(note):
        return True
    return any(count_quantities(s) and count_outcomes(s) for s in sentences(note))


def check_thank_you(note: str, interviewer_name: str, conversation: str) -> ThankYouCheck:
    """Score a thank-you note against the interviewer's name and what they asked (`conversation`)."""
    text = (note or "").strip()
    if not words(text):
        return ThankYouCheck(
            prompt=False,
            sincere=False,
            specific=False,
            restates_value=False,
            addressed_to=None,
            score=0,
            rationale="No thank-you note was written, so there is nothing to remind the interviewer of you.",
            suggestions=[
                "Write a short note the same day: thank them by name, recall one thing they raised, and link "
                "it to a result of yours."
            ],
            citations=[PROMPT_NOTE_DOC, SPECIFIC_NOTE_DOC],
        )

    count = len(words(text))
    placeholders = _PLACEHOLDER.findall(text)
    superlatives = len(_SUPERLATIVE.findall(text)) + (1 if text.count("!") >= 3 else 0)
    thanks = bool(_THANKS.search(text))
    gushing = superlatives >= 3
    sized = MIN_WORDS <= count <= MAX_WORDS
    prompt = bool(_PROMPT.search(text))
    sincere = thanks and not placeholders and not gushing and sized
    addressed = _addressed_to(text)
    share = conversation_share(text, conversation, exclude=f"{interviewer_name} {addressed or ''}")
    specific = share >= SPECIFIC_SHARE or bool(_TOPIC.search(text))
    value = _restates_value(text)
    group = bool(_GROUP.match(text))

    score = 25 * (prompt + sincere + specific + value)

    qualities = [
        (prompt, "is written as a same-day note", "does not say it is sent the same day"),
        (sincere, "reads as sincere", "does not read as a sincere, personal thank-you"),
        (specific, "recalls the conversation", "recalls nothing from the conversation"),
        (value, "restates your value", "does not restate your value"),
    ]
    met = [good for ok, good, _ in qualities if ok]
    missed = [bad for ok, _, bad in qualities if not ok]
    if met and missed:
        rationale = f"The note {_join(met)}, but it {_join(missed)}."
    else:
        rationale = f"The note {_join(met or missed)}."

    suggestions: list[str] = []
    citations: list[str] = []

    def cite(*docs: str) -> None:
        citations.extend(d for d in docs if d not in citations)

    person = interviewer_name.split(",")[0].strip()
    if group:
        suggestions.append(
            f"Write one note to each interviewer, starting with {person}, not one to the group."
        )
        cite(PANEL_NOTE_DOC)
    elif addressed and person and not _same_person(addressed, interviewer_name):
        suggestions.append(f"Address the note to {person}, who interviewed you, not to '{addressed}'.")
        rationale = rationale[:-1] + f"; it is addressed to {addressed}, not to {person}."
        cite(PANEL_NOTE_DOC)
    elif not addressed and person:
        suggestions.append(f"Open with the interviewer's name: 'Dear {person.split()[0]},'.")
    if not prompt:
        suggestions.append("Send it the same day and say so: thank them for today's conversation.")
        cite(PROMPT_NOTE_DOC)
    if placeholders:
        suggestions.append(f"Fill in every placeholder ({', '.join(placeholders[:3])}) before sending.")
    if gushing:
        suggestions.append(
            "Tone down the superlatives; one warm, plain sentence of thanks reads as more sincere."
        )
    if not thanks:
        suggestions.append("Actually thank them for their time.")
    if count < MIN_WORDS:
        suggestions.append("Add a few sentences: a note this short reads as a formality.")
    elif count > MAX_WORDS:
        suggestions.append("Cut it to three short paragraphs; a long note reads like a second application.")
    if not specific:
        suggestions.append(
            "Refer to one thing the interviewer raised, in their words, so they know you listened."
        )
        cite(SPECIFIC_NOTE_DOC)
    if not value:
        suggestions.append(
            "Restate your value in a sentence: a result with a number that answers their problem, or offer "
            "something useful such as a short plan."
        )
        cite(SPECIFIC_NOTE_DOC, SHARE_DOC)
    if not sincere:
        cite(SPECIFIC_NOTE_DOC)
    if not citations:
        cite(SPECIFIC_NOTE_DOC, PROMPT_NOTE_DOC)

    return ThankYouCheck(
        prompt=prompt,
        sincere=sincere,
        specific=specific,
        restates_value=value,
        addressed_to=addressed,
        score=score,
        rationale=rationale,
        suggestions=suggestions,
        citations=citations,
    )
