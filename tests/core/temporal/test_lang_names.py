"""Month and weekday names of the language folders are dateparser's (CLDR), regenerated here."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from timeline_app.core.resources import resource
from timeline_app.core.temporal import lexicon

_SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "gen_rule_names.py"
_spec = importlib.util.spec_from_file_location("gen_rule_names", _SCRIPT)
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)


@pytest.mark.parametrize("lang", gen.LANGUAGES)
def test_the_name_lists_are_what_the_generator_writes(lang):
    for name, text in gen.files(lang).items():
        on_disk = (resource("rules", lang) / name).read_text(encoding="utf-8")
        assert on_disk == text, f"{lang}/{name}: run python scripts/gen_rule_names.py"


@pytest.mark.parametrize(
    ("lang", "word", "month"),
    [("ru", "марта", "03"), ("ru", "марте", "03"), ("ko", "3월", "03"), ("de", "märz", "03"),
     ("fr", "août", "08"), ("es", "octubre", "10")],
)  # fmt: skip
def test_inflected_and_accented_month_names_are_known(lang, word, month):
    assert lexicon.table("months", lang)[word] == month


def test_abbreviations_never_stand_alone():
    kinds = {row[0]: row[2] for row in lexicon.entries("months", "es")}
    assert kinds["mayo"] == "full" and kinds["may"] == "abbr" and kinds["ago"] == "abbr"
    kinds = {row[0]: row[2] for row in lexicon.entries("months", "ru")}
    assert kinds["март"] == "full" and kinds["сент"] == "abbr"


@pytest.mark.parametrize("lang", lexicon.languages())
def test_every_name_of_every_folder_has_its_number(lang):
    """A name of 13 letters ("понедельникам") once ran into its column: "понедельникам 1"."""
    for file in ("months", "weekdays"):
        for row in lexicon.entries(file, lang):
            assert len(row) >= 2 and row[1].isdigit() and " " not in row[0], (lang, file, row)
