"""Month, weekday and season names are a date's words in every language with rules, not names or
deeds: read from ``resources/rules/<lang>/`` (months.txt, weekdays.txt, seasons.txt)."""

from __future__ import annotations

import pytest

from timeline_app.core.reconcile.signatures import _CALENDAR, _WORD, name_keys, plain_stems
from timeline_app.core.temporal import lexicon


@pytest.mark.parametrize(("text", "names", "stems"), [
    ("Mardi Duval a signé le décret de juin, publié en mars.", {"duval"}, {"cret", "publi", "sign"}),
    ("Dienstag unterschrieb Lindqvist im Juni den Erlass.", {"erlas", "lindq"}, {"den", "unters"}),
    ("Martes Quiroga firmó en junio el decreto.", {"quiro"}, {"decret", "firm"}),
])
def test_another_languages_months_and_weekdays_are_not_names_or_content(
        text: str, names: set[str], stems: set[str]) -> None:
    """Before, only English names were dropped: "Mardi", "Juni" were actors, "mars" a deed."""
    assert name_keys(text) == names
    assert plain_stems(text) == stems


@pytest.mark.parametrize("lang", [lang for lang in lexicon.languages() if lang != "en"])
def test_each_languages_full_names_are_calendar_words(lang: str) -> None:
    """Every month, weekday and season name the word reader reads whole is one (not only en's)."""
    rows = [*lexicon.entries("months", lang), *lexicon.entries("weekdays", lang),
            *lexicon.entries("seasons", lang)]
    whole = [row[0].lower() for row in rows if row[2:3] != ("abbr",)
             and _WORD.findall(row[0]) == [row[0]]]
    assert whole, f"{lang}: no name read whole"
    assert set(whole) <= _CALENDAR
