"""The candidate's thank-you note after an interview, checked without a model.

A pure function of the note and the conversation: does it reach the interviewer promptly, recall what was
actually said, restate the value offered? It adds the signals up to a 0-100 score and names the guidance
documents in `corpus/guidance/` that cover what was missed.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from interviewer.text import content_words, count_outcomes, count_quantities, listed, sentences, words

# Guidance ids (file names under corpus/guidance/ without .md).
SPECIFIC_NOTE_DOC = "follow-specific-thank-you-note"
PROMPT_NOTE_DOC = "follow-thank-you-each-interviewer-24-hours"
PANEL_NOTE_DOC = "follow-panel-interview-thank-you"
SHARE_DOC = "follow-share-something-useful"

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
# A family name may open on a small word: "Dear Dr. van der Berg", "Dear Ms. de la Cruz".
_PARTICLES = r"(?:(?:van|von|de|der|den|da|di|du|del|la|le|ten|ter)[ \t]+){0,2}"
# Only the greeting word ignores case: the name must be capitalised, so "Hi Maya thanks" stops at "Maya".
_SALUTATION = re.compile(
    r"^\s*(?i:dear|hi|hello|hey|good (?:morning|afternoon|evening))[ \t]+"
    rf"((?:(?i:mr|mrs|ms|miss|mx|dr|prof|professor)\.?[ \t]+)?{_PARTICLES}[A-Z][\w'’-]*"
    rf"(?:[ \t]+{_PARTICLES}[A-Z][\w'’-]*)?)"
)
_GROUP = re.compile(
    r"^\s*(?:dear|hi|hello|hey)\s+(?:all|everyone|everybody|team|panel|hiring team|colleagues|both)\b",
    re.IGNORECASE,
)
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "mx"}


def greeting_name(person: str) -> str:
    """The name a note opens with: the first name ("Dear Tomás"), or a title with the family name ("Dear
    Dr. Ní Bhriain"), never a title alone; an aside in brackets ("(Head of Product)") is no part of it."""
    name = re.sub(r"\s*\([^)]*\)", "", person.split(",")[0]).strip()
    words = name.split()
    if not words:
        return "there"
    if words[0].lower().strip(".") not in _TITLES:
        return words[0]
    family = words[2:] if len(words) > 2 else words[1:]
    return " ".join([words[0], *family])


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
        rationale = f"The note {listed(met)}, but it {listed(missed)}."
    else:
        rationale = f"The note {listed(met or missed)}."

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
        suggestions.append(f"Open with the interviewer's name: 'Dear {greeting_name(person)},'.")
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
