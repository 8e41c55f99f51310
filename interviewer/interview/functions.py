"""The function a job title names, as a set of word stems and families: a warehouse manager and an army
distribution officer do the same work; a "Mjukvaruutvecklare" is a software developer. Ranks ("senior",
"head of") and places ("EMEA") name no function."""

from __future__ import annotations

import re

RANK_WORDS = frozenset(
    " ".join(
        [
            "head of chief vp svp evp avp vice president director senior sr staff lead principal junior",
            "jr officer the and for group global regional interim deputy associate assistant executive",
            "manager managers management mgr general managing leader leadership team member at in to with",
            "a an ltd inc corp llc plc gmbh co company limited partner partners specialist",
            "country area district national division divisional benelux dach emea apac latam nordics nordic",
            "americas europe european asia africa mena anz uk us usa north south east west central",
            "de del la el los las da do dos das di der die den und le les du des et en och av van het im",
        ]
    ).split()
)
_KITCHEN = {"chef", "cook", "culin", "kitch", "cocin"}
_DINING = {"bever", "alime", "bebid", "resta", "cater", "banqu"}
# Words for one function: a warehouse manager and an army distribution officer do the same work.
_FAMILIES = {
    # Demand planning and replenishment are supply-chain work.
    "logistics": {"wareh", "distr", "logis", "suppl", "fulfi", "inven", "freig", "shipp", "deman", "reple"},
    "people": {"human", "peopl", "talen", "recru", "hr"},
    "finance": {"finan", "accou", "contr", "treas", "audit"},
    # A medical rep or a "representante" sells: sales in the languages titles come in.
    "sales": {"sales", "venta", "vente", "vendi", "verka", "vertr", "repre", "comme", "comer", "selle"},
    "education": {"teach", "educa", "lectu", "tutor", "instr", "schoo", "colle", "acade"},
    # A dental practice manager runs a clinic; a legal counsel and a solicitor are both lawyers.
    "clinic": {"clini", "pract", "denta"},
    "legal": {"legal", "solic", "lawye", "couns", "attor", "advoc", "barri", "juris"},
    "software": {"devel", "softw", "progr", "codin", "cto"},
    # Business intelligence, insights and analytics are data work.
    "data": {"data", "intel", "insig"},
    # An army wheeled-vehicle mechanic and a diesel technician keep the same engines running.
    "vehicles": {"mecha", "diese", "vehic", "fitte"},
    # An army motor transport operator drives trucks for a living.
    "driving": {"drive", "truck", "lorry", "haule", "chauf", "cdl", "couri", "motor"},
    # A store manager and a practice manager each run a site; a shift supervisor underground and a mine
    # overseer both run mining crews; an extension officer works on farmers' livelihoods.
    "site": {"store", "branc", "pract", "shop", "outle"},
    "mining": {"mine", "minin", "miner", "shaft"},
    "agriculture": {"agric", "agron", "farm", "farme", "livel", "exten", "crops", "lives"},
    # An executive chef and a food and beverage manager run the same kitchens and restaurants ("food" alone
    # is no family: a chef who becomes a food safety inspector changes profession).
    "food service": _KITCHEN | _DINING,
    # Health, safety and environment: a safety officer is an HSE officer.
    "safety": {"safet", "hse", "ehs", "hseq", "qhse", "whs", "osh"},
}


# Assistants whose title is their function, though "assistant" and "executive" are ranks elsewhere.
_SUPPORT_ROLE = re.compile(
    r"\b(?:executive|personal|administrative|admin|office|legal|virtual)\s+assistant\b|\bsecretar", re.I
)


# The words titles use for a function in other languages, read as the English one: a "Mjukvaruutvecklare"
# is a software developer, a "Vertriebsleiter" leads sales.
_IN_ENGLISH = tuple(
    (re.compile(p, re.IGNORECASE), english)
    for p, english in (
        (
            r"utvecklare|entwickler|desarrollador|desenvolvedor|d[ée]veloppeu|sviluppator|ontwikkelaar|programist",
            "developer",
        ),
        (r"vertrieb|ventas|vendas|ventes|vendite|verkoop|sprzeda|f[öo]rs[äa]ljning|salg", "sales"),
        (r"ingenieur|ingeniero|engenheir|ing[ée]nieur|ingegner|in[żz]ynier", "engineer"),
        (r"datos|dados|donn[ée]es|daten", "data"),
        (r"contador|contable|comptable|buchhalt|ragionier|boekhoud|ksi[ęe]gow", "accountant"),
        (
            r"enfermer|enfermeir|infirmi|pflege|krankenschwester|verpleeg|piel[ęe]gniar|sjuksk[öo]terska",
            "nurse",
        ),
        (r"\bRNs?\b|\bLPNs?\b", "nurse"),
        (r"lehrer|profesor|professeur|docente|leraar|nauczyciel|l[äa]rare", "teacher"),
        (r"mercadeo", "marketing"),
        # An account manager or executive sells, as a customer success manager keeps and grows accounts.
        (
            r"\baccount (?:manager|executive|director|lead)|\bkey account|\b(?:customer|client) success"
            r"|\brelationship manager",
            "sales",
        ),
        (r"einkauf|compras|achats|acquisti|inkoop|zakup", "procurement"),
        (r"logistik|log[íi]stic|logistique", "logistics"),
        # A "brygadzista magazynu" or a "jefe de almacén" runs a warehouse.
        (r"magazyn|almac[ée]n|armaz[ée]m|entrep[ôo]t|magazzin|\blager|\bdepo\b", "warehouse"),
    )
)


# An instructional designer designs learning; an instructor teaches it. Only the teacher is in education.
_LEARNING_DESIGN = re.compile(r"\binstructional\s+design", re.IGNORECASE)


def function_words(text: str) -> set[str]:
    text = _LEARNING_DESIGN.sub("learning design", text)
    words = {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 1 and w not in RANK_WORDS}
    words |= {english for rx, english in _IN_ENGLISH if rx.search(text)}
    # A five-letter stem makes "finance" meet "financial" and "engineer" meet "engineering".
    # "Contracting" and "contractor" are no controller's work.
    stems = {w[:5] for w in words if not w.startswith("contract")}
    stems |= {"assis"} if _SUPPORT_ROLE.search(text) else set()
    return stems | {family for family, members in _FAMILIES.items() if stems & members}
