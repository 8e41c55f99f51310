"""The second reading of the objection pairs (benchmarks/second_reading): its labels are whole and belong to
the pairs its draw gives, so the agreement figures in benchmarks/README.md can be computed again."""

import importlib.util
import json
from pathlib import Path

import pytest

from interviewer.evals.tasks.objections import TOPICS as OBJECTION_TOPICS

HERE = Path(__file__).resolve().parents[1] / "benchmarks" / "second_reading"
TOPICS = {topic.removeprefix("objection:") for topic in OBJECTION_TOPICS}


@pytest.fixture(scope="module")
def drawn():
    spec = importlib.util.spec_from_file_location("second_reading_draw", HERE / "draw.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.draw()


def _labels() -> list[dict]:
    return [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]


def test_the_labels_are_for_exactly_the_drawn_pairs_in_the_order_the_readers_got_them(drawn):
    dev, held, both = drawn
    assert len(dev) == len(held) == 120
    assert {pair["id"] for pair in dev}.isdisjoint(pair["id"] for pair in held)
    assert [label["id"] for label in _labels()] == [pair["id"] for pair in both]


def test_every_label_puts_each_topic_in_one_list_and_says_why():
    for label in _labels():
        lists = [label["raise"], label["not_raise"], label["unscored"]]
        assert sorted(t for topics in lists for t in topics) == sorted(TOPICS), label["id"]
        assert set(label["unscored"]) <= {"degree", "industry"}, label["id"]
        assert len(label["why"]) >= 40, label["id"]
