"""A million events as numpy arrays: the Parquet implementation of the timeline's index.

No Qt. :func:`load_archive` reads only the columns the timeline needs from a Parquet events
table (``begin``/``end`` as day ordinals in int32, sorted by ``begin``); the text columns stay in
Arrow and are taken only for the few events drawn one by one. :class:`ArchiveIndex` answers
:class:`~.timeline_index.TimelineIndex` as :class:`~.event_index.EventIndex` does for a
document, so one view draws both: ranges by binary search in each lane's parts (events of one
granularity, so the search window is tight), counts without building rows, and density from
each lane's sorted midpoints (O(bins log n) a frame, whatever the zoom).
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from timeline_app.core.layout.axismap import from_days
from timeline_app.core.layout.timeline_index import extent, story_spans, xs
from timeline_app.core.locations import location
from timeline_app.core.model import Granularity

if TYPE_CHECKING:
    import pyarrow as pa

    from timeline_app.core.layout.metrics import TimeScale

__all__ = [
    "COLUMNS", "GRANULARITIES", "LANE_MODES", "ArchiveIndex", "Lane", "load_archive", "read_column",
]  # fmt: skip

COLUMNS = ["begin", "end", "granularity", "event_id", "label", "article_id"]
GRANULARITIES = ("day", "week", "month", "season", "quarter", "year", "decade", "century")
UNKNOWN = len(GRANULARITIES)  # a row with no (or an unknown) granularity
LANE_MODES = ("granularity", "single", "bucket")
BUCKETS = 8
EPOCH = date(1970, 1, 1).toordinal()  # Arrow's date32 counts days from here


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

    def rows_in(self, end: np.ndarray, d0: float, d1: float) -> np.ndarray:
        lo = int(self.begin.searchsorted(_day(math.floor(d0 - self.longest)), "right"))
        hi = int(self.begin.searchsorted(_day(math.ceil(d1)), "left"))
        rows = self.rows[lo:hi]
        return rows[end[rows] > d0]


@dataclass(slots=True)
class Lane:
    """A horizontal band of the timeline: its parts, its events' sorted midpoints, its rows."""

    key: str
    title: str
    rows: int  # how many rows its events may use
    parts: list[Part]
    mids: np.ndarray  # (begin + end) / 2 of its events, sorted
    total: int


class ArchiveIndex:
    """Sorted day arrays of every event plus its text columns, held as Arrow."""

    def __init__(
        self,
        begin: np.ndarray,
        end: np.ndarray,
        gran: np.ndarray,
        table: pa.Table,
        directory: Path | str | None = None,
        max_rows: int = 5,
    ) -> None:
        order = np.argsort(begin, kind="stable")
        self.begin = np.ascontiguousarray(begin[order], np.int32)
        self.end = np.ascontiguousarray(np.maximum(end[order], begin[order] + 1), np.int32)
        self.gran = np.ascontiguousarray(gran[order], np.int8)
        self.point = (self.end - self.begin) <= 1
        self.order = order  # position in the index -> row of ``table``
        self.table = table
        self.directory = directory  # where ``article_id`` is read from if not in ``table``
        n = len(self.begin)
        self.first = int(self.begin[0]) if n else EPOCH
        self.last = int(self.end.max()) if n else EPOCH + 1
        self.max_rows = max_rows
        self.lane_mode = "granularity"
        self.shown_ids: set[str] | None = None
        self._lanes: dict[str, list[Lane]] = {}
        self._position: np.ndarray | None = None  # row of ``table`` -> position in the index
        self._extent: tuple[tuple[float, float] | None] | None = None

    def __len__(self) -> int:
        return len(self.begin)

    # --- lanes ------------------------------------------------------------------------------
    @property
    def lanes(self) -> list[Lane]:
        """The lanes of the current mode (empty ones left out)."""
        return self.lanes_of(self.lane_mode)

    def set_lane_mode(self, mode: str) -> None:
        self.lanes_of(mode)  # raises on an unknown mode before anything changes
        self.lane_mode = mode

    def set_shown(self, ids: set[str] | None) -> None:
        """Every event of a table is shown: a filter belongs to the table's own query."""
        if ids is not None:
            raise ValueError("an events table shows every event")

    def lanes_of(self, mode: str) -> list[Lane]:
        """The lanes of ``mode`` (see :data:`LANE_MODES`), built once each; empty ones left out."""
        if mode not in LANE_MODES:
            raise ValueError(f"lane mode must be one of {', '.join(LANE_MODES)}, not {mode!r}")
        if mode not in self._lanes:
            self._lanes[mode] = self._build_lanes(mode)
        return self._lanes[mode]

    def _build_lanes(self, mode: str) -> list[Lane]:
        names = [*GRANULARITIES, "unknown"]
        titles = [*(g.capitalize() for g in GRANULARITIES), "Unknown precision"]
        if mode == "granularity":
            groups = [(names[g], titles[g], self.gran == g) for g in range(UNKNOWN + 1)]
        elif mode == "single":
            groups = [("*", "All events", np.ones(len(self), bool))]
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
            mids = np.sort((self.begin[rows] + self.end[rows].astype(np.float64)) / 2)
            n_rows = min(self.max_rows * (3 if mode == "single" else 1), len(rows))
            lanes.append(Lane(key, title, n_rows, parts, mids, len(rows)))
        return lanes

    def _part(self, rows: np.ndarray) -> Part:
        b, e = self.begin[rows], self.end[rows]
        longest = int((e - b).max()) if len(rows) else 0
        return Part(b, np.sort(e), rows, longest)

    # --- ranges -----------------------------------------------------------------------------
    def count(self, lane: Lane, d0: float, d1: float) -> int:
        return sum(p.count(d0, d1) for p in lane.parts)

    def query(self, lane: Lane, d0: float, d1: float) -> np.ndarray:
        """Positions of ``lane``'s events meeting ``[d0, d1)``, in ``begin`` order."""
        found = [p.rows_in(self.end, d0, d1) for p in lane.parts]
        return np.sort(np.concatenate(found)) if found else np.zeros(0, np.int64)

    def density(self, lane: Lane, scale: TimeScale, bin_px: float) -> np.ndarray:
        """Events of ``lane`` per ``bin_px``-wide bin of ``scale``, placed by their middle."""
        n = int(np.ceil(scale.width / bin_px))
        units = scale.u0 + np.arange(n + 1) * bin_px / scale.px_per_unit
        axis = scale.axis
        edges = units if axis.is_identity else np.array([axis.days(u) for u in units.tolist()])
        return np.diff(lane.mids.searchsorted(edges, "left"))

    def overview(self, full: TimeScale, bins: int) -> np.ndarray:
        counts = np.zeros(bins, np.int64)
        for lane in self.lanes:  # a midpoint in x: as the in-memory index counts it
            at = np.floor(xs(full, lane.mids) / full.width * bins).astype(np.int64)
            counts += np.bincount(at[(at >= 0) & (at < bins)], minlength=bins)
        return counts

    def shown_rows(self) -> np.ndarray:
        return np.arange(len(self))

    def lane_of_event(self, row: int) -> int | None:
        for n, lane in enumerate(self.lanes):
            for p in lane.parts:
                k = int(p.rows.searchsorted(row))
                if k < len(p.rows) and p.rows[k] == row:
                    return n
        return None

    def story_spans(self, rows: np.ndarray | None = None) -> np.ndarray:
        if rows is None:
            return story_spans(self.begin, self.end)
        return story_spans(self.begin[rows], self.end[rows])

    def story_extent(self, rows: np.ndarray | None = None) -> tuple[float, float] | None:
        if rows is not None and len(rows) < len(self):
            return extent(self.story_spans(rows))
        if self._extent is None:  # every row (all are shown): the same answer each time
            self._extent = (extent(self.story_spans()),)
        return self._extent[0]

    # --- one event --------------------------------------------------------------------------
    def columns(self, rows: np.ndarray, names: list[str]) -> dict[str, list]:
        """Text columns of a few events (by position), as Python lists."""
        taken = self.table.select(names).take(self.order[rows])
        return {name: taken.column(name).to_pylist() for name in names}

    def find(self, event_id: str) -> int | None:
        """The position of ``event_id`` (one vectorised search of the column; None if absent)."""
        import pyarrow.compute as pc

        at = pc.index(self.table.column("event_id"), event_id).as_py()
        if at is None or at < 0:
            return None
        if self._position is None:
            self._position = np.empty(len(self), np.int64)
            self._position[self.order] = np.arange(len(self))
        return int(self._position[at])

    def event_id(self, row: int) -> str:
        return self.columns(np.array([row]), ["event_id"])["event_id"][0]

    def label(self, row: int) -> str:
        return self.columns(np.array([row]), ["label"])["label"][0]

    def labels(self, rows: np.ndarray) -> list[str]:
        return self.columns(rows, ["label"])["label"]

    def granularity(self, row: int) -> Granularity | None:
        g = int(self.gran[row])
        return Granularity(GRANULARITIES[g]) if g < UNKNOWN else None

    def cluster_of(self, row: int) -> str | None:
        return None  # a table's rows are its events: no merged reports to open

    def source_count(self, row: int) -> int:
        return 1

    def is_uncertain(self, row: int) -> bool:
        return False

    def disagrees(self, row: int) -> bool:
        return False

    def _when(self, row: int) -> str:
        b, e = from_days(int(self.begin[row])), from_days(int(self.end[row]) - 1)
        return b.isoformat() if b == e else f"{b.isoformat()} to {e.isoformat()}"

    def caption(self, row: int) -> str:
        return f"{self._when(row)} — {self.label(row)}"

    def tooltip(self, row: int) -> str:
        g = self.granularity(row)
        precision = f" <span style='color:gray'>({g})</span>" if g is not None else ""
        return f"<b>{html.escape(self.label(row))}</b><br>{self._when(row)}{precision}"


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
    index.lanes_of("granularity")  # the default lanes, built here rather than on the main thread
    return index
