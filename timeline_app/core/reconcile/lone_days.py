"""A day that an article gives to one happening only: evidence that two such reports agree.

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
from timeline_app.core.reconcile.signatures import EventText, dateline_end, name_keys, plain_stems

__all__ = [
    "LONE_DAY",
    "LONE_DAY_KEY",
    "LONE_DAY_STORY",
    "actors",
    "lone_day_reports",
    "unlike",
]

LONE_DAY = 0.3
"""What two reports add when each is its article's only report of that day."""
LONE_DAY_STORY = 0.15
"""Least likeness of the two articles' story keys (cosine) for that to count: well above the
likeness of two stories of one town (a dam's evacuation and a budget vote on one Tuesday)."""
LONE_DAY_KEY = "\x00lone-day "
"""With the day appended, a blocking key the lone reports of one day share, so that they are
compared even with no word in common (never a word: words hold no control character)."""


def lone_day_reports(events: list[Event], texts: Mapping[str, EventText]) -> np.ndarray:
    """Per event: day-precise, worded, and the only such event of its article on that day.

    Fragments (a dateline's date, with nothing said) are not reports and do not count.
    """
    worded = [e.interval.days <= 1 and bool(texts[e.event_id].stems) for e in events]
    count = Counter((e.article_id, e.interval) for e, w in zip(events, worded, strict=True) if w)
    return np.fromiter(
        (w and count[(e.article_id, e.interval)] == 1 for e, w in zip(events, worded, strict=True)),
        bool,
        len(events),
    )


_FIRST_WORD = re.compile(r"\W*\w+")


def actors(event: Event) -> frozenset[str]:
    """Keys of the names a report gives past its first word (a capital there proves nothing)."""
    sentence = _said(event)
    first = _FIRST_WORD.match(sentence)
    return frozenset(name_keys(sentence[first.end() if first else 0 :]))


def unlike(
    events: list[Event], texts: Mapping[str, EventText], i: np.ndarray, j: np.ndarray
) -> np.ndarray:
    """Per pair: actors named and none in common, or no plain word shared by the clauses.

    What was done must be shared ("talks" and "talks"), not merely who is about ("minister" in
    a clause about talks and in another about a wreath).
    """
    out = np.zeros(len(i), bool)
    for p, (a, b) in enumerate(zip(i.tolist(), j.tolist(), strict=True)):
        x, y = actors(events[a]), actors(events[b])
        done = texts[events[a].event_id].clause & texts[events[b].event_id].clause
        words = done & plain_stems(_said(events[a])) & plain_stems(_said(events[b]))
        out[p] = bool(x) and bool(y) and not x & y or not words
    return out


def _said(event: Event) -> str:
    return event.sentence[dateline_end(event.sentence) :]
