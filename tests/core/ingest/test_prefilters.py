"""The cheap tests run before a regex answer exactly as the regex would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.ingest import reading, stamps
from timeline_app.core.ingest.fragments import _ICON_ARTICLE, cut_icon_inventory

_TEXT = st.text(alphabet=st.characters(max_codepoint=0x2100), max_size=120)
_WORDS = st.lists(
    st.sampled_from(["A", "An", "The", "a", "the", "icon", "Tick", "of", "3", "٣", "\t", "\x07"]),
    max_size=20,
).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(_TEXT, _WORDS))
def test_digit_search_is_the_regex(text):
    assert stamps.has_digit(text) == bool(stamps._DIGIT.search(text))


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(_TEXT, _WORDS))
def test_control_characters_counted_on_utf8_bytes(text):
    assert reading._control_bytes(text.encode("utf-8")) == len(reading._CONTROL.findall(text))


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(_TEXT, _WORDS))
def test_icon_articles_never_outnumber_capitals(text):
    assert len(_ICON_ARTICLE.findall(text)) <= text.count("A") + text.count("The")


def test_icon_inventory_still_cut():
    line = (
        "Storm hits coast. Tick An icon of a tick mark. Calendar An icon of a desk calendar. "
        "Clock An icon of a clock. Officials said."
    )
    assert cut_icon_inventory(line) == ("Storm hits coast. Officials said.", 3)
