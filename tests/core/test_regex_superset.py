"""A pattern's Hyperscan superset matches wherever the pattern does, and stays selective."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.regex_superset import superset

hyperscan = pytest.importorskip("hyperscan")


def _matches(pattern: str, text: str) -> bool:
    """Whether Hyperscan finds the superset of ``pattern`` anywhere in ``text``."""
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(expressions=[superset(pattern).encode()], ids=[0], elements=1,
                     flags=hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_DOTALL
                     | hyperscan.HS_FLAG_ALLOWEMPTY | hyperscan.HS_FLAG_SINGLEMATCH)
    found: list[int] = []
    database.scan(text.encode(), match_event_handler=lambda *args: found.append(1))
    return bool(found)


def test_assertions_are_dropped_and_classes_kept_exact_over_ascii() -> None:
    pattern = r"(?<!\w)(?=[ab])(?:ago|b\d{2})(?!\w)"
    assert _matches(pattern, "xago")  # the look-behind would refuse it: a superset need not
    assert _matches(pattern, "b12") and not _matches(pattern, "b1x")
    assert not _matches(pattern, "three weeks before")


def test_categories_take_every_character_beyond_ascii() -> None:
    assert _matches(r"\d+\s+years", "٣\u00a0years")  # Arabic-Indic digit, no-break space
    assert _matches(r"[^\W\d_]+ day", "été day") and not _matches(r"[^\W\d_]+ day", "_ day")
    assert _matches(r"[a-zä]+", "ä") and not _matches(r"[a-zä]+", "ö")


def test_case_insensitive_patterns_are_refused() -> None:
    with pytest.raises(ValueError):
        superset("(?i)may")
    with pytest.raises(ValueError):
        superset("(?i:may) 5")


PATTERNS = [r"(?<!\w)\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:may|june)(?!\w)",
            r"(?<![\d,.$])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d,])\s*(?:years?|days?)\s+ago",
            r"(?:(?<=\bin\s)|(?<![\s\S])(?P<alone>))the\s+(?P<part>morning|night)(?![\w-])",
            r"[^\W\d_]+[’']s\s+(?P<x>\w)(?P=x)", r"(?>a|ab)c", r"(?P<g>x)?(?(g)y|z)w"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PATTERNS),
       st.text(alphabet=st.sampled_from(list("0123456789 ,.$'’-_abcdefhgimnorstuwyéß\u00a0٣\n")),
               max_size=40))
def test_whatever_python_matches_the_superset_matches(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    for lo in range(0, len(text) + 1, 7):  # windows too: look-arounds at a cut edge
        if any(m.end() > m.start() for m in compiled.finditer(text, lo, len(text) - lo // 2)):
            assert _matches(pattern, text)
