"""The events table as partitioned Parquet: written in chunks, read whole, in batches, or on demand.

Layout (Hive style, so pyarrow, Dask, DuckDB or Spark read it as a dataset)::

    DIR/_events.json                           what this is: columns, dtypes, partitioning, rows
    DIR/year=2023/part-00000.parquet           events whose ``begin`` falls in 2023
    DIR/year=2023/month=07/part-00003.parquet  (or) by year and month, as the cluster writes it
    DIR/bucket=07/part-00000.parquet           (or) events of articles hashing to bucket 7

``DIR`` is a folder or any URL fsspec reads (``s3://bucket/events``, ``file://``, ``memory://``).

Columns are the exporter's (``export.COLUMNS``: the CSV contract first, then its extras), plus
``sentence_start``/``sentence_end``. Their types (:data:`DTYPES`, also written to
``_events.json``): ``published``, ``anchor``, ``begin`` and ``end`` are ``date32`` (``end`` is
exclusive, as in the CSV); the offsets are ``int64``, ``confidence`` is ``float64``; everything
else, ``value`` included (a TIMEX3 value such as ``2023-10`` or ``PRESENT_REF`` is text, not a
date), is a UTF-8 string. A missing value is a null (in the CSV it is an empty cell). There is no
internal column: timeline order is ``(begin, end, article_id, expr_start)``, and a table
partitioned by time and read in file order is already in it, which is what lets
:class:`ParquetEvents` stream it.

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

from timeline_app.core.locations import location
from timeline_app.core.storage.export import CONTRACT_COLUMNS

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa
    import pyarrow.dataset as ds

    from timeline_app.core.model import Timeline

__all__ = [
    "CONTRACT_COLUMNS",
    "DTYPES",
    "ORDER",
    "ParquetEvents",
    "events_dataset",
    "events_table",
    "is_parquet_table",
    "iter_batches",
    "partition_key",
    "read_parquet",
    "table_meta",
    "timeline_table",
    "timeline_from_parquet",
    "write_parquet",
]

DATE_COLUMNS = frozenset({"published", "anchor", "begin", "end"})
INT_COLUMNS = frozenset({"expr_start", "expr_end", "sentence_start", "sentence_end"})
FLOAT_COLUMNS = frozenset({"confidence"})
DTYPES = {"date": "date32", "int": "int64", "float": "float64", "text": "string"}
"""The column types, by kind; :func:`dtype` gives a column's."""
ORDER = ("begin", "end", "article_id", "expr_start")
"""Timeline order, as columns (``model.sort_key``)."""
PARTITIONINGS = ("year", "month", "bucket")
PART = "part-00000.parquet"
META = "_events.json"
FORMAT = "timeline_app events"
VERSION = 2
"""2: dates as ``date32``, missing values as nulls, no ``_row`` (1: all text, an internal
``_row``); tables of version 1 still read."""


def dtype(name: str) -> str:
    """The Arrow type name of column ``name``."""
    if name in DATE_COLUMNS:
        return DTYPES["date"]
    if name in INT_COLUMNS:
        return DTYPES["int"]
    return DTYPES["float"] if name in FLOAT_COLUMNS else DTYPES["text"]


def _kind(name: str) -> pa.DataType:
    import pyarrow as pa

    return {"date32": pa.date32(), "int64": pa.int64(), "float64": pa.float64()}.get(
        dtype(name), pa.string()
    )


def _schema(columns: list[str]) -> pa.Schema:
    import pyarrow as pa

    return pa.schema([pa.field(name, _kind(name)) for name in columns])


def is_parquet_table(path: str | Path) -> bool:
    """Whether ``path`` (a folder or a URL) is an events table (holds ``_events.json``)."""
    try:
        fs, root = location(path)
        if fs is None:
            return (Path(root) / META).is_file()
        return bool(fs.isfile(f"{root.rstrip('/')}/{META}"))
    except (OSError, ValueError, ImportError):  # unreachable, an unknown scheme, no s3fs
        return False


def table_meta(columns: list[str], partition_by: str, files: dict[str, int]) -> dict:
    """What ``_events.json`` says: the format, columns with their types, and rows per file."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "columns": columns,
        "dtypes": {name: dtype(name) for name in columns},
        "order": list(ORDER),
        "partition_by": partition_by,
        "rows": sum(files.values()),
        "files": dict(sorted(files.items())),
    }


def _text(value: Any) -> str | None:
    if value is None or value != value or value == "":  # None, NaN, empty: missing
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    text = _text(value)
    return date.fromisoformat(text[:10]) if text else None


def _number(value: Any, kind: type) -> Any:
    return None if _text(value) is None else kind(value)


def _array(name: str, values: list) -> pa.Array:
    """One column of ``name``'s type: pyarrow's fast conversion, the per-value one if that fails.

    Empty strings, NaN and None all become null.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    kind = _kind(name)
    try:
        if pa.types.is_date32(kind):
            array = pa.array(values)
            if pa.types.is_string(array.type):
                array = pc.if_else(pc.equal(array, ""), None, array).cast(kind)
            elif not pa.types.is_date32(array.type):
                array = array.cast(kind)
            return array
        array = pa.array(values, kind)
        if pa.types.is_string(kind):
            array = pc.if_else(pc.equal(array, ""), None, array)
        elif pa.types.is_floating(kind):
            array = pc.if_else(pc.is_nan(array), None, array)
        return array
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, TypeError,
            ValueError):  # fmt: skip
        pass
    if pa.types.is_date32(kind):
        return pa.array([_day(v) for v in values], kind)
    if pa.types.is_integer(kind):
        return pa.array([_number(v, int) for v in values], kind)
    if pa.types.is_floating(kind):
        return pa.array([_number(v, float) for v in values], kind)
    return pa.array([_text(v) for v in values], kind)


def events_table(rows: list[dict], columns: list[str]) -> pa.Table:
    """Event rows (as ``export.event_rows`` makes them, or untidier) as an Arrow table."""
    import pyarrow as pa

    arrays = [_array(name, [r.get(name) for r in rows]) for name in columns]
    return pa.Table.from_arrays(arrays, schema=_schema(columns))


def _timeline_rows(
    timeline: Timeline, chunk: int, events: list | None = None
) -> tuple[list[str], Iterator[list[dict]]]:
    from timeline_app.core.storage.export import COLUMNS, event_rows

    every = timeline.events if events is None else events

    def chunks() -> Iterator[list[dict]]:
        for start in range(0, len(every), chunk):
            some = every[start : start + chunk]
            rows = event_rows(timeline, some)
            for row, event in zip(rows, some, strict=True):
                row["sentence_start"] = event.sentence_start
                row["sentence_end"] = event.sentence_end
            yield rows

    return [*COLUMNS, "sentence_start", "sentence_end"], chunks()


def timeline_table(timeline: Timeline, events: list | None = None) -> pa.Table:
    """The rows of ``events`` (default: all) of ``timeline`` as one Arrow table, in their order."""
    columns, chunks = _timeline_rows(timeline, 1 << 62, events)
    return events_table(next(chunks, []), columns)


def _row_chunks(rows: Iterable[dict], chunk: int) -> tuple[list[str], Iterator[list[dict]]]:
    it = iter(rows)
    first = list(islice(it, chunk))
    columns = [c for c in first[0] if c != "_row"] if first else list(CONTRACT_COLUMNS)
    missing = [c for c in CONTRACT_COLUMNS if c not in columns]
    if missing:
        raise ValueError(f"rows lack contract columns: {', '.join(missing)}")

    def chunks() -> Iterator[list[dict]]:
        batch = first
        while batch:
            yield batch
            batch = list(islice(it, chunk))

    return columns, chunks()


def partition_key(row: dict, partition_by: str, buckets: int = 16) -> str:
    """The folder of ``row``: ``year=2023``, ``year=2023/month=07`` or ``bucket=07``."""
    if partition_by == "bucket":
        digest = hashlib.sha1(str(row["article_id"]).encode()).digest()
        return f"bucket={int.from_bytes(digest[:4], 'big') % buckets:02d}"
    begin = _day(row["begin"])
    if begin is None:
        raise ValueError(f"event {row.get('event_id')!r} has no begin date")
    if partition_by == "year":
        return f"year={begin.year:04d}"
    return f"year={begin.year:04d}/month={begin.month:02d}"


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

    def add(self, key: str, rows: list[dict]) -> None:
        table = events_table(rows, self.schema.names)
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
            (self.root / key).mkdir(parents=True)
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

    ``partition_by`` is ``"year"`` or ``"month"`` (of ``begin``; rows must come in timeline
    order) or ``"bucket"`` (hash of ``article_id``). Rows are converted ``chunk_rows`` at a time,
    so a million events never exist as one list of dicts, and buffered per partition as Arrow
    until a row group of ``row_group`` rows is full. The table is built in a temporary folder and
    moved into place; an existing folder is replaced only if it is such a table. Returns the
    number of rows written.
    """
    if partition_by not in PARTITIONINGS:
        raise ValueError(f"partition_by must be one of {PARTITIONINGS}, not {partition_by!r}")
    directory = Path(directory)
    if directory.exists() and any(directory.iterdir()) and not is_parquet_table(directory):
        raise FileExistsError(f"{directory} exists and is not an events table")
    if hasattr(source, "events") and hasattr(source, "analyses"):
        columns, chunks = _timeline_rows(source, chunk_rows)  # type: ignore[arg-type]
    elif hasattr(source, "to_dict") and hasattr(source, "columns"):
        columns, chunks = _row_chunks(source.to_dict("records"), chunk_rows)  # type: ignore[union-attr]
    else:
        columns, chunks = _row_chunks(source, chunk_rows)  # type: ignore[arg-type]

    directory.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{directory.name}.", dir=directory.parent))
    writer = _PartitionWriter(tmp, _schema(columns), row_group, max_buffered=4 * row_group)
    try:
        for rows in chunks:
            groups: dict[str, list[dict]] = {}
            for row in rows:
                groups.setdefault(partition_key(row, partition_by, buckets), []).append(row)
            for key, group_rows in groups.items():
                writer.add(key, group_rows)
        files = writer.close()
        meta = table_meta(columns, partition_by, files)
        (tmp / META).write_text(json.dumps(meta, indent=1), encoding="utf-8")
        if directory.exists():
            shutil.rmtree(directory)
        tmp.rename(directory)
    except BaseException:
        writer.abort()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return meta["rows"]


def _meta(directory: str | Path) -> dict:
    if not is_parquet_table(directory):
        raise FileNotFoundError(f"{directory} is not an events table (no {META})")
    fs, root = location(directory)
    if fs is None:
        return json.loads((Path(root) / META).read_text(encoding="utf-8"))
    return json.loads(fs.cat_file(f"{root.rstrip('/')}/{META}").decode("utf-8"))


def _files(directory: str | Path, meta: dict | None = None) -> list[str]:
    """Part files in partition order: for time partitions, timeline order."""
    meta = meta if meta is not None else _meta(directory)
    fs, root = location(directory)
    root = root.rstrip("/") or "/"
    if "files" in meta:
        return [f"{root}/{name}" for name in sorted(meta["files"])]
    if fs is None:
        return [str(p) for p in sorted(Path(root).glob("**/*.parquet"))]
    return sorted(fs.glob(f"{root}/**/*.parquet"))


def _open(directory: str | Path, path: str) -> Any:
    """A part file to hand pyarrow: its path, or an open fsspec file for a URL."""
    fs, _ = location(directory)
    return path if fs is None else fs.open(path, "rb")


def _filesystem(directory: str | Path) -> Any:
    fs, _ = location(directory)
    return fs


def events_dataset(directory: str | Path) -> ds.Dataset:
    """The table's part files as one pyarrow dataset (a folder or a URL), for filtered reads."""
    import pyarrow.dataset as ds

    meta = _meta(directory)
    files = _files(directory, meta)
    schema = _schema(meta["columns"]) if meta.get("version", 1) >= VERSION else None
    return ds.dataset(files, schema=schema, format="parquet", filesystem=_filesystem(directory))


def read_parquet(directory: str | Path, columns: list[str] | None = None) -> pd.DataFrame:
    """The whole table as a DataFrame in timeline order (dates as ``datetime.date``, nulls)."""
    import pyarrow.dataset as ds

    meta = _meta(directory)
    wanted = list(columns or meta["columns"])
    keys = [c for c in ORDER if c in meta["columns"]]
    files = _files(directory, meta)
    if not files:
        return _schema(wanted).empty_table().to_pandas()
    data = ds.dataset(files, format="parquet", filesystem=_filesystem(directory))
    table = data.to_table(columns=list(dict.fromkeys([*wanted, *keys])))
    table = table.sort_by([(k, "ascending") for k in keys]).select(wanted)
    return table.to_pandas()


def iter_batches(
    directory: str | Path, batch_size: int = 10_000, columns: list[str] | None = None
) -> Iterator[pa.RecordBatch]:
    """Record batches in file order (timeline order for a time-partitioned table)."""
    import pyarrow.parquet as pq

    wanted = list(columns or _meta(directory)["columns"])
    for path in _files(directory):
        with pq.ParquetFile(_open(directory, path)) as part:
            yield from part.iter_batches(batch_size=batch_size, columns=wanted)


class ParquetEvents:
    """A read-only events table that loads rows from Parquet as they are asked for.

    The plain state behind a fetch-on-demand view: ``total`` is known from the file footers at
    once; ``peek_more``/``fetch_more`` read the next batch; ``value(row, column)`` reads what was
    fetched. Rows are in timeline order for a time-partitioned table, in bucket order otherwise.
    ``directory`` is a folder or a URL.
    """

    def __init__(self, directory: str | Path, batch_size: int = 1000) -> None:
        import pyarrow.parquet as pq

        self.directory = directory
        meta = _meta(directory)
        self.columns: list[str] = list(meta["columns"])
        self.partition_by: str = meta["partition_by"]
        self.batch_size = batch_size
        if "files" in meta:
            self.total = sum(meta["files"].values())
        else:
            self.total = sum(
                pq.ParquetFile(_open(directory, f)).metadata.num_rows for f in _files(directory)
            )
        self._batches = iter_batches(directory, batch_size, self.columns)
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
        sort_key,
    )

    timeline = Timeline()
    events: list[Event] = []
    for batch in iter_batches(directory):
        table = batch.to_pydict()
        names = list(table)
        for values in zip(*table.values(), strict=True):
            r = {k: "" if v is None else v for k, v in zip(names, values, strict=True)}
            analysis = timeline.analyses.get(r["article_id"])
            if analysis is None:
                article = Article(r["article_id"], r["article_title"], "", _day(r["published"]))
                article.lang = r.get("lang") or ""  # absent from tables written before it was
                source = AnchorSource(r["anchor_source"] or "none")
                analysis = ArticleAnalysis(article, Anchor(_day(r["anchor"]), source), [], [])
                timeline.analyses[article.id] = analysis
            begin, end = _day(r["begin"]), _day(r["end"])
            assert begin is not None and end is not None
            mention = Mention(
                start=r["expr_start"],
                end=r["expr_end"],
                text=r["expression"],
                type=TimexType.TIME if "T" in r["value"][4:11] else TimexType.DATE,
                value=r["value"],
                mod=r["mod"],
                granularity=Granularity(r["granularity"]) if r["granularity"] else None,
                interval=Interval(begin, end),
                rule=r.get("rule", ""),
                reference=r.get("reference", ""),
                confidence=r.get("confidence") if r.get("confidence") != "" else 1.0,
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
            events.append(event)
    events.sort(key=sort_key)  # already so for a time-partitioned table
    timeline.events = events
    return timeline
