"""A million events as numpy arrays: lanes, counts in view, density per bin, level of detail.

No Qt. :func:`load_archive` reads only the columns the timeline needs from a Parquet events
table (``begin``/``end`` as day ordinals in int32, sorted by ``begin``); the text columns stay in
Arrow and are taken only for the few events drawn one by one.

Density is exact and costs nothing per event at draw time: every event spreads one unit of
weight evenly over its days, and each lane keeps the running total of that weight per day
(built once, in O(n)). The weight in any bin is then a difference of two interpolated running
totals, so a frame costs O(bins) at every zoom level and panning needs no cache at all. (Dates
are whole days, so the weight is constant inside a day and the interpolation is exact.)
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from timeline_app.core.locations import location

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "COLUMNS", "GRANULARITIES", "ITEM_LIMIT", "LANE_MODES", "ArchiveFrame", "ArchiveIndex",
    "Lane", "LaneView", "load_archive", "read_column",
]  # fmt: skip

COLUMNS = ["begin", "end", "granularity", "event_id", "label", "article_id"]
GRANULARITIES = ("day", "week", "month", "season", "quarter", "year", "decade", "century")
UNKNOWN = len(GRANULARITIES)  # a row with no (or an unknown) granularity
LANE_MODES = ("granularity", "single", "bucket")
BUCKETS = 8
ITEM_LIMIT = 2000  # at most this many events in view are drawn one by one
EPOCH = date(1970, 1, 1).toordinal()  # Arrow's date32 counts days from here
MAX_CELLS = 500_000  # running totals hold at most this many cells per lane


def _day(x: float) -> np.int32:
    """A whole day as int32: a float key would make numpy convert the whole array per search."""
    return np.int32(min(max(x, -(2**31)), 2**31 - 1))


@dataclass(slots=True)
class Part:
    """The events of one lane and one granularity: durations alike, so range queries are tight."""

    begin: np.ndarray  # int32, sorted
    end_sorted: np.ndarray  # int32, sorted on its own
    rows: np.ndarray  # positions in the index, in ``begin`` order
    longest: int  # the longest duration, in days

    def count(self, d0: float, d1: float) -> int:
        """Events meeting ``[d0, d1)``: begun before ``d1`` and not ended by ``d0``."""
        started = int(self.begin.searchsorted(_day(math.ceil(d1)), "left"))
        return started - int(self.end_sorted.searchsorted(_day(math.floor(d0)), "right"))


@dataclass(slots=True)
class Lane:
    """A horizontal band of the timeline: its parts and the running total of their weight."""

    key: str
    title: str
    parts: list[Part]
    cum: np.ndarray  # cum[k]: the weight of the lane's events in cells [0, k)
    total: int


@dataclass(slots=True)
class LaneView:
    """What one lane shows for a range: its count, density bins, and the rows drawn if any."""

    lane: Lane
    count: int
    density: np.ndarray | None = None
    rows: np.ndarray | None = None


@dataclass(slots=True)
class ArchiveFrame:
    """One picture's content: ``"density"``, ``"items"`` or ``"mixed"`` (some lanes each)."""

    mode: str
    d0: float
    d1: float
    lanes: list[LaneView] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(lv.count for lv in self.lanes)


class ArchiveIndex:
    """Sorted day arrays of every event plus its text columns, held as Arrow."""

    def __init__(
        self,
        begin: np.ndarray,
        end: np.ndarray,
        gran: np.ndarray,
        table: pa.Table,
        directory: Path | None = None,
    ) -> None:
        order = np.argsort(begin, kind="stable")
        self.begin = np.ascontiguousarray(begin[order], np.int32)
        self.end = np.ascontiguousarray(np.maximum(end[order], begin[order] + 1), np.int32)
        self.gran = np.ascontiguousarray(gran[order], np.int8)
        self.order = order  # position in the index -> row of ``table``
        self.table = table
        self.directory = directory  # where ``article_id`` is read from if not in ``table``
        n = len(self.begin)
        self.first = int(self.begin[0]) if n else EPOCH
        self.last = int(self.end.max()) if n else EPOCH + 1
        self.cell = max(1, -(-(self.last - self.first) // MAX_CELLS))
        self._lanes: dict[str, list[Lane]] = {}

    def __len__(self) -> int:
        return len(self.begin)

    # --- lanes ------------------------------------------------------------------------------
    def lanes(self, mode: str = "granularity") -> list[Lane]:
        """The lanes of ``mode`` (see :data:`LANE_MODES`), built once each; empty ones left out."""
        if mode not in LANE_MODES:
            raise ValueError(f"lane mode must be one of {', '.join(LANE_MODES)}, not {mode!r}")
        if mode not in self._lanes:
            self._lanes[mode] = self._build_lanes(mode)
        return self._lanes[mode]

    def _build_lanes(self, mode: str) -> list[Lane]:
        names = [*GRANULARITIES, "unknown precision"]
        if mode == "granularity":
            groups = [(names[g], names[g].capitalize(), self.gran == g) for g in range(UNKNOWN + 1)]
        elif mode == "single":
            groups = [("all", "All events", np.ones(len(self), bool))]
        else:
            import pyarrow.compute as pc

            if "article_id" in self.table.column_names:
                articles = self.table.column("article_id")
            else:
                assert self.directory is not None, "no article_id to group lanes by"
                articles = read_column(self.directory, "article_id")
            ids = pc.dictionary_encode(articles).combine_chunks().indices
            bucket = (ids.to_numpy(zero_copy_only=False) % BUCKETS)[self.order]
            groups = [
                (f"bucket {b}", f"Articles, group {b + 1} of {BUCKETS}", bucket == b)
                for b in range(BUCKETS)
            ]
        lanes = []
        for key, title, mask in groups:
            rows = np.flatnonzero(mask)
            if not len(rows):
                continue
            grans = self.gran[rows]
            parts = [self._part(rows[grans == g]) for g in np.unique(grans).tolist()]
            cum = self._running_total(rows)
            lanes.append(Lane(key, title, parts, cum, len(rows)))
        return lanes

    def _part(self, rows: np.ndarray) -> Part:
        b, e = self.begin[rows], self.end[rows]
        longest = int((e - b).max()) if len(rows) else 0
        return Part(b, np.sort(e), rows, longest)

    def _running_total(self, rows: np.ndarray) -> np.ndarray:
        """Cumulative weight per cell of ``rows``: each event's one unit spread over its days."""
        n = -(-(self.last - self.first) // self.cell)
        b = (self.begin[rows] - self.first) // self.cell
        e = np.maximum((self.end[rows] - self.first + self.cell - 1) // self.cell, b + 1)
        w = 1.0 / (e - b)
        slope = np.bincount(b, w, n + 1) - np.bincount(e, w, n + 1)
        return np.concatenate([[0.0], np.cumsum(np.cumsum(slope)[:n])])

    # --- queries ----------------------------------------------------------------------------
    def count(self, lane: Lane, d0: float, d1: float) -> int:
        return sum(p.count(d0, d1) for p in lane.parts)

    def density(self, lane: Lane, d0: float, d1: float, bins: int) -> np.ndarray:
        """The weight of ``lane``'s events in ``bins`` equal bins over days ``[d0, d1)``."""
        edges = (np.linspace(d0, d1, bins + 1) - self.first) / self.cell
        return np.diff(np.interp(edges, np.arange(len(lane.cum)), lane.cum))

    def rows_in(self, lane: Lane, d0: float, d1: float) -> np.ndarray:
        """Positions of ``lane``'s events meeting ``[d0, d1)``, in ``begin`` order."""
        found = []
        for p in lane.parts:
            lo = int(p.begin.searchsorted(_day(math.floor(d0 - p.longest)), "right"))
            hi = int(p.begin.searchsorted(_day(math.ceil(d1)), "left"))
            rows = p.rows[lo:hi]
            found.append(rows[self.end[rows] > d0])
        return np.sort(np.concatenate(found)) if found else np.zeros(0, np.int64)

    def frame(
        self,
        d0: float,
        d1: float,
        bins: int,
        mode: str = "granularity",
        limit: int = ITEM_LIMIT,
        capacity: int | None = None,
    ) -> ArchiveFrame:
        """Level of detail per lane, the frame's mode ``"items"``, ``"density"`` or ``"mixed"``.

        The quietest lanes draw their events one by one while the total stays within ``limit``
        and each within ``capacity`` (what a lane's rows can show); the others draw density.
        """
        views = [LaneView(lane, self.count(lane, d0, d1)) for lane in self.lanes(mode)]
        budget = limit
        for v in sorted(views, key=lambda v: v.count):
            v.density = self.density(v.lane, d0, d1, bins)  # O(bins): for every lane's scale
            if v.count <= budget and (capacity is None or v.count <= capacity):
                budget -= v.count
                v.rows = self.rows_in(v.lane, d0, d1)
        kinds = {v.rows is not None for v in views}
        kind = "mixed" if len(kinds) > 1 else "density" if kinds == {False} else "items"
        return ArchiveFrame(kind, d0, d1, views)

    def columns(self, rows: np.ndarray, names: list[str]) -> dict[str, list]:
        """Text columns of a few events (by position), as Python lists."""
        taken = self.table.select(names).take(self.order[rows])
        return {name: taken.column(name).to_pylist() for name in names}


def _days(column: pa.ChunkedArray) -> np.ndarray:
    """ISO date strings as int32 day ordinals (``date.toordinal``); empty or bad ones raise."""
    import pyarrow as pa

    as_dates = column.cast(pa.date32())
    return as_dates.cast(pa.int32()).to_numpy().astype(np.int32) + EPOCH


def _part_files(directory: str | Path, meta: dict) -> list[str]:
    """Part files in timeline order (as ``parquet_io`` lists them); a folder's or a URL's."""
    fs, root = location(directory)
    if "files" in meta:
        return [f"{root.rstrip('/')}/{name}" for name in sorted(meta["files"])]
    if fs is None:
        return [str(p) for p in sorted(Path(root).glob("**/*.parquet"))]
    return sorted(fs.glob(f"{root.rstrip('/')}/**/*.parquet"))


def _table_meta(directory: str | Path) -> dict:
    import json

    fs, root = location(directory)
    if fs is None:
        return json.loads((Path(root) / "_events.json").read_text(encoding="utf-8"))
    return json.loads(fs.cat_file(f"{root.rstrip('/')}/_events.json").decode("utf-8"))


def _read_part(directory: str | Path, path: str, columns: list[str]) -> pa.Table:
    import pyarrow.parquet as pq

    fs, _ = location(directory)
    if fs is None:
        return pq.read_table(path, columns=columns, use_threads=True)
    with fs.open(path, "rb") as handle:
        return pq.read_table(handle, columns=columns, use_threads=True)


def read_column(directory: str | Path, name: str) -> pa.ChunkedArray:
    """One column of the whole table in file order (the order :func:`load_archive` reads)."""
    import pyarrow as pa

    meta = _table_meta(directory)
    chunks = [_read_part(directory, f, [name]).column(name) for f in _part_files(directory, meta)]
    if not chunks:
        return pa.chunked_array([], pa.string())
    return pa.chunked_array([c for col in chunks for c in col.chunks], chunks[0].type)


def load_archive(
    directory: str | Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ArchiveIndex | None:
    """Read the timeline's columns of the table under ``directory``; None when cancelled.

    One part file at a time (its columns decoded by pyarrow's threads); ``progress(rows_read,
    rows_total)`` is called after each, from this thread. ``article_id`` is read only if lanes
    by article are asked for.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    meta = _table_meta(directory)
    wanted = [c for c in COLUMNS if c != "article_id"]
    total, tables, read = int(meta.get("rows", 0)), [], 0
    for path in _part_files(directory, meta):
        if cancelled is not None and cancelled():
            return None
        tables.append(_read_part(directory, path, wanted))
        read += tables[-1].num_rows
        if progress is not None:
            progress(read, total)
    if tables:
        table = pa.concat_tables(tables)
    else:
        table = pa.schema([pa.field(c, pa.string()) for c in wanted]).empty_table()
    codes = pc.index_in(table.column("granularity"), value_set=pa.array(GRANULARITIES))
    gran = pc.fill_null(codes, UNKNOWN).to_numpy().astype(np.int8)
    begin, end = _days(table.column("begin")), _days(table.column("end"))
    text = table.select(["event_id", "label"]).combine_chunks()  # one chunk: take() is fast
    index = ArchiveIndex(begin, end, gran, text, directory)
    index.lanes("granularity")  # the default lanes, built here rather than on the main thread
    return index
