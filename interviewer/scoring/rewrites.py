"""Improved answers without a model, from the candidate's own facts, at three levels:

- **minimal**: the same answer with the smallest fixes: fillers and clichés out, an opening about what the
  candidate wants moved to the end, and a blank after the first claim that no figure backs;
- **restructured**: the same facts in the value-first order the corpus teaches (the result, what you did, why
  it matters for this role), with a marked blank wherever a fact is missing;
- **exemplar**: the bank's strong answer to the nearest question, to show what good looks like.

Nothing is invented: the first two levels hold only the answer's own sentences, the role and the company
name; where a fact is missing there is a blank in square brackets ("[how much did it change, in a number?]"),
listed in `missing`, for the candidate to fill."""

from __future__ import annotations

import re

from interviewer.scoring.quotes import CLAIM, CLICHE, FILLER, WANTS
from interviewer.scoring.rubric import Rewrite
from interviewer.text import QUANTITY, count_outcomes, sentences

ASK_FIGURE = "[what changed as a result, in a number: before and after?]"
ASK_RESULT = "[the result: what changed, by how much, by when?]"
ASK_ACTION = "[what you did yourself: the decision or action that was yours]"
ASK_VALUE = "[what you would bring here first: a result you have delivered that this role needs]"
_I_ACTION = re.compile(
    r"\bI(?:'ve| have)? (?!think|guess|suppose|feel|believe|am|was|would|want|like)\w+", re.I
)


def _without_cliches(sentence: str) -> str:
    """Drop the clauses of a sentence that are stock phrases ("and I always give 110 percent")."""
    clauses = re.split(r"(,\s*|\s+and\s+)", sentence)
    kept = [c for c in clauses[::2] if not CLICHE.search(c)]
    if len(kept) == len(clauses[::2]) or len(" ".join(kept).split()) < 4:
        return sentence
    return _ends(" and ".join(k.strip().rstrip(".!") for k in kept if k.strip()))


def _tidy(sentence: str) -> str:
    text = FILLER.sub("", _without_cliches(sentence))
    text = re.sub(r"^\W*(?:so|well|yes|honestly|and)\b[,\s]*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+([,.;!?])", r"\1", re.sub(r"\s{2,}", " ", text))
    text = re.sub(r"^[\s,;]+|(?<=[,;])\s*[,;]+", "", text).strip()
    return text[:1].upper() + text[1:] if text else text


def _cliche_only(sentence: str) -> bool:
    """A sentence that is mostly stock phrases: two of them, or one with fewer than five words around it."""
    rest = CLICHE.sub("", sentence)
    found = len(CLICHE.findall(sentence))
    return found >= 2 or (found == 1 and len(re.findall(r"[A-Za-z]{3,}", rest)) < 5)


def _ends(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", "]")) else text + "."


_BLAME = re.compile(
    r"\b(?:bad luck|not my fault|wasn'?t my fault|nobody told|no one told|they didn'?t|badly run|not fair"
    r"|unfair|overrated|waste of (?:time|money))\b",
    re.IGNORECASE,
)
_APOLOGY = re.compile(r"\b(?:sorry|unfortunately|to be honest)\b[,\s]*", re.IGNORECASE)


def _kept(answer: str) -> list[str]:
    """The answer's sentences worth keeping: tidied, without stock phrases, apologies or blame (which cost
    more than they explain), unless nothing else is left."""
    said = [_tidy(_APOLOGY.sub("", s)) for s in sentences(answer)]
    said = [s for s in said if s and not _cliche_only(s)]
    if any(not _BLAME.search(s) for s in said):
        said = [s for s in said if not _BLAME.search(s)]
    return said


def minimal(answer: str) -> Rewrite:
    said = _kept(answer)
    wants = [s for s in said if WANTS.search(s)]
    kept = [s for s in said if s not in wants] + wants  # what the employer gains first, wants last
    missing: list[str] = []
    if wants and len(wants) == len(kept):  # only what the candidate wants: open with what they would bring
        kept.insert(0, ASK_VALUE)
        missing.append(ASK_VALUE.strip("[]"))
    # An answer that already gives figures is not asked for one more.
    figures = len(QUANTITY.findall(answer))
    for index, sentence in enumerate(kept if figures < 2 else []):
        if CLAIM.search(sentence) and not QUANTITY.search(sentence) and sentence not in wants:
            kept[index] = f"{sentence.rstrip('.!')} {ASK_FIGURE}"
            missing.append(ASK_FIGURE.strip("[]"))
            break
    if not kept:
        kept, missing = [ASK_RESULT], [ASK_RESULT.strip("[]")]
    return Rewrite(level="minimal", text=" ".join(_ends(s) for s in kept), missing=missing)


def _result_strength(sentence: str) -> tuple[bool, int]:
    return bool(re.search(r"\d", sentence)), count_outcomes(sentence)


# Where an answer settles a concern about where or when rather than proves a result, its order is the plan
# first: a move, a commute or a gap has no "result I would bring".
ASK_PLAN = {
    "objection:relocation": "[your plan: when you would move, or how you would be there on the days asked]",
    "objection:gap": "[what you did in that time, and why you are ready now]",
}
_PLAN_TIE = {
    "objection:relocation": "That is how I would make the {role} role work{where}.",
    "objection:gap": "That is why I am ready for the {role} role{where} now.",
}


def restructured(answer: str, role: str, company: str | None, objection: str | None = None) -> Rewrite:
    """The answer's own sentences in value-first order, with a blank where a part is missing. An answer
    that gives neither a result nor an action of the candidate's ("I am not sure.") gets the order as
    blanks only: its sentences would fill no part of it."""
    where = f" at {company}" if company else ""
    tie = _PLAN_TIE.get(
        objection or "", "That is the kind of result I would bring to the {role} role{where}."
    )
    tie = tie.format(role=role, where=where)
    ask = ASK_PLAN.get(objection or "", ASK_ACTION)
    said = [s for s in _kept(answer) if not WANTS.search(s) and not s.endswith("?")]
    backed = sorted((s for s in said if QUANTITY.search(s)), key=_result_strength, reverse=True)
    claimed = [s for s in said if s not in backed and (count_outcomes(s) or CLAIM.search(s))]
    missing = []
    if backed:
        lead = backed[0]
    elif claimed:
        lead = f"{claimed[0].rstrip('.!')} {ASK_FIGURE}"
        missing.append(ASK_FIGURE.strip("[]"))
    else:
        lead = ASK_RESULT
        missing.append(ASK_RESULT.strip("[]"))
    rest = [s for s in said if s != lead and not lead.startswith(s.rstrip(".!"))]
    actions = [s for s in rest if _I_ACTION.search(s)][:2]
    if not actions and lead == ASK_RESULT:
        blanks = [ask] if objection in ASK_PLAN else [ASK_RESULT, ask]
        text = " ".join([*blanks, tie])
        return Rewrite(level="restructured", text=text, missing=[b.strip("[]") for b in blanks])
    if not actions:
        actions = [ask]
        missing.append(ask.strip("[]"))
    context = [s for s in rest if s not in actions][:1]
    parts = [lead, *actions, *context, tie]
    return Rewrite(level="restructured", text=" ".join(_ends(p) for p in parts), missing=missing)


def build_rewrites(
    answer: str, role: str, company: str | None, exemplar: str | None, objection: str | None = None
) -> list[Rewrite]:
    smallest = minimal(answer)
    # An answer with nothing to fix gets no "smallest fix" that only repeats it.
    same = " ".join(smallest.text.split()) == " ".join(answer.split())
    found = ([] if same else [smallest]) + [restructured(answer, role, company, objection)]
    if exemplar:
        found.append(Rewrite(level="exemplar", text=" ".join(exemplar.split())))
    return found
