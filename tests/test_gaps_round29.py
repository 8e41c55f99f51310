"""Round 29 of the objection rules (issue 17): each test is a case the rules before it got wrong, beside one
they must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.dates import with_years_spelled
from interviewer.interview.degrees import _degrees
from interviewer.interview.job_location import job_location
from interviewer.interview.reporting_line import seat_rank
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.resume_facts import extract_facts
from tests.gap_probe import GapProbe

TODAY = date(2026, 11, 1)
PROBE = GapProbe(TODAY)
topics = PROBE.topics

_FRONT_DESK_AD = (
    "Guest Service Agent (Front Desk)\nHotel Avenida, Lisbon (on-site)\n\n"
    "The Guest Service Agent reports to the Front Office Manager and checks guests in and out.\n"
)
_FRONT_OFFICE = (
    "Marta Lopes\nLisbon, Portugal\n\nEXPERIENCE\n"
    "Front Office Manager, Hotel Miradouro, Lisbon    03/2019 – present\n"
    "- Lead 2 supervisors, 8 receptionists and 2 night auditors\n"
    "Receptionist, Hotel Rossio, Lisbon    01/2014 – 02/2019\n"
)


def test_a_seat_reporting_to_the_candidates_own_rank_is_a_step_down() -> None:
    assert "objection:overqualified" in topics("Guest Service Agent", _FRONT_OFFICE, _FRONT_DESK_AD)
    # Said as the description says it, up to the rank; and a front desk is guest service's own work.
    said = PROBE.evidence("Guest Service Agent", _FRONT_OFFICE, _FRONT_DESK_AD, "overqualified") or ""
    assert "reports to the Front Office Manager;" in said
    assert "objection:career-change" not in topics("Guest Service Agent", _FRONT_OFFICE, _FRONT_DESK_AD)
    # Not under a receptionist's title, nor where the seat reports to a rank above the candidate's.
    junior = _FRONT_OFFICE.replace("Front Office Manager, Hotel Miradouro", "Receptionist, Hotel Miradouro")
    assert "objection:overqualified" not in topics("Guest Service Agent", junior, _FRONT_DESK_AD)
    above = _FRONT_DESK_AD.replace("the Front Office Manager", "the Director of Rooms")
    assert "objection:overqualified" not in topics("Guest Service Agent", _FRONT_OFFICE, above)
    # A form's "Reports to:" is the same line; reports sent to a manager are no reporting line.
    form = _FRONT_DESK_AD.replace("The Guest Service Agent reports to", "Reports to:")
    assert "objection:overqualified" in topics("Guest Service Agent", _FRONT_OFFICE, form)
    documents = _FRONT_DESK_AD.replace("reports to the", "prepares monthly reports to the")
    assert "objection:overqualified" not in topics("Guest Service Agent", _FRONT_OFFICE, documents)


def test_the_rank_a_title_holds() -> None:
    assert seat_rank("Night Shift Manager") == 2
    assert seat_rank("Assistant Manager") == 1  # a second in command sits a rank below
    assert seat_rank("Key Account Manager") == 0  # manages accounts, not people
    assert seat_rank("Assistant to the CEO") == 0
    assert seat_rank("Managing Director") == 6
    assert seat_rank("Head of Finance") == 3


def test_a_seat_too_large_for_the_candidate_is_no_step_down() -> None:
    ad = (
        "Senior Construction Manager\nDoha, Qatar (on-site)\n\nRequirements\n"
        "- Lead a site team of 300 or more people\n"
    )
    resume = (
        "Pekka Järvinen\nDoha, Qatar\n\nEXPERIENCE\n"
        "Managing Director, Rakennus Järvinen Oy, Tampere    2015 – present\n- Led a team of 28\n"
        "Site Manager, YIT, Helsinki    2008 – 2015\n"
    )
    found = topics("Senior Construction Manager", resume, ad)
    assert "objection:scope" in found and "objection:overqualified" not in found


def test_a_czech_mgr_and_a_spanish_titulo_universitario_are_degrees() -> None:
    assert "master" in _degrees("MGR. CZECH LANGUAGE AND LITERATURE, FACULTY OF ARTS, MASARYK UNIVERSITY")
    assert "master" not in _degrees("Sales Mgr., Brno Motors    2015 – 2019")
    ad = "Gerente de Marketing\n\nRequisitos\n- Título universitario en Marketing o Publicidad (excluyente)\n"
    (degree,) = extract_requirements(ad).of_kind("degree")
    assert degree.level == "bachelor" and not degree.preferred


def test_an_abbreviated_sector_and_a_degree_line_are_read_for_what_they_are() -> None:
    ad = (
        "Category Manager\nSydney (hybrid)\n\nWhat they need:\n"
        "- MUST have construction / energy procurement exp – they're firm on this\n"
    )
    fmcg = (
        "Wei Chen\nSydney NSW\n\nEXPERIENCE\nCategory Manager, Crunchy Snacks Pty Ltd    2018 – present\n"
        "- Indirect categories for a snack and drinks maker\n"
    )
    assert "objection:industry" in topics("Category Manager", fmcg, ad)
    public = "HR Director\n\nRequirements\n- Documented experience from the public sector\n"
    resume = (
        "Anne Holm\nAalborg\n\nEXPERIENCE\nHR Director, Vestas Components A/S    2015 – present\n\n"
        "EDUCATION\n2017 – 2019  Master of Public Administration (MPA), Aalborg University\n"
    )
    assert "objection:industry" in topics("HR Director", resume, public)
    # Industry bodies are whom the hire meets, not a sector asked for.
    bodies = "CMO\n\n- Represent the Group with media, government entities and industry bodies.\n"
    assert extract_requirements(bodies).of_kind("industry") == []


def test_two_digit_years_after_an_apostrophe_are_a_range() -> None:
    assert with_years_spelled("Director, Retail Credit Risk    '19 – now") == (
        "Director, Retail Credit Risk    2019 – now"
    )
    assert with_years_spelled("Deputy Director    '98 – '03") == "Deputy Director    1998 – 2003"
    # A range wrapped before its "now" stays open; a month's short year is left as it is.
    assert with_years_spelled("Bank Pomorski S.A.    '13 –") == "Bank Pomorski S.A.    2013 – "
    assert with_years_spelled("Mar '19 – Jun '21") == "Mar '19 – Jun '21"
    assert with_years_spelled("Parental leave '21 (4 months)") == "Parental leave '21 (4 months)"


def test_a_professional_body_joined_is_no_post() -> None:
    resume = (
        "Martín Ruiz\nBuenos Aires\n\nEXPERIENCE\nInterim CFO, Bodegas Cruz S.A.    2024 – present\n"
        "CFO, AgroPampa S.A.    2014 – 2022\n\nOTHER\n"
        "Member, IAEF (Instituto Argentino de Ejecutivos de Finanzas)   since 2012\n"
    )
    facts = extract_facts(resume, TODAY)
    assert not any("IAEF" in j.title for j in facts.jobs)
    assert "objection:tenure" not in topics("CFO", resume)


def test_a_job_board_form_names_its_posts() -> None:
    resume = (
        "Selamawit Bekele\nAddis Ababa\n\n--- Work Experience 1 ---\nJob Title: Accounts Supervisor\n"
        "Company: Gafat Beverages S.C.\nLocation: Addis Ababa\nPeriod: Q2 2019 – Q1 2024\n\n"
        "--- Work Experience 2 ---\nJob Title: Accountant\nCompany: Entoto Plastics PLC\n"
        "Period: Q2 2016 – Q1 2019\n"
    )
    titles = [j.title for j in extract_facts(resume, TODAY).jobs]
    assert titles == ["Accounts Supervisor, Gafat Beverages S.C.", "Accountant, Entoto Plastics PLC"]


def test_where_the_job_is_in_danish_romanian_and_beside_a_managers_base() -> None:
    assert job_location("Arbejdssted\nVores kontor ligger i Aarhus N (Skejby).")[0] == "Aarhus"
    assert job_location("- minimum 3 zile pe săptămână la redacția din Cluj-Napoca;")[0] == "Cluj-Napoca"
    ad = (
        "Store Manager - Amsterdam Flagship\n\n- Report to Regional Business Head (based in Dubai)\n"
        "Work mode: On-site at the store, Amsterdam\n"
    )
    assert job_location(ad)[0] == "Amsterdam"
    # A hyphenated compound is no label: "contact center-funktion" says nothing of where the work is.
    assert job_location("- erfaring fra en kundeservice- eller contact center-funktion") == (None, None)


def test_an_employer_described_in_brackets_ends_the_one_above() -> None:
    resume = (
        "Olena Kovalchuk\nKyiv, Ukraine\n\nPROFESSIONAL EXPERIENCE\n\nAgroStep Group, Kyiv\n"
        "Director, Financial Control & Audit — Autumn 2021 – present\n- Head the internal audit function\n\n"
        "Senior Internal Auditor — Autumn 2017 – Autumn 2021\n- Operational and financial audits\n\n"
        "Prime Audit Partners Ukraine (member firm of an international network), Kyiv\n"
        "Audit Manager / Senior Auditor — 2010 – 2017\n- IFRS audits of agribusiness clients\n"
    )
    # Seven years at AgroStep and seven at the audit firm, not fourteen with one employer.
    assert "objection:tenure" not in topics("Group Financial Controller", resume)


def test_a_long_heading_that_ends_with_its_dates_is_a_post() -> None:
    resume = (
        "Rodel Manalastas\nMelbourne VIC\n\n## Work history\n\n"
        "**Senior Policy Officer** – Westgate City Council, Footscray VIC · 2023.07 – present\n\n"
        "**Executive Director** – Bahay Kalinga Policy Institute, Quezon City · 2019.03 – 2023.02\n\n"
        "**Development Management Officer IV (Senior Policy Analyst)** – Housing and Urban Development "
        "Coordinating Council (now Department of Human Settlements and Urban Development), Makati · "
        "2014.06 – 2019.02\n\n**Planning Officer II** – Quezon City Government · 2010.07 – 2014.05\n"
    )
    assert len(extract_facts(resume, TODAY).jobs) == 4
    assert "objection:gap" not in topics("Policy Manager", resume)


def test_italian_months_cut_short_are_dates() -> None:
    resume = (
        "Luca Bianchi\nParma\n\nEXPERIENCE\n"
        "giu '22 → ago '23 · Quality Specialist, Dolciaria Lombarda S.p.A.\n"
        "ott '19 → lug '20 · Quality Auditor, Pomodoro Padano Soc. Coop., Piacenza\n"
    )
    assert [(j.start, j.end) for j in extract_facts(resume, TODAY).jobs] == [
        ((2022, 6), (2023, 8)),
        ((2019, 10), (2020, 7)),
    ]


def test_a_team_with_no_direct_reports_asks_for_none_and_a_floor_is_a_size() -> None:
    none = "Senior Legal Counsel\n\nReporting to GC, legal team of 5 (no direct reports at the start)\n"
    assert extract_requirements(none).of_kind("team-size") == []
    floor = "Production Manager\n\n3. At least 4 years leading operations of not less than 100 staff.\n"
    (team,) = extract_requirements(floor).of_kind("team-size")
    assert team.min_people == 100


def test_a_town_halls_promotion_office_does_marketing_work() -> None:
    ad = "Marketing Assistant\nCluj-Napoca (hybrid)\n\nRequirements\n- Social media and campaign experience\n"
    resume = (
        "Ioana Popa\nCluj-Napoca\n\nEXPERIENCE\n"
        "Volunteer – social media admin, Asociația Culturală Teatrul, Iași    2023 – present\n"
        "Consilier, Primăria Iași – Direcția Comunicare, Compartimentul Promovare Turistică  2019 – present\n"
        "- Social media, campaigns, events and trade fairs for the city's tourism brand\n"
    )
    assert "objection:career-change" not in topics("Marketing Assistant", resume, ad)
    # An accountant's post is another function, whatever the volunteering beside it.
    clerk = resume.replace(
        "Consilier, Primăria Iași – Direcția Comunicare, Compartimentul Promovare Turistică",
        "Accountant, Primăria Iași – Direcția Economică",
    ).replace("- Social media, campaigns, events and trade fairs for the city's tourism brand", "- Payroll")
    assert "objection:career-change" in topics("Marketing Assistant", clerk, ad)
