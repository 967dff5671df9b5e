"""The golden table of round 14's news families (``news_round14_golden.py``): each line.

The twelve lines written with their rules are right; the six written before the rules after
them: 2 of 6 right at their first run, 6 of 6 after. Every line right must stay right.
"""

from __future__ import annotations

import pytest

from .news_round14_golden import LINES
from .test_news_families import _value

STILL_WRONG: dict[str, str] = {}
"""Lines still wrong (by text and phrase), with why."""


@pytest.mark.parametrize(("family", "anchor", "text", "phrase", "value"), LINES,
                         ids=[f"{f}:{p}" for f, _, _, p, _ in LINES])
def test_round14_line(family: str, anchor: str, text: str, phrase: str, value: str) -> None:
    if f"{text}|{phrase}" in STILL_WRONG:
        pytest.xfail(STILL_WRONG[f"{text}|{phrase}"])
    assert _value(anchor, text, phrase) == value, (family, text)
