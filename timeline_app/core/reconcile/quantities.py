"""Quantities a report says: the same count told in other words and other languages.

Two outlets of one story seldom share a word when one writes in Russian and the other in
English, but they give the same count: "about three thousand people walked to the town hall",
"около трёх тысяч жителей прошли маршем". A count is read from figures ("3,000", "3.000",
"212") or number words of every language the tagger knows (``resources/rules/*/numbers.txt``),
times a scale word ("thousand", "mille", "тысяч": ``resources/reconcile/number_scales.txt``).
Only counts of :data:`LEAST` or more count: small numbers (two days, ten people) and a date's
day are said by too many reports; a bare four-figure number is most often a year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

import numpy as np

from timeline_app.core.model import Event
from timeline_app.core.reconcile.signatures import dateline_end
from timeline_app.core.resources import read_text
from timeline_app.core.temporal.lexicon import languages, table

__all__ = ["LEAST", "SharedCounts", "quantities"]

LEAST = 100
"""The least count two reports must share: below it, numbers are too common to say anything."""

_FIGURES = re.compile(r"(?<![\w.,:/-])(\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+[.,]\d{1,2}|\d+)"
                      r"(?![\w:/-]|[.,]\d)")
"""A count in figures: thousands apart ("3,000", "3.000", "3 000"), a fraction of a scale ("1.5
million", "1,5 Millionen"), or plain digits."""
_WORD = re.compile(r"\w+")


@cache
def _scales() -> dict[str, int]:
    found = {}
    for line in read_text("reconcile", "number_scales.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            word, factor = line.split()
            found[word.lower()] = int(factor)
    return found


@cache
def _number_words() -> dict[str, int]:
    """One-word numbers of every language ("three", "drei", "трёх").

    A word that two languages give two values is left out.
    """
    values: dict[str, set[int]] = {}
    for lang in languages():
        for word, value in table("numbers", lang).items():
            if value.isdigit() and " " not in word:
                values.setdefault(word, set()).add(int(value))
    return {w: next(iter(v)) for w, v in values.items() if len(v) == 1}


@lru_cache(maxsize=1 << 16)
def quantities(text: str) -> frozenset[int]:
    """The counts of :data:`LEAST` or more that ``text`` says, in figures or in words."""
    scales, numbers = _scales(), _number_words()
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)
             if not m.group().isdigit()]
    found = set()
    for m in _FIGURES.finditer(text):
        figure = m.group(1)
        factor = _factor_after(text, m.end(), scales)
        fraction = re.fullmatch(r"(\d+)[.,](\d{1,2})", figure)
        if fraction:  # "1.5 million"; without a scale, a decimal number is no count
            if factor > 1:
                found.add(round(float(f"{fraction[1]}.{fraction[2]}") * factor))
            continue
        if factor == 1 and figure.isdigit() and len(figure) == 4:
            continue  # a year
        found.add(int(re.sub(r"\D", "", figure)) * factor)
    for _, end, word in words:  # "three thousand", "a thousand"; "hundreds of" is no count
        if word in numbers:
            found.add(numbers[word] * _factor_after(text, end, scales))
    return frozenset(v for v in found if v >= LEAST)


def _factor_after(text: str, end: int, scales: dict[str, int]) -> int:
    m = _WORD.match(text, end + len(text[end:]) - len(text[end:].lstrip()))
    return scales.get(m.group().lower(), 1) if m is not None else 1


class SharedCounts:
    """Per pair of events: whether their sentences (past a dateline) say a count in common.

    Each event's counts are read once, when a pair first asks for them.
    """

    def __init__(self, events: Sequence[Event]) -> None:
        self.events = events
        self.found: dict[int, frozenset[int]] = {}

    def _of(self, k: int) -> frozenset[int]:
        if k not in self.found:
            said = self.events[k].sentence
            self.found[k] = quantities(said[dateline_end(said):])
        return self.found[k]

    def __call__(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        return np.fromiter((bool(self._of(a) & self._of(b))
                            for a, b in zip(i.tolist(), j.tolist(), strict=True)), bool, len(i))
