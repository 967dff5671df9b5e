"""Normalisation as data: each ``# EXAMPLE: text @ anchor => value`` line of every language's
rules is tagged and must resolve, by its own rule, to that TIMEX3 value."""

from __future__ import annotations

import pytest

from timeline_app.core.temporal import grammar, lexicon, tag

CASES = [(rule, example) for lang in lexicon.languages() for rule in grammar.rules(lang)
         for example in rule.resolved]


@pytest.mark.parametrize(("rule", "example"), CASES,
                         ids=[f"{r.lang}:{r.id}:{e.text}" for r, e in CASES])
def test_every_resolved_example_gives_its_value(rule: grammar.Rule,
                                                example: grammar.Resolved) -> None:
    mentions = tag(example.text, example.anchor, lang=rule.lang)
    own = [m for m in mentions if m.rule == rule.id]
    found = [(m.text, m.value, m.rule) for m in mentions]
    assert own, f"{rule.id} gave nothing for {example.text!r}: {found}"
    assert [m.value for m in own] == [example.value], found


def test_the_english_rules_state_their_values() -> None:
    rules = grammar.rules("en")
    assert sum(len(r.resolved) for r in rules) >= 150
    assert sum(bool(r.resolved) for r in rules) >= len(rules) * 2 // 3


def test_a_resolved_example_line_is_parsed_into_text_anchor_and_value() -> None:
    weekday_rel = next(r for r in grammar.rules("en") if r.id == "weekday_rel")
    last_friday = next(e for e in weekday_rel.resolved if e.text == "last Friday")
    assert (last_friday.anchor.isoformat(), last_friday.value) == ("2023-10-18", "2023-10-13")
    assert "last Friday" in weekday_rel.examples  # the text alone, for the pattern's own test
