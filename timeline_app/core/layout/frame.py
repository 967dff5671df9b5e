"""What one picture of the timeline holds: lanes with placed items or, when crowded, density.

Shared by the interactive scene and the headless renderer, so both draw the same thing. Only
lanes that intersect the requested vertical band are laid out, and only the events in the
visible time range are considered (culling); a lane with more events in view than it can show
draws their density per few pixels instead (level of detail): nothing is ever dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from timeline_app.core.layout.metrics import TimeScale
from timeline_app.core.layout.rows import LaneLayout, Mark, layout_lane
from timeline_app.core.layout.timeline_index import IndexLane, TimelineIndex, xs

__all__ = [
    "BADGE_W",
    "BIN_PX",
    "FOLDED_H",
    "HEADER_H",
    "LANE_GAP",
    "ROW_H",
    "Frame",
    "LaneFrame",
    "build_frame",
    "xs",
]

HEADER_H = 20.0
ROW_H = 28.0
LANE_GAP = 8.0
BIN_PX = 3.0
EDGE = 40.0  # how far outside the view long bars are cut
BADGE_W = 24.0  # room for a source-count badge before a label
FOLDED_H = HEADER_H + 2.0  # a lane with nothing in view: its title line


@dataclass(slots=True)
class LaneFrame:
    """A lane's place in the picture and, if laid out, its items or density bins."""

    lane: IndexLane
    y: float
    height: float
    layout: LaneLayout | None = None
    density: np.ndarray | None = None  # events per BIN_PX-wide bin
    count: int = 0  # events of the lane in view
    folded: bool = False  # nothing in view: only its title line shows

    def row_y(self, row: int) -> float:
        """The vertical centre of ``row``."""
        return self.y + HEADER_H + ROW_H * (row + 0.5)


@dataclass(slots=True)
class Frame:
    lanes: list[LaneFrame] = field(default_factory=list)
    height: float = 0.0
    width: float = 0.0


def lane_height(lane: IndexLane) -> float:
    return HEADER_H + ROW_H * max(1, lane.rows) + LANE_GAP


def build_frame(
    index: TimelineIndex,
    scale: TimeScale,
    measure: Callable[[str], float],
    *,
    y0: float = 0.0,
    y1: float = float("inf"),
    max_label: float | None = None,
    fit_rows: bool = False,
    fold: bool = False,
) -> Frame:
    """Lay out the lanes of ``index`` that meet ``[y0, y1)`` for what ``scale`` shows.

    Lane heights are fixed by their events (stable while zooming); with ``fit_rows`` each
    lane is only as tall as the rows it uses and lanes with nothing in view are left out;
    with ``fold`` a lane with no event in view folds to its title line (one binary search per
    lane, so every lane is checked, in view or not).
    """
    frame = Frame(width=scale.width)
    y = 0.0
    # beyond the left edge as far as a label can reach into view; the layout runs left to
    # right, so what starts beyond the right edge changes nothing in view
    if max_label is None:  # a label may take up to a third of the view (elided beyond)
        max_label = min(max(scale.width / 3, 200.0), 420.0)
    d0 = scale.axis.days(scale.u0 - (max_label + 20.0) / scale.px_per_unit)
    d1 = scale.axis.days(scale.u1 + 8.0 / scale.px_per_unit)
    v0, v1 = scale.begin_days, scale.end_days
    in_bulk = getattr(index, "lane_counts", None) if fold else None  # (an EventIndex's)
    counts = in_bulk(v0, v1).tolist() if in_bulk is not None else None
    for n, lane in enumerate(index.lanes):
        if fold and not (counts[n] if counts is not None else index.count(lane, v0, v1)):
            frame.lanes.append(LaneFrame(lane, y, FOLDED_H, folded=True))
            y += FOLDED_H
            continue
        h = lane_height(lane)
        lf = LaneFrame(lane, y, h)
        if lf.y + h < y0 or lf.y > y1:
            frame.lanes.append(lf)
            y += h
            continue
        lf.count = index.count(lane, d0, d1)
        if lf.count > _capacity(lane, scale.width):
            lf.density = index.density(lane, scale, BIN_PX)
        else:
            rows = index.query(lane, d0, d1)
            lf.layout = _layout(index, scale, rows, lane, measure, max_label)
            if fit_rows:  # a picture, not a view: lanes only as tall as what they show
                if not lf.layout.items:
                    continue
                lf.height = HEADER_H + ROW_H * max(1, lf.layout.rows) + LANE_GAP
        frame.lanes.append(lf)
        y += lf.height
    frame.height = y
    return frame


def _capacity(lane: IndexLane, width: float) -> int:
    """How many events a lane draws one by one before it shows density: one per 48 px per row.

    Beyond that most labels could not show and many events would be counted clusters, which
    tell less than a density curve (and cost a frame's time to lay out).
    """
    return max(40, int(lane.rows * width / 48))


def _layout(index, scale, rows, lane, measure, max_label) -> LaneLayout:
    # whole pixels: crisp marks, and an item that only moves keeps its cached picture
    x0 = np.round(xs(scale, index.begin[rows]))
    x1 = np.round(xs(scale, index.end[rows]))
    # a bar reaching far beyond the view (a century at day zoom) is cut just outside it:
    # nothing visible changes, and its picture stays small and the same while panning
    lo, hi = -EDGE, scale.width + EDGE
    bars = ~index.point[rows]
    x0 = np.where(bars, np.clip(x0, lo, hi), x0)
    x1 = np.where(bars, np.clip(x1, lo, hi), x1)
    point = index.point[rows]
    labels = index.labels(rows)
    marks = []
    for k, row in enumerate(rows.tolist()):
        extra = BADGE_W if index.source_count(row) > 1 else 0.0
        if point[k]:
            c = float(np.floor((x0[k] + x1[k]) / 2)) + 0.5
            marks.append(Mark(row, c, c, True, labels[k], extra))
        else:
            marks.append(Mark(row, x0[k], x1[k], False, labels[k], extra))
    marks.sort(key=lambda m: m.x0)
    return layout_lane(
        marks, measure, clip_right=scale.width - 2, max_rows=lane.rows, max_label=max_label
    )
