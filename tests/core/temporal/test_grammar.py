"""The grammar as data: every rule carries examples that it matches, lexicons are consistent,
and the trigger windows never lose a match that a full scan finds."""

from __future__ import annotations

import pytest

from timeline_app.core.temporal import grammar, lexicon, recognition, tagger
from timeline_app.core.temporal.triggers import trigger_positions

RULES = grammar.rules()


def test_rule_ids_are_unique_and_typed() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert {r.type for r in RULES} <= {"DATE", "TIME", "DURATION", "SET"}
    assert all(r.action in tagger.ACTIONS for r in RULES)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_rule_matches_its_examples(rule: grammar.Rule) -> None:
    assert rule.examples, f"{rule.id} has no # EXAMPLE"
    for example in rule.examples:
        m = rule.regex.search(example.lower())  # rules run on lower-cased text
        assert m, f"{rule.id} does not match its example {example!r}"
        assert rule.cased(example, m), f"{rule.id}: capitals of {example!r} refused"
        assert rule.regex_icase.search(example)


@pytest.mark.parametrize("rule", [r for r in RULES if r.triggers], ids=lambda r: r.id)
def test_every_example_contains_a_trigger(rule: grammar.Rule) -> None:
    for example in rule.examples:
        m = rule.regex.search(example.lower())
        assert m is not None
        where = trigger_positions(example)
        hits = [p for t in rule.triggers for p in where.get(t, ())]
        before, after = rule.reach  # the window around some trigger must hold the whole match
        assert any(p - before <= m.start() and m.end() <= p + after for p in hits), (
            rule.id, example)


@pytest.mark.parametrize("name", ["months", "weekdays", "seasons", "units", "numbers",
                                  "ordinals", "modifiers", "quantifiers", "vague", "tense",
                                  "parts_of_day", "decades", "holidays"])
def test_lexicons_have_no_conflicting_entries(name: str) -> None:
    rows = lexicon.entries(name)
    assert rows, name
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
