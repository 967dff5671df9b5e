"""Phrase lists answer exactly as one alternation of all their phrases would."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.ingest import vocab
from timeline_app.core.ingest.phrases import PhraseList
from timeline_app.core.regex_needs import required_text

PHRASE_FILES = ["service_phrases", "appeal_phrases", "credit_phrases", "ui_contains",
                "ui_phrases", "end_markers", "section_headers"]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        ("stay up to date with", {"stay up to date with"}),
        ("(be |are )?logged (in|out)", {"logged in", "logged out"}),
        ("ad ?blocker", {"ad blocker", "adblocker"}),
        ("(sign up|subscribe) to", {"sign up", "subscribe"}),  # re factors out the "s"; put back
        (r"\d+ min(ute)?s? read", {" read"}),
        ("(reader|member)s? funded", {" funded"}),
        ("notifications?", {"notification"}),
        ("(free )?articles?", {"article"}),
        ("Cookie (policy|settings)", {"cookie policy", "cookie settings"}),
    ],
)
def test_required_text_is_in_every_match(pattern, needed):
    assert required_text(pattern, re.IGNORECASE) == needed


@pytest.mark.parametrize("pattern", ["(free )?(trial)?", r"\d+", "a|b?", "[abc]+", "(unclosed"])
def test_no_required_text_when_a_match_can_do_without(pattern):
    found = required_text(pattern, re.IGNORECASE)
    assert found is None or all(len(text) <= 3 for text in found)


def _whole(phrases, whole_line=False):
    body = "|".join(f"(?:{p})" for p in phrases)
    body = rf"\A(?:{body})\Z" if whole_line else rf"(?<![^\W_])(?:{body})"
    return re.compile(body, re.IGNORECASE)


def _answers(matcher, text):
    span = lambda m: m.span() if m else None  # noqa: E731
    count = matcher.count(text) if isinstance(matcher, PhraseList) else len(matcher.findall(text))
    return span(matcher.search(text)), span(matcher.match(text)), count


# Text made of pieces of the phrases themselves, in any case, with words and marks between.
_PIECES = sorted({w for name in PHRASE_FILES for e in vocab.entries(name)
                  for w in re.findall(r"[A-Za-z’']+", e)})  # fmt: skip
_GLUE = st.sampled_from([" ", "  ", ", ", ". ", "-", "\t", " | ", "", " the ", " 3 "])
_WORD = st.one_of(
    st.sampled_from(_PIECES),
    st.sampled_from(_PIECES).map(str.upper),
    st.sampled_from(_PIECES).map(str.title),
    st.text(alphabet="abcıſKß’'- ", max_size=6),
)
_LINES = st.lists(st.tuples(_WORD, _GLUE), max_size=14).map(lambda ws: "".join(a + b for a, b in ws))


@settings(max_examples=300, deadline=None)
@given(line=_LINES, name=st.sampled_from(PHRASE_FILES), whole_line=st.booleans())
def test_same_answers_as_the_whole_alternation(line, name, whole_line):
    phrases = vocab.entries(name)
    assert _answers(PhraseList(phrases, whole_line=whole_line), line) == _answers(
        _whole(phrases, whole_line), line
    )


def test_each_phrase_still_found_among_prose():
    for name in PHRASE_FILES:
        phrases = PhraseList(vocab.entries(name))
        for entry in vocab.entries(name):
            sample = re.sub(r"\(([^()|]*)\|[^()]*\)", r"\1", entry)  # first alternative
            sample = re.sub(r"[?()\\]|\.\{0,\d+\}|\[[^]]*\][*+]?", "", sample)
            line = f"Officials said on Monday that {sample} was the issue"
            assert _answers(phrases, line) == _answers(_whole(vocab.entries(name)), line), entry


def test_phrases_a_line_cannot_hold_are_not_tried():
    phrases = PhraseList(("terms of use", "privacy policy", "(be )?logged in"))
    assert phrases.search("The minister arrived on Tuesday.") is None
    assert phrases.count("Read our Privacy Policy and Terms of Use") == 2
    assert phrases.search("You will be LOGGED IN").group(0) == "be LOGGED IN"
