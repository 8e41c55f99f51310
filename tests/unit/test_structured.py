import pytest
from pydantic import BaseModel

from interviewer.models.structured import extract_json_object, parse_as


class Point(BaseModel):
    x: int
    label: str


def test_extracts_the_first_balanced_object_from_prose() -> None:
    text = 'Here you go: {"x": 1, "label": "a } brace in a string"} and more {"x": 2}'
    assert extract_json_object(text) == '{"x": 1, "label": "a } brace in a string"}'


@pytest.mark.parametrize("text", ["", "no braces", '{"x": 1', "[1, 2]"])
def test_missing_or_unclosed_objects_raise(text: str) -> None:
    with pytest.raises(ValueError):
        extract_json_object(text)


def test_parse_as_reports_schema_violations() -> None:
    assert parse_as('{"x": 3, "label": "p"}', Point) == Point(x=3, label="p")
    with pytest.raises(ValueError, match="label"):
        parse_as('{"x": 3}', Point)
