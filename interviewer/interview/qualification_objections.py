"""The objections a missing qualification invites: a degree below the level asked, a certification the
description names and the resume lacks, a licence to practise not shown, pending, lapsed or unfinished, and a
profession's own degree or licence where no description is given."""

from __future__ import annotations

import re
from datetime import date

from interviewer.interview.career_objections import _source
from interviewer.interview.degrees import _DEGREE_NAMES, _DEGREE_PATTERNS, DEGREE_RANK, university_degree_line
from interviewer.interview.licences import (
    credential_name,
    lapsed,
    pending_credential,
    pending_registration,
    practice_needs,
    still_on_its_way,
    unanswered_licence,
)
from interviewer.interview.profile import Objection
from interviewer.interview.requirements import JobRequirements
from interviewer.interview.resume_facts import ResumeFacts
from interviewer.interview.roles import Requirement, Role
from interviewer.interview.unfinished import degree_on_its_way, unfinished_requirement

# Professional qualifications earned by examination after years of study: what a role library's usual
# advanced degree asks of a finance executive, a chartered accountant has.
_CHARTERED = frozenset({"CPA", "ACA", "ACCA", "CIMA", "CFA", "Chartered Accountant"})


def _degree_objection(
    needs: list[tuple[Requirement, bool]], facts: ResumeFacts, resume: str
) -> Objection | None:
    have = DEGREE_RANK[facts.highest_degree] if facts.highest_degree else -1
    chartered = bool(_CHARTERED & set(facts.certifications))
    for requirement, described in needs:
        if requirement.level is None or DEGREE_RANK[requirement.level] <= have:
            continue
        if chartered and not described:
            continue  # a chartered accountant or charterholder meets what the library usually prefers
        if have < 0 and requirement.level == "bachelor" and university_degree_line(resume):
            continue  # a degree finished at a university, whatever the resume calls it
        spared = not requirement.required_without or _mentions(resume, list(requirement.required_without))
        if requirement.preferred and described and spared:
            continue  # a "preferred" or "nice to have" degree is no reason to doubt the candidate
        verb = "prefers" if requirement.preferred and spared else "asks for"
        studying = degree_on_its_way(resume)
        shown = f'shows a degree still unfinished: "{_quoted(studying)}"' if studying else "lists no degree"
        if facts.highest_degree:
            shown = f"lists {_DEGREE_NAMES[facts.highest_degree]} only"
            # "Master's studies (part-time) ... thesis defence planned June 2026": the next one on its way.
            shown += f', with one more unfinished: "{_quoted(studying)}"' if studying else ""
        wanted = _DEGREE_NAMES[requirement.level]
        if not spared:
            wanted += f" of candidates without {' or '.join(requirement.required_without)}"
        evidence = f"{_source(described)} {verb} {wanted}; the resume {shown}."
        return Objection(topic="objection:degree", evidence=evidence, requirement=requirement.text)
    return None


_FINALIST = re.compile(r"\b(?:finalist|part[- ]qualified|affiliate)\b", re.IGNORECASE)


def _certification_objection(
    needs: list[tuple[Requirement, bool]], facts: ResumeFacts, resume: str
) -> Objection | None:
    """A certification the description requires (PMP, CPA, CISSP...) that the resume does not list."""
    held = {c.lower() for c in facts.certifications}
    for requirement, described in needs:
        if not described or requirement.preferred or not requirement.names:
            continue
        if any(name.lower() in held for name in requirement.names):
            continue
        # "CIMA or ACCA qualified, or a finalist": a finalist of one of them will do.
        if _FINALIST.search(requirement.text) and any(
            re.search(rf"\b{re.escape(name)}\b.{{0,40}}{_FINALIST.pattern}", resume, re.I | re.S)
            for name in requirement.names
        ):
            continue
        if _other_body_held(requirement, resume):
            continue
        # "CPA and/or MBA required": the degree named beside it will do.
        degrees = [level for level in facts.degrees if _DEGREE_PATTERNS[level].search(requirement.text)]
        if degrees and re.search(r"\bor\b", requirement.text):
            continue
        wanted = " or ".join(requirement.names)
        evidence = f"The job description asks for {wanted}; the resume lists no such certification."
        return Objection(topic="objection:degree", evidence=evidence, requirement=requirement.text)
    return None


def _other_body_held(requirement: Requirement, resume: str) -> bool:
    """ "ICAG or ACCA qualified": a body the certification list does not know, named beside one it does as the
    other way in, and held by the resume ("Chartered Accountant, ICAG")."""
    names = "|".join(re.escape(n) for n in requirement.names)
    beside = re.findall(
        rf"\b([A-Z]{{2,6}})\s*(?:\bor\b|/)\s*(?:{names})\b|\b(?:{names})\s*(?:\bor\b|/)\s*([A-Z]{{2,6}})\b",
        requirement.text,
    )
    others = {other for pair in beside for other in pair if other and other not in requirement.names}
    return any(re.search(rf"\b{other}\b", resume) for other in others)


def _quoted(line: str) -> str:
    """A resume's line as evidence quotes it: without its bullet, Markdown bold or closing full stop (the
    evidence's own sentence ends after the quote: '"... en trámite".', not '"... en trámite.".')."""
    return re.sub(r"^[-•*\s]+|\*\*", "", line).strip().removesuffix(".").rstrip()


def _licence_objection(described: JobRequirements | None, resume: str) -> Objection | None:
    if described is None or described.licence is None:
        return None
    wanted = described.licence
    if (line := unanswered_licence(wanted, resume)) is None:
        return None
    shown = _quoted(line)
    names = " / ".join(wanted.names)
    evidence = f'The job description asks for a licence to practise ({names}); the resume shows "{shown}".'
    return Objection(
        topic="objection:degree", evidence=evidence, requirement=wanted.text, resume_lines=(line,)
    )


def _pending_objection(job_description: str | None, resume: str, today: date) -> Objection | None:
    if not job_description or (found := pending_credential(job_description, resume, today)) is None:
        return None
    wanted, line = found
    shown = _quoted(line)
    # "NZRC CORE Immediate" where "CORE Advanced" is required is held, at another grade: not unfinished.
    if still_on_its_way(line):
        how = "shows it unfinished"
    else:
        how = "shows it lapsed" if lapsed(line, today) else "shows another grade of it"
    return Objection(
        topic="objection:degree",
        evidence=f'The job description requires "{credential_name(wanted)}"; the resume {how}: "{shown}".',
        requirement=wanted,
        resume_lines=(line,),
    )


def _unfinished_objection(job_description: str | None, resume: str) -> Objection | None:
    if not job_description or (found := unfinished_requirement(job_description, resume)) is None:
        return None
    wanted, line = found
    shown = _quoted(line)
    return Objection(
        topic="objection:degree",
        evidence=f'The job description requires "{credential_name(wanted)}"; the resume says it is not yet '
        f'held: "{shown}".',
        requirement=wanted,
        resume_lines=(line,),
    )


def _practice_objection(role: Role, described: JobRequirements | None, resume: str) -> Objection | None:
    """Without a description, a profession's title still asks for its own degree or licence."""
    if described is not None:
        return None
    title = role.asked_as or role.title
    if (pending := pending_registration(title, resume)) is not None:
        shown = _quoted(pending)
        return Objection(
            topic="objection:degree",
            evidence=f'This kind of role requires a licence to practise; the resume shows "{shown}".',
            resume_lines=(pending,),
        )
    if (needs := practice_needs(title, resume)) is None:
        return None
    return Objection(
        topic="objection:degree",
        evidence=f"This kind of role requires {needs}; the resume does not show one.",
    )


def _mentions(text: str, words: list[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE) for w in words)
