"""Rows inside a lane so labels never overlap, and crowds collapsed to counted clusters.

Plain Python with an injected text-measuring function, as in thetimelineproj's layout scene.
Input marks are in pixels (already through the :class:`~.metrics.TimeScale`); nothing is ever
dropped: a mark that finds no room joins a cluster item (``+7``) that counts it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

__all__ = ["LaneLayout", "Mark", "Placed", "layout_lane"]

Measure = Callable[[str], float]

POINT_RADIUS = 5.0
LABEL_GAP = 8.0
MIN_BAR = 4.0
MIN_LABEL = 36.0  # narrower than this, a label is left to the tooltip


@dataclass(frozen=True, slots=True)
class Mark:
    """One event to place: its key, pixel extent (``x0 == x1`` for a point) and label.

    ``extra`` is room drawn before the label (a source-count badge).
    """

    key: object
    x0: float
    x1: float
    point: bool
    label: str
    extra: float = 0.0


@dataclass(slots=True)
class Placed:
    """A placed item: one mark, or a cluster of ``keys`` when ``cluster`` is true."""

    keys: list[object]
    row: int
    x0: float
    x1: float
    point: bool
    label: str
    label_x: float
    label_w: float
    cluster: bool = False

    @property
    def right(self) -> float:
        """Where the item, label included, ends."""
        mark_end = self.x1 + (POINT_RADIUS if self.point else 0.0)
        return max(mark_end, self.label_x + self.label_w if self.label_w else mark_end)

    @property
    def left(self) -> float:
        """Where the item, label included, starts."""
        mark = self.x0 - (POINT_RADIUS if self.point else 0.0)
        return min(mark, self.label_x) if self.label_w else mark


@dataclass(slots=True)
class LaneLayout:
    """What one lane needs: its items and how many rows they use."""

    items: list[Placed] = field(default_factory=list)
    rows: int = 0


def _cluster_label(n: int) -> str:
    return f"+{n}"


def layout_lane(
    marks: Sequence[Mark],
    measure: Measure,
    *,
    clip_left: float = 0.0,
    clip_right: float = float("inf"),
    max_rows: int = 5,
    crowd_px: float = 6.0,
    max_label: float = 260.0,
) -> LaneLayout:
    """Place ``marks`` (sorted by ``x0``) in at most ``max_rows`` rows, first fit.

    Long bars (a year seen at day zoom) would take whole rows from the precise events they
    span, so when both kinds are in view the others are placed first in all but the bottom
    third of the rows, and the long ones below them in every row left. Within each band,
    marks starting within ``crowd_px`` of each other form a group; a group with a free row
    for each member is placed member by member, a bigger one fills all but one free row and
    the rest become one cluster item in the last.
    A mark with no room for its label keeps its marker only; with no room at all it joins a
    cluster. Nothing is dropped. Marks several sources report (with a badge, ``extra``) are
    placed before the others, so a happening shows in the lane of each of its sources.
    """
    span = clip_right - clip_left if clip_right < float("inf") else 1600.0
    long_px = max(160.0, span / 4)
    long = [m for m in marks if not m.point and m.x1 - m.x0 > long_px]
    if not long or len(long) == len(marks) or max_rows < 2:
        return _band(marks, measure, clip_left, clip_right, max_rows, crowd_px, max_label)
    short = [m for m in marks if m.point or m.x1 - m.x0 <= long_px]
    reserve = min(len(long), max(1, max_rows // 3))
    out = _band(short, measure, clip_left, clip_right, max_rows - reserve, crowd_px, max_label)
    first = max(out.rows, 1)  # long bars take every row the others leave, at least `reserve`
    low = _band(long, measure, clip_left, clip_right, max_rows - first, crowd_px, max_label)
    for item in low.items:
        item.row += first
    out.items += low.items
    out.rows = first + low.rows
    return out


def _band(marks, measure, clip_left, clip_right, max_rows, crowd_px, max_label) -> LaneLayout:
    """Reported by several sources first, then the rest around them (see :func:`layout_lane`)."""
    first = [m for m in marks if m.extra > 0]
    if not first or len(first) == len(marks):
        return _sweep(marks, measure, clip_left, clip_right, max_rows, crowd_px, max_label)
    out = _sweep(first, measure, clip_left, clip_right, max_rows, crowd_px, max_label)
    taken: list[list[tuple[float, float]]] = [[] for _ in range(max_rows)]
    for item in out.items:
        taken[item.row].append((item.left, item.right))
    rest = [m for m in marks if m.extra <= 0]
    more = _sweep(rest, measure, clip_left, clip_right, max_rows, crowd_px, max_label, taken)
    out.items += more.items
    out.rows = max(out.rows, more.rows)
    if _apart(out.items):
        return out
    # so crowded that the others had to pile into the first ones' rows: one sweep for all
    return _sweep(marks, measure, clip_left, clip_right, max_rows, crowd_px, max_label)


def _apart(items: list[Placed]) -> bool:
    """Whether no two items of a row touch."""
    by_row: dict[int, list[Placed]] = {}
    for item in items:
        by_row.setdefault(item.row, []).append(item)
    for row in by_row.values():
        row.sort(key=lambda i: i.left)
        if any(b.left < a.right + LABEL_GAP - 1e-6 for a, b in zip(row, row[1:], strict=False)):
            return False
    return True


def _sweep(
    marks, measure, clip_left, clip_right, max_rows, crowd_px, max_label, taken=None
) -> LaneLayout:
    """First fit from left to right; ``taken`` spans per row are already placed items."""
    out = LaneLayout()
    ends = [float("-inf")] * max_rows  # where each row is busy until
    last: list[Placed | None] = [None] * max_rows
    i = 0
    n = len(marks)
    while i < n:
        j = i + 1
        while j < n and marks[j].x0 - marks[i].x0 < crowd_px:
            j += 1
        group = marks[i:j]
        i = j
        limit = group[0].x0 - POINT_RADIUS
        free = 0
        for e in ends:
            if e < limit:
                free += 1
        alone = group if len(group) <= max(free, 1) else group[: max(free - 1, 0)]
        for mark in alone:
            _place_one(out, mark, ends, last, measure, clip_left, clip_right, max_label, taken)
        group = group[len(alone) :]
        if not group:
            continue
        x0 = min(m.x0 for m in group)
        x1 = max(m.x1 for m in group)
        item = Placed([m.key for m in group], 0, x0, x1, False, "", 0.0, 0.0, cluster=True)
        _label_cluster(item, measure)
        if not _put(out, item, ends, last, True, taken):
            _merge(out, item, ends, last, measure)
    out.rows = max((k + 1 for k, e in enumerate(ends) if e > float("-inf")), default=0)
    return out


def _label_cluster(item: Placed, measure: Measure) -> None:
    """A cluster shows a ``+n`` pill at its start (kept in view) over the span it covers."""
    item.label = _cluster_label(len(item.keys))
    item.label_w = measure(item.label) + 14.0
    item.label_x = min(max(item.x0, 0.0), max(item.x1 - item.label_w, item.x0))
    item.point = False


def _place_one(out, mark, ends, last, measure, clip_left, clip_right, max_label, taken) -> None:
    # a label starts at its mark, or at the left edge for a mark just out of view (never cut)
    lx = max(mark.x0 - POINT_RADIUS if mark.point else mark.x0 + 1.0, clip_left + 1.0)
    lw = (min(measure(mark.label), max_label) if mark.label else 0.0) + mark.extra
    x1 = mark.x1 if mark.point else max(mark.x1, mark.x0 + MIN_BAR)
    if lw and lx + lw > clip_right:  # would run off the right edge: end it at the mark instead
        mark_end = min(x1 + (POINT_RADIUS if mark.point else 0.0), clip_right)
        if mark_end - lw >= clip_left:
            lx = mark_end - lw
        else:  # too long for either side: elide it to what is left
            lw = clip_right - max(lx, clip_left)
            lx = max(lx, clip_left)
            lw = lw if lw >= MIN_LABEL + mark.extra else 0.0
    item = Placed([mark.key], 0, mark.x0, x1, mark.point, mark.label, lx, lw)
    if _put(out, item, ends, last, True, taken):
        return
    item.label_w = 0.0  # no room for the label: keep the marker, the tooltip tells the rest
    if _put(out, item, ends, last, True, taken):
        return
    _merge(out, item, ends, last, measure)


def _merge(out, item: Placed, ends, last, measure: Measure) -> None:
    """No room at all: ``item`` joins the last item of the row that frees first."""
    rows = [k for k in range(len(ends)) if last[k] is not None]
    if not rows:  # only items placed before this sweep are in the way: stack over them
        _put(out, item, ends, last)
        return
    row = min(rows, key=lambda k: ends[k])
    host = last[row]
    assert host is not None
    host.keys.extend(item.keys)
    host.x0, host.x1 = min(host.x0, item.x0), max(host.x1, item.x1)
    host.cluster = True
    _label_cluster(host, measure)
    ends[row] = max(ends[row], host.right + LABEL_GAP)


def _free(taken, row: int, left: float, right: float) -> bool:
    """Whether ``[left, right]`` misses every span already taken in ``row``."""
    return taken is None or all(r + LABEL_GAP <= left or right + LABEL_GAP <= lo
                                for lo, r in taken[row])  # fmt: skip


def _put(out, item: Placed, ends, last, fail_ok: bool = False, taken=None) -> bool:
    left, right = item.left, item.right
    for row, end in enumerate(ends):
        if end <= left and _free(taken, row, left, right):
            item.row = row
            ends[row] = item.right + LABEL_GAP
            last[row] = item
            out.items.append(item)
            return True
    if fail_ok:
        return False
    row = min(range(len(ends)), key=ends.__getitem__)
    item.row = row
    ends[row] = max(ends[row], item.right + LABEL_GAP)
    last[row] = item
    out.items.append(item)
    return True
