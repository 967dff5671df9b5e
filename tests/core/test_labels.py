from __future__ import annotations

import pytest

from timeline_app.core.labels import MAX_LABEL, make_label


def _span(sentence: str, expression: str) -> tuple[int, int]:
    start = sentence.index(expression)
    return start, start + len(expression)


@pytest.mark.parametrize(
    ("sentence", "expression", "label"),
    [
        (
            "The council approved the new budget on Tuesday, officials said.",
            "on Tuesday",
            "The council approved the new budget",
        ),
        (
            "The ministry said on Friday that the bridge, which cost $2 billion, will open in May.",
            "on Friday",
            "The bridge will open in May",
        ),
        (
            "In 1912, the liner struck an iceberg and sank (see photos) within hours.",
            "1912",
            "The liner struck an iceberg and sank within hours",
        ),
        (
            "But the strike ended last week, according to the union.",
            "last week",
            "The strike ended",
        ),
    ],
)
def test_label_is_the_gist(sentence, expression, label):
    assert make_label(sentence, _span(sentence, expression)) == label


def test_ranges_and_possessives_keep_their_dates():
    s = "The parcels were shipped between May 2 and June 9, the port said."
    assert make_label(s, _span(s, "May 2")) == "The parcels were shipped between May 2 and June 9"
    assert make_label(s, _span(s, "June 9")) == "The parcels were shipped between May 2 and June 9"
    s = "This year's harvest will be the largest on record."
    assert make_label(s, _span(s, "This year")) == "This year's harvest will be the largest on record"


def test_long_labels_are_cut_at_a_word_boundary():
    sentence = (
        "The regional assembly voted to extend the emergency programme for farmers affected by "
        "the drought and to double the funds available to rural schools in 2019."
    )
    label = make_label(sentence, _span(sentence, "in 2019"))
    assert len(label) <= MAX_LABEL
    assert label.endswith("…")
    assert label.startswith("The regional assembly voted to extend")
    assert not label[:-1].endswith(" ")


def test_label_never_empty():
    assert make_label("Yesterday.", (0, 9)) == "Yesterday"
