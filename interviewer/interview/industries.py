"""Industries, as resumes and job descriptions name them: the table of sectors (function words such as
"finance" are left out on purpose), the phrases of a description that ask for one ("experience in
healthcare or life sciences", "years selling enterprise SaaS"), and the sectors a resume shows."""

from __future__ import annotations

import re

from interviewer.interview.degrees import _degrees
from interviewer.interview.headings import _heading_kind
from interviewer.interview.known_employers import employer_sectors

# Industries, as named in resumes and descriptions. Function words ("finance", "marketing") are left out on
# purpose: "experience in finance" describes a function, not a sector.
_INDUSTRIES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in {
        "healthcare": r"\b(?:public|community|global|maternal|child|primary) health\b|\bhealth (?:programmes?|programs?|sector|facilit\w+)\b|\b(?:ministry|department) of health\b|\bHIV\b|\bsalud\b|\bsaúde\b|\bsanitari[oa]\b|\bgesundheitswesen\b|\bzorg\b|\b(?:gezondheids|ouderen|jeugd)zorg\b|\bhealth-?tech\b|\bhealth ?care\b|\bhospitals?\b|\bclinical\b|\bclinics?\b|\bdental (?:practices?|clinics?|care|surger(?:y|ies))\b|\bmedical\b(?! (?:devices?|reports?|insurance|leave|certificates?|benefits?|aid|cover|check-?ups?|allowance))|\bpatients?\b"
        r"|\bhealth (?:system|services|insurer)s?\b|\bNHS\b|\bkrankenh[äa]us\w*|\bklinik\w*|\bpharmac(?:y|ies)\b"
        r"|\bpharmacies?\b|\bcliniques?\b|\bhospitali[eè]r\w*|\bhôpita\w*",
        "financial services": r"\bbanca\b|\bbancos?\b(?!\s+de\s+(?:dados|datos|sangre|sangue|alimentos|horas|tempo))|\bbanques?\b|\bservices financiers\b|\bbankac[ıi]l[ıi]k\w*|\bngân hàng\b|\bbanc[áa]ri[oa]\b|\bbancaire\b|\bfinanzdienst\w*|\bfinancial services\b|(?<!food )(?<!blood )(?<!data )\bbank(?:s|ing)?\b(?! (?:reconciliations?|recs?|statements?|accounts?|transfers?|holidays?|details|feeds?|balances?|payments?|guarantees?|facilit\w+|covenants?|relationships?|partners?|mandates?|charges|fees|negotiations?)\b)|\bfintech\b|\bBFSI\b|\blending\b"
        # German banks name themselves in one word: Handelsbank, Privatbank, Hypothekenbank, Sparkasse; a
        # word ending in "bank" is a bank's name where a company's legal form follows (not "Southbank").
        # (bounded, so that a long run of letters costs no more than a short one)
        r"|\b\w{0,20}?(?:handels|privat|landes|hypotheken|kommerz|genossenschafts|volks|raiffeisen|kantonal"
        r"|investitions|förder|geschäfts|spar)bank\b|\b[A-ZÄÖÜ][a-zäöüß-]{3,30}bank\b(?= [^\n]{0,20}\b(?:AG|eG|SE|KGaA)\b)"
        r"|\bsparkassen?\b|\bpayments? (?:company|processor|provider|institution)s?\b"
        r"|\b(?:payments?|card|merchant) acquir(?:er|ers|ing)\b|\bacquirer\b"
        r"|\bwealth management\b"
        r"|\binvestment management\b|\basset managers?\b|\bhedge funds?\b|\bbrokerage\b",
        "insurance": r"\bseguros?\b|\basigur[ăa]ri\w*|\bassurances?\b|\bversicherung\w*|\bverzekering\w*|\bassicura\w*|\binsurance\b|\binsurers?\b|\breinsurance\b|\bunderwriting\b|\bactuarial\b|\bpolicy-?holders?\b",
        "retail": r"\bvarejo\b|\bretalho\b|\bcomercio minorista\b|\bgrande distribution\b|\beinzelhandel\b|\bretail(?:er|ers|ing)?\b|\be-?commerce\b|\bsupermarkets?\b|\bgrocery\b"
        r"|\bdepartment stores?\b",
        "software": r"\bsaas\b|\bsoftware\b|\bcloud platforms?\b"
        r"|\btech(?:nology)? (?:company|firm|start-?up)s?\b|\binternet (?:company|companies|industry)\b|互联网|인터넷",
        "manufacturing": r"\bmanufa[ck]tur\w*|\bproduktions(?:virksomhed|unternehmen|bedrift|företag|betrieb|standort)\w*|\b\w*maschinenbau\b|\bfertigungs?\w*|\bspritzguss\w*|\bvýrobn\w+|\busines?\b|제조(?:업|기업|업체|사)|制造业|\bfactor(?:y|ies)\b|\bindustrial\b(?! relations)|\bproduction plants?\b|\bproduction (?:lines?|halls?|floors?)\b|\bshop ?floors?\b|\bassembly lines?\b",
        "energy": r"\bwind (?:power|energy|farms?|turbines?|parks?)\b|\bpower (?:plants?|stations?|grids?)\b|\benerg[íi]a\b|\bénergie\b|\benergie\w*|\benergy\b|\boil (?:and|&) gas\b|\butilit(?:y|ies)\b|\brenewables?\b|\bpower generation\b"
        r"|\bpower sector\b|\belectricity (?:company|board|authority|distribution|transmission|utility)\b|\bgrid (?:company|operator)\b"
        r"|\b(?:transmission|distribution) system operators?\b"
        # an electricity network's own work: "zone substation", "smart meter data", "electricity distribution"
        r"|\b(?:zone |grid )?substations?\b|\bsmart met(?:er|ering)\b|\belectricity (?:distribution|networks?|retail\w*|lines)\b"
        r"|\bsolar\b|\bpetroleum\b|\bLNG\b|\brefiner(?:y|ies)\b|\boil ?fields?\b|\bFPSOs?\b|\bE&P\b|\bgas (?:plants?|processing|fields?)\b|\benerg[ée]tic[oa]s?\b",
        # Within energy; a description asking for wind or solar asks for it, not for oil and gas (see
        # `_qualified`).
        "renewables": r"\b(?:offshore |onshore |floating )?wind (?:power|energy|farms?|turbines?|parks?|projects?"
        r"|industry|sector)\b|\boffshore wind\b|\brenewables?\b|\brenewable energy\b|\bsolar\b|\bphotovoltaic\b",
        # Work at sea runs under its own safety regime, whatever it produces; "offshore teams" in software is
        # a place of work, not this sector, and "offshore wind" asks for renewables.
        "offshore": r"\boffshore (?:oil|operations|installations?|platforms?|rigs?|drilling|energy|environments?"
        r"|industry|sector|assets?|facilit\w+|projects?|fields?)\b|\bsubsea\b|\bFPSOs?\b|\bNOROG\b",
        "telecom": r"\btelecom\w*|\btelco\b|\bmobile operators?\b|\bnetwork operators?\b|\bbroadband\b"
        r"|\bwireless carriers?\b",
        "public sector": r"\bsector p[úu]blico\b|\bsetor p[úu]blico\b|\bsecteur public\b|\böffentlichen dienst\b|\bpublic sector\b|\bgovernment\b|\bministry\b|\bfederal agenc\w+|\bcivil service\b"
        r"|\bmunicipal\b|\blocal authorit\w+",
        # Any employer but the state: see `private_sector_met`.
        "private sector": r"\bprivate[- ]sector\b|\bsector privado\b|\bsetor privado\b|\bsecteur priv[ée]\b",
        # Donor-funded projects and the large agencies are the NGO world, whatever the employer calls itself.
        "non-profit": r"\bnon-?profits?\b|\bnot-for-profit\b|\bcharit(?:y|ies)\b|\bNGOs?\b|\bUSAID\b|\bPEPFAR\b"
        r"|\bGlobal Fund\b|\bUNICEF\b|\bUNDP\b|\bUNHCR\b|\bOxfam\b|\bSave the Children\b|\bWorld Vision\b"
        r"|\bRed Cross\b|\bRed Crescent\b|\binternational development\b|\bODA\b|\bKOICA\b|\bJICA\b"
        r"|\bdevelopment (?:cooperation|aid)\b",
        "education": r"\beducation(?:al)?\b|\bed-?tech\b|\bhigher ed\b|\buniversities\b|\bschools\b|\bK-12\b"
        r"|\be-?learning\b",
        "cybersecurity": r"\bcyber-?security\b|\binfo-?sec\b|\bsecurity (?:products?|software|vendors?)\b",
        "logistics": r"\blog[íi]stica\b|\blogistique\b|\blogistik\b|\blogistics\b|\bfreight\b|\bshipping\b|\bwarehous\w+|\b3PL\b|\bcouriers?\b|\bparcel\b",
        # Media agencies, buying and spend, and social or paid media, are marketing's work in any sector.
        "media": r"(?<!social )(?<!paid )(?<!digital )(?<!owned )(?<!earned )\bmedia\b(?! (?:agenc\w+|buying|planning|spend|plans?|campaigns?|mix|budgets?|relations|monitoring|kits?|training|channels?)\b)|\bpublishing\b|\bbroadcast\w*|\bentertainment\b|\badvertising\b|\bpublicidad\b|\bpublicidade\b|\bpublicité\b|\bpubblicità\b|\bwerbeagentur\w*"
        # "streaming data (Kafka)" is an engineer's tool, not a media career.
        r"|\bnewspapers?\b|\baudiovisu\w+|\bstreaming\b(?!\s+(?:data|pipelines?|analytics|platforms?|events?|ingestion))|\bgaming\b",
        "pharma": r"(?<!\w)[iİ]la[çc](?!\w)|\bbiopharm\w*|\bfarmac[ée]utic\w*|\bfarmaceutyczn\w*|\bpharmaceutique\w*|\bpharmaindustrie\b|\bpharma(?!c(?:y|ies|ists?|ie|ies|ien|iens|ienne|ia)\b)\w*|\bbiotech\w*|\blegemiddel\w*|\bläkemedel\w*|\blægemiddel\w*|\bdrug development\b"
        # Japanese drug makers name themselves "Seiyaku" (pharmaceutical), and an MAA or NDA is a drug's.
        r"|\bseiyaku\b|\bMAAs?\b|\bNDAs?/|\b(?:IND|NDA|MAA|BLA)s? (?:submissions?|filings?)\b"
        # Trials of a medicine by phase ("global Phase III oncology studies") or a first dose in people
        r"|\bphase (?:I{1,3}|IV|[1-4])[ab]?\s+(?:\w+\s+)?(?:studies|study|trials?)\b|\bfirst-in-human\b",
        # Devices are regulated apart from drugs (ISO 13485, not GMP for medicines): a neighbour of pharma,
        # and both are life sciences.
        "medical devices": r"\bmedical devices?\b|\bmed-?tech\b|\bmedizintechnik\b|\bISO 13485\b"
        # a maker's or a distributor's own words for what it sells to hospitals and clinics
        r"|\bmedical (?:suppl(?:y|ies)|equipment|technolog(?:y|ies))\b|\bsurgical (?:devices?|instruments?)\b",
        "life sciences": r"\blife sciences?\b",
        "consumer goods": r"\bconsumer goods\b|\bFMCG\b|\bCPG\b|\bconsumer packaged goods\b"
        r"|\bconsumer products\b|\bconsumo masivo\b|\bbens de consumo\b|\bbiens de consommation\b"
        r"|\bkonsumg[üu]ter\w*",
        "automotive": r"\bautomobil\w*|\bzulieferindustrie\b|\bautomotri[zc]\w*|\bautomotiv[ao]\b|\bautopartes\b|\bautope[çc]as\b|\bautomotive\b|\botomotif\b|\bcar ?makers?\b|\bautomakers?\b|\belectric vehicles?\b|\bvehicle manufactur\w*"
        # what only the car industry makes or certifies: "800 V traction motors (eAxle)", "IATF 16949"
        r"|\bpowertrains?\b|\bdrive ?trains?\b|\be-?axles?\b|\bIATF ?16949\b|\bkraftfahrzeug\w*|\bKfz\b",
        "hospitality": r"\bhoteler[íi]a\b|\bhotelaria\b|\bhôtellerie\b|\bhotellerie\b|\bhospitality\b|\bhotels?\b|\brestaurants?\b|\btourism\b|\bleisure\b|\bairlines?\b",
        "consulting": r"\bconsult(?:ing|ancy|ancies|ants?)\b|\bprofessional services\b|\badvisory firms?\b",
        "real estate": r"\breal estate\b|\bREITs?\b|\bproperty development\b",
        "mining": r"\bminer[íi]a\b|\bmineras?\b|\bminera[çc][ãa]o\b|\bbergbau\b|\bmijnbouw\b|\bmining\b|\bmine sites?\b|\bminerals?\b|\bresources sector\b|\biron ore\b|\b(?:base|precious) metals\b|\bporphyry\b|\bgold (?:mines?|deposits?|exploration)\b",
        # Railways are built and run apart from roads and buildings: a road builder is not a rail builder.
        "rail": r"\brail(?:ways?|roads?)?\b(?!\s+(?:cards?|pass|fares?))|\bmetro (?:lines?|rail|projects?|systems?|extensions?|stations?)\b|\blight rail\b|\btramways?\b|\bferrovi\w+|\bferrocarril\w*|\bspoorweg\w*|\beisenbahn\w*|\bbahnbau\b"
        # what only trains are built of: "rolling stock", "bogie frames", a light rail vehicle (LRV)
        r"|\brolling stock\b|\bbogies?\b|\bLRVs?\b|\blocomotives?\b",
        "construction": r"\bconstrucci[óo]n\b|\bconstru[çc][ãa]o\b|\bbauwesen\b|\bbaugewerbe\b|\bbouw\b|\bbâtiment\b|\bconstruction\b|\bcivil (?:works|engineering|infrastructure)\b|\bbuilders?\b"
        # the trade's own words: "BTP", "gros œuvre", "maçonnerie", "budownictwo", "Hochbau", "constructora"
        r"|\bBTP\b|\bgros[ -]œuvre\b|\bmaçonnerie\b|\btravaux publics\b|\bbudownictw\w*|\bhochbau\b|\btiefbau\b"
        r"|\bbauunternehm\w*|\bconstru(?:tora|ctora)\b|\bgeneral contractors?\b|\bmasonry\b",
        "food": r"أغذية|ألبان|\bfood (?:and|&) beverage\b|\bF&B\b|\bfood (?:industry|manufactur\w*|processing|production"
        r"|plants?|sector|safety|companies|company)\b|\bdairy\b|\bbrewer(?:y|ies)\b|\bconfectionery\b"
        r"|\bmeat processing\b|\blebensmittel\w*|\bagro-?alimentaire\b|\bindústria de alimentos\b"
        r"|\bfood (?:and|&) drinks?\b|\bbeverages?\b|\bbiscuits?\b|\bsnack (?:foods?|brands?)\b|\bbaker(?:y|ies)\b"
        r"|\bdrinks (?:company|companies|brands?|makers?|manufactur\w*)\b|\bpackaged foods?\b"
        r"|\balimentos (?:empacados|envasados|procesados)\b|\b(?:setor|sector|distribuidora) de alimentos\b"
        r"|\bbebidas\b",
        # "Health & beauty" is a retailer's department, not a maker's sector.
        "beauty": r"(?<!health & )(?<!health and )\bbeauty\b|\bcosmetics?\b|\bskin ?care\b|\bpersonal care\b|\bfragrances?\b",
        "apparel": r"\bapparel\b|\bgarments?\b|\btextiles?\b|\bfashion\b|\bclothing\b|\bRMG\b|\bknitwear\b"
        r"|\bfootwear\b",
        "agriculture": r"\bagricultur\w*|\bagri-?business\b|\bagronom\w*|\bfarming\b|\bcrops?\b|\bagro\w*",
        "chemicals": r"\bchemical (?:industry|companies|company|plants?|manufactur\w*)\b|\bpetrochemicals?\b"
        r"|\bspecialty chemicals\b",
        "semiconductors": r"\bsemiconductors?\b|\bchip ?makers?\b|\bwafer fabs?\b|\bfoundr(?:y|ies)\b"
        # a chip's back-end assembly and test, by its processes
        r"|\bwire ?bond(?:ing|er)?\b|\bdie attach\b|\bwafer (?:saw|dicing|sort|probe)\b|\bOSAT\b",
        "aerospace and defence": r"\baerospace\b|\ba[ée]ronauti\w+|\bdefen[cs]e (?:industry|contractors?|sector)\b"
        r"|\baviation\b",
    }.items()
}


# Someone who worked at an edtech or a fintech has worked at a software company; a description asking for
# fintech still asks for finance, so this holds for resumes only.
_SECTOR_TECH = re.compile(
    r"\b(?:ed|fin|health|med|prop|insur|legal|reg|ad|mar|agri|clean|food|hr|gov)-?tech\b", re.I
)


def _no_sector(line: str) -> bool:
    """A heading ("EDUCATION") names a part of the resume, and a degree entry ("BSc Biotechnology, 2015") is
    study, not a career in pharma; a profile's sentence that names a degree ("MSc engineer with 13 years in
    offshore oil & gas") still tells a sector."""
    short = len(line.split()) <= 12
    return _heading_kind(line) is not None or (short and bool(_degrees(line) or _SCHOOL_LEAVING.search(line)))


# A school-leaving certificate ("Enseñanza media completa, Liceo Municipal de La Florida") is schooling: the
# municipality that ran the school is no employer, and "media" there is no media sector.
_SCHOOL_LEAVING = re.compile(
    r"\b(?:enseñanza media|educación (?:media|secundaria)|ensino médio|high school (?:diploma|graduate)"
    r"|secondary school (?:certificate|diploma)|abitur|matura|maturità|bachillerato|baccalauréat|A-levels?"
    r"|GCSEs?|reifeprüfung|diploma di maturità)\b",
    re.IGNORECASE,
)


# The bank a finance manager buys currency through is a counterparty, not an employer's sector.
_COUNTERPARTY = re.compile(
    r"\b(?:through|via|liais\w* with|negotiat\w* with|relationships? with|dealing with)\s+(?:\w+\s+){0,2}?banks?\b",
    re.IGNORECASE,
)


def _worked(text: str) -> list[str]:
    """The lines outside sections of study, courses, volunteering and pastimes: a "HubSpot Customer Service
    Software Certification" is a course taken, not years in software."""
    kept, section = [], None
    for line in text.splitlines():
        section = _heading_kind(line) or section
        if section != "excluded":
            kept.append(line)
    return kept


def resume_industries(text: str) -> list[str]:
    text = "\n".join(_COUNTERPARTY.sub(" ", line) for line in _worked(text) if not _no_sector(line))
    # A sector shows in the words of a line or in the employer it names ("Claims analyst, Interpolis").
    found = list(dict.fromkeys(_industries(text) + employer_sectors(text)))
    if "software" not in found and _SECTOR_TECH.search(text):
        found.append("software")
    return found


def _industries(text: str) -> list[str]:
    return [name for name, rx in _INDUSTRIES.items() if rx.search(text)]


# Each pattern says whether its phrase runs on past the industry and must be cut ("... from banks"), and
# whether it describes the employer rather than asking something of the candidate.
_INDUSTRY_CONTEXT = tuple(
    (re.compile(p, re.IGNORECASE), cut, employer)
    for p, cut, employer in (
        # "experience in healthcare or life sciences", "background within the energy sector"
        # "experience at a fintech, payments or financial services company", "3+ years in BFSI: lending",
        # "Experience from a GMP-regulated pharmaceutical environment" (not "experience raising capital from")
        (r"\b(?:experience|background|expertise|exposure|track record|career|knowledge|years)\s+"
         # "supporting clinical systems (EMR/EHR, LIS, PACS) in a hospital": an aside in brackets on the way
         r"(?:(?:(?:\w{1,40}|\([\w/, -]{1,40}\))\s+){0,8}?(?:in|within|across|of|with|at|on)|(?<=experience )from)"
         # "3 years of experience from pharmaceutical distribution": the experience is read from its own word
         r"\s+(?:the\s+|a\s+|an\s+)?(?!experience\b)"
         # read ahead, as below: "experience in laboratories, of which three years in a GMP pharma lab"
         # ("a GxP-regulated environment (pharma, biotech or medical devices)": the sectors in brackets)
         r"(?=(?P<x>[\w&/-]{1,40}(?:[ ,:()]+[\w&/-]{1,40}){0,9}))",
         True, False),
        # "al menos 5 en la gran minería", "experiência em seguros", "Erfahrung in der Pharmaindustrie"
        # "5 ans minimum en contrôle de gestion dans l'industrie", "berpengalaman minimal 3 tahun ... di
        # industri", "Minimum to års erfaring fra legemiddelindustrien"
        (r"\b(?:experiencia|experiência|expérience|\w*erfahrung|esperienza|\w*ervaring|doświadczenie|al menos|almeno"
         r"|pelo menos|mínimo|minimo|minimum|minimal|\w*pengalaman|erfaring|erfarenhet"
         r"|do[śs]wiadczeni\w*|kinh nghiệm|praxe|praxi|experien[țţt][ăa])\s+"
         # "als Sozialarbeiter*in im Gesundheitswesen", "di almeno 1–2 anni nel": a title's gender star, a
         # range; "d'au moins 2 ans en", "3 roky v účtárně"
         r"(?:[\wÀ-ÿ()*/–'’.-]{1,40}\s+){0,6}?"
         r"(?:en|em|in|dans|im|nel|nella|no|na|w|di|fra|från|inom|innen|trong|v|ve|în)\s+"
         # The phrase is read ahead without being taken, so that one inside it is found too.
         r"(?:(?:la|el|le|les|der|dem|o|a|il|los|las|os|as|de)\s+|l['’])?"
         # ("dans la banque, l'assurance ou les services financiers": an article elided onto its noun)
         r"(?=(?P<x>[\wÀ-ÿ&/-]{1,40}(?:(?:[ ,:]+|\s+l['’]|,\s*l['’])[\wÀ-ÿ&/-]{1,40}){0,9}))",
         True, False),
        # "que ya haya trabajado dentro de una compañía de seguros", "ter trabalhado em uma seguradora"
        (r"\b(?:trabajad[oa]|laborad[oa]|trabalhad[oa])\s+(?:dentro de|en|em|para)\s+(?:una?|el|la|uma?|o|a)\s+"
         r"(?P<x>[\wÀ-ÿ&/-]{1,40}(?:[ ,:]+[\wÀ-ÿ&/-]{1,40}){0,6})",
         True, False),
        # "at least 3 years designing training for pharmaceutical, biotech or medical device companies"
        # "Experience designing for financial services (banking, payments ...)"
        (r"\b(?:years?|yrs?|experience)\s+(?:of\s+)?\w+ing\s+(?:[\w-]+\s+){0,3}?(?:for|within|in|across)\s+(?:the\s+|a\s+|an\s+)?"
         r"(?P<x>[\w&/-]{1,40}(?:[ ,:]+[\w&/-]{1,40}){0,5})",
         True, False),
        # "3 years' experience managing a medical or dental practice", "5 years managing donor-funded public
        # health programmes"
        (r"\b(?:experience|years?['’]?)\s+(?:managing|running|leading|operating|supervising|delivering)\s+(?:(?:a|an)\s+)?"
         r"(?P<x>[\w&/-]{1,40}(?:[ ,:]+[\w&/-]{1,40}){0,9})",
         True, False),
        # "8+ years selling enterprise SaaS", "years serving retail clients"
        (r"\b(?:years?|yrs?)\s+(?:of\s+)?(?:selling|serving|building|working)\s+(?:into\s+|to\s+|in\s+)?"
         r"(?P<x>[\w&/-]{1,40}(?:[ ,:]+[\w&/-]{1,40}){0,5})",
         True, False),
        # "at least 5 of which must be in the financial control unit of a commercial bank"
        (r"\bof which\s+(?:must\s+(?:be|have been)\s+|were\s+|are\s+)?(?:in|within)\s+(?:the\s+|a\s+|an\s+)?"
         r"(?P<x>[\w&/-]{1,40}(?:[ ,:]+[\w&/-]{1,40}){0,9})",
         True, False),
        # "at least 15 years in HR, including 5 or more as the top HR executive in banking, insurance or
        # wealth management": years in a post, in a sector
        (r"\b\d{1,2}\+?\s+(?:or more\s+)?(?:years?\s+)?as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,5}?(?:in|within)\s+"
         r"(?:the\s+)?(?P<x>[\w&/-]{1,40}(?:[ ,:]+[\w&/-]{1,40}){0,5})",
         True, False),
        # "2 ans sur des projets du secteur de l'énergie", "3 ani de experiență în domeniul asigurărilor": the
        # sector named after the word for it, where the sentence asks for experience
        (r"\b(?:exp[ée]rience|experiencia|experiência|experien[țţt][ăa]|esperienza|ans|años|anos|ani|anni)\b"
         r"[^.;]{0,120}?\b(?:secteur|sector|setor|settore|domaine|domeniul|[aâ]mbito)\s+"
         r"(?:(?:de|du|des|del|da|do|della|dell|dei|l)(?:\s+|['’]))*"
         r"(?P<x>[\wÀ-ÿ&/-]{1,40}(?:[ ,:]+[\wÀ-ÿ&/-]{1,40}){0,5})",
         True, False),
        # "至少3年互联网行业（App产品）用户运营经验", "제조업 원가회계 실무 경력 필수": the clause before the word
        # for experience
        (r"(?P<x>[^，,；;。、\n]{1,40}?)\s*(?:경력|경험|经验|経験)", False, False),
        # "Ödeme sistemleri, bankacılık veya fintech alanında en az 2 yıl deneyim": Turkish names the field first
        (r"(?<![\w&/-])(?P<x>(?:[\w&/-]{1,40}[ ,]+){1,6}?)(?:alan[ıi]nda|sektör(?:ün)?de)\b", False, False),
        # "healthcare industry experience", "the public sector"
        (r"(?<![\w&/-])(?P<x>(?:[\w&/-]{1,40}\s+){1,3}"
         r"(?:industry|industries|sector|sectors|space|vertical|market)\b)"
         # "media, government entities and industry bodies" are whom the hire meets, not a sector
         r"(?!\s+(?:bod(?:y|ies)|associations?|events?|partners?|stakeholders?|peers?|forums?|conferences?"
         r"|groups?|awards?|contacts?|standards?|best practices?)\b)", False, False),
        # "SaaS experience required", "retail or healthcare experience"
        # "construction / energy procurement exp", as a recruiter's message shortens it
        (r"(?<![\w&/-])(?P<x>(?:[\w&/-]{1,40}\s+){1,4})(?:experience|exp(?![\w-]))\b", False, False),
        # "we are a leading healthcare provider", "CFO for a SaaS company"
        (r"\b(?:we are|we're|is|join|for|at)\s+(?:a|an|the)\s+(?P<x>(?:[\w&/-]{1,40}\s+){0,5}?"
         r"(?:company|business|provider|firm|organi[sz]ation|group|platform|start-?up|scale-?up|retailer"
         r"|manufacturer|bank|insurer|operator|network|brand|agency|hospital|charity|utility))\b",
         False, True),
    )
)  # fmt: skip


# Industry words ending in -ing; any other -ing word ends the phrase ("experience in raising funds from
# banks" names no industry).
_ING_INDUSTRIES = {"banking", "manufacturing", "consulting", "publishing", "broadcasting", "streaming",
                   "gaming", "advertising", "underwriting", "warehousing", "shipping", "e-learning",
                   "elearning", "retailing", "learning", "lending", "mining"}  # fmt: skip
_PHRASE_STOPS = {"with", "to", "for", "from", "by", "on", "at", "including", "such", "is", "are", "will",
                 "as", "who", "that", "which", "where", "while"}  # fmt: skip


# Words of an industry phrase that name no industry ("retail or home categories").
_GENERIC = {"and", "or", "the", "a", "an", "of", "in", "related", "similar", "adjacent", "relevant",
            "categories", "category", "industry", "industries", "sector", "sectors", "space", "market",
            "markets", "vertical", "verticals", "companies", "company", "businesses", "business",
            "environment", "environments", "experience", "field", "fields", "goods", "products",
            # what brackets after a list say of it: "(mandatory)"
            "mandatory", "required", "essential", "must", "preferred", "desirable"}  # fmt: skip


# Listed beside a sector, a region or a standard is none: "UAE/GCC real estate development", "a
# pharmaceutical manufacturer, in a GMP / ISO 13485 environment".
_NOT_SECTORS = {"uae", "gcc", "mena", "emea", "apac", "latam", "eu", "iso", "gmp", "gxp", "haccp"}


def _alternatives(phrase: str) -> tuple[str, ...]:
    """The items of a listed phrase, each without the generic words around it: "consumer, retail or home
    categories" gives consumer, retail, home."""
    items = re.split(r"\s*(?:,|;|:|/|\(|\)|\bor\b|\band\b)\s*", phrase.lower())
    kept = []
    for item in items:
        words = [w.strip("&-") for w in item.split()]
        while words and words[0] in _GENERIC:
            words.pop(0)
        while words and words[-1] in _GENERIC:
            words.pop()
        if words and len(" ".join(words)) > 2 and " ".join(words) not in _NOT_SECTORS:
            kept.append(" ".join(words))
    return tuple(dict.fromkeys(kept))


# "Shipping B2B products" is a verb, not the shipping industry.
_SHIPPED = {"products", "product", "features", "software", "code", "apps", "releases", "b2b", "b2c", "saas"}


def _industry_phrase(text: str) -> str:
    kept: list[str] = []
    words = re.split(r"[ ,]+", text)
    for i, word in enumerate(words):
        low = word.lower()
        if low in _PHRASE_STOPS or (low.endswith("ing") and low not in _ING_INDUSTRIES):
            break
        if low == "shipping" and i + 1 < len(words) and words[i + 1].lower() in _SHIPPED:
            break
        kept.append(word)
    return " ".join(kept)


# Sectors that sit within a wider one a description may ask for: a biscuit maker or a cosmetics house makes
# fast-moving consumer goods.
WITHIN: dict[str, frozenset[str]] = {
    "consumer goods": frozenset({"food", "beauty"}),
    "life sciences": frozenset({"pharma", "medical devices"}),
}


_NOT_PRIVATE = {"public sector", "non-profit", "private sector"}


def private_sector_met(industries: list[str]) -> bool:
    """ "3 years as HRBP in the PRIVATE sector": met by any sector a company works in; only a career read as
    wholly public or charitable misses it (and one with no sector read is given the benefit of the doubt)."""
    return not industries or any(name not in _NOT_PRIVATE for name in industries)


# Sectors that are also kinds of work any sector has done for it.
_QUALIFIED_WORK = {
    # ("pharmaceutical cold-chain warehousing": a pharma warehouse, which no spare-parts one is)
    "logistics": re.compile(
        r"\blogistics\b|\blog[íi]stica\b|\blogistique\b|\blogistik\b|\bwarehousing\b", re.IGNORECASE
    ),
    "construction": re.compile(r"\bconstruction\b|\bconstrucci[óo]n\b|\bconstru[çc][ãa]o\b", re.IGNORECASE),
    # "cosmetics or beauty retail", "fashion retail": selling in that sector, not in any shop.
    "retail": re.compile(r"\bretail\b|\beinzelhandel\b|\bvarejo\b", re.IGNORECASE),
}
_JOINING = {"or", "and", "&", "/", "o", "y", "e", "ou", "et", "oder", "und"}
_SIDE_WORK = {"design", "planning", "engineering", "maintenance", "operation", "operations", "diseño",
              "projeto", "planung"}  # fmt: skip


def _qualified_before(work: re.Pattern[str], phrase: str) -> bool:
    """Whether every mention of the work has a sector named in the words just before it, the last of
    them no "or": "pharmaceutical or cold-chain logistics", not "retail or logistics"."""
    mentions = list(work.finditer(phrase))
    for m in mentions:
        before = re.findall(r"[\w&/-]+", phrase[: m.start()])[-6:]
        # "railway infrastructure design or construction": the work beside it is of the same sector.
        if len(before) > 2 and before[-1].lower() in _JOINING and before[-2].lower() in _SIDE_WORK:
            before = before[:-2]
        # Work of the same kind listed beside it ("warehouse, manufacturing or military logistics") is an
        # alternative, not a sector the work is done in.
        sectors = set(_industries(" ".join(before))) - {*_QUALIFIED_WORK, "manufacturing"}
        if not before or before[-1].lower() in _JOINING or not sectors:
            return False
    return bool(mentions)


def _qualified(names: tuple[str, ...], phrase: str) -> tuple[str, ...]:
    """ "A GMP-regulated pharmaceutical or biopharmaceutical manufacturing environment" asks for pharma: the
    manufacturing there is pharma's own, not a second industry any factory would meet; and "offshore wind"
    asks for renewables, which an oil and gas career in energy does not meet."""
    if {"energy", "renewables"} <= set(names):
        names = tuple(n for n in names if n != "energy")
    # "pharmaceutical or cold-chain logistics", "railway, metro or tunnel construction": the work is in the
    # sector named before it; "retail or logistics" names two sectors.
    names = tuple(
        n for n in names if not (n in _QUALIFIED_WORK and _qualified_before(_QUALIFIED_WORK[n], phrase))
    )
    if "manufacturing" not in names or len(names) < 2:
        return names
    # "a regulated manufacturing environment: medical device or pharmaceutical": the list after the colon
    # says which manufacturing.
    head, colon, tail = phrase.partition(":")
    if colon and "manufacturing" in _industries(head) and set(_industries(tail)) - {"manufacturing"}:
        return tuple(n for n in names if n != "manufacturing")
    # "automotive manufacturing", and "industri manufaktur otomotif" where the qualifier follows
    mentions = list(re.finditer(r"([\w-]+)?\s*\bmanufa[ck]tur\w*(?:\s+([\w-]+))?", phrase, re.IGNORECASE))
    if mentions and all(_industries(f"{m.group(1) or ''} {m.group(2) or ''}") for m in mentions):
        return tuple(n for n in names if n != "manufacturing")
    return names
