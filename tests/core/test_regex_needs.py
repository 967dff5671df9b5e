"""What every match of a pattern must contain: sound (never claims too much), and useful."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.regex_needs import compile_fast, first_class, required_text, requirements
from timeline_app.core.temporal import grammar
from timeline_app.core.temporal.triggers import index as trigger_index


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


def test_rules_find_the_same_with_and_without_their_first_class():
    text = ("Between Sept. 7 and Oct. 1, 2023, two weeks ago, in the early 1990s, the 19th "
            "century; last summer it rained on Wednesday morning, 3 days later, in 1948.")
    low = text.lower()
    for rule in grammar.rules():
        plain = re.compile(rf"(?<!\w)(?:{grammar._expand(rule.pattern)})(?!\w)")
        assert [m.span() for m in rule.regex.finditer(low)] == [
            m.span() for m in plain.finditer(low)], rule.id


_TEXT = st.lists(st.sampled_from(["three ", "weeks ", "ago", "earlier", "last ", "-", "/",
                                  "2023", "10", " ", "next ", "year", "the ", "of "]),
                 max_size=12).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, rule=st.sampled_from([r for r in grammar.rules() if r.needs is not None]))
def test_a_rule_never_matches_where_its_needed_text_is_missing(text, rule):
    """Where a rule's needed text is absent, its regex finds nothing (the prefilter is safe)."""
    low = text.lower()
    if rule.needs.search(low) is None:
        assert rule.regex.search(low) is None


def test_rules_with_needed_text_still_tag_their_examples():
    with_needs = [r for r in grammar.rules() if r.needs is not None]
    assert len(with_needs) >= 20
    for rule in with_needs:
        for example in rule.examples:
            low = example.lower()
            if rule.regex.search(low):
                assert rule.needs.search(low), (rule.id, example)


def test_needed_text_is_never_only_what_the_triggers_bring():
    """Some trigger's windows can lack the needed text, or looking for it would gain nothing."""
    index = trigger_index()
    for rule in grammar.rules():
        if rule.needs is None:
            continue
        brought = [
            any(re.fullmatch(rule.needs.pattern, word)
                for word in {trigger} | {w for w, classes in index.items() if trigger in classes})
            for trigger in rule.triggers
        ]  # fmt: skip
        assert not all(brought), rule.id


def test_a_number_run_into_letters_is_needed_text():
    decade = next(r for r in grammar.rules() if r.id == "decade")
    assert decade.needs is not None and decade.needs.search("the 1990s")
    assert decade.needs.search("in 1990, the year") is None  # that window is skipped
