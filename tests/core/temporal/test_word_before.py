"""The word before a date, read from the end, is what the regex it replaced finds."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline_app.core.temporal.governing import after_bound, word_before

_REGEX = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s+$")
_CHARS = list("ab Zé_1٣²½\n\t\u00a0\u2003\x1c.-'’") + ["since ", "the "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CHARS), max_size=30).map("".join), st.integers(0, 40))
@example("tens since  ", 0)
@example("x² \n", 0)
def test_the_word_before_is_the_regex_match(text: str, cut: int) -> None:
    start = max(0, len(text) - cut)
    found = _REGEX.search(text[max(0, start - 24):start])
    assert word_before(text, start) == (found.group(1) if found else None)


def test_a_bound_before_a_date() -> None:
    assert after_bound("It has grown since 1985.", 19)
    assert not after_bound("It grew in 1985.", 11) and not after_bound("1985", 0)
