"""The degree a job description asks for: the lowest of the alternatives it accepts, required or only
preferred, and the candidates it spares ("required for candidates without P&L experience")."""

from __future__ import annotations

import re

from interviewer.interview.degrees import _DEGREE_ORDER, _DEGREE_PATTERNS, DEGREE_RANK
from interviewer.interview.description_sentences import (
    _NOT_REQUIRED,
    _PREFERRED,
    _is_heading,
    _requirement_text,
)
from interviewer.interview.roles import DegreeLevel, Requirement

_REQUIRED_LEVELS: dict[str, DegreeLevel] = {
    "phd": "phd", "mba": "mba", "master": "master", "bachelor": "bachelor"
}  # fmt: skip


_OR_EQUIVALENT = re.compile(
    r"\bor\s+(?:an?\s+)?(?:equivalent|comparable|similar|relevant)\s+(?:\w+\s+)?(?:experience|background)\b"
    # "or equivalent", "QTS, PGCE or an equivalent national teaching certificate"
    r"|\bor\s+(?:an\s+)?equivalent\b"
    # "o formación similar", "ou équivalent", "oder vergleichbare Qualifikation", "ou equivalente"
    r"|\bo\s+(?:formaci[óo]n|titulaci[óo]n|experiencia)\s+(?:similar|equivalente)\b|\bo\s+equivalente\b"
    r"|\bou\s+(?:[ée]quivalent\w*|formation [ée]quivalente)\b|\boder\s+vergleichbar\w*|\bou\s+equivalente\b"
    # Norwegian, Swedish: "eller tilsvarende kompetanse gjennom lang ledererfaring", equivalence through
    # experience ("eller motsvarande" alone is an equivalent field of study)
    r"|\beller\s+(?:tilsvarende|motsvarande|tilsvarande)\s+(?:real)?(?:kompetanse|kompetens|erfaring|erfarenhet)"
    # A US federal ad's education route: "You may qualify on education in lieu of specialized experience".
    r"|\bin lieu of\b|\bmay (?:also )?qualify\b|\bmay be substituted\b|\bsubstituted? for\b"
    # "Experto o Máster en cuidados críticos": a specialist certificate is the other way in.
    r"|\b(?:experto|especialista|certificado|certificate|diplomado|posgrado|postgrado|curso)\s+(?:o|or|ou|oder)\s+"
    r"(?:(?:un|a|an)\s+)?m[áa]ster"
    # Japanese "学士号、またはそれと同等の実務の経験" (a bachelor's, or experience equal to it)
    r"|同等の(?:実務)?(?:の)?(?:経験|知識)",
    re.IGNORECASE,
)


# "Completed vocational training as Kaufmann für Spedition or a degree": a degree is one way in of two.
_TRAINED = re.compile(
    r"\b(?:vocational|apprenticeship|ausbildung|trade (?:qualification|certificate)|formación profesional"
    r"|diploma|CFGS|ciclo formativo)\b[^.;]*\b(?:or|o|ou|oder)\b"
    r"|\b(?:or|o|ou|oder)\b[^.;]*\b(?:vocational|apprenticeship|ausbildung|diploma|CFGS|ciclo formativo)\b",
    re.IGNORECASE,
)
_ASKS = re.compile(r"\b(?:degree|required|requis|requerid[oa]|obrigat[óo]ri[oa]|excluyente|must)\b", re.I)


# What may stand in for a degree when it follows "or": "a bachelor's degree or 4 years of relevant
# experience", "BSc or HND", "degree or completed apprenticeship". The clause after "or" runs to the next
# comma, "and", "plus" or "with", so "in Computer Science or a related field, and 5 years' experience" names
# a field, not a route.
_OR_CLAUSE = re.compile(
    r"\b(?:or|o|ou|oder)\s+(?P<clause>[^,;.()]*?)(?=\s*(?:[,;.()]|\band\b|\bplus\b|\bwith\b|\by\b|\bet\b|\bund\b|$))",
    re.IGNORECASE,
)
_ROUTE = re.compile(
    r"\b(?:years?|yrs|experience|expertise|diploma|certificat\w*|apprenticeship|trade|training|HND|HNC|NVQ"
    r"|BTEC|military|service|equivalent|experiencia|exp[ée]rience|erfahrung|berufserfahrung|experi[êe]ncia)\b",
    re.IGNORECASE,
)


def other_route(sentence: str, start: int) -> bool:
    """Whether the sentence names, after its degree, another way in than a degree."""
    return any(_ROUTE.search(m.group("clause")) for m in _OR_CLAUSE.finditer(sentence, start))


_OF_A_DEGREE = re.compile(r"\b(?:a|the)\s+degree\b", re.IGNORECASE)
_ACCEPTED = re.compile(r"\b(?:accepted|acceptable|considered)\b", re.IGNORECASE)
_OPENS_ON_OR = re.compile(r"[\s\-•*]*(?:or|o|ou|oder)\b", re.IGNORECASE)


def _jd_degree(sentences: list[str]) -> list[Requirement]:
    """The highest degree the description requires and, where it names a higher one only as a wish
    ("BScN required; Master's preferred"), that one too, as preferred."""
    best: dict[bool, tuple[int, DegreeLevel, str]] = {}
    # A first line that is a heading is the job's title: "Engenheiro(a) Civil de Obras" names the job.
    titled = bool(sentences) and _is_heading(sentences[0]) and not _ASKS.search(sentences[0])
    read = sentences[1:] if titled else sentences
    for number, sentence in enumerate(read):
        found = ((level, _DEGREE_PATTERNS[level].search(sentence)) for level in _DEGREE_ORDER)
        hits = [(m.start(), level) for level, m in found if m]
        if not hits or _NOT_REQUIRED.search(sentence):
            continue
        hits.sort()
        # "Bachelor's or master's" asks for the lower; "bachelor's required, MBA preferred" for the higher.
        between = sentence[hits[0][0] : hits[-1][0]]
        ranks = [DEGREE_RANK[level] for _, level in hits]
        # Naukri's "UG: B.Com | PG: M.Com" lists what each level may have studied: the first will do.
        # "ADN graduates are accepted with enrollment in a BSN program": the lower one is accepted.
        # "Bac+3 à Bac+5": a range of levels asks for its lower end, too.
        alternatives = re.search(r"\b(?:or|ou|o|oder|à|to|bis|até|hasta)\b|/|\|\s*PG\s*:", between)
        alternatives = alternatives or _ACCEPTED.search(sentence)
        wanted = min(ranks) if alternatives else max(ranks)
        # The Requirement model has no associate level: "ADN or BSN", "Bac+5 ou BTS" ask for no more than
        # an associate degree, which nearly every degree meets.
        if wanted == DEGREE_RANK["associate"]:
            continue
        levels = [lv for _, lv in hits if DEGREE_RANK[lv] == wanted]
        level = _REQUIRED_LEVELS["mba" if "mba" in levels else levels[0]]
        # "MBA or equivalent experience" accepts experience instead: at most a preference.
        preferred = any(rx.search(sentence) for rx in (_PREFERRED, _OR_EQUIVALENT, _TRAINED))
        preferred = preferred or other_route(sentence, hits[0][0])
        # "Bachelor's degree ... plus 5 years. An additional 4 years may be substituted in lieu of a degree."
        following = read[number + 1] if number + 1 < len(read) else ""
        preferred = preferred or bool(_OF_A_DEGREE.search(following) and _OR_EQUIVALENT.search(following))
        # "BA degree in Management ...;" then "OR TVET Level IV Diploma in HRM and 2 years of experience": the
        # next line opens on the other way in.
        preferred = preferred or bool(_OPENS_ON_OR.match(following) and other_route(following, 0))
        if preferred not in best or wanted > best[preferred][0]:
            best[preferred] = (wanted, level, sentence)
    if False in best and True in best and best[True][0] <= best[False][0]:
        del best[True]  # a wish no higher than what is required adds nothing
    return [_degree_requirement(sentences, *best[p][1:], preferred=p) for p in (False, True) if p in best]


def _degree_requirement(
    sentences: list[str], level: DegreeLevel, sentence: str, preferred: bool
) -> Requirement:
    # "MBA preferred; required for candidates without P&L experience" is split at the semicolon.
    after = sentences[sentences.index(sentence) + 1 : sentences.index(sentence) + 2]
    unless = next(filter(None, (_REQUIRED_WITHOUT.match(s) for s in [sentence, *after])), None)
    condition = tuple(w for w in re.split(r"\s+or\s+|,\s*", unless.group(1)) if w) if unless else ()
    return Requirement(
        kind="degree",
        text=_requirement_text(sentence),
        level=level,
        preferred=preferred,
        required_without=condition,
    )


# "required for candidates without P&L experience", "mandatory unless you have run a P&L": the words that
# spare a candidate, without the words every such phrase has.
_REQUIRED_WITHOUT = re.compile(
    r".*?\b(?:required|mandatory|essential)\s+(?:for|of)\s+(?:candidates|applicants|those|anyone)\s+"
    r"(?:without|lacking)\s+(?:an?\s+)?(.+?)(?:\s+(?:experience|background))?\s*(?:[.;)]|$)",
    re.IGNORECASE,
)
