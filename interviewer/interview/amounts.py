"""Amounts of money in resume and job-description text: budgets, P&Ls and the value of projects run, in any
currency, brought to rough US dollars (only the order of magnitude matters when comparing scope)."""

from __future__ import annotations

import re

# Currency codes beside an amount, before or after it: "AED 48 million", "2.5 billion PKR".
# Codes that are also words ("PEN", "TRY", "MAD") count only in capitals.
_CODES = (
    "USD|GBP|EUR|AUD|CAD|NZD|SGD|HKD|CHF|INR|BRL|(?-i:PKR|AED|SAR|QAR|ZAR|KES|NGN|GHS|EGP|MAD|MXN|COP|CLP|ARS"
    "|PEN|JPY|KRW|CNY|RMB|SEK|NOK|DKK|PLN|CZK|HUF|RON|TRY|PHP|MYR|IDR|VND|THB|ILS|NIS|TWD)"
)
_MONEY = re.compile(
    # "budgets of c.£12m": circa before an amount is not a decimal point.
    # Chinese, Japanese and Korean write no space before a figure: "約9億円", "约HK$1,800萬".
    r"(?:(?<![\w.])|(?<=\bc\.)|(?<=\bca\.)|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]))(?P<cur>US\$|A\$|AU\$|C\$|CA\$|NZ\$|S\$|HK\$|R\$|\$|£|€|₹|Rs\.?\s?|"
    rf"₩|¥|₱|₦|₪|Rp\.?\s?|R(?=\d)|(?:{_CODES})\s?)?"
    # "4,2 milioni", "2,5 mln": a decimal comma before a word for millions
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?=\s?(?:mio|mln|mil|mld|mrd|mn\b|million|bn\b))|\d+(?:\.\d+)?)\s?"
    # "45 mio.", "2,5 mln", "12 millones": a million in the languages ads come in
    # "RON 1,9 mld", "2,3 Mrd.": a billion in Romanian, Polish, German; "9,2 mil." a million in Romanian
    r"(?P<mult>billion|bn|b|million|mn|mm|mio|mln|millones|milioni|millions|milh[õo]es|millioner|miljoner"
    r"|mld|mrd|mil(?!l)|m|thousand|k"
    r"|crores?|cr|lakhs?"
    # "RMB 1,350万", "约 RMB 1.8 亿", "180억 원", "約9億円": ten thousand and a hundred million in Chinese,
    # Japanese and Korean
    r"|万|萬|만|亿|億|억)?"
    # "420 MSEK", "35 mkr": a Nordic million written onto its currency
    r"(?:\b|(?<=m)(?=(?:SEK|NOK|DKK|EUR|kr)\b)|(?<=[万萬만亿億억]))"
    rf"(?:\.?\s?(?P<cur2>{_CODES}|dollars|pounds|euros|rupees|shekels?|kr|zł|원|円|元)(?:\b|(?<=[원円元])))?",  # "45 Mio. EUR"
    re.IGNORECASE,
)
_SCOPE_WORDS = re.compile(
    r"budget\w*|budżet\w*|\bp\s?&\s?l\b|\bp/l\b|\bprofit and loss\b|\brevenues?\b|\bturnover\b|\bspend\b|\bopex\b"
    r"|\bcapex\b|\bcost base\b|\bportfolio\b|\bsales\b|\bbook of business\b|\btop line\b|\bbookings\b"
    r"|\bARR\b|\bquotas?\b|\bAUM\b|\bassets under management\b|\bcapital (?:works )?program(?:me)?s?\b"
    r"|\bcost cent(?:re|er)\b|予算|预算|預算|예산|売上|매출|营收|营业额|销售额|采购额|収入|收入|손익"
    r"|\bbilancio\b|\bfatturato\b|\bpresupuesto\b|\bfacturaci[óo]n\b|\bor[çc]amento\b|\bfaturamento\b|\bchiffre d.affaires\b",
    re.IGNORECASE,
)
# Pay is not scope: "base salary $120,000 plus sales commission".
_PAY_WORDS = re.compile(
    r"\bsalary\b|\bcompensation\b|\bOTE\b|\bcommission\b|\bbonus\b|\bequity\b|\bper hour\b"
    r"|\bpay\b|\bwage\b",
    re.IGNORECASE,
)
# "a pay budget of GBP 2.1m", "the salary budget": a budget for pay is a budget owned, not the candidate's pay.
_PAY_BUDGET = re.compile(r"\b(?:pay|salary|wage|payroll|compensation)\s+(?=budget)", re.IGNORECASE)
# "$85,000 per year" is pay; "an IT budget of USD 420,000 per year" is a budget.
_PER_YEAR = re.compile(r"\bper (?:year|annum)\b", re.IGNORECASE)
# Rough fixed rates: only the order of magnitude matters when comparing scope.
# "45 mio. kr." may be a Danish, Norwegian or Swedish krone: near enough alike to read as one.
_TO_USD = {"$": 1.0, "us$": 1.0, "usd": 1.0, "dollars": 1.0, "£": 1.25, "gbp": 1.25, "pounds": 1.25,
           "€": 1.1, "eur": 1.1, "euros": 1.1, "a$": 0.65, "au$": 0.65, "aud": 0.65, "c$": 0.72, "ca$": 0.72,
           "cad": 0.72, "nz$": 0.6, "nzd": 0.6, "s$": 0.75, "sgd": 0.75, "hk$": 0.13, "hkd": 0.13, "chf": 1.1,
           "r$": 0.2, "brl": 0.2, "₹": 0.012, "rs": 0.012, "rs.": 0.012, "inr": 0.012, "rupees": 0.012,
           "pkr": 0.0036, "aed": 0.27, "sar": 0.27, "qar": 0.27, "zar": 0.055, "r": 0.055, "kes": 0.0077,
           "ngn": 0.00065, "₦": 0.00065, "ghs": 0.08, "egp": 0.02, "mad": 0.1, "mxn": 0.055, "cop": 0.00025,
           "clp": 0.0011, "ars": 0.001, "pen": 0.27, "jpy": 0.0067, "¥": 0.0067, "krw": 0.00072,
           "₩": 0.00072, "cny": 0.14, "rmb": 0.14, "sek": 0.095, "nok": 0.093, "dkk": 0.15, "pln": 0.25, "kr": 0.1, "zł": 0.25,
           "czk": 0.044, "huf": 0.0028, "ron": 0.22, "try": 0.03, "php": 0.017, "₱": 0.017, "myr": 0.22,
           "idr": 0.000062, "rp": 0.000062, "rp.": 0.000062, "vnd": 0.00004, "thb": 0.028, "ils": 0.27,
           "nis": 0.27, "₪": 0.27, "shekel": 0.27, "shekels": 0.27, "twd": 0.031, "원": 0.00072,
           "円": 0.0067, "元": 0.14}  # fmt: skip
_MULTIPLIERS = {"k": 1e3, "mil": 1e6, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6, "mio": 1e6,
                "mln": 1e6, "millones": 1e6, "milioni": 1e6, "millions": 1e6, "milhões": 1e6, "milhoes": 1e6, "millioner": 1e6,
                "miljoner": 1e6, "b": 1e9, "mld": 1e9, "mrd": 1e9,
                "bn": 1e9, "billion": 1e9, "crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh": 1e5,
                "lakhs": 1e5, "万": 1e4, "萬": 1e4, "만": 1e4, "亿": 1e8, "億": 1e8, "억": 1e8}  # fmt: skip


_MILLIONS = {"million", "mn", "billion", "bn", "mio", "mln", "millones", "milioni", "millions", "milhões", "milhoes",
             "millioner", "miljoner", "mld", "mrd", "mil", "亿", "億", "억"}  # fmt: skip
# "~RON 9,2 mil./lună", "EUR 400k per month": a monthly figure, twelve of them a year.
_PER_MONTH = re.compile(
    r"\.?\s*(?:/|per\s+|pro\s+|a\s+|por\s+|par\s+|na\s+)(?:month|mo|lun[ăa]|mes|mois|monat|m[êe]s|miesi[ąa]c)\b",
    re.IGNORECASE,
)


def _clause_window(text: str, start: int, end: int, width: int = 45) -> str:
    # "budżet marketingowy ok. 25 mln zł": an abbreviation's full stop ends no clause
    before = re.split(
        r"[;\n]|(?<!\bok)(?<!\bca)(?<!\bapprox)(?<!\bc)\.\s", text[max(0, start - width) : start]
    )[-1]
    after = re.split(r"[;\n]|\.\s", text[end : end + width])[0]
    return f"{before} {after}"


# "Project lead for the $4.2M fielding of 46 vehicles": an amount that names a project is the budget run.
_A_PROJECT = re.compile(
    r"\s*(?:(?!(?:in|of|on|for|to|from|per|a|an|the)\b)[\w-]{1,30}\s+){0,2}?"
    r"(?:project|programme|program|fielding|roll-?out|implementation|migration|build-?out|construction|refit"
    r"|fit-?out)s?\b",
    re.IGNORECASE,
)

_SAVED = re.compile(r"\b(?:sav(?:ed|ing|ings)|cut|reduc\w+|avoid\w*)\b", re.IGNORECASE)


_RANGE_TO = re.compile(r"\s*(?:-|–|—|to|bis|à|a)\s*", re.IGNORECASE)


def _ranges(text: str) -> list[tuple[re.Match[str], re.Match[str] | None]]:
    """Each amount with the one that closes its range, if any: in "CAD 5–15 million" the 5 is millions of
    Canadian dollars too."""
    found = list(_MONEY.finditer(text))
    paired: list[tuple[re.Match[str], re.Match[str] | None]] = []
    for m, after in zip(found, [*found[1:], None], strict=False):
        joined = after is not None and bool(_RANGE_TO.fullmatch(text[m.end() : after.start()]))
        # "2020 - $5M" is a year and an amount, not a range.
        bare = not (m.group("cur") or m.group("mult")) and _figure(m.group("num")) >= 1000
        joined = joined and not bare
        paired.append((m, after if joined else None))
    return paired


def owned_amounts(text: str, lower_end: bool = False) -> list[tuple[int, bool]]:
    """Budgets, P&Ls and revenues owned, in US dollars, each with whether it is only the value of a project
    run, which answers a project budget but not a business's revenue ("a CHF 40m programme" is no $100M
    P&L). One pass for both readings. With `lower_end`, a range counts as its lower end: a description
    asking for "budgets of CAD 5–15 million" asks for five."""
    amounts: list[tuple[int, bool]] = []
    closing: set[int] = set()
    for m, end in _ranges(text):
        if lower_end and m.start() in closing:
            continue
        currency = (m.group("cur") or m.group("cur2") or "").strip().lower()
        multiplier = (m.group("mult") or "").lower()
        if end is not None:
            closing.add(end.start())
            currency = currency or (end.group("cur") or end.group("cur2") or "").strip().lower()
            multiplier = multiplier or (end.group("mult") or "").lower()
        # A bare number is only money with a currency or a word like "million".
        if not currency and multiplier not in _MILLIONS:
            continue
        window = _clause_window(text, m.start(), m.end())
        scope = bool(_SCOPE_WORDS.search(window))
        if _PAY_WORDS.search(_PAY_BUDGET.sub("budget", window)) or (_PER_YEAR.search(window) and not scope):
            continue
        named = bool(currency) and bool(_A_PROJECT.match(text[m.end() :])) and not _SAVED.search(window)
        if not (scope or named):
            continue
        figure = _figure(m.group("num"))
        # "9,2 mil" and "12 mil." are millions; "500 mil" is the Spanish and Portuguese thousand.
        thousand = multiplier == "mil" and figure.is_integer() and not text.startswith(".", m.end())
        scale = 1e3 if thousand else _MULTIPLIERS.get(multiplier, 1.0)
        if _PER_MONTH.match(text, (end or m).end()):
            scale *= 12
        value = int(figure * scale * _TO_USD.get(currency, 1.0))
        if value > 0:
            amounts.append((value, not scope))
    return amounts


def _figure(number: str) -> float:
    """A number as written: "1,250" is a thousand and more, "4,2" (before "milioni") four and a bit."""
    if re.fullmatch(r"\d+,\d{1,2}", number):
        return float(number.replace(",", "."))
    return float(number.replace(",", ""))


def budgets(text: str, projects: bool = False, lower_end: bool = False) -> list[int]:
    """Budgets owned; with `projects`, also the value of a project run (see `owned_amounts`)."""
    return [value for value, project_only in owned_amounts(text, lower_end) if projects or not project_only]


def money(usd: int) -> str:
    """An amount in US dollars as a reader writes it: $12M, $1.5B, $800K."""
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if usd >= limit:
            return f"${usd / limit:.1f}".rstrip("0").rstrip(".") + suffix
    return f"${usd}"
