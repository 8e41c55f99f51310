"""Whether a resume's degree is in the field a job description requires: "a bachelor's degree in Computer
Science or a related technical field (required)" is not met by a bachelor's in Economics, though the level
is. A description that names no field, only prefers one, or accepts experience instead asks nothing here."""

from __future__ import annotations

import re

from interviewer.interview.degrees import _degrees
from interviewer.interview.profile import Objection
from interviewer.interview.roles import Requirement

# "Degree in ...", and the same in the languages descriptions come in: "Graduação completa em Design",
# "Título de Ingeniero en ...", "Studium der Informatik" is left to the words after "im"/"in".
_FIELD = re.compile(
    r"\b(?:degree|bachelor['’]?s?|master['’]?s?|b\.?\s?sc?\.?|m\.?\s?sc?\.?|ba|ma|diploma|qualification"
    r"|gradua[çc][ãa]o|bacharelado|licenciatura|t[íi]tulo|grado|laurea|diplôme|formation|formaci[óo]n"
    r"|forma[çc][ãa]o|studium|abschluss)"
    r"\s+(?:[\w'’]+\s+){0,2}?(?:in|em|en|im)\s+(?P<fields>[^.;()]+)",
    re.IGNORECASE,
)
_LISTED = re.compile(r"\s*\(([^)]{3,120})\)")
_LEVELS_LISTED = re.compile(
    r"\b(?:b\.?\s?sc|m\.?\s?sc|b\.?a|m\.?a|b\.?s|m\.?s|ph\.?d|hons|b\.?eng|m\.?eng|mba|or|and|equivalent|level)\b\.?",
    re.IGNORECASE,
)
# Fields listed as alternatives, in the languages above: "Design, Ciência da Computação ou Engenharia".
_ALTERNATIVES = re.compile(
    r"\s*(?:,|/|\bor\b|\band\b|\bo\b|\bou\b|\by\b|\be\b|\bet\b|\boder\b|\bund\b)\s*", re.I
)
_RELATED = re.compile(r"\brelated\b|\bsimilar\b|\bafins?\b|\bafines\b|\bconnexes?\b|\bverwandt\w*", re.I)
# Degrees named by their field: a BSN is a bachelor's in nursing.
_NAMED_FIELDS = {"bsn": "nursing", "bscn": "nursing", "msn": "nursing", "beng": "engineering",
                 "meng": "engineering", "bcom": "commerce", "llb": "law", "mbbs": "medicine",
                 "btech": "technology", "bed": "education", "med": "education", "edd": "education",
                 "mba": "business", "bba": "business", "msw": "social", "bsw": "social", "llm": "law",
                 "jd": "law", "pharmd": "pharmacy", "bpharm": "pharmacy", "mph": "health", "bfa": "arts",
                 "mfa": "arts", "barch": "architecture", "bsit": "information technology",
                 "bscs": "computer science", "bsee": "electrical engineering",
                 "bsme": "mechanical engineering", "bsce": "civil engineering",
                 "bsche": "chemical engineering", "bsece": "electronics engineering",
                 "bsie": "industrial engineering", "bscpe": "computer engineering", "bsacc": "accountancy",
                 "bsarch": "architecture"}  # fmt: skip
_GENERIC = {"a", "an", "the", "related", "relevant", "similar", "equivalent", "field", "fields", "discipline",
            "disciplines", "area", "subject", "other", "or", "and", "any", "such", "as", "e", "g", "eg",
            "required", "preferred", "is", "with", "da", "de", "do", "das", "dos", "del", "la", "el",
            "der", "die", "des", "du", "completa", "completo", "superior", "áreas", "área", "areas", "afins",
            "afines", "connexe", "connexes", "obligatoire", "requerido", "requerida", "excluyente",
            "indispensable", "obrigatório", "obrigatória", "erforderlich", "ou", "o", "y", "et"}  # fmt: skip
# "A related technical field": any of these is one.
_TECHNICAL = {"engin", "compu", "scien", "mathe", "physi", "stati", "infor", "techn", "data", "elect",
              "mecha", "softw", "ingen", "datat"}  # fmt: skip
_BROAD = {"techn", "quant", "stem"}


# The same field in the languages degrees come in: Ingenieur, Elektrotechnik, Informatik, informática.
_SAME = {"ingen": "engin", "ing": "engin", "elekt": "elect", "infor": "compu scien", "mecan": "mecha",
         # with their accents: Engenharia Mecânica, Ingeniería Eléctrica, Matemática, Física, Química
         "mecân": "mecha", "eléct": "elect", "elétr": "elect", "matem": "mathe", "físic": "physi",
         "estat": "stati", "estad": "stati", "quími": "chemi life scien",
         "maschi": "mecha", "engen": "engin", "ciênc": "scien", "cienc": "scien", "logis": "suppl chain",
         "gesti": "busin", "gestã": "busin", "finan": "busin", "accou": "busin", "conta": "busin",
         "compt": "busin", "manag": "busin", "comme": "busin", "admin": "busin", "econo": "busin",
         # Biology, chemistry, pharmacology... are life sciences.
         "biolo": "life scien", "bioch": "life scien", "chemi": "life scien", "pharm": "life scien",
         "micro": "life scien", "genet": "life scien", "biote": "life scien",
         "neuro": "life scien",
         # Economics and business in German: Wirtschaftswissenschaften, Betriebswirtschaft, Volkswirtschaft.
         "wirts": "busin", "betri": "busin", "volks": "busin",
         # Marketing in Spanish: Mercadotecnia, Mercadeo.
         "merca": "marke",
         # Law in the languages law degrees come in: Derecho, Direito, Droit, Rechtswissenschaft.
         "derec": "law", "direi": "law", "droit": "law", "recht": "law", "juris": "law",
         # Nursing: Enfermería, Enfermagem, soins infirmiers.
         "enfer": "nursi", "infir": "nursi"}  # fmt: skip


_KIND_OF_DEGREE = re.compile(
    r"\b(?:bachelor|master|doctor|associate)['’]?s?\s+of\s+(?:applied\s+)?(?:science|arts)\b", re.I
)


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    stems = {w[:5] for w in words if w not in _GENERIC and len(w) > 2}
    stems |= {"engin" for w in words if w in ("ing", "eng")}  # Dipl.-Ing., B.Eng.
    # An engineer's degree inside a compound: "Civilingenjör", "Wirtschaftsingenieur", "civilingeniør".
    stems |= {"engin" for w in words if re.search(r"ingenj|ingeni[eø]r", w)}
    stems |= {field for word, fields in _ROOTS.items() if word in text.lower() for field in fields.split()}
    return stems | {same for s in stems if s in _SAME for same in _SAME[s].split()}


# Fields in scripts without word stems of five letters, by the root of their word: "الهندسة الصناعية" is
# industrial engineering.
_ROOTS = {"هندس": "engin", "صناع": "indus", "إدار": "busin", "محاسب": "busin", "الإمداد": "suppl chain",
           # and in Korean, Japanese and Chinese: 신소재공학 and 工学部 are engineering; and in Greek:
           # "Ναυπηγός Μηχανολόγος Μηχανικός" is a naval architect and mechanical engineer.
           "공학": "engin", "工学": "engin", "工程": "engin", "μηχανικ": "engin", "μηχανολόγ": "mecha engin",
           "ναυπηγ": "naval archi marin",
           # Chinese subjects: journalism, communication, marketing, accounting, finance, economics, law,
           # computing, business administration, nursing
           "新闻": "journ", "传播": "commu", "营销": "marke", "会计": "accou busin",
           "金融": "finan busin", "经济": "econo busin", "法学": "law", "计算机": "compu scien",
           "工商管理": "busin", "护理": "nursi"}  # fmt: skip


_SCHOOL = re.compile(r"\s+(?:from|at|with|by|through|obtained|issued)\b", re.IGNORECASE)


_ASKED_WORD = re.compile(r"[\s,;:–-]+(?:is\s+)?(?:required|essential|mandatory|preferred)\s*$", re.IGNORECASE)


def _named(text: str) -> set[str]:
    """The fields of degrees named by them ("LL.B." is law), as stems."""
    plain = text.replace(".", "")
    named = [field for abbr, field in _NAMED_FIELDS.items() if re.search(rf"\b{abbr}\b", plain, re.I)]
    return set().union(*map(_stems, named)) if named else set()


# "M.Tech in Any Specialization, MBA/PGDM in Any Specialization" (India's job boards), "in any discipline".
_ANY_FIELD = re.compile(
    r"\b(?:in\s+)?any\s+(?:speciali[sz]ation|discipline|field|subject|stream|branch)\b", re.IGNORECASE
)


def wanted_fields(requirement: Requirement) -> list[set[str]]:
    """The fields a required degree names, each as the stems of its words ("Computer Science" needs both
    words); an empty list: any field will do."""
    text = requirement.text
    if _ANY_FIELD.search(text):
        return []
    named = [{stem} for stem in _named(text)]
    m = _FIELD.search(text)
    # "Mechanical Engineering from an ABET-accredited program": the field ends where the school begins.
    named_fields = _SCHOOL.split(m.group("fields"))[0] if m else ""
    # "Health Sciences (Pharmacy, Biology, Medicine, Nursing or similar)": the brackets list its fields.
    listed = _LISTED.match(text, m.end()) if m else None
    # "(BSc or MSc)" lists levels, not fields.
    if listed and re.search(r"[^\W\d_]{3,}", _LEVELS_LISTED.sub(" ", listed.group(1))):
        named_fields += f", {listed.group(1)}"
    phrases = _ALTERNATIVES.split(named_fields) if m else []
    fields = [stems for phrase in phrases if (stems := _stems(phrase))] + named
    every = set().union(*fields) if fields else set()
    related = bool(m and _RELATED.search(m.group("fields")))
    # "A related technical field", or a technical field "or related": any technical degree is one.
    if every & _BROAD or (related and every & _TECHNICAL):
        fields += [{stem} for stem in _TECHNICAL]
    if "quant" in every:  # a quantitative discipline: economics, finance, analytics and actuarial work too
        fields += [{"econo"}, {"finan"}, {"analy"}, {"actua"}]
    return fields


# "BA (Hons) Culinary Arts - Dublin Institute of Technology": the school's name is no field of study, but
# "School of Computing" or "Faculty of Law" names one.
_PARTS = re.compile(r"\s+[—–-]\s+|\s*[,|\t]\s*|\s+at\s+")
_SCHOOL_NAME = re.compile(
    r"\b(?:university|universit[éäà]t?|universidad|universidade|college|institute|institut|polytechnic"
    r"|academy|hochschule|escola|escuela|école)\b",
    re.IGNORECASE,
)
_NAMES_A_FIELD = re.compile(r"\b(?:school|faculty|department|college) of\b", re.IGNORECASE)


def _without_school(line: str) -> str:
    parts = _PARTS.split(line)
    kept = [p for p in parts if not _SCHOOL_NAME.search(p) or _NAMES_A_FIELD.search(p)]
    return " ".join(kept)


_COLUMN_GAP = re.compile(r"\s{3,}|\t")


def _with_its_end(lines: list[str], number: int) -> str:
    """A degree's line, with the end its column wrapped onto the next line ("B.Sc. Industrial & Systems"
    over "Engineering, King Fahd University   - Local purchasing ..."): the degree's own cell, where the
    line names no school and the next opens in capitals with no degree of its own."""
    line = lines[number]
    cell = _COLUMN_GAP.split(line.strip())[0]
    below = _COLUMN_GAP.split(lines[number + 1].strip())[0] if number + 1 < len(lines) else ""
    if _SCHOOL_NAME.search(cell) or "," in cell or not below[:1].isupper() or _degrees(below):
        return line
    return f"{line}, {below}"


def field_objection(requirement: Requirement, described: bool, resume: str) -> Objection | None:
    """The degree the description requires is at the resume's level but in another field."""
    if not described or requirement.preferred:
        return None
    fields = wanted_fields(requirement)
    if not fields:
        return None
    every = resume.splitlines()
    found = [
        n for n, line in enumerate(every) if _degrees(line) or re.search(r"\b(?:BSc?N|BEng|BCom)\b", line)
    ]
    if not found:
        return None
    lines = [_with_its_end(every, n) for n in found]
    # "Bachelor of Science in Nursing" is a nursing degree: the kind of degree names no field.
    held = set().union(*(_stems(_KIND_OF_DEGREE.sub(" ", _without_school(line))) for line in lines))
    held |= set().union(*(_named(line) for line in lines))

    # "Hotel management" is met by "Gestão Hoteleira": each word, or the field it is a word for, is held.
    def met(stem: str) -> bool:
        return stem in held or (stem in _SAME and set(_SAME[stem].split()) <= held)

    if any(all(met(stem) for stem in f) for f in fields):
        return None
    asked = _FIELD.search(requirement.text)
    field = _ASKED_WORD.sub("", asked.group("fields")) if asked else ""
    what = f"a degree in {field.strip()}" if asked else requirement.text
    shown = next((line for line in lines if _degrees(line)), lines[0]).strip()[:80]
    evidence = f"The job description asks for {what}; the resume's degree is in another field ({shown})."
    return Objection(topic="objection:degree", evidence=evidence, requirement=requirement.text)
