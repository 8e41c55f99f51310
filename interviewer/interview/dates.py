"""Dates as resumes write them: month names in several languages, numeric and season dates, quarters,
"Jan '24", Japanese "2019年4月", open ranges ("2001–"), and "present" in the languages resumes here come
in. A date is (year, month), the month None when only the year is given."""

from __future__ import annotations

import re

# (year, month); the month is None when the resume gives only the year.
YearMonth = tuple[int, int | None]

_MONTH_NAMES = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter|q[1-4]"
    # Portuguese, Spanish, French and German months where they differ from English.
    r"|fev(?:ereiro)?|abr(?:il)?|mai(?:o)?|ago(?:sto)?|set(?:embro)?|out(?:ubro)?|dez(?:embro)?|ene(?:ro)?"
    r"|dic(?:iembre)?|janv(?:ier)?|févr(?:ier)?|mars|avr(?:il)?|juin|juil(?:let)?|août|déc(?:embre)?"
    r"|jän(?:ner)?|mär(?:z)?|okt(?:ober)?"
    # Italian months cut short: "giu '22 → ago '23", "ott 2019"
    r"|gen|mag|giu|lug|ott"
    # Spanish, Portuguese, Italian and Dutch months written in full: "Marzo 2019", "julho de 2020".
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    r"|janeiro|fevereiro|março|maio|junho|julho|outubro|novembro|gennaio|febbraio|aprile|maggio|giugno"
    r"|luglio|settembre|ottobre|dicembre|januari|februari|maart|mrt|mei|juni|juli|augustus|oktober"
    # German and French months in full; Turkish, Polish (also as "of March": marca) and Indonesian.
    r"|januar|februar|dezember|janvier|février|juillet|septembre|octobre|novembre|décembre"
    r"|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
    r"|stycz(?:eń|nia)|lut(?:y|ego)|marz(?:ec)?|marca|kwie(?:cień|tnia)|maj(?:a)?|czerw(?:iec|ca)"
    r"|lip(?:iec|ca)|sierp(?:ień|nia)|wrze(?:sień|śnia)|październik(?:a)?|listopad(?:a)?|grud(?:zień|nia)"
    r"|maret|agustus|desember"
    # Finnish, with the case endings a date takes: "maaliskuu 2011", "lokakuuta 2019"
    r"|(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu\w*"
    # Greek, cut short or in full: "Οκτ. 2009 – Νοέ. 2024", "Ιούνιος 2015"
    r"|ιαν\w*|φεβ\w*|μαρ\w*|απρ\w*|μ[αά][ΐϊιί]\w*|ιο[υύ]ν\w*|ιο[υύ]λ\w*|αυγ\w*|σεπ\w*|οκτ\w*|νο[εέ]\w*|δεκ\w*"
    # Hindi, in full or cut short with the abbreviation sign: "जुल॰ 2011", "अप्रैल 2019"
    r"|जन(?:वरी|॰)|(?:फ़|फ़|फ)र(?:वरी|॰)|मार्च|अप्रैल|मई|जून|जुल(?:ाई|॰)|अग(?:स्त|॰)|सित(?:ंबर|म्बर|॰)"
    r"|अक(?:्टूबर|्तूबर|्टू॰)|नव(?:ंबर|म्बर|॰)|दिस(?:ंबर|म्बर|॰)"
)
_HINDI_MONTHS = ("जन", "फर", "मार", "अप", "मई", "जून", "जुल", "अग", "सित", "अक", "नव", "दिस")
# Seasons are read as their middle month.
_MONTH_NUMBERS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                  "oct": 10, "nov": 11, "dec": 12, "spr": 4, "sum": 7, "aut": 10, "fal": 10,
                  "win": 1, "q1": 1, "q2": 4, "q3": 7, "q4": 10, "fev": 2, "abr": 4, "mai": 5, "ago": 8,
                  "set": 9, "out": 10, "dez": 12, "ene": 1, "dic": 12, "fév": 2, "avr": 4, "aoû": 8,
                  "déc": 12, "jän": 1, "mär": 3, "okt": 10, "juin": 6, "juil": 7, "gen": 1, "mag": 5,
                  "giu": 6, "lug": 7, "ott": 10, "mei": 5, "maa": 3, "mrt": 3,
                  "tamm": 1, "helm": 2, "huht": 4, "touk": 5, "kesä": 6, "hein": 7, "elok": 8, "syys": 9,
                  "loka": 10, "marr": 11, "joul": 12,
                  "oca": 1, "şub": 2, "nis": 4, "hazi": 6, "tem": 7, "ağu": 8, "eyl": 9, "eki": 10, "kas": 11,
                  "ara": 12, "sty": 1, "lut": 2, "kwi": 4, "maj": 5, "cze": 6, "lip": 7, "sie": 8, "wrz": 9,
                  "paź": 10, "lis": 11, "gru": 12, "agu": 8, "des": 12,
                  "ιαν": 1, "φεβ": 2, "μαρ": 3, "απρ": 4, "μαΐ": 5, "μαϊ": 5, "μαι": 5, "μαί": 5, "μάι": 5,
                  "ιουν": 6, "ιούν": 6, "ιουλ": 7, "ιούλ": 7, "αυγ": 8, "σεπ": 9, "οκτ": 10,
                  "νοε": 11, "νοέ": 11, "δεκ": 12}  # fmt: skip
_YEAR = r"(?:19|20)\d\d"
# Vietnamese "T9/2023" or "Tháng 9/2023": the month (tháng) ninth.
_VI_MONTH = r"(?:(?-i:T)|th[áa]ng\s?)?"
_DATE = (
    # "02/10/2023": a whole date, the day first as most of the world writes it ("06/15/2021" is read too)
    rf"(?:(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|[12]\d|3[01])[/.]{_YEAR}"
    rf"|(?:{_MONTH_NAMES})\.?(?:\s+de)?[,/]?\s*'?{_YEAR}|(?:{_MONTH_NAMES})\.?,?\s*'\d\d(?!\d)|{_VI_MONTH}(?:0?[1-9]|1[0-2])[/.-]{_YEAR}"
    rf"|{_YEAR}[/.-](?:0[1-9]|1[0-2])(?!\d)|{_YEAR}\s*年\s*(?:0?[1-9]|1[0-2])\s*月|{_YEAR})"
)
# "Present" in the languages resumes here are written in: German, French, Spanish, Portuguese, Italian, Dutch,
# Polish, Czech, Hungarian, Romanian, Turkish, Nordic, Indonesian, Vietnamese, Japanese, Chinese, Korean.
_PRESENT = (
    r"present|current(?:ly)?|now|today|date|ongoing|continuing|heute|jetzt|aujourd['’]hui|actuel(?:lement)?|présent"
    r"|presente|actualidad|actual|atual(?:mente)?|hoje|oggi|heden|nu|obecnie|nadal|současnost|dosud"
    r"|jelenleg|prezent|günümüz|devam ediyor|halen|nå|nyt|nykyään|nykyhetki"
    r"|sekarang|saat ini|hiện tại|現在|至今|현재"
    r"|(?:a|hasta) la fecha|à ce jour|in corso|teraz|(?:do )?(?:dziś|dzisiaj|chwili obecnej)"
    r"|o momento|el momento|hoy|d\.\s?d(?=\.)|(?:alla )?data attuale|ad oggi"
    # Vietnamese "nay" (now), Swedish "pågående", Danish/Norwegian "dags dato", German "(bis) dato"
    r"|nay|pågående|dags dato|(?:bis )?dato"
    # "2021 – actually": Spanish "actualmente" put into English; Swahili "(hadi) sasa"; Hindi "वर्तमान",
    # Bengali "বর্তমান", Thai "ปัจจุบัน"
    r"|actually|(?:hadi )?sasa|वर्तमान|বর্তমান|ปัจจุบัน|(?:حتى )?(?:الآن|تاريخه)|kasalukuyan|σήμερα|σημερα|παρόν"
    # "2021-05 à ce jour": the "à" read as the range's own word
    r"|ce jour"
)
# The word opening the second half of a range written over two lines or in two columns, as a Europass CV
# does ("From Autumn 2021" over "to present", "von 03/2019" over "bis heute").
RANGE_TO = r"to|until|till|bis|hasta|até|au"
# How a range ends: a date, or "to date"; a present word glossed in English ("ปัจจุบัน (present)") ends with
# its gloss, which would otherwise be left to open the title.
_END = rf"{_DATE}|(?:(?:to|till|until)\s+)?(?:{_PRESENT})\b(?:\s*\((?:{_PRESENT})\))?"
_RANGE = re.compile(
    # "2013年4月～2016年3月": Japanese writes a range with a full-width tilde or a wave dash
    rf"(?<![\w/.-])(?P<start>{_DATE})\s*(?:-|–|—|−|~|～|〜|→|->|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b"
    # "06/2015 a 02/2019", "März 2019 bis heute", "2018 hasta 2021", "03/2019 até o momento"
    rf"|\ba\b|\bà\b|\bal\b|\bbis\b|\bhasta\b|\baté\b"
    # Polish "od lutego 2024 r. do chwili obecnej", "09.2022 r. do 01.2024 r."
    rf"|(?:\br\.\s*)?\bdo\b)\s*"
    rf"(?P<end>{_END})(?![\w/-])",
    re.IGNORECASE,
)
_SINCE = re.compile(
    rf"\b(?:since|depuis|desde|seit|dal|sinds|(?<![-•*]\s)od)\s+(?P<start>{_DATE})(?![\w/-])", re.IGNORECASE
)
# A line that opens with its dates: "Janvier 2017 – septembre 2024 | Directrice ...".
_DATE_FIRST = re.compile(rf"^\s*(?:{_DATE})\s*(?:-|–|—|～|〜|→|to\b)", re.IGNORECASE)
# An open range, "2001–" or "(2016–)": the job goes on.
_OPEN = re.compile(rf"(?<![\w/.-])(?P<start>{_DATE})\s*(?:-|–|—)\s*(?=\)|$)", re.IGNORECASE)
# A range right after one of these words is part of a sentence ("grew sales from 2015 to 2020"), not a job.


# "mar a nov/2024", "March to November 2024", "Jan–Apr 2023": a range within one year names the year once.
_WITHIN_A_YEAR = re.compile(
    rf"(?<![\w/.-])(?P<first>{_MONTH_NAMES})\.?\s*(?P<sep>-|–|—|\bto\b|\ba\b|\bà\b|\bal\b|\bbis\b|\bhasta\b"
    rf"|\baté\b|\bthrough\b)\s*(?P<second>(?:{_MONTH_NAMES})\.?(?:\s+de)?[,/]?\s*)(?P<year>{_YEAR})(?![\w/-])",
    re.IGNORECASE,
)


# "'13 – now", "'16 – '19": years of two digits after an apostrophe, in a range (or one left open at the end
# of a line that wrapped before its "now").
_SHORT_YEARS = re.compile(
    rf"(?<![\w'’])['’](?P<first>\d\d)\s*(?P<sep>-|–|—|\bto\b)\s*"
    rf"(?:['’](?P<second>\d\d)(?![\d'’])|(?=(?:{_PRESENT})\b)|$)",
    re.IGNORECASE,
)
# A two-digit year above this is last century's: "'98" is 1998, "'13" is 2013.
_CENTURY_TURN = 40


def _full_year(two: str) -> str:
    return f"{19 if int(two) > _CENTURY_TURN else 20}{two}"


def _years_written_out(m: re.Match[str]) -> str:
    second = f"{_full_year(m.group('second'))}" if m.group("second") else ""
    return f"{_full_year(m.group('first'))} {m.group('sep')} {second}"


# "Winter 2023/24" runs across the new year, from the December of its first.
_WINTER_ACROSS = re.compile(rf"\bwinter\s+(?P<year>{_YEAR})\s*/\s*(?:\d\d)?(?P<next>\d\d)\b", re.I)


def _winter_written_out(m: re.Match[str]) -> str:
    year = int(m.group("year"))
    across = year - year % 100 + int(m.group("next")) == year + 1
    return f"Dec {year}" if across else m.group(0)


def with_years_spelled(line: str) -> str:
    """The line with a range inside one year given its year at both ends ("mar/2024 – nov/2024"), a range
    of two-digit years written out ("'16 – '19" as "2016 – 2019"), and a winter across the new year given
    its first month ("Winter 2023/24" as "Dec 2023")."""
    line = _WINTER_ACROSS.sub(_winter_written_out, line)
    line = _SHORT_YEARS.sub(_years_written_out, line)
    return _WITHIN_A_YEAR.sub(
        lambda m: (
            f"{m.group('first')} {m.group('year')} – {m.group('second').strip(' ,/')} {m.group('year')}"
        ),
        line,
    )


def _month_number(name: str) -> int:
    hindi = name.replace("फ़", "फ").replace("फ़", "फ")
    for number, prefix in enumerate(_HINDI_MONTHS, start=1):
        if hindi.startswith(prefix):
            return number
    return _MONTH_NUMBERS.get(name[:4]) or _MONTH_NUMBERS[name[:3]]  # juin and juil differ only at four


def _parse_date(text: str) -> YearMonth | None:
    value = re.sub(r"^(?:t|th[áa]ng\s?)(?=\d)", "", text.lower().strip())
    if m := re.match(rf"({_MONTH_NAMES})\.?(?:\s+de)?[,/]?\s*'?(\d{{4}})", value):
        return int(m.group(2)), _month_number(m.group(1))
    if m := re.match(rf"({_MONTH_NAMES})\.?,?\s*'(\d\d)$", value):  # "Jan '24": this century
        return 2000 + int(m.group(2)), _month_number(m.group(1))
    if m := re.match(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", value):
        first, second = int(m.group(1)), int(m.group(2))
        return int(m.group(3)), first if second > 12 else second
    if m := re.match(r"(\d{1,2})[/.-](\d{4})", value):
        return int(m.group(2)), int(m.group(1))
    if m := re.match(r"(\d{4})\s*(?:[/.-]|年)\s*(\d{1,2})", value):  # 2019-03, 2019年3月
        return int(m.group(1)), int(m.group(2))
    if m := re.match(r"(\d{4})$", value):
        return int(m.group(1)), None
    return None


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def months_span(low: int, high: int) -> tuple[YearMonth, YearMonth]:
    """The first and last months of a span of month indexes [low, high), as a job's start and end."""
    return (low // 12, low % 12 + 1), ((high - 1) // 12, (high - 1) % 12 + 1)


def _start_earliest(when: YearMonth) -> int:
    return _month_index(when[0], when[1] or 1)


def _end_latest(when: YearMonth) -> int:
    """The first month after the job, reading a year-only end as December."""
    return _month_index(when[0], when[1] or 12) + 1


# Spelled out rather than strftime's %b, which follows the process locale: a prompt reads the same anywhere.
_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _format(when: YearMonth) -> str:
    year, month = when
    return f"{_MONTH_ABBREVIATIONS[month - 1]} {year}" if month else str(year)


# What is left of a table's date cell once its dates are gone: "since | ", "2019 – | ".
_DATE_CELL = re.compile(
    rf"^\s*(?:(?:since|seit|depuis|desde|od|from)\s+)?(?:{_DATE})?\s*[-–—]?\s*\|\s*", re.IGNORECASE
)


def without_dates(line: str) -> str:
    """A line as quoted to the candidate: without its date range or its table's date cell ("since 10.2024 |
    Master's studies, Marketing" says "Master's studies, Marketing")."""
    bare = _DATE_CELL.sub("", _OPEN.sub("", _RANGE.sub("", line))).strip(" |,;–—-")
    # What the dates stood between: the brackets of "(2022 – )", the comma of "University of Oslo, . Thesis".
    bare = re.sub(r"\s*\(\s*\)|(?<=\()\s*[-–—]\s*", "", bare)
    return re.sub(r"\s*,\s*(?=[.;,)])|\s+(?=[.;,])", "", re.sub(r"\s{2,}", " ", bare)).strip() or line


def has_closed_range(text: str) -> bool:
    """Whether the text holds a date range that has ended ("Sep 2018 – Dec 2018", not "2019 – heute")."""
    return any(_parse_date(match.group("end")) is not None for match in _RANGE.finditer(text))


def closed_range_above(
    lines: list[str], index: int, start: YearMonth, within: bool = False
) -> YearMonth | None:
    """The end of a closed range above that holds a "since", or None: "01/2012 – 08/2016" over "Chef de
    partie, poi Junior Sous Chef dal 2014" is a promotion inside that stay, not a job held to this day. A
    "since" `within` a title line is one under any range above, even one beside its employer's name."""
    above = next((ln for ln in reversed(lines[max(0, index - 2) : index]) if ln.strip()), "")
    if len(_RANGE.sub(" ", above).split()) > 2 and not within:  # a line of its own with a title: another job
        return None
    for match in _RANGE.finditer(above):
        low, high = _parse_date(match.group("start")), _parse_date(match.group("end"))
        if low is not None and high is not None and low[0] <= start[0] <= high[0]:
            return high
    return None


# "Entre 2011-01 y 2018-02 trabajé como ...", "tra il 2015 e il 2019": a range written in words.
_BETWEEN = re.compile(
    rf"\b(?P<word>entre|tra|fra)\s+(?:(?:el|il|le|o|la)\s+)?(?P<start>{_DATE})\s+(?:y|e|et)\s+"
    rf"(?:(?:el|il|le|o|la)\s+)?(?P<end>{_DATE})",
    re.IGNORECASE,
)


def between_as_range(text: str) -> str:
    """The text with each range written "between X and Y" in Spanish, Portuguese, French or Italian written
    "X - Y". In English "between" is left to prose: "between 2019 and 2021 I ..." dates no post."""
    return _BETWEEN.sub(lambda m: f"{m.group('word')} {m.group('start')} - {m.group('end')}", text)


# Thai resumes date by the Buddhist era, 543 years ahead ("11/2566 - 10/2567" is Nov 2023 - Oct 2024).
_BUDDHIST_YEAR = re.compile(r"(?<![\d,.])25[3-7]\d(?![\d,])")
_BUDDHIST_DATED = re.compile(
    r"\b\d{1,2}/25[3-7]\d\b|\b25[3-7]\d\s*[-–—]\s*(?:\d{1,2}/)?25[3-7]\d\b|\bB\.\s?E\.\s?25[3-7]\d\b"
)
# "June B.E. 2562": the era's mark, dropped once the year is in the common era.
_ERA_MARK = re.compile(r"\bB\.\s?E\.\s?(?=25[3-7]\d\b)")


# "FY19/20 Chief Technology Officer", "FY2023-24 - now": a fiscal year, read as the calendar years it spans.
_FISCAL = re.compile(
    r"\bFY\s?'?(?P<start>(?:19|20)?\d\d)\s?[/–-]\s?'?(?P<end>(?:19|20)?\d\d)\b"
    rf"(?P<open>\s*[-–—]\s*(?:{_PRESENT})\b)?"
)


def with_fiscal_years(text: str) -> str:
    """The text with each fiscal year ("FY19/20") written as the range of calendar years it spans."""

    def calendar(m: re.Match[str]) -> str:
        start = m.group("start") if len(m.group("start")) == 4 else "20" + m.group("start")
        end = m.group("end")[-2:]
        return f"{start}{m.group('open')}" if m.group("open") else f"{start} – {start[:2]}{end}"

    return _FISCAL.sub(calendar, text)


def with_common_era(text: str) -> str:
    """The text with its years in the common era, where its dates show the Buddhist era's years."""
    if not _BUDDHIST_DATED.search(text):
        return text
    return _BUDDHIST_YEAR.sub(lambda m: str(int(m.group(0)) - 543), _ERA_MARK.sub("", text))
