"""Gap analysis, seventh round: rules written from development cases (`dev7.jsonl`: requirements with
conditions and in prose, facts written indirectly, titles in other languages), each with a case the rule
must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.dates import _RANGE, _parse_date
from interviewer.interview.degree_fields import wanted_fields
from interviewer.interview.objections import find_gaps
from interviewer.interview.requirements import extract_requirements
from interviewer.interview.roles import resolve_role
from tests.gap_probe import GapProbe

TODAY = date(2024, 8, 1)
PROBE = GapProbe(TODAY)
topics = PROBE.topics


def test_titles_in_other_languages_name_their_function() -> None:
    cto = "EXPERIENCE\nCTO – Fraktsmart AB | 2017 – present\nTech Lead – Betalhuset AB | 2012 – 2017\n"
    assert "objection:career-change" not in topics("Mjukvaruutvecklare", cto)
    costs = "EXPERIENCIA\nIngeniero de Costos y Presupuestos | Marzo 2019 - presente\n"
    assert "objection:career-change" in topics("Analista de Datos Senior", costs)
    rep = "EXPERIENCIA\nRepresentante Médico Senior | 2018 - actual\n"
    assert "objection:career-change" not in topics("Gerente Regional de Ventas", rep)
    gm = "EXPERIENCE\nNational Account Director, Brandhouse | 2013 - present\n"
    assert "objection:career-change" not in topics("General Manager Benelux", gm)


def test_months_written_in_full_in_other_languages() -> None:
    for written, start in (
        ("Marzo 2019 - presente", (2019, 3)),
        ("marzo de 2019 – actualidad", (2019, 3)),
        ("Maart 2019 - heden", (2019, 3)),
        ("gennaio 2020 - oggi", (2020, 1)),
        ("julho de 2018 – maio de 2020", (2018, 7)),
    ):
        m = _RANGE.search(written)
        assert m is not None and _parse_date(m.group("start")) == start


def test_a_field_ends_where_the_school_begins() -> None:
    asked = extract_requirements("Engineer\n- BS in Mechanical Engineering from an ABET-accredited program\n")
    assert wanted_fields(asked.of_kind("degree")[0]) == [{"mecha", "engin"}]


def test_a_minimum_is_no_ceiling_for_an_executive_seat() -> None:
    coo = "EXPERIENCE\nChief Operating Officer | 2015 - Present\nPlant Manager | 1994 - 2015\n"
    assert "objection:overqualified" not in topics("Chief Operating Officer", coo)
    coordinator = "EXPERIENCE\nOperations Analyst | 2015 - Present\nAnalyst | 1994 - 2015\n"
    asked = "Coordinator\n- 3+ years' experience\n"
    assert "objection:overqualified" in topics("Operations Coordinator", coordinator, asked)


def test_german_compound_teams_and_a_sector_after_years_of_any_activity() -> None:
    team = extract_requirements("Vertriebsleiter\n- Sie führen ein Vertriebsteam von 22 Außendienstlern\n")
    assert [r.min_people for r in team.of_kind("team-size")] == [22]
    pharma = extract_requirements(
        "Instructional Designer\n- At least 3 years designing training for pharmaceutical companies\n"
    )
    assert [r.names for r in pharma.of_kind("industry")] == [("pharma",)]


def test_a_location_stated_at_the_end_and_teams_two_thirds_the_size() -> None:
    cork = (
        "EXPERIENCE\nSupport Director | 2016 - present\n- Led 3 regional managers (62 FTE)\n\n"
        "Based in Cork, Ireland\n"
    )
    dublin = "Head of Support\nLocation: Dublin (hybrid)\n- Lead an organisation of around 50 people\n"
    found = topics("Head of Support", cork, dublin)
    assert "objection:relocation" in found and "objection:scope" not in found
    small = cork.replace("62 FTE", "30 FTE")
    assert "objection:scope" in topics("Head of Support", small, dublin)


def test_prose_citations_and_title_words_are_not_jobs_or_employers() -> None:
    from interviewer.interview.resume_facts import extract_facts

    resume = (
        "EXPERIENCE\nLead Mechanical Engineer — Bayou Energy | 2020 – present\n"
        "Senior Mechanical Engineer — Gulfway Process | 2016 – 2020\n"
        "Mechanical Engineer — Red Plains Pipeline | 2004 – 2016\n\n"
        "MOBILITÄT\nWohnhaft in Houston, Reisetätigkeit seit 2011 gewohnt (60 % beim Kunden).\n\n"
        "SELECTED OUTPUTS\n3. Odhiambo F, et al. ESBL carriage. Clin Infect Dis. 2020;71(8):1980-1988.\n"
    )
    jobs = extract_facts(resume, TODAY).jobs
    assert [j.start[0] for j in jobs] == [2020, 2016, 2004]
    assert "objection:tenure" not in topics("Senior Mechanical Engineer", resume)
    french = "PARCOURS\nDepuis janvier 2021 — Consultant senior Supply Chain (CDI), Rhône Conseil, Lyon\n"
    assert extract_facts(french, TODAY).jobs[0].start == (2021, 1)


def test_relocation_cites_the_line_that_says_where_the_candidate_lives() -> None:
    resume = (
        "AOIFE BRENNAN\nHead of Support\n\nEXPERIENCE\nSupport Director | 2016 - present\n\n"
        "EDUCATION\nBA, Business and Law — University College Cork, 2013\n\nBased in Cork, Ireland.\n"
    )
    dublin = "Head of Support\nLocation: Dublin (hybrid)\n"
    raised = [o for o in find_gaps(resolve_role("Head of Support"), resume, dublin, TODAY)]
    relocation = next(o for o in raised if o.topic == "objection:relocation")
    assert relocation.resume_lines == ("Based in Cork, Ireland.",)


def test_promotions_under_a_company_line_are_one_stay() -> None:
    resume = (
        "EXPERIENCE\n\nTRI-STATE PACKAGING CORPORATION - Cincinnati, OH\n"
        "Privately held manufacturer of corrugated packaging; 3,400 employees.\n\n"
        "Chief Operating Officer | 2015 - Present\n- Run manufacturing.\n"
        "Senior Vice President, Operations | 2010 - 2015\n"
        "Plant Manager, Dayton Plant | 2004 - 2010\n"
        "Process Engineer at Procter & Gamble | 1999 - 2004\n"
    )
    assert "objection:tenure" in topics("Chief Operating Officer", resume)
    no_company = resume.replace("TRI-STATE PACKAGING CORPORATION - Cincinnati, OH\n", "")
    assert "objection:tenure" not in topics("Chief Operating Officer", no_company)
    same_title = (
        "EXPERIENCE\nSoftware Engineer\nAcme Robotics, Austin | 2016 - present\n"
        "Software Engineer\nBeta Labs, Dallas | 2010 - 2016\n"
    )
    assert "objection:tenure" not in topics("Software Engineer", same_title)
