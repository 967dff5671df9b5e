"""The archive's arrays without Qt: reading, lanes, counts in view, density by midpoints."""

from __future__ import annotations

import random
from datetime import date, timedelta

import numpy as np
import pytest

from timeline_app.core.layout.archive_index import ArchiveIndex, load_archive
from timeline_app.core.storage.parquet import CONTRACT_COLUMNS, write_parquet

GRAN_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def make_rows(n: int, seed: int = 3) -> list[dict]:
    """``n`` contract rows, 1995-2024, most of them days, sorted by ``begin``."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        begin = date(1995, 1, 1) + timedelta(days=rng.randrange(0, 30 * 365))
        g = rng.choices(list(GRAN_DAYS), weights=[70, 10, 12, 8])[0]
        end = begin + timedelta(days=GRAN_DAYS[g])
        rows.append(
            {c: "" for c in CONTRACT_COLUMNS}
            | {
                "event_id": f"e{i}",
                "cluster_id": f"e{i}",
                "article_id": f"a{i % 53}",
                "article_title": f"Article {i % 53}",
                "expr_start": 0,
                "expr_end": 4,
                "value": begin.isoformat(),
                "begin": begin.isoformat(),
                "end": end.isoformat(),
                "granularity": g,
                "label": f"Event number {i}",
            }
        )
    rows.sort(key=lambda r: r["begin"])
    return rows


@pytest.fixture(scope="module")
def rows():
    return make_rows(5000)


@pytest.fixture(scope="module")
def index(rows, tmp_path_factory) -> ArchiveIndex:
    directory = tmp_path_factory.mktemp("archive") / "events"
    write_parquet(rows, directory)
    seen = []
    idx = load_archive(directory, progress=lambda done, total: seen.append((done, total)))
    assert idx is not None and seen[-1] == (5000, 5000)
    return idx


def _days(text: str) -> int:
    return date.fromisoformat(text).toordinal()


def test_reads_sorted_day_ordinals(index, rows):
    assert len(index) == len(rows)
    assert index.begin.dtype == np.int32 and np.all(np.diff(index.begin) >= 0)
    assert sorted(index.begin.tolist()) == sorted(_days(r["begin"]) for r in rows)
    first = index.columns(np.array([0]), ["event_id", "label"])
    row = next(r for r in rows if r["event_id"] == first["event_id"][0])
    assert _days(row["begin"]) == index.begin[0] and first["label"][0] == row["label"]


def test_lanes_by_granularity_single_and_bucket(index, rows):
    by_gran = {lane.key: lane.total for lane in index.lanes_of("granularity")}
    assert by_gran == {g: sum(r["granularity"] == g for r in rows) for g in GRAN_DAYS}
    assert [lane.total for lane in index.lanes_of("single")] == [len(rows)]
    assert sum(lane.total for lane in index.lanes_of("bucket")) == len(rows)
    with pytest.raises(ValueError):
        index.lanes_of("article")


@pytest.mark.parametrize(
    ("d0", "d1"), [(date(2001, 3, 1), date(2001, 3, 20)), (date(1990, 1, 1), date(2030, 1, 1))]
)
def test_counts_and_rows_match_brute_force(index, rows, d0, d1):
    a, b = d0.toordinal() + 0.5, d1.toordinal() + 0.25
    for lane in index.lanes_of("granularity"):
        expected = sorted(
            r["event_id"]
            for r in rows
            if r["granularity"] == lane.key and _days(r["begin"]) < b and _days(r["end"]) > a
        )
        found = index.query(lane, a, b)
        assert index.count(lane, a, b) == len(found) == len(expected)
        assert sorted(index.columns(found, ["event_id"])["event_id"]) == expected


def test_density_counts_each_event_once_at_its_middle(index, rows):
    from timeline_app.core.layout.metrics import TimeScale

    index.set_lane_mode("single")
    lane = index.lanes[0]
    whole = TimeScale(index.first - 10, index.last + 10, 999)
    assert index.density(lane, whole, 3.0).sum() == len(rows)
    a, b = date(2010, 2, 3).toordinal(), date(2011, 7, 9).toordinal()
    part = TimeScale(a, b, 300)
    mids = [(_days(r["begin"]) + _days(r["end"])) / 2 for r in rows]
    assert index.density(lane, part, 3.0).sum() == sum(a <= m < b for m in mids)
    index.set_lane_mode("granularity")


def test_empty_table(tmp_path):
    write_parquet([], tmp_path / "empty")
    index = load_archive(tmp_path / "empty")
    assert index is not None and len(index) == 0
    assert index.lanes == [] and index.story_extent() is None


def test_cancelled_load_returns_none(tmp_path, rows):
    write_parquet(rows[:10], tmp_path / "t")
    assert load_archive(tmp_path / "t", cancelled=lambda: True) is None
