"""What the timeline view draws from: one protocol, an in-memory and a Parquet implementation.

The view, its canvas, the frame builder and the overview ask an index only what this protocol
declares, by *row* (a position in the index, stable until the index is rebuilt):

* :class:`~.event_index.EventIndex` over a document's ``Timeline`` (the main window);
* :class:`~.archive_index.ArchiveIndex` over a Parquet events table of any size (the archive
  window), whose text columns stay in Arrow until a few rows are drawn.

Both answer the same questions the same way on the same events (``tests/core/layout/
test_timeline_index.py``); only the rows' numbering and the tooltips' detail differ. Qt-free.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

if TYPE_CHECKING:
    from timeline_app.core.layout.metrics import TimeScale
    from timeline_app.core.model import Granularity

__all__ = [
    "COARSE_DAYS",
    "YEAR_DAYS",
    "IndexLane",
    "TimelineIndex",
    "extent",
    "midpoint_bins",
    "story_spans",
    "xs",
]

YEAR_DAYS = 366.0
COARSE_DAYS = YEAR_DAYS + 31  # a year, a season across New Year... longer is "coarse"


class IndexLane(Protocol):
    """One horizontal band: a stable key, its title, how many rows it may use, its events."""

    key: str
    title: str
    rows: int

    @property
    def total(self) -> int: ...


@runtime_checkable
class TimelineIndex(Protocol):
    """The questions the timeline asks of its events (see the module docstring)."""

    lane_mode: str
    lanes: Sequence[IndexLane]
    shown_ids: set[str] | None
    begin: np.ndarray  # days (``date.toordinal``) per row
    end: np.ndarray  # exclusive
    point: np.ndarray  # a day or shorter: drawn as a mark, not a bar

    def __len__(self) -> int: ...

    # settings
    def set_lane_mode(self, mode: str) -> None:
        """Regroup the lanes; an unknown mode raises ``ValueError`` and changes nothing."""

    def set_shown(self, ids: set[str] | None) -> None:
        """Show only the events ``ids`` (None: all)."""

    # ranges
    def query(self, lane: IndexLane, d0: float, d1: float) -> np.ndarray:
        """Rows of ``lane`` overlapping days ``[d0, d1)``, sorted by begin."""

    def count(self, lane: IndexLane, d0: float, d1: float) -> int:
        """``len(query(lane, d0, d1))`` without building the rows."""

    def density(self, lane: IndexLane, scale: TimeScale, bin_px: float) -> np.ndarray:
        """Events of ``lane`` per ``bin_px``-wide bin of ``scale``, placed by their middle."""

    def overview(self, full: TimeScale, bins: int) -> np.ndarray:
        """Shown events per bin of ``bins`` across ``full`` (the overview strip)."""

    def shown_rows(self) -> np.ndarray: ...

    def lane_of_event(self, row: int) -> int | None: ...

    def story_spans(self, rows: np.ndarray | None = None) -> np.ndarray: ...

    def story_extent(self, rows: np.ndarray | None = None) -> tuple[float, float] | None: ...

    # one event
    def find(self, event_id: str) -> int | None: ...

    def event_id(self, row: int) -> str: ...

    def label(self, row: int) -> str: ...

    def labels(self, rows: np.ndarray) -> list[str]: ...

    def granularity(self, row: int) -> Granularity | None: ...

    def cluster_of(self, row: int) -> str | None: ...

    def source_count(self, row: int) -> int: ...

    def is_uncertain(self, row: int) -> bool: ...

    def disagrees(self, row: int) -> bool: ...

    def tooltip(self, row: int) -> str:
        """Rich text that says what the event is, when, and who reports it."""

    def caption(self, row: int) -> str:
        """One plain line: when, then what (``3 Mar 2004 — Talks resume``)."""


def xs(scale: TimeScale, days: np.ndarray) -> np.ndarray:
    """Pixel x of many days at once (through the compressed axis if any)."""
    kd, ku = scale.axis.knots
    units = days
    if kd:
        s0, s1 = scale.axis.end_slopes
        units = np.interp(days, kd, ku)
        units = np.where(days < kd[0], ku[0] + (days - kd[0]) * s0, units)
        units = np.where(days > kd[-1], ku[-1] + (days - kd[-1]) * s1, units)
    return (units - scale.u0) * scale.px_per_unit


def midpoint_bins(scale: TimeScale, mids: np.ndarray, bin_px: float) -> np.ndarray:
    """How many of the days ``mids`` fall in each ``bin_px``-wide bin across ``scale``."""
    bins = np.floor(xs(scale, mids) / bin_px)
    n = int(np.ceil(scale.width / bin_px))
    bins = bins[(bins >= 0) & (bins < n)].astype(np.int64)
    return np.bincount(bins, minlength=n)


def story_spans(b: np.ndarray, e: np.ndarray) -> np.ndarray:
    """``(n, 2)`` begin/end days cut to the story they tell.

    A coarse interval (longer than a year: "the 2020s", "this century") reaches only as far
    past the fine-dated events (a year or shorter) as a year, so its empty tail does not
    stretch the view or the axis over decades where nothing happens. A story with no
    fine-dated event keeps every interval whole.
    """
    fine = (e - b) <= COARSE_DAYS
    if not fine.any() or fine.all():
        return np.column_stack([b, e])
    f0, f1 = float(b[fine].min()), float(e[fine].max())
    lo = np.maximum(b, np.minimum(f0, e - YEAR_DAYS))
    hi = np.minimum(e, np.maximum(f1, b + YEAR_DAYS))
    return np.column_stack([lo, np.maximum(hi, lo + 1)])


def extent(spans: np.ndarray) -> tuple[float, float] | None:
    """First and last day of ``(n, 2)`` spans (None without any)."""
    if not len(spans):
        return None
    return float(spans[:, 0].min()), float(spans[:, 1].max())
