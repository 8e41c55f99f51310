"""The title of a dated line in a resume: the words beside the dates, or the lines above or below when the
dates stand alone, without the details a line may also hold (a duration, "Hours per week: 40"), joined
again where a PDF's layout wrapped them."""

from __future__ import annotations

import re

from interviewer.interview.dates import _DATE_FIRST, _RANGE
from interviewer.interview.headings import _heading_kind
from interviewer.interview.places import places_only


def name_words(text: str) -> int:
    """Words of a line outside brackets, which only qualify a name ("(Tier 1 supplier: transmissions...)")."""
    return len(re.sub(r"\([^)]*\)", " ", text).split())


_TITLE_APART = re.compile(r"\s[—–|]\s")


def _longest_title(text: str) -> int:
    return 18 if _TITLE_APART.search(text) and not text.rstrip().endswith(".") else 12


_BULLET = re.compile(r"^\s*[-•*▪◦·‣⁃–—>]\s+")
_LABELLED = re.compile(r"\s*[A-Z][\w /'’-]{1,30}:\s*\S")
# A length written beside the dates, "(12 meses)", "· 1 yr 8 mos", "(2 years 3 months)": not a title.
_DURATION = re.compile(
    r"[(·]?\s*\d{1,2}\s*(?:yrs?|years?|mos?|months?|meses|mois|ans|años|anos|monate?|jahre?)\b"
    r"(?:\s*\d{1,2}\s*(?:months?|mos?|meses|mois|monate?)\b)?\s*\)?",
    re.IGNORECASE,
)


WRAP_WIDTH = 70  # a line at least this long, cut mid-sentence, was wrapped by a PDF's layout


def wrapped_tail(lines: list[str], index: int) -> bool:
    """A bullet's end that a PDF wrapped onto a line of its own ("graduates" under "- Appraisal of 12 staff;
    mentor to 4 Housing Manager"): in lower case, under a bullet or another such end."""
    line = lines[index].strip()
    if not line[:1].islower() or index == 0:
        return False
    above = lines[index - 1]
    return bool(_BULLET.match(above)) or (index >= 2 and wrapped_tail(lines, index - 1))


def _unwrapped(lines: list[str], index: int, rest: str) -> str:
    """A title a PDF wrapped onto two lines: "Senior UX Researcher — Digital Services, Department of" above
    "Government, Hobart | Mar 2021 – present", or a bullet going on in lower case ("not-for-profits
    (2019 – present)")."""
    above = lines[index - 1].strip() if index else ""
    if not above or _RANGE.search(above) or above.endswith((".", ":", ";")) or _heading_kind(above):
        return rest
    # A wrapped title ends before its dates, so a line that opens with them ("Janvier 2017 – septembre 2024 |
    # Directrice ...") carries on nothing above it; nor does a table's detail row (" | Audit des ...").
    wraps = not _DATE_FIRST.match(lines[index]) and not above.startswith("|")
    continues = wraps and (rest[:1].islower() or (len(above) >= WRAP_WIDTH and not _BULLET.match(above)))
    if continues:
        return f"{_BULLET.sub('', above).strip()} {rest}"
    # "Practice Manager" over "Bowness Family Dental, Calgary, AB - Mar 2019 to Jan 2024": a short line that
    # opens the entry (after a heading, a bullet or a blank line) is the title; the dated line its employer.
    before = lines[index - 2].strip() if index >= 2 else ""
    opens = not before or bool(_heading_kind(before) or _BULLET.match(lines[index - 2]))
    tail = wrapped_tail(lines, index - 1)
    if opens and not _BULLET.match(lines[index - 1]) and name_words(above) <= 12 and not tail:
        return f"{above.strip(' |*_#')}, {rest}"
    return rest


# A line that names only who employed and where ("Prairie Securities LLC, Chicago, IL 2016 - 2019",
# "Mwangaza Builders & Civil Works Ltd | February 2024 – To date"), with the post on the line below.
_COMPANY_ONLY = re.compile(
    r"\b(?:Ltd|Limited|Inc|LLC|LLP|L\.P|plc|Corp|Corporation|GmbH|AG|S\.?A|Pty|B\.?V|N\.?V|Co|Company|Group"
    r"|Holdings|Partners|Management|Capital|Securities|Bank|Contractors|Builders)\b\.?|,\s*[A-Z]{2}$"
)
_POST = re.compile(
    r"\b(?:head|manager|director|officer|lead|chief|teacher|nurse|engineer|analyst|assistant|associate"
    r"|specialist|coordinator|consultant|principal|president|supervisor|administrator|accountant|controller"
    r"|developer|designer|technician|planner|representative|executive|clerk|intern|trainee|buyer|advisor"
    r"|adviser|agent|operator|driver|foreman|architect|scientist|researcher|editor|writer|student)s?\b",
    re.IGNORECASE,
)


# "Ruolo | Credit Analyst, team Risk" under "05/2021 – oggi | Fattura Facile S.r.l., Milano": the post,
# labelled as such on the line below.
_LABELLED_POST = re.compile(
    r"^\W*(?:role|position|title|job title|post|ruolo|posizione|mansione|puesto|cargo|función|funcao|função"
    r"|poste|fonction|funktion|rolle|functie|stanowisko)\s*[|:]\s*(?P<post>\S.{0,80})$",
    re.IGNORECASE,
)


def _with_title_below(lines: list[str], index: int, rest: str) -> str:
    below_line = lines[index + 1].strip() if index + 1 < len(lines) else ""
    if labelled := _LABELLED_POST.match(below_line):
        return f"{labelled.group('post').strip(' |*_#')}, {rest}"
    if not _COMPANY_ONLY.search(rest) or _POST.search(rest):
        return rest
    below = [line.strip() for line in lines[index + 1 : index + 4]]
    below = below[1:] if below and not below[0] else below  # the place a wrapped date range was joined from
    # The post may sit under a line naming the site: "Compañía Minera ... S.A.C." over "U.M. Carahuacra
    # Norte – Junín" over "Production Shift Engineer".
    for line in below[:2]:
        if not line or _BULLET.match(line) or _RANGE.search(line):
            return rest
        post = line.strip(" |*_#")
        if _heading_kind(post) or name_words(post) > 12:
            return rest
        if _POST.search(post):
            return f"{post}, {rest}"
    return rest


_SHORT_POST_WORDS = 8  # a line below dates that stand alone, no longer than this, names the post


def _usable(text: str) -> bool:
    """A line beside dates that stand alone that can name the post or employer: not a heading, more dates or a
    bullet, and no longer than a title."""
    return bool(
        text.strip()
        and not _heading_kind(text)
        and not _RANGE.search(text)
        and not _BULLET.match(text)
        # "**Customer Service Officer** — Song Hong Commercial Joint Stock Bank, Cau Giay Branch, Hanoi":
        # a title and a long employer's name, set apart, run longer than a title alone.
        and name_words(text) <= _longest_title(text)
    )


def _below_alone(text: str) -> bool:
    """A short plain line under dates that stand on a line of their own: usable, and no sentence."""
    text = text.strip()
    return _usable(text) and not text.endswith((".", ":")) and name_words(text) <= _SHORT_POST_WORDS


# "Group CEO, Wattle Grove Living, Melbourne (2023 – present). Wattle Grove is a ...": a sentence after the
# dates tells of the post; it is no part of its title.
_SENTENCE_AFTER = re.compile(r"\s*\)?\s*\.\s+[A-Z][\w-]*\s+\w+")


_RANGE_WORD = re.compile(r"^(?:from|since|von|seit|od|desde|depuis)$|\s+(?:from|since)$", re.IGNORECASE)


# A job board's form: "Job Title: Accounts Supervisor", "Company: Gafat Beverages S.C.", "Period: Q2 2019 –
# Q1 2024". The dates' own label is no title; the labelled title and employer above it are.
_DATES_LABEL = re.compile(
    # ("From 2021 To 2025": a Europass form's "From" alone, its "To" read with the range)
    r"(?:employment\s+)?(?:period|dates?|duration|from(?:\s*/?\s*to)?|tenure|periodo|período|zeitraum|période)",
    re.IGNORECASE,
)
# "Position: Site Engineer", also in bold ("**Position:** Site Engineer") or numbered ("1.  Job title: ...").
_FORM_FIELD = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s+)?[*_]*(?:(?P<employer>company|employer|organi[sz]ation|empresa)|job title|title"
    r"|position|designation|role|puesto|cargo)\s*:\s*[*_]*\s*(?P<value>[^*_\s].*)$",
    re.IGNORECASE,
)
# A Europass CV's labels, with or without a colon.
_EUROPASS = re.compile(
    r"^\s*[*_]*(?:(?P<employer>name (?:and address )?of employer)|occupation or position held)"
    r"\s*:?[*_]*\s*:?\s+(?P<value>\S.*)$",
    re.IGNORECASE,
)
# "### Transmission Company of Nigeria — Abuja": a Markdown heading over a form's fields names its employer.
_SUBHEADING = re.compile(r"^\s*#{2,6}\s+(?P<value>\S.*)$")
_FORM_BLOCK = 6  # how far above its dates a form's entry may name the post


def _form_fields(lines: list[str], index: int) -> dict[str, str]:
    """The title and the employer a form's entry names above its dates, nearest first."""
    fields: dict[str, str] = {}
    for j in range(index - 1, max(-1, index - _FORM_BLOCK - 1), -1):
        m = _FORM_FIELD.match(lines[j])
        if m is not None:
            fields.setdefault("employer" if m.group("employer") else "title", m.group("value").strip())
        # ("## Work experience" is the section's heading, no employer's)
        elif (heading := _SUBHEADING.match(lines[j])) and _heading_kind(lines[j]) is None:
            fields.setdefault("employer", heading.group("value").strip())
            break  # the entry opens under its heading
    # A Europass CV names the post and the employer below its dates ("From / To  since 2018" over
    # "Occupation or position held  Head of HR", "Name of employer  Alpina Haustechnik AG").
    if "title" not in fields:
        for line in lines[index + 1 : index + _FORM_BLOCK + 4]:
            if _DATES_LABEL.match(line.strip()):
                break
            if (m := _FORM_FIELD.match(line) or _EUROPASS.match(line)) is not None:
                fields.setdefault("employer" if m.group("employer") else "title", m.group("value").strip())
    # The employer without what its brackets add ("(after amalgamation of ...)").
    if "employer" in fields:
        fields["employer"] = re.sub(r"\s*\([^)]*\)?", "", fields["employer"]).strip()
    return fields


def _dates_label(rest: str) -> bool:
    """Whether what a line holds besides its dates is only their label ("Period:"), with any remark in
    brackets after them ("(promoted General Manager Jan 2022)")."""
    return bool(_DATES_LABEL.fullmatch(re.sub(r"\s*\([^)]*\)?", " ", rest).strip(" \t:|·•–—-*_")))


def _form_title(lines: list[str], index: int) -> str:
    fields = _form_fields(lines, index)
    return ", ".join(fields[k] for k in ("title", "employer") if k in fields)


def form_employer(lines: list[str], index: int) -> str:
    """The company a job board's form names for the post dated on this line ("Company: Al-Noor Bank Ltd (after
    amalgamation of ...)" above "Period: Jul 2017 – Dec 2018")."""
    if not _dates_label(_RANGE.sub(" ", lines[index])):
        return ""
    return _form_fields(lines, index).get("employer", "")


# A table row's column of what was done ("03.2021 – obecnie | Engineering Manager — Acme | Manage 2 teams.
# Cut incidents by 40%."): sentences, ending on a word in lower case or running on to the next one.
_SENTENCES = re.compile(r"(?:^|\s)[a-z]{3,}[.!]\s*$|(?:[a-z]{3,}|[)%\d])[.!]\s+[A-Z]")


def _without_duties_cell(rest: str) -> str:
    """A dated row without the cells after its first that are sentences of duties, not part of the title."""
    cells = rest.split("|")
    first = next((n for n, cell in enumerate(cells) if cell.strip()), 0)
    return "|".join(
        cell
        for n, cell in enumerate(cells)
        if n <= first or len(cell.split()) < 2 or not _SENTENCES.search(cell.strip())
    )


def _title_for(lines: list[str], index: int, spans: list[tuple[int, int]]) -> str:
    line = lines[index]
    if spans and _SENTENCE_AFTER.match(line[(last := max(end for _, end in spans)) :]):
        line = line[:last]
    rest = line
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    label = rest  # "From / To:" is the dates' label, not labelled details, nor "From" the range's word
    # "07/2018 - Present | Hours per week: 40 | Series/Grade: GS-0671-13": labelled details, not a title.
    rest = " | ".join(part for part in rest.split("|") if not _LABELLED.match(part))
    rest = _without_duties_cell(rest)
    rest = _BULLET.sub("", _DURATION.sub(" ", rest))
    rest = re.sub(r"\(\s*\)|\[\s*\]|[*_#`]", " ", rest)
    rest = re.sub(r"\s+", " ", rest).strip(" \t,;:|·•–—-()[]/")
    # "From March 2021 to date", "Teacher, Kallithea from 2014 to 2021": the word that opens the range.
    rest = _RANGE_WORD.sub("", rest).strip(" \t,;:|·•–—-")
    rest += ")" * (rest.count("(") - rest.count(")"))  # "Elektryk (Maintenance Electrician)" keeps its ")"
    rest = "(" * (rest.count(")") - rest.count("(")) + rest  # and "(remote) Acme Ltd" its "("
    if (_dates_label(rest) or _dates_label(label)) and (labelled := _form_title(lines, index)):
        return labelled
    if len(re.findall(r"[^\W\d_]", rest)) >= 3:  # letters of any script: "مدير أول سلسلة الإمداد"
        title = _unwrapped(lines, index, rest)
        return _with_title_below(lines, index, title) if title == rest else title

    before: list[str] = []
    for j in (index - 1, index - 2):
        if j < 0 or not _usable(lines[j]):
            break
        before.insert(0, re.sub(r"\*\*|__", "", lines[j]).strip(" |*_#"))
    # A line followed by dates of its own opens the next entry instead.
    nxt = lines[index + 2] if index + 2 < len(lines) else ""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    # "Matosinhos, Porto, Portugal" under the dates is where the post was, not the post.
    if len(before) == 1 and _below_alone(below) and not _RANGE.search(nxt) and not places_only(below.strip()):
        # "CESFAM Placeres" over "Marzo 2015 – a la fecha" over "Enfermera de Sector": the employer above
        # the dates and the post below them; both lines, as when the dates come first.
        return f"{below.strip(' |*_#')}, {before[0]}"
    if before:
        return ", ".join(before)
    # Dates on a line of their own, then the employer and the title on the lines below ("04.2016 – heute",
    # "Robert Bosch GmbH, Schwieberdingen", "Entwicklungsingenieur Elektrische Maschinen"): both lines.
    after: list[str] = []
    for j in range(index + 1, min(index + 4, len(lines))):
        if not lines[j].strip():
            if after:
                break
            continue
        if not _usable(lines[j]):
            break
        after.append(lines[j].strip(" |*_#"))
        if len(after) == 2:
            break
    return ", ".join(after)
