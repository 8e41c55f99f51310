"""A job description read as sentences and bullets, each marked where it is only a wish: the shared reading
under every requirement (degrees, years, team, budget, industries)."""

from __future__ import annotations

import re

from interviewer.interview.job_titles import _BULLET

_PREFERRED = re.compile(
    r"\bprefer(?:red|ably|able)?\b|\ba plus\b|\bdesir(?:able|ed)\b|\bnice[- ]to[- ]have\b|\bideally\b"
    r"|\bbonus\b|\badvantage(?:ous)?\b|\bwelcome\b"
    # "What helps: a degree in business", "would be helpful", "it helps if you speak German"
    r"|\bwhat helps\b|\b(?:would be|is|are) (?:very |really )?helpful\b|\bhelps? if\b"
    # and in the languages descriptions come in: deseable, desejável, un atout, von Vorteil, gradita...
    r"|\bdeseables?\b|\bdesej[áa]ve(?:l|is)\b|\bdiferencia(?:l|is)\b|\bsouhait\w*|\bun (?:plus|atout)\b"
    r"|\bwünschenswert\b|\bvon vorteil\b|\bgradit[oa]\b|\bpreferibil\w*|\been pr[eé]\b|\bpluspunt\b"
    # 우대 (Korean), 优先/加分 (Chinese), 歓迎/尚可 (Japanese): what an ad in those languages only prefers
    r"|우대|优先|加分|歓迎|尚可"
    # and in Arabic: يفضل / يُفضل, "is preferred"
    r"|يفضل|يُفضل|يُفضّل"
    # and in the Nordic languages, Czech and Turkish: meriterande, en fordel, ønskelig, výhodou, tercih
    r"|\bmeriterande\b|\b(?:en|et) fordel\b|\bønskel\w*|\bvýhodou\b|\btercih\w*"
    r"|\bmile widziane\b|\b(?:is|are|would be|considered|an)\s+(?:an?\s+)?(?:asset|assets)\b",
    re.IGNORECASE,
)
# "Knowledge of the NHS is not required", "no degree needed": what the description says it does not ask.
_NOT_REQUIRED = re.compile(
    r"\b(?:do(?:es)?\s*n[o']t|not|never|no)\s+(?:\w+\s+){0,2}(?:require|required|need|needed|necessary|essential"
    r"|mandatory)\b|\bno\s+(?:\w+\s+)?degree\b|\bdegree\s+(?:is\s+)?(?:not|optional)\b|\bwithout\s+a\s+degree\b",
    re.IGNORECASE,
)
_OFFERED = re.compile(
    r"^\W*(?:what\s+)?(?:we|you(?:'ll| will))\s+(?:offer|get|receive)\b|^\W*(?:benefits|perks)\b"
    r"|^\W*(?:oferujemy|wir bieten|ofrecemos|nous offrons|oferecemos|offriamo|wij bieden)\b",
    re.IGNORECASE,
)
_ASKS_INLINE = re.compile(
    r"^\W*(?:what you(?:['’]ll| will)? bring|what we(?:['’]re| are) looking for|requirements?|you have"
    r"|who you are|your profile|qualifications)\s*:",
    re.IGNORECASE,
)
_DESIRED_PROFILE = re.compile(r"\bdesired\s+(?:candidate|profile|skills|qualifications|experience)\b", re.I)
_MUST = re.compile(
    r"\b(?:mandatory|required|must|essential|excluyente|obrigatório|obligatoire|indispensable)\b", re.I
)


def _is_heading(line: str) -> bool:
    text = line.strip().strip("*_#").strip()
    short = len(text.split()) <= 6 and not text.endswith((".", "!", "?"))
    return bool(text) and not _BULLET.match(line) and short


# A full stop ends a sentence, but not the one inside "B.Sc.", "Ph.D.", "e.g." or "approx." ("B.Sc. in
# Computer Science or equivalent experience" is one requirement).
_SENTENCE_BREAK = re.compile(
    r"(?<!\b[A-Z]\.[A-Z][a-z]\.)(?<![A-Z][a-z]\.[A-Z]\.)(?<!\b[A-Z]\.[A-Z]\.)(?<!\be\.g\.)(?<!\bi\.e\.)"
    r"(?<!\bapprox\.)(?<!\bvs\.)(?<!\bmin\.)(?<!\bmax\.)(?<=[.!?;])\s+"
)


def _sentences(text: str) -> list[str]:
    """The description's sentences and bullets. Under a "Nice to have" (or "Bonus", "Desirable") heading each
    is marked "(nice to have)", so that it reads as preferred wherever it is used, until the next heading."""
    out: list[str] = []
    preferred = False
    # A requirement wrapped onto two lines ("at least 3 of which in the mining or heavy industrial" /
    # "sector - required") is one sentence.
    for line in unwrapped(text):
        if _is_heading(line):
            # "Desired candidate profile" and "Desired skills and experience" head what is required; what
            # "We offer" lists ("certified trainings (ACCA support)") is a perk, asked of no one.
            wish = _PREFERRED.search(line) or _OFFERED.search(line)
            preferred = bool(wish) and not _DESIRED_PROFILE.search(line)
            out.append(line.strip().strip("*_#").strip())
            continue
        # "What you bring: at least 15 years in HR ..." under "What we offer" opens what is asked.
        preferred = preferred and not _ASKS_INLINE.match(line)
        for part in _SENTENCE_BREAK.split(line):
            sentence = _BULLET.sub("", part).strip()
            if sentence:
                marked = preferred and not _PREFERRED.search(sentence) and not _MUST.search(sentence)
                out.append(f"{sentence} (nice to have)" if marked else sentence)
    return out


def _requirement_text(sentence: str) -> str:
    sentence = sentence.strip()
    return sentence if len(sentence) <= 200 else sentence[:197].rstrip() + "..."


# A line that stops mid-phrase: "... with the Institution of", "... Work Licence) -".
_OPEN_END = re.compile(r"(?:\b(?:of|the|and|or|with|for|in|to|a|an|by)|[&,–—-])\s*$", re.IGNORECASE)


def unwrapped(text: str) -> list[str]:
    """The text's lines, with a line that goes on from the one before joined to it (it starts in lower case,
    or the one before stops mid-phrase): "- Chartered with the Institution of" / "Civil Engineers -
    essential" is one requirement, however the ad was pasted."""
    lines: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        goes_on = stripped[:1].islower() or bool(_OPEN_END.search(lines[-1])) if lines else False
        if lines and lines[-1].strip() and stripped and goes_on and not _BULLET.match(line):
            lines[-1] = f"{lines[-1]} {stripped}"
        else:
            lines.append(line)
    return lines


_FAR = 150  # characters: a wish further from what it would qualify is about something else
_LONGEST_WISH = 80  # characters: longer than any wish phrase ("would be a distinct advantage")


def _wish_near(sentence: str, start: int, end: int) -> re.Match[str] | None:
    """The wish word that qualifies the phrase at [start, end): one near it with no "essential" between. In a
    long ad written as one sentence, "... three years in a GMP-regulated pharmaceutical QC laboratory, which
    is essential ..., and experience with sterile products is a plus" wishes only for sterile products."""
    # Only a wish within reach can qualify the phrase: reading the whole of a long sentence for each phrase
    # in it would be quadratic ("experience in " pasted four thousand times).
    reach = _FAR + _LONGEST_WISH
    for wish in _PREFERRED.finditer(sentence, max(0, start - reach), end + reach):
        low, high = (end, wish.start()) if wish.start() >= end else (wish.end(), start)
        if high - low <= _FAR and not _MUST.search(sentence, low, high):
            return wish
    return None


# "Our Employment team acts for ... public sector bodies" says whom the employer serves; "Our ideal
# candidate" is still the candidate.
_ABOUT_EMPLOYER = re.compile(
    # "We are looking for ... who will manage a team of 9" is the hire, not the employer.
    r"\s*(?:our client|(?:we are|we['’]re)(?!\s+(?:looking|seeking|searching|hiring|recruiting)\b)"
    # "We run 5,100 post offices, employ more than 24,000 people": what the employer does, unless the
    # sentence hands some of it to the hire.
    r"|we\s+(?:currently\s+|now\s+)?(?:run|employ|operate|serve|generate|turn\s+over)(?![^.]*\byou)"
    r"|[\w&.-]+(?: [\w&.-]+)? is an?"
    r"|our\s+(?!ideal|successful|perfect|preferred|new|next|future|candidate|hire)\w+)\b",
    re.IGNORECASE,
)
