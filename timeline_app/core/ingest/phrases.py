"""A list of phrase patterns tried as one alternation, but only the phrases a line can hold.

Most lines of a page are prose that holds none of the furniture phrases ("terms of use", "sign
up for our newsletter"), yet one alternation of fifty phrases is tried at every word of it. Each
phrase has some text every match of it must contain ("logged " in "(be )?logged (in|out)"):
a substring test, far cheaper than the regex, leaves out the phrases that cannot match, and the
rest run as one alternation, so matches are exactly those of the whole list.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from re import _constants as sre  # the parsed form of a pattern: CPython's own, 3.11 on
from re import _parser

from timeline_app.core.temporal.lexicon import trie_regex

__all__ = ["PhraseList", "required_text"]

MIN_NEEDED = 3
"""A phrase is tried on every line when the words it needs are shorter ("of", "a")."""


def _selective(text: str) -> bool:
    """Rare enough in prose to be worth looking for: a longer piece, or only marks ("/")."""
    return len(text) >= MIN_NEEDED or not any(c.isalnum() or c.isspace() for c in text)


_SPACES = re.compile(r"\s+")
_FOLD = str.maketrans({"ı": "i", "ſ": "s"})
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required_text(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings, one of which every match of ``pattern`` contains (lower-cased); None if unknown."""
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None
    return _best(_requirements(list(parsed)))


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective requirement: rare pieces first, then the longest shortest piece.

    "/" wins over "ap|afp" (see ``_selective``), "logged " over "in".
    """
    return max(options, key=lambda texts: (all(map(_selective, texts)), min(map(len, texts))),
               default=None)  # fmt: skip


def _requirements(items: list) -> list[frozenset[str]]:
    """Each entry: a set of strings one of which any match of the sequence ``items`` contains."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append(frozenset({"".join(run).lower()}))
            run = []
        inner: frozenset[str] | None = None
        if op is sre.SUBPATTERN:
            inner = _best(_requirements(list(av[3])))
        elif op is sre.BRANCH:
            each = [_best(_requirements(list(branch))) for branch in av[1]]
            if all(each):
                inner = frozenset().union(*each)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            inner = _best(_requirements(list(av[2])))
        if inner:
            found.append(inner)
    if run:
        found.append(frozenset({"".join(run).lower()}))
    return [texts for texts in found if all(texts)]


def _width(pattern: str) -> tuple[int, int]:
    """The fewest and most characters a match of ``pattern`` can span (unbounded: no limit)."""
    try:
        low, high = _parser.parse(pattern, re.IGNORECASE).getwidth()
    except re.error:
        return 0, sys.maxsize
    return low, high


class PhraseList:
    """Phrase patterns (case-insensitive), searched as one alternation of the possible ones.

    ``search`` and ``match`` find the spans, and ``count`` the number of matches, that the
    compiled alternation of every phrase would. ``whole_line`` anchors the alternation at both
    ends (for ``match``); such a list tries the phrases that can be as long as the line.
    """

    def __init__(self, phrases: tuple[str, ...], *, whole_line: bool = False) -> None:
        self._phrases = phrases
        self._whole_line = whole_line
        needed = [None if whole_line else required_text(p, re.IGNORECASE) for p in phrases]
        needed = [texts if texts and all(map(_selective, texts)) else None for texts in needed]
        self._every = frozenset(range(len(phrases)))
        self._always = frozenset(i for i, texts in enumerate(needed) if texts is None)
        self._holders: dict[str, set[int]] = {}  # needed text -> the phrases that need it
        for i, texts in enumerate(needed):
            for text in texts or ():
                self._holders.setdefault(text, set()).add(i)
        # every needed text found at every position: a zero-width match tries each position,
        # and the longest text found there also stands for the shorter ones it begins with
        self._finder = (
            re.compile(f"(?=({trie_regex(self._holders)}))") if self._holders else None
        )
        self._implied = {
            text: frozenset(i for short in self._holders if text.startswith(short)
                            for i in self._holders[short])
            for text in self._holders
        }  # fmt: skip
        self._compiled = lru_cache(maxsize=256)(self._compile)
        self._widths = [_width(p) for p in phrases] if whole_line else []
        self._of_length = lru_cache(maxsize=64)(self._fitting)

    def _fitting(self, bits: int) -> re.Pattern[str] | None:
        """A whole-line alternation of the phrases that can be as long as a line of ``bits``.

        Lengths go by powers of two (a line of 100 characters is in 64..127), so a handful of
        alternations are compiled, not one per length.
        """
        shortest, longest = (1 << bits) >> 1, (1 << bits) - 1
        chosen = tuple(i for i, (low, high) in enumerate(self._widths)
                       if low <= longest and high >= shortest)  # fmt: skip
        return self._compiled(chosen) if chosen else None

    def _compile(self, chosen: tuple[int, ...]) -> re.Pattern[str]:
        body = "|".join(f"(?:{self._phrases[i]})" for i in chosen)
        # a leading boundary lets the engine skip most positions at once
        body = rf"\A(?:{body})\Z" if self._whole_line else rf"(?<![^\W_])(?:{body})"
        return re.compile(body, re.IGNORECASE)

    def _for(self, text: str) -> re.Pattern[str] | None:
        """The alternation of the phrases whose needed text ``text`` holds, None if none.

        A whole line can only be one of the phrases as long as it is.
        """
        if self._whole_line:
            return self._of_length(len(text).bit_length())
        chosen = set(self._always)
        if self._finder is not None:
            low = text.lower()
            if "ı" in low or "ſ" in low:  # the two letters re matches as "i"/"s" that lower() keeps
                low = low.translate(_FOLD)
            for found in set(self._finder.findall(low)):
                # the trie reads a space as any run of spaces
                chosen |= self._implied.get(_SPACES.sub(" ", found), self._every)
        return self._compiled(tuple(sorted(chosen))) if chosen else None

    @property
    def pattern(self) -> re.Pattern[str]:
        """The alternation of every phrase."""
        return self._compiled(tuple(range(len(self._phrases))))

    def search(self, text: str) -> re.Match[str] | None:
        regex = self._for(text)
        return regex.search(text) if regex else None

    def match(self, text: str) -> re.Match[str] | None:
        regex = self._for(text)
        return regex.match(text) if regex else None

    def count(self, text: str) -> int:
        """How many phrases ``text`` holds (non-overlapping, leftmost first)."""
        regex = self._for(text)
        return sum(1 for _ in regex.finditer(text)) if regex else 0
