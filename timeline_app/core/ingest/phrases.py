"""A list of phrase patterns tried as one alternation, but only the phrases a line can hold.

Most lines of a page are prose that holds none of the furniture phrases ("terms of use", "sign
up for our newsletter"), yet one alternation of fifty phrases is tried at every word of it. Each
phrase has some text every match of it must contain ("logged " in "(be )?logged (in|out)"):
a substring test, far cheaper than the regex, leaves out the phrases that cannot match, and the
rest run as one alternation, so matches are exactly those of the whole list.

The needed texts are looked for with ``in``: C-level substring tests cost a third of one regex
that finds them all (a trie must be entered at every common letter). They are filed under keys,
words they hold ("become" for "become a member" and "become a donor"), and a line is searched
for the texts of a key only when it holds the key.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline_app.core.regex_needs import compile_fast, required_text, selective, width

__all__ = ["PhraseList"]

_FOLD = str.maketrans({"ı": "i", "ſ": "s"})


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
        needed = [texts if texts and all(map(selective, texts)) else None for texts in needed]
        self._always = frozenset(i for i, texts in enumerate(needed) if texts is None)
        holders: dict[str, set[int]] = {}  # needed text -> the phrases that need it
        for i, texts in enumerate(needed):
            for text in texts or ():
                holders.setdefault(text, set()).add(i)
        self._needs = _filed_under_keys({text: frozenset(ids) for text, ids in holders.items()})
        self._compiled = lru_cache(maxsize=256)(self._compile)
        self._widths = [width(p, re.IGNORECASE) for p in phrases] if whole_line else []
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
        # a leading boundary lets the engine skip most positions at once, and the look-ahead
        # for the phrases' first letters (compile_fast) most of the rest
        body = rf"\A(?:{body})\Z" if self._whole_line else rf"(?<![^\W_])(?:{body})"
        return compile_fast(body, re.IGNORECASE)

    def _for(self, text: str) -> re.Pattern[str] | None:
        """The alternation of the phrases whose needed text ``text`` holds, None if none.

        A whole line can only be one of the phrases as long as it is.
        """
        if self._whole_line:
            return self._of_length(len(text).bit_length())
        chosen = set(self._always)
        if self._needs:
            low = text.lower()
            # the two letters re matches as "i"/"s" that lower() keeps (isascii() costs nothing)
            if not low.isascii() and ("ı" in low or "ſ" in low):
                low = low.translate(_FOLD)
            for key, needs in self._needs:
                if key in low:
                    for needed, indexes in needs:
                        if needed in low:
                            chosen |= indexes
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


def _filed_under_keys(
    needs: dict[str, frozenset[int]],
) -> list[tuple[str, list[tuple[str, frozenset[int]]]]]:
    """The needed texts (with the phrases needing each) filed under keys: text every one holds.

    A text's key is its longest word, or a shorter key inside that word ("log" for "logged in"),
    so a line without the key holds none of the texts filed under it. Of two keys a text holds,
    the longer (rarer) one is taken.
    """
    words = {max(text.split(" "), key=len) for text in needs}
    keys = [word for word in words if not any(other in word for other in words - {word})]
    keys.sort(key=lambda key: (-len(key), key))
    filed: dict[str, list[tuple[str, frozenset[int]]]] = {}
    for text, indexes in needs.items():
        key = next(key for key in keys if key in text)
        filed.setdefault(key, []).append((text, indexes))
    return list(filed.items())
