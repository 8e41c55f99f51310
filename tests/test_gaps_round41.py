"""Round 41 (issue 17): a nurse's two-column PDF resume for a Clinical Product Manager role in London, read as
a user would. Each test is a case the rules before it got wrong, beside one they must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from interviewer.interview.amounts import budgets
from interviewer.interview.job_location import office_days
from interviewer.interview.objections import find_gaps
from interviewer.interview.profile import Objection
from interviewer.interview.reading import led_team_sizes
from interviewer.interview.resume_facts import extract_facts
from interviewer.interview.roles import resolve_role
from interviewer.interview.wording import objection_line

TODAY = date(2026, 12, 1)
RESUME = """MARIA LUISA REYES
Registered Nurse (NMC)
Manchester, United Kingdom
PROFESSIONAL EXPERIENCE
Clinical Systems Lead (Nursing)
Manchester University NHS Foundation Trust | Mar 2021 - present
- Manage a team of 6 clinical trainers; trained 600+ nurses and healthcare assistants
Ward Manager (Band 7), Acute Medical Unit
Salford Royal NHS Foundation Trust | 06/2016 - 02/2021
- Managed 48 nursing staff and a pay budget of GBP 2.1m
Staff Nurse
Royal Oldham Hospital | 09/2012 - 05/2016
EDUCATION
BSc Nursing
University of Santo Tomas, Manila, 2009
"""
AD = """Clinical Product Manager - Medisight (London, hybrid)
What you'll need
- A clinical background (registered nurse, doctor or allied health professional)
- At least 3 years in product management, clinical systems or digital health implementation
- Able to be in our Shoreditch office two days a week
"""


def test_a_post_at_a_university_hospital_trust_is_a_post_not_study() -> None:
    titles = [job.title for job in extract_facts(RESUME, TODAY).jobs]
    assert titles[0].startswith("Clinical Systems Lead")
    # The degree at a university is still study, not a post.
    assert not any(t.startswith("BSc") for t in titles)


def test_the_latest_post_decides_a_change_of_field() -> None:
    # The Clinical Systems Lead post had been read as study, so the change of field was argued from the
    # ward manager's and staff nurse's titles, and said to be the "most recent".
    role = resolve_role("Clinical Product Manager")
    topics = [o.topic for o in find_gaps(role, RESUME, AD, TODAY)]
    assert "objection:career-change" not in topics
    assert "objection:relocation" in topics


def test_the_people_a_team_trained_are_not_the_team() -> None:
    assert max(led_team_sizes(RESUME)) == 48
    assert max(led_team_sizes("Led a team of 6 engineers and 3 designers across two sites.")) == 9


@pytest.mark.parametrize(
    ("line", "usd"),
    [
        ("Managed 48 nursing staff and a pay budget of GBP 2.1m", 2_625_000),
        ("Owned the salary budget of $900k for the unit", 900_000),
    ],
)
def test_a_budget_for_pay_is_a_budget(line: str, usd: int) -> None:
    assert budgets(line) == [usd]


def test_the_candidates_own_pay_is_no_budget() -> None:
    assert budgets("Salary: GBP 65,000 per year") == []
    assert budgets("Base pay of $120k plus bonus") == []


@pytest.mark.parametrize(
    ("ad", "said"),
    [
        (AD, "in the office two days a week"),
        ("Based in Leeds. Hybrid working, 3 days per week on site.", "in the office 3 days a week"),
        ("Office in Dublin, hybrid.", "hybrid"),
        # The week left unsaid: "hybrid, 3 days in office".
        ("Norvia Retail · Madrid (hybrid, 3 days in office)", "in the office 3 days a week"),
        ("On site in Dublin, five days a week.", None),
        ("Located in Dublin.", None),
    ],
)
def test_a_hybrid_jobs_office_days_are_read(ad: str, said: str | None) -> None:
    assert office_days(ad) == said


def test_a_hybrid_job_is_asked_about_its_office_days_not_a_move() -> None:
    role = resolve_role("Clinical Product Manager")
    moving = next(o for o in find_gaps(role, RESUME, AD, TODAY) if o.topic == "objection:relocation")
    line = objection_line(moving)
    assert "London, in the office two days a week" in line
    assert line.endswith("How would the days in the office work for you from there?")
    on_site = Objection(
        topic="objection:relocation",
        evidence="The job description places the role in London; the resume gives Manchester as the "
        "candidate's location.",
    )
    assert objection_line(on_site).endswith("How would the move work for you?")


def test_an_answer_to_a_move_is_ordered_as_a_plan_not_a_result() -> None:
    from interviewer.scoring.rewrites import build_rewrites

    answer = (
        "Yes the commute is fine, Manchester to London is two hours by train and my company can pay. "
        "Actually I like the trains in England."
    )
    ordered = build_rewrites(answer, "Clinical Product Manager", "Medisight", None, "objection:relocation")[
        -1
    ]
    assert ordered.level == "restructured"
    assert "kind of result" not in ordered.text
    assert ordered.text.endswith(
        "That is how I would make the Clinical Product Manager role work at Medisight."
    )
    assert any(m.startswith("your plan") for m in ordered.missing)


def test_an_answer_with_nothing_to_order_gets_the_order_as_blanks_only() -> None:
    from interviewer.scoring.rewrites import ASK_ACTION, ASK_RESULT, build_rewrites

    ordered = build_rewrites("I am not sure. Maybe I would ask the engineers.", "Product Manager", None, None)
    text = ordered[-1].text
    # The answer's own "I am not sure." had been kept in the "improved" answer.
    assert "not sure" not in text and "engineers" not in text
    assert text.startswith(f"{ASK_RESULT} {ASK_ACTION}")


def test_a_value_first_score_carried_by_results_says_so() -> None:
    from interviewer.scoring.feedback import rationale
    from interviewer.scoring.signals import extract_signals

    answer = (
        "When the trust wanted to remove the paper charts, the ward managers said no. I prepared a pilot on "
        "one ward for four weeks. Missed observations went from 11 percent to 3 percent."
    )
    signals = extract_signals("How do you choose what to build?", answer)
    said = rationale("value_first", 4, signals)
    assert said.startswith("Good:") and "results carry it" in said
    assert "results carry it" not in rationale("value_first", 3, signals)
    # One figure ("the first 90 days") is no result to carry a score.
    asked = extract_signals("How would the move work?", "What does success look like in the first 90 days?")
    assert "results carry it" not in rationale("value_first", 4, asked)


def test_the_research_checklist_does_not_send_the_candidate_to_look_up_a_persona() -> None:
    from interviewer.interview.brief import research_checklist
    from interviewer.interview.plan import build_plan
    from interviewer.interview.profile import Profile

    profile = Profile(role=resolve_role("Clinical Product Manager"), company="Medisight", persona="panel")
    plan = build_plan(profile, [])
    people = [item for item in research_checklist(profile, plan) if "played here by" in item]
    # "Look up Daniel Reyes" sent the candidate to search for a name the mock made up.
    assert people[0].startswith("Find out who your Hiring Manager will be (played here by Daniel Reyes)")
    assert len(people) == 3 and not any(
        item.startswith("Look up") for item in research_checklist(profile, plan)
    )


@pytest.mark.parametrize(
    ("evidence", "question"),
    [
        (
            "London, in the office 3 days a week; the resume gives Edinburgh (about 530 km apart)",
            "days in the office",
        ),
        ("Dallas, in the office 3 days a week; the resume gives Seattle (about 2700 km apart)", "the move"),
        (
            "Singapore, in the office 4 days a week; the resume gives Sydney as the candidate's location",
            "the move",
        ),
    ],
)
def test_office_days_are_asked_about_only_within_a_weekly_commute(evidence: str, question: str) -> None:
    said = objection_line(
        Objection(topic="objection:relocation", evidence=f"The job description places {evidence}.")
    )
    assert question in said.rsplit(".", 1)[-1]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Clinical Product Manager - Medisight (London, hybrid)\n\nMedisight builds bedside software.",
            "Medisight",
        ),
        ("Head of Sales - Halden Group (Oslo)\nHalden Group is a family firm.", "Halden Group"),
        ("CFO at Norland Foods. MBA required.", "Norland Foods"),
        # A place, a way of working or a team after the title is no company; nor a heading "About Us".
        ("Senior Engineer - London (hybrid)\nWe build things in London.", None),
        ("Senior Engineer | Remote\nRemote first.", None),
        ("Data Lead - Platform Team\nThe Platform Team owns the data.", None),
        ("About Us\nWe make tools.", None),
        # Named once, after the title only, it may be anything: it is not taken.
        ("Product Manager - Medisight (London)\nWe build bedside software.", None),
    ],
)
def test_the_company_is_read_from_a_job_descriptions_heading(text: str, company: str | None) -> None:
    from interviewer.text import company_name

    assert company_name(text) == company


def test_a_strong_example_is_shown_only_for_a_similar_question_or_the_same_objection() -> None:
    from interviewer.corpus.documents import load_documents
    from interviewer.scoring.exemplars import Comparison, exemplars_from, shown_exemplar

    documents = load_documents()
    bank = exemplars_from(documents)
    nearest = ["ex-technical-hardest-problem"]
    far = Comparison(
        local_margin=0, global_margin=0, question_similarity=0, nearest=nearest, nearest_similarity=0.48
    )
    near = far.model_copy(update={"nearest_similarity": 0.7})
    # "What product problems do you want to solve?" had been shown a checkout outage story.
    assert shown_exemplar(bank, documents, far, None) is None
    hardest = next(e.strong for e in bank if e.doc_id == "ex-technical-hardest-problem")
    assert shown_exemplar(bank, documents, near, None) == hardest
    moving = next(e.strong for e in bank if e.doc_id == "ex-objection-relocation")
    assert shown_exemplar(bank, documents, far, "objection:relocation") == moving
    assert shown_exemplar(bank, documents, far, "relocation") == moving


def test_only_a_rewrite_with_blanks_asks_for_them_to_be_filled() -> None:
    from interviewer.scoring.rubric import Rewrite
    from interviewer.ui.views import rewrite_title

    assert "fill the blanks" not in rewrite_title(Rewrite(level="minimal", text="Cut the filler."))
    blank = Rewrite(level="minimal", text="It grew [by how much?].", missing=["by how much?"])
    assert rewrite_title(blank).endswith("(fill the blanks in brackets with your own facts)")


@pytest.mark.parametrize(
    ("answer", "told_of_a_team"),
    [
        ("We rebuilt the forecast and cut DSO by 20 days.", True),
        ("The team shipped it in May and revenue grew 12%.", True),
        ("I rebuilt the forecast; we cut DSO by 20 days.", False),
        # "we are thinking about schools" tells no team's story: "what did you do yourself, as opposed to the
        # team?" had been asked of it.
        ("Yes the commute is fine, my daughter starts school so we are thinking about many things.", False),
    ],
)
def test_only_a_story_of_a_teams_actions_is_asked_what_the_candidate_did(
    answer: str, told_of_a_team: bool
) -> None:
    from interviewer.interview.wording import says_what_they_did

    assert says_what_they_did(answer) is not told_of_a_team


def test_a_dated_career_break_explains_its_own_months_not_the_time_after_it() -> None:
    resume = (
        "Aisha Bello\nBirmingham, UK\n\n"
        "Career break, caring for my father, Sep 2021 - Aug 2024\n\n"
        "Marketing Manager, Halcyon Homes, Birmingham, Jan 2017 - Aug 2021\n"
    )
    gaps = extract_facts(resume, TODAY).gaps
    # The break's end month had "explained" the 27 months without work that follow it.
    assert [(g.start_text, g.end_text) for g in gaps] == [("Aug 2024", "now")]
    returned = "Marketing Manager, Westfield, Sep 2024 - Present\n"
    back = resume.replace("Career break,", returned + "Career break,")
    assert extract_facts(back, TODAY).gaps == []


SALES_RESUME = """MARCUS DELGADO
Phoenix, AZ 85004

SALES LEADERSHIP
Regional Vice President, Sales — Southwest | Crestline Medical Supply | 03/2019 – Present
• Lead 6 regional managers and 58 reps; $210M annual quota
Regional Sales Manager | Crestline Medical Supply | 01/2014 – 02/2019
Account Executive | Baxter Healthcare | 06/2008 – 12/2013

EDUCATION
Arizona State University — coursework in Business Administration (2003–2005)
"""
SALES_AD = """Vice President of Sales, West
Solera Diagnostics — Phoenix, AZ
• Bachelor's degree required; MBA preferred
• 10+ years of medical device or diagnostics sales, 5+ leading managers
"""


def test_a_sales_leadership_heading_is_no_employer_and_one_company_with_a_region_is_one_stay() -> None:
    facts = extract_facts(SALES_RESUME, TODAY)
    assert not any(j.employer == "SALES LEADERSHIP" for j in facts.jobs)
    tenure = next(
        o
        for o in find_gaps(resolve_role("Vice President of Sales"), SALES_RESUME, SALES_AD, TODAY)
        if o.topic == "objection:tenure"
    )
    # It had read "SALES LEADERSHIP" as one employer of 18 years over all three posts.
    assert tenure.evidence.startswith("The resume shows 13 years with one employer in 2 positions")
    assert "SALES LEADERSHIP" not in tenure.evidence


def test_a_medical_supplier_and_a_device_maker_are_the_medical_device_industry() -> None:
    topics = [
        o.topic for o in find_gaps(resolve_role("Vice President of Sales"), SALES_RESUME, SALES_AD, TODAY)
    ]
    assert "objection:industry" not in topics and "objection:degree" in topics
    elsewhere = SALES_RESUME.replace("Crestline Medical Supply", "Crestline Foods").replace(
        "Baxter Healthcare", "Kraft Heinz"
    )
    assert "objection:industry" in [
        o.topic for o in find_gaps(resolve_role("Vice President of Sales"), elsewhere, SALES_AD, TODAY)
    ]


def test_a_first_person_profile_gives_where_the_candidate_is_based_not_their_name() -> None:
    resume = (
        "# About me\n\nI'm Sofia Lindqvist, an operations leader based in Gothenburg. For the last nine "
        "years I have worked at Volvo Cars, first as a logistics planner (2016–2019), then as production "
        "planning manager (2019–2023), and since 2023 as head of inbound logistics.\n\n"
        "Before Volvo I spent two years at DHL Supply Chain in Malmö as a shift supervisor (2014–2016).\n"
    )
    ad = "Chief Operating Officer\nNordic Mobility Group — Stockholm, Sweden\n- 15+ years in operations\n"
    moving = next(
        o for o in find_gaps(resolve_role("COO"), resume, ad, TODAY) if o.topic == "objection:relocation"
    )
    # "Sofia" had been read as Sofia, Bulgaria, 1,880 km away.
    assert "gives Gothenburg as the candidate's location" in moving.evidence


def test_a_count_in_brackets_after_what_was_led_is_the_team() -> None:
    assert led_team_sizes("- Managing 3 squads (22 engineers) for payouts") == [22]
    # Brackets that count one group among others still add nothing of their own.
    assert max(led_team_sizes("Led a team of ~30 (5 engineering managers and tech leads)")) == 30


def test_teams_led_at_once_are_led_through_their_leads() -> None:
    resume = (
        "RAHUL VERMA\nPune, Maharashtra\nWORK EXPERIENCE\n"
        "Engineering Manager | Razorpay | Bengaluru (remote from Pune) | Apr'21 – Till date\n"
        "- Managing 3 squads (22 engineers) for payouts\n"
        "Senior Software Engineer | Flipkart | Bengaluru | Jul'17 – Mar'21\n"
    )
    ad = "Senior Engineering Manager\n- 12+ years of engineering, 4+ managing managers or multiple teams\n"
    role = resolve_role("Senior Engineering Manager")
    # "the resume shows no direct reports" had been said of 22 engineers in 3 squads.
    assert "objection:scope" not in [o.topic for o in find_gaps(role, resume, ad, TODAY)]
    one = resume.replace("Managing 3 squads (22 engineers)", "Managing a squad of 6 engineers")
    scope = [o for o in find_gaps(role, one, ad, TODAY) if o.topic == "objection:scope"]
    assert scope and "up to 6 people, led directly" in scope[0].evidence


def test_the_town_under_the_name_employs_no_one() -> None:
    resume = (
        "Léa Martin\nLyon, France\n\n"
        "Product Owner — Qonto (Paris, remote) — 02/2025 – 11/2025\n"
        "Product Owner — Alan — 03/2024 – 01/2025\n"
        "Product Manager — BlaBlaCar — 04/2023 – 02/2024\n"
        "Business Analyst — Capgemini Invent — 09/2019 – 03/2023\n"
    )
    facts = extract_facts(resume, TODAY)
    # "Lyon, France" had been read as the employer of all four posts: one stay of six years, no hopping.
    assert not any(j.employer for j in facts.jobs)
    topics = [o.topic for o in find_gaps(resolve_role("Product Manager"), resume, None, TODAY)]
    assert "objection:job-hopping" in topics


def test_a_detail_line_over_the_next_dated_post_is_no_employer() -> None:
    resume = (
        "LEBENSLAUF\nJana Hofer\nLinz, Österreich\n\nBERUFSERFAHRUNG\n"
        "seit 03/2020   Teamleiterin Kundenservice, Lindner Versand GmbH, Linz\n"
        "               Führung von 8 Mitarbeiterinnen und Mitarbeitern; NPS von 21 auf 47\n"
        "09/2016 – 02/2020   Sachbearbeiterin Kundenservice, Lindner Versand GmbH, Linz\n"
        "08/2013 – 08/2016   Einzelhandelskauffrau, Spar Österreich, Wels\n"
    )
    tenure = next(
        o
        for o in find_gaps(resolve_role("Customer Service Manager"), resume, None, TODAY)
        if o.topic == "objection:tenure"
    )
    # The detail line had been read as the employer of both posts below it: 13 years "in 3 positions".
    assert tenure.evidence.startswith("The resume shows 10 years with one employer in 2 positions")
