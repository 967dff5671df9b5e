"""A second way two articles are about one story: a name and the words of their opening lines.

Story keys (``signatures.story_keys``: names of the title and lead, stems of the title) relate
reports that name the story's actors. A blog post or a small local page often names only the
town ("Thoughts from a Korvel nurse", "Mops and buckets: Marnholt marches") and tells the rest in
plain words: what a human matches it on is the town *and* what happened there ("mops, buckets
and a banner ... to the town hall"). Two articles are alike so when they share a name and
several plain words of their opening lines (:func:`lede_related`).

Pair-local on purpose: the decision rests on the two articles' own texts only, never on the
other articles of the folder, so an archive checked a related group at a time relates the same
pages as the whole run (``story.anchor_groups``). A name here is a capitalised word after a
lower-case one (not a sentence's or a line's first word: "Many said", "Owners of"), in any
script with letter case, and not a common noun written with a capital ("Health Minister") when
either text writes it in lower case too.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from timeline_app.core.reconcile.signatures import _CALENDAR, _CYRILLIC, _FUNCTION, _WORD, stem

__all__ = ["LEDE", "LEDE_SHARE", "LEDE_WORDS", "NAME", "OPENER", "LedeIndex", "capitals",
           "lede_related", "lede_signature", "shared_names"]

LEDE = 700
"""Characters of the text read with the title, as for story keys."""
LEDE_WORDS = 5
"""Plain words (stems of four letters or more) two openings must share, besides a name."""
LEDE_SHARE = 0.2
"""... and the share of the smaller opening's plain words they must make up."""
NAME = "@"
"""The mark of a name among the keys of a signature (plain stems are lower-case letters)."""
OPENER = "^"
"""The mark of a capitalised word that opens a sentence or a line: a name or not."""
_OPENERS = frozenset(".!?:;|\n—–-\"“”'‘’(")


@lru_cache(maxsize=4096)
def lede_signature(title: str, text: str) -> frozenset[str]:
    """The plain stems of the title and opening lines, and their names marked with :data:`NAME`."""
    keys: set[str] = set()
    for part in (title, text[:LEDE]):
        for m in _WORD.finditer(part):
            w = m.group()
            low = w.lower()
            if len(w) < 3 or low in _FUNCTION or low in _CALENDAR:
                continue
            if w.islower():
                if len(w) > 3:
                    keys.add(stem(w))
            elif w[0].isupper() and not w.isupper():
                mark = NAME if _after_a_word(part, m.start()) else OPENER
                keys.add(mark + stem(low.translate(_CYRILLIC)))
    return frozenset(keys)


def _after_a_word(text: str, at: int) -> bool:
    """Whether a lower-case word comes before ``at`` in its sentence (not its first word)."""
    before = text[:at].rstrip(" \t")
    return bool(before) and before[-1] not in _OPENERS and not before[-1].isdigit()


def capitals(signature: frozenset[str]) -> set[str]:
    """The capitalised words of a signature, without their marks (what an index is keyed by)."""
    return {k[1:] for k in signature if k[0] in (NAME, OPENER)}


def shared_names(a: frozenset[str], b: frozenset[str]) -> set[str]:
    """The names both texts write that neither also writes as a plain word.

    A name opening a sentence in one text ("KORVEL - Korvel University Hospital sent") counts
    when the other writes it inside one: a word both only open sentences with ("Many said")
    is no name.
    """
    return {NAME + k for k in capitals(a) & capitals(b)
            if (NAME + k in a or NAME + k in b) and k not in a and k not in b}


def lede_related(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two articles' signatures share a name and enough plain words to be one story."""
    if not shared_names(a, b):
        return False
    plain = sum(1 for k in a & b if k[0] not in (NAME, OPENER))
    smaller = min(sum(1 for k in s if k[0] not in (NAME, OPENER)) for s in (a, b))
    return plain >= LEDE_WORDS and plain >= LEDE_SHARE * smaller


class LedeIndex:
    """The articles whose signatures are :func:`lede_related` to one, found through an index.

    Plain words are counted through the rows holding each (as story keys are, in bulk): only
    the rows sharing :data:`LEDE_WORDS` of them are compared in full. The cost grows with the
    words shared, not with the archive squared, even when one town's name is on every page.
    """

    def __init__(self, signatures: Sequence[frozenset[str]]) -> None:
        self.signatures = signatures
        rows: dict[str, list[int]] = {}
        for row, signature in enumerate(signatures):
            for key in sorted(signature):
                if key[0] not in (NAME, OPENER):
                    rows.setdefault(key, []).append(row)
        self.rows = {key: np.array(r, np.int64) for key, r in rows.items()}

    def alike(self, signature: frozenset[str], itself: int = -1) -> list[int]:
        """The rows (ascending) alike to ``signature``; never the row ``itself``."""
        lists = [r for key in signature if (r := self.rows.get(key)) is not None]
        if not lists:
            return []
        shared = np.bincount(np.concatenate(lists), minlength=len(self.signatures))
        if 0 <= itself < len(shared):
            shared[itself] = 0
        return [row for row in np.flatnonzero(shared >= LEDE_WORDS).tolist()
                if lede_related(signature, self.signatures[row])]
