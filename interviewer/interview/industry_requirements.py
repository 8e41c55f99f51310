"""The sectors a job description asks for experience in, each with the words it names them by and whether
it only prefers them: "5+ years in FMCG or retail", "a background in a regulated financial product"."""

from __future__ import annotations

import re

from interviewer.interview.description_sentences import (
    _ABOUT_EMPLOYER,
    _NOT_REQUIRED,
    _requirement_text,
    _wish_near,
)
from interviewer.interview.industries import (
    _INDUSTRY_CONTEXT,
    _alternatives,
    _industries,
    _industry_phrase,
    _qualified,
)
from interviewer.interview.roles import Requirement

_SOFTWARE_TOOL = re.compile(
    r"\bwith\b(?!.*\b(?:saas|software (?:compan\w+|industry|vendors?|firms?|houses?|business\w*|sector)))",
    re.IGNORECASE,
)


_AFTER_FUNCTION = re.compile(r"\b(?:in|within|across|with|at|on)\s+(?:the\s+|a\s+|an\s+)?(.+)", re.I)


_SCHOOLING = re.compile(
    r"\beducation(?:al)?\s*(?:,|and|or|&|/)\s*(?:\w+\s+)?(?:experience|training|qualifications?|background)\b"
    r"|\b(?:experience|training)\s*(?:,|and|or|&|/)\s*education\b|\b(?:level|combination) of education\b",
    re.IGNORECASE,
)


# "Knowledge of local authority procedures" is a body of rules to know, not years spent in the public sector.
_RULES_OF = re.compile(
    r"\b(?:local authorit\w+|government|ministry|municipal|council)\s+"
    r"(?:procedures|regulations|rules|approvals|requirements|guidelines|submissions|processes|policies)\b",
    re.IGNORECASE,
)


_SEEKS = re.compile(
    r"\b(?:busca(?:mos)?|is (?:looking|searching) for|seeks|is seeking|recherche|sucht|procura|zoekt"
    r"|cerca)\b",
    re.IGNORECASE,
)


_NO_SECTOR_ASKED = re.compile(
    # ("Applications without financial-services experience will not be considered" still asks for it.)
    r"\b(?:(?:not|n['’]t) (?:be )?consider\w* (?:candidates|applicants|applications|profiles) from"
    r"|no (?:candidates|applicants) from|committed to (?:diversity|equal)"
    r"|encourages?\b[^.;]{0,60}\bto apply)\b",
    re.IGNORECASE,
)
_ASKS_BEFORE = re.compile(r"\b(?:experience|background|track record|years?['’]?)\b", re.IGNORECASE)


def _jd_industries(sentences: list[str]) -> list[Requirement]:
    """Each industry the description names, once; where it is named both as what the employer is and as
    what the candidate must have ("We are a SaaS platform" ... "8+ years selling enterprise SaaS"), the
    requirement is kept."""
    found: dict[tuple[str, ...], Requirement] = {}
    # "Knowledge of the NHS is not required for this role" asks nothing; "a combination of education and
    # experience" names schooling, not the education sector.
    # Nor does "the client is not considering candidates from retail, mining or the public sector", or "The
    # NT Public Sector is committed to diversity and encourages Aboriginal people to apply".
    kept = (
        _RULES_OF.sub(" ", _SCHOOLING.sub(" ", s))
        for s in sentences
        if not (_NOT_REQUIRED.search(s) or _NO_SECTOR_ASKED.search(s))
    )
    for sentence in kept:
        # Read once a sentence: on a long pasted text, once a match is quadratic.
        about = bool(_ABOUT_EMPLOYER.match(sentence))
        for rx, cut, employer in _INDUSTRY_CONTEXT:
            for m in rx.finditer(sentence):
                wish = _wish_near(sentence, m.start(), m.end("x"))
                # Industries named together are alternatives: "healthcare or pharma" is met by either.
                phrase = _industry_phrase(m.group("x")) if cut else m.group("x")
                names = _qualified(tuple(_industries(phrase)), phrase)
                # "years of marketing experience in financial services": the sector comes after the function.
                later = _AFTER_FUNCTION.search(m.group("x"))
                if not names and cut and later:
                    phrase = _industry_phrase(later.group(1))
                    names = tuple(_industries(phrase))
                # "We're a legal-tech startup" says what the employer does: a candidate from elsewhere may
                # be asked about it, but it is not a requirement.
                # "Estudio jurídico ... con clientes del retail y del sector financiero, busca Procurador(a)":
                # what comes before the employer says whom it seeks is the employer's own story.
                # "2 years' experience in Customer Success roles at a B2B SaaS company" is where the candidate
                # worked: what the sentence asks of them comes before it.
                employer = employer and not _ASKS_BEFORE.search(sentence, 0, m.start())
                preferred = employer or bool(wish) or about or bool(_SEEKS.search(sentence, m.end("x")))
                # "experience in the public sector, ideally within the NHS": the wish is only what follows it.
                if not employer and wish and sentence[: wish.start()].rstrip().endswith(","):
                    before = tuple(_industries(sentence[m.start("x") : wish.start()]))
                    if before and not about:
                        names, preferred = before, False
                if names == ("software",) and _SOFTWARE_TOOL.search(sentence[m.start() : m.end("x")]):
                    continue  # "experience with practice management software" is a tool, not a sector
                covering = [n for n in found if set(names) <= set(n)]
                if not names or (covering and (preferred or not found[covering[0]].preferred)):
                    continue
                for n in covering:
                    del found[n]
                found[names] = Requirement(
                    kind="industry",
                    text=_requirement_text(sentence),
                    names=names,
                    preferred=preferred,
                    alternatives=_still_wanted(_alternatives(phrase), names),
                )
    return list(found.values())


def _still_wanted(alternatives: tuple[str, ...], names: tuple[str, ...]) -> tuple[str, ...]:
    """The listed items that can still meet the requirement: "construction" in "railway infrastructure
    design or construction" is the work done in rail, and a builder of houses does not meet it."""
    return tuple(a for a in alternatives if not (named := set(_industries(a))) or named & set(names))
