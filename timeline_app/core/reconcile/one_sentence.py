"""Two dates in one sentence tell two happenings, unless one restates the other.

"The resignation last Tuesday ... is the first casualty of the flood that hit the town earlier
this month": the month holds the Tuesday, and the two events share every word of their sentence,
so wording alone would call them one happening said twice. A sentence that dates two things
differently tells two; only a date restated beside the other ("earlier this month, on 3
October"; "on Wednesday (November 4)") is the same one. Both the cross-source stage
(``clustering.scored_pairs``) and a lone article (``lone_article.said_twice_pairs``) drop such
pairs, so a text clustered alone keeps the clusters of the whole run.
"""

from __future__ import annotations

import re

import numpy as np

from timeline_app.core.model import Event

__all__ = ["SentenceDates", "restated"]

_RESTATED = re.compile(r"[\s,;:()\[\]/–—-]*(?:\w{1,3}[\s,]+)?")
"""What may stand between a date and its restatement: punctuation, and a short word at most
(", on ", " el ", " am ": what the mention itself may leave out)."""


def restated(first: Event, second: Event) -> bool:
    """Whether one of two mentions of one sentence stands right beside the other."""
    a, b = sorted((first.mention, second.mention), key=lambda m: m.start)
    start = first.sentence_start
    gap = first.sentence[a.end - start:b.start - start] if b.start >= a.end else ""
    return _RESTATED.fullmatch(gap) is not None


LONG_DAYS = 800
"""Events longer than this (the Blocker's decade level) are left out: an archive's windows score
them without their sentences (``story.long_events``), and must score them as the whole run."""


class SentenceDates:
    """Per event: its article and sentence, and its dates, as columns for pairs in bulk."""

    def __init__(self, events: list[Event]) -> None:
        self.events = events
        n = len(events)
        codes: dict[tuple[str, int], int] = {}
        self.sentence = np.fromiter(
            (codes.setdefault((e.article_id, e.sentence_start), len(codes))
             if e.interval.days <= LONG_DAYS else -1 - k for k, e in enumerate(events)),
            np.int64, n)  # (a long event: a sentence of its own)
        self.begin = np.fromiter((e.interval.begin.toordinal() for e in events), np.int64, n)
        self.end = np.fromiter((e.interval.end.toordinal() for e in events), np.int64, n)

    def apart(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Per pair ``(i, j)``: two events one sentence dates differently (not restated)."""
        out = (self.sentence[i] == self.sentence[j]) & (
            (self.begin[i] != self.begin[j]) | (self.end[i] != self.end[j]))
        for k in np.flatnonzero(out).tolist():
            out[k] = not restated(self.events[int(i[k])], self.events[int(j[k])])
        return out
