"""An events table read from a URL (fsspec's in-memory store) as from a folder."""

from __future__ import annotations

import uuid

import fsspec
import pytest

from tests.core.storage.test_parquet import _analysis, as_csv_text
from timeline_app.core.layout.archive_index import load_archive, read_column
from timeline_app.core.model import AnchorSource
from timeline_app.core.storage.export import event_rows
from timeline_app.core.storage.parquet import (
    ParquetEvents,
    events_dataset,
    is_parquet_table,
    read_parquet,
    timeline_from_parquet,
    write_parquet,
)
from timeline_app.core.story.timeline import assemble


@pytest.fixture
def url(tmp_path) -> str:
    from datetime import date

    timeline = assemble([_analysis(0, date(2023, 10, 19), AnchorSource.DETECTED),
                         _analysis(1, None, AnchorSource.MANUAL)])  # fmt: skip
    write_parquet(timeline, tmp_path / "events", partition_by="month")
    where = f"memory://tables-{uuid.uuid4().hex}/events"
    fs = fsspec.filesystem("memory")
    fs.put(str(tmp_path / "events"), where.removeprefix("memory://"), recursive=True)
    yield where
    fs.rm(where.removeprefix("memory://"), recursive=True)


def test_a_table_at_a_url_reads_as_a_folder_does(url, tmp_path):
    local = tmp_path / "events"
    assert is_parquet_table(url) and not is_parquet_table(url + "-nothing")
    assert read_parquet(url).equals(read_parquet(local))
    assert event_rows(timeline_from_parquet(url)) == event_rows(timeline_from_parquet(local))
    table = ParquetEvents(url, batch_size=3)
    while table.can_fetch_more():
        table.fetch_more()
    rows = [as_csv_text(table.row(r)) for r in range(table.fetched)]
    assert [r["event_id"] for r in rows] == list(read_parquet(local)["event_id"])
    assert events_dataset(url).count_rows() == table.total == 8
    index = load_archive(url)
    assert index is not None and len(index) == 8
    assert read_column(url, "article_id").to_pylist() == read_column(local, "article_id").to_pylist()


def test_an_unknown_scheme_is_not_a_table():
    assert not is_parquet_table("nosuchscheme-xyz://bucket/events")
