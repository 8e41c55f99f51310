"""Round 27 of the objection rules (issue 17): each test is a case the rules before it got wrong, beside one
they must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.degrees import _degrees
from interviewer.interview.resume_facts import extract_facts
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


def test_a_portuguese_mechanical_degree_is_in_mechanical_engineering() -> None:
    description = "Requirements\n- Master's degree in Mechanical Engineering (required)\n"
    resume = (
        "RUI COSTA\nPorto\n\nEXPERIENCE\n"
        "2015 - present  Mechanical Design Engineer, Metalomecânica do Ave\n\n"
        "EDUCATION\nMestrado Integrado em Engenharia Mecânica, FEUP, 2012\n"
    )
    assert "objection:degree" not in topics("Senior Mechanical Engineer", resume, description)
    other = resume.replace("Engenharia Mecânica", "Engenharia Civil")
    assert "objection:degree" in topics("Senior Mechanical Engineer", other, description)


def test_bogies_and_rolling_stock_are_rail() -> None:
    description = "Requirements\n- At least seven years of experience in the railway industry (required)\n"
    resume = (
        "RUI COSTA\nPorto\n\nEXPERIENCE\n2015 - present  Mechanical Design Engineer, Metalomecânica do Ave\n"
        "- Bogie frames and underframes for two European rolling stock manufacturers\n"
    )
    assert "objection:industry" not in topics("Senior Mechanical Engineer", resume, description)
    trucks = resume.replace("Bogie frames and underframes for two European rolling stock", "Truck")
    assert "objection:industry" in topics("Senior Mechanical Engineer", trucks, description)


_LAB_CV = (
    "| ESPERIENZE PROFESSIONALI | | |\n|---|---|---|\n"
    "| apr. 2017 – oggi | Laboratori Emiliani S.r.l., Modena — **Responsabile Reparto** | Coordinamento\n"
    "di 6 analisti su due turni; validazione metodi HPLC |\n"
    "| sett. 2008 – marzo 2017 | Ecolab Padana S.p.A. — **Chimico analista senior** | Analisi di acque |\n"
    "| dal 2003 | Iscritta all'Ordine Interprovinciale dei Chimici e dei Fisici |\n"
)


def test_a_table_row_wrapped_onto_the_next_line_is_one_row() -> None:
    facts = extract_facts(_LAB_CV, date(2026, 3, 9))
    assert facts.max_team_size == 6
    assert len(facts.jobs) == 2  # a registration with the professional order since 2003 is no post


def test_an_essential_sector_in_a_one_sentence_ad_is_not_wished_by_a_plus_far_after_it() -> None:
    description = (
        "Farmaceutici Tirreno is looking for a QC Team Leader; the ideal candidate has at least eight years "
        "of experience in analytical laboratories, of which at least three years in a GMP-regulated "
        "pharmaceutical "
        "QC laboratory, which is essential for this role because the team leader signs off GMP data from day "
        "one, and has at least two years of experience coordinating people, while hands-on expertise with "
        "HPLC and GC is also required, and experience with sterile products is a plus.\n"
    )
    resume = (
        "FRANCESCA BELLINI\nModena\n\nEXPERIENCE\n2008 - present  Senior Analytical Chemist, Caseificio "
        "Sociale (dairy testing lab)\n- Coordinated 6 analysts\n"
    )
    assert "objection:industry" in topics("QC Laboratory Team Leader", resume, description)
    wished = description.replace("which is essential for this role", "which is a plus for this role")
    assert "objection:industry" not in topics("QC Laboratory Team Leader", resume, wished)


def test_a_place_written_with_a_possessive_is_the_place() -> None:
    description = (
        "Senior Revenue Manager\nWe offer a hybrid schedule of three days a week at our corporate\n"
        "office in Cancún's hotel zone and two days from home.\n"
    )
    resume = "ANA RUIZ\nRevenue & Pricing Specialist · Cancún, Quintana Roo, México\n\nEXPERIENCE\n"
    assert "objection:relocation" not in topics("Senior Revenue Manager", resume, description)
    away = resume.replace("Cancún, Quintana Roo", "Monterrey, Nuevo León")
    assert "objection:relocation" in topics("Senior Revenue Manager", away, description)


_SERVICE_AD = (
    "Team Lead service client (H/F)\n\nYour role\n- Lead a team of 6 customer advisers.\n\n"
    "What we offer\n- A salary of €38,000-€42,000 depending on experience, a yearly travel budget of €500 "
    "to ride our network.\n"
)


def test_a_perk_of_a_few_hundred_euros_is_no_budget_to_lead_and_n_plus_1_leads() -> None:
    resume = (
        "CLAIRE MARTIN\nParis\n\nEXPÉRIENCE\nRéférente d'équipe, Électra Direct (mars 2024 – aujourd'hui)\n"
        "• N+1 de 6 conseillers : plannings hebdomadaires, validation des congés\n"
    )
    assert "objection:scope" not in topics("Team Lead service client", resume, _SERVICE_AD, date(2025, 10, 6))
    alone = resume.replace("N+1 de 6 conseillers", "Suivi des conseillers")
    found = evidence("Team Lead service client", alone, _SERVICE_AD, "scope", date(2025, 10, 6))
    assert found is not None and "team of 6" in found and "budget" not in found


def test_an_amount_a_pdf_wrapped_off_a_line_of_prose_is_read() -> None:
    description = "Requirements\n- Responsibility for a budget of NZ$3.5 million and a team of about 35.\n"
    resume = (
        "MARIA SOTO\nAuckland\n\nEXPERIENCE\nHead of Technical, Pacific Reef Seafoods (2015 – 2025)\n"
        "In this role I led the technical function, 34 people across three sites, and I led the recall\n"
        "simulation every year. Budget for the technical department around\nNZ$3.1 million.\n"
    )
    assert "objection:scope" not in topics("Director of Quality", resume, description, date(2026, 8, 15))


def test_a_degree_cell_wrapped_onto_the_next_line_keeps_its_field() -> None:
    description = "Requirements\n- Bachelor's degree in Engineering, Supply Chain Management or Business.\n"
    resume = (
        "FAHAD AL-OTAIBI\nDammam\n\nEXPERIENCE\n2012 - present  Procurement Manager, Gulf Care Hospitals\n\n"
        "EDUCATION                            EARLIER ROLES\n"
        "B.Sc. Industrial & Systems           Dammam Medical Supplies Est., Dammam\n"
        "Engineering, King Fahd University    - Local purchasing of consumables\n"
    )
    assert "objection:degree" not in topics("Procurement Manager", resume, description)
    history = resume.replace("Engineering, King Fahd University", "History, King Fahd University")
    assert "objection:degree" in topics("Procurement Manager", history, description)


def test_a_pre_master_is_no_master() -> None:
    description = "Requirements\n- A completed master's degree in Tax Law (required).\n"
    resume = (
        "SANNE DE VRIES\nUtrecht\nTax adviser. Currently following the pre-master in Fiscal\n"
        "Economics alongside my job.\n\nEXPERIENCE\n2019 - present  Tax Adviser, Van Dijk Belastingadvies\n\n"
        "EDUCATION\nBachelor Fiscal Law and Economics (HBO)\nHogeschool Utrecht\n"
    )
    found = evidence("Tax Adviser", resume, description, "degree")
    assert found is not None and "master's degree" in found and "another field" not in found


def test_a_belgian_kinesitherapeut_is_a_physiotherapist_and_a_physician_is_not() -> None:
    resume = (
        "LIES PEETERS\nHasselt\n\nWERKERVARING\n"
        "2016 - heden  Kinesitherapeut, Revalidatiecentrum Maasland, afdeling neurologische revalidatie\n"
    )
    assert "objection:career-change" not in topics("Fysiotherapeut", resume, None, date(2026, 5, 1))
    assert "objection:career-change" in topics(
        "Fysiotherapeut", resume.replace("Kinesitherapeut", "Boekhouder"), None, date(2026, 5, 1)
    )


def test_a_cover_letters_addressee_holds_no_rank_of_the_candidate() -> None:
    resume = (
        "The Chief Executive Officer, Nyanza Lakeside Hospital, Kisumu. Dear Sir/Madam, I apply.\n"
        "GRACE ACHIENG\nKisumu\n\nEXPERIENCE\n03/2019 - present  Laboratory Manager, Lakeside Reference Lab\n"
    )
    role = "Senior Medical Laboratory Officer"
    assert "objection:overqualified" not in topics(role, resume, None, date(2026, 10, 27))
    own = resume.replace(
        "The Chief Executive Officer, Nyanza Lakeside Hospital, Kisumu. Dear Sir/Madam, I apply.",
        "Chief Executive Officer, Lakeside Reference Lab",
    )
    assert "objection:overqualified" in topics(role, own, None, date(2026, 10, 27))


def test_a_japanese_ad_accepting_equal_experience_for_the_degree() -> None:
    description = "応募資格\n・学士号、またはそれと同等の実務の経験\n・サービスデスクでの実務経験5年以上\n"
    resume = (
        "山田 太郎\n川崎市\n\n職務経歴\n"
        "2014年4月 - 現在  サービスデスク スーパーバイザー、ネクストサポート株式会社\n\n"
        "学歴\n2014年3月 東京IT専門学校 卒業（専門士）\n"
    )
    assert "objection:degree" not in topics("ITサービスデスク チームリーダー", resume, description)
    only = description.replace("、またはそれと同等の実務の経験", "（必須）")
    assert "objection:degree" in topics("ITサービスデスク チームリーダー", resume, only)


def test_a_restaurant_that_closed_and_a_move_back_home_answer_why_so_short() -> None:
    resume = (
        "JAVIER LLORENTE\nValencia\n\nEXPERIENCE\n"
        "2023/02 - present  Executive Chef · Grupo Albufera Restauración, Valencia\n"
        "2022/11 - 2023/01  Moved back to Valencia (family)\n"
        "2021/05 - 2022/10  Head Chef · Sa Punta Beach Club, Ibiza\n"
        "2019/09 - 2020/03  Head Chef · Restaurante Brasa 9, Madrid (the restaurant closed in March 2020)\n"
        "2015/09 - 2019/08  Sous Chef · Restaurante Mar de Gràcia, Barcelona\n"
    )
    assert "objection:job-hopping" not in topics("Jefe de Cocina", resume, None, date(2023, 6, 1))
    unexplained = resume.replace("Moved back to Valencia (family)", "Chef · Bodega Sur, Madrid").replace(
        " (the restaurant closed in March 2020)", ""
    )
    assert "objection:job-hopping" in topics("Jefe de Cocina", unexplained, None, date(2023, 6, 1))


def test_shekels_are_a_currency() -> None:
    description = "Requirements\n* Responsibility on budget operational of about 95 million shekels in year\n"
    resume = (
        "NOA LEVI\nOmer\n\nEXPERIENCE\n03/2016 - present  Director of Nursing, Negev Medical Center\n"
        "- Responsible for nursing-division budget of ₪160M per year\n"
    )
    assert "objection:scope" not in topics("VP Operations", resume, description, date(2025, 1, 5))
    small = resume.replace("₪160M", "₪16M")
    assert "objection:scope" in topics("VP Operations", small, description, date(2025, 1, 5))


def test_the_company_under_each_dated_title_joins_the_positions_into_one_stay() -> None:
    resume = (
        "ERIK SANDBERG\nVästerås, Sweden\n\n## WORK EXPERIENCE\n\n"
        "**2019-01 – present · Senior Hardware Engineer, Power Electronics**\n"
        "Nordvik Traction AB, Västerås (traction converters and auxiliary power for trains and trams)\n"
        "- Responsible designer for the traction converter platform\n\n"
        "**2013-08 – 2018-12 · Hardware Design Engineer**\nNordvik Traction AB, Västerås\n"
        "- Design of auxiliary converters\n"
    )
    found = evidence("Senior Power Electronics Engineer", resume, None, "tenure", date(2025, 11, 1))
    # The employer is named as written, without what the company does in brackets.
    assert found is not None and "(Nordvik Traction AB, Västerås, 2019-01" in found
    moved = resume.replace("Nordvik Traction AB, Västerås\n-", "Mälarkonsult AB, Stockholm\n-")
    assert "objection:tenure" not in topics(
        "Senior Power Electronics Engineer", moved, None, date(2025, 11, 1)
    )


def test_finnish_months_and_nykyhetki_date_a_stay() -> None:
    resume = (
        "PETRI SALONEN\nEspoo, Finland\n\n## Experience\n\n### Pohjolan Verkot Oyj\n"
        "**maaliskuu 2011 – nykyhetki · 14 v 7 kk**\n\n"
        "**Executive Vice President, Consumer Business** · lokakuu 2019 – nykyhetki\n"
        "**Director, Mobile Devices and Services** · maaliskuu 2011 – syyskuu 2019\n\n"
        "### Aurora Mobile Oy\n**Senior Product Manager** · elokuu 2003 – helmikuu 2011\n"
    )
    found = evidence("Executive Vice President", resume, None, "tenure", date(2025, 10, 1))
    assert found is not None and "14 years" in found
