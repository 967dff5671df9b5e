"""Cue words and the story model's cue patterns, built from each language's ``cues.txt``.

The shapes of the checks (a participle, then a preposition, then the date) are the code's; the
words are the language's (the story model's here, the tense reader's in tense.py). A kind a
language does not list matches nothing, so its check sees nothing there rather than English
words.
"""

from __future__ import annotations

import re
from functools import cache

from timeline_app.core.regex_needs import compile_fast

from . import lexicon

__all__ = ["STORY_KINDS", "alternation", "pattern", "word_set", "words"]

_NEVER = r"(?!)"


@cache
def words(kind: str, lang: str) -> tuple[str, ...]:
    """The words of ``kind`` in ``lang``'s ``cues.txt``."""
    for row in lexicon.entries("cues", lang):
        if row[0] == kind and len(row) > 1:
            return tuple(w.strip() for w in row[1].split("|") if w.strip())
    return ()


@cache
def word_set(kind: str, lang: str) -> frozenset[str]:
    """The words of ``kind`` as a set, for lookups of single words."""
    return frozenset(words(kind, lang))


def alternation(kind: str, lang: str, capital: bool = False) -> str:
    """A regex alternation of the words of ``kind`` (never matching when there are none).

    ``capital`` lets the first letter be a capital too ("[Tt]he") in a case-sensitive pattern.
    """
    found = words(kind, lang)
    if not found:
        return _NEVER
    out = []
    for w in found:
        body = re.escape(w).replace(r"\ ", r"\s+")
        if capital and w[:1].isalpha():
            body = f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}"
        out.append(body)
    return "|".join(out)


STORY_KINDS = (
    "point_prep", "determiner", "name_link", "range_open", "range_link", "flashback_aux",
    "flashback_adverb", "flashback_not_after", "pluperfect_ending", "pluperfect_word",
    "background", "background_prep", "aside_open", "aside_ending", "participle",
    "participle_ending", "story_aside_adverb", "story_aside_prep", "opening_prep")
"""The kinds of ``cues.txt`` the story model reads (tense.py reads its own)."""


def _build(name: str, lang: str) -> re.Pattern[str]:
    a = {kind: alternation(kind, lang) for kind in STORY_KINDS}
    det = rf"(?:(?:{a['determiner']})\s+)?"
    if name == "point_before":  # "in 1998": a point of the story
        return compile_fast(rf"\b(?:{a['point_prep']})\s+$", re.IGNORECASE)
    if name == "the_before":  # "the 1906 earthquake": a name
        return compile_fast(rf"\b(?:{alternation('determiner', lang, capital=True)})\s+$")
    if name == "named_of":  # "the Louisiana Purchase of 1803"
        return compile_fast(rf"\b[A-Z][a-z]+\s+(?:{a['name_link']})\s+$")
    if name == "range_link":
        return re.compile(rf"\s*(?:[-\u2013]|{a['range_link']})\s*", re.IGNORECASE)
    if name == "range_open":
        return compile_fast(rf"\b(?:{a['range_open']})\s+(?:\w+\s+)?$", re.IGNORECASE)
    if name == "pluperfect":  # "It had crossed the river on 2 May"
        not_after = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in words("flashback_not_after",
                                                                         lang))
        return compile_fast(
            rf"{not_after}\b(?:{a['flashback_aux']})\s+(?:(?:{a['flashback_adverb']})\s+)?"
            rf"(?:[a-z]+(?:{a['pluperfect_ending']})|{a['pluperfect_word']})\b")
    if name == "background_cue":  # "born on 3 March 1950"
        return compile_fast(rf"\b(?:{a['background']})\s+(?:(?:{a['background_prep']})\s+)?"
                            rf"{det}$", re.IGNORECASE)
    if name == "aside_open":  # ", founded in 1998,"
        return compile_fast(rf"(?:,\s*(?:{a['aside_open']}|[a-z]+(?:{a['aside_ending']}))\b|\()"
                            r"[^,;()]*$", re.IGNORECASE)
    if name == "story_aside_open":  # "its flagship, rebuilt in 1520,"
        return compile_fast(
            rf",\s*(?:(?:{a['story_aside_adverb']})\s+)?(?:{a['participle']}|[a-z]+"
            rf"(?:{a['participle_ending']}))\s+(?:{a['story_aside_prep']})\s+{det}$")
    if name == "opening_aside":  # "Founded in 2010, the chain ..."
        return re.compile(
            rf"[\"'\u201c(]?(?:{a['participle']}|[A-Za-z]+(?:{a['participle_ending']}))\s+"
            rf"(?:{a['opening_prep']})\s+{det}", re.IGNORECASE)
    raise KeyError(name)


@cache
def _pattern(name: str, lang: str) -> re.Pattern[str]:
    return _build(name, lang)


def pattern(name: str) -> re.Pattern[str]:
    """The compiled cue pattern ``name`` of the language being tagged."""
    return _pattern(name, lexicon.current())
