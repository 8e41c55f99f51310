"""Amounts of money in resume and job-description text: budgets, P&Ls and the value of projects run, in any
currency, brought to rough US dollars (only the order of magnitude matters when comparing scope)."""

from __future__ import annotations

import re

_MONEY = re.compile(
    # "budgets of c.£12m": circa before an amount is not a decimal point.
    r"(?:(?<![\w.])|(?<=\bc\.)|(?<=\bca\.))(?P<cur>US\$|A\$|AU\$|C\$|CA\$|NZ\$|S\$|HK\$|R\$|\$|£|€|₹|Rs\.?\s?|"
    r"(?:USD|GBP|EUR|AUD|CAD|NZD|SGD|HKD|CHF|INR|BRL)\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?"
    r"(?P<mult>billion|bn|b|million|mn|mm|m|thousand|k|crores?|cr|lakhs?)?\b"
    r"(?:\s?(?P<cur2>USD|GBP|EUR|AUD|CAD|NZD|SGD|HKD|CHF|INR|BRL|dollars|pounds|euros|rupees)\b)?",
    re.IGNORECASE,
)
_SCOPE_WORDS = re.compile(
    r"\bbudgets?\b|\bp\s?&\s?l\b|\bp/l\b|\bprofit and loss\b|\brevenues?\b|\bturnover\b|\bspend\b|\bopex\b"
    r"|\bcapex\b|\bcost base\b|\bportfolio\b|\bsales\b|\bbook of business\b|\btop line\b|\bbookings\b"
    r"|\bARR\b|\bquotas?\b|\bAUM\b|\bassets under management\b",
    re.IGNORECASE,
)
# Pay is not scope: "base salary $120,000 plus sales commission".
_PAY_WORDS = re.compile(
    r"\bsalary\b|\bcompensation\b|\bOTE\b|\bcommission\b|\bbonus\b|\bequity\b|\bper (?:year|annum|hour)\b"
    r"|\bpay\b|\bwage\b",
    re.IGNORECASE,
)
# Rough fixed rates: only the order of magnitude matters when comparing scope.
_TO_USD = {"$": 1.0, "us$": 1.0, "usd": 1.0, "dollars": 1.0, "£": 1.25, "gbp": 1.25, "pounds": 1.25,
           "€": 1.1, "eur": 1.1, "euros": 1.1, "a$": 0.65, "au$": 0.65, "aud": 0.65, "c$": 0.72, "ca$": 0.72,
           "cad": 0.72, "nz$": 0.6, "nzd": 0.6, "s$": 0.75, "sgd": 0.75, "hk$": 0.13, "hkd": 0.13, "chf": 1.1,
           "r$": 0.2, "brl": 0.2, "₹": 0.012, "rs": 0.012, "rs.": 0.012, "inr": 0.012, "rupees": 0.012}  # fmt: skip
_MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9,
                "bn": 1e9, "billion": 1e9, "crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh": 1e5,
                "lakhs": 1e5}  # fmt: skip


def _clause_window(text: str, start: int, end: int, width: int = 45) -> str:
    before = re.split(r"[;\n]|\.\s", text[max(0, start - width) : start])[-1]
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


def owned_amounts(text: str) -> list[tuple[int, bool]]:
    """Budgets, P&Ls and revenues owned, in US dollars, each with whether it is only the value of a project
    run, which answers a project budget but not a business's revenue ("a CHF 40m programme" is no $100M
    P&L). One pass for both readings."""
    amounts: list[tuple[int, bool]] = []
    for m in _MONEY.finditer(text):
        currency = (m.group("cur") or m.group("cur2") or "").strip().lower()
        multiplier = (m.group("mult") or "").lower()
        # A bare number is only money with a currency or a word like "million".
        if not currency and multiplier not in ("million", "mn", "billion", "bn"):
            continue
        window = _clause_window(text, m.start(), m.end())
        if _PAY_WORDS.search(window):
            continue
        scope = bool(_SCOPE_WORDS.search(window))
        named = bool(currency) and bool(_A_PROJECT.match(text[m.end() :])) and not _SAVED.search(window)
        if not (scope or named):
            continue
        value = int(float(m.group("num").replace(",", "")) * _MULTIPLIERS.get(multiplier, 1.0)
                    * _TO_USD.get(currency, 1.0))  # fmt: skip
        if value > 0:
            amounts.append((value, not scope))
    return amounts


def budgets(text: str, projects: bool = False) -> list[int]:
    """Budgets owned; with `projects`, also the value of a project run (see `owned_amounts`)."""
    return [value for value, project_only in owned_amounts(text) if projects or not project_only]


def money(usd: int) -> str:
    """An amount in US dollars as a reader writes it: $12M, $1.5B, $800K."""
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if usd >= limit:
            return f"${usd / limit:.1f}".rstrip("0").rstrip(".") + suffix
    return f"${usd}"
