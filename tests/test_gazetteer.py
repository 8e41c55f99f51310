"""Relocation by distance: towns the city tables do not know are placed from the installed GeoNames data,
and a home farther than a commute from the job raises the objection. Each case beside one it must leave
alone."""

from __future__ import annotations

from datetime import date

import pytest

from interviewer.interview.gazetteer import COMMUTE_KM, distance_km, home_towns, job_towns
from interviewer.interview.objections import find_gaps
from interviewer.interview.roles import resolve_role

TODAY = date(2026, 6, 1)


def relocation(resume: str, description: str) -> str | None:
    raised = find_gaps(resolve_role("Operations Manager"), resume, description, TODAY)
    return next((o.evidence for o in raised if o.topic == "objection:relocation"), None)


def resume_in(place: str) -> str:
    return (
        f"Morag Sinclair\n{place} | 07700 900123 | morag@example.com\n"
        "EXPERIENCE\nOperations Manager, Fenwick Marine Services, 2018 - Present\n"
    )


def ad_in(place: str) -> str:
    return f"Operations Manager\nLocation: {place} (on-site, 5 days a week)\nYou will run our base.\n"


def test_distance_between_two_known_towns() -> None:
    [toulouse] = job_towns("Toulouse, France")
    [perpignan] = job_towns("Perpignan, France")
    assert 150 < distance_km(toulouse, perpignan) < 170  # about 155 km as the crow flies
    assert distance_km(toulouse, toulouse) == 0


def test_towns_the_tables_do_not_know_are_compared_by_distance() -> None:
    far = relocation(resume_in("Inverness, IV2 4AB"), ad_in("Westhill, Aberdeenshire"))
    assert far is not None and "Inverness" in far and "km apart" in far
    # A suburb of the town is a commute.
    assert relocation(resume_in("Blagnac"), ad_in("Toulouse, France")) is None
    assert relocation(resume_in("Perpignan"), ad_in("Toulouse, France")) is not None


def test_a_district_is_read_near_the_city_the_contact_line_names() -> None:
    """There is a Kita ward in Osaka and one in Tokyo: beside "Osaka" it is Osaka's."""
    ad = ad_in("Shibuya, Tokyo")
    assert relocation(resume_in("Kita-ku, Osaka"), ad) is not None
    assert relocation(resume_in("Kita-ku, Tokyo"), ad) is None


def test_a_name_is_read_in_the_state_or_country_the_line_gives() -> None:
    ad = ad_in("Milwaukee, WI")
    assert relocation(resume_in("Brookfield, Wisconsin"), ad) is None  # not Brookfield, Illinois
    assert relocation(resume_in("Madison, Wisconsin"), ad) is not None  # 120 km west


def test_a_town_across_a_border_counts_only_within_a_commute() -> None:
    basel = ad_in("Basel, Switzerland")
    assert relocation(resume_in("Lörrach"), basel) is None
    [basel_town] = job_towns("Basel, Switzerland")
    # A name the line does not place, with no namesake in the job's country and none near it, is unread.
    assert home_towns("Whitefield", job_towns("Bengaluru, India")[0], []) == []
    assert home_towns("Annemasse", basel_town, []) == []  # 230 km from Basel: not read as the home


@pytest.mark.parametrize("line", ["Mobile: +44 7700 900123", "SALES MANAGER", "Mar 2019 - Present"])
def test_common_words_and_capitalised_surnames_are_no_towns(line: str) -> None:
    [london] = job_towns("London, United Kingdom")
    assert home_towns(line, london, []) == []


def test_a_job_place_is_read_in_the_country_the_description_names() -> None:
    """Alone, "George" is a South African city; in an ad that says Maryland it is Fort George G. Meade."""
    ad = "Location: 1 vacancy in the following location: Fort George G. Meade, MD\nTelework eligible: No\n"
    assert all(t.country == "US" for t in job_towns("Fort George G", "", ad))
    assert relocation(resume_in("Glen Burnie, MD 21061"), ad) is None


def test_the_commute_limit() -> None:
    assert 50 <= COMMUTE_KM <= 120
