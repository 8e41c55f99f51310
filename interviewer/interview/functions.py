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
            # what qualifies a line of business or a reach, not a function: "Riesgos Empresariales"
            "nacional nationale nazionale empresarial empresariales",
            "americas europe european asia africa mena anz uk us usa north south east west central",
            "de del la el los las da do dos das di der die den und le les du des et en och av van het im",
        ]
    ).split()
)
_KITCHEN = {"chef", "cook", "culin", "kitch", "cocin", "baker"}
_DINING = {"bever", "alime", "bebid", "resta", "cater", "banqu"}
# Words for one function: a warehouse manager and an army distribution officer do the same work.
_FAMILIES = {
    # Demand planning and replenishment are supply-chain work; goods in, picking and dispatch a warehouse's.
    # and in German: Lager, Wareneingang (goods in), Kommissionierung (picking), Versand (dispatch)
    "logistics": {"wareh", "distr", "logis", "suppl", "fulfi", "inven", "freig", "shipp", "deman", "reple"}
    | {"inbou", "outbo", "picki", "picke", "dispa", "despa", "lager", "waren", "kommi", "versa"},
    "people": {"human", "peopl", "talen", "recru", "hr", "workf"},
    "finance": {"finan", "accou", "contr", "treas", "audit"},
    # A medical rep or a "representante" sells: sales in the languages titles come in.
    "sales": {"sales", "venta", "vente", "vendi", "verka", "vertr", "repre", "comme", "comer", "selle"},
    "education": {"teach", "educa", "lectu", "tutor", "instr", "schoo", "colle", "acade"},
    # A dental practice manager runs a clinic; a legal counsel and a solicitor are both lawyers.
    "clinic": {"clini", "pract", "denta"},
    # and in the languages titles come in: avvocato, abogado, advogado, avocat, Rechtsanwalt, jurídico
    "legal": {
        "legal",
        "solic",
        "lawye",
        "couns",
        "attor",
        "advoc",
        "barri",
        "juris",
        "avvoc",
        "aboga",
        "advog",
        "avoca",
        "anwal",
        "recht",
        "jurid",
    },
    # "Development" alone is also a business's, a process's or an organisation's (see `_IN_ENGLISH`).
    "software": {"softw", "progr", "codin", "cto"},
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
    "agriculture": {"agric", "agron", "farm", "farme", "livel", "exten", "crop", "crops", "lives", "sheph"},
    # An executive chef and a food and beverage manager run the same kitchens and restaurants ("food" alone
    # is no family: a chef who becomes a food safety inspector changes profession).
    "food service": _KITCHEN | _DINING,
    # A hotel's director and the head of a restaurant and events business ("Betriebsleiter, ... Gastro &
    # Events") both run hospitality houses.
    "hospitality": {"hotel", "hospi", "gastr", "resor", "lodgi"},
    # Health, safety and environment: a safety officer is an HSE officer.
    "safety": {"safet", "hse", "ehs", "hseq", "qhse", "whs", "osh"},
    # A production manager and a plant manager run the same lines (see `_IN_ENGLISH`; a product manager
    # does other work), as does the leader of an injection moulding or an assembly line.
    "production": {"plant", "manuf", "werkl", "fabri", "mould", "injec", "assem"},
    # A quality engineer and a QA specialist both assure quality.
    "quality": {"quali", "qa", "qc", "assur"},
    # The families below group occupations as a recruiter does, so that two titles worded apart ("Laboratory
    # Head", "Lab Technician"; "Buyer", "Procurement Specialist") are read as one field of work, and two
    # titles in known fields that differ are read as a change. Each is named by the word `_IN_ENGLISH` reads
    # its other wordings as, where a shared word would be ambiguous ("social" in social media).
    "laboratory": {"lab"},
    "nursing": {"nurse", "nursi", "midwi"},
    "sport": {"sport", "athle", "fitne"},
    "customer service": {"custs", "helpd"},
    "social work": {"welfa"},
    "research": {"resea", "evalu"},
    "architecture": {"archt"},
    "procurement": {"procu", "purch", "buyer"},
    # "Admin" is also a system's administrator.
    "administration": {"secre", "recep", "clerk"},
    # "journ" is also a journeyman's.
    "journalism": {"newsr", "edito", "copyw"},
    "aviation": {"pilot", "aviat", "cabin", "fligh", "airli"},
    "banking": {"bank", "banki", "banke", "loan", "lendi", "mortg", "telle"},
    "insurance": {"insur", "claim"},
    # A construction manager, a civil project manager and a site engineer work on the same sites ("Kierownik
    # budowy", "chef de chantier").
    "construction": {"const", "civil", "budow", "chant", "site"},
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
        # A developer writes software, unless a business or a property is what they develop.
        (
            r"utvecklare|entwickler|desarrollador|desenvolvedor|d[ée]veloppeu|sviluppator|ontwikkelaar|programist"
            r"|(?<!business )(?<!property )\bdevelopers?\b"
            r"|\b(?:software|web|app|application|mobile|game) development\b",
            "software",
        ),
        # A CAD technician or a draughtsman draws what designers design.
        (r"\bCAD\b|\bdraughts(?:man|woman|person)\b|\bdraft(?:ing|er|sman|sperson)\b", "design"),
        # A hotel's rooms division: the front office, reception, guest service, reservations and housekeeping.
        (
            r"\bfront (?:office|desk)\b|\bhousekeeping\b|\breception\b|\brooms division\b"
            r"|\bguest services?\b",
            "rooms",
        ),
        (r"vertrieb|ventas|vendas|ventes|vendite|verkoop|sprzeda|f[öo]rs[äa]ljning|salg", "sales"),
        # A Belgian "kinesitherapeut" (kinésithérapeute) is a physiotherapist: fysio-, físio-, fisioterapeuta.
        # The word read is spelt "fysio": "physio" would share its stem with a physician.
        (r"physio|fysio|f[íi]sio|kin[eé]sith[eé]rap|kinesither|physical therap", "fysiotherapy"),
        (
            r"ingenieur|ingeniero|engenheir|ing[ée]nieur|ingegner|in[żz]ynier|ingeni[øo]r|ingenj[öo]r|in[žz]en[ýy]r",
            "engineer",
        ),
        # "Técnico/a Superior de PRL" and "Técnica de Prevención de Riesgos Laborales": safety at work.
        (r"\bPRL\b|prevenci[óo]n de riesgos|\bHSE\b|\bSST\b|arbeitssicherheit|\bHMS\b", "safety"),
        (r"datos|dados|donn[ée]es|daten", "data"),
        (r"contador|contable|comptable|buchhalt|ragionier|boekhoud|ksi[ęe]gow", "accountant"),
        (
            r"enfermer|enfermeir|infirmi|pflege|krankenschwester|verpleeg|piel[ęe]gniar|sjuksk[öo]terska",
            "nurse",
        ),
        (r"\bRNs?\b|\bLPNs?\b", "nurse"),
        # A care assistant, a home support worker and a nursing aide do a healthcare assistant's work.
        (
            r"\bcare (?:assistant|worker)|\bsupport worker|\bcarer\b|\bcaregiver|\bHCA\b"
            r"|\bnursing (?:assistant|aide)",
            "healthcare",
        ),
        (r"lehrer|profesor|professeur|docente|leraar|nauczyciel|l[äa]rare|\bguro\b", "teacher"),
        (r"mercadeo", "marketing"),
        # A Romanian town hall's "Compartimentul Promovare Turistică" promotes: marketing work.
        (r"\bpromovare\b", "marketing"),
        # A programme is run as projects are: a project director is no newcomer to programme operations.
        (r"\bprogram(?:me)?s?\b", "project"),
        (r"apothe[ek]|pharmacien|farmac[eé]ut|farmacist|farmaci[ae]\b|eczac", "pharmacist"),
        # An "odontoiatra" owns a "studio dentistico"; "daune" and "siniestros" are claims.
        (r"odontoiatr|odont[óo]log|zahnarzt|tandarts|stomatolog|dentist", "dentist"),
        (r"daune|siniestr|sinistr|schadenregul|schadebehandel", "claims"),
        # An account manager or executive sells, as a customer success manager keeps and grows accounts.
        (
            r"\baccount (?:manager|executive|director|lead)|\bkey account|\b(?:customer|client) success"
            r"|\brelationship manager",
            "sales",
        ),
        (r"einkauf|compras|achats|acquisti|inkoop|zakup", "procurement"),
        (r"logistik|log[íi]stic|logistique", "logistics"),
        (
            r"cadena de suministro|cadeia de (?:suprimentos|abastecimento)|cha[îi]ne d['’]approvisionnement",
            "supply",
        ),
        # A "brygadzista magazynu" or a "jefe de almacén" runs a warehouse.
        (r"magazyn|almac[ée]n|armaz[ée]m|entrep[ôo]t|magazzin|\blager|\bdepo\b", "warehouse"),
        (r"\bproduction\b|produktion|producci[óo]n|produ[çc][ãa]o", "manufacturing"),
        # A laboratory is a lab in every language ("Laborleiter", "laboratorio", "Laborant"); "labor" alone is
        # the US spelling of labour (labor relations, labor and delivery) as often as the German for a lab.
        (r"laborat|\blabor(?:ant|leit)|\blabo\b", "lab"),
        # Strength and conditioning and sports science are the work of a club's physical performance staff.
        (r"\bS&C\b|strength (?:and|&) conditioning|physical performance|sports? scien", "sport"),
        # Customer service in the languages titles come in: "Asiakaspalvelupäällikkö", "Kundendienst".
        (
            r"customer (?:service|care|support|experience)|client (?:service|care)|call cent|contact cent"
            r"|asiakaspalvelu|kundservice|kundenservice|kundendienst|klantenservice|servicio al cliente"
            r"|atenci[óo]n al cliente|service client|atendimento ao cliente|obs[łl]ug\w{0,4} klienta",
            "custserv",
        ),
        # Social work, named by its welfare: "social" alone is social media too.
        (
            r"social work|trabajador\w{0,3} social|assistant\w{0,3} social|sozialarbeit|sozialp[äa]dagog"
            r"|servi[çc]o social|assistente sociale|maatschappelijk werk|socionom|\bcase ?work"
            r"|child protection|protecci[óo]n de (?:derechos|menores)|youth work",
            "welfare",
        ),
        # Monitoring and evaluation is research into what a programme did.
        (r"\bM&E\b|\bMEL\b|\bMEAL\b|monitoring,? (?:and|&) evaluation", "evaluation"),
        # An architect of buildings in the languages titles come in; in English an architect may design
        # software or solutions as well.
        (r"arkkiteh|architekt|arquitect|architett|architecte", "archt"),
        (r"underwrit", "insurance"),
        (r"journalis|\breporter\b|\bcorrespondent\b|\bnewsroom\b", "newsroom"),
        # An Austrian "DGKP" is a registered nurse.
        (r"\bDGK[PS]\b|krankenpfleg", "nurse"),
    )
)


# Phrases read as other words before a title is cut into stems.
_REWRITES = tuple(
    (re.compile(p, re.IGNORECASE), said)
    for p, said in (
        # An instructional designer designs learning; an instructor teaches it: only the teacher educates.
        (r"\binstructional\s+design", "learning design"),
        # Business development is selling: a business development manager develops no software.
        (r"\bbusiness\s+develop\w*", "business sales"),
        # A hospital is no hotel, though the two words share their first five letters.
        (r"\bhospitals?\b", "medical centre"),
    )
)


# The words that name an occupation, as stems. A title with none of them ("Al Manara Contracting W.L.L.,
# Doha", a company read where the title should be) says nothing of the candidate's function.
_OCCUPATIONS = frozenset(
    w[:5]
    for w in " ".join(
        [
            "engineer developer programmer architect analyst scientist researcher technician",
            "technologist mechanic electrician plumber carpenter joiner welder fitter machinist",
            "operator driver pilot nurse doctor physician surgeon dentist pharmacist therapist",
            "psychologist counsellor counselor carer caregiver midwife paramedic radiographer",
            "sonographer optometrist veterinarian vet teacher lecturer professor tutor trainer coach",
            "instructor educator accountant auditor bookkeeper controller treasurer actuary economist",
            "banker teller underwriter broker trader investment lawyer solicitor attorney paralegal",
            "counsel barrister notary clerk secretary receptionist administrator administration",
            "coordinator planner scheduler buyer purchasing procurement merchandiser cashier sales",
            "seller representative consultant adviser advisor recruiter recruitment designer surveyor",
            "editor writer journalist translator interpreter photographer artist musician chef cook",
            "baker butcher waiter waitress bartender barista housekeeper cleaner janitor caretaker",
            "security guard police detective firefighter soldier farmer gardener landscaper labourer",
            "laborer warehouse storekeeper picker packer forklift courier dispatcher logistics supply",
            "marketing marketer communications product project programme program operations hr human",
            "people finance financial it support helpdesk service agent estimator inspector assessor",
            "quality qa tester testing data statistician mathematician chemist biologist geologist",
            "physicist librarian curator archivist strategist strategy customer account software",
            "network systems infrastructure devops cloud security cyber web frontend backend mobile",
            "clinical medical health care social worker welfare policy compliance risk legal tax",
            "payroll credit claims insurance maintenance production manufacturing construction site",
            "store retail restaurant hotel kitchen nursing teaching research laboratory lab design",
            "content brand digital media editorial crew cabin purser steward stewardess attendant",
        ]
    ).split()
)


_OCCUPATION_ENDINGS = (
    "seller",
    "keeper",
    "maker",
    "worker",
    "smith",
    "writer",
    "manager",
    "leiter",
    "pfleger",
    "arbeiter",
    "techniker",
    "berater",
    "fahrer",
)


_KNOWN = _OCCUPATIONS | {m for members in _FAMILIES.values() for m in members} | set(_FAMILIES)


def names_an_occupation(text: str) -> bool:
    """Whether a title names any occupation at all (in the languages the families and aliases know)."""
    stems = function_words(text)
    # A compound names its occupation at its end: a bookseller sells, a Krankenpfleger nurses.
    words = re.findall(r"[a-zà-ÿ]{6,}", text.lower())
    return bool(stems & _KNOWN) or any(w.endswith(o) for w in words for o in _OCCUPATION_ENDINGS)


def families(text: str) -> set[str]:
    """The families of work a title names ("Science Teacher" is education), if any."""
    return function_words(text) & set(_FAMILIES)


def function_words(text: str) -> set[str]:
    for rx, said in _REWRITES:
        text = rx.sub(said, text)
    words = {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 1 and w not in RANK_WORDS}
    words |= {english for rx, english in _IN_ENGLISH if rx.search(text)}
    # A five-letter stem makes "finance" meet "financial" and "engineer" meet "engineering".
    # "Contracting" and "contractor" are no controller's work.
    stems = {w[:5] for w in words if not w.startswith("contract")}
    stems |= {"assis"} if _SUPPORT_ROLE.search(text) else set()
    stems |= _compound_heads(words)
    return stems | {family for family, members in _FAMILIES.items() if stems & members}


_PREFIXED = re.compile(r"(?:para|vice|sub|pre|post|non|anti|multi|co)")
_FAMILY_STEMS = {m for members in _FAMILIES.values() for m in members if len(m) == 5}


def _compound_heads(words: set[str]) -> set[str]:
    """A compound names its kind at its end: a "Manager Aparthotel" runs a hotel. A prefix is no compound: a
    paralegal is not a lawyer."""
    found = set()
    for word in (w for w in words if len(w) >= 8 and not _PREFIXED.match(w)):
        for stem in _FAMILY_STEMS:
            at = word.find(stem, 3)
            if at != -1 and len(word) - at - len(stem) <= 3:
                found.add(stem)
    return found
