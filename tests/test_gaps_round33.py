"""Round 33 of the objection rules (issue 17): team sizes that a kitchen's or a military unit's resume gives.
Each test is a case the rules before it got wrong, beside one they must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.reading import led_team_sizes
from interviewer.interview.resume_facts import extract_facts
from tests.gap_probe import GapProbe
from tests.test_gazetteer import resume_in

PROBE = GapProbe(date(2025, 6, 2))
SCOPE = "objection:scope"

CHEF = (
    "Marisol Quintero Ávila\nMérida, Yucatán\n\nEXPERIENCIA\n\n"
    "**Chef Ejecutivo** — Hotel Costa Esmeralda, Mérida\n*Junio 2012 – a la fecha*\n"
    "- {line}\n- Costo de alimentos de 27% en 2024.\n"
)
KITCHEN_AD = (
    "Gerente de Alimentos y Bebidas\nHotel Playa Azul, Mérida\n\nRequisitos:\n"
    "- Liderar un equipo de 60 colaboradores en cocina, restaurantes y bares.\n"
)


def test_a_kitchen_brigade_is_a_team() -> None:
    assert led_team_sizes(CHEF.format(line="Dirijo una brigada de 72 cocineros y stewards.")) == [72]
    led = CHEF.format(line="Dirijo una brigada de 72 cocineros y stewards.")
    assert SCOPE not in PROBE.topics("Gerente de Alimentos y Bebidas", led, KITCHEN_AD)
    # A chef who names no brigade still shows no team of sixty.
    alone = CHEF.format(line="Menús de temporada y control de inventarios.")
    assert SCOPE in PROBE.topics("Gerente de Alimentos y Bebidas", alone, KITCHEN_AD)


OFFICER = (
    "Lt Col (retd) Imran Qureshi\nLahore\n\nCAREER\n\n"
    "Aug 2018 - Dec 2024 | {title}, Central Ordnance Repair Depot, Lahore\n"
    " | Repair depot for armoured vehicles and generators: 540 personnel (officers, artisans, civilians)\n"
    " | Annual budget of PKR 1.2 billion\n"
)


def test_the_line_under_a_commanders_title_sizes_the_unit() -> None:
    assert led_team_sizes(OFFICER.format(title="Commanding Officer")) == [540]
    assert led_team_sizes(OFFICER.format(title="Officer Commanding")) == [540]
    # Under a staff officer's title the same line sizes the depot, not a command.
    assert led_team_sizes(OFFICER.format(title="Staff Officer (Technical)")) == []


TENURE = "objection:tenure"
STACKED = (
    "Omar Haddad\nProcurement Manager\nDubai, UAE\n\n## Experience\n\n"
    "### {company}\n{aside}\n"
    "**Procurement Manager**, Feb 2019 – Present\n- Team of 5 buyers.\n\n"
    "**Senior Buyer**, Mar 2013 – Jan 2019\n- Engineering spares and chemicals.\n\n"
    "### Emirates Trading Co. LLC, Sharjah\n**Buyer**, May 2008 – Feb 2013\n- Local purchase orders.\n"
)


def test_an_employer_over_its_promotions_holds_past_a_line_about_it_in_italics() -> None:
    stacked = STACKED.format(company="Sahara Resorts Group, Dubai", aside="*5 resorts, 1,400 keys*")
    assert TENURE in PROBE.topics("Procurement Manager", stacked)
    # The same two posts, each at its own employer, are two stays of six years or less.
    apart = stacked.replace("**Senior Buyer**", "### Dune Hotels, Dubai\n**Senior Buyer**")
    assert TENURE not in PROBE.topics("Procurement Manager", apart)


PLAIN = (
    "KARIM MANSOUR\nDistrict Sales Manager\nGiza, Egypt\n\nWORK EXPERIENCE\n\n"
    "{company}\n"
    "District Sales Manager, Giza South        03/2021 – Present\n- Lead 6 medical reps.\n"
    "Senior Medical Representative             01/2018 – 02/2021\n"
    "Medical Representative                    02/2014 – 12/2017\n- Cardiology portfolio.\n\n"
    "Pharco Pharmaceuticals\nMedical Representative, Cairo             09/2011 – 01/2014\n"
)


def test_a_dash_inside_what_the_company_does_does_not_cut_its_name() -> None:
    company = "Nile Delta Labs (generic medicines – cardiology & diabetes lines)"
    assert TENURE in PROBE.topics("District Sales Manager", PLAIN.format(company=company))
    # Without its employer line the three posts are three stays, none of ten years.
    assert TENURE not in PROBE.topics("District Sales Manager", PLAIN.format(company=""))


JAPANESE = (
    "# 職務経歴書\n\n氏名：山田 太郎\n住所：大阪府吹田市\n\n## 職務経歴\n\n"
    "### 北浜物流株式会社（2012年4月{sep}現在）\n\n"
    "| 期間 | 所属・役職 |\n|---|---|\n"
    "| 2012年4月{sep}2018年3月 | 南港センター　主任 |\n"
    "| 2018年4月{sep}現在 | 関西エリア　エリアマネージャー |\n"
)


def test_a_japanese_range_with_a_full_width_tilde_or_wave_dash_is_a_range() -> None:
    for sep in ("～", "〜"):
        assert TENURE in PROBE.topics("Logistics Manager", JAPANESE.format(sep=sep)), sep
    # A stay of six years so written is no long tenure.
    six = JAPANESE.format(sep="～").replace("2012年4月", "2019年4月").replace("2018年", "2022年")
    assert TENURE not in PROBE.topics("Logistics Manager", six)


DEGREE = "objection:degree"
INDUSTRY = "objection:industry"
CZECH = (
    "# Ing. Petra Dvořáková\nSales Operations Manager\nOlomouc\n\n## Work experience\n\n"
    "**2014–now · Sales Operations Manager**\nMoravia Trade s.r.o., Olomouc\n- quotes, pricing, CRM.\n\n"
    "## Education\n- **2009–2012** – {degree}\n"
)
CZECH_AD = (
    "Regional Sales Manager\n\nRequirements:\n- A completed bachelor's degree.\n"
    "- 5 years in B2B sales operations.\n"
)


def test_what_helps_is_a_wish_not_a_requirement() -> None:
    resume = CZECH.format(degree="Maturita, Obchodní akademie Olomouc")
    helps = (
        "Regional Sales Manager\n\nWhat helps: a background in steel distribution and a degree in business.\n"
    )
    assert {DEGREE, INDUSTRY}.isdisjoint(PROBE.topics("Sales Operations Manager", resume, helps))
    must = helps.replace("What helps:", "Requirements:")
    assert DEGREE in PROBE.topics("Sales Operations Manager", resume, must)


FORM = (
    "=== CANDIDATE PROFILE ===\nName: Bilal Ahmed\nCurrent Location: Lahore\n\n"
    "--- Experience 1 ---\nJob Title: Branch Manager\nCompany: Indus Mercantile Bank Ltd\nFrom: Aug 2016\n"
    "To: Till date\nCity: Lahore\n\n"
    "--- Experience 2 ---\nJob Title: Relationship Officer\nCompany: {earlier}\n"
    "From: Jan 2010\nTo: Jul 2016\nCity: Lahore\n{note}\n"
)


def test_a_forms_from_and_to_fields_date_the_post() -> None:
    form = FORM.format(earlier="Ravi Savings Bank Ltd", note="")
    assert [job.dates for job in extract_facts(form, PROBE.today).jobs] == [
        "Aug 2016 – Till date",
        "Jan 2010 – Jul 2016",
    ]


def test_an_employer_merged_into_the_next_is_one_stay() -> None:
    merged = "- Ravi Savings Bank Ltd was amalgamated into Indus Mercantile Bank in August 2016."
    assert TENURE in PROBE.topics("Branch Manager", FORM.format(earlier="Ravi Savings Bank Ltd", note=merged))
    # Two banks the resume does not join are two stays of under nine years each.
    assert TENURE not in PROBE.topics("Branch Manager", FORM.format(earlier="Ravi Savings Bank Ltd", note=""))


GAP = "objection:gap"
ROWS = (
    "Dana Levi\nAshdod\n\nEMPLOYMENT\n\n"
    "Employer                     | Title              | From         | To           | Reason for leaving\n"
    "Ashdod Plastics Ltd.         | Production Manager | Autumn 2021  | Spring 2025  | Plant closed\n"
    "Yavne Extrusion Ltd.         | Shift Supervisor   | Spring 2014  | Winter 2019  | {reason}\n"
)


def test_a_tables_from_and_to_cells_are_one_range_and_its_reason_cell_explains_the_break() -> None:
    reason = (
        "Left to care full-time for my mother after her surgery, until she moved in with my sister in 2021"
    )
    jobs = extract_facts(ROWS.format(reason=reason), PROBE.today).jobs
    assert [job.dates for job in jobs] == ["Autumn 2021 – Spring 2025", "Spring 2014 – Winter 2019"]
    assert GAP not in PROBE.topics("Production Manager", ROWS.format(reason=reason))
    # The same break with no reason given is a gap.
    assert GAP in PROBE.topics("Production Manager", ROWS.format(reason="Personal"))


SENTENCE = (
    "Olga Nowak\nGdańsk\n\nEXPERIENCE\n\n"
    "**Baltic Safety sp. z o.o.**, Gdańsk — *Drug Safety Lead* · 2022 – present\n\n"
    "{sentence}\n\n"
    "**Pomorze Pharma S.A.**, Gdańsk — *Drug Safety Associate* · 2016 – 2019\n"
)


def test_a_sentence_that_opens_on_its_dates_dates_the_work_it_tells_of() -> None:
    worked = (
        "From 2019 until 2022 I worked on two fixed-term assignments placed by an agency: twelve months in a "
        "global case-processing hub and then twenty months on signal detection for a mid-size sponsor."
    )
    assert GAP not in PROBE.topics("Drug Safety Lead", SENTENCE.format(sentence=worked))
    # Without it the three years between the posts are a gap.
    assert GAP in PROBE.topics("Drug Safety Lead", SENTENCE.format(sentence=""))


MOVE = "objection:relocation"


def remote_first(office: str) -> str:
    return (
        "Operations Manager\nLocation: Remote-first\n\n"
        f"You will work from home, but we need you at our regional office in {office} at least 6 working "
        "days every month for planning sessions.\n"
    )


def test_regular_days_at_an_office_in_another_country_are_a_move_even_for_a_remote_first_job() -> None:
    assert MOVE in PROBE.topics("Operations Manager", resume_in("Lahore, Pakistan"), remote_first("Riyadh"))
    # In the candidate's own country the same days are trips, as before.
    assert MOVE not in PROBE.topics(
        "Operations Manager", resume_in("Karachi, Pakistan"), remote_first("Lahore")
    )
