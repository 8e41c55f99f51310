"""Round 27 of the objection rules (issue 17): each test is a case the rules before it got wrong, beside one
they must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.degrees import _degrees
from tests.gap_probe import GapProbe

TODAY = date(2026, 11, 1)
PROBE = GapProbe(TODAY)
topics, evidence = PROBE.topics, PROBE.evidence

_HYDRO = (
    "INGRID HALVORSEN\nBergen, Norway\n\nEXPERIENCE\n"
    "03.2011 - present  Head of Operations, Vestfjell Kraft AS (hydropower, 14 plants)\n"
    "- Lead 85 operators and engineers across the region\n"
)
_AT_SEA = (
    "Nordhav Vind operates two offshore wind farms in the North Sea.\n"
    "Location: Bergen (hybrid)\n\nRequirements\n"
    "- Must have: experience from offshore operations (offshore wind, oil & gas or other offshore "
    "installations) and the offshore safety regime.\n"
)


def test_work_at_sea_is_a_sector_of_its_own() -> None:
    assert "objection:industry" in topics("Director of Operations & Maintenance", _HYDRO, _AT_SEA)
    subsea = _HYDRO.replace("hydropower, 14 plants", "subsea installation on the North Sea FPSOs")
    assert "objection:industry" not in topics("Director of Operations & Maintenance", subsea, _AT_SEA)


def test_offshore_wind_still_asks_for_wind_not_for_any_work_at_sea() -> None:
    description = (
        "Haar Renewables builds offshore wind farms.\n\nRequirements\n"
        "- Minimum 3 years' project engineering experience on offshore wind projects\n"
    )
    resume = (
        "ALAN REID\nAberdeen, UK\n\nEXPERIENCE\n"
        "2013 - present  Senior Project Engineer, Grampian Offshore Services Ltd\n"
        "- Subsea installation projects on FPSOs and offshore platforms\n"
    )
    assert "objection:industry" in topics("Senior Project Engineer", resume, description)


_ACCOUNTANT_AD = "Requirements\n- Licenciatura (bachelor's degree) in Accounting or Economics - mandatory\n"


def test_a_degree_expected_two_lines_below_is_not_held_yet() -> None:
    education = (
        "EDUCATION\nISCAP - Instituto Superior de Contabilidade e Administração do Porto\n"
        "Licenciatura em Contabilidade e Administração (evening classes)\n"
        "2022 - 2026\n"
        "3rd year, expected completion 07.2026 (128 of 180 ECTS done)\n"
    )
    assert _degrees(education) == []
    finished = education.replace("3rd year, expected completion 07.2026", "Final mark 15,")
    assert _degrees(finished) == ["bachelor"]


def test_finishing_my_degree_is_a_degree_not_held_yet() -> None:
    resume = (
        "TIAGO MOREIRA\nPorto\n"
        "Accounting Assistant at Supermercados Lusomar | Finishing my degree in accounting\n\n"
        "EXPERIENCE\n06/2012 - present  Accounting Assistant, Supermercados Lusomar\n"
    )
    assert "objection:degree" in topics("Accountant", resume, _ACCOUNTANT_AD)
    held = resume.replace("Finishing my degree in accounting", "Degree in accounting")
    assert "objection:degree" not in topics("Accountant", held, _ACCOUNTANT_AD)


def test_a_word_for_the_line_of_business_names_no_function() -> None:
    resume = (
        "LUISA ORTIZ\nMedellín, Colombia\n\nEXPERIENCIA LABORAL\nSeguros Andinos S.A.\n"
        "Gerente Nacional de Indemnizaciones | Enero 2017 – Diciembre 2024\n"
        "Coordinadora de Siniestros Empresariales | Marzo 2012 – Diciembre 2016\n"
        "Aseguradora del Pacífico S.A.\nAnalista de Siniestros | Agosto 2007 – Febrero 2012\n"
    )
    role = "Suscriptor(a) Senior de Riesgos Empresariales (Property)"
    assert "objection:career-change" in topics(role, resume, None, date(2025, 8, 25))
    underwriter = resume.replace("Coordinadora de Siniestros", "Suscriptora de Riesgos")
    assert "objection:career-change" not in topics(role, underwriter, None, date(2025, 8, 25))


_RECEPTION = (
    "ΕΛΕΝΗ ΠΑΠΑΔΑΚΗ\nΑθήνα\n\nΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ\n"
    "Από τον Μάρτιο του 2024 έως σήμερα εργάζομαι ως Front Office Manager στο ξενοδοχείο «Αθηναϊκή Αύρα».\n"
    "Receptionist, Chania Sands Hotel, 2012 - 2016\n"
)


def test_no_gap_up_to_now_where_a_recent_year_names_work_the_dates_of_which_were_not_read() -> None:
    assert "objection:gap" not in topics("Front Office Supervisor", _RECEPTION, None, date(2025, 11, 2))
    idle = _RECEPTION.replace("Από τον Μάρτιο του 2024 έως σήμερα εργάζομαι ως Front Office Manager", "Hotel")
    assert "objection:gap" in topics("Front Office Supervisor", idle, None, date(2025, 11, 2))


def test_a_dutch_march_cut_short_is_a_month() -> None:
    resume = (
        "WERKERVARING\n\naug 2019 – mrt 2022\nAccountmanager MKB – IT-Partners B.V., Nieuwegein\n\n"
        "jan 2016 – jul 2019\nBinnendienst verkoper – Office Direct B.V., Ede\n"
    )
    found = evidence("Accountmanager ICT", resume, None, "gap", date(2023, 2, 20))
    assert found is not None and "Mar 2022" in found
