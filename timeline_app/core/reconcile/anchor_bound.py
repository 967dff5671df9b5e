"""An exact upper bound on what any re-reading of an article can score, without re-reading it.

A search for a misdated page asks whether a day far from the page date gains enough agreement
to be a conflict; each such day is a re-reading of the article (the tagger resolving it against
that day), the costly part of a check. What a day can gain is bounded by its events' matches
alone: an event adds only where its reading overlaps a matched event, by at most the match's
similarity times the grain of the wider of the two, and one event has one reading. So the sum,
over the article's expressions, of the best one placement of each bounds every day's agreement,
whatever the day. When that bound (with the day's offsets, which need no reading) cannot gain
``MIN_GAIN`` over the page date, no far day is read at all: the answer is the same.

Only expressions whose matches are known count: the bound holds when every other expression of
the text is read from its words alone (the tagger's words-only memo) as an absolute date, the
same on every day and never weighed. Else the days are read as before.
"""

from __future__ import annotations

from datetime import date

from timeline_app.core.model import Article
from timeline_app.core.reconcile.anchor_evidence import UNCACHED_CHARS, grain_of
from timeline_app.core.temporal import recognise, resolve, text_memo

__all__ = ["CLASSES", "anchor_read_ids", "best_placement"]

CLASSES = ((1, 1.0), (7, 0.7), (31, 0.4), (100, 0.3), (366, 0.25), (None, 0.1))
"""Reading widths up to each bound (None: any), with the grain of that width (``grain_of``)."""

_JOINS_AT = 3
"""``join_day_and_time`` joins mentions only in a text of at most this many."""


def anchor_read_ids(article: Article, day: date) -> set[str] | None:
    """Ids of the events that may read the anchor; None when that cannot be told.

    Every other expression of the text is read from its words alone as absolute (or as
    nothing): on any day its reading is the same and weighs nothing. Whether an expression
    reads beyond its words is a property of its words (the tagger's words-only memo holds
    those that do not, once the text was resolved: if its memo was dropped, it is resolved
    again against ``day``). None for a huge text (read uncached) or one short enough that a day
    and a clock time may join.
    """
    text = article.text
    if len(text) >= UNCACHED_CHARS:
        return None
    parse = recognise(text, article.lang or None)
    memo = text_memo.of(parse.lang, text)
    if "ahead" not in memo:  # (set by every resolution, with the words-only readings)
        resolve(parse, text, day)
        memo = text_memo.of(parse.lang, text)
        if "ahead" not in memo:
            return None
    fixed = 0
    out: set[str] = set()
    for match in parse.matches:
        known = memo.get(("words_only", match.start, match.rule))
        if known is not None:
            norm, mention = known
            if norm is None or norm.reference == "absolute":
                fixed += norm is not None
                continue
        out.add(f"{article.id}@{match.start}")  # as event_id_for: the article and the offset
    if fixed <= _JOINS_AT:
        return None
    return out


def best_placement(rows: list[tuple[str, float, int, int, int, object]]) -> float:
    """The most one reading of an event can add: its best single placement among its matches.

    ``rows``: (article, weight of the match, begin, end, days, event), as the search keeps
    them. A reading of width in a class overlaps only matches within one window of that width,
    and each article counts its best match there, times the lesser of the class's grain and
    the match's own.
    """
    top = 0.0
    starts = sorted({start for _, _, start, _, _, _ in rows})  # a window per distinct start
    for width, grain in CLASSES:
        weighed = [(aid, sim * min(grain, grain_of(days)), b, e)
                   for aid, sim, b, e, days, _ in rows]
        for start in starts if width is not None else (None,):
            lo = start - width + 1 if width is not None else None
            best: dict[str, float] = {}
            for aid, w, b, e in weighed:
                if lo is None or (b < lo + width and lo < e):  # type: ignore[operator]
                    if w > best.get(aid, 0.0):
                        best[aid] = w
            top = max(top, sum(best.values()))
    return top
