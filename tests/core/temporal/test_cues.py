"""The cue words of the story model and the tense reader are data (``cues.txt``) per language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline_app.core.resources import resource
from timeline_app.core.temporal import cues, lexicon

_READERS = [Path(cues.__file__).with_name(name)
            for name in ("tense.py", "participle.py", "norm_anniversary.py", "ranges.py", "norm_relative.py",
                         "day_time.py", "norm_amounts.py", "resolve.py", "norm_dates.py",
                         "clock_anchor.py")]
# Every kind the code asks for: the story model's, and the calls alternation("x"), words("x"), word_set("x"),
# _is("x"), a("x") of the other readers, read from their source; the grammar's word_set("x") (its
# words("x") reads the word lists).
_KINDS = sorted(set(cues.STORY_KINDS) | {kind for src in _READERS for kind in re.findall(
    r"""(?:alternation|words|word_set|_is|\ba)\(\s*["']([a-z_]+)["']""", src.read_text())}
    | set(re.findall(r"""word_set\(\s*["']([a-z_]+)["']""",
                     Path(cues.__file__).with_name("grammar.py").read_text())))


def test_the_code_asks_for_kinds() -> None:
    assert {"pluperfect_ending", "aside_open", "deadline", "plan_verb", "reported",
            "event_date_link"} <= set(_KINDS)


@pytest.mark.parametrize("kind", _KINDS)
def test_english_lists_every_kind_the_code_reads(kind: str) -> None:
    assert cues.words(kind, "en"), f"en/cues.txt has no {kind!r}"


@pytest.mark.parametrize("lang", lexicon.languages())
def test_every_language_has_the_file_with_known_kinds(lang: str) -> None:
    path = Path(resource("rules")) / lang / "cues.txt"
    assert path.is_file()
    listed = {row[0] for row in lexicon.entries("cues", lang)}
    assert listed <= set(_KINDS), listed - set(_KINDS)


def test_a_kind_a_language_leaves_out_matches_nothing() -> None:
    """Without English words the checks see nothing: no English cue fires in another folder."""
    text = "The army, founded in 1998, had crossed the river born on"
    empty = [lang for lang in lexicon.languages() if not lexicon.entries("cues", lang)]
    for lang in empty:
        for name in ("pluperfect", "aside_open", "opening_aside", "background_cue"):
            assert cues._pattern(name, lang).search(text) is None, (lang, name)
    assert cues._pattern("pluperfect", "en").search(text) is not None
    assert cues._pattern("aside_open", "en").search("The army, founded in ") is not None
