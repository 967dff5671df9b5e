"""A second table of short phrases typed in the five other languages (``typed_phrases_langs2``).

Written with their values before the tagger first ran on them: 95 of 98 right then ("3. Quartal
2021", "die 80er Jahre", "내일 아침" missed). The language is not given: as ``tag --jsonl`` does,
the detector's guess is weighed against the grammar that covers the phrase best.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.ingest.language import detect_language
from timeline_app.core.temporal import lexicon, tag
from timeline_app.core.temporal.language_fit import fitting_language

from .typed_phrases_langs2 import ANCHOR, PHRASES


@pytest.mark.parametrize("lang, phrase, value", PHRASES)
def test_a_typed_phrase_in_its_language(lang: str, phrase: str, value: str) -> None:
    found = fitting_language(phrase, detect_language(phrase), lexicon.languages())
    if any(ch.isalpha() for ch in phrase):  # digits alone name no language, and need none
        assert found == lang
    mentions = tag(phrase, date.fromisoformat(ANCHOR), lang=found)
    assert [m.value for m in mentions] == [value]
