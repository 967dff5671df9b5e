"""The events table in the contract's columns, as CSV or JSON (TimelineJS: see .timelinejs)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from timeline_app.core.model import Event, Granularity
from timeline_app.core.storage.atomic import write_text_atomically
from timeline_app.core.storage.cells import safe_column
from timeline_app.core.storage.publication import (
    MENTION,
    publication_rows,
    with_publication_rows,
)
from timeline_app.core.storage.timelinejs import (  # noqa: F401 - re-exported, as before
    timelinejs,
    write_timelinejs,
    write_timelinejs_sheet,
)
from timeline_app.core.temporal.display import human_date

if TYPE_CHECKING:
    import pandas as pd

    from timeline_app.core.model import Timeline

__all__ = [
    "COLUMNS",
    "CONTRACT_COLUMNS",
    "event_rows",
    "events_frame",
    "iter_event_rows",
    "write_csv",
    "write_json",
    "write_timelinejs",
    "write_timelinejs_sheet",
]

CONTRACT_COLUMNS = [
    "event_id", "cluster_id", "article_id", "article_title", "published", "anchor",
    "anchor_source", "expression", "expr_start", "expr_end", "value", "begin", "end",
    "granularity", "mod", "sentence", "label",
]  # fmt: skip
"""The events CSV columns fixed by shared/CONTRACTS.md, in order."""

COLUMNS = [*CONTRACT_COLUMNS, "display_date", "confidence", "rule", "reference", "role", "lang"]
"""What we write: the contract's columns, then why the tagger placed each mention there."""


_GRANULARITY_VALUES: dict[Granularity | None, str] = {None: "", **{g: g.value for g in Granularity}}
"""Each granularity's column text, looked up (an enum's ``.value`` is a Python property)."""


def _iso(d) -> str:
    return d.isoformat() if d is not None else ""


def event_rows(timeline: Timeline, events: Iterable[Event] | None = None) -> list[dict]:
    """One row per placed mention, sorted by ``begin`` (the timeline's own order)."""
    return list(iter_event_rows(timeline, events))


def iter_event_rows(timeline: Timeline, events: Iterable[Event] | None = None) -> Iterator[dict]:
    """:func:`event_rows` one at a time (a big text's table is written a chunk at a time)."""
    per_article: dict[str, tuple[str, str, str, str, str, str]] = {}
    # What many events share is formatted once per call: a story's events fall on far fewer
    # dates than there are events, and the tagger's confidences are few (it keeps two places).
    placed: dict[tuple, tuple[str, str, str, str]] = {}
    rounded: dict[float, float] = {}
    for event in timeline.events if events is None else events:
        article_fields = per_article.get(event.article_id)
        if article_fields is None:
            analysis = timeline.analyses[event.article_id]
            article, anchor = analysis.article, analysis.anchor
            article_fields = per_article[event.article_id] = (
                article.id, article.title, _iso(article.published), _iso(anchor.value),
                anchor.source.value, article.lang,
            )  # fmt: skip
        article_id, title, published, anchor_value, anchor_source, lang = article_fields
        m = event.mention
        interval = m.interval
        assert interval is not None  # an event is a placed mention
        key = (interval.begin, interval.end, m.granularity, m.value, m.mod)  # all that is read
        where = placed.get(key)
        if where is None:
            where = placed[key] = (
                interval.begin.isoformat(), interval.end.isoformat(),
                _GRANULARITY_VALUES[m.granularity], human_date(m),
            )  # fmt: skip
        begin, end, granularity, display_date = where
        confidence = m.confidence
        if confidence and type(confidence) is float:  # as keys 1 is 1.0 and 0.0 is -0.0
            shown = rounded.get(confidence)
            if shown is None:
                shown = rounded[confidence] = round(confidence, 3)
        else:
            shown = round(confidence, 3)
        yield (
            {
                "event_id": event.event_id,
                "cluster_id": event.cluster_id or event.event_id,
                "article_id": article_id,
                "article_title": title,
                "published": published,
                "anchor": anchor_value,
                "anchor_source": anchor_source,
                "expression": m.text,
                "expr_start": m.start,
                "expr_end": m.end,
                "value": m.value,
                "begin": begin,
                "end": end,
                "granularity": granularity,
                "mod": m.mod,
                "sentence": event.sentence,
                "label": event.label,
                "display_date": display_date,
                "confidence": shown,
                "rule": m.rule,
                "reference": m.reference,
                "role": MENTION,
                "lang": lang,
            }
        )


def events_frame(timeline: Timeline) -> pd.DataFrame:
    """The events table as a pandas DataFrame with the contract's columns, in order."""
    import pandas as pd

    rows = with_publication_rows(event_rows(timeline), timeline)  # (role "publication")
    return pd.DataFrame(rows, columns=COLUMNS)


def _atomic_write(path: str | Path | TextIO, write) -> None:
    """Through a temporary file renamed into place (see :mod:`.atomic`), or into a stream.

    ``path`` may be an open text stream (``sys.stdout`` for ``--csv -``), written directly.
    """
    if hasattr(path, "write"):
        write(path)
        path.flush()
        return
    write_text_atomically(path, write)


def _neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    """Text cells a spreadsheet would run as formulas, quoted (:func:`.cells.safe_cell`)."""
    from pandas.api.types import is_numeric_dtype

    frame = frame.copy()
    for column in frame.columns:
        if not is_numeric_dtype(frame[column]):  # object or string dtype, by pandas version
            frame[column] = safe_column(frame[column])
    return frame


def write_csv(timeline: Timeline, path: str | Path | TextIO) -> int:
    """The events CSV; a text cell starting ``=``, ``+``, ``-``, ``@``, tab or CR gets a ``'``.

    Written :data:`CSV_CHUNK_ROWS` rows at a time when every chunk's columns read as the whole
    table's would (:func:`_chunkable`): the same bytes, with one chunk's rows in memory rather
    than the table's (a big text has hundreds of thousands).
    """
    if not _chunkable(timeline):
        frame = _neutralised(events_frame(timeline))
        _atomic_write(path, lambda fh: frame.to_csv(fh, index=False, lineterminator="\n"))
        return len(frame)
    import pandas as pd

    written = [0]

    def write(fh: TextIO) -> None:
        written[0] = 0
        rows = _with_publication_rows_merged(timeline)
        header = True  # (an empty table still has its header)
        while True:
            chunk = list(islice(rows, CSV_CHUNK_ROWS))
            if chunk or header:
                frame = _neutralised(pd.DataFrame(chunk, columns=COLUMNS))
                frame.to_csv(fh, index=False, header=header, lineterminator="\n")
                written[0] += len(chunk)
                header = False
                del frame  # (before the next chunk is made: one chunk at a time)
            if len(chunk) < CSV_CHUNK_ROWS:
                break
            del chunk

    _atomic_write(path, write)
    return written[0]


CSV_CHUNK_ROWS = 10_000
"""Rows of the events CSV formatted and written at a time (their dicts and frames: megabytes)."""


def _chunkable(timeline: Timeline, *, floats: bool = True) -> bool:
    """Whether chunks of the table have the whole table's column types, and its order.

    Pandas reads a column of floats as floats in any chunk; one of ints and floats mixed would
    read as ints in a chunk of ints only, and print ``1`` where the table prints ``1.0``. The
    rows must also come sorted by ``begin``, as the table sorts them (``floats=False``: only
    that, for JSON, which prints each value as it is).
    """
    previous = None
    for event in timeline.events:
        if floats and type(event.mention.confidence) is not float:
            return False
        begin = event.mention.interval.begin  # (iso strings sort as the dates do)
        if previous is not None and begin < previous:
            return False
        previous = begin
    return True


def _with_publication_rows_merged(timeline: Timeline) -> Iterator[dict]:
    """:func:`with_publication_rows` of the event rows, lazily (the rows come sorted already).

    As that stable sort puts them: a publication row after the mentions of its day.
    """
    publication = sorted(publication_rows(timeline), key=lambda row: row["begin"])
    at = 0
    for row in iter_event_rows(timeline):
        while at < len(publication) and publication[at]["begin"] < row["begin"]:
            yield publication[at]
            at += 1
        yield row
    yield from publication[at:]


def write_json(timeline: Timeline, path: str | Path | TextIO) -> int:
    """The events JSON: an array of the CSV's rows, one object per row (indent 1).

    Written a row at a time as it is made, when the rows come sorted (:func:`_chunkable`):
    the bytes ``json.dump`` gives the whole list, with one row in memory rather than the
    table's.
    """
    if not _chunkable(timeline, floats=False):
        rows = with_publication_rows(event_rows(timeline), timeline)
        _atomic_write(path, lambda fh: json.dump(rows, fh, ensure_ascii=False, indent=1))
        return len(rows)
    written = [0]

    def write(fh: TextIO) -> None:
        written[0] = 0
        for row in _with_publication_rows_merged(timeline):
            # json.dump's list at indent 1: each object one level in (no value holds a newline)
            item = json.dumps(row, ensure_ascii=False, indent=1).replace("\n", "\n ")
            fh.write(("[\n " if not written[0] else ",\n ") + item)
            written[0] += 1
        fh.write("\n]" if written[0] else "[]")

    _atomic_write(path, write)
    return written[0]
