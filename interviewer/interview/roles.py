"""The role library (`roles/*.yaml`): competencies, usual requirements and a tagged question bank per role."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from string import capwords
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from interviewer.errors import InputError

ROLES_DIR = Path(__file__).resolve().parents[2] / "roles"
# Kept apart from the library (roles/*.yaml) so that it is never offered as a role to pick.
GENERAL_PROFILE = ROLES_DIR / "general" / "general.yaml"
LEADER_PROFILE = ROLES_DIR / "general" / "leader.yaml"
MANAGER_PROFILE = ROLES_DIR / "general" / "manager.yaml"
QuestionKind = Literal["behavioural", "situational", "technical", "motivational", "culture", "closing"]
DegreeLevel = Literal["bachelor", "master", "mba", "phd"]


class Competency(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str
    description: str


class Requirement(BaseModel):
    """One usual requirement of a role; only the fields of its kind are set."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["degree", "years", "team-size", "budget", "industry", "certification", "skill"]
    text: str
    preferred: bool = False
    level: DegreeLevel | None = None
    min_years: int | None = None
    max_years: int | None = None  # the top of a range a description gives ("2-4 years"): a junior seat
    min_people: int | None = None
    min_usd: int | None = None
    names: tuple[str, ...] = ()
    # Industry: every word of the job description's list, known industry or not ("consumer, retail or home
    # categories"); any of them in the resume meets the requirement.
    alternatives: tuple[str, ...] = ()
    # "MBA preferred; required for candidates without P&L experience": preferred, but required of a
    # resume that never mentions these words.
    required_without: tuple[str, ...] = ()


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    kind: QuestionKind
    competency: str | None
    topics: tuple[str, ...]
    text: str
    follow_up: str


class Role(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    title: str
    family: Literal["executive", "individual", "manager"]
    aliases: tuple[str, ...] = ()
    summary: str
    industries_typical: tuple[str, ...] = ()
    competencies: tuple[Competency, ...] = Field(min_length=1)
    requirements: tuple[Requirement, ...] = ()
    questions: tuple[Question, ...] = Field(min_length=1)
    # Set when the user typed a title that is not in the library: the bank of the nearest role is used.
    asked_as: str | None = None
    # Set when no library role is near the title typed ("Staff Pharmacist"): the general profile is used,
    # whose questions fit any job and which has no usual requirements.
    unmatched: bool = False
    # The executive library role a title of lower rank was nearest to ("cfo" for "Finance Manager"), whose
    # bank and usual requirements are not used: the general profile is.
    below: str | None = None

    @model_validator(mode="after")
    def _competencies_exist(self) -> Role:
        known = {c.id for c in self.competencies}
        for question in self.questions:
            if question.competency is not None and question.competency not in known:
                raise ValueError(f"question {question.id} names unknown competency '{question.competency}'")
        return self

    @property
    def display_title(self) -> str:
        return self.asked_as or self.title

    @property
    def names(self) -> tuple[str, ...]:
        """The titles the job goes by: the one typed, and the library role's own unless none was near."""
        if self.unmatched:
            return (self.display_title,)
        return (self.display_title, *self.title.split("/"), *self.aliases)


def _load(path: Path) -> Role:
    try:
        return Role.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"roles/{path.name}: cannot read: {exc}") from None
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(p) for p in problem["loc"])
        raise InputError(f"roles/{path.name}: {where}: {problem['msg']}") from None


@lru_cache(maxsize=4)
def load_roles(directory: Path = ROLES_DIR) -> dict[str, Role]:
    roles = {}
    for path in sorted(directory.glob("*.yaml")):
        role = _load(path)
        if role.id != path.stem:
            raise InputError(f"roles/{path.name}: id '{role.id}' must equal the file name.")
        roles[role.id] = role
    if not roles:
        raise InputError(f"No roles found under {directory}.")
    return roles


# A title that holds an executive's rank, in English and in the languages titles come in (Diretor(a),
# Directora, Directeur, Direktor, Direttore): only such a title is near an executive library role.
EXECUTIVE_RANK = re.compile(
    r"\b(?:chief|head|vp|svp|evp|vice|president|director|c[a-z]o|general manager|managing director"
    r"|diretora?|directora|directeur|directrice|direktor|direttore)\b",
    re.IGNORECASE,
)


# Words of rank rather than function: "Head of Data" is about data, not about being a head.
_RANK_WORDS = frozenset(
    [
        "head",
        "of",
        "chief",
        "vp",
        "svp",
        "evp",
        "vice",
        "president",
        "director",
        "senior",
        "sr",
        "staff",
        "lead",
        "principal",
        "junior",
        "jr",
        "officer",
        "the",
        "and",
        "for",
        "group",
        "global",
        "regional",
        "interim",
        "deputy",
        "associate",
        "assistant",
        "executive",
    ]
)


# "General" names no function on its own: a General Practitioner, a General Counsel or a general labourer is
# not a General Manager. The two words together still are (see _GENERAL_MANAGER).
_GENERIC_TITLE_WORDS = frozenset(
    {
        "manager",
        "management",
        "mgr",
        "supervisor",
        "coordinator",
        "specialist",
        "team",
        "general",
        # "Engineer" names no discipline: a civil engineer is no software engineer.
        "engineer",
    }
)
_GENERAL_MANAGER = re.compile(r"\bgeneral\s+manag", re.IGNORECASE)


def _misspelt(typed: str, name: str) -> float:
    """How alike two spellings are, 0 where their lengths differ by more than a slip of two letters or where
    a word of one is no slip of any word of the other ("operations sales" is not "operations svp")."""
    if abs(len(typed) - len(name)) > 2 or len(typed.split()) != len(name.split()):
        return 0.0
    if not all(max(_alike(w, n) for n in name.split()) >= _SLIP for w in typed.split()):
        return 0.0
    return _alike(typed, name)


_SLIP = 0.75  # two spellings of one word: "manger" and "manager", "sofware" and "software"


def _alike(one: str, other: str) -> float:
    return SequenceMatcher(None, one, other).ratio()


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 1 and w not in _RANK_WORDS}


# "Sales Operations", "Marketing Operations": the operations of a function another library role names, whose
# questions (forecasts and quotas, campaigns and funnels) fit better than a COO's supply chain. Warehouse,
# plant or customer operations stay operations.
_OPERATIONS_OF = re.compile(r"\b([a-z]+)\s+operations\b")


def _function_words(title: str, roles: dict[str, Role]) -> set[str]:
    words = _words(title)
    named = {m.group(1) for m in _OPERATIONS_OF.finditer(title.lower())} - _GENERIC_TITLE_WORDS
    other = {w for r in roles.values() for n in (r.title, *r.aliases) for w in _words(n)} - {"operations"}
    return words - {"operations"} if named & other else words


def resolve_role(name: str, directory: Path = ROLES_DIR) -> Role:
    """A library role by id, title or alias; free text maps to the nearest role, keeping the user's title."""
    wanted = name.strip()
    if not wanted:
        raise InputError("The role is empty; name a role (e.g. 'cfo' or 'VP Operations').")
    if len(wanted) > 120:
        raise InputError("The role name is too long; give a job title of at most 120 characters.")
    roles = load_roles(directory)
    key = wanted.lower()
    for role in roles.values():
        names = {role.id, role.title.lower(), *(a.lower() for a in role.aliases)}
        if key in names:
            return role
    if not re.search(r"[^\W\d_]", wanted):
        raise InputError(f"'{name}' is not a job title; name a role such as 'cfo' or 'product manager'.")
    asked = _function_words(wanted, roles)
    if _GENERAL_MANAGER.search(wanted) and "general-manager" in roles:
        return roles["general-manager"].model_copy(update={"asked_as": wanted})
    if not asked:  # only rank words ("Executive Assistant"): no function to match, so the general profile
        return _general(wanted)
    spelled = " ".join(sorted(asked))

    def shared(other: set[str]) -> float:
        # "Manager" alone does not make a plant manager a sales manager: some word naming the function must.
        both = asked & other
        return len(both) / max(1, len(asked | other)) if both - _GENERIC_TITLE_WORDS else 0.0

    def closeness(role: Role) -> float:
        names = [role.title, *role.aliases]
        overlap = max(shared(_words(n)) for n in names)
        # Spelling is compared on the words that name the function: "plant manager" is not a misspelt
        # "sales manager", though the two strings are alike. A misspelling is about as long as the word it
        # misses: "production" is another word than "product", not a slip of it.
        spelling = max(_misspelt(spelled, " ".join(sorted(_words(n)))) for n in names)
        # Only a role's names place a title, never a word of its summary: "managing risks" made a Chief
        # Risk Officer a project manager, and "prove it worked" an IT manager a product manager.
        return max(overlap, spelling if spelling >= 0.8 else 0.0)

    best = max(roles.values(), key=lambda r: (closeness(r), r.id))
    if closeness(best) < 0.3:
        return _general(wanted)
    # An executive's bank is not near a title of lower rank: an HR Generalist is not asked which people
    # metrics they would put before the board, nor a Junior Financial Analyst how they would raise capital.
    if best.family == "executive" and not EXECUTIVE_RANK.search(wanted):
        return _general(wanted, below=best.id)
    return best.model_copy(update={"asked_as": wanted})


# A school's units: its head of a year, a house or a department still teaches.
SCHOOL_UNITS = r"year|house|department|faculty|subject|section"
# A title that heads a function ("Chief Risk Officer", "Head of Quality", "VP Customer Success", "Director of
# Nursing"), narrower than EXECUTIVE_RANK: a Head Chef, a school's Head of Year and a Funeral Director lead a
# kitchen, a year group or a service, and are asked about that work, not about a leadership team and a board.
_LEADS_A_FUNCTION = re.compile(
    r"\b(?:chief\s+(?:[\w&-]+\s+){1,3}officer|c[a-z]{1,2}o|vp|svp|evp|vice[- ]president|general counsel"
    rf"|head of(?! (?:[\w&]+ ){{0,2}}(?:{SCHOOL_UNITS}|school)\b)"
    r"|(?<!funeral )(?<!casting )(?<!musical )(?<!music )(?<!film )(?<!stage )"
    r"(?:director(?! of photography)|directeur|directrice|directora|diretora?|direktor|direttore))\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=3)
def _profile(path: Path) -> Role:
    return _load(path)


# A manager's rank: "Marketing Manager", "Engineering Team Lead", "Financial Controller".
_MANAGES = re.compile(r"\b(?:manager|mgr|management|lead|leader|head|supervisor|controller)\b", re.IGNORECASE)


def _general(wanted: str, below: str | None = None) -> Role:
    """A title no library role is near: a nurse is asked about nursing work, not about running a P&L; a
    leader (a Chief Risk Officer, a Head of Quality) about leading a function, not about calming a customer;
    a manager in a function the library knows only at an executive's rank (a Marketing Manager, below the
    CMO) about running work and people in it."""
    if _LEADS_A_FUNCTION.search(wanted):
        profile = LEADER_PROFILE
    elif below and _MANAGES.search(wanted):
        profile = MANAGER_PROFILE
    else:
        profile = GENERAL_PROFILE
    return _profile(profile).model_copy(update={"asked_as": wanted, "unmatched": True, "below": below})


def as_typed(role: Role, typed: str) -> Role:
    """A library role matched by one of its other names keeps the name the user typed ("VP Operations" for
    the COO / VP Operations role): the interviewer says the title the candidate is applying for."""
    typed = " ".join(typed.split())
    if role.asked_as or typed.lower() in (role.id, role.title.lower()):
        return role
    return role.model_copy(update={"asked_as": typed if typed != typed.lower() else capwords(typed)})
