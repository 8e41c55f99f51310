"""Section headings of a resume, in the languages resumes come in: under an experience heading dates are
jobs, under an excluded one (education, volunteering, awards) they are not, and a neutral one (skills,
summary) changes nothing."""

from __future__ import annotations

import re
from typing import Literal

# Section headings. Dates under an excluded heading are study, service or honours, not employment; under a
# neutral one (summary, skills) they are read as jobs, as they are before any heading.
HeadingKind = Literal["experience", "excluded", "neutral"]
_EXPERIENCE_HEADS = {"experience", "employment", "employers", "career", "work", "history", "positions",
                     "roles", "jobs", "appointments", "background", "record", "leadership",
                     "berufserfahrung", "erfahrung", "werdegang",
                     "expérience", "experiencia", "experiência", "esperienza", "ervaring", "parcours",
                     "professionnelle", "profissional", "profesional", "laboral",
                     "professionale", "doświadczenie", "doswiadczenie", "zawodowe", "pracovní", "zkušenosti",
                     "tapasztalat", "szakmai", "experiență", "experienta", "profesională", "deneyimi",
                     "iş", "pengalaman", "kerja", "arbetslivserfarenhet", "työkokemus", "erhvervserfaring",
                     "arbeidserfaring", "werkervaring", "esperienze", "professionali", "lavorative",
                     "工作经历", "工作经验", "職歴", "職務経歴", "경력", "경력사항",
                     "uzoefu", "karanasan", "trabaho", "الخبرة", "المهنية", "العملية"}  # fmt: skip
_EXCLUDED_HEADS = {
    "education", "qualifications", "qualification", "certifications", "certification", "certificates",
    "training", "courses", "academic", "studies", "volunteer", "volunteering", "awards", "honours", "honors",
    "publications", "projects", "portfolio", "board", "boards", "patents", "speaking", "presentations",
    "extracurricular",
    "memberships", "affiliations", "activities", "references", "licensure", "licenses", "licences",
    "license", "licence", "registrations", "registration", "examinations", "exams", "ausbildung", "studium",
    "zertifikate", "certificaciones", "certificados", "certificações", "certifikáty", "certyfikaty",
    "formation", "formations", "formação", "formación", "académica", "acadêmica",
    "educación", "educação", "istruzione", "opleiding",
    "wykształcenie", "wyksztalcenie", "vzdělání", "tanulmányok", "végzettség", "educație", "studii", "eğitim",
    "pendidikan", "utbildning", "koulutus", "uddannelse", "utdanning", "uprawnienia", "kursy",
    # Swahili: education, training, papers, certificates, memberships
    "elimu", "mafunzo", "machapisho", "vyeti", "ushiriki",
    # Filipino: education, certificates, references
    "edukasyon", "sertipiko", "sanggunian",
    "التعليم", "والتدريب", "التدريب", "الشهادات",  # Arabic: education, training, certificates
    "教育背景", "教育经历", "学历", "学歴", "학력",
    # What someone does outside work: "Trésorière bénévole du club de voile, depuis 2021" is no job.
    "interests", "hobbies", "interessen", "hobbys", "intérêt", "intérêts", "centres", "centre", "loisirs",
    "intereses", "aficiones", "interesses", "passatempos", "interessi",
    "학력사항", "병역사항", "휴학", "어학연수",
    "교내", "활동", "프로젝트", "자격증", "어학",
}  # fmt: skip
_POSTS = {"appointments", "positions", "employment"}  # held posts, whatever modifies them
_EXCLUDING_MODIFIERS = {"volunteer", "volunteering", "board", "boards", "academic", "projects"}
_NEUTRAL_HEADS = {
    "skills", "competencies", "languages", "summary", "profile", "objective", "about",
    "contact", "achievements", "personal", "details", "accomplishments", "highlights", "expertise",
    "overview", "information", "tools", "technologies", "technical", "sprachen", "langues", "idiomas",
    "lingue", "talen", "compétences", "kenntnisse", "competências", "habilidades", "competenze",
    "dane", "osobowe", "języki", "jezyki", "umiejętności", "umiejetnosci", "osobní", "údaje",
    "mobilität", "engagement", "persönliche", "daten", "sprachkenntnisse",
    "sonstiges", "kişisel", "yetkinlikler", "diller",
    "muhtasari", "taarifa", "binafsi", "lugha", "ujuzi",  # Swahili: summary, personal details, languages
    "kasanayan", "layunin", "wika", "impormasyon",  # Filipino: skills, objective, languages, information
    "المهارات", "المعلومات", "الشخصية", "اللغات",  # Arabic: skills, personal information, languages
    "인적사항", "보유", "역량", "자기소개", "요약",
    "技能", "专业技能", "スキル", "기술",
}  # fmt: skip
_HEADING_FILLER = {"and", "&", "of", "my", "key", "et", "und", "y", "e", "de", "d", "du", "des", "la", "le",
                   "mga", "sa", "na",
                   "selected", "relevant", "professional", "other",
                   "additional", "core", "leadership", "me", "the", "recent", "previous", "prior",
                   "executive", "industry", "further", "non-executive", "research", "teaching", "military",
                   "service", "community", "management", "improvement",
                   # "Experience in short", "Career at a glance", "Employment in brief"
                   "in", "short", "brief", "at", "a", "glance", "overview", "timeline",
                   "chronological", "bilgileri", "bilgiler", "및", "인턴",
                   "wa", "ya", "kazi", "kitaaluma", "mengine"}  # fmt: skip


_MARKS = re.compile(r"^[\s#*_=:\-–—【】\[\]：■□▶►◆]+|[\s#*_=:\-–—【】\[\]：■□▶►◆]+$")


# and "CAREER HISTORY (earliest first)", "Experience (most recent first)": the order it is written in,
_SERVICE_LENGTH = re.compile(
    r"\s*[(\[]\s*(?:\d+\+?\s*(?:years?|yrs?)|(?:most recent|latest|newest|earliest|oldest)\s+first"
    r"|reverse chronological|chronological"
    # and an applicant-tracking form's count of its entries: "--- Work experience (2) ---"
    r"|\d{1,2})\s*[)\]]?\s*$",
    re.IGNORECASE,
)


def _heading_kind(line: str) -> HeadingKind | None:
    # "【工作经历】", "[Experience]": a heading in brackets.
    text = _MARKS.sub("", line)
    # "WORK EXPERIENCE (8+ YEARS)": the heading, with its length of service beside it.
    text = _MARKS.sub("", _SERVICE_LENGTH.sub("", text))
    if not text or len(text) > 45 or re.search(r"\d", text):
        return None
    # Letters of any language ("Expérience", "Ausbildung"); Turkish "EĞİTİM" lowers to "eğitim", not to an
    # "i" with a combining dot.
    words = re.findall(r"[^\W\d_]+|&", text.replace("İ", "i").lower())
    if not words or len(words) > 5:
        return None
    vocabulary = _EXPERIENCE_HEADS | _EXCLUDED_HEADS | _NEUTRAL_HEADS | _HEADING_FILLER
    # "CANADIAN EXPERIENCE", "## Clinical Experience": a short heading that names experience.
    marked = text.isupper() or line.lstrip().startswith("#")
    if marked and len(words) <= 4 and any(w in _EXPERIENCE_HEADS for w in words):
        vocabulary = vocabulary | set(words)
    # "RESEARCH AND TEACHING", "SALES LEADERSHIP": words that qualify a heading are one when they name posts.
    if not all(w in vocabulary for w in words) or all(
        w in _HEADING_FILLER and w not in _EXPERIENCE_HEADS for w in words
    ):
        return None
    excluded = [w for w in words if w in _EXCLUDED_HEADS]
    # "## Selected work" over a numbered list of projects is a portfolio, not a list of employers.
    if set(words) in ({"selected", "work"}, {"selected", "works"}):
        return "excluded"
    if any(w in _EXPERIENCE_HEADS for w in words):
        if not excluded:
            return "experience"
        # "Volunteer experience" is not employment; "Education and experience" holds both; an academic's
        # "Academic appointments" are their jobs.
        if set(words) & _POSTS and set(excluded) <= {"academic"}:
            return "experience"
        return "excluded" if set(excluded) & _EXCLUDING_MODIFIERS else "neutral"
    return "excluded" if excluded else "neutral"


_COLUMN_NAME = (
    # A column of what was done in the post: "What I did", "Key achievements", "Results".
    r"(?:what i did|(?:key\s+)?(?:achievements?|accomplishments?|results)|highlights|tasks|activities"
    r"|location|period|dates?|years?|from|to|appointment|position|post|role|title|job|employer|company"
    r"|organi[sz]ation|duties|responsibilities|details|description|zeitraum|t[äa]tigkeit|funktion"
    r"|arbeitgeber|p[ée]riode|poste|entreprise|periodo|per[íi]odo|cargo|empresa|fun[çc][ãa]o"
    r"|functie|werkgever|werkzaamheden|stanowisko|pracodawca|okres)"
)
# "Functie en werkgever": two names in one column
_COLUMN = rf"{_COLUMN_NAME}(?:\s+(?:and|en|und|et|y|e|i|&)\s+{_COLUMN_NAME})?"
# Columns apart by a rule or, read back from a PDF's spaced layout, by spaces alone ("Period  Company
# Position").
_TABLE_HEAD = re.compile(rf"\s*{_COLUMN}(?:(?:\s*[|/]\s*|\s+){_COLUMN}){{1,3}}\s*$", re.IGNORECASE)


def table_head(line: str) -> bool:
    """Whether a line is a table's header row ("Period | Appointment"), naming columns rather than a post."""
    return bool(_TABLE_HEAD.match(line))
