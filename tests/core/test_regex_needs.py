"""What every match of a pattern must contain: sound (never claims too much), and useful."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.regex_needs import compile_fast, first_class, required_text, requirements


def test_look_aheads_count_but_look_behinds_do_not():
    assert frozenset({" ago"}) in requirements(r"\d+ weeks(?= ago)")
    assert all("since" not in texts for texts in requirements(r"(?<=since )\d{4}"))


def test_optional_and_alternative_parts():
    assert required_text(r"(?:the )?last (week|month)") == {"last week", "last month"}
    assert required_text(r"a|b?") is None
    assert requirements(r"(?:ab|cd)z+") == [frozenset({"ab", "cd"}), frozenset({"z"})]


def test_factored_alternatives_are_put_back_together():
    # the parser reads "early|end" as "e(?:arly|nd)": the pieces alone ("nd") are too common
    assert required_text(r"(?:early|end) of") == {"early", "end"}
    assert required_text(r"x(?:early|end)\s+of") == {"xearly", "xend"}


def test_classes_of_one_letter_in_either_case_are_that_letter():
    # matches are looked for in lower-cased text, where "[Ee]" can only be "e"
    assert required_text(r"[Ee]nd [Oo]f") == {"end of"}
    assert frozenset({"-", "/"}) in requirements(r"\d+[-/]\d+")
    assert requirements(r"[a-z]+") == []


def test_optional_characters_spell_out_each_way():
    assert required_text(r"\d0'?s\b") == {"0s", "0's"}
    assert required_text(r"ad ?blocker") == {"ad blocker", "adblocker"}
    assert required_text(r"notifications?") == {"notification"}  # "notifications" holds it


def test_the_commonest_words_are_never_the_needed_text():
    assert required_text(r"the (?:start|end)") == {"the start", "the end"}
    assert required_text(r"the\s+(?:start|end)") == {"start", "end"}


_PIECE = st.sampled_from(["e", "ar", "ly", "nd", " ", "[Ee]", "[-/]", "x", "(?:", ")", "|", ")?",
                          "+", "s?", "'?", "[-/]?"])  # fmt: skip


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


_PATTERNS = st.lists(_PIECE, min_size=1, max_size=10).map("".join).filter(_compiles)
_TEXTS = st.text(alphabet="eEarlyndxsX -/'", max_size=16)


@settings(max_examples=500, deadline=None)
@given(pattern=_PATTERNS, text=_TEXTS)
def test_every_match_holds_one_of_the_needed_texts(pattern, text):
    """Sound on made-up patterns: classes, factored alternatives, optional parts."""
    for texts in requirements(pattern, re.IGNORECASE):
        for m in re.finditer(pattern, text, re.IGNORECASE):
            assert any(t in m.group(0).lower() for t in texts), (pattern, m.group(0), texts)


def test_first_class():
    assert first_class(r"(?:the\s+)?(?:last|next)\s+\d+") == r"[\x6c\x6e\x74]"
    assert first_class(r"\d+|[A-Z]z") == r"[\d\x41-\x5a]"
    assert first_class(r"(?<!x)(?=q)ab") == r"[\x61]"  # assertions read no character
    assert first_class(r"a?") is None  # can match nothing
    assert first_class(r"[^x]y") is None


@settings(max_examples=500, deadline=None)
@given(pattern=_PATTERNS, text=_TEXTS)
def test_every_match_starts_in_the_first_class(pattern, text):
    first = first_class(pattern, re.IGNORECASE)
    for m in re.finditer(pattern, text, re.IGNORECASE) if first else ():
        assert re.match(first, text[m.start():], re.IGNORECASE), (pattern, m.group(0), first)


@settings(max_examples=300, deadline=None)
@given(pattern=_PATTERNS, text=_TEXTS)
def test_compile_fast_finds_what_compile_finds(pattern, text):
    for flags in (0, re.IGNORECASE):
        fast, plain = compile_fast(pattern, flags), re.compile(pattern, flags)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_compile_fast_leaves_verbose_patterns_as_they_are():
    pattern = "(?:last|next) [ ]week  # a comment to the end of the line"
    assert compile_fast(pattern, re.VERBOSE).pattern == pattern
    assert compile_fast(pattern, re.VERBOSE).search("see you next week").group() == "next week"
