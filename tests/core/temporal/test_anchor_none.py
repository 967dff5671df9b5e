"""Without a known document date: absolute expressions resolve, relative ones are still found
but stay underspecified (no interval); never today's date."""

from __future__ import annotations

import pytest

from timeline_app.core.temporal import tag


@pytest.mark.parametrize(
    ("sentence", "expr", "value"),
    [
        ("The envoy arrived on Wednesday.", "Wednesday", "XXXX-WXX-3"),
        ("The council voted in July.", "July", "XXXX-07"),
        ("The council voted on Sept. 7.", "Sept. 7", "XXXX-09-07"),
        ("The council voted yesterday.", "yesterday", "PAST_REF"),
        ("The council voted last week.", "last week", "PAST_REF"),
        ("The council will vote next month.", "next month", "FUTURE_REF"),
        ("The council meets today.", "today", "PRESENT_REF"),
        ("The council voted three years ago.", "three years ago", "PAST_REF"),
        ("The council voted last summer.", "last summer", "XXXX-SU"),
    ],
)
def test_relative_expressions_stay_underspecified(sentence: str, expr: str, value: str) -> None:
    found = {m.text: m for m in tag(sentence, None)}
    assert expr in found
    assert found[expr].value == value
    assert found[expr].interval is None
    assert found[expr].reference == "unresolved"


def test_absolute_expressions_still_resolve() -> None:
    found = {m.text: m for m in tag("The treaty was signed on Oct. 18, 2023, in 1948 style.", None)}
    assert found["Oct. 18, 2023"].value == "2023-10-18"
    assert found["Oct. 18, 2023"].interval is not None


def test_narrative_year_still_applies_without_anchor() -> None:
    found = {m.text: m for m in tag("The republic was founded in 1948. In October, it held a "
                                    "vote.", None)}
    assert found["October"].value == "1948-10"
