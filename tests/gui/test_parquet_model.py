"""The fetch-on-demand model over a Parquet events table: batches, order, and a scrolling view."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from timeline_app.core.storage.parquet import CONTRACT_COLUMNS, ParquetEvents, write_parquet
from timeline_app.gui.parquet_model import ID_ROLE, ParquetEventModel, parquet_table_view

ROWS = 2_500


def _rows(n: int) -> list[dict]:
    rows = []
    for i in range(n):
        begin = date(1990, 1, 1) + timedelta(days=11 * i)
        rows.append(
            {c: "" for c in CONTRACT_COLUMNS}
            | {
                "event_id": f"a{i % 97:03d}@{i}",
                "cluster_id": f"a{i % 97:03d}@{i}",
                "article_id": f"a{i % 97:03d}",
                "article_title": f"Article {i % 97}",
                "expression": "on Wednesday",
                "expr_start": i,
                "expr_end": i + 12,
                "value": begin.isoformat(),
                "begin": begin.isoformat(),
                "end": (begin + timedelta(days=1)).isoformat(),
                "granularity": "day",
                "sentence": f"Something happened on Wednesday, number {i}.",
                "label": f"Something happened #{i}",
            }
        )
    return rows


@pytest.fixture(scope="module")
def table_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("parquet") / "events"
    write_parquet(_rows(ROWS), directory)
    return directory


def test_passes_qt_model_tester(qtmodeltester, tmp_path):
    write_parquet(_rows(300), tmp_path / "small")  # the tester re-checks every row on each insert
    model = ParquetEventModel(ParquetEvents(tmp_path / "small", batch_size=64))
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)


def test_fetches_one_batch_at_a_time_in_timeline_order(qtbot, table_dir):
    model = ParquetEventModel(ParquetEvents(table_dir, batch_size=1000))
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    assert model.table.total == ROWS
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.fetchMore(QModelIndex())
    assert inserted.args[1:] == [0, 999]
    assert model.rowCount() == 1000
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == ROWS
    model.fetchMore(QModelIndex())  # at the end: nothing, no signal
    assert model.rowCount() == ROWS
    begins = [model.data(model.index(r, 0)) for r in range(ROWS)]
    assert begins == sorted(begins) and begins[0] == "1990-01-01"
    assert model.data(model.index(5, 2)) == "Something happened #5"
    assert model.data(model.index(5, 0), ID_ROLE) == "a005@5"
    assert "number 5." in model.data(model.index(5, 2), Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Event"


def test_unknown_column_is_refused(table_dir):
    with pytest.raises(ValueError, match="no column"):
        ParquetEventModel(ParquetEvents(table_dir), columns=("begin", "mood"))


def test_a_scrolling_view_asks_for_more(qtbot, table_dir):
    view = parquet_table_view(table_dir)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    first = model.rowCount()
    assert first < ROWS
    for _ in range(5):
        view.scrollToBottom()
        qtbot.wait(10)
    qtbot.waitUntil(lambda: model.rowCount() > first)
    assert model.rowCount() <= ROWS
