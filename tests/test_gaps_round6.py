"""Gap analysis, sixth round: rules written from development cases (`dev6.jsonl`, mostly English-language
resumes and ads), each with a case the rule must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.requirements import extract_requirements
from interviewer.interview.resume_facts import extract_facts
from tests.gap_probe import GapProbe

TODAY = date(2024, 9, 16)
PROBE = GapProbe(TODAY)
topics = PROBE.topics


def test_a_title_over_a_dated_employer_line_is_the_title() -> None:
    resume = (
        "HARPREET SANDHU\nCalgary, Alberta\n\nEXPERIENCE\nPractice Manager\n"
        "Bowness Family Dental, Calgary, AB - Mar 2019 to Jan 2024\n"
        "- Managed a 6-chair practice with 4 dentists and 12 support staff\n"
        "Office Manager\nElbow River Physiotherapy, Calgary, AB - Jun 2015 to Feb 2019\n"
    )
    job = "Clinic Manager\nVancouver, BC (on-site)\n- Supervise a team of 6 front-desk and admin staff\n"
    found = topics("Clinic Manager", resume, job)
    assert "objection:career-change" not in found and "objection:scope" not in found
    assert "objection:relocation" in found and "objection:gap" in found
    assert "objection:career-change" in topics("Software Engineer", resume)


def test_a_tool_is_no_sector_and_an_asset_is_a_preference() -> None:
    tool = extract_requirements("Clinic Manager\n- Experience with practice management software\n")
    assert not tool.of_kind("industry")
    sector = extract_requirements("Product Manager\n- 3+ years at a software company\n")
    assert [r.names for r in sector.of_kind("industry")] == [("software",)]
    asset = extract_requirements("Analyst\n- Enrolled in or pursuing the CPA designation is an asset\n")
    assert all(r.preferred for r in asset.of_kind("certification"))


def test_the_sector_after_the_function_and_a_desired_profile_that_is_required() -> None:
    fintech = extract_requirements(
        "Director, Marketing\nRequired: 5+ years of marketing experience in financial services or fintech\n"
    )
    assert [(r.names, r.preferred) for r in fintech.of_kind("industry")] == [(("financial services",), False)]
    naukri = extract_requirements(
        "Senior Design Engineer\n\nDesired candidate profile\n"
        "- 5+ years of product design experience in an automotive OEM - mandatory\n\nNice to have\n"
        "- Experience in aerospace\n"
    )
    assert {r.names: r.preferred for r in naukri.of_kind("industry")} == {
        ("automotive",): False,
        ("aerospace and defence",): True,
    }


def test_a_post_in_any_of_several_cities_and_a_centre() -> None:
    salford = "REBECCA SHAW\nSalford, Greater Manchester | 07700\n\nEXPERIENCE\nTeacher | 2013 - now\n"
    hubs = "Policy Adviser\nLocation: London, Manchester, Sheffield or Bristol (hybrid - 60% in the office)\n"
    assert "objection:relocation" not in topics("Policy Adviser", salford, hubs)
    # Sheffield is 52 km from Manchester, a commute; London and Bristol are not.
    far = hubs.replace("Manchester, Sheffield", "")
    assert "objection:relocation" in topics("Policy Adviser", salford, far)
    pretoria = "DR LINDIWE DLAMINI\nHatfield, Pretoria, Gauteng\n\nEXPERIENCE\nResearcher | 2010 - present\n"
    centre = "POST: Deputy Director: Policy Research\nCentre: Cape Town (4 Dorp Street)\n"
    assert "objection:relocation" in topics("Deputy Director", pretoria, centre)


def test_a_head_of_year_is_a_teacher_and_joining_a_team_is_not_leading_it() -> None:
    teacher = "EXPERIENCE\nTeacher of History and Head of Year 9 - Moorside High | Sep 2018 - present\n"
    assert "objection:overqualified" not in topics("Policy Adviser", teacher)
    head = "EXPERIENCE\nHead of Policy - Department for Education | Sep 2018 - present\n"
    assert "objection:overqualified" in topics("Policy Adviser", head)
    joining = extract_requirements("Solicitor\nOur client seeks a solicitor to join its legal team of 8.\n")
    assert not joining.of_kind("team-size")


def test_qualified_teacher_status_is_a_credential_and_a_solicitor_is_a_lawyer() -> None:
    qts = "Teacher of Mathematics\n\nEssential\n- Qualified Teacher Status (QTS)\n"
    accountant = "EXPERIENCE\nFinance Manager - Hartley & Co | 2019 - now\nEDUCATION\nBSc Mathematics, 2014\n"
    assert "objection:degree" in topics("Maths Teacher", accountant, qts)
    trained = accountant + "PGCE Secondary Mathematics, QTS\n"
    assert "objection:degree" not in topics("Maths Teacher", trained, qts)
    counsel = (
        "EXPERIENCE\nCommercial Contracts Solicitor - Hartwell Logistics | 2022 - present\n"
        "Legal Counsel - Hartwell Logistics | 2016 - 2022\n"
    )
    assert "objection:career-change" not in topics("Commercial Contracts Solicitor", counsel)


def test_headings_that_qualify_experience_and_a_federal_resume_s_details() -> None:
    resume = (
        "## Clinical Experience\n\n**Registered Nurse - Cardiac & Vascular Ward (Ward 5B)**\n"
        "Blacktown Hospital, Western Sydney LHD | June 2021 - present\n- 28-bed ward\n\n"
        "CANADIAN EXPERIENCE\nBookkeeper - Comptabilité Lévesque | 2023 - present\n"
    )
    titles = [j.title for j in extract_facts(resume, TODAY).jobs]
    assert titles[0] == (
        "Registered Nurse - Cardiac & Vascular Ward (Ward 5B), Blacktown Hospital, Western Sydney LHD"
    )
    assert titles[1] == "Bookkeeper - Comptabilité Lévesque"
    federal = (
        "Federal Civilian Status: Current permanent federal employee, GS-0346-12 (since 04/2019)\n"
        "EXPERIENCE\nDefense Logistics Agency\n03/2016 - Present\nHours per week: 40\n"
        "Series/Grade: GS-0346-12 (04/2019 - Present); GS-0346-11 (03/2016 - 04/2019)\n"
    )
    assert [j.start for j in extract_facts(federal, TODAY).jobs] == [(2016, 3)]
