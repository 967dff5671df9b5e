"""A week's or a month's report, or a deedless day's, of a happening others date and name.

"the flood that hit the town earlier this month" names the month of a happening that a dozen
outlets date to one Saturday. The day-precise reports cluster on their day; the month's report
shares no day with them and few words, so it stays alone, a happening of its own on the timeline.

Such a report joins the day its class of deed (:mod:`.deeds`) peaks on inside its period: of the
days the period holds, the one on which the most other articles tell that class as their own
(:func:`.lone_days.own_deeds`), when that day is told so by two articles at least and by more
than any other day of the period (a month of one story holds many happenings of one class: a
march "of flood victims" and the flood itself; only a clear peak says which the month means).
The class must be the one the report's own clause tells ("the resignation ... of the flood that
hit the town earlier this month": the month's clause tells the flood, not the resignation).

So does a day's report that is its article's only one of that day and tells no deed at all
("Oskarsen had been helping passengers into life jackets on the stern on Thursday night", in a
story about his death): it points to the class its day peaks on (most other articles tell that
class that day, two at least, more than any other class), as a report of that class would.

Counts per class and day are made once over the events scored together; a pair is then asked
only whether one is a coarse report whose peak is the other's day and class (no chain).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import timedelta

import numpy as np

from timeline_app.core.model import Event
from timeline_app.core.reconcile.deeds import deed_classes
from timeline_app.core.reconcile.lone_days import LONE_DAY_KEY, actors
from timeline_app.core.reconcile.signatures import EventText, date_clause

__all__ = ["COARSE_DAYS", "CoarseReports", "coarse"]

COARSE_DAYS = 31
"""The longest period a coarse report may name: a month (a week, "two weeks later", fits too)."""
PEAK_LEAST = 2
"""Articles that must tell a class on its peak day as their own."""


def coarse(event: Event, text: EventText) -> bool:
    """Whether ``event`` is a worded report of a week or a month said from another day.

    "earlier this month", "two weeks later": a writer's shorthand for a happening the story
    dates to the day. A month given as such ("in May 2025") is most often all that is known of
    a happening (background that every source dates by its month), and is left as it is.
    """
    return (1 < event.interval.days <= COARSE_DAYS and bool(text.stems)
            and event.mention.reference != "absolute")


class CoarseReports:
    """Per event: the ``(day, class)`` marks a coarse report points to, and those a day's has.

    ``own``: per event, the classes of deed it tells as its article's own report of its period
    (:func:`.lone_days.own_deeds`; empty for events not told alone).
    """

    def __init__(self, events: Sequence[Event], texts: Mapping[str, EventText],
                 own: Sequence[frozenset[str]], lone: Sequence[bool] | None = None) -> None:
        tellers: dict[tuple[str, object], set[str]] = defaultdict(set)
        classes: dict[object, set[str]] = defaultdict(set)  # the classes told on each day
        marks: list[frozenset[str]] = [frozenset()] * len(events)
        for k, e in enumerate(events):
            if e.interval.days <= 1 and own[k]:
                for c in own[k]:
                    tellers[(c, e.interval.begin)].add(e.article_id)
                classes[e.interval.begin] |= own[k]
                marks[k] = frozenset(f"{e.interval.begin.isoformat()}/{c}" for c in own[k])
        self.points: list[frozenset[str]] = [frozenset()] * len(events)
        for k, e in enumerate(events):
            if lone is not None and lone[k] and not own[k] and e.interval.days <= 1 \
                    and texts[e.event_id].stems:
                day = e.interval.begin
                told = Counter({c: len(tellers[(c, day)] - {e.article_id})
                                for c in sorted(classes.get(day, ()))})
                peak = _peak(told)
                self.points[k] = frozenset({f"{day.isoformat()}/{peak}"} if peak else ())
                continue
            if not own[k] or not coarse(e, texts[e.event_id]):
                continue
            told = own[k] & deed_classes(date_clause(e))
            found = set()
            for c in sorted(told):
                day = _peak(Counter({day: len(tellers[(c, day)] - {e.article_id})
                                     for day in _days(e) if (c, day) in tellers}))
                # the class must be its day's own too: the day most reports of the arrest
                # also recall the attack is the arrest's, not the attack's
                if day is not None and _peak(Counter({
                        other: len(tellers[(other, day)] - {e.article_id})
                        for other in sorted(classes[day])})) == c:
                    found.add(f"{day.isoformat()}/{c}")
            self.points[k] = frozenset(found)
        pointed = frozenset().union(*self.points)
        self.marks = [m & pointed for m in marks]
        self.pointing = np.fromiter(map(bool, self.points), bool, len(events))
        self.deedless = [lone is not None and lone[k] and not own[k] for k in range(len(events))]
        self.events, self.texts = events, texts

    def keys(self, k: int) -> frozenset[str]:
        """Blocking keys that put a coarse report beside the reports of its peak day."""
        return frozenset(f"{LONE_DAY_KEY}peak/{mark}" for mark in self.points[k] | self.marks[k])

    def fits(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Per pair: one is a coarse report whose peak is the other's day and class."""
        out = np.zeros(len(i), bool)
        for n in np.flatnonzero(self.pointing[i] | self.pointing[j]).tolist():
            a, b = int(i[n]), int(j[n])
            out[n] = bool(self.points[a] & self.marks[b] and self._shares(a, b)
                          or self.points[b] & self.marks[a] and self._shares(b, a))
        return out

    def _shares(self, k: int, other: int) -> bool:
        """Whether a pointing report may meet ``other``.

        A deedless day's must share a word of its clause or an actor with it ("In other news,
        the ferry to Aln is cancelled tomorrow" says nothing of the attack that day's reports
        tell).
        """
        if not self.deedless[k]:
            return True
        a, b = self.events[k], self.events[other]
        x, y = self.texts[a.event_id], self.texts[b.event_id]
        return bool(x.clause & y.clause or actors(a, x) & actors(b, y))


def _peak(counts: Counter):
    """The key counted most, by :data:`PEAK_LEAST` at least and more than any other; else None."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[:2] + [(None, 0)] * 2
    (key, most), (_, next_most) = ranked[0], ranked[1]
    return key if key is not None and most >= PEAK_LEAST and most > next_most else None


def _days(event: Event):
    day = event.interval.begin
    while day < event.interval.end:
        yield day
        day += timedelta(days=1)
