"""The words of an answer each critique is about: pure functions that return spans of the answer as given.

A quote is a phrase (a cliché, a filler, a defensive remark) or a whole sentence (a claim no figure backs, an
opening about what the candidate wants, a sentence that never touches the question). Offsets are into the
text the candidate gave, so `answer[start:end] == text` always holds."""

from __future__ import annotations

import re
from collections.abc import Iterator

from interviewer.scoring.rubric import Dimension, Quote, Scorecard
from interviewer.text import QUANTITY, content_words
from interviewer.voice.delivery import Word

MAX_QUOTES = 6

# Phrases every interviewer has heard too often to believe; a superset of the scorer's buzzword signal.
CLICHE = re.compile(
    r"\b(?:hard[- ]work(?:er|ing)|team player|passionate(?: about \w+)?|perfectionist|self-starter"
    r"|go-getter|results-driven|detail-oriented|people person|think(?:ing)? outside the box|move the needle"
    r"|leverag\w* synerg\w*|synerg\w*|best-in-class|world-class|rock ?star|ninja|guru|value-add|holistic"
    r"|(?:give|giving) (?:it )?(?:110|a hundred and ten) percent|110%|disrupt\w* the status quo"
    r"|work too hard|care too much)\b",
    re.IGNORECASE,
)
FILLER = re.compile(
    r"\b(?:um+|uh+|erm|you know|kind of|sort of|basically|i guess|i suppose|maybe|probably|and stuff"
    r"|things like that|whatever|i mean|pretty much|or something|or so)\b",
    re.IGNORECASE,
)
DEFENSIVE = re.compile(
    r"\b(?:overrated|waste of (?:time|money)|doesn'?t matter|don'?t see why|not fair|unfair|not my fault"
    r"|wasn'?t my fault|irrelevant|why does (?:it|that) matter|i shouldn'?t have to|sorry|unfortunately"
    r"|i know it looks bad|blame\w*|they didn'?t \w+|nobody told|no one told|bad luck|i had no choice"
    r"|i just couldn'?t|badly run)\b",
    re.IGNORECASE,
)
WANTS = re.compile(
    r"\b(?:i want|i'd like|i would like|i'?m looking for|i am looking for|new challenge|next step|my career"
    r"|for me\b|grow as|learn new|great opportunity|salary|benefits|i need a change|my goals?)\b",
    re.IGNORECASE,
)
# Words that make a sentence a claim about results or ability, which a figure should then back.
CLAIM = re.compile(
    r"\b(?:improv\w*|increas\w*|grew|grow\w*|reduc\w*|cut|led|deliver\w*|success\w*|better|good|great|well"
    r"|happy|happier|satisfied|perform\w*|many|a lot|much|always|fix\w*|got it done|know the|trust"
    r"|worked|experience|results?|difference|proud|best)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
LONG_SENTENCE_WORDS = 35


def _sentences(answer: str) -> Iterator[tuple[int, int]]:
    for match in _SENTENCE.finditer(answer):
        text = match.group(0)
        start = match.start() + len(text) - len(text.lstrip())
        end = match.end() - (len(text) - len(text.rstrip()))
        if end > start and re.search(r"\w", answer[start:end]):
            yield start, end


def _quote(answer: str, start: int, end: int) -> Quote:
    return Quote(text=answer[start:end], start=start, end=end)


def _phrases(answer: str, pattern: re.Pattern[str]) -> list[Quote]:
    return [_quote(answer, m.start(), m.end()) for m in pattern.finditer(answer)]


def unbacked_claims(answer: str) -> list[Quote]:
    """Sentences that claim a result or an ability with no figure, scope or number behind them."""
    found = []
    for start, end in _sentences(answer):
        text = answer[start:end]
        if text.rstrip().endswith("?") or QUANTITY.search(text) or len(text.split()) < 4:
            continue
        if CLAIM.search(text) or CLICHE.search(text):
            found.append(_quote(answer, start, end))
    return found


def wants_sentences(answer: str) -> list[Quote]:
    return [_quote(answer, s, e) for s, e in _sentences(answer) if WANTS.search(answer[s:e])]


def off_question(question: str, answer: str) -> list[Quote]:
    """Sentences that share no content word with the question (judged only when relevance is weak)."""
    asked = content_words(question)
    return [
        _quote(answer, s, e)
        for s, e in _sentences(answer)
        if len(answer[s:e].split()) >= 4 and not content_words(answer[s:e]) & asked
    ]


def long_sentences(answer: str) -> list[Quote]:
    return [
        _quote(answer, s, e) for s, e in _sentences(answer) if len(answer[s:e].split()) > LONG_SENTENCE_WORDS
    ]


def defensive_sentences(answer: str) -> list[Quote]:
    return [_quote(answer, s, e) for s, e in _sentences(answer) if DEFENSIVE.search(answer[s:e])]


def _distinct(quotes: list[Quote]) -> list[Quote]:
    """In answer order, without a quote inside another one, at most MAX_QUOTES."""
    kept: list[Quote] = []
    for q in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if any(k.start <= q.start and q.end <= k.end for k in kept):
            continue
        kept.append(q)
    return kept[:MAX_QUOTES]


def find_quotes(dimension: Dimension, question: str, answer: str, score: int) -> list[Quote]:
    """The spans of `answer` the critique of `dimension` is about. Phrases (a cliché, a filler, a defensive
    remark) are quoted whatever the score, since one in a good answer is still worth knowing; sentences
    (a claim with no figure, one off the question) only when the dimension is weak."""
    if dimension == "value_first":
        opening = next(iter(_sentences(answer)), None)
        quotes = _phrases(answer, CLICHE)
        if opening and WANTS.search(answer[opening[0] : opening[1]]):
            quotes.insert(0, _quote(answer, *opening))
        quotes += wants_sentences(answer) if score <= 3 else []
    elif dimension == "evidence":
        # Claims without a figure matter when the answer is short of evidence overall, not in a strong one.
        quotes = unbacked_claims(answer) if score <= 3 else _phrases(answer, CLICHE)
    elif dimension == "relevance":
        quotes = off_question(question, answer) if score <= 2 else []
    elif dimension == "structure":
        quotes = long_sentences(answer) + _phrases(answer, FILLER)
    elif dimension == "objection_handling":
        quotes = defensive_sentences(answer) + _phrases(answer, DEFENSIVE)
    else:
        quotes = []
    return _distinct(quotes)


def word_spans(text: str, words: list[str]) -> list[tuple[int, int] | None]:
    """Where each transcribed word sits in the transcript's text, in order (None when it cannot be found)."""
    spans: list[tuple[int, int] | None] = []
    at = 0
    for word in words:
        token = word.strip()
        found = text.find(token, at) if token else -1
        if found < 0:
            spans.append(None)
            continue
        spans.append((found, found + len(token)))
        at = found + len(token)
    return spans


def timed(card: Scorecard, text: str, words: list[Word]) -> Scorecard:
    """The card with each quote's place in the recording, for an answer transcribed from `words`."""
    spans = word_spans(text, [w.text for w in words])
    dimensions = {}
    for name, dim in card.dimensions.items():
        quotes = []
        for quote in dim.quotes:
            inside = [
                w
                for w, span in zip(words, spans, strict=True)
                if span is not None and span[0] < quote.end and quote.start < span[1]
            ]
            if inside:
                quote = quote.model_copy(
                    update={
                        "start_seconds": round(inside[0].start, 2),
                        "end_seconds": round(inside[-1].end, 2),
                    }
                )
            quotes.append(quote)
        dimensions[name] = dim.model_copy(update={"quotes": quotes})
    return card.model_copy(update={"dimensions": dimensions})
