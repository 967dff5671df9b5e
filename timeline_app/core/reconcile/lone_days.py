"""A day that an article gives to one happening only: evidence that two such reports agree.

The same holds for a month or a year told once ("completed in 1987", "the last visit, in 2011"):
background that outlets repeat in their own words.

Outlets covering one story each tell what happened on a given day; when each of two articles of
that story reports a single happening on that day, those are most often the same happening told
in other words (a paraphrase, a translation, a report from another angle) even when they share
few words. Not so when:

- one article tells two happenings of that day (a concert and a fire on Saturday): the day is
  then no one's, and its reports must merge on their wording alone;
- the two reports name different actors (one minister meets the president, another the foreign
  minister, both on Thursday), or share no plain word (a bridge opened and a harbour flooded in
  one town on one day): the day alone cannot make them one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

import numpy as np

from timeline_app.core.model import Event
from timeline_app.core.reconcile.bulk_similarity import KeySets
from timeline_app.core.reconcile.signatures import EventText, dateline_end, name_keys, plain_stems

__all__ = [
    "LONE_DAY",
    "LONE_DAY_KEY",
    "LONE_DAY_STORY",
    "LONGEST",
    "actors",
    "lone_day_reports",
    "unlike",
]

LONE_DAY = 0.3
"""What two reports add when each is its article's only report of that day (month, year)."""
LONGEST = 366
"""The longest period (in days) a lone report may name: a year."""
LONE_DAY_STORY = 0.15
"""Least likeness of the two articles' story keys (cosine) for that to count: well above the
likeness of two stories of one town (a dam's evacuation and a budget vote on one Tuesday)."""
LONE_DAY_KEY = "\x00lone-day "
"""With the period appended, a blocking key the lone reports of one period share, so that they are
compared even with no word in common (never a word: words hold no control character)."""


def lone_day_reports(events: list[Event], texts: Mapping[str, EventText]) -> np.ndarray:
    """Per event: a day, month or year, worded, and its article's only report of that period.

    Fragments (a dateline's date, with nothing said) are not reports and do not count.
    """
    worded = [e.interval.days <= LONGEST and bool(texts[e.event_id].stems) for e in events]
    count = Counter((e.article_id, e.interval) for e, w in zip(events, worded, strict=True) if w)
    return np.fromiter(
        (w and count[(e.article_id, e.interval)] == 1 for e, w in zip(events, worded, strict=True)),
        bool,
        len(events),
    )


_FIRST_WORD = re.compile(r"\W*\w+")


def actors(event: Event, text: EventText) -> frozenset[str]:
    """Keys of the names a report gives past its first word (a capital there proves nothing)."""
    first = _FIRST_WORD.match(_said(event))
    if first is None:
        return text.names
    return text.names - name_keys(first.group())


def unlike(
    events: list[Event], texts: Mapping[str, EventText], i: np.ndarray, j: np.ndarray,
    read: dict[int, tuple[frozenset[str], frozenset[str], frozenset[str]]] | None = None,
) -> np.ndarray:
    """Per pair: actors named and none in common, or no plain word shared by the clauses.

    What was done must be shared ("talks" and "talks"), not merely who is about ("minister" in
    a clause about talks and in another about a wreath). ``read`` keeps what was read of each
    event between calls (one clustering asks a slice of pairs at a time).

    In bulk: each event's clause, actors and plain words of its clause become key sets, and
    a pair's shared keys are counted by :class:`~bulk_similarity.KeySets`; the words the two
    clauses share and both say plainly are those the two clauses' plain words share.
    """
    if not len(i):
        return np.zeros(0, bool)
    read = {} if read is None else read
    rows = np.unique(np.concatenate([i, j])).astype(np.int64)
    for k in rows.tolist():
        if k not in read:
            clause = texts[events[k].event_id].clause
            read[k] = (clause, actors(events[k], texts[events[k].event_id]),
                       clause & plain_stems(_said(events[k])))
    seen = [read[k] for k in rows.tolist()]
    a, b = np.searchsorted(rows, i), np.searchsorted(rows, j)

    def shares(field: int) -> np.ndarray:
        sets = [s[field] for s in seen]
        ids: dict[str, int] = {}
        for keys in sets:
            for key in keys:
                ids.setdefault(key, len(ids))
        return KeySets(sets, ids, np.ones(len(ids) + 1)).shared(a, b)[1] > 0

    named = np.fromiter((bool(s[1]) for s in seen), bool, len(seen))
    done = shares(0)
    return ~done | (named[a] & named[b] & ~shares(1)) | ~shares(2)


def _said(event: Event) -> str:
    return event.sentence[dateline_end(event.sentence) :]
