"""The grammar as data: every rule of every language folder carries examples that it matches,
lexicons are consistent, and the trigger windows never lose a match that a full scan finds."""

from __future__ import annotations

import pytest

from timeline_app.core.resources import resource
from timeline_app.core.temporal import grammar, lexicon, recognise, recognition, tagger
from timeline_app.core.temporal.triggers import _TOKEN, trigger_positions
from timeline_app.core.temporal.triggers import index as trigger_index

LANGS = lexicon.languages()
RULES = [rule for lang in LANGS for rule in grammar.rules(lang)]
LISTS = ["months", "weekdays", "seasons", "units", "numbers", "ordinals", "modifiers", "homonyms",
         "quantifiers", "vague", "tense", "parts_of_day", "decades", "holidays", "cased",
         "calendar", "reference", "cues", "particles", "offsets"]


def _rule_id(rule: grammar.Rule) -> str:
    return f"{rule.lang}:{rule.id}"


def test_english_is_a_folder_like_any_other() -> None:
    assert "en" in LANGS
    loose = [p.name for p in resource("rules").iterdir() if p.name.endswith(".txt")]
    assert not loose  # every list belongs to a language folder
    assert lexicon.grammar_language("EN") == "en"
    assert lexicon.grammar_language("xx") == lexicon.DEFAULT_LANG
    assert recognise("On Oct. 18, 2023.", "xx").lang == lexicon.DEFAULT_LANG


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_folder_holds_every_list(lang: str) -> None:
    folder = resource("rules", lang)
    for name in ["rules", *LISTS]:
        assert (folder / f"{name}.txt").is_file(), f"{lang}/{name}.txt is missing"
    assert set(grammar.macros(lang)) == set(grammar.macros("en"))


@pytest.mark.parametrize("lang", LANGS)
def test_rule_ids_are_unique_and_typed(lang: str) -> None:
    rules = grammar.rules(lang)
    ids = [r.id for r in rules]
    assert len(ids) == len(set(ids))
    assert {r.type for r in rules} <= {"DATE", "TIME", "DURATION", "SET"}
    assert all(r.action in tagger.ACTIONS for r in rules)
    assert all(r.lang == lang for r in rules)


@pytest.mark.parametrize("rule", RULES, ids=_rule_id)
def test_every_rule_matches_its_examples(rule: grammar.Rule) -> None:
    assert rule.examples, f"{rule.id} has no # EXAMPLE"
    for example in rule.examples:
        m = rule.regex.search(example.lower())  # rules run on lower-cased text
        assert m, f"{rule.id} does not match its example {example!r}"
        assert rule.cased(example, m), f"{rule.id}: capitals of {example!r} refused"
        assert rule.regex_icase.search(example)


@pytest.mark.parametrize("rule", [r for r in RULES if r.triggers], ids=_rule_id)
def test_every_example_contains_a_trigger(rule: grammar.Rule) -> None:
    for example in rule.examples:
        m = rule.regex.search(example.lower())
        assert m is not None
        where = trigger_positions(example, None, rule.lang)
        hits = [p for t in rule.triggers for p in where.get(t, ())]
        before, after = rule.reach  # the window around some trigger must hold the whole match
        assert any(p - before <= m.start() and m.end() <= p + after for p in hits), (
            rule.id, example)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", LISTS)
def test_lexicons_have_no_conflicting_entries(name: str, lang: str) -> None:
    rows = lexicon.entries(name, lang)
    assert rows or lang != "en" or name == "particles", name  # English glues none to a date
    seen: dict[str, str] = {}
    for row in rows:
        assert len(row) >= 2, (name, row)
        key = row[0].lower()
        assert seen.setdefault(key, row[1]) == row[1], (name, key)


TEXT = (
    "On Wednesday, Oct. 18, 2023, the council met; it will meet again next Tuesday. Prices "
    "rose 4% in the third quarter of 2022 and fell for three years after 1998. In the early "
    "1990s, and again last summer, the port handled 1,000 containers a week. Talks lasted "
    "more than two hours, ended at 7:15 p.m. EST and resume in the very near future, a "
    "spokesman said yesterday morning. The war began in 1914; the following year, in June, "
    "the front moved. Christmas 2019 was quiet, every Monday is busy, and now is the time."
)


def test_trigger_windows_find_what_a_full_scan_finds() -> None:
    windowed = sorted((s, e, r.id) for s, e, r, _ in recognition._candidates(TEXT))
    full = sorted((s, e, r.id) for s, e, r, _ in recognition._candidates(TEXT, scan_all=True))
    assert windowed == full
    assert len(windowed) > 20


START_RULES = [rule for rule in RULES if rule.text_start]


def test_rules_that_match_only_at_the_text_start_are_known_by_their_pattern() -> None:
    assert {"time_at_alone", "weekday_alone"} <= {r.id for r in START_RULES if r.lang == "en"}
    assert not grammar._top_level_bar(r"(?<![\s\S])a(?:b|c)[|]\|")
    assert grammar._top_level_bar(r"(?<![\s\S])a|b")
    assert not grammar._top_level_bar(r"[]|]x") and not grammar._top_level_bar(r"[^]|]x")


@pytest.mark.parametrize("rule", START_RULES, ids=_rule_id)
def test_a_text_start_rule_matches_nowhere_else(rule: grammar.Rule) -> None:
    for example in rule.examples:  # behind other words, a full scan finds it no more
        assert any(rule.regex.finditer(example.lower()))
        assert all(m.start() == 0 for m in rule.regex.finditer(example.lower()))
        assert not any(rule.regex.finditer("said: " + example.lower()))


@pytest.mark.parametrize("lang", LANGS)
def test_every_holiday_name_holds_a_holiday_trigger_word(lang: str) -> None:
    holiday_words = {w for w, classes in trigger_index(lang).items() if "HOLIDAY" in classes}
    for row in lexicon.entries("holidays", lang):
        assert holiday_words & set(_TOKEN.findall(row[0].lower())), row[0]


def test_a_holiday_is_found_by_its_own_word_not_by_a_weekday_or_month_in_its_name() -> None:
    classes = trigger_index("en")
    assert "HOLIDAY" in classes["good"] and "HOLIDAY" not in classes["friday"]
    assert "HOLIDAY" in classes["fourth"] and "HOLIDAY" not in classes["july"]
    assert "HOLIDAY" in classes["may"]  # "May Day": no other word to stand for it


def test_a_macro_it_cannot_expand_is_an_error_not_a_rule_that_never_matches() -> None:
    with pytest.raises(ValueError, match="AFTER"):
        grammar._expand("{AFTER:jusqu'en}{YEAR}")
    assert grammar._expand(r"\d{1,3}") == r"\d{1,3}"
