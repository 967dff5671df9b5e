"""The events table as partitioned Parquet: written in chunks, read whole, in batches, or on demand.

Layout (Hive style, so pyarrow, Dask, DuckDB or Spark read it as a dataset)::

    DIR/_events.json                    what this is: columns, partitioning, row count
    DIR/year=2023/part-00000.parquet    events whose ``begin`` falls in 2023
    DIR/bucket=07/part-00000.parquet    (or) events of articles hashing to bucket 7

Columns are the exporter's (``export.COLUMNS``: the CSV contract first, then its extras), plus
``sentence_start``/``sentence_end`` and ``_row``, the event's position on the timeline (dropped on
read). Every column is a string except the offsets (int64) and ``confidence`` (float64); a missing
value is an empty string, as in the CSV. A year-partitioned table read in file order is in timeline
order, which is what lets :class:`ParquetEvents` stream it.

pyarrow and pandas are imported lazily: opening the app does not pay for them.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline_app.core.storage.export import CONTRACT_COLUMNS

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from timeline_app.core.model import Timeline

__all__ = [
    "CONTRACT_COLUMNS",
    "ParquetEvents",
    "is_parquet_table",
    "iter_batches",
    "read_parquet",
    "timeline_from_parquet",
    "write_parquet",
]

INT_COLUMNS = frozenset({"expr_start", "expr_end", "sentence_start", "sentence_end", "_row"})
FLOAT_COLUMNS = frozenset({"confidence"})
ROW = "_row"
PART = "part-00000.parquet"
META = "_events.json"
FORMAT = "timeline_app events"


def is_parquet_table(path: str | Path) -> bool:
    """Whether ``path`` is a folder written by :func:`write_parquet`."""
    return (Path(path) / META).is_file()


def _schema(columns: list[str]) -> pa.Schema:
    import pyarrow as pa

    def kind(name: str) -> pa.DataType:
        if name in INT_COLUMNS:
            return pa.int64()
        if name in FLOAT_COLUMNS:
            return pa.float64()
        return pa.string()

    return pa.schema([pa.field(name, kind(name), nullable=False) for name in columns])


def _cell(name: str, value: Any) -> Any:
    if name in INT_COLUMNS:
        return int(value)
    if name in FLOAT_COLUMNS:
        return float(value) if value not in (None, "") else 0.0
    if value is None or value != value:  # None or NaN
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)


def _timeline_rows(timeline: Timeline, chunk: int) -> tuple[list[str], Iterator[list[dict]]]:
    from timeline_app.core.storage.export import COLUMNS, event_rows

    def chunks() -> Iterator[list[dict]]:
        for start in range(0, len(timeline.events), chunk):
            events = timeline.events[start : start + chunk]
            rows = event_rows(timeline, events)
            for row, event in zip(rows, events, strict=True):
                row["sentence_start"] = event.sentence_start
                row["sentence_end"] = event.sentence_end
            yield rows

    return [*COLUMNS, "sentence_start", "sentence_end"], chunks()


def _row_chunks(rows: Iterable[dict], chunk: int) -> tuple[list[str], Iterator[list[dict]]]:
    it = iter(rows)
    first = list(islice(it, chunk))
    columns = list(first[0]) if first else list(CONTRACT_COLUMNS)
    missing = [c for c in CONTRACT_COLUMNS if c not in columns]
    if missing:
        raise ValueError(f"rows lack contract columns: {', '.join(missing)}")

    def chunks() -> Iterator[list[dict]]:
        batch = first
        while batch:
            yield batch
            batch = list(islice(it, chunk))

    return columns, chunks()


def _partition_key(row: dict, partition_by: str, buckets: int) -> str:
    if partition_by == "year":
        return f"year={str(row['begin'])[:4]}"
    digest = hashlib.sha1(str(row["article_id"]).encode()).digest()
    return f"bucket={int.from_bytes(digest[:4], 'big') % buckets:02d}"


def _array(name: str, values: list, kind: pa.DataType) -> pa.Array:
    """One column: pyarrow's fast conversion, the per-value one only where that fails."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        array = pa.array(values, kind)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
        array = pa.array([_cell(name, v) for v in values], kind)
    if array.null_count:
        array = pc.fill_null(array, "" if pa.types.is_string(kind) else 0)
    return array


def _table(rows: list[dict], numbers: list[int], schema: pa.Schema) -> pa.Table:
    """Rows as an Arrow table of ``schema``: in C++ when the values already fit, else by column."""
    import pyarrow as pa
    import pyarrow.compute as pc

    data = schema.remove(schema.get_field_index(ROW))
    try:
        table = pa.Table.from_pylist(rows, schema=data)
        arrays = [
            pc.fill_null(col, "" if pa.types.is_string(col.type) else 0) if col.null_count else col
            for col in table.columns
        ]
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
        arrays = [_array(f.name, [r.get(f.name, "") for r in rows], f.type) for f in data]
    return pa.Table.from_arrays([*arrays, pa.array(numbers, pa.int64())], schema=schema)


class _PartitionWriter:
    """Buffers rows per partition and writes them as large row groups, one file per partition."""

    def __init__(self, root: Path, schema: pa.Schema, row_group: int, max_buffered: int) -> None:
        self.root, self.schema = root, schema
        self.row_group, self.max_buffered = row_group, max_buffered
        self.writers: dict = {}
        self.buffers: dict[str, list[pa.Table]] = {}
        self.counts: dict[str, int] = {}
        self.rows: dict[str, int] = {}
        self.buffered = 0

    def add(self, key: str, rows: list[dict], numbers: list[int]) -> None:
        table = _table(rows, numbers, self.schema)
        self.buffers.setdefault(key, []).append(table)
        self.counts[key] = self.counts.get(key, 0) + len(rows)
        self.buffered += len(rows)
        if self.counts[key] >= self.row_group:
            self.flush(key)
        while self.buffered > self.max_buffered:
            self.flush(max(self.counts, key=self.counts.__getitem__))

    def flush(self, key: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self.counts.get(key):
            return
        if key not in self.writers:
            (self.root / key).mkdir()
            self.writers[key] = pq.ParquetWriter(self.root / key / PART, self.schema)
        self.writers[key].write_table(pa.concat_tables(self.buffers.pop(key)), self.row_group)
        self.rows[key] = self.rows.get(key, 0) + self.counts[key]
        self.buffered -= self.counts.pop(key)

    def close(self) -> dict[str, int]:
        """Flush and close everything; return rows per part file."""
        for key in list(self.counts):
            self.flush(key)
        for writer in self.writers.values():
            writer.close()
        return {f"{key}/{PART}": n for key, n in sorted(self.rows.items())}

    def abort(self) -> None:
        for writer in self.writers.values():
            writer.close()


def write_parquet(
    source: Timeline | Iterable[dict] | pd.DataFrame,
    directory: str | Path,
    *,
    partition_by: str = "year",
    buckets: int = 16,
    chunk_rows: int = 50_000,
    row_group: int = 65_536,
) -> int:
    """Write the events of a Timeline (or event rows, or a DataFrame) under ``directory``.

    ``partition_by`` is ``"year"`` (of ``begin``) or ``"bucket"`` (hash of ``article_id``).
    Rows are converted ``chunk_rows`` at a time, so a million events never exist as one list of
    dicts, and buffered per partition as Arrow until a row group of ``row_group`` rows is full.
    The table is built in a temporary folder and moved into place; an existing folder is
    replaced only if it is such a table. Returns the number of rows written.
    """
    if partition_by not in ("year", "bucket"):
        raise ValueError(f"partition_by must be 'year' or 'bucket', not {partition_by!r}")
    directory = Path(directory)
    if directory.exists() and any(directory.iterdir()) and not is_parquet_table(directory):
        raise FileExistsError(f"{directory} exists and is not an events table")
    if hasattr(source, "events") and hasattr(source, "analyses"):
        columns, chunks = _timeline_rows(source, chunk_rows)  # type: ignore[arg-type]
    elif hasattr(source, "to_dict") and hasattr(source, "columns"):
        columns, chunks = _row_chunks(source.to_dict("records"), chunk_rows)  # type: ignore[union-attr]
    else:
        columns, chunks = _row_chunks(source, chunk_rows)  # type: ignore[arg-type]
    columns = [c for c in columns if c != ROW] + [ROW]

    directory.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{directory.name}.", dir=directory.parent))
    writer = _PartitionWriter(tmp, _schema(columns), row_group, max_buffered=4 * row_group)
    total = 0
    try:
        for rows in chunks:
            groups: dict[str, tuple[list[dict], list[int]]] = {}
            for i, row in enumerate(rows, start=total):
                group = groups.setdefault(_partition_key(row, partition_by, buckets), ([], []))
                group[0].append(row)
                group[1].append(i)  # _row: the position in the input, i.e. timeline order
            for key, (group_rows, numbers) in groups.items():
                writer.add(key, group_rows, numbers)
            total += len(rows)
        files = writer.close()
        meta = {
            "format": FORMAT,
            "version": 1,
            "columns": columns[:-1],
            "partition_by": partition_by,
            "rows": total,
            "files": files,
        }
        (tmp / META).write_text(json.dumps(meta, indent=1), encoding="utf-8")
        if directory.exists():
            shutil.rmtree(directory)
        tmp.rename(directory)
    except BaseException:
        writer.abort()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return total


def _meta(directory: Path) -> dict:
    if not is_parquet_table(directory):
        raise FileNotFoundError(f"{directory} is not an events table (no {META})")
    return json.loads((directory / META).read_text(encoding="utf-8"))


def _files(directory: Path, meta: dict | None = None) -> list[Path]:
    """Part files in partition order: for ``year=`` folders, timeline order."""
    meta = meta if meta is not None else _meta(directory)
    if "files" in meta:
        return [directory / name for name in sorted(meta["files"])]
    return sorted(directory.glob("*=*/*.parquet"))


def read_parquet(directory: str | Path, columns: list[str] | None = None) -> pd.DataFrame:
    """The whole table as a DataFrame in timeline order, without the internal ``_row``."""
    import pyarrow.dataset as ds

    directory = Path(directory)
    meta = _meta(directory)
    wanted = list(columns or meta["columns"])
    schema = _schema([*meta["columns"], ROW])
    files = [str(f) for f in _files(directory, meta)]
    table = ds.dataset(files, schema=schema, format="parquet").to_table(columns=[*wanted, ROW])
    return table.sort_by(ROW).drop_columns([ROW]).to_pandas()


def iter_batches(
    directory: str | Path, batch_size: int = 10_000, columns: list[str] | None = None
) -> Iterator[pa.RecordBatch]:
    """Record batches in file order (timeline order for a year-partitioned table)."""
    import pyarrow.parquet as pq

    directory = Path(directory)
    wanted = list(columns or _meta(directory)["columns"])
    for path in _files(directory):
        with pq.ParquetFile(path) as part:
            yield from part.iter_batches(batch_size=batch_size, columns=wanted)


class ParquetEvents:
    """A read-only events table that loads rows from Parquet as they are asked for.

    The plain state behind a fetch-on-demand view: ``total`` is known from the file footers at
    once; ``peek_more``/``fetch_more`` read the next batch; ``value(row, column)`` reads what was
    fetched. Rows are in timeline order for a year-partitioned table, in bucket order otherwise.
    """

    def __init__(self, directory: str | Path, batch_size: int = 1000) -> None:
        import pyarrow.parquet as pq

        self.directory = Path(directory)
        meta = _meta(self.directory)
        self.columns: list[str] = list(meta["columns"])
        self.partition_by: str = meta["partition_by"]
        self.batch_size = batch_size
        if "files" in meta:
            self.total = sum(meta["files"].values())
        else:
            self.total = sum(pq.ParquetFile(f).metadata.num_rows for f in _files(self.directory))
        self._batches = iter_batches(self.directory, batch_size, self.columns)
        self._data: list[dict[str, list]] = []
        self._starts: list[int] = []
        self._pending: dict[str, list] | None = None
        self._carry: pa.RecordBatch | None = None
        self.fetched = 0

    def can_fetch_more(self) -> bool:
        return self.fetched < self.total

    def peek_more(self) -> int:
        """Read the next batch without showing it; return how many rows it holds (0 at the end).

        A Qt model needs the count before it announces the insertion, and the rows only after.
        """
        if self._pending is None:
            pending: dict[str, list] = {name: [] for name in self.columns}
            size = 0
            while size < self.batch_size:  # file batches stop at file ends: gather a full one
                batch, self._carry = self._carry or next(self._batches, None), None
                if batch is None:
                    break
                take = min(batch.num_rows, self.batch_size - size)
                if take < batch.num_rows:
                    batch, self._carry = batch.slice(0, take), batch.slice(take)
                for name, values in batch.to_pydict().items():
                    pending[name].extend(values)
                size += take
            if size == 0:
                self.total = self.fetched  # the footers promised more than the files hold
                return 0
            self._pending = pending
        return len(self._pending[self.columns[0]])

    def fetch_more(self) -> int:
        """Make the next batch visible; return how many rows it added (0 at the end)."""
        n = self.peek_more()
        if n:
            assert self._pending is not None
            self._starts.append(self.fetched)
            self._data.append(self._pending)
            self.fetched += n
        self._pending = None
        return n

    def value(self, row: int, column: int | str) -> Any:
        if not 0 <= row < self.fetched:
            raise IndexError(row)
        i = bisect_right(self._starts, row) - 1
        name = self.columns[column] if isinstance(column, int) else column
        return self._data[i][name][row - self._starts[i]]

    def row(self, row: int) -> dict[str, Any]:
        return {name: self.value(row, name) for name in self.columns}


def timeline_from_parquet(directory: str | Path) -> Timeline:
    """A Timeline rebuilt from the table: what ``export.event_rows`` and the views need.

    Articles carry id, title and publication date but no text; events keep their offsets,
    sentence, label and cluster. ``event_rows`` of the result equals the rows that were written.
    """
    from timeline_app.core.model import (
        Anchor,
        AnchorSource,
        Article,
        ArticleAnalysis,
        Event,
        Granularity,
        Interval,
        Mention,
        Timeline,
        TimexType,
    )

    def day(text: str) -> date | None:
        return date.fromisoformat(text) if text else None

    timeline = Timeline()
    placed: list[tuple[int, Event]] = []
    columns = [*_meta(Path(directory))["columns"], ROW]
    for batch in iter_batches(directory, columns=columns):
        table = batch.to_pydict()
        names = list(table)
        for values in zip(*table.values(), strict=True):
            r = dict(zip(names, values, strict=True))
            analysis = timeline.analyses.get(r["article_id"])
            if analysis is None:
                article = Article(r["article_id"], r["article_title"], "", day(r["published"]))
                article.lang = r.get("lang") or ""  # absent from tables written before it was
                source = AnchorSource(r["anchor_source"] or "none")
                analysis = ArticleAnalysis(article, Anchor(day(r["anchor"]), source), [], [])
                timeline.analyses[article.id] = analysis
            mention = Mention(
                start=r["expr_start"],
                end=r["expr_end"],
                text=r["expression"],
                type=TimexType.TIME if "T" in r["value"][4:11] else TimexType.DATE,
                value=r["value"],
                mod=r["mod"],
                granularity=Granularity(r["granularity"]) if r["granularity"] else None,
                interval=Interval(date.fromisoformat(r["begin"]), date.fromisoformat(r["end"])),
                rule=r.get("rule", ""),
                reference=r.get("reference", ""),
                confidence=r.get("confidence", 1.0),
            )
            event = Event(
                event_id=r["event_id"],
                article_id=r["article_id"],
                mention=mention,
                sentence_start=r.get("sentence_start", mention.start),
                sentence_end=r.get("sentence_end", mention.end),
                sentence=r["sentence"],
                label=r["label"],
                cluster_id=r["cluster_id"],
            )
            analysis.mentions.append(mention)
            analysis.events.append(event)
            placed.append((r[ROW], event))
    placed.sort(key=lambda item: item[0])  # already so for a year-partitioned table
    timeline.events = [event for _, event in placed]
    return timeline
