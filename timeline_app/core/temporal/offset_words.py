"""Which way an offset counts ("ago", "after", "später", "lendemain"), read from data.

A rule gives an offset's direction as a parameter (``dir=after``) or in its ``dir`` group, in
the words of its language; ``offsets.txt`` of each language folder maps those words to one of
the codes below, so the normalizers and the story pass never compare English words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import lexicon

__all__ = ["AHEAD", "CODES", "Direction", "direction"]

CODES = frozenset({"after", "before", "later", "earlier", "ago", "hence", "from"})
"""after/before: from an event; later/earlier: from a time told before; ago/hence: from the
anchor; from: "a week from Friday"."""

AHEAD = frozenset({"after", "later", "hence", "from"})


@dataclass(frozen=True)
class Direction:
    """An offset's direction: its code, whether the text wrote it, and a day to start from."""

    code: str
    written: bool = False
    day: int | None = None  # "a week from tomorrow": counted from the anchor plus one day

    @property
    def sign(self) -> int:
        return 1 if self.code in AHEAD else -1


@cache
def _words(lang: str) -> dict[str, tuple[str, int | None]]:
    return {row[0].lower(): (row[1], int(row[2]) if len(row) > 2 else None)
            for row in lexicon.entries("offsets", lang)}


def direction(groups: dict[str, str | None], params: dict[str, str],
              default: str | None = "ago") -> Direction | None:
    """The direction a match gives: its ``dir``/``dir2`` words, else its ``dir`` parameter.

    None when the words are not in the language's ``offsets.txt`` (the rule and the data
    disagree: nothing is guessed), or when nothing gives one and there is no ``default``.
    """
    written = groups.get("dir") or groups.get("dir2")
    if written:
        found = _words(lexicon.current()).get(" ".join(written.lower().split()))
        return Direction(found[0], True, found[1]) if found else None
    code = params.get("dir") or default
    return Direction(code) if code in CODES else None
