"""What the interviewer says, written without the model: the spoken form of every planned move, the persona's
lead-ins, probes chosen from the last scorecard, and the check on the one short bridge a model may add.

Guided turns are built from these, so a turn is right even when the model is not: the plan decides what is
asked, this module decides how it sounds, and the model only acknowledges what the candidate said."""

from __future__ import annotations

import re

from interviewer.interview.guard import Interview, check_turn, instructions_in
from interviewer.interview.profile import Objection
from interviewer.scoring.rubric import Scorecard
from interviewer.scoring.signals import find_grader_text, non_answer
from interviewer.text import COMMON_WORDS, content_words, sentences, words

# An analysis note ("the resume lists ...") said to the candidate's face: each pair turns one phrasing of the
# objection rules' evidence into the second person.
_SPOKEN: tuple[tuple[str, str], ...] = (
    (r"^The job description and the role ask for", "This role asks for"),
    (r"^The job description", "Our job description"),
    (r"^This kind of role usually", "Roles like this one usually"),
    (r"^The role \(([^)]*)\) is", r"This role (\1) is"),
    (r"^The role is", "This role is"),
    (r"^The resume shows", "Your resume shows"),
    (r"; the resume's most recent titles", ", and your most recent titles"),
    (r"; the resume", ", and your resume"),
    (r"how large a team the candidate has led", "how large a team you have led"),
    (r"; an employer will ask [^.;]*", ""),
    (r"as the candidate's location", "as where you are based"),
)
_OBJECTION_QUESTION: dict[str, str] = {
    "objection:degree": "Why should that not hold you back in this role?",
    "objection:industry": "How would you get up to speed in our industry quickly enough?",
    "objection:scope": "What makes you confident you can run something of this size?",
    "objection:gap": "Can you walk me through that period?",
    "objection:job-hopping": "Why should we expect you to stay?",
    "objection:tenure": "How do you know you can adapt to a different company?",
    "objection:overqualified": "Won't you be bored here, or leave for a bigger job?",
    "objection:career-change": "Why should we take a chance on someone from another field?",
    "objection:relocation": "How would the move work for you?",
}


def spoken_concern(evidence: str) -> str:
    """The objection's evidence as an interviewer says it to the candidate."""
    text = evidence.strip().rstrip(".") + "."
    for pattern, replacement in _SPOKEN:
        text = re.sub(pattern, replacement, text)
    # A requirement quoted with a question in it ("the kind of person who asks "why?"") is said, not asked:
    # the turn asks one question, its own.
    return text.replace("?", "")


# A hybrid job's office days may be a commute as much as a move: the question leaves both open, where the
# distance is one a weekly commute can cover (Manchester to London, Cork to Dublin); from further, or from
# another country, the office days mean a move.
_OFFICE_DAYS_QUESTION = "How would the days in the office work for you from there?"
_WEEKLY_COMMUTE_KM = 600
_HYBRID_EVIDENCE = re.compile(r", (?:in the office [^;]+|hybrid);.*\(about (?P<km>\d+) km apart\)")


def _relocation_question(evidence: str) -> str:
    hybrid = _HYBRID_EVIDENCE.search(evidence)
    if hybrid and int(hybrid.group("km")) <= _WEEKLY_COMMUTE_KM:
        return _OFFICE_DAYS_QUESTION
    return _OBJECTION_QUESTION["objection:relocation"]


def objection_line(objection: Objection) -> str:
    question = _OBJECTION_QUESTION.get(objection.topic, "How would you answer that concern?")
    if objection.topic == "objection:relocation":
        question = _relocation_question(objection.evidence)
    return f"{spoken_concern(objection.evidence)} {question}"


def lead_in(phrases: dict[str, tuple[str, ...]], kind: str, seed: int, said: int) -> str:
    """The persona's spoken lead-in for the `said`-th move of a kind: the first question has none, and the
    phrases rotate, so no two turns in a row open the same way."""
    options = phrases.get(kind, ())
    if not options or (kind == "question" and said == 0):
        return ""
    return options[(seed + said) % len(options)]


def join(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def name_company(question: str, company: str | None) -> str:
    """An opening question's "here" said with the company's name, when there is one."""
    if not company:
        return question
    return re.sub(r"\bhere\b", f"here at {company}", question, count=1)


# -- probes from the scorecard ------------------------------------------------------------------------------

PROBES_PER_LENGTH = {"short": 1, "standard": 2, "long": 3}
# The probe for each weakness, said after a short quote of the candidate's own words when there is one.
_PROBE: dict[str, str] = {
    "number": "What number shows it worked, and what was it before?",
    "personal": "What did you do yourself, as opposed to the team?",
    "gain": "What did the business actually gain from it?",
    "connect": "How does that connect to what this role needs?",
    "steps": "Can you take me through it step by step: the situation, what you did, the result?",
    "concern": "I'm not sure that settled my concern. What result can you point to that does?",
    "company": "How does that fit what you know about our company?",
    "restate": "I'd like to bring us back to my question. Which example from your own work answers it?",
}
_DIMENSION_PROBE = {
    "evidence": "number",
    "value_first": "gain",
    "relevance": "connect",
    "structure": "steps",
    "objection_handling": "concern",
    "research": "company",
}
# Past tenses of doing, beside every "-ed": one list for what a team did and what the candidate did.
_DONE = (
    r"\w+ed|built|led|ran|made|took|set|drove|won|cut|grew|shipped|wrote|found|got|brought|sold|rebuilt"
    r"|launched|delivered"
)
# What a team did ("we rebuilt", "the team shipped"): only a story told of a team's actions is asked what the
# candidate did in it; "we are thinking about schools" tells no story.
_WE = re.compile(
    rf"\b(?:we|our team|the team)\s+(?:(?:then|also|quickly|finally)\s+)?(?:{_DONE}|did)\b", re.IGNORECASE
)
_I_DID = re.compile(rf"\bI (?:{_DONE}|chose)\b")


def says_what_they_did(answer: str) -> bool:
    return bool(_I_DID.search(answer)) or not _WE.search(answer)


def relevant(scorecard: Scorecard | None) -> bool:
    """The answer was about the question (relevance 3 of 5 or better, or not scored for it)."""
    if scorecard is None:
        return True
    score = scorecard.dimensions.get("relevance")
    return score is None or score.score is None or score.score >= 3


def choose_probe(
    scorecard: Scorecard | None, answer: str, used: set[str], objection: bool = False
) -> str | None:
    """The probe for the weakest part of the last answer that has not been asked yet, or None.

    No probe after a non-answer ("I don't know", a few words, gibberish) or after questions of the
    candidate's own: a follow-up on nothing helps nobody, and the interview moves on. An answer about
    something else, or one that gave orders, is brought back to the question first; a dodged objection is
    restated before anything else."""
    if scorecard is None or any(f.startswith("non-answer") for f in scorecard.flags):
        return None
    if len(words(answer)) < 6 or asks_back(answer):
        return None
    ranked = sorted(
        (d.score, name != "objection_handling" if objection else 0, name)
        for name, d in scorecard.dimensions.items()
        if d.score is not None and d.score <= 3
    )
    kinds = [_DIMENSION_PROBE[name] for *_, name in ranked if name in _DIMENSION_PROBE]
    if not relevant(scorecard) or instructions_in(answer):
        kinds.insert(1 if kinds[:1] == ["concern"] else 0, "restate")
    elif not says_what_they_did(answer):
        kinds.insert(1 if kinds[:1] == ["concern"] else 0, "personal")
    return next((k for k in kinds if k not in used), None)


def quote(answer: str, limit: int = 12) -> str | None:
    """A few of the candidate's own words worth quoting back: the start of their most concrete sentence.
    Never an instruction aimed at the machine, never gibberish."""
    cleaned = find_grader_text(answer).cleaned
    orders = set(instructions_in(cleaned))
    best: tuple[int, str] | None = None
    for sentence in sentences(cleaned):
        tokens = words(sentence)
        if sentence in orders or len(tokens) < 4 or non_answer("", sentence) is not None:
            continue
        if sum(t.lower() in COMMON_WORDS for t in tokens) / len(tokens) < 0.2:
            continue
        clause = re.split(r"[,;:—–(]| - ", sentence)[0].strip()
        clause = re.sub(r"^(?:so|well|yes|um+|uh+|honestly|basically)\b[,\s]*", "", clause, flags=re.I)
        clause_words = clause.split()
        if len(clause_words) < 3 or len(clause_words) > limit or sentence.rstrip().endswith("?"):
            continue
        weight = len(content_words(clause)) + 3 * bool(re.search(r"\d", clause))
        if best is None or weight > best[0]:
            best = (weight, " ".join(clause_words).rstrip(".!?"))
    return best[1] if best else None


# An objection is no request for an example: a dodged "how would the move work?" is asked again as such.
_RESTATE_CONCERN = "I'd like to come back to my concern. How would you answer it?"


def probe_line(kind: str, answer: str, objection: bool = False) -> str:
    said = quote(answer)
    opener = f'You said "{said}".' if said and kind not in ("concern", "company", "restate") else ""
    return join(opener, _RESTATE_CONCERN if kind == "restate" and objection else _PROBE[kind])


# -- the model's bridge ----------------------------------------------------------------------------------

MAX_BRIDGE_WORDS = 30
_JUDGING = re.compile(
    r"\b(?:great|excellent|impressive|perfect|brilliant|fantastic|amazing|strong|good|weak|poor|solid)"
    r"\s+(?:answer|response|example|point|job|work)\b|\bwell done\b|\bi love\b|\bwhat a\b",
    re.IGNORECASE,
)


_PERSON = {
    "i": "you", "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", "me": "you",
    "my": "your", "mine": "yours", "myself": "yourself", "we": "you", "we're": "you're",
    "we've": "you've", "we'd": "you'd", "we'll": "you'll", "us": "you", "our": "your", "ours": "yours",
    "ourselves": "yourselves",
}  # fmt: skip


def second_person(text: str) -> str:
    """The candidate's words said back to them: "I cut costs" becomes "you cut costs"."""
    turned = re.sub(r"\b[A-Za-z]+(?:'[a-z]+)?\b", lambda m: _PERSON.get(m.group(0).lower(), m.group(0)), text)
    return re.sub(r"\byou (am|was)\b", lambda m: "you " + {"am": "are", "was": "were"}[m.group(1)], turned)


def _normal(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9$%']+", text.lower().replace("’", "'")))


# Words that carry nothing worth saying back ("in my last role"), and openings of a clause cut loose.
_GENERIC = content_words(
    "role job company business team work time year years last first current previous people thing things"
    " lot really also well able"
)
_CONNECTOR = re.compile(r"(?:which|that|and|but|so|because|while|who|where|when|or|then|also)\b")


def detail_problems(detail: str, answer: str) -> list[str]:
    """Why the words a model picked from the answer cannot be said back: they must be the answer's own."""
    found = _normal(detail)
    if not found:
        return ["it is empty"]
    problems = []
    if found not in _normal(answer):
        problems.append("it is not the candidate's own words")
    if not 4 <= len(found.split()) <= 16:
        problems.append("it is not a short phrase")
    elif _CONNECTOR.match(found) or not (
        re.search(r"\d", found) or len(content_words(found) - _GENERIC) >= 2
    ):
        problems.append("it carries nothing concrete")
    if "?" in detail or instructions_in(detail) or find_grader_text(detail).spans:
        problems.append("it is a question or an order, not something the candidate did")
    return problems


def bridge_from(detail: str, phrases: tuple[str, ...], said: int) -> str:
    """The persona's way of saying the candidate's own words back to them."""
    words_ = second_person(detail.strip().rstrip(".!;:,"))
    template = phrases[said % len(phrases)] if phrases else "So {detail}."
    first = words_.split()[0] if words_.split() else ""
    if first.lower() in COMMON_WORDS or first.lower().startswith("you"):
        words_ = words_[:1].lower() + words_[1:]  # "You cut..." inside "So you cut..."; names keep capitals
    return template.format(detail=words_)


ASKED_BACK = "Hold that question for the end; I'll make sure there's time for yours."


def asks_back(answer: str | None) -> bool:
    """The candidate answered with questions of their own: every real sentence of it is a question."""
    said = [x for x in sentences(answer or "") if len(words(x)) >= 4]
    return (
        bool(said)
        and all(x.rstrip().endswith("?") for x in said[-2:])
        and sum(x.rstrip().endswith("?") for x in said) * 2 >= len(said)
    )


def may_bridge(answer: str | None) -> bool:
    """Whether an answer holds something a bridge could acknowledge: not an injection, not a non-answer."""
    if not answer or instructions_in(answer) or find_grader_text(answer).spans:
        return False
    return non_answer("", answer) is None and len(words(answer)) >= 8


def bridge_problems(
    bridge: str, answer: str, asked: str, next_question: str, interview: Interview
) -> list[str]:
    """Why a proposed bridge may not be spoken; empty when it may."""
    text = bridge.strip()
    if not text:
        return ["it is empty"]
    problems = [p.message for p in check_turn(text, interview)]
    if "?" in text:
        problems.append("it asks a question")
    if len(text.split()) > MAX_BRIDGE_WORDS or len(sentences(text)) > 1:
        problems.append("it is longer than one short sentence")
    if _JUDGING.search(text):
        problems.append("it judges the answer")
    figures = set(re.findall(r"\d+", text)) - set(re.findall(r"\d+", answer))
    if figures:
        problems.append(f"it quotes figures the candidate never gave ({', '.join(sorted(figures))})")
    named = content_words(text) & content_words(answer)
    if not named - content_words(asked) - content_words(next_question):
        problems.append("it names nothing the candidate said")
    return problems
