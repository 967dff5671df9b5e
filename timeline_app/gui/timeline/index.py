"""A read-only index over a timeline's events for drawing: days as arrays, lanes, filters.

It derives arrays from ``timeline.events`` (never a copy of the events themselves), so visible
events of a lane in a range are found with a binary search, not a scan. Qt-free.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from timeline_app.core.model import AnchorSource, Granularity

if TYPE_CHECKING:
    from timeline_app.core.model import Event
    from timeline_app.core.timeline import Timeline

__all__ = ["LANE_MODES", "EventIndex", "Lane"]

LANE_MODES = ("article", "granularity", "cluster", "single")
_UNCERTAIN = {AnchorSource.ESTIMATED, AnchorSource.SUGGESTED}


@dataclass(slots=True)
class Lane:
    """One horizontal band: its title, a fixed row count, and its events sorted by begin."""

    key: str
    title: str
    rows: int
    members: np.ndarray  # event indices, sorted by begin
    begins: np.ndarray
    longest: float


class EventIndex:
    """Arrays over ``timeline.events``; rebuilt when the document changes."""

    def __init__(
        self,
        timeline: Timeline,
        lane_mode: str = "article",
        shown: set[str] | None = None,
        max_rows: int = 5,
    ) -> None:
        self.timeline = timeline
        events = self.events
        n = len(events)
        self.begin = np.fromiter((e.interval.begin.toordinal() for e in events), float, n)
        self.end = np.fromiter((e.interval.end.toordinal() for e in events), float, n)
        self.row_of = {e.event_id: i for i, e in enumerate(events)}
        self.point = (self.end - self.begin) <= 1.0
        sources: dict[str, set[str]] = defaultdict(set)
        for e in events:
            sources[e.cluster_id or e.event_id].add(e.article_id)
        self.sources = {k: len(v) for k, v in sources.items()}
        analyses = timeline.analyses
        self.uncertain = {aid for aid, a in analyses.items() if a.anchor.source in _UNCERTAIN}
        self.max_rows = max_rows
        self.lane_mode = lane_mode if lane_mode in LANE_MODES else "article"
        self.shown_ids = shown
        self.lanes: list[Lane] = []
        self._rebuild_lanes()

    @property
    def events(self) -> list[Event]:
        return self.timeline.events

    def __len__(self) -> int:
        return len(self.timeline.events)

    # --- settings --------------------------------------------------------------------------
    def set_lane_mode(self, mode: str) -> None:
        if mode not in LANE_MODES:
            raise ValueError(f"unknown lane mode {mode!r}; one of {LANE_MODES}")
        self.lane_mode = mode
        self._rebuild_lanes()

    def set_shown(self, ids: set[str] | None) -> None:
        """Show only ``ids`` (None: every event)."""
        self.shown_ids = ids
        self._rebuild_lanes()

    def shown_mask(self) -> np.ndarray:
        if self.shown_ids is None:
            return np.ones(len(self), bool)
        mask = np.zeros(len(self), bool)
        rows = [self.row_of[i] for i in self.shown_ids if i in self.row_of]
        mask[rows] = True
        return mask

    # --- lanes -----------------------------------------------------------------------------
    def _lane_keys(self) -> tuple[list[tuple[str, str]], list[str]]:
        events, mode = self.events, self.lane_mode
        if mode == "article":
            analyses = self.timeline.analyses
            ids = {e.article_id for e in events}

            def order(aid: str) -> tuple:
                a = analyses.get(aid)
                pub = a.article.published if a is not None else None
                return (pub is None, pub.toordinal() if pub else 0, self.title_of(aid))

            keys = [(aid, self.title_of(aid)) for aid in sorted(ids, key=order)]
            return keys, [e.article_id for e in events]
        if mode == "granularity":
            of = [str(e.granularity) if e.granularity else "unknown" for e in events]
            present = set(of)
            keys = [(str(g), f"{g.value.capitalize()}") for g in Granularity if str(g) in present]
            if "unknown" in present:
                keys.append(("unknown", "Unknown precision"))
            return keys, of
        if mode == "cluster":
            return [("*", "Merged across sources")], ["*"] * len(events)
        return [("*", "All events")], ["*"] * len(events)

    def title_of(self, article_id: str) -> str:
        a = self.timeline.analyses.get(article_id)
        return (a.article.title or article_id) if a is not None else article_id

    def _rebuild_lanes(self) -> None:
        keys, of = self._lane_keys()
        mask = self.shown_mask()
        if self.lane_mode == "cluster":  # one item per happening: its first report
            seen: set[str] = set()
            for i, e in enumerate(self.events):
                cid = e.cluster_id or e.event_id
                if cid in seen:
                    mask[i] = False
                seen.add(cid)
        slot = {k: n for n, (k, _) in enumerate(keys)}
        lane_of = np.fromiter((slot[k] for k in of), np.int64, len(of))
        order = np.argsort(self.begin, kind="stable")
        single = self.lane_mode in ("cluster", "single")
        self.lanes = []
        for n, (key, title) in enumerate(keys):
            members = order[(lane_of[order] == n) & mask[order]]
            if not len(members):
                continue
            longest = float(np.max(self.end[members] - self.begin[members]))
            rows = min(self.max_rows * (3 if single else 1), len(members))
            self.lanes.append(Lane(key, title, rows, members, self.begin[members], longest))

    # --- queries ---------------------------------------------------------------------------
    def query(self, lane: Lane, d0: float, d1: float) -> np.ndarray:
        """Event indices of ``lane`` overlapping days ``[d0, d1)``, sorted by begin."""
        lo = int(np.searchsorted(lane.begins, d0 - lane.longest, "left"))
        hi = int(np.searchsorted(lane.begins, d1, "left"))
        cand = lane.members[lo:hi]
        return cand[self.end[cand] > d0]

    def shown_rows(self) -> np.ndarray:
        """Indices of every event drawn in some lane."""
        if not self.lanes:
            return np.zeros(0, np.int64)
        return np.concatenate([lane.members for lane in self.lanes])

    def lane_of_event(self, row: int) -> int | None:
        for n, lane in enumerate(self.lanes):
            k = int(np.searchsorted(lane.begins, self.begin[row], "left"))
            while k < len(lane.members) and lane.begins[k] == self.begin[row]:
                if lane.members[k] == row:
                    return n
                k += 1
        return None

    def is_uncertain(self, row: int) -> bool:
        return self.events[row].article_id in self.uncertain

    def source_count(self, row: int) -> int:
        e = self.events[row]
        return self.sources.get(e.cluster_id or e.event_id, 1)
