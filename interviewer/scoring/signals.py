"""Deterministic signals read off an answer's text: pure functions, no model, no store.

Each function answers one question about the text (how many quantities? does it open with the employer's
gain? is there text aimed at the grader?) and `extract_signals` gathers them for the reducer.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from pydantic import BaseModel, ConfigDict

from interviewer.text import (
    COMMON_WORDS,
    QUANTITY,
    content_words,
    count_outcomes,
    count_quantities,
    sentences,
    words,
)
from interviewer.tokens import count_tokens

_EMPLOYER = re.compile(
    r"\b(?:you|your|yours|company|business|customers?|clients?|revenue|growth|profit\w*|margins?|costs?|"
    r"deliver\w*|results?|outcomes?|shareholders?|board|users?|patients?|market|bring|solve\w*|gain\w*|"
    r"save\w*|value)\b",
    re.IGNORECASE,
)
_SELF_WANTS = re.compile(
    r"\b(?:i want|i'd like|i would like|i'm looking for|i am looking for|looking for (?:a|an|the) (?:new )?"
    r"(?:challenge|opportunity|role|change)|my career|for me|my (?:own )?growth|grow (?:my|as a)|i hope to"
    r"|i need|salary|benefits|perks|work-life|flexib\w+|great opportunity|next step|step up|good for me"
    r"|always wanted|my dream|learn (?:a lot|more|new)|develop myself|broaden my|my goals?)\b",
    re.IGNORECASE,
)
_SAR = re.compile(
    r"\b(?:when i|at the time|the situation|the challenge|the problem|we were|i was asked|i led|i decided"
    r"|i built|i started|so i|first,|first i|then i|next,|as a result|the result|which meant|that led to"
    r"|in the end|by the end|within (?:a|two|three|six|\d+)|outcome|afterwards|since then)\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:um+|uh+|erm|you know|kind of|sort of|basically|i guess|i suppose|maybe|probably|honestly|to be honest"
    r"|stuff|things like that|whatever|i mean|pretty much|etc|or something)\b",
    re.IGNORECASE,
)
_BUZZ = re.compile(
    r"\b(?:synerg\w*|leverag\w*|paradigm|disrupt\w*|best-in-class|world-class|move the needle"
    r"|outside the box|rock ?star|ninja|guru|passionate|results-driven|dynamic|go-getter|value-add"
    r"|holistic|self-starter|team player|hard[- ]working|perfectionist)\b",
    re.IGNORECASE,
)
_ACKNOWLEDGE = re.compile(
    r"\b(?:you'?re right|that'?s right|fair (?:question|point|concern)|it'?s true|that'?s true|it is true"
    r"|i understand|i don'?t have|i do not have|i haven'?t|i have not|i can see why|reasonable (?:concern|question)"
    r"|good question|i hear you|understandabl\w+|i appreciate|valid (?:concern|question)|correct|i'?ll be honest"
    r"|that'?s a fair|it'?s a fair|you may wonder|i know (?:it|that) (?:can )?look)",
    re.IGNORECASE,
)
_REFRAME = re.compile(
    r"\b(?:what matters|what you need|what i bring|instead|what i have|the real question|what counts|in practice"
    r"|equivalent|more important|let me show|here'?s what|here is what|which is why|that means|what that gave me"
    r"|the upside|advantage|fresh (?:eyes|perspective)|what i can offer|what i offer|for you|for this role)\b",
    re.IGNORECASE,
)
_DEFENSIVE = re.compile(
    r"\b(?:overrated|waste of (?:time|money)|doesn'?t matter|don'?t see why|not fair|unfair|not my fault"
    r"|wasn'?t my fault|irrelevant|why does (?:it|that) matter|ageis\w*|discriminat\w*|i shouldn'?t have to"
    r"|sorry|unfortunately|i know it looks bad|blame\w*|they didn'?t|no one|nobody told|bad luck|i admit"
    r"|i just couldn'?t|i had no choice|to be fair to me)\b",
    re.IGNORECASE,
)
# Said alone, or softened ("Sorry, I don't know.", "Honestly, no idea, sorry"): still no answer.
_SOFTENERS = r"(?:sorry|um+|uh+|er+m?|hmm+|well|honestly|to be honest|i'?m afraid|really|i think)"
_NON_ANSWER_PHRASES = re.compile(
    rf"^\W*(?:{_SOFTENERS}\W+)*"
    r"(?:i (?:really |honestly )?don['’]?t know|i have no idea|no idea|pass|n/?a|skip|next question|not sure"
    r"|i'?m not sure|no comment|nothing|none|dunno|idk|no|yes|ok|okay)"
    rf"(?:\W+{_SOFTENERS})*\W*$",
    re.IGNORECASE,
)

# Text aimed at whoever grades the answer rather than at the interviewer. Matched per sentence or line; a
# match removes that whole sentence before scoring.
_GRADER_PATTERNS = [
    r"\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:instructions?|rubric|guidelines|rules|prompt|criteria|scoring)",
    r"\b(?:score|rate|grade|mark|evaluate)\s+(?:this|my|the|each|every|all)\b.{0,40}"
    r"(?:\b(?:5|five|10|ten|100|perfect|full|top|high\w*|maximum|max|exemplary|excellent)\b)",
    r"\b(?:giv\w*|assign\w*|award\w*|output\w*|return\w*|set)\b.{0,30}\b(?:5/5|5 out of 5|100/100|full marks|perfect score"
    r"|maximum score|top score|highest score|top marks|a 5\b|a five|overall (?:of )?100|score of (?:5|100))",
    r"\b(?:[0-5]\s*/\s*5|100\s*/\s*100)\b.{0,60}\b(?:score|grade|rating|rubric|dimension)"
    r"|\b(?:score|grade|rating|rubric|dimension)\w*\b.{0,60}\b(?:[0-5]\s*/\s*5|100\s*/\s*100)",
    r"^\W*(?:grader|evaluator|assessor|scorer|judge|system|assistant|ai|model|gpt|chatgpt|llm)\s*[:,]",
    r"\b(?:you are now|act as|pretend (?:to be|you are)|role-?play|from now on you)\b.{0,60}"
    r"\b(?:grader|evaluator|judge|assistant|system|model|reviewer|lenient|generous)",
    r"\b(?:new|updated|revised|system)\s+(?:instructions?|prompt|rules)\b",
    r"\b(?:previous|earlier|prior|above)\s+(?:scores?|ratings?|grades?)\b.{0,40}\b(?:mistake|wrong|error|incorrect)",
    r"<\|[a-z_]+\|>|\[/?inst\]|</?answer>|<</?\s*sys\s*>>|^#{1,4}\s*(?:system|rubric|grader|instructions)\b",
    r"\bplease\b.{0,30}\b(?:be|go)\s+(?:generous|lenient|kind|easy)\b",
    r"\bplease\b.{0,30}\b(?:rate|score|grade|mark)\b.{0,40}\b(?:high\w*|well|generous\w*|kindly|5|five|top|perfect)",
    r"\b(?:as the|as an?)\s+(?:evaluator|grader|judge|assessor|ai)\b.{0,40}\b(?:must|should|will|need)",
    r"\b(?:ignorez|ignora|ignoriere|ignorar|olvida|oubliez)\b|\b(?:donnez|dale|dé|attribuez|califica|note[z]?)\b"
    r".{0,40}\b(?:5|cinq|cinco|100|maximale|máxima|parfait|perfecta)\b",
    r"^\W*#{1,4}.*\b(?:rubric|scoring|grader|grading|instructions|system)\b",
    r"\bscor\w*\b.{0,30}\b(?:5|five|100)\b.{0,30}\b(?:every|all|each)\s+(?:dimensions?|categor\w*|criteri\w*)",
    r"\b(?:evaluador\w*|évaluateur\w*|correcteur|bewerter|prüfer|calificador\w*)\b",
    r"\b(?:scor|grad|rat|mark)\w*\b.{0,40}\b(?:mistake|unfair\w*|wrong)\b.{0,60}\b(?:correct|fix|full marks|5|five|100)",
    r"\b(?:always|only)\s+(?:outputs?|gives?|returns?|assigns?)\b.{0,30}\b(?:maximum|max|highest|top|perfect|5|100)",
    r"\blet'?s play a game\b",
    r"\bthis (?:answer|response) (?:is|deserves|should (?:get|receive))\b.{0,40}"
    r"\b(?:exemplary|perfect|5|five|100|full marks|top marks|highest)",
]
_GRADER = [re.compile(p, re.IGNORECASE | re.MULTILINE) for p in _GRADER_PATTERNS]
# Once an answer is caught talking to the grader, nearby sentences in the grader's vocabulary go too: an
# attack is rarely one sentence, and what is left of it (a list of "5"s, "overall 100") would read as evidence.
_GRADER_VOCABULARY = re.compile(
    r"\b(?:scor\w*|rubric|dimensions?|overall|grader|grading|graded|evaluat\w*|assistant|marks|maximum|rating"
    r"|rated|system|syst[èe]me|sistema|instructions?|consigne|value_first|objection_handling|reply only|output"
    r"|m[ée]rite)\b|\d+\s*/\s*\d+|^\W*(?:user|human|candidate)\s*:|^\s*[-*]\s*\w+\s*:\s*\d",
    re.IGNORECASE,
)
_FAKE_JSON = re.compile(r"\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}", re.DOTALL)
_JSON_GRADER_KEYS = re.compile(
    r"\"?(?:overall|score|scores|dimensions|rating|grade|value_first|evidence)\"?\s*:", re.I
)


class GraderText(BaseModel):
    """What was removed from an answer because it spoke to the grader, and what is left to score."""

    model_config = ConfigDict(extra="forbid")

    spans: list[str]
    cleaned: str


class Signals(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tokens: int
    words: int
    sentences: int
    avg_sentence_words: float
    quantities: int
    outcomes: int
    employer_opening: int
    self_wants: int
    self_wants_opening: int
    sar_markers: int
    hedges: int
    buzzwords: int
    question_overlap: float
    repeats_question: bool
    acknowledges: int
    reframes: int
    defensive: int
    brief_overlap: float | None
    results_at_end: bool


def opening(text: str, n: int = 2) -> str:
    return " ".join(sentences(text)[:n])


def employer_opening(text: str) -> int:
    """How strongly the first two sentences talk about the employer's gain."""
    head = opening(text)
    return len(_EMPLOYER.findall(head)) + count_quantities(head)


def self_wants(text: str) -> int:
    return len(_SELF_WANTS.findall(text))


def question_overlap(question: str, answer: str) -> float:
    """Share of the question's content words that the answer takes up."""
    asked = content_words(question)
    return len(asked & content_words(answer)) / len(asked) if asked else 0.0


def repeats_question(question: str, answer: str) -> bool:
    """The answer is the question said back, give or take a few words."""
    a, q = answer.lower().strip(" ?.!"), question.lower().strip(" ?.!")
    if not a or len(a) > 1.6 * len(q) + 20:
        return False
    return SequenceMatcher(None, a, q).ratio() >= 0.75


def brief_overlap(brief: str | None, answer: str) -> float | None:
    """Share of the brief's distinctive terms (names, figures, key nouns) the answer uses, or None without a brief."""
    if not brief or not brief.strip():
        return None
    terms = {w for w in content_words(brief) if len(w) >= 4}
    names = {w.lower() for w in re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z]{2,}", brief)}
    figures = {m.group().strip() for m in QUANTITY.finditer(brief)}
    used = content_words(answer)
    lowered = answer.lower()
    hits = (
        len(terms & used)
        + sum(1 for n in names if n in lowered)
        + sum(1 for f in figures if f.lower() in lowered)
    )
    total = len(terms) + len(names) + len(figures)
    return hits / total if total else 0.0


def non_answer(question: str, answer: str) -> str | None:
    """Why the text is not an answer at all (empty, one word, gibberish, the question repeated), or None."""
    text = answer.strip()
    tokens = words(text)
    if not text or not tokens:
        return "empty"
    if _NON_ANSWER_PHRASES.match(text):
        return "no answer given"
    if len(tokens) <= 2:
        return "one word"
    if len(tokens) >= 4:
        lowered = [t.lower() for t in tokens]
        # A figure carries meaning as a function word does: a terse answer dense with numbers ("I cut cost
        # 12% saving $4M across 6 warehouses") is the opposite of gibberish.
        # Figures count only beside at least one real word, so a keyboard mash with a number stays gibberish.
        common = sum(1 for t in lowered if t in COMMON_WORDS)
        figures = sum(1 for t in lowered if any(c.isdigit() for c in t))
        meaningful = common + (figures if common else 0)
        if meaningful / len(lowered) < 0.12 or len(set(lowered)) / len(lowered) < 0.3:
            return "gibberish"
    if repeats_question(question, text):
        return "repeats the question"
    return None


def find_grader_text(answer: str) -> GraderText:
    """Sentences and JSON blocks aimed at the grader, and the answer without them."""
    spans: list[str] = []

    def drop_json(match: re.Match[str]) -> str:
        if _JSON_GRADER_KEYS.search(match.group()):
            spans.append(match.group())
            return " "
        return match.group()

    text = _FAKE_JSON.sub(drop_json, answer)
    # Chat-template tokens end a "sentence" as surely as a full stop does.
    text = re.sub(r"(<\|[a-z_]+\|>|\[/?inst\]|<</?sys>>)", r"\1\n", text, flags=re.IGNORECASE)
    pieces = [re.split(r"(?<=[.!?])\s+", line) for line in text.splitlines()]
    for patterns in ([*_GRADER], [_GRADER_VOCABULARY]):
        if patterns[0] is _GRADER_VOCABULARY and not spans:
            break
        for line in pieces:
            for index, part in enumerate(line):
                if part and any(p.search(part) for p in patterns):
                    spans.append(part.strip())
                    line[index] = ""
    kept = [" ".join(part for part in line if part) for line in pieces]
    kept = [line for line in kept if re.search(r"\w", line)]  # drop what is left of a fence: "---", "```"
    cleaned = re.sub(r"[ \t]+", " ", "\n".join(kept)).strip()
    cleaned = re.sub(r"\n\s*\n+", "\n", cleaned)
    return GraderText(spans=[s for s in spans if s], cleaned=cleaned)


def extract_signals(question: str, answer: str, company_brief: str | None = None) -> Signals:
    said = sentences(answer)
    tokens = words(answer)
    last_third = answer[int(len(answer) * 0.6) :]
    return Signals(
        tokens=count_tokens(answer),
        words=len(tokens),
        sentences=len(said),
        avg_sentence_words=len(tokens) / len(said) if said else 0.0,
        quantities=count_quantities(answer),
        outcomes=count_outcomes(answer),
        employer_opening=employer_opening(answer),
        self_wants=self_wants(answer),
        self_wants_opening=self_wants(opening(answer)),
        sar_markers=len(_SAR.findall(answer)),
        hedges=len(_HEDGE.findall(answer)),
        buzzwords=len(_BUZZ.findall(answer)),
        question_overlap=question_overlap(question, answer),
        repeats_question=repeats_question(question, answer),
        acknowledges=len(_ACKNOWLEDGE.findall(answer)),
        reframes=len(_REFRAME.findall(answer)),
        defensive=len(_DEFENSIVE.findall(answer)),
        brief_overlap=brief_overlap(company_brief, answer),
        results_at_end=count_quantities(last_third) + count_outcomes(last_third) > 0,
    )
