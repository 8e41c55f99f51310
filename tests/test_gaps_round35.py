"""Round 35 of the objection rules (issue 17). Each test is a case the rules before it got wrong, beside one
they must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.dates import with_common_era
from interviewer.interview.durations import jobs_from_lengths
from interviewer.interview.reading import led_team_sizes
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.resume_facts import _lines, extract_facts
from interviewer.interview.stays import employments
from tests.gap_probe import GapProbe

TODAY = date(2025, 10, 14)
PROBE = GapProbe(TODAY)
TENURE = "objection:tenure"
GAP = "objection:gap"
HOPPING = "objection:job-hopping"
CHANGE = "objection:career-change"
OVER = "objection:overqualified"
RELOCATION = "objection:relocation"

TABLE = (
    "KIM HYE-JIN\nSeoul, Republic of Korea\n\nWORK EXPERIENCE\n\n"
    "| Global Green Partnership Institute (GGPI), Seoul | (former name: KGGCF, until 07-2017) |\n"
    "|---|---|\n"
    "| Deputy Secretary General (Programs) | 01-2022 → present |\n"
    "| Director, Africa Programs Division | 03-2018 → 12-2021 |\n"
    "| Senior Program Manager, Energy Access Team | 08-2015 → 02-2018 |\n"
    "| Program Officer | 03-2013 → 07-2015 |\n\n"
    "• Designed the Solar for Clinics program for 412 rural health facilities, 2019 → 2024.\n"
    "UNDP Seoul Policy Centre – Consultant (fixed-term contract)        03-2012 → 01-2013\n"
)


def test_a_tables_head_row_names_the_employer_of_its_rows() -> None:
    jobs = extract_facts(TABLE, TODAY).jobs
    held = {j.title: j.employer for j in jobs}
    assert held["Program Officer"] == "Global Green Partnership Institute (GGPI), Seoul"
    # The table ends at its last row: the consultancy below it is another employer's.
    assert held["UNDP Seoul Policy Centre – Consultant (fixed-term contract)"] == ""
    # Twelve years through four titles is one stay.
    assert TENURE in PROBE.topics("Programme Director", TABLE)


def test_a_bullet_dated_across_two_titles_at_one_employer_is_work_there() -> None:
    titles = [j.title for j in extract_facts(TABLE, TODAY).jobs]
    assert not any(t.startswith("Designed") for t in titles)


def test_a_tables_column_heads_name_no_employer() -> None:
    resume = (
        "## EMPLOYMENT HISTORY\n\n| Period | Designation | Branch |\n|---|---|---|\n"
        "| Mar 2021 – Present | Branch Manager | Kandy City Branch |\n"
        "| Jan 2018 – Feb 2021 | Assistant Manager | Peradeniya Branch |\n"
    )
    assert {j.employer for j in extract_facts(resume, TODAY).jobs} == {""}


ARCHITECT = (
    "JOHANNA LAINE\nOulu, Finland\n\nEXPERIENCE\n"
    "Senior Architect, Pohjoisviiva Arkkitehdit Oy, Oulu   Q3 2019 – present\n"
    "Mentor for two junior architects   Q3 2019 – present\n\n"
    "Project Architect, Pohjoisviiva Arkkitehdit Oy, Oulu   Q1 2014 – Q2 2019\n\n"
    "Architectural Designer, Rakennussuunnittelu Kaarre Oy, Tampere   Q2 2010 – Q4 2013\n\n"
    "OTHER\n"
    "Lecturer, building design course at Oamk (guest, 10 h per year)   Q1 2018 – present\n"
)


def test_a_side_role_listed_last_neither_swallows_nor_splits_the_career_above() -> None:
    stays = employments(extract_facts(ARCHITECT, TODAY).jobs)
    longest = max(stays, key=lambda stay: stay[1] - stay[0])
    assert (longest[1] - longest[0]) // 12 == 11
    assert TENURE in PROBE.topics("Architect", ARCHITECT)
    # Without the second title at the firm, six years there is no long stay.
    assert TENURE not in PROBE.topics(
        "Architect", ARCHITECT.replace("Q1 2014 – Q2 2019", "Q1 2019 – Q2 2019")
    )


def test_staffs_is_a_count_of_people() -> None:
    assert 35 in led_team_sizes("• Oversee total 35 staffs in Seoul HQ and 4 country offices.")


def test_buddhist_era_years_are_read_in_the_common_era() -> None:
    assert with_common_era("From / To: 11/2566 - 10/2567") == "From / To: 11/2023 - 10/2024"
    # A count that looks like such a year is left alone where no date is written that way.
    assert with_common_era("Served 2566 passengers in 2024") == "Served 2566 passengers in 2024"


THAI_FORM = (
    "Ms. Kanya S.\nTampines, Singapore\n\nB. WORK EXPERIENCE\n"
    "1.  Job title:       Retail Assistant (12-month contract)\n"
    "    Employer:        Marina Cove Terminal Services Pte Ltd\n"
    "    From / To:       11/2566 - 10/2567   (contract completed)\n"
    "    Hours per week:  44\n\n"
    "2.  Job title:       Boutique Sales Assistant\n"
    "    Employer:        The Chao Phraya Residence Hotel, Bangkok\n"
    "    From / To:       09/2564 - 07/2566\n"
    "    Hours per week:  40\n"
)


def test_a_numbered_forms_fields_name_the_post_over_its_from_to_label() -> None:
    jobs = extract_facts(THAI_FORM, date(2025, 6, 2)).jobs
    assert jobs[0].title.startswith("Retail Assistant (12-month contract)")
    assert jobs[0].end == (2024, 10)
    # Out of work since October 2024, with no reason given.
    assert GAP in PROBE.topics("Retail Assistant", THAI_FORM, today=date(2025, 6, 2))


def test_a_dated_sabbatical_in_the_profile_explains_the_break() -> None:
    resume = (
        "Anke Vogt\nHamburg\n\nPROFILE\nCustomer service leader. Between my last two roles I took a planned "
        "ten-month sabbatical (09-2023 → 07-2024) to care for my mother and to travel through South America, "
        "and came back rested.\n\nEXPERIENCE\n"
        "Head of Customer Service, Nordlicht Versand GmbH, Hamburg | 08-2024 → today\n"
        "Head of Customer Care, Fernwerk Mobile GmbH, Hamburg | 03-2019 → 08-2023\n"
    )
    assert GAP not in PROBE.topics("Head of Customer Service", resume)
    assert GAP in PROBE.topics("Head of Customer Service", resume.replace("sabbatical", "project"))


def test_a_romanian_career_break_explains_the_year_it_names() -> None:
    resume = (
        "Ioana Pop\nIași\n\nEXPERIENȚĂ PROFESIONALĂ\n\n"
        "Redactor — SubLine Studio SRL, București 2023 – prezent\n\n"
        "Pauză de carieră 2022\n\n"
        "Subtitler — Siam Subtitle Co., Ltd., Bangkok 2019 – 2021\n"
    )
    assert GAP not in PROBE.topics("Subtitler", resume, today=date(2025, 3, 10))


LINKEDIN = (
    "Contact\n087 341 6620 (Mobile)\nciaran@outlook.ie\nwww.linkedin.com/in/ciaran (LinkedIn)\n\n"
    "Top Skills\nProcess Validation\nPFMEA\n\n"
    "Ciarán Mulqueen\nProcess Engineer at Corrib Medical Devices\nOranmore, County Galway, Ireland\n\n"
    "Summary\nEngineer working in medical device manufacturing.\n\nExperience\n\n"
    "Corrib Medical Devices\nProcess Engineer\n2019.03 - Present (6 years)\n"
)
DUBLIN = "Process Engineer\n\nLocation: Citywest Business Campus, Dublin 24. Fully on-site, Monday to Friday."


def test_a_linkedin_export_places_the_candidate_on_the_line_above_summary() -> None:
    assert RELOCATION in PROBE.topics("Process Engineer", LINKEDIN, DUBLIN)
    assert RELOCATION not in PROBE.topics(
        "Process Engineer", LINKEDIN.replace("Oranmore, County Galway", "Tallaght, Dublin"), DUBLIN
    )


def test_a_resume_pasted_into_an_email_has_its_letterhead_below_the_greeting() -> None:
    resume = (
        "Subject: Application for Research Scientist\n\nDear Ms. Rao,\n\n"
        "Good afternoon. The portal kept failing, so I have pasted my CV below. Kindly consider it.\n\n"
        "Thank you for your time.\n\n---\n\n# Tharushi Wickramasinghe\n\n"
        "Kandy, Sri Lanka  •  +94 77 418 2290  •  tharushi@gmail.com\n\n"
        "### EXPERIENCE\n**Scientist**\nSerendib AgroBiotech (Pvt) Ltd | 01.12.2021 – present\n"
    )
    job = "Research Scientist\nLocation: Genome Valley, Hyderabad. Work from office."
    assert RELOCATION in PROBE.topics("Research Scientist", resume, job)


REMOTE_FIRST = (
    "Head of People\nWe are remote-first: most of us work from home.\n"
    "Requirements:\n- Able to be in our Singapore office two days a week\n"
)


def test_a_remote_first_ad_asking_days_a_week_in_a_city_state_abroad() -> None:
    resume = "Ploy Srisawat\n**Head of People** · Bangkok, Thailand · ploy@outlook.co.th\n\nEXPERIENCE\n"
    assert RELOCATION in PROBE.topics("Head of People", resume, REMOTE_FIRST)
    assert RELOCATION not in PROBE.topics(
        "Head of People", resume.replace("Bangkok, Thailand", "Singapore"), REMOTE_FIRST
    )


def test_a_role_in_the_field_held_beside_a_newer_side_post_keeps_the_candidate_there() -> None:
    resume = (
        "Rosa Quispe\nCayma, Arequipa\n\nEXPERIENCIA\n\n"
        "Supervisora de Operaciones (Operations Supervisor), Andes Contact Center S.A.C. - since 2019\n"
        "    I lead a crew of fourteen asesores on the postpaid retention line.\n\n"
        "Asesora de Atención al Cliente, Conecta BPO Perú S.A.C., Arequipa - 2015-2019\n"
        "    Inbound customer service for a cable TV provider.\n\n"
        "Instructora externa, Cámara de Comercio e Industria de Arequipa - since 2021\n"
        "    Evening courses in customer service for small businesses.\n\n"
        "Jefa de Práctica (Teaching Assistant), Psicología Organizacional, UNSA - 2014-2015\n"
    )
    assert CHANGE not in PROBE.topics("Customer Service Supervisor", resume, today=date(2026, 2, 9))
    # Once the supervisor's post has ended, five years of teaching is where the candidate is.
    ended = resume.replace("since 2019", "2019-2021")
    assert CHANGE in PROBE.topics("Customer Service Supervisor", ended, today=date(2026, 2, 9))


def test_short_stays_ended_by_retrenchment_or_liquidation_are_not_hopping() -> None:
    resume = (
        "Sipho Dlamini\nCape Town\n\nEXPERIENCE\n"
        "Engineering Manager - Spaza Basket (Pty) Ltd, Cape Town   08.2023 – present\n"
        "Engineering Manager - TripKraal, Cape Town   09.2022 – 07.2023\n"
        "  - Role ended: whole Cape Town engineering team retrenched in July 2023.\n"
        "Engineering Manager - Kwela Drop (Pty) Ltd, Cape Town   04.2021 – 08.2022\n"
        "  - Role ended: the new owner closed the Cape Town office in August 2022.\n"
        "Engineering Lead - Lekker Eats (Pty) Ltd, Cape Town   11.2019 – 03.2021\n"
        "  - Role ended: the company was liquidated in March 2021.\n"
        "Tech Lead - Bluegum Software Consulting, Cape Town   02.2014 – 10.2019\n"
    )
    assert HOPPING not in PROBE.topics("Engineering Manager", resume, today=date(2024, 6, 17))
    unexplained = resume.replace("team retrenched in July 2023", "moved on").replace(
        "the new owner closed", "left"
    )
    unexplained = unexplained.replace("the company was liquidated", "I resigned")
    assert HOPPING in PROBE.topics("Engineering Manager", unexplained, today=date(2024, 6, 17))


LENGTHS = (
    "# Yael Mizrahi\nRehovot, Israel · yael@gmail.com\n\n## Experience\n\n"
    "**VP Regulatory Affairs** — Ophir Bio Ltd., Ness Ziona — current, 11 months\n"
    "Seed-stage peptide startup, 7 employees. Only regulatory person.\n\n"
    "**Senior Regulatory Affairs Associate** — Galil Generics Ltd., Yokneam — 14 months\n"
    "Generic injectables.\n\n"
    "**Regulatory Affairs Specialist** — Nexa Medical Ltd., Caesarea — 13 months\n\n"
    "**Regulatory Affairs Specialist** — Kinneret Biologics, Rehovot — 16 months\n\n"
    "**Regulatory Affairs Associate** — Levant Pharmaceutical — 4 years 2 months, starting 2016\n\n"
    "## Education\n- M.Sc. Biochemistry, The Hebrew University of Jerusalem\n"
)


def test_positions_dated_only_by_their_lengths_are_laid_end_to_end() -> None:
    jobs = jobs_from_lengths(_lines(LENGTHS), date(2024, 11, 20))
    assert [j.months for j in jobs] == [11, 14, 13, 16, 50]
    assert jobs[0].current and jobs[0].end == (2024, 11) and jobs[1].end == (2023, 12)
    assert HOPPING in PROBE.topics("Senior Regulatory Affairs Specialist", LENGTHS, today=date(2024, 11, 20))
    # A VP of a seven-person start-up holds no rank to step down from.
    assert OVER not in PROBE.topics("Senior Regulatory Affairs Specialist", LENGTHS, today=date(2024, 11, 20))


def test_an_employers_length_is_the_sum_of_the_posts_under_it() -> None:
    resume = (
        "SINDRE AASLAND\nBryne\n\nERFARING / EXPERIENCE\n\n"
        "NordMelk Jæren AS, Bryne — 9 år\n"
        "(Jærmeieriet AS was bought by NordMelk and renamed, my contract continued)\n\n"
        "Linjeoperatør ost (cheese line) — 5 år\n- Run blockformer + press\n"
        "- Verneombud (safety rep) — 2 år\n\n"
        "Prosessoperatør, pasteur./separator — 4 år\n\n"
        "Jærmeieriet AS, Bryne — 3 år\n\n"
        "Prosessoperatør (fast ansatt) — 1 år\n\n"
        "Lærling, industriell matproduksjon — 2 år\n\n"
        "UTDANNING\nBryne vgs.\n"
    )
    jobs = jobs_from_lengths(_lines(resume), date(2025, 5, 5))
    assert [(j.employer, j.months) for j in jobs] == [
        ("NordMelk Jæren AS, Bryne", 60),
        ("NordMelk Jæren AS, Bryne", 48),
        ("Jærmeieriet AS, Bryne", 12),
        ("Jærmeieriet AS, Bryne", 24),
    ]
    assert TENURE in PROBE.topics("Process Operator", resume, today=date(2025, 5, 5))


def test_a_latest_post_said_to_have_ended_ends_there() -> None:
    resume = (
        "Nouf Al-Qahtani\nRiyadh\n\nPROFESSIONAL EXPERIENCE\n"
        "Clinical Sales Specialist – Critical Care Portfolio                     10 months\n"
        "Gulf MedSupply Trading Co., Riyadh\nProduct in-services for nurses. Position ended February 2025.\n"
        "Clinical Nurse Specialist – Medical/Surgical ICU                         5 years\n"
        "Al Yarmouk General Hospital, Riyadh\n"
    )
    jobs = jobs_from_lengths(_lines(resume), date(2025, 10, 6))
    assert jobs[0].end == (2025, 2) and not jobs[0].current
    assert GAP in PROBE.topics("Senior Nurse Specialist", resume, today=date(2025, 10, 6))


def test_a_dated_resume_is_not_read_by_lengths() -> None:
    # Lengths beside dates (LinkedIn's "(6 years)") leave the dates to date the posts.
    facts = extract_facts(LINKEDIN, TODAY)
    assert [j.start for j in facts.jobs] == [(2019, 3)]
    assert extract_requirements(DUBLIN).location == "Dublin"


def test_a_linkedin_companys_positions_in_a_table_sit_under_it() -> None:
    resume = (
        "## Experience\n\nMekong Delta Seafood JSC (HOSE-listed)\n13 years 4 months\n"
        "| Dates | Title | Location |\n"
        "| March 2017 - Present (9 years 4 months) | Finance Director | Ho Chi Minh City |\n"
        "| March 2013 - February 2017 (4 years) | Chief Accountant | Can Tho |\n\n"
        "Saigon Delta Auditing Co., Ltd.\n5 years\n"
        "| Dates | Title | Location |\n"
        "| April 2008 - February 2013 (5 years) | Audit Senior | Ho Chi Minh City |\n"
    )
    employers = [j.employer for j in extract_facts(resume, date(2026, 6, 24)).jobs]
    assert employers[:2] == ["Mekong Delta Seafood JSC (HOSE-listed)"] * 2
    assert TENURE in PROBE.topics("Finance Director", resume, today=date(2026, 6, 24))


INDIA_AD = (
    "VP Sales & Business Development (Tunnelling)\nLocation: Chakan, Pune. Work from office.\n"
    "Education: UG: B.Tech/B.E. in Any Specialization; PG: M.Tech in Any Specialization, MBA/PGDM in Any "
    "Specialization\nMinimum 8 years in a senior sales, business development or key account role.\n"
)
TUNNEL_ENGINEER = (
    "Li Wei\nChengdu, China. Relocating to Pune, India in January 2026.\n\nEXPERIENCE\n"
    "Chief Engineer, Overseas Division — Huaxi Tunnel Engineering Group Co., Ltd. | 2019 – now\n"
    "Site engineer → Project Chief Engineer — China Railway Construction Bureau No. 3 | 2008 – 2019\n"
    "Tunnel design engineer — Sichuan Provincial Transport Design Institute | 2005 – 2008\n\n"
    "EDUCATION\n- M.Eng, Bridge & Tunnel Engineering — Southwest Jiaotong University, 2005\n"
)


def test_a_degree_in_any_specialization_asks_no_field() -> None:
    topics = PROBE.topics("VP Sales & Business Development (Tunnelling)", TUNNEL_ENGINEER, INDIA_AD)
    assert "objection:degree" not in topics


def test_a_typed_titles_brackets_name_the_sector_not_the_work() -> None:
    # A tunnel engineer applying to head tunnelling sales changes function: the brackets are the sector.
    assert CHANGE in PROBE.topics("VP Sales & Business Development (Tunnelling)", TUNNEL_ENGINEER, INDIA_AD)
    assert CHANGE not in PROBE.topics("Tunnel Engineer (Sales Support)", TUNNEL_ENGINEER)
    # Brackets that name a family of work name the work: a warehouse's shift coordinator.
    picker = (
        "Piotr Nowak\nGdańsk\n\nEXPERIENCE\nWarehouse Team Leader, Baltic DC Sp. z o.o. | 2016 – present\n"
    )
    assert CHANGE not in PROBE.topics("Shift Coordinator (Warehouse)", picker)


def test_fields_listed_in_brackets_after_the_degrees_field_are_its_fields() -> None:
    ad = "Senior CRA\nYou have:\n- Degree in Health Sciences (Pharmacy, Biology, Medicine or similar)"
    resume = (
        "Marta Puig\nBarcelona\n\nEXPERIENCE\nSenior CRA, Medinova Clinical Research, 2019 - present\n\n"
        "EDUCATION\n- Grado en Biología, Universitat de Barcelona (2015)\n"
    )
    assert "objection:degree" not in PROBE.topics("Senior CRA", resume, ad)
    assert "objection:degree" in PROBE.topics("Senior CRA", resume.replace("Biología", "Historia"), ad)
    # "(BSc or MSc)" lists levels: a BSc in another field does not meet a physiotherapy degree.
    physio = "Physiotherapist\nEssential:\n- Degree in Physiotherapy (BSc or MSc).\n"
    therapist = resume.replace("Grado en Biología", "BSc Athletic Therapy and Training")
    assert "objection:degree" in PROBE.topics("Physiotherapist", therapist, physio)


CRA_LENGTHS = (
    "Marta Puig\nBarcelona\n\n## Experience\n"
    "- **Senior CRA** — Medinova Clinical Research (CRO), Barcelona — since 2022 · 3 yrs 8 mos\n"
    "- **CRA II** — Farmadex Laboratorios S.A., Sant Cugat — from 2020 · 1 yr 3 mos\n"
    "- **CRA I** — Synthera CRO Iberia, Madrid — from 2019 · 1 yr 4 mos\n"
    "- **Junior CRA** — Quirós Biotech S.L., Barcelona — from 2018 · 1 yr 2 mos\n"
    "- **Clinical Trial Assistant** — Institut Hospital del Mar — from 2016 · 1 yr 4 mos\n\n"
    "## Education\n- Grado en Biología\n"
)


def test_bulleted_positions_with_a_start_year_and_a_length() -> None:
    jobs = jobs_from_lengths(_lines(CRA_LENGTHS), date(2025, 11, 4))
    # Three lengths under the first that add up to one more month than it are three posts, not its own.
    assert [(j.title, j.months) for j in jobs][:2] == [
        ("Senior CRA — Medinova Clinical Research (CRO), Barcelona", 44),
        ("CRA II — Farmadex Laboratorios S.A., Sant Cugat", 15),
    ]
    topics = PROBE.topics("Senior CRA", CRA_LENGTHS, today=date(2025, 11, 4))
    assert HOPPING in topics
    # "(CRO)" after a company's name is the kind of company, not a chief officer's title.
    assert OVER not in topics


SCOPE = "objection:scope"
HEAD_OF_COMMS = (
    "Director Corporate Communications\nYou'd lead the existing communications team of 11. The CEO wants "
    "someone who is leading a team today – current, hands-on people leadership, ideally of about that size.\n"
)
FORMER_HEAD = (
    "Katrin Böhm\nStuttgart\n\nEXPERIENCE\n"
    "Senior Communications Adviser, Lindner Stiftung, Stuttgart | 2019 – present\n"
    "- Speechwriting and press work for the board; no direct reports.\n\n"
    "Head of Communications, Südwest Medien GmbH, Stuttgart | 2012 – 2019\n"
    "- Led a team of 22 across press, digital and internal communications.\n"
)


def test_a_description_asking_for_people_led_now_counts_only_the_posts_held_now() -> None:
    evidence = PROBE.evidence("Director Corporate Communications", FORMER_HEAD, HEAD_OF_COMMS, "scope")
    assert evidence is not None and "leading 11 or more people now" in evidence
    assert "only in posts that have ended" in evidence
    # Twenty-two led in the post held now answers it; without "today", the team of 22 answers it too.
    leading = FORMER_HEAD.replace("2019 – present", "2019 – 2019").replace("2012 – 2019", "2012 – present")
    assert SCOPE not in PROBE.topics("Director Corporate Communications", leading, HEAD_OF_COMMS)
    past = HEAD_OF_COMMS.replace("leading a team today – current, hands-on people leadership", "experienced")
    assert SCOPE not in PROBE.topics("Director Corporate Communications", FORMER_HEAD, past)


def test_or_equivalent_competence_in_norwegian_is_another_way_in() -> None:
    ad = (
        "Administrerende direktør\nKvalifikasjoner\n"
        "- Mastergrad innen teknologi, økonomi eller ledelse – eller tilsvarende kompetanse gjennom lang "
        "ledererfaring fra energibransjen\n"
    )
    resume = (
        "Eirik Haugland\nBergen\n\nERFARING\nAdministrerende direktør, Vestkraft AS, Bergen | 2012 – d.d.\n\n"
        "UTDANNING\nBachelor i økonomi og administrasjon, NHH, 1998\n"
    )
    assert "objection:degree" not in PROBE.topics("Administrerende direktør", resume, ad)
    strict = ad.replace(" – eller tilsvarende kompetanse gjennom lang ledererfaring fra energibransjen", "")
    assert "objection:degree" in PROBE.topics("Administrerende direktør", resume, strict)
    # "eller motsvarande" alone is an equivalent field of study, not experience in its place.
    field = "Konstruktör\n- Civilingenjörsexamen inom maskinteknik eller motsvarande\n"
    assert "objection:degree" in PROBE.topics("Konstruktör", resume, field)


def test_a_europass_cv_names_the_post_below_its_dates() -> None:
    resume = (
        "Europass\nCurriculum Vitae\n\nPERSONAL INFORMATION\nAddress Bireggstrasse 9, 6003 Luzern\n\n"
        "WORK EXPERIENCE\n\nFrom / To since 2018 (7 years)\n"
        "Occupation or position held Head of HR Switzerland, member of the Swiss Executive Board\n"
        "Main activities - Leads HR for 1,850 employees at 14 sites\n"
        "Name of employer Alpina Haustechnik AG, Root LU\n\n"
        "From / To 2012 - 2018\nOccupation or position held HR Manager\n"
        "Name of employer Zentralschweizer Versicherung, Luzern\n"
    )
    jobs = extract_facts(resume, date(2025, 4, 14)).jobs
    assert [j.dates for j in jobs] == ["since 2018", "2012 - 2018"]
    assert jobs[0].title.startswith("Head of HR Switzerland")
    assert jobs[1].title.startswith("HR Manager")
    assert OVER in PROBE.topics("Senior HR Business Partner", resume, today=date(2025, 4, 14))


def test_time_between_roles_is_no_post() -> None:
    resume = (
        "Dana Kowalski\nMississauga, ON\n\nEXPERIENCE\n"
        "Between roles - job search (Northbay plant closure)      2025/06 - now\n"
        "Head of Procurement, Northbay Frozen Foods, Brampton ON      2024/02 - 2025/06\n"
        "Director, Strategic Sourcing, Lumacore Solar Canada      2022/10 - 2023/12\n"
        "Job Search Coach, Peel Employment Centre      2019/01 - 2022/09\n"
    )
    titles = [j.title for j in extract_facts(resume, date(2025, 10, 14)).jobs]
    assert not any("Between roles" in t for t in titles)
    # One who coaches others through their search holds a post.
    assert any(t.startswith("Job Search Coach") for t in titles)
    assert OVER in PROBE.topics("Senior Buyer", resume, today=date(2025, 10, 14))


INDUSTRY = "objection:industry"


def test_years_as_the_top_executive_in_a_sector_after_what_we_offer() -> None:
    ad = (
        "Group Chief People Officer\n\nWhat we offer\n\nA seat at the table. Competitive reward.\n\n"
        "What you bring: at least 15 years in HR, including 5 or more as the top HR executive in banking, "
        "insurance or wealth management.\n"
    )
    resume = (
        "Dilani Perera\nColombo\n\nEXPERIENCE\nChief People Officer, Serendib Mobile PLC | 2018 – present\n"
        "HR Director, Lanka Loomcraft (apparel) | 2012 – 2018\n"
    )
    assert INDUSTRY in PROBE.topics("Group Chief People Officer", resume, ad)
    banker = resume.replace("Serendib Mobile PLC", "Serendib Bank PLC (banking)")
    assert INDUSTRY not in PROBE.topics("Group Chief People Officer", banker, ad)


def test_retalho_is_retail_in_portugal() -> None:
    ad = "VP Data & Analytics\nMust have Retail / CPG / E-commerce domain experience.\n"
    resume = (
        "Inês Costa\nLisboa\n\nEXPERIÊNCIA\nChief Data Officer, Grossista Atlântico S.A. | 2020 – presente\n"
        "- Conta de um dos maiores grupos de retalho alimentar em Portugal.\n"
    )
    assert INDUSTRY not in PROBE.topics("VP Data & Analytics", resume, ad)
    assert INDUSTRY in PROBE.topics("VP Data & Analytics", resume.replace("retalho alimentar", "seguros"), ad)


def test_a_stated_team_size_and_a_total_in_brackets_count_the_team() -> None:
    line = "- Team size: under me are working 2 Assistant Managers and 5 Accountants (total seven heads)."
    assert 7 in led_team_sizes(line)
    assert 7 in led_team_sizes("Team size: 7")
    # A company's total is no team: only a total in brackets after the groups counted.
    assert 500 not in led_team_sizes("The firm has a total of 500 people in Lahore.")


def test_a_line_out_of_a_sentence_or_a_forms_label_names_no_function() -> None:
    from interviewer.interview.career_change import _readable

    assert not _readable("am the cell's skyddsombud (safety representative)")
    assert not _readable("Reason for leaving, Nordvind Offshore A/S, Esbjerg Wind Turbine Technician II")
    assert _readable("Amazon Area Manager, Swindon")
    assert _readable("I.T. Support Officer, Wexford")
