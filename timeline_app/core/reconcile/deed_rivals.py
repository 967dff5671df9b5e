"""A report's deed told by another article on its day: that article's report of it is its match.

"The ferry floated free this afternoon and was towed into Strandby by two tugs" tells, in the
clause of its date, the refloating; its tail tells the tow. An article that reports both on
that day ("Salvage crews refloated the ferry on Tuesday", "Two tugs brought the ship into
Strandby harbour in the afternoon") has a report of each: the words the tow's report shares
with the tail ("tugs", "Strandby") must not make the refloating's date the tow's, when the
refloating's own report stands beside it in that article.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from timeline_app.core.model import Event

__all__ = ["DeedRivals"]


class DeedRivals:
    """Per article and day, which of its reports tells each class of deed as its own."""

    def __init__(self, events: Sequence[Event], own: Sequence[frozenset[str]]) -> None:
        self.events, self.own = events, own
        self.tellers: dict[tuple[str, object, str], list[int]] = {}
        for k, (e, deeds) in enumerate(zip(events, own, strict=True)):
            for deed in deeds:
                self.tellers.setdefault((e.article_id, e.interval, deed), []).append(k)

    def told(self, in_j: np.ndarray, in_i: np.ndarray, i: np.ndarray, j: np.ndarray
             ) -> np.ndarray:
        """Per pair, whether its shared words tell one happening (``Unlikeness.same_words``).

        ``in_j``: ``j``'s sentence says words of ``i``'s clause; ``in_i``: the other way. Said
        one way only, the words are the other's tail, not what its date tells, and do not count
        where the first's article has that other's deed told by a report of its own.
        """
        told = in_j | in_i
        for one_way, mine, theirs in ((in_j & ~in_i, j, i), (in_i & ~in_j, i, j)):
            at = np.flatnonzero(one_way)
            told[at] = ~self.rivalled(mine[at], theirs[at])
        return told

    def rivalled(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Per pair: ``j``'s article tells a deed of ``i``'s own that day in another report.

        ``j`` itself tells none of ``i``'s own deeds: its rival is the better match of ``i``.
        """
        out = np.zeros(len(i), bool)
        for p, (a, b) in enumerate(zip(i.tolist(), j.tolist(), strict=True)):
            mine, theirs = self.own[a], self.own[b]
            if not mine or mine & theirs:
                continue
            other = self.events[b]
            out[p] = any(k != b for deed in sorted(mine) for k in self.tellers.get(
                (other.article_id, other.interval, deed), ()))
        return out
