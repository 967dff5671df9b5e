"""The rule filter skips only rules that match nowhere: recognition finds the same matches."""

from __future__ import annotations

import pytest

from timeline_app.core import native_scan
from timeline_app.core.temporal import grammar, lexicon, recognition, rule_filter, triggers

pytest.importorskip("hyperscan")

LANGS = lexicon.languages()


@pytest.mark.parametrize("lang", LANGS)
def test_every_rule_is_possible_in_its_own_examples(lang: str) -> None:
    for rule in grammar.rules(lang):
        for example in rule.examples:
            low = example.lower()
            possible = rule_filter.possible_rules(low, lang)
            assert possible is not None
            if any(m.end() > m.start() for m in rule.regex.finditer(low)):
                assert rule.order in possible, (rule.id, example)


@pytest.mark.parametrize("lang", LANGS)
def test_candidates_are_the_same_with_and_without_the_filter(lang: str) -> None:
    examples = [e for rule in grammar.rules(lang) for e in rule.examples]
    texts = [" ".join(examples), ". ".join(examples).lower(), *examples[:200]]
    for text in texts:
        with lexicon.speaking(lang):
            filtered = [(s, e, r.id) for s, e, r, _ in recognition._candidates(text, lang)]
            full = [(s, e, r.id) for s, e, r, _ in
                    recognition._candidates(text, lang, prefilter=False)]
        assert filtered == full


def test_prose_without_dates_leaves_most_rules_out() -> None:
    possible = rule_filter.possible_rules("the council met and the mayor spoke of roads", "en")
    assert possible is not None
    assert len(possible) < len(grammar.rules("en")) // 4


def test_text_with_a_lone_surrogate_is_not_filtered() -> None:
    assert rule_filter.possible_rules("three years ago \ud800", "en") is None


def test_a_spoilt_cached_database_is_compiled_anew(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(native_scan, "cache_folder", lambda: tmp_path)
    rule_filter._database.cache_clear()
    try:
        first = rule_filter.possible_rules("three years ago", "de")
        (saved,) = tmp_path.glob("rules-de-*.hsdb")
        saved.write_bytes(saved.read_bytes()[:-50] + b"x" * 50)  # the digest no longer fits
        rule_filter._database.cache_clear()
        assert rule_filter.possible_rules("three years ago", "de") == first
    finally:
        rule_filter._database.cache_clear()


@pytest.mark.parametrize("lang", LANGS)
def test_trigger_words_are_found_where_the_regex_finds_them(lang: str) -> None:
    finder = triggers._finder(False, lang)
    examples = [e.lower() for rule in grammar.rules(lang) for e in rule.examples]
    texts = [" ".join(examples), "-".join(examples), "".join(examples), "may", "4th.june",
             "dismay sundays, mondays_tuesday 1990s'may", "émay ’may’ mayé may\u00a05 ß", "\ud800may",
             "\U0001f600may \u0131june"] + examples
    for text in (" " + t for t in texts):
        native = triggers._finder_matches(finder, text, lang)
        assert native is not None or not text.isascii()
        if native is not None:
            assert native == [(m.group(0)[1:], m.start()) for m in finder.finditer(text)]
    if lang == "en":  # every English trigger word is ASCII: text of any script is scanned
        assert triggers._finder_matches(finder, " émay ’may’", lang) == [("may", 6)]
