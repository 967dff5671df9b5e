"""The events table survives Parquet: contract columns, types, order, and the exporter's output."""

from __future__ import annotations

import json
from datetime import date

import pyarrow.parquet as pq
import pytest

from timeline_app.core.events.build import build_events
from timeline_app.core.model import (
    Anchor,
    AnchorSource,
    Article,
    ArticleAnalysis,
    Granularity,
    Interval,
    Mention,
    Timeline,
    TimexType,
)
from timeline_app.core.storage.export import COLUMNS, event_rows, write_csv
from timeline_app.core.storage.parquet import (
    CONTRACT_COLUMNS,
    ParquetEvents,
    is_parquet_table,
    iter_batches,
    read_parquet,
    timeline_from_parquet,
    write_parquet,
)
from timeline_app.core.story.timeline import assemble


def _mention(
    text: str, body: str, value: str, gran: Granularity, begin: date, end: date
) -> Mention:
    start = body.index(text)
    return Mention(
        start, start + len(text), text, TimexType.DATE, value, "", gran, Interval(begin, end),
        rule="test", reference="anchor", confidence=0.875,
    )  # fmt: skip


def _analysis(i: int, published: date | None, source: AnchorSource) -> ArticleAnalysis:
    body = (
        f"Envoy «{i}» arrived in Zürich on Wednesday, officials said.\n"
        f'The treaty, signed in 1948, was "revised" in October 2023; a deal followed.\n'
        f"Old rivalries go back to 0999, the chronicle says."
    )
    anchor_day = published or date(2023, 10, 19)
    mentions = [
        _mention("Wednesday", body, "2023-10-18", Granularity.DAY, date(2023, 10, 18),
                 date(2023, 10, 19)),
        _mention("1948", body, "1948", Granularity.YEAR, date(1948, 1, 1), date(1949, 1, 1)),
        _mention("October 2023", body, "2023-10", Granularity.MONTH, date(2023, 10, 1),
                 date(2023, 11, 1)),
        _mention("0999", body, "0999", Granularity.YEAR, date(999, 1, 1), date(1000, 1, 1)),
    ]  # fmt: skip
    article = Article(f"{i:03d}_art", f"Title, “{i}”", body, published)
    anchor = Anchor(anchor_day if source is not AnchorSource.NONE else None, source)
    return ArticleAnalysis(article, anchor, mentions, build_events(article, mentions))


@pytest.fixture
def timeline() -> Timeline:
    return assemble(
        [
            _analysis(0, date(2023, 10, 19), AnchorSource.DETECTED),
            _analysis(1, None, AnchorSource.MANUAL),
            _analysis(2, None, AnchorSource.NONE),
        ]
    )


def as_csv_text(row: dict) -> dict:
    """A row read from Parquet as the CSV writes it: dates in ISO form, nulls empty."""
    return {
        k: "" if v is None or v != v else v.isoformat() if isinstance(v, date) else v
        for k, v in row.items()
    }


@pytest.mark.parametrize("partition_by", ["year", "month", "bucket"])
def test_round_trip_keeps_contract_columns_values_and_order(tmp_path, timeline, partition_by):
    directory = tmp_path / "events"
    assert write_parquet(timeline, directory, partition_by=partition_by, chunk_rows=5) == 12
    assert is_parquet_table(directory)
    frame = read_parquet(directory)
    assert list(frame.columns[: len(CONTRACT_COLUMNS)]) == CONTRACT_COLUMNS
    expected = event_rows(timeline)
    got = [as_csv_text(r) for r in frame.to_dict("records")]
    assert [{c: r[c] for c in CONTRACT_COLUMNS} for r in got] == [
        {c: r[c] for c in CONTRACT_COLUMNS} for r in expected
    ]


def test_dates_are_dates_missing_values_null_and_no_internal_column(tmp_path, timeline):
    write_parquet(timeline, tmp_path / "events")
    part = next((tmp_path / "events").glob("year=*/*.parquet"))
    schema = pq.read_schema(part)
    for name in CONTRACT_COLUMNS:
        expected = {"expr_start": "int64", "expr_end": "int64", "published": "date32[day]",
                    "anchor": "date32[day]", "begin": "date32[day]", "end": "date32[day]"}
        assert str(schema.field(name).type) == expected.get(name, "string"), name
    assert str(schema.field("confidence").type) == "double"
    assert not [n for n in schema.names if n.startswith("_")]
    table = pq.read_table(part)
    # article 1 has no publication date and article 2 no anchor: nulls, not empty strings
    assert table.column("published").null_count > 0
    assert table.column("anchor").null_count > 0
    assert table.column("mod").null_count == table.num_rows  # no modifier anywhere
    assert "" not in table.column("published").to_pylist()
    meta = json.loads((tmp_path / "events" / "_events.json").read_text())
    assert meta["version"] == 2 and meta["dtypes"]["begin"] == "date32"
    assert meta["dtypes"]["value"] == "string"  # TIMEX3 values ("2023-10", "PRESENT_REF")


def test_a_version_1_table_of_strings_still_reads(tmp_path, timeline):
    import pyarrow as pa

    rows = event_rows(timeline)
    directory = tmp_path / "old"
    (directory / "year=2023").mkdir(parents=True)
    table = pa.Table.from_pylist([{**r, "_row": i} for i, r in enumerate(rows)])
    pq.write_table(table, directory / "year=2023" / "part-00000.parquet")
    meta = {"format": "timeline_app events", "version": 1, "columns": COLUMNS,
            "partition_by": "year", "rows": len(rows),
            "files": {"year=2023/part-00000.parquet": len(rows)}}  # fmt: skip
    (directory / "_events.json").write_text(json.dumps(meta))
    assert event_rows(timeline_from_parquet(directory)) == rows
    assert "_row" not in read_parquet(directory).columns


def test_year_partitions_are_named_by_begin(tmp_path, timeline):
    write_parquet(timeline, tmp_path / "events")
    names = sorted(p.name for p in (tmp_path / "events").iterdir() if p.is_dir())
    assert names == ["year=0999", "year=1948", "year=2023"]
    write_parquet(timeline, tmp_path / "monthly", partition_by="month")
    months = sorted(str(p.parent.relative_to(tmp_path / "monthly"))
                    for p in (tmp_path / "monthly").glob("**/*.parquet"))  # fmt: skip
    assert months == ["year=0999/month=01", "year=1948/month=01", "year=2023/month=10"]


def test_timeline_from_parquet_exports_the_same_csv(tmp_path, timeline):
    write_parquet(timeline, tmp_path / "events", partition_by="bucket", buckets=2)
    rebuilt = timeline_from_parquet(tmp_path / "events")
    assert event_rows(rebuilt) == event_rows(timeline)
    write_csv(timeline, tmp_path / "a.csv")
    write_csv(rebuilt, tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert [e.sentence_start for e in rebuilt.events] == [e.sentence_start for e in timeline.events]


def test_rows_and_dataframes_are_accepted(tmp_path, timeline):
    rows = event_rows(timeline)
    write_parquet(rows, tmp_path / "rows")
    frame = read_parquet(tmp_path / "rows")
    assert list(frame.columns) == COLUMNS
    assert [as_csv_text(r) for r in frame.to_dict("records")] == rows
    write_parquet(frame, tmp_path / "frame")
    assert read_parquet(tmp_path / "frame").equals(frame)


def test_rows_without_contract_columns_are_refused(tmp_path):
    with pytest.raises(ValueError, match="expr_start"):
        write_parquet([{"event_id": "x", "begin": "2020-01-01"}], tmp_path / "bad")
    assert not (tmp_path / "bad").exists()


def test_replaces_a_table_but_not_another_folder(tmp_path, timeline):
    directory = tmp_path / "events"
    write_parquet(timeline, directory)
    write_parquet(event_rows(timeline)[:2], directory)
    assert len(read_parquet(directory)) == 2
    other = tmp_path / "photos"
    other.mkdir()
    (other / "cat.jpg").write_bytes(b"")
    with pytest.raises(FileExistsError):
        write_parquet(timeline, other)
    assert (other / "cat.jpg").exists()


def test_empty_timeline(tmp_path):
    assert write_parquet(Timeline(), tmp_path / "events") == 0
    assert len(read_parquet(tmp_path / "events")) == 0
    assert timeline_from_parquet(tmp_path / "events").events == []


def test_batches_and_fetch_on_demand_follow_timeline_order(tmp_path, timeline):
    write_parquet(timeline, tmp_path / "events")
    ids = [r["event_id"] for r in event_rows(timeline)]
    batched = [
        i for b in iter_batches(tmp_path / "events", 5) for i in b.column("event_id").to_pylist()
    ]
    assert batched == ids
    table = ParquetEvents(tmp_path / "events", batch_size=5)
    assert (table.total, table.fetched) == (12, 0)
    while table.can_fetch_more():
        assert table.fetch_more() > 0
    assert [table.value(r, "event_id") for r in range(table.fetched)] == ids
    assert table.row(0)["expr_start"] == timeline.events[0].mention.start
    with pytest.raises(IndexError):
        table.value(12, 0)


def test_untidy_values_are_typed_and_missing_ones_null(tmp_path, timeline):
    rows = event_rows(timeline)[:3]
    rows[0] = rows[0] | {"published": None, "anchor": date(2023, 10, 19), "mod": float("nan")}
    rows[1] = rows[1] | {"expr_start": "7", "confidence": ""}
    write_parquet(rows, tmp_path / "events")
    got = read_parquet(tmp_path / "events").to_dict("records")
    assert (got[0]["published"], got[0]["anchor"]) == (None, date(2023, 10, 19))
    assert pq.read_table(next((tmp_path / "events").glob("*/*.parquet"))).column("mod")[0].as_py() is None
    assert got[1]["expr_start"] == 7 and got[1]["confidence"] != got[1]["confidence"]  # NaN
    assert as_csv_text(got[2]) == rows[2]
