"""Whether a full stop after an abbreviation also ends the sentence ("at 4 p.m. Crews arrived").

A sentence that ends on "p.m.", "U.S." or "Inc." takes no second full stop, so a splitter that
reads every such stop as part of the abbreviation runs two sentences together, and a clock time
then dates an event of the next one. The abbreviations and the words that open sentences are data
(``resources/rules/<lang>/abbreviations.txt``); a language without that file is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from timeline_app.core.resources import resource

from . import lexicon

__all__ = ["ends_sentence", "sentence_ends"]

_STOP = re.compile(r"\.(?=\s)")
_NEXT = re.compile(r"\s+[\"'(\u201c\u00ab]?([^\W\d_][\w'\u2019-]*)")


@cache
def _kinds(lang: str) -> dict[str, str]:
    if not resource("rules", lang, "abbreviations.txt").is_file():
        return {}
    return {row[0]: row[1] for row in lexicon.entries("abbreviations", lang) if len(row) > 1}


@cache
def _calendar(lang: str) -> frozenset[str]:
    return frozenset(row[0] for name in ("months", "weekdays")
                     for row in lexicon.entries(name, lang))


def _kind(word: str, lang: str) -> str:
    kinds = _kinds(lang)
    return kinds.get(word) or kinds.get(word.lower(), "")


def sentence_ends(text: str, start: int, end: int, lang: str) -> Iterator[int]:
    """Offsets in ``text[start:end]`` of the full stops of abbreviations that end a sentence.

    Found from the full stops before a space (a literal search, cheap) rather than by a pattern
    of every abbreviation, which the regex engine would try at every position.
    """
    if not _kinds(lang):
        return
    for m in _STOP.finditer(text, start, end):
        dot = m.start()
        if ends_sentence(text, dot, lang):
            yield dot


def ends_sentence(text: str, dot: int, lang: str) -> bool:
    """Whether the full stop at ``text[dot]``, closing an abbreviation, also closes the sentence."""
    words = text[max(0, dot - 12):dot + 1].split()
    if not words:
        return False
    kind = _kind(words[-1].lstrip("(\"'\u201c"), lang)
    if kind not in ("time", "final"):
        return False
    after = _NEXT.match(text, dot + 1)
    if after is None or not after.group(1)[0].isupper():
        return False
    word = after.group(1)
    if kind == "final":
        return _kinds(lang).get(word) == "opener"
    return word not in _calendar(lang) and not (len(word) > 1 and word.isupper())
