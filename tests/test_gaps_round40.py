"""Round 40 of the objection rules (issue 17): which questions a title is asked. Each test is a case the
rules before it got wrong, beside one they must leave alone."""

from __future__ import annotations

import pytest

from interviewer.interview.roles import resolve_role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        # "operations sales" had been read as a misspelt "operations svp" (the COO's "SVP operations").
        ("Head of Sales Operations", "vp-sales"),
        ("Director of Sales Operations", "vp-sales"),
        ("VP Marketing Operations", "cmo"),
        ("Head of Product Operations", "vp-product"),
        # The operations of a warehouse, a plant or a clinic are still operations.
        ("Head of Warehouse Operations", "coo"),
        ("VP Operations APAC", "coo"),
        ("Head of Operations", "coo"),
    ],
)
def test_the_operations_of_another_function_meet_that_functions_role(title: str, role: str) -> None:
    assert resolve_role(title).id == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        # "site" is no slip of "sales", nor "account" of "general": each word must be a slip of a word.
        ("Site Manager", "general"),
        ("Senior Site Manager", "general"),
        ("Senior Design Engineer", "general"),
        ("Senior Technical Project Manager", "project-manager"),
        # Slips of a role's words still meet it.
        ("Sofware Enginer", "software-engineer"),
        ("Product Manger", "product-manager"),
        ("Prodcut Manager", "product-manager"),
    ],
)
def test_a_misspelling_is_a_slip_of_each_word(title: str, role: str) -> None:
    assert resolve_role(title).id == role


def test_a_title_named_by_a_misspelling_is_no_executive_seat_below_it() -> None:
    # An Account Manager had been read as a slip of "general manager", and so pitched below that role.
    assert resolve_role("Account Manager").below is None


@pytest.mark.parametrize(
    "line",
    [
        "Siviløkonom (masterstudium i økonomi og administrasjon), Norges Handelshøyskole (NHH), Bergen, 2009",
        "Sivilingeniør, NTNU Trondheim, 2012",
    ],
)
def test_a_norwegian_masters_title_is_a_masters(line: str) -> None:
    from interviewer.interview.resume_facts import extract_facts

    # A siviløkonom from NHH had been read as holding a bachelor's degree only.
    assert extract_facts(f"EDUCATION\n{line}\n").highest_degree == "master"


def test_a_long_stay_counts_the_posts_under_an_employers_line() -> None:
    from datetime import date

    from interviewer.interview.resume_facts import extract_facts
    from interviewer.interview.time_objections import _tenure_objection

    resume = (
        "EMPLOYMENT\n"
        "2019 – present   Westfjord Bank ASA, Oslo\n"
        "                 Chief Risk Officer\n"
        "\n"
        "2009 – 2019      Westfjord Bank ASA, Oslo\n"
        "                 Deputy Chief Risk Officer (2014 – 2019)\n"
        "                 Head of Market Risk (2009 – 2013)\n"
    )
    objection = _tenure_objection(extract_facts(resume), today=date(2025, 9, 15))
    assert objection is not None
    assert "in 3 positions" in objection.evidence


def test_two_companies_in_one_town_are_two_employers() -> None:
    from interviewer.interview.resume_facts import extract_facts
    from interviewer.interview.stays import employments

    resume = (
        "WORK EXPERIENCE\n"
        "Westböhmen Autoteile s.r.o., Plzeň — 03/2015 – present\n"
        "Customer Quality Engineer (01/2019 – present)\n"
        "Quality Engineer (03/2015 – 12/2018)\n"
        "Plzeňské kabelové systémy a.s., Plzeň — 09/2011 – 02/2015\n"
        "Quality technician\n"
        "Westböhmen Autoteile s.r.o., Plzeň (Brno plant) — 01/2009 – 08/2011\n"
    )
    facts = extract_facts(resume)
    # The town both lines end on had made them one employer of fifteen years; a company met again after
    # another is a stay of its own.
    stays = employments(facts.jobs, successions=facts.successions)
    assert [len(jobs) for _, _, jobs in stays] == [1, 1, 1]


def test_the_people_a_team_serves_are_not_more_of_the_team() -> None:
    from interviewer.interview.reading import led_team_sizes

    # The brief had said "Largest team led: 149" of a head of revenue operations leading nine.
    line = "- Lead 9 people (sales ops, deal desk, CRM admin) supporting 140 sellers in LATAM"
    assert max(led_team_sizes(line)) == 9
    assert max(led_team_sizes("- Led 3 managers and 40 staff across two plants")) == 43


def test_a_probe_is_scored_against_the_question_or_objection_it_probes() -> None:
    from interviewer.interview.plan import build_plan
    from interviewer.interview.profile import Profile
    from interviewer.interview.session import Session, Turn
    from interviewer.interview.wording import probe_line

    def turn(index: int, kind: str, topic: str, question: str) -> Turn:
        return Turn(
            index=index, stage="interview", kind=kind, topic=topic, move=None, interviewer="Daniel Reyes",
            question=question, answer="I like football very much.",
        )  # fmt: skip

    asked = "Our job description places the role in Lisbon. How would the move work for you?"
    probe = probe_line("restate", "I like football very much.", objection=True)
    # A dodged objection had been asked for "an example from your own work", and the story told there was
    # scored as a relevant answer to that, not to the move.
    assert "example" not in probe and "concern" in probe
    turns = [
        turn(0, "question", "forecasting", "How do you build a forecast?"),
        turn(1, "objection", "objection:relocation", asked),
        turn(2, "follow-up", "objection:relocation", probe),
    ]
    profile = Profile(role=resolve_role("vp-sales"), length="short")
    session = Session(model="fake", profile=profile, plan=build_plan(profile, [], seed=0), turns=turns)
    question, objection = session.scored_against(turns[2])
    assert question.startswith(asked) and objection == "objection:relocation"
    assert session.scored_against(turns[0]) == ("How do you build a forecast?", None)


def test_an_answer_with_figures_is_not_told_to_add_figures() -> None:
    from interviewer.scoring.feedback import suggestion
    from interviewer.scoring.signals import extract_signals

    question = "How do you build a forecast?"
    rich = "Forecast accuracy went from 68% to 91% in four quarters, and the board now uses our number."
    bare = "I work closely with the team and keep everyone aligned on the forecast."
    # A head of revenue operations who had given five figures was told to "back each claim with a figure".
    advice = suggestion("evidence", None, None, extract_signals(question, rich))
    assert "figure, a scope" not in advice and "worth to the employer" in advice
    assert "figure, a scope" in suggestion("evidence", None, None, extract_signals(question, bare))


@pytest.mark.parametrize(
    ("title", "below"),
    [
        ("Engineering Manager", "cto"),
        ("Marketing Manager", "cmo"),
        ("Financial Controller", "cfo"),
        ("Operations Team Lead", "coo"),
    ],
)
def test_a_manager_in_a_function_the_library_knows_is_asked_about_running_a_team(
    title: str, below: str
) -> None:
    from interviewer.interview.plan import build_plan
    from interviewer.interview.profile import Profile

    role = resolve_role(title)
    assert (role.id, role.below, role.unmatched, role.requirements) == (
        "general-team-manager",
        below,
        True,
        (),
    )
    plan = build_plan(Profile(role=role, length="long"), [], seed=0)
    asked = " ".join(m.text for s in plan.stages for m in s.moves)
    # The general profile had asked an Engineering Manager how they calm an upset customer, patient or client.
    assert "patient" not in asked and "team" in asked


@pytest.mark.parametrize(
    "title", ["HR Generalist", "Junior Financial Analyst", "Content Marketing Specialist"]
)
def test_a_title_below_an_executive_without_a_managers_rank_keeps_the_general_profile(title: str) -> None:
    assert resolve_role(title).id == "general"


def test_the_plan_names_the_team_management_profile(capsys: pytest.CaptureFixture[str]) -> None:
    from interviewer.cli import main
    from interviewer.interview.roles import load_roles

    assert "general-team-manager" not in load_roles()
    assert main(["plan", "--role", "Marketing Manager"]) == 0
    out = capsys.readouterr().out
    assert "general team-management profile (Marketing Manager is below the rank of the 'cmo'" in out


def test_a_tables_header_row_naming_what_was_done_is_no_employer() -> None:
    from interviewer.interview.resume_facts import extract_facts

    resume = (
        "Experience\n"
        "Period | Role and company | What I did\n"
        "03.2021 – obecnie | Engineering Manager — Marketplace Sp. z o.o., Wrocław | Manage 2 teams.\n"
        "06.2017 – 02.2021 | Tech Lead — Fintech Solutions S.A., Kraków | Led the move to services.\n"
        "09.2013 – 05.2017 | Software Engineer — Software House Sp. z o.o. | Java backend.\n"
    )
    # The header row had been read as the employer of all three posts: "13 years with one employer in 3
    # positions (Period | Role and company | What I did, 03.2021 – obecnie)".
    jobs = extract_facts(resume).jobs
    assert len(jobs) == 3 and not any("What I did" in j.title or "What I did" in j.employer for j in jobs)
    # The column of what was done is no part of the title either ("... Wrocław | Manage 2 teams.").
    assert [j.title for j in jobs] == [
        "Engineering Manager — Marketplace Sp. z o.o., Wrocław",
        "Tech Lead — Fintech Solutions S.A., Kraków",
        "Software Engineer — Software House Sp. z o.o.",
    ]


@pytest.mark.parametrize(
    "answer", ["Sorry, I don't know.", "I don’t know", "Honestly, no idea, sorry", "Um, I'm not sure."]
)
def test_a_softened_i_dont_know_is_no_answer(answer: str) -> None:
    from interviewer.scoring.signals import non_answer

    # "Sorry, I don't know." had scored 31 of 100, relevance 3, and been told to add a figure.
    assert non_answer("What do you do?", answer) == "no answer given"
    partial = "I don't know the exact figure, but we cut costs by a fifth."
    assert non_answer("What do you do?", partial) is None
