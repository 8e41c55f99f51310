"""Spaced practice: the SM-2 schedule, step by step, on pinned days."""

from __future__ import annotations

from datetime import date, timedelta

from interviewer.interview.practice_plan import Review, sm2

DAY = date(2026, 3, 2)


def test_a_weak_answer_comes_back_the_next_day() -> None:
    assert sm2([Review(DAY, 1)]).due == DAY + timedelta(days=1)


def test_good_answers_come_back_later_and_later() -> None:
    first = sm2([Review(DAY, 4)])
    second = sm2([Review(DAY, 4), Review(DAY + timedelta(days=1), 4)])
    third = sm2([Review(DAY, 4), Review(DAY + timedelta(days=1), 4), Review(DAY + timedelta(days=7), 5)])
    assert (first.interval, second.interval) == (1, 6)
    assert third.interval == round(6 * second.ease) and third.due == DAY + timedelta(days=7 + third.interval)


def test_a_failure_starts_over_and_lowers_the_ease() -> None:
    good = sm2([Review(DAY, 5), Review(DAY + timedelta(days=1), 5)])
    failed = sm2([Review(DAY, 5), Review(DAY + timedelta(days=1), 5), Review(DAY + timedelta(days=7), 1)])
    assert failed.interval == 1 and failed.repetitions == 0 and failed.ease < good.ease
    assert sm2([Review(DAY, 0)] * 20).ease == 1.3  # the floor
