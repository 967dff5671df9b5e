"""The clock's words (``cues.txt``: ``clock_half_*``, ``clock_same_day``) read per language.

A bare hour asked at a given minute takes the nearer half of the day unless a word says the half
("9 Uhr morgens", "9 часов утра"); a time already gone moves to the next day unless a word keeps
it on the day written ("heute um 7 Uhr"). Each language's words are its own: German "am" is
"on the", not a.m.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline_app.core.temporal import cues, tag

NIGHT = datetime(2019, 3, 6, 22, 10)  # a Wednesday

SAID_HALF = [
    ("en", "at 9 in the morning"),
    ("de", "um 9 Uhr morgens"),
    ("fr", "à 9 heures du matin"),
    ("es", "a las 9 de la mañana"),
    ("it", "alle 9 di mattina"),
    ("pt", "às 9 da manhã"),
    ("ru", "в 9 часов утра"),
    ("ko", "오전 9시"),
]


@pytest.mark.parametrize(("lang", "phrase"), SAID_HALF)
def test_a_word_for_the_half_of_the_day_keeps_the_hour(lang: str, phrase: str) -> None:
    found = tag(phrase, NIGHT, prefer="past", lang=lang)
    assert [m.value for m in found] == ["2019-03-06T09:00"], [(m.text, m.value) for m in found]


@pytest.mark.parametrize(("lang", "phrase"), [("de", "heute um 7 Uhr"), ("ko", "오늘 7시")])
def test_a_word_for_today_keeps_the_day(lang: str, phrase: str) -> None:
    found = tag(phrase, NIGHT, prefer="future", lang=lang)
    assert [m.value for m in found] == ["2019-03-06T07:00"], [(m.text, m.value) for m in found]


def test_without_such_a_word_the_time_moves() -> None:
    assert [m.value for m in tag("um 7 Uhr", NIGHT, prefer="future", lang="de")] == [
        "2019-03-07T07:00"]
    assert [m.value for m in tag("um 9 Uhr", NIGHT, prefer="past", lang="de")] == [
        "2019-03-06T21:00"]


def test_another_languages_word_is_not_read() -> None:
    # German "am" (on the) is no a.m.: the bare hour takes the nearer half, as "um 9 Uhr"
    found = tag("am Mittwoch um 9 Uhr", NIGHT, prefer="past", lang="de")
    assert [m.value for m in found] == ["2019-03-06T21:00"], [(m.text, m.value) for m in found]


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "pt", "ru", "ko"])
def test_each_language_lists_its_clock_words(lang: str) -> None:
    assert cues.words("clock_half_start", lang)
    assert cues.words("clock_same_day", lang)
    assert lang == "ko" or cues.words("clock_ahead_prep", lang)


@pytest.mark.parametrize(("lang", "phrase", "length"), [
    ("es", "en 2 horas", "La operación duró 2 horas."),
    ("pt", "em 2 horas", "A operação durou 2 horas."),
])
def test_the_languages_word_before_a_length_makes_it_a_time_ahead(lang: str, phrase: str,
                                                                  length: str) -> None:
    morning = datetime(2019, 3, 6, 8, 50)
    found = tag(phrase, morning, prefer="future", lang=lang)
    assert [(m.text, m.value) for m in found] == [(phrase, "2019-03-06T10:50")]
    assert [m.value for m in tag(length, morning, lang=lang)] == ["PT2H"]  # a length still
