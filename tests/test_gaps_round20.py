"""Gap analysis, twentieth round: the sector a job description requires, read in more of the ways ads
write it, and the sector a resume shows, read from the employers it names as well as from its words. Each
rule sits beside a case it must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.industries import resume_industries
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.resume_facts import extract_facts
from tests.gap_probe import GapProbe

TODAY = date(2026, 3, 1)
PROBE = GapProbe(TODAY)
topics = PROBE.topics


def industries_required(ad: str) -> list[tuple[tuple[str, ...], bool]]:
    return [(r.names, r.preferred) for r in extract_requirements(ad).requirements if r.kind == "industry"]


def test_a_requirement_wrapped_onto_a_second_line_is_read_whole() -> None:
    ad = (
        "Requirements\n- Minimum 5 years' procurement experience, at least 3 of which in the mining or\n"
        "  heavy industrial sector (essential)\n"
    )
    assert industries_required(ad) == [(("manufacturing", "mining"), False)]


def test_a_sector_named_after_of_which_and_in_other_languages() -> None:
    assert industries_required(
        "- Minimum of 10 years post-qualification experience, at least 5 of which must be in the financial "
        "control unit of a commercial bank"
    ) == [(("financial services",), False)]
    assert industries_required(
        "- Mínimo 8 años de experiencia, de los cuales al menos 3 años en el sector energético"
    ) == [(("energy",), False)]
    assert industries_required(
        "- WAJIB berpengalaman minimal 3 tahun sebagai Supervisor Produksi di industri manufaktur otomotif"
    ) == [(("automotive",), False)]
    assert industries_required(
        "- Ödeme sistemleri, bankacılık veya fintech alanında en az 2 yıl deneyim (zorunlu)"
    ) == [(("financial services",), False)]
    assert industries_required("- Minimum to års erfaring fra legemiddelindustrien") == [(("pharma",), False)]


def test_chinese_and_korean_ads_require_or_only_prefer_a_sector() -> None:
    assert industries_required("- 제조업 원가회계 실무 경력 필수") == [(("manufacturing",), False)]
    assert industries_required("- 제조업 원가회계 실무 경력 우대") == [(("manufacturing",), True)]


def test_words_that_look_like_a_sector_and_are_not() -> None:
    ad = (
        "Requirements\n- Industrial relations experience (EBA negotiations)\n"
        "- Strong knowledge of local authority procedures in Kuala Lumpur\n"
    )
    assert industries_required(ad) == []


def test_the_employer_a_resume_names_shows_its_sector() -> None:
    assert resume_industries("Schadeanalist — Interpolis, Tilburg (2017 – 2024)") == ["insurance"]
    assert resume_industries("Field Engineer, Schlumberger, Port Harcourt\nMaintenance lead, Total E&P") == [
        "energy"
    ]
    # A check, a degree and a payment method are not employers.
    assert resume_industries("Enhanced DBS check (2024)\nMSc Finance\nTook cash and M-Pesa payments") == []


def test_what_a_resume_says_it_wants_or_deals_with_is_not_its_sector() -> None:
    wishes = "7年会员运营经验。希望进入互联网行业，从事用户增长。\nIk wil verder in de energietransitie.\n"
    assert extract_facts(wishes, today=TODAY).industries == []
    assert "financial services" not in resume_industries("Managed FX purchases through banks for imports")
    assert "pharma" not in resume_industries("Pharmacist in charge, Boots pharmacy, Leeds")
    assert "pharma" in resume_industries("QA Officer, Emzor Pharmaceutical Industries, Lagos")


def test_a_sector_the_employer_names_raises_an_objection_only_when_it_is_missing() -> None:
    ad = "Requirements\n- Minimaal 3 jaar werkervaring in de verzekeringsbranche (vereist)\n"
    insurer = "WERKERVARING\n02/2017 – 05/2024 | Senior data-analist schade — Interpolis, Tilburg\n"
    bakery = "WERKERVARING\n02/2017 – 05/2024 | Senior data-analist — Bakkerij Van Dijk, Tilburg\n"
    assert "objection:industry" not in topics("Teamlead Data & Analytics", insurer, ad)
    assert "objection:industry" in topics("Teamlead Data & Analytics", bakery, ad)


def test_a_team_to_lead_in_a_sentence_that_also_owns_the_p_and_l() -> None:
    ad = (
        "You will have full responsibility for the resort's P&L (annual revenue around USD 25 million),\n"
        "for a team of 350 colleagues across rooms, F&B, spa and engineering,\n"
        "and for the relationship with the owning company.\n"
    )
    team = [r for r in extract_requirements(ad).requirements if r.kind == "team-size"]
    assert team and team[0].min_people == 350


def test_a_leave_or_a_licence_held_since_is_not_a_position() -> None:
    resume = (
        "EXPERIENȚĂ\n09/2023 – 10/2025 | Concediu pentru creșterea copilului\n"
        "03/2012 – 08/2023 | Regional Claims Department Head — Groupama, Iași\n"
        "ALTELE\nDriving licence, Category B, since 2004\n"
    )
    found = topics("Team Leader Daune Auto", resume, today=date(2025, 11, 1))
    assert "objection:career-change" not in found and "objection:tenure" not in found
    nurse = "EXPERIENCE\n03/2012 – 10/2025 | Staff Nurse, St Luke's Hospital\n"
    assert "objection:career-change" in topics("Team Leader Daune Auto", nurse, today=date(2025, 11, 1))


def test_volunteering_in_the_field_beside_a_paid_career_elsewhere_is_still_a_change() -> None:
    resume = (
        "EXPERIENCE\nVolunteer SOC Analyst (weekends) | SafeNet Initiative | 01/2024 – Present\n"
        "Senior Production Engineer | Deltaline Energy Services, Port Harcourt | 03/2017 – Present\n"
        "Production Engineer | Okrika Petroleum Services | 01/2015 – 02/2017\n"
    )
    assert "objection:career-change" in topics("SOC Analyst", resume)


def test_two_pharmacies_are_two_employers() -> None:
    resume = (
        "WERKERVARING\nBeherend apotheker – Apotheek Helpman, Groningen | 02/2017 – heden\n"
        "Tweede apotheker – Apotheek De Wolden, Hoogeveen | 09/2011 – 01/2017\n"
    )
    assert "objection:tenure" not in topics("Apotheker", resume)
    one = resume.replace("Apotheek De Wolden, Hoogeveen", "Apotheek Helpman, Groningen")
    assert "objection:tenure" in topics("Apotheker", one)


def test_now_written_in_vietnamese_and_swedish() -> None:
    for line in ("Product Owner – Mobile News App | 03/2021 – nay", "Kapten, kompanichef | 2021 – pågående"):
        jobs = extract_facts(f"KINH NGHIỆM\n{line}\n", today=TODAY).jobs
        assert jobs and jobs[0].current


def test_a_team_counted_after_what_was_run_and_those_reporting_to_me() -> None:
    from interviewer.interview.reading import _team_sizes

    line = "- Ran a 24/7 ambient and chilled DC: 62,000 m², 180 staff incl. labour hire"
    assert _team_sizes(line) == [180]
    assert _team_sizes("- 3 shift managers reporting to me") == [3]
    assert _team_sizes("- Ran the 2024/25 budget round for 12 departments") == []


def test_workplace_labels_in_dutch_and_an_airline_base() -> None:
    from interviewer.interview.job_location import job_location

    assert (
        job_location("Officier Logistiek\nStandplaats: Apeldoorn | Fulltime\n")[1] == "Apeldoorn | Fulltime"
    )
    base = job_location("FIRST OFFICER\nAtlantic Coast Airways | Base: Lagos (Murtala Muhammed Airport)\n")
    assert (base[1] or "").startswith("Lagos")
    # A base salary is no place.
    assert job_location("Base salary: R 450 000 per year\n") == (None, None)
    resume = "Lotte Visser\nWoonplaats: Groningen\n"
    assert "objection:relocation" in topics(
        "Logistiek officier", resume, "Standplaats: Apeldoorn | Fulltime\n"
    )


def test_masters_asked_in_dutch_and_polish_and_a_laurea_still_in_course() -> None:
    from interviewer.interview.degrees import _degrees

    ad = "Wat vragen wij\n- Een afgeronde wo-masteropleiding in econometrie of wiskunde (vereist).\n"
    hbo = "OPLEIDING\n2010 – 2014 | Bachelor Toegepaste Wiskunde (hbo), Avans Hogeschool Breda\n"
    assert "objection:degree" in topics("Data Analist", hbo, ad)
    wo = hbo + "2014 – 2016 | Master Econometrie, Universiteit van Tilburg\n"
    assert "objection:degree" not in topics("Data Analist", wo, ad)
    assert _degrees("wykształcenie wyższe magisterskie: chemia") == ["master"]
    assert _degrees("2022 – in corso\nLaurea triennale in Economia del Turismo – Università di Bologna") == []
    assert _degrees("2019 – 2022\nLaurea triennale in Economia del Turismo") == ["bachelor"]


def test_latest_work_for_two_years_in_another_family_of_work() -> None:
    resume = (
        "EXPERIENCE\nScience Teacher (Chemistry & Biology), The Crescent Grammar School | 01/2023 – Present\n"
        "Pharmacist In-Charge, MediPlus Pharmacy, Karachi | 09/2019 – 12/2022\n"
        "Hospital Pharmacist, Al-Noor Hospital, Karachi | 07/2017 – 08/2019\n"
    )
    assert "objection:career-change" in topics("Clinical Pharmacist", resume)
    # Titles that share no word may still be one function: no family says otherwise.
    backend = (
        "EXPERIENCE\nSenior Backend Engineer, Paylane | 01/2021 – Present\n"
        "Java Developer, Finlogic | 01/2016 – 12/2020\n"
    )
    assert "objection:career-change" not in topics("Senior Java Developer", backend)


def test_a_pharmacist_applying_to_run_pharmacies_or_to_become_an_officer() -> None:
    resume = (
        "WERKERVARING\nBeherend apotheker — Apotheek De Esch, Rotterdam | 09/2016 – heden\n"
        "Tweede apotheker — Apotheek Centrum, Schiedam | 03/2012 – 08/2016\n"
    )
    assert "objection:career-change" not in topics("Regiomanager Farmacie – Regio Noord", resume)
    assert "objection:career-change" in topics("Officier Logistiek", resume)
