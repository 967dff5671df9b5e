"""Which grammar reads a short phrase best, when a detector's guess has too little to go on.

A language detector needs sentences: on "may 5", "Q2 2017" or "two decades ago" it guesses
Spanish or German about as often as English (py3langid gives such phrases probabilities
between 0.2 and 0.6). A phrase typed by a user, a caption or a headline fragment is exactly
that short. The grammars themselves are better evidence there: the language whose rules
cover the most of the phrase is the one it is written in. On a tie the detector's guess stands,
then English, the press's lingua franca.
"""

from __future__ import annotations

from . import lexicon
from .recognition import recognise

__all__ = ["SHORT_TEXT", "fitting_language"]

SHORT_TEXT = 64
"""Texts up to this many characters are short enough for the grammars to decide."""


def _covered(text: str, lang: str) -> int:
    """How many letters and digits of ``text`` the matches of ``lang``'s grammar hold."""
    matches = recognise(text, lang).matches
    return sum(sum(ch.isalnum() for ch in text[m.start:m.end]) for m in matches)


def fitting_language(text: str, detected: str, candidates: tuple[str, ...] | None = None) -> str:
    """``detected``, unless ``text`` is short and another grammar covers more of it.

    ``candidates`` are the languages to try (default: every language with a grammar). Only
    texts in the Latin script are weighed: Hangul and Cyrillic name their language already.
    """
    if len(text) > SHORT_TEXT or any(ch.isalpha() and ord(ch) > 0x24F for ch in text):
        return detected
    langs = candidates if candidates is not None else lexicon.languages()
    order = [detected] + [lang for lang in (lexicon.DEFAULT_LANG, *langs) if lang != detected]
    order = list(dict.fromkeys(order))  # ties: the detector's guess, then English, then the rest
    most = sum(ch.isalnum() for ch in text)  # no grammar's matches hold more than all of it
    best, best_cover = detected, _covered(text, detected)
    for lang in order[1:]:
        if best_cover >= most:
            break  # only more wins: the other grammars need not even be loaded
        cover = _covered(text, lang)
        if cover > best_cover:
            best, best_cover = lang, cover
    return best
