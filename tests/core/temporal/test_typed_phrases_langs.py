"""Short phrases typed in German, French, Spanish, Russian and Korean (``typed_phrases_langs``).

Written with their values before the tagger first ran on them: 95 of 98 right then ("3. Quartal
2021", "die 80er Jahre", "내일 아침" missed). The second table (``typed_phrases_langs2``, another
anchor) had 74 of 81 right at its first run ("übernächste Woche", "zweite Jahreshälfte 2023",
"die 90er", "anoche", "в первом полугодии 2023 года", "어젯밤" missed; "지난주 화요일" was a slip of
the table, last week's Tuesday, not this week's); the third (``typed_phrases_langs3``, phrases
of the agency wire) 155 of 166. The language is not given: as ``tag --jsonl``
does, the detector's guess is weighed against the grammar that covers the phrase best.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.ingest.language import detect_language
from timeline_app.core.temporal import lexicon, tag
from timeline_app.core.temporal.language_fit import fitting_language

from . import typed_phrases_langs, typed_phrases_langs2, typed_phrases_langs3

WRITTEN_ALIKE = {"esta semana": {"es", "pt"}}
"""Phrases that are the same words in two languages: either may be named (the value is one)."""

CASES = [(table.ANCHOR, *row) for table in (typed_phrases_langs, typed_phrases_langs2,
                                            typed_phrases_langs3)
         for row in table.PHRASES]


@pytest.mark.parametrize("anchor, lang, phrase, value", CASES)
def test_a_typed_phrase_in_its_language(anchor: str, lang: str, phrase: str, value: str) -> None:
    found = fitting_language(phrase, detect_language(phrase), lexicon.languages())
    if any(ch.isalpha() for ch in phrase):  # digits alone name no language, and need none
        assert found == lang or found in WRITTEN_ALIKE.get(phrase, ())
    mentions = tag(phrase, date.fromisoformat(anchor), lang=found)
    assert [m.value for m in mentions] == [value]
