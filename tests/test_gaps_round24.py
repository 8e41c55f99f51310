"""Gap analysis, twenty-fourth round. Each rule sits beside a case it must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.amounts import budgets
from interviewer.interview.dates import has_closed_range
from interviewer.interview.reading import _team_sizes
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.resume_facts import extract_facts
from tests.gap_probe import GapProbe

TODAY = date(2026, 11, 1)
PROBE = GapProbe(TODAY)
topics, evidence = PROBE.topics, PROBE.evidence


def test_a_degree_still_being_studied_is_said_as_unfinished() -> None:
    ad = "Customer Success Manager\nRequirements\n- Bachelor's degree required\n"
    studying = (
        "Ana Souza | Porto, Portugal\nExperience\nCustomer Support Agent, Talkdesk, 03/2020 - present\n"
        "Education\nBachelor of Business Administration, Universidade do Porto (in progress, expected 2027)\n"
    )
    said = evidence("Customer Success Manager", studying, ad, "degree")
    assert said is not None
    assert 'shows a degree still unfinished: "Bachelor of Business Administration' in said
    # A resume with no degree at all still says so.
    none = "Ana Souza | Porto, Portugal\nExperience\nCustomer Support Agent, Talkdesk, 03/2020 - present\n"
    assert evidence("Customer Success Manager", none, ad, "degree") == (
        "The job description asks for a bachelor's degree; the resume lists no degree."
    )


def test_a_closed_range_is_read_in_every_date_format_the_project_knows() -> None:
    assert has_closed_range("Sep 2018 – Dec 2018 | ")
    assert has_closed_range("März 2019 bis 2020: ")
    assert has_closed_range("06/2015 a 02/2019 ")
    # A range that runs to this day, or a lone year, has not ended.
    assert not has_closed_range("2019 – heute ")
    assert not has_closed_range("03/2021 - present ")
    assert not has_closed_range("Lived there in 2016 ")


def test_experience_at_a_kind_of_company_is_asked_of_the_candidate() -> None:
    asked = (
        "Requirements\n- At least 2 years' experience in Customer Success, Account Management or Key Account "
        "roles at a B2B SaaS or technology company (required)\n"
    )
    assert [
        (r.names, r.preferred) for r in extract_requirements(asked).requirements if r.kind == "industry"
    ] == [(("software",), False)]
    # Where the employer says what it is, the sector is its own story, not a requirement.
    about = "Requirements\n- Join a fast-growing SaaS company as our first CSM\n"
    assert all(r.preferred for r in extract_requirements(about).requirements if r.kind == "industry")


def test_a_course_taken_is_no_sector_worked_in() -> None:
    resume = (
        "Experience\nEnglish Teacher, SunEnglish Language Centre, 08/2016 - 12/2025\n"
        "Training and Certificates\n- HubSpot Customer Service Software Certification, 01/2026\n"
    )
    assert "software" not in extract_facts(resume, today=TODAY).industries
    # The same words under the work itself still tell the sector.
    worked = "Experience\nSupport Agent, a B2B software company, 08/2016 - 12/2025\n"
    assert "software" in extract_facts(worked, today=TODAY).industries


def test_a_budget_per_year_is_a_budget_and_a_salary_per_year_is_pay() -> None:
    assert budgets("Manage the country office IT budget of USD 420,000 per year") == [420_000]
    assert budgets("Salary: $85,000 per year plus benefits") == []


def test_the_employer_named_in_the_ads_head_spends_its_own_money() -> None:
    ad = (
        "Procurement Specialist\nMetro Transport Assets (NSW Government agency) - Parramatta, NSW\n\n"
        "Metro Transport Assets manages the renewal of rail and road assets, with a spend of A$1.4bn.\n"
    )
    assert not [r for r in extract_requirements(ad).requirements if r.kind == "budget"]
    # The hire's own budget, in the same ad, is still asked.
    owned = ad + "Requirements\n- Experience managing a category spend of A$20m or more\n"
    assert [r.min_usd for r in extract_requirements(owned).requirements if r.kind == "budget"] == [13_000_000]


def test_a_chief_after_the_crew_leads_a_crew() -> None:
    warehouse = "Experience\nWarehouse Chief (Depo Şefi), Ekol Lojistik, 03/2019 - present\n"
    assert "objection:overqualified" not in topics("Warehouse Supervisor", warehouse)
    engineer = "Experience\nChief Engineer, Ekol Lojistik, 03/2019 - present\n"
    assert "objection:overqualified" in topics("Maintenance Technician", engineer)


def test_a_sentence_saying_why_there_is_no_work_explains_the_gap() -> None:
    moved = (
        "Summary\nI moved back to Istanbul in March 2025 for family reasons and have since been preparing "
        "for the SPK licensing exams.\nExperience\nProduct Manager, Tradewell, Aug 2022 - Feb 2025\n"
    )
    assert extract_facts(moved, today=TODAY).gaps == []
    silent = "Summary\nProduct manager.\nExperience\nProduct Manager, Tradewell, Aug 2022 - Feb 2025\n"
    assert [g.months for g in extract_facts(silent, today=TODAY).gaps] == [20]
    # A post whose title holds such a word is work, and says nothing of the months after it.
    recovery = "Experience\nDebt Recovery Officer, Acme Bank, Aug 2022 - Feb 2025\n"
    assert [g.months for g in extract_facts(recovery, today=TODAY).gaps] == [20]


def test_a_tables_header_row_is_no_part_of_a_post() -> None:
    resume = "EXPERIENCE\nPeriod | Appointment\nJul 2019 - Sep 2024 | Commanding Officer, EME Base Workshop\n"
    titles = [job.title for job in extract_facts(resume, today=TODAY).jobs]
    assert titles and not any("Period" in title for title in titles)


def test_the_letterhead_ends_at_the_profile_heading() -> None:
    ad = "Senior Legal Counsel\nHelsinki, Ruoholahti | Hybrid: 3 days a week at our office\n"
    resume = (
        "Aino Virtanen\nSenior Legal Counsel · Tampere, Finland · +358 40 551 2874\n## Profile\n"
        "Commercial lawyer, first in a Helsinki business law firm and since 2017 in-house.\n"
        "## Experience\nSenior Legal Counsel, Nokian Tyres, Tampere, 2017 - present\n"
    )
    assert "objection:relocation" in topics("Senior Legal Counsel", resume, ad)
    # A heading for the contact details themselves is still the letterhead.
    details = "LEBENSLAUF\nPersönliche Daten\nLeopoldstraße 120, 80804 München\n"
    assert "objection:relocation" in topics(
        "Controller",
        details + "Erfahrung\nController, BMW, 2015 - heute\n",
        "Controller (m/w/d)\nHamburg, 4 Tage vor Ort\n",
    )


def test_a_town_in_the_jobs_country_comes_before_its_namesake_across_a_border() -> None:
    ad = "Jefe de Contabilidad\nGrupo Alimentario del Plata - Pilar, Provincia de Buenos Aires\n"
    resume = "Juan Pérez\nBv. Oroño 1340 - 2000 Rosario, Santa Fe\nExperiencia\nContador, 2010 - actualidad\n"
    assert "objection:relocation" in topics("Jefe de Contabilidad", resume, ad)


def test_a_qualification_still_on_its_way_in_czech_german_and_spanish() -> None:
    czech = "UX Designer\nPožadujeme\n- Certifikát CPUX-F (UXQB) — podmínkou\n"
    booked = (
        "Profile\nI like working closely with developers. Now preparing for the CPUX-F certificate\n"
        "Experience\nUX Designer, Seznam, 2021 - present\n"
    )
    said = evidence("UX Designer", booked, czech, "degree")
    assert said is not None and said.endswith('not yet held: "Now preparing for the CPUX-F certificate".')
    german = "DGKP\n- Abgeschlossene Sonderausbildung Intensivpflege gemäß § 68 GuKG (Voraussetzung)\n"
    course = (
        "Berufserfahrung\nDGKP, AKH Wien, 09/2014 – heute\nAusbildung\n"
        "10/2024 – voraussichtl. 09/2025 | Sonderausbildung Intensivpflege gem. § 68 GuKG\n"
    )
    assert evidence("DGKP", course, german, "degree") is not None
    done = course.replace("voraussichtl. 09/2025", "06/2025")
    assert evidence("DGKP", done, german, "degree") is None
    spanish = "Tech Lead\n- Título profesional en Ingeniería de Software o carreras afines (indispensable)\n"
    studying = (
        "Experiencia\nDesarrollador backend, Rappi, 2019 - actualidad\nFormación\n"
        "Ingeniería de Software – Institución Universitaria Camacho (en curso, 8.º de 10 semestres)\n"
        "CERTIFICACIONES\nOracle Java SE 11\n"
    )
    said = evidence("Tech Lead", studying, spanish, "degree")
    assert said is not None and said.endswith('(en curso, 8.º de 10 semestres)".')


def test_a_team_is_read_after_an_approximation_and_in_a_spanish_table() -> None:
    assert set(_team_sizes("Managed approx. 85 warehouse staff across two shifts")) == {85}
    assert set(_team_sizes("Run two cross-dock sites and around 140 warehouse operatives")) == {140}
    assert set(_team_sizes("Equipo a cargo | 6 desarrolladores y 1 QA")) == {6}
    # A number of things, not people, after the same verb is no team.
    assert _team_sizes("Managed approx. 85 supplier contracts") == []


def test_a_budget_in_millions_is_read_in_other_languages() -> None:
    assert budgets("Budgetverantwortung: 45 Mio. EUR Materialkosten") == [49_500_000]
    # "presupuesto" is a budget word since round 26 ("de euros" after the million is not read as the currency)
    assert budgets("Presupuesto anual de 12 millones de euros") == [12_000_000]
    assert budgets("Jahresbudget 3 Mio.") == [3_000_000]
    # A number with no currency and no million word is no money.
    assert budgets("Budget for 45 new hires") == []


def test_a_budget_responsibility_is_asked_in_other_languages() -> None:
    ad = "Controller\nKrav\n- Budgetansvar for minst 5 mio. NOK\n"
    assert [r.kind for r in extract_requirements(ad).requirements if r.kind == "budget"] == ["budget"]


def test_a_since_in_a_wrapped_profile_sentence_is_no_post() -> None:
    wrapped = (
        "PERFIL\nIngeniero backend con 10 años de experiencia. Inglés B2, trabajo\nremoto desde 2021.\n\n"
        "EXPERIENCIA\nMercatto\nSenior Backend Engineer | Julio 2021 – Julio 2025\n"
    )
    assert [job.dates for job in extract_facts(wrapped, TODAY).jobs] == ["Julio 2021 – Julio 2025"]
    # A line of its own that says since when is still a post.
    own = "PERFIL\nBackend engineer at Mercatto since 2021\n"
    assert [job.dates for job in extract_facts(own, TODAY).jobs] == ["since 2021"]


def test_a_job_done_from_anywhere_in_the_country_asks_no_move() -> None:
    resume = (
        "Andrés Osorio\nCali, Valle del Cauca, Colombia\nExperience\n"
        "Backend Developer, Mercatto, 2019 - present\n"
    )
    remote = (
        "Tech Lead Backend\nCuántica Pagos\n100% remoto desde cualquier ciudad de Colombia (encuentro "
        "trimestral en Bogotá)\n"
    )
    assert "objection:relocation" not in topics("Tech Lead Backend", resume, remote)
    on_site = "Tech Lead Backend\nCuántica Pagos\nPresencial en Bogotá, 5 días a la semana\n"
    assert "objection:relocation" in topics("Tech Lead Backend", resume, on_site)


def test_a_direct_report_who_is_a_manager_is_a_layer_of_leaders() -> None:
    ad = "Financial Controller\nRequirements\n- Experience leading teams, including managing managers\n"
    layered = (
        "Experience\nAssistant Controller, Lakeport Trust, March 2020 - present\n"
        "- Lead the team: 4 direct reports (1 Manager, Financial Reporting and 3 Senior Accountants)\n"
    )
    assert "objection:scope" not in topics("Financial Controller", layered, ad)
    flat = (
        "Experience\nAssistant Controller, Lakeport Trust, March 2020 - present\n"
        "- Lead the reporting team: 4 direct reports (4 Senior Accountants)\n"
    )
    assert "objection:scope" in topics("Financial Controller", flat, ad)


def test_a_french_team_named_by_its_kind_is_read() -> None:
    assert set(_team_sizes("Équipe RH de 14 personnes dont 3 responsables")) == {14}
    assert set(_team_sizes("Equipo comercial de 12 vendedores")) == {12}
    # A team of things is no team of people.
    assert _team_sizes("Équipe projet de 3 sites industriels") == []


def test_freelance_work_after_a_directorship_is_weighed_by_the_directorship() -> None:
    resume = (
        "Expérience professionnelle\n"
        "Depuis octobre 2024 | Consultante RH indépendante (management de transition)\n"
        "Janvier 2017 – septembre 2024 | Directrice des Ressources Humaines, Maison Lumen\n"
    )
    role, day = "Responsable Ressources Humaines", date(2025, 4, 14)
    said = evidence(role, resume, None, "overqualified", day)
    assert said is not None and "last post before independent work is at Directrice level" in said
    # A salaried post after the directorship is the level a recruiter weighs.
    employed = resume.replace("Consultante RH indépendante (management de transition)", "RRH, Lumo")
    assert evidence(role, employed, None, "overqualified", day) is None


def test_a_line_that_opens_with_its_dates_carries_on_no_title_above() -> None:
    resume = (
        "Expérience\nJanvier 2017 – septembre 2024 | Directrice RH, Maison Lumen\n"
        "Audit des processus paie et temps de travail pour un réseau de quarante crèches en Île-de-France\n"
        "Mars 2011 – décembre 2016 | Responsable des Relations Sociales, Convivio\n"
    )
    titles = [job.title for job in extract_facts(resume, TODAY).jobs]
    assert titles == ["Directrice RH, Maison Lumen", "Responsable des Relations Sociales, Convivio"]


def test_team_sizes_spelled_out_in_other_languages() -> None:
    ad = "Disziplinarische und fachliche Führung von drei Mitarbeitenden im Controlling"
    assert _team_sizes(ad, description=True) == [3]
    assert _team_sizes("Liderar un equipo de cinco analistas", description=True) == [5]
    # A compound Dutch word for the staff led ("klantenservicemedewerkers") is people too.
    assert _team_sizes("- Leidinggevende van 9 klantenservicemedewerkers: roosters, coaching") == [9]
    # "sept" is a month before it is a French seven.
    assert _team_sizes("Team Lead, sept 2022 – feb 2025, employees' rota") == []


def test_no_direct_reports_is_said_as_none() -> None:
    ad = "Senior Product Manager\nYou will line-manage two product owners and one business analyst.\n"
    assert _team_sizes(ad, description=True) == [2]
    resume = (
        "Experience\nSenior Product Manager, Quantix, Aug 2022 - Feb 2025\n"
        "- Worked with 3 squads (20 engineers, 2 designers); no direct reports\n"
    )
    assert not extract_facts(resume, TODAY).has_direct_reports
    said = evidence("Senior Product Manager", resume, ad, "scope")
    assert said == "The job description asks for a team of 2 or more; the resume shows no direct reports."
    # Direct reports said plainly still count.
    assert extract_facts(resume.replace("no direct reports", "2 direct reports"), TODAY).has_direct_reports


def test_project_teams_are_no_reports_where_the_resume_says_there_were_none() -> None:
    said_none = (
        "Experience\nSenior Legal Counsel, Tamlink Oyj, Aug 2017 - present\n"
        "- Member of a legal team of four reporting to the General Counsel; no direct reports\n"
        "- Project lead for NIS2 and DORA readiness (cross-functional team of 12), 2024-2025\n"
    )
    facts = extract_facts(said_none, TODAY)
    assert facts.max_team_size is None and not facts.has_direct_reports
    # Without that statement, a cross-functional team led is read as the resume gives it.
    led = said_none.replace("; no direct reports", "")
    assert extract_facts(led, TODAY).max_team_size == 12


def test_a_masters_with_its_defence_still_planned_is_not_held() -> None:
    ad = "Marketing Manager\nNasze wymagania:\n- wykształcenie wyższe magisterskie (marketing, zarządzanie)\n"
    resume = (
        "EXPERIENCE\n02.2025 – present | Senior Brand Manager, Cukry Krakowskie S.A., Kraków\n"
        "EDUCATION\n2017 | Bachelor's degree (licencjat), Management – Uniwersytet Ekonomiczny w Krakowie\n"
        "since 10.2024 | Master's studies (part-time), Marketing – Uniwersytet Ekonomiczny w Krakowie\n"
    )
    assert extract_facts(resume, TODAY).highest_degree == "bachelor"
    said = evidence("Marketing Manager", resume, ad, "degree")
    assert said is not None
    assert "bachelor's degree only, with one more unfinished: \"Master's studies (part-time)" in said
    defended = resume.replace("since 10.2024 | Master's studies", "2019 | Master's degree")
    assert evidence("Marketing Manager", defended, ad, "degree") is None
    planned = "EDUCATION\nMSc Marketing, Warsaw School of Economics; thesis defence planned June 2026\n"
    assert extract_facts(planned, TODAY).highest_degree is None


def test_a_polish_team_of_n_people_and_managers_led() -> None:
    ad = (
        "- zarządzanie 8-osobowym zespołem marketingu\n"
        "- min. 3 lata w zarządzaniu zespołem, w tym zarządzanie managerami\n"
    )
    assert _team_sizes(ad, description=True) == [8]
    resume = (
        "Experience\nBrand Manager, Chrupik Snacks, 09.2021 – present\n- Led a team of 5 brand executives\n"
    )
    said = evidence("Marketing Manager", resume, ad, "scope")
    assert said is not None and "asks for leading team leaders" in said
    smaller = resume.replace("a team of 5", "a team of 2")
    said = evidence("Marketing Manager", smaller, ad, "scope")
    assert said is not None and "asks for a team of 8 or more" in said


def test_nordic_masters_degrees_are_read() -> None:
    ad = "Fundraisingchef\nVi forventer\n- har en kandidatuddannelse, fx cand.mag. eller cand.merc. (krav)\n"
    bachelor = "UDDANNELSE\n2012 - 2016   Professionsbachelor i Kommunikation, DMJX, Aarhus\n"
    said = evidence("Fundraisingchef", bachelor, ad, "degree")
    assert (
        said == "The job description asks for a master's degree; the resume lists a bachelor's degree only."
    )
    assert extract_facts(
        "UTDANNING\n2015 – 2020 | Master i farmasi, Universitetet i Bergen\n", TODAY
    ).highest_degree == ("master")
    assert extract_facts("EDUCATION\ncand.merc. (Finance), CBS, 2014\n", TODAY).highest_degree == "master"


def test_a_budget_in_kroner_and_zloty_after_an_abbreviation() -> None:
    assert budgets("har budgetansvar for et indtægtsbudget på 45 mio. kr.") == [4_500_000]
    assert budgets("odpowiedzialność za budżet marketingowy ok. 25 mln zł") == [6_250_000]


def test_a_membership_that_follows_exams_booked_is_not_yet_held() -> None:
    ad = (
        "Procurement Specialist\nEssential requirements\n- Full Member of the Chartered Institute of "
        "Procurement & Supply (MCIPS) or equivalent professional membership\n"
    )
    resume = (
        "Experience\nProcurement Officer, Hunter Health, Jan 2015 - present\nQualifications\n"
        "- CIPS Level 6 Professional Diploma: final two modules, exams booked for 27 November 2025;\n"
        "  MCIPS on completion\n"
    )
    said = evidence("Procurement Specialist", resume, ad, "degree")
    assert said is not None and "MCIPS on completion" in said
    held = (
        "Experience\nProcurement Officer, Hunter Health, Jan 2015 - present\nQualifications\n- MCIPS, 2021\n"
    )
    assert evidence("Procurement Specialist", held, ad, "degree") is None


def test_a_manager_of_a_small_team_applying_as_a_specialist_and_a_step_tried() -> None:
    settled = (
        "Experience\nProcurement Manager, Hunter Civil, Mar 2022 - present\n- Lead a team of 4 buyers\n"
        "Senior Procurement Officer, Lake Hunter Council, Jul 2013 - Feb 2022\n"
    )
    said = evidence("Procurement Specialist", settled, None, "overqualified")
    assert said is not None and said.endswith("the resume's latest job is Procurement Manager, Hunter Civil.")
    tried = settled.replace("Mar 2022 - present", "Mar 2026 - present")
    assert evidence("Procurement Specialist", tried, None, "overqualified") is None


def test_a_sector_asked_after_an_aside_in_brackets() -> None:
    ad = (
        "REQUIREMENTS (ESSENTIAL)\n- At least 2 years' experience supporting clinical systems (EMR/EHR, LIS, "
        "PACS) in a hospital or healthcare environment\n"
    )
    industries = [r.names for r in extract_requirements(ad).requirements if r.kind == "industry"]
    assert industries == [("healthcare",)]


def test_trials_of_a_medicine_by_phase_are_pharma_work() -> None:
    ad = "Requirements\n- 2 years managing clinical trials within a CRO, pharmaceutical or biotech company\n"
    trials = (
        "Experience\nTrial Manager, ICON plc, 2021 - present\n- Lead two global Phase III oncology studies\n"
    )
    assert "objection:industry" not in topics("Clinical Project Manager", trials, ad)
    works = "Experience\nProject Manager, Skanska, 2021 - present\n- Lead phase 2 of the ring road works\n"
    assert "objection:industry" in topics("Clinical Project Manager", works, ad)


def test_a_compound_title_names_its_kind_at_its_end() -> None:
    from interviewer.interview.functions import function_words

    assert "hospitality" in function_words("Manager Aparthotel")
    # A prefix makes another job: a paralegal is no lawyer, whatever the field.
    assert "legal" not in function_words("Senior Litigation Paralegal")
    resume = "Experience\nDirector General, Grand Hotel Dâmbovița, București, 2015 - present\n"
    assert "objection:career-change" not in topics("Manager Aparthotel", resume)


def test_a_dutch_table_head_and_a_first_person_since_are_no_posts() -> None:
    table = (
        "WERKERVARING\nPeriode | Functie en werkgever\n"
        "04/2023 – heden | Supply Chain Planner, Eemvalley Zuivel B.V., Amersfoort\n"
    )
    assert [job.title for job in extract_facts(table, TODAY).jobs] == [
        "Supply Chain Planner, Eemvalley Zuivel B.V., Amersfoort"
    ]
    profile = (
        "PROFILE\nUX designer with 7 years in design. Since 2022 I\nhave worked on public services.\n\n"
        "EXPERIENCE\nSenior UX Designer | Jan 2024 – Dec 2024\n"
    )
    assert [job.dates for job in extract_facts(profile, TODAY).jobs] == ["Jan 2024 – Dec 2024"]
    said = evidence("Senior UX Designer", profile, None, "gap", date(2025, 9, 1))
    assert said == "The resume shows no job since Dec 2024 (at least 8 months)."


def test_a_tables_detail_row_carries_on_no_title_below() -> None:
    resume = (
        "Expérience\nConsultante RH | 2024 – present\n"
        " | Audit des processus paie et temps de travail pour un réseau de quarante crèches "
        "en Île-de-France\n"
        "Directrice RH, Maison Lumen | 2017 – 2024\n"
    )
    titles = [job.title for job in extract_facts(resume, TODAY).jobs]
    assert titles == ["Consultante RH", "Directrice RH, Maison Lumen"]


def test_remote_work_is_read_in_the_languages_ads_use() -> None:
    from interviewer.interview.job_location import says_remote

    assert says_remote("Poste en 100 % télétravail, réunions à Lyon")
    assert says_remote("Trabajo totalmente remoto")
    assert says_remote("Vollständig remote innerhalb Deutschlands")
    assert not says_remote("Hybrid, 3 Tage pro Woche im Büro in Köln")
