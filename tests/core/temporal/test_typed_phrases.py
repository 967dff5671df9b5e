"""Short phrases as users type them, and as captions and headline fragments carry them.

A phrase that is the whole text has no sentence around it: no "on" before "the 17th", no verb
to settle its language. Each line: the phrase, the value it must give against Wednesday
2023-10-18 (past preferred).
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from timeline_app.core.temporal import tag
from timeline_app.core.temporal.language_fit import fitting_language

ANCHOR = date(2023, 10, 18)

TYPED = [
    ("3/17", "2023-03-17"),
    ("the 17th", "2023-10-17"),
    ("the weekend", "2023-W42-WE"),
    ("10 o'clock", "2023-10-18T10:00"),
    ("half past five", "2023-10-18T05:30"),
    ("quarter to 3", "2023-10-18T02:45"),
    ("ten minutes to midnight", "2023-10-18T23:50"),
    ("twenty past nine in the evening", "2023-10-18T21:20"),
    ("from March 3 to 5", "2023-03-03"),
    ("first week of january", "2024-W01"),
    ("ramadan 2020", "2020-04-24"),
    ("Q2 2017", "2017-Q2"),
    ("may 5", "2023-05-05"),
    ("two decades ago", "2003"),
    ("9/Jun/2019", "2019-06-09"),
    ("12-Nov-83", "1983-11-12"),
    ("H1 2024", "2024-H1"),
    ("'98", "1998"),
    ("the 90s", "199"),
    ("Sunday 10am", "2023-10-15T10:00"),
    ("thu 5pm", "2023-10-12T17:00"),
    ("black friday", "2023-11-24"),
    ("xmas", "2023-12-25"),
    ("valentines day", "2023-02-14"),
    ("every morning", "XXXX-XX-XXTMO"),
    ("mid-march", "2023-03"),
    ("the end of march", "2023-03"),
    ("tomorrow at 5", "2023-10-19T17:00"),
    ("Monday at 9", "2023-10-16T09:00"),
    ("nine thirty pm", "2023-10-18T21:30"),
    ("2020-01-01T10:30", "2020-01-01T10:30"),
    ("Oct 18 '23", "2023-10-18"),
    ("beginning of next year", "2024"),
    ("mid next week", "2023-W43"),
    ("end of year", "2023"),
    ("new year 2021", "2021-01-01"),
    ("the first monday of may", "2023-05-01"),
    ("last day of february", "2023-02-28"),
]


@pytest.mark.parametrize(("phrase", "value"), TYPED)
def test_a_typed_phrase_is_read_whole(phrase: str, value: str) -> None:
    lang = fitting_language(phrase, "en")
    found = tag(phrase, ANCHOR, lang=lang)
    assert [(m.text, m.value) for m in found] == [(phrase.removeprefix("from "), value)]


@pytest.mark.parametrize("sentence", [
    "The 17th Amendment passed.",   # a name, not a day
    "3/17 of the vote went to him.",  # a fraction
    "They won twenty to one.",      # a score
    "It rose by half to 3 percent.",
    "Highs will be in the 90s.",      # a temperature
    "they later may decide",          # a lone adverb does not make "may" a month
    "It was sort of may be.",         # nor does "of" before it
    "Happy holidays in the new year",  # "the new year" is the year to come, no day
    "He scored at 5 in the game",      # an hour needs its day word: "tomorrow at 5"
])
def test_in_a_sentence_the_words_around_still_decide(sentence: str) -> None:
    assert tag(sentence, ANCHOR, lang="en") == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("the vote was held in may and counted at once", "2023-05"),
    ("talks resumed late march after a pause", "2023-03"),
    ("prices have risen since august, the bank said", "2023-08"),
])
def test_lower_case_a_word_before_vouches_for_a_month(sentence: str, value: str) -> None:
    """In lower-cased text "in", "since", "late"... before "may" or "march" make it the month."""
    assert [m.value for m in tag(sentence, ANCHOR, lang="en")] == [value]


@pytest.mark.parametrize("sentence", [
    "what they did in may be unclear",     # a verb's word after: the modal
    "thousands joined in this march on the capital",
])
def test_lower_case_no_month_where_the_words_say_otherwise(sentence: str) -> None:
    assert [m for m in tag(sentence, ANCHOR, lang="en") if m.type.value == "DATE"] == []


def test_a_phrase_inside_a_text_still_needs_its_word() -> None:
    """Only the whole text stands alone: "the 17th" opening a longer text is no day."""
    assert tag("the 17th hole was closed", ANCHOR, lang="en") == []
    assert [m.value for m in tag("He left on the 17th.", ANCHOR, lang="en")] == ["2023-10-17"]


@pytest.mark.parametrize(("phrase", "guess", "lang"), [
    ("Q2 2017", "de", "en"),          # the detector's guesses on these, restricted to six
    ("may 5", "es", "en"),            # languages; the grammars read them as English
    ("two decades ago", "es", "en"),
    ("letzten Dienstag", "de", "de"),  # and keep what they read as their own
    ("le 14 mars", "fr", "fr"),
    ("anteayer", "fr", "es"),
    ("in 2019", "de", "de"),          # a tie keeps the guess: both read the year
])
def test_the_grammar_that_covers_a_short_phrase_names_its_language(
        phrase: str, guess: str, lang: str) -> None:
    assert fitting_language(phrase, guess) == lang


@pytest.mark.parametrize("phrase", ["may 5", "next friday", "le 14 mars", "Q2 2017",
                                    "letzten Dienstag", "in 2019", "anteayer"])
def test_a_grammar_covering_all_the_phrase_is_not_beaten_so_no_other_is_tried(
        phrase: str, monkeypatch) -> None:
    """Only more cover wins: once a grammar holds every letter and digit, the others need not
    load (some 0.1 s of a typed phrase's run); the answer is the one weighing them all gives."""
    from timeline_app.core.temporal import language_fit, lexicon

    covers = {lang: language_fit._covered(phrase, lang) for lang in lexicon.languages()}
    order = ["en", *sorted(lang for lang in covers if lang != "en")]
    every = max(order, key=lambda lang: covers[lang])  # the first of the most covered
    tried: list[str] = []

    def covered(text: str, lang: str) -> int:
        tried.append(lang)
        return covers[lang]

    monkeypatch.setattr(language_fit, "_covered", covered)
    assert fitting_language(phrase, "en", tuple(order)) == every
    most = sum(ch.isalnum() for ch in phrase)
    whole = [i for i, lang in enumerate(order) if covers[lang] == most]
    assert tried == order[:whole[0] + 1] if whole else tried == order


def test_long_texts_keep_the_detected_language() -> None:
    text = "Der Gipfel fand am Mittwoch statt, wie die Regierung mitteilte. " * 3
    assert fitting_language(text, "de") == "de"
    assert fitting_language("지난주 회의", "ko") == "ko"  # not Latin: the script decides


def test_tag_jsonl_reads_short_phrases_in_their_language() -> None:
    lines = "\n".join(json.dumps({"id": str(i), "text": p}) for i, p in enumerate(
        ["Q2 2017", "may 5", "anteayer"]))
    out = subprocess.run([sys.executable, "-m", "timeline_app", "tag", "--jsonl", "--anchor",
                          ANCHOR.isoformat()], input=lines, capture_output=True, text=True,
                         check=True).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["lang"], [m["value"] for m in r["mentions"]]) for r in rows] == [
        ("en", ["2017-Q2"]), ("en", ["2023-05-05"]), ("es", ["2023-10-16"])]
