"""Relocation: the job is done on site (or hybrid) somewhere the candidate does not live, and the resume
says nothing about moving. Where both places are cities the table knows (with their suburbs), they are
compared; where not, their countries; where the job's place is one the table does not know at all, its
name must at least appear somewhere in the resume."""

from __future__ import annotations

import re

from interviewer.interview.dates import _RANGE, _parse_date, has_closed_range
from interviewer.interview.gazetteer import (
    COMMUTE_KM,
    Town,
    country_code,
    distance_km,
    home_towns,
    job_towns,
    names_a_town,
)
from interviewer.interview.headings import _heading_kind
from interviewer.interview.job_location import office_days, says_remote
from interviewer.interview.places import _CITY_PATTERNS, _cities_in, countries_in, state_code, us_state
from interviewer.interview.profile import Objection
from interviewer.interview.requirements import JobRequirements
from interviewer.interview.resume_facts import _lines

# "Relocating to Basel in January", "willing to relocate", "open to relocation", in a few languages. Only
# the candidate's own move counts: "relocated the warehouse to Leeds" says nothing about where they will live.
_MOVING = re.compile(
    r"\brelocating(?!\s+(?:the|our|a|an|its|their|\d)\b)|\brelocat(?:e|ion)\s+(?:to|in)\b"
    r"|\b(?:willing|ready|open|able|happy|available|prepared|planning|plan|intend\w*|looking|will|can)"
    r"\s+(?:to\s+|for\s+)?relocat\w*|\brelocation\s*(?:[:(–-]\s*)?(?:yes|open|possible|welcome|ok)\b"
    # "moving to Wrocław", "moving to the area"; "moving to quarterly contracts" is no move of house
    r"|\bmoving to\s+(?:the\s+)?(?-i:[A-ZÀ-Þ])|\bmoving to the (?:area|region|city)\b"
    r"|\bwilling to move\b|\b(?:will|shall|going to|plan to|intend to)\s+move\s+to\b"
    r"|\bopen to (?:moving|relocation)\b|\bdéménage\w*"
    r"|\bumzug\w*|\bumzugsbereit\b|\bdisponibilidad (?:para|de) (?:mudanza|traslado)\b|\bmudan[çc]a\b"
    # "Available to join on work visa (Qatar / UAE / KSA)": one who applies abroad to move there.
    r"|\bavailable to join on (?:an? )?(?:work|employment) visa\b"
    # "已计划迁居深圳", "大阪へ転居予定", "서울로 이사 예정": a move in Chinese, Japanese or Korean
    r"|迁居|移居|搬家|转居|転居|引っ越|이사 ?예정|이주 ?예정"
    # and in other languages: "Akan pindah ke Surabaya", "me mudo a Madrid", "mi trasferirò a Milano"
    r"|\b(?:akan pindah|pindah ke|bersedia (?:pindah|ditempatkan|relokasi)|relokasi)\b"
    r"|\b(?:me mudo|mudarme|me trasladar[ée]|trasladarme|me mudar[ée])\b|\b(?:trasferirmi|mi trasferir[òo])\b"
    r"|\bdisponibilit[àa] al trasferimento\b|\b(?:vou me mudar|me mudarei|mudar-me)\b"
    r"|\b(?:verhuis|verhuizen naar)\b|\b(?:flytter|flyttar) till?\b|\bprzeprowadz\w*"
    # Romanian: "Relocare la Brașov din septembrie 2025", "mă mut în Cluj"
    r"|\brelocare (?:la|în)\b|\bm[ăa] mut\b",
    re.IGNORECASE,
)
# A description that flies or drives its people to the site, says they need not live near it, or hires
# from abroad and moves them.
_NO_MOVE = re.compile(
    r"\bFIFO\b|\bfly[- ]in[,/ ]*fly[- ]out\b|\bDIDO\b|\bdrive[- ]in[,/ ]*drive[- ]out\b|\btraslado a[ée]reo\b"
    r"|\bno se requiere residir\b|\brelocation (?:is )?not (?:required|needed)\b"
    r"|\bno need to (?:relocate|move)\b"
    # "Overseas candidates welcome - employment visa, air ticket, accommodation ... provided"
    r"|\b(?:overseas|international) (?:candidates|applicants) (?:are )?welcome\b"
    r"|\b(?:turnos?|roster|rotation|sistema de turnos?)\s+(?:de\s+)?\d{1,2}\s?x\s?\d{1,2}\b"
    # "Roster: 8 weeks on / 2 weeks off. Point of hire: Jakarta": flown in from where people live.
    r"|\b\d{1,2}\s+(?:weeks?|days?)\s+on\s*[/,]\s*\d{1,2}\s+(?:weeks?|days?)\s+off\b|\bpoints? of hire\b",
    re.IGNORECASE,
)
# Words around a place that are not its name: "Gambela Field Office (on-site)".
_NOT_PLACE = {"location", "office", "offices", "field", "site", "on-site", "onsite", "hybrid", "headquarters",
              "head", "based", "days", "week", "full-time", "position", "role", "residential", "regional",
              "city", "area", "region", "north", "south", "east", "west", "central", "greater", "metro",
              "plant", "campus", "store", "hospital", "centre", "center", "warehouse", "ubicación", "park",
              "green", "business", "lane", "street", "road", "avenue", "square", "tower", "plaza", "dock",
              "wharf", "estate", "our", "college", "university", "graduate",
              "standort", "lieu", "sede", "modelo", "trabalho", "presencial", "jobsite"}  # fmt: skip


_LIVES = re.compile(
    r"[\s*_•-]*(?:based in|location|lives in|living in|residing in|resident (?:of|in)|address|wohnhaft in"
    r"|wohnort|domicilio|résidence|residência|dirección|direccion|endereço|indirizzo|adres"
    r"|주소|住所|地址|现住址)(?:\b|(?=\s*:))",
    re.IGNORECASE,
)


def _says_moving(resume: str) -> bool:
    """Whether the resume says the candidate will move: a move dated as past, its dates before it, is no
    plan ("Ready to move to the Netherlands (lived there 2013-2016)" still is)."""
    for line in resume.splitlines():
        if (m := _MOVING.search(line)) and not has_closed_range(line[: m.start()]):
            return True
    return False


_CONTACT_HEAD = re.compile(
    r"\b(?:contact|personal|persönlich\w*|details|daten|kontakt|datos|coordonn[ée]es|dados)\b", re.IGNORECASE
)


def _where_now(resume: str) -> str:
    """The lines of the post held now ("PT Graha Data Nusantara — Jakarta | 2021/12 – present"), without its
    dates: for a resume whose letterhead names no place, where someone works now is where they live."""
    lines = [line for line in _lines(resume) if line]
    for n, line in enumerate(lines):
        if (m := _RANGE.search(line)) and _parse_date(m.group("end")) is None:
            # The line above names the employer in some layouts; the first line is the name ("Sydney Carter").
            return _without_links("\n".join([*lines[max(1, n - 1) : n], line[: m.start()] + line[m.end() :]]))
    return ""


_GREETING = re.compile(
    r"^(?:dear|hello|hi|hej|estimad[oa]s?|sehr geehrte|liebe|bonjour|madame|monsieur|gentile|geachte"
    r"|szanown\w*|vážen\w*|kære|kjære|bästa|prezad\w*)\b",
    re.IGNORECASE,
)


# The name stays capitalised: "I am responsible for ..." introduces no one.
_INTRODUCED = re.compile(r"\b(?i:I['’]m|I am|my name is|name\s*:)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}")


def _contact(resume: str) -> str:
    """The resume's first lines, where people say where they live, without the name, mail and links."""
    lines = [line for line in _lines(resume) if line]
    top = lines[:5]
    # "## Profile" ends the letterhead: "first in a Helsinki business law firm" below it is a career.
    # A letter's greeting ends it too: "your Stockholm branch" in the letter below is the employer's place.
    ends = [
        n
        for n, line in enumerate(top)
        if n and (_heading_kind(line) and not _CONTACT_HEAD.search(line) or _GREETING.match(line))
    ]
    top = top[: ends[0]] if ends else top
    # A first-person profile ("I'm Sofia Lindqvist, an operations leader based in Gothenburg"): the name
    # it introduces is no town.
    top = [_INTRODUCED.sub(" ", line) for line in top]
    if top:
        # The first segment of the first line is usually the name, and "Sydney" or "Austin" can be one.
        parts = re.split(r"\s*[|•·,–—]\s*|\s+-\s+", top[0], maxsplit=1)
        top[0] = parts[1] if len(parts) > 1 else ""
    # "Based in Cork, Ireland" on the last line says it as plainly as a letterhead.
    top += [line for line in lines[len(top) :] if _LIVES.match(line)]
    return _without_links("\n".join([*top, *_mailed_letterhead(top, lines), *_linkedin_place(lines)]))


def _mailed_letterhead(top: list[str], lines: list[str]) -> list[str]:
    """A resume pasted into an email ("Dear Ms. Sravani, ... pasted below") has its letterhead below the
    greeting: the first line there with the candidate's mail address, where the top has none."""
    if any("@" in line for line in top):
        return []
    return next(([line] for line in lines[len(top) : 30] if "@" in line), [])


_LINKEDIN_TOP = re.compile(r"\(LinkedIn\)|^Top Skills$")
_LINKEDIN_BODY = re.compile(r"^(?:Summary|Experience)$")


def _linkedin_place(lines: list[str]) -> list[str]:
    """LinkedIn's "Save to PDF" sets contact details and skills in a sidebar read first; the name, headline
    and place ("Oranmore, County Galway, Ireland") come after it, on the line above "Summary"."""
    if not any(_LINKEDIN_TOP.search(line) for line in lines[:8]):
        return []
    body = next((n for n, line in enumerate(lines[:60]) if _LINKEDIN_BODY.match(line.strip())), 0)
    return [lines[body - 1]] if body else []


def _without_links(text: str) -> str:
    """ "sydney@example.com" or "www.paris-design.com" say nothing about where someone lives."""
    return re.sub(
        r"[^\s@]{1,80}@\S*|\bhttps?://\S*|\bwww\.\S*|(?<!\S)\S{1,80}\.(?:com|org|net|io|dev|me)\b\S*",
        " ",
        text,
    )


def _place_name(place: str) -> str | None:
    """The first word of a place that names it ("Kathu, Northern Cape (residential)" gives Kathu); a
    count of things ("9 ICBs covering 4 million patients") is no place."""
    if re.match(r"\s*\d", place):
        return None
    for word in re.findall(r"\b[A-ZÀ-Ý][\wÀ-ÿ'-]{3,}", place):
        if word.lower() not in _NOT_PLACE:
            return re.sub(r"'s$", "", word)  # "in Cancún's hotel zone" is in Cancún
    return None


# Metro areas that straddle a state line: New York, Washington, Philadelphia, Kansas City, Portland, Boston,
# Cincinnati, Chattanooga, St. Louis, Chicago. Two states of one group may be a commute.
_ACROSS_A_LINE = [
    {"NY", "NJ", "CT", "PA"}, {"DC", "MD", "VA", "WV"}, {"PA", "NJ", "DE", "MD"}, {"MO", "KS", "IL"},
    {"OR", "WA"}, {"MA", "NH", "RI"}, {"OH", "KY", "IN"}, {"TN", "GA"}, {"IL", "IN", "WI"},
]  # fmt: skip


def _states_apart(place: str, contact: str) -> tuple[str, str] | None:
    """A US job and a US home in states no commute joins ("Phoenix, AZ" and "Towson, MD 21286"): the two
    places as written, or None."""
    job, home = us_state(place), us_state(contact)
    if job is None or home is None or state_code(job) == state_code(home):
        return None
    if any({state_code(job), state_code(home)} <= group for group in _ACROSS_A_LINE):
        return None

    def written(text: str, m: re.Match[str]) -> str:
        before = re.split(r"[|•·\n(]", text[: m.start()])[-1].strip(" ,")
        return f"{before.split(',')[-1].strip()}, {m['code'] or m['name']}".strip(", ")

    return written(place, job), written(contact, home)


def _objection(place: str, lives: str, requirement: str | None, resume: str, km: float = 0.0) -> Objection:
    away = f" (about {round(km, -1):.0f} km apart)" if km else ""
    evidence = (
        f"The job description places the role in {place}; the resume gives {lives} as the candidate's "
        f"location{away}."
    )
    # The resume's own line that says where the candidate lives, cited beside the description's.
    lines = [line for line in _lines(resume) if line]
    where = lines[:5] + [ln for ln in lines[5:] if _LIVES.match(ln)]
    said = [
        ln.strip()
        for ln in where
        if lives in _cities_in(ln) or lives in countries_in(ln) or re.search(rf"\b{re.escape(lives)}\b", ln)
    ]
    return Objection(
        topic="objection:relocation", evidence=evidence, requirement=requirement, resume_lines=tuple(said[:1])
    )


def _towns_apart(
    place: str, city: str | None, contact: str, job_description: str
) -> tuple[Town, Town, float] | None:
    """The job's town, the candidate's and the distance between them, where the gazetteer places both."""
    jobs = job_towns(place, contact, job_description) or (job_towns(city, contact) if city else [])
    anchors = [town for known in _cities_in(contact) for town in job_towns(known)[:1]]
    apart = [
        (job, home, distance_km(job, home)) for job in jobs for home in home_towns(contact, job, anchors)
    ]
    # The nearest reading: a contact line naming a district and its city ("Nasr City, Cairo") lives there.
    return min(apart, key=lambda found: found[2], default=None)


_CITY_STATES = {"Singapore", "Hong Kong", "Luxembourg", "Monaco", "Macau"}


def relocation_objection(
    described: JobRequirements | None, resume: str, job_description: str = ""
) -> Objection | None:
    """A job's place the candidate does not live near; for a hybrid job, said as the office days it asks
    for, since a hybrid week can be a long commute as well as a move."""
    found = _relocation(described, resume, job_description)
    days = office_days(job_description)
    if found is None or days is None:
        return found
    evidence = re.sub(r"(places the role in [^;]+?);", rf"\1, {days};", found.evidence, count=1)
    return found.model_copy(update={"evidence": evidence})


def _relocation(
    described: JobRequirements | None, resume: str, job_description: str = ""
) -> Objection | None:
    if described is None or not (described.location or described.location_text):
        return None
    if _NO_MOVE.search(job_description):
        return None
    place = described.location_text or described.location or ""
    if _says_moving(resume):
        return None
    contact = _contact(resume)
    if not names_a_town(contact) and not countries_in(contact):
        contact += "\n" + _where_now(resume)
    if says_remote(place):
        # Remote, unless regular days at an office in another country are asked for.
        abroad = _office_abroad(job_description, contact)
        return _objection(abroad[0], abroad[1], described.location_text, resume) if abroad else None
    city = described.location
    # "London, Manchester, Sheffield ... (hybrid)": living in any one of them will do.
    if city is not None and any(_CITY_PATTERNS[c].search(contact) for c in {city, *_cities_in(place)}):
        return None  # lives there, or in one of its suburbs
    if (apart := _towns_apart(place, city, contact, job_description)) is not None:
        there, here, km = apart
        if km <= COMMUTE_KM:
            return None
        # Named as the tables name them where they can ("Madrid", not its district "Chamberí").
        known = [c for c in _cities_in(contact) if c != city]
        return _objection(
            city or there.name, known[0] if known else here.name, described.location_text, resume, km
        )
    if city is not None:
        elsewhere = [c for c in _cities_in(contact) if c != city]
        if elsewhere:
            return _objection(city, elsewhere[0], described.location_text, resume)
    if (states := _states_apart(place, contact)) is not None:
        return _objection(*states, described.location_text, resume)
    # "TriPoint Digital Services - Durham, NC" for a candidate in Raleigh, NC: one state, and a town the
    # tables do not place, says nothing either way.
    job_state, home_state = us_state(place), us_state(contact)
    if city is None and job_state and home_state and state_code(job_state) == state_code(home_state):
        return None
    wanted, lives = countries_in(place), countries_in(contact)
    if wanted and lives:
        where = place.split(" — ")[0].strip()
        return None if wanted[0] in lives else _objection(where, lives[0], place, resume)
    name = city or _place_name(place)
    home = _cities_in(contact) or lives
    # "Working Location: Jurong" for a candidate in Singapore: a district the tables lack, in a city-state
    # the description itself names, is a commute.
    if home and home[0] in _CITY_STATES and re.search(rf"\b{re.escape(home[0])}\b", job_description):
        return None
    if name and home and not re.search(rf"\b{re.escape(name)}\b", resume, re.IGNORECASE):
        if _same_region(place, contact) or _maybe_near(place, lives, contact, job_description):
            return None
        return _objection(name, home[0], described.location_text, resume)
    return None


# "Remote-first ... but at least 8 working days every month at our regional office in KAFD, Riyadh": regular
# presence at an office. In the candidate's country it is a trip; in another it is a move.
_REGULAR_PRESENCE = re.compile(
    r"\b(?:\d+|one|two|three|four|a)\s+(?:working\s+|full\s+)?(?:days?|weeks?)\s+"
    r"(?:(?:of\s+)?every|a|per|each|of each)\s+(?:week|month|quarter)\b",
    re.IGNORECASE,
)


def _cities_named(text: str, contact: str) -> list[Town]:
    """The cities (100,000 people or more) a few words of a description name, one name at a time."""
    names = re.findall(r"(?<![\w'’-])[A-Z][a-z][\w'’-]+(?:\s+[A-Z][a-z][\w'’-]+)?", text)
    return [town for name in names for town in job_towns(name, contact) if town.population >= 100_000]


def _office_abroad(job_description: str, contact: str) -> tuple[str, str] | None:
    """The town of an office a remote ad asks the candidate to be at regularly, and the candidate's country,
    where the tables place the office in another country than the resume places the candidate."""
    lives = countries_in(contact)
    home = country_code(lives[0]) if lives else None
    if home is None:
        return None
    for asked in _REGULAR_PRESENCE.finditer(job_description):
        line_start = job_description.rfind("\n", 0, asked.start()) + 1
        line_end = job_description.find("\n", asked.end())
        # The office is named just before the days asked ("in our Gaborone office at least 1 week every
        # month") or just after them ("8 working days every month at our office in KAFD, Riyadh").
        before = job_description[line_start : asked.start()]
        after = job_description[asked.end() : line_end if line_end >= 0 else None]
        # Or earlier in its sentence: "Our pilot lines are in Eindhoven, and the manager is expected on site
        # there for a minimum of 8 working days per month".
        sentence = re.split(r"[.!?]\s", before)[-1][-200:]
        towns = (
            _cities_named(before[-60:], contact)
            or _cities_named(after[:60], contact)
            or _cities_named(sentence, contact)
        )
        if towns and all(town.country != home for town in towns):
            return towns[0].name, lives[0]
        # A city that is its country ("in our Singapore office two days a week") is named as the country.
        named = [] if towns else countries_in(before[-60:]) or countries_in(after[:60])
        if named and all(country_code(name) != home for name in named):
            return named[0], lives[0]
    return None


def _maybe_near(place: str, lives: list[str], contact: str, job_description: str) -> bool:
    """A town the tables do not place ("Caesarea Business Park"), for a candidate they place only in a
    country: the job may well be in that country, unless the description names others only. A town they
    do place ("Lyon") in another country is a move."""
    if not lives or _cities_in(contact) or names_a_town(contact):
        return False
    if towns := job_towns(place, contact, job_description):
        return any(t.country == country_code(lives[0]) for t in towns)
    named = countries_in(job_description)
    return not named or lives[0] in named


def _same_region(place: str, contact: str) -> bool:
    """A town the tables do not place, in the province the candidate lives in ("site office in
    Gwangmyeong-si, Gyeonggi-do" for a candidate in "Seongnam-si, Gyeonggi-do"): one region says nothing
    either way, as one US state does."""
    regions = [part.strip(" .;:") for part in re.split(r",|\s[—–|(]\s?", place)[1:]]
    return any(
        re.fullmatch(r"[A-ZÀ-Ý][\wÀ-ÿ'-]{3,}(?: [A-ZÀ-Ý][\wÀ-ÿ'-]+)?", region)
        and re.search(rf"(?<!\w){re.escape(region)}(?!\w)", contact)
        for region in regions
    )
