"""Where a job description puts the work: a "Location:" line, "based in ...", "on site in ...", or a city
(or a town and its US state) in the first lines of a description that says the work is on site."""

from __future__ import annotations

import re

from interviewer.interview.gazetteer import job_towns
from interviewer.interview.places import _cities_in, us_state

_LOCATION_CONTEXT = tuple(
    re.compile(p, re.IGNORECASE | re.MULTILINE)
    for p in (
        r"\b(?:(?:job\s+|work\s+|office\s+)?location|centre|center|duty station|place of work|ubicaci[oó]n"
        r"|localizaci[oó]n|lieu|standort|arbeitsort"
        r"|localidade|local de trabalho|sede|lokalizacja|plaats|(?-i:^\W*Local)"
        # "Standplaats: Apeldoorn", "Base: Lagos", "Nơi làm việc: ...", "Çalışma yeri: ...", "Lokasi: ..."
        r"|standplaats|werklocatie|werkplek|base|nơi làm việc|địa điểm làm việc|çalışma yeri|iş yeri"
        r"|lokasi(?: kerja)?|penempatan|arbetsort|arbetsplats|placering|luogo di lavoro|sede di lavoro"
        r"|miejsce pracy"
        # Danish and Norwegian "Arbejdssted: vores fabrik i Silkeborg", Finnish "Sijainti: Tampere"
        r"|arbejdssted|arbeidssted|tjenestested|arbejdsplads|arbeidsplass|sijainti|työpaikka|toimipiste"
        # a recruiter's message in fragments: "where: Córdoba capital, industrial zone off Ruta 9"
        r"|(?-i:^\W*where))"
        # (the mark on the label's own line: "Operations Control Centre" over "- Monitor the network" is none)
        # ("contact center-funktion": a dash with no space beside it joins a compound, and is no label's)
        r"(?:[ \t]*[*_]*[ \t]*[:：]|[ \t]*[*_]*[ \t]+[\-–—]|[*_]*[\-–—][ \t])\s*(?P<x>[^;\n]+)",
        # "근무지: 서울특별시 강남구", "勤務地：東京都千代田区" (a label that runs into the place)
        r"(?:근무지|근무 ?장소|勤務地|勤務場所|就業場所|工作地点)\s*[:：]?\s*(?P<x>[^;\n]+)",
        # "Arbeitsort direkt am Betrieb in Freistadt"
        r"\b(?:arbeitsort|dienstort|einsatzort|place of work|workplace)\b[^:\n]{0,30}?\b(?:in|im|at|en|à)\s+"
        r"(?P<x>[^.;,\n]{2,60}(?!\w))",
        # ("based at either of the Agency's two offices, Athens (Marousi) or Thessaloniki (Pylaia)": a longer
        # reach than other labels, for the places it lists)
        r"\b(?:based|located)\s+(?:in|at|out of|from)\s+(?:our\s+|the\s+)?(?P<x>[^.;\n]{2,100}(?!\w))",
        # Danish, Norwegian, Swedish "kontoret i Aarhus", "Vores kontor ligger i Aarhus N"; Romanian "la
        # redacția din Cluj-Napoca", "la biroul din Iași" (a "sediul", the head office, may be only visited)
        r"\b(?:kontoret|kontor|kontoret vårt)\s+(?:ligger\s+)?i\s+(?P<x>[^.;,\n]{2,60}(?!\w))",
        r"\b(?:redacți[ae]|biroul)\s+(?:nostru\s+)?din\s+(?P<x>[^.;,\n]{2,60}(?!\w))",
        # Indonesian: "Penempatan di Cikarang", "ditempatkan di Surabaya"
        r"\b(?:penempatan|ditempatkan|lokasi kerja)\s+di\s+(?P<x>[^.;,\n]{2,60}(?!\w))",
        # "Base en Valencia, con desplazamientos diarios", "ubicado en Monterrey"
        r"\b(?:base|basad[oa]|ubicad[oa]|situad[oa])\s+en\s+(?P<x>[^.;,·\n]{2,60}(?!\w))",
        r"\b(?:on-?site|in[- ]office|in[- ]person|hybrid)\s+(?:role\s+|position\s+)?(?:in|at|from)\s+"
        r"(?:our\s+|the\s+)?(?P<x>[^.;\n]{2,60}(?!\w))",
        # "Office in San Pedro Garza García, Monterrey. We work in the office 4 days a week"
        r"^\W*(?:our\s+)?(?:head\s+)?(?:office|offices|headquarters|HQ)\s+(?:is\s+|are\s+)?(?:in|at)\s+"
        r"(?P<x>[^.;\n]{2,60}(?!\w))",
        # "Residir en Guadalajara o zona metropolitana", "must live in or near Leeds"
        # "Wohnort im Vertriebsgebiet (Raum München/Augsburg) – Voraussetzung"
        r"\b(?:residir|vivir|wohnhaft|wohnort|résider|reside|must live|live)\s+"
        r"(?:in or near|en|in|im|à|a|near)\s+"
        r"(?P<x>[^.;\n]{2,60}(?!\w))",
    )
)
_REPORTS = re.compile(r"\breport(?:s|ing)?\s+(?:directly\s+)?(?:in)?to\b", re.IGNORECASE)
_ON_SITE = re.compile(
    r"\b(?:on[- ]?site|hybrid|ibrido|híbrido|hybride|in[- ]person|headquarters|hq|office|ufficio|residential"
    r"|presencial|escritório|oficina"
    r"|bureau|büro|vor ort|in sede|kantoor|na místě|på kontoret|på stedet)\b",
    re.IGNORECASE,
)
# Said anywhere in a description, the work is done on site: "Schedule: full-time, on-site Monday–Friday",
# "Hybrides Arbeiten: 3 Tage pro Woche vor Ort in München". Narrower than `_ON_SITE`, whose "office" is
# too common further down an ad ("back office", "Microsoft Office").
_ON_SITE_BELOW = re.compile(
    r"\b(?:on[- ]?site|hybrid|hybrides?|ibrido|híbrido|in[- ]office|in[- ]person|vor ort|presencial"
    r"|sur site|présentiel|on[- ]campus|at the (?:school )?campus|yüz yüze|kampüste|ofisten|op locatie)\b",
    re.IGNORECASE,
)
_WORKPLACE = re.compile(
    r"\b(?:on[- ]?site|office|ufficio|hybrid|ibrido|híbrido|hybride|in[- ]person|headquarters|hq|based"
    r"|presencial)\b|\s[—–-]\s"
    # A job board's header, "Brenninger GmbH · Unterschleißheim bei München · Vollzeit · unbefristet": a town
    # beside the kind of contract is where the job is.
    r"|\b(?:full[- ]time|part[- ]time|permanent|vollzeit|teilzeit|unbefristet|tiempo completo|indefinido"
    r"|temps plein|cdi|tempo integral|tempo pieno|voltijd|pe[łl]ny etat|tam zamanl[ıi]|plný úvazek"
    r"|heltid|fuldtid)\b",
    re.IGNORECASE,
)


# "We're remote-first within the UK ... travel to our London office about once a month": a trip, not a
# commute, so an office named later in the ad is no place to live near.
_REMOTE_FIRST = re.compile(
    r"\b(?:remote[- ]first|fully remote|full remote|100\s?%\s?remote|remote[- ]only|work from anywhere"
    # "100% remoto desde cualquier ciudad de Colombia", "trabajo totalmente remoto", "100 % télétravail"
    r"|100\s?%\s?(?:remot[oa]|t[ée]l[ée]travail|zdaln\w*|home[- ]?office)"
    r"|(?:totalmente|completamente|integralmente) remot[oa]|(?:vollständig|komplett) remote)(?!\w)",
    re.IGNORECASE,
)


# "Remote", but not "not remote" or "no remote work".
_REMOTE_WORD = re.compile(r"(?<!not )(?<!no )\bremote\b", re.IGNORECASE)


# "Airport City, Accra (hybrid: in the office Tuesday to Thursday, remote Monday and Friday)": days at the
# office each week are a commute, though the other days are remote.
_OFFICE_DAYS = re.compile(r"\b(?:hybrid|hybride|híbrido|ibrido|in the office|in[- ]office)\b", re.IGNORECASE)


def says_remote(text: str) -> bool:
    """Whether the words say the work is done remotely: the word itself, or the ways and languages ads say
    it in ("100% remoto", "100 % télétravail"), and not as the other days of a hybrid week."""
    if _REMOTE_FIRST.search(text):
        return True
    return bool(_REMOTE_WORD.search(text)) and not _OFFICE_DAYS.search(text)


_DENIED = re.compile(r"\b(?:not|no|never|cannot)\b|n['’]t\b", re.IGNORECASE)


def _sentence_around(text: str, start: int, end: int) -> str:
    # Found by hand rather than by "[^.]*" around the match, which a long line makes quadratic.
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(".", end), text.find("\n", end)) if i != -1]
    return text[left : min(stops, default=len(text))].strip()


# "Ringaskiddy, Co. Cork", "phường Bình Hòa, TP. Hồ Chí Minh", "ul. Joannitów 13, Wrocław", "Bd. Dacia 140",
# "Jl. Jend. Sudirman Kav. 44": a county's, a saint's, a city's or a street's abbreviation ends no sentence.
_ABBREVIATION = re.compile(r"(?:^|(?<=\W))(?:ul|al|pl|av|str|no|nr|[A-Z][A-Za-z]{0,3})$")


def _first_sentence(text: str) -> str:
    for stop in re.finditer(r"\.(?:\s|$)", text):
        word = text[: stop.start()].rsplit(None, 1)[-1] if text[: stop.start()].strip() else ""
        # A short word that is a city's name ("Oslo. Hybrid") ends the sentence all the same.
        if stop.end() == len(text) or not _ABBREVIATION.search(word) or _cities_in(word):
            return text[: stop.start()]
    return text


def job_location(text: str) -> tuple[str | None, str | None]:
    for remote in _REMOTE_FIRST.finditer(text):
        # "We do not offer fully remote contracts for it" asks for the office.
        if not _DENIED.search(text[max(0, remote.start() - 30) : remote.start()]):
            return None, _sentence_around(text, remote.start(), remote.end())
    # "Account Executive (Remote - Midwest)": a title that says remote outweighs a region to live in.
    title = next((line for line in text.splitlines() if line.strip()), "")
    if ":" not in title and _REMOTE_WORD.search(title):
        return None, title.strip(" *_#")
    for rx in _LOCATION_CONTEXT:
        for m in rx.finditer(text):
            # "Report to Regional Business Head - Europe (based in Dubai)": where the manager sits.
            if _REPORTS.search(text[text.rfind("\n", 0, m.start()) + 1 : m.start()]):
                continue
            place = _first_sentence(m.group("x")).strip(" *_")
            if _REMOTE_WORD.search(place):
                return None, place  # "London or remote" does not ask anyone to move
            cities = _cities_in(place)
            # "basada en hojas de trabajo individuales", "based in a fast-paced team": words all in lower
            # case that name no city are no place ("site office in Yeosu-si" names one the tables lack).
            if not cities and place.islower():
                continue
            # A place this table has no city for is kept by its words ("Gambela Field Office").
            return (cities[0] if cities else None), place
    # A heading line such as "Mumbai (Lower Parel office), on-site 5 days a week" under the title, or the
    # title itself when it says where the work is ("Executive Assistant – Busan headquarters (on-site)"),
    # or a city in the first lines of a description that says, near them, that the work is on site.
    head = [line.strip(" *_#") for line in text.splitlines() if line.strip()][:6]
    on_site = any(map(_ON_SITE.search, head)) or bool(_ON_SITE_BELOW.search(text))
    for n, line in enumerate(head[:4]):
        if re.search(r"\bremote\b", line, re.IGNORECASE):
            return None, line
        cities = _cities_in(line)
        if cities and ((_WORKPLACE if n else _ON_SITE).search(line) or on_site):
            return cities[0], line
        # "Northstar Cardiac Devices · Plymouth, MN (On-site, 4 days per week)": a town the table lacks.
        if n and us_state(line) and _ON_SITE.search(line):
            return None, line
        # "Aérostructures Garonne – Site de Blagnac (31)": a town the gazetteer places, after the employer.
        # The title itself, where it names a city: "Químico(a) Farmacéutico(a) Director(a) Técnico(a) – Punta
        # Arenas"; a small town of the same name as a word ("– Saúde", "– Valley") is no place.
        if (on_site or not n) and (town := _town_after_employer(line, text, CITY_SIZE if not n else 0)):
            return None, town
    return None, None


CITY_SIZE = 100_000  # people in a town a title may name as where the job is


def _town_after_employer(line: str, text: str, size: int = 0) -> str | None:
    pieces = [p for p in re.split(r"\s+[–—|·-]\s+|,\s+|\s*/\s*|\s*\|\s*", line) if p.strip()]
    for piece in pieces[1:]:
        towns = job_towns(piece, "", text)
        if any(town.population >= size for town in towns):
            return piece.strip(" *_")  # the description's own words ("Site de Blagnac (31)"), to cite
    return None


# "Able to be in our Shoreditch office two days a week", "hybrid, 3 days per week on site".
_WEEKLY_DAYS = re.compile(
    r"\b(?P<days>[1-4]|one|two|three|four)\s+days?\s+(?:(?:a|per|each|every)\s+week\b"
    # "hybrid, 3 days in office": a hybrid week's days, the week left unsaid
    r"|(?=(?:in|at)\s+(?:the\s+|our\s+)?(?:office|on[- ]?site)\b))",
    re.IGNORECASE,
)
_AT_WORK = re.compile(r"\b(?:office|on[- ]?site|in[- ]person|hybrid|at (?:our|the) \w+)\b", re.IGNORECASE)
_HYBRID = re.compile(r"\bhybrid\b", re.IGNORECASE)


def office_days(job_description: str) -> str | None:
    """The days at the office a hybrid job asks for, as the interviewer says them ("in the office two days
    a week"), or "hybrid" where the description says no number; None for a job on site every day."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n", job_description):
        days = _WEEKLY_DAYS.search(sentence)
        if days and _AT_WORK.search(sentence):
            count = days.group("days").lower()
            return f"in the office {count} day{'' if count in ('1', 'one') else 's'} a week"
    return "hybrid" if _HYBRID.search(job_description) else None
