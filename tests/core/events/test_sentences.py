from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.events import sentences
from timeline_app.core.events.sentences import SentenceIndex, split_sentences


@pytest.fixture(autouse=True, params=["blingfire", "syntok"])
def segmenter(request, monkeypatch):
    """Every test runs with the compiled segmenter and with the pure-Python fallback."""
    if request.param == "syntok":
        monkeypatch.setattr(sentences, "_blingfire", None)
    elif sentences._blingfire is None:
        pytest.skip("blingfire's native library does not load on this machine")
    return request.param


def test_sentences_have_offsets_into_the_text():
    text = "Dr. Adams left on Jan. 5, 2020. She came back.\nA headline without a period\n\nLast one."
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Dr. Adams left on Jan. 5, 2020.",
        "She came back.",
        "A headline without a period",
        "Last one.",
    ]


def test_line_breaks_end_sentences():
    text = "Caption of a photo\nThe minister arrived on Monday."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Caption of a photo",
        "The minister arrived on Monday.",
    ]


def test_containing_finds_the_sentence_of_an_offset():
    text = "First sentence here. The second one mentions 1999. Third."
    index = SentenceIndex.of(text)
    start = text.index("1999")
    a, b = index.containing(start, start + 4)
    assert text[a:b] == "The second one mentions 1999."


def test_containing_merges_when_a_span_crosses_a_boundary():
    text = "One ends here. Two starts here."
    index = SentenceIndex.of(text)
    a, b = index.containing(text.index("here."), text.index("Two") + 3)
    assert text[a:b] == text


def test_abbreviations_and_non_ascii_text_keep_sentences_whole():
    text = "“It’s done,” said Gen. Lee at 3 p.m. on Oct. 18 in St. Louis. Café owners cheered."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "“It’s done,” said Gen. Lee at 3 p.m. on Oct. 18 in St. Louis.",
        "Café owners cheered.",
    ]


def test_empty_text_has_no_sentences():
    assert split_sentences("") == []
    assert split_sentences("\n\n  \n") == []


def test_blingfire_spans_equal_its_own_offsets(segmenter):
    if segmenter == "syntok":
        pytest.skip("about blingfire only")
    line = "“Café  owners,” she said — at 3 p.m. on Oct. 18. Übermorgen? Yes!  Then   Dr. Ng left."
    _, offsets = sentences._blingfire.text_to_sentences_and_offsets(line)
    assert sentences._blingfire_spans(line) == [(a, b) for a, b in offsets if b > a]


def _containing_by_two_lookups(index: SentenceIndex, start: int, end: int) -> tuple[int, int]:
    """``containing`` without its shortcut: the sentences of both ends looked up."""
    first = index._sentence_at(start)
    if first is None:
        return (start, end)
    last = index._sentence_at(max(start, end - 1)) or first
    return (min(first[0], start), max(first[1], last[1], end))


_pieces = st.sampled_from(
    ["Dr. Ng left.", " ", "  ", "\n", "\n\n", "On Oct. 18 it rained", ". ", "? ", "Yes!", "Café", "x"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_pieces, max_size=12).map("".join), st.data())
def test_containing_is_the_span_from_the_sentence_of_its_start_to_that_of_its_end(text, data):
    index = SentenceIndex.of(text)
    for _ in range(4):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert index.containing(start, end) == _containing_by_two_lookups(index, start, end)


@settings(max_examples=300, deadline=None)
@given(st.lists(_pieces | st.text(st.characters(blacklist_characters="\0\n",
                                                blacklist_categories=("Cs",)),  # never in a text
                                  max_size=8)).map("".join))
def test_segmented_is_what_blingfire_returns(line):
    if sentences._blingfire is None:  # the autouse fixture's syntok run
        pytest.skip("about blingfire only")
    assert sentences._segmented(line) == sentences._blingfire.text_to_sentences(line)
