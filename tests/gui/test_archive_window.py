"""Archive mode on a 5,000-event Parquet table: level of detail, navigation, table, export, routing."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt

from tests.core.layout.test_archive_index import make_rows
from timeline_app.core.storage.parquet import CONTRACT_COLUMNS, write_parquet
from timeline_app.gui import app as app_module
from timeline_app.gui.archive_window import ArchiveWindow
from timeline_app.gui.timeline import archive_paint as ap

N = 5000


@pytest.fixture(scope="module")
def rows():
    return make_rows(N)


@pytest.fixture(scope="module")
def table_dir(rows, tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("archive") / "events"
    write_parquet(rows, directory)
    return directory


@pytest.fixture
def window(qtbot, table_dir) -> ArchiveWindow:
    win = ArchiveWindow()
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    win.open_table(table_dir)
    qtbot.waitUntil(lambda: win.view.index is not None, timeout=20_000)
    return win


def _overlapping(rows, d0: float, d1: float) -> int:
    return sum(
        date.fromisoformat(r["begin"]).toordinal() < d1
        and date.fromisoformat(r["end"]).toordinal() > d0
        for r in rows
    )


def test_opens_zoomed_out_on_density(window, rows):
    view = window.view
    assert view.lod() == "density" and view.frame.count == N
    total = sum(float(lv.density.sum()) for lv in view.frame.lanes)
    d0, d1 = view.scale.begin_days, view.scale.end_days
    spread = 0.0  # each event's weight is spread over its days: the part of it in view counts
    for r in rows:
        b, e = date.fromisoformat(r["begin"]).toordinal(), date.fromisoformat(r["end"]).toordinal()
        spread += max(0.0, min(e, d1) - max(b, d0)) / (e - b)
    assert total == pytest.approx(spread) and spread > N - 1
    assert window.counts.text() == f"{N:,} events"
    assert "Read 5,000 events" in window.statusBar().currentMessage()
    assert window.load_seconds > 0


def test_zooming_in_materializes_the_events_in_view(window, rows):
    view = window.view
    view.zoom_to_range(date(2004, 6, 1), date(2004, 7, 15))
    assert view.lod() == "items"
    d0, d1 = view.scale.begin_days, view.scale.end_days
    assert view.item_count() == view.frame.count == _overlapping(rows, d0, d1) > 0
    view.grab()  # paints without error


def test_zooming_out_returns_to_density(window):
    view = window.view
    view.zoom_to_range(date(2004, 6, 1), date(2004, 6, 20))
    assert view.lod() == "items"
    for _ in range(16):  # 19 days * 1.5**16: most of the 30 years
        view.zoom_out()
    assert view.lod() == "density" and view.item_count() == 0
    d0, d1 = view.scale.begin_days, view.scale.end_days
    index = view.index
    for lv in view.frame.lanes:
        assert lv.count == index.count(lv.lane, d0, d1)


def test_panning_and_dragging_change_the_visible_range(qtbot, window):
    view = window.view
    view.zoom_to_range(date(2010, 1, 1), date(2011, 1, 1))
    before = view.visible_range()
    with qtbot.waitSignal(view.rangeChanged, timeout=1000):
        view.pan_px(300)  # content moves right: earlier times come into view
    assert view.visible_range()[0] < before[0]
    moved = view.visible_range()
    canvas = view.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(600, 200))
    qtbot.mouseMove(canvas, QPoint(450, 210))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(450, 210))
    assert view.visible_range()[0] > moved[0]


def test_clicking_an_event_activates_it(qtbot, window):
    view = window.view
    view.zoom_to_range(date(2004, 6, 1), date(2004, 7, 1))
    top, placed = next((t, pl) for t, pl in view.placed if len(pl.rows))
    k = 0
    x = int(placed.x0[k]) + 1
    y = int(top + ap.ROW_H * placed.row[k] + ap.ROW_H - 8)
    with qtbot.waitSignal(view.eventActivated, timeout=1000) as signal:
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert signal.args == [placed.ids[k]] and view.selected == placed.ids[k]


def test_lane_modes(window):
    view = window.view
    assert [lv.lane.key for lv in view.frame.lanes] == ["day", "week", "month", "year"]
    view.set_lane_mode("single")
    assert len(view.frame.lanes) == 1 and view.frame.count == N
    view.set_lane_mode("bucket")
    assert sum(lv.count for lv in view.frame.lanes) == N
    with pytest.raises(ValueError):
        view.set_lane_mode("nonsense")


def test_table_starts_with_a_batch_and_fetches_more(qtbot, window):
    model = window.table_model
    assert model is not None and model.table.total == N
    assert model.rowCount() == model.table.batch_size < N
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > model.table.batch_size, timeout=5000)
    assert model.canFetchMore(QModelIndex())


def test_a_table_row_zooms_the_timeline_to_its_event(window):
    index = window.table_model.index(500, 0)
    window._on_row(index)
    event_id = window.table_model.table.value(500, "event_id")
    assert window.view.selected == event_id
    assert event_id in [i for _, pl in window.view.placed for i in pl.ids]


def test_export_csv_of_the_visible_range(window, rows, tmp_path):
    view = window.view
    view.zoom_to_range(date(2004, 1, 1), date(2004, 4, 1))
    begin, end = view.visible_range()
    n = window.export_visible(tmp_path / "range.csv")
    with open(tmp_path / "range.csv", newline="", encoding="utf-8") as fh:
        got = list(csv.DictReader(fh))
    end_excl = (end + timedelta(days=1)).toordinal()
    assert n == len(got) == _overlapping(rows, begin.toordinal(), end_excl) > 0
    assert list(got[0]) == CONTRACT_COLUMNS
    assert [r["begin"] for r in got] == sorted(r["begin"] for r in got)


def test_routing_picks_the_archive_for_one_parquet_table(table_dir, tmp_path):
    assert app_module.archive_table([str(table_dir)]) == table_dir
    assert app_module.archive_table([str(table_dir), str(tmp_path)]) is None
    assert app_module.archive_table([str(tmp_path)]) is None
    assert app_module.archive_table(None) is None


def test_loading_runs_in_a_thread_and_the_newest_open_wins(qtbot, table_dir, tmp_path):
    other = tmp_path / "few"
    write_parquet(make_rows(40, seed=9), other)
    win = ArchiveWindow()
    qtbot.addWidget(win)
    win.open_table(table_dir)
    assert win.view.index is None and "Reading" in win.view.message  # not read yet: a thread
    win.open_table(other)
    qtbot.waitUntil(lambda: win.view.index is not None, timeout=20_000)
    qtbot.wait(200)  # the first load's late result must not replace the second
    assert len(win.view.index) == 40
    assert np.all(np.diff(win.view.index.begin) >= 0)


def test_allocate_gives_lanes_what_they_want_or_their_floor_and_a_share():
    assert ap.allocate(300, [100, 50], [40, 40]) == [175, 125]
    heights = ap.allocate(200, [400, 72, 72], [58, 46, 46])
    assert sum(heights) == pytest.approx(200) and heights[1] >= 46 and heights[0] > heights[1]


def test_place_stacks_overlapping_events_and_keeps_every_one():
    n = 6
    days = np.full(n, 730000, np.int32)
    placed = ap.place(
        np.arange(n), days, days + 1, np.zeros(n, np.int8), [f"event {i}" for i in range(n)],
        [f"e{i}" for i in range(n)], 729990.0, 20.0, 3, lambda s: 7.0 * len(s),
    )  # fmt: skip
    assert len(placed.rows) == n and placed.row.tolist() == [0, 1, 2, 2, 2, 2]
    assert (placed.label_room > 0).tolist() == [True, True, True, False, False, False]


def test_bin_caption():
    from timeline_app.gui.timeline.archive_draw import bin_caption

    assert bin_caption(1) == "events per day"
    assert bin_caption(3.2) == "events per 3.2 days"
    assert bin_caption(400) == "events per 1.1 years"
    assert bin_caption(0.013) == "events per 19 minutes"


def test_wheel_zooms_around_the_cursor(window):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    view = window.view
    view.zoom_to_range(date(2000, 1, 1), date(2010, 1, 1))
    x = 300.0
    under = view.scale.days_at(x)
    span = view.scale.end_days - view.scale.begin_days
    pos = QPointF(x, 100)
    wheel = QWheelEvent(
        pos, view.canvas.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 240),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(view.canvas, wheel)
    assert view.scale.end_days - view.scale.begin_days == pytest.approx(span / 1.44)
    assert view.scale.days_at(x) == pytest.approx(under, abs=0.5)


def test_tooltips_name_the_event_or_the_count_under_the_cursor(window):
    view = window.view
    view.zoom_to_range(date(2004, 6, 1), date(2004, 7, 1))
    top, placed = next((t, pl) for t, pl in view.placed if len(pl.rows))
    y = int(top + ap.ROW_H * placed.row[0] + ap.ROW_H - 8)
    assert placed.labels[0] in view.tooltip_at(QPoint(int(placed.x0[0]), y))
    view.fit_all()
    text = view.tooltip_at(QPoint(400, 60))
    assert "events meet" in text and "click to zoom in" in text


def test_export_menu_writes_in_the_background(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "menu.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.view.zoom_to_range(date(2004, 1, 1), date(2004, 2, 1))
    window.export_action.trigger()
    qtbot.waitUntil(lambda: "Wrote" in window.statusBar().currentMessage(), timeout=10_000)
    assert target.is_file() and target.read_text(encoding="utf-8").startswith("event_id,")


def test_a_table_that_cannot_be_read_says_so(qtbot, tmp_path):
    broken = tmp_path / "broken"
    write_parquet(make_rows(20), broken)
    part = next(broken.glob("*=*/*.parquet"))
    part.write_bytes(b"not parquet at all")
    win = ArchiveWindow()
    qtbot.addWidget(win)
    win.open_table(broken)
    qtbot.waitUntil(lambda: "Could not read" in win.view.message, timeout=10_000)
    assert win.view.index is None  # and the table stopped at the bad file without raising
    win.view.grab()  # the message paints


def test_a_table_at_a_url_opens_as_a_folder_does(qtbot, table_dir, tmp_path, monkeypatch):
    import uuid

    import fsspec

    url = f"memory://archive-{uuid.uuid4().hex}/events"
    fs = fsspec.filesystem("memory")
    fs.put(str(table_dir), url.removeprefix("memory://"), recursive=True)
    assert app_module.archive_table([url]) == url
    win = ArchiveWindow()
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    monkeypatch.setattr(
        "timeline_app.gui.archive_window.QInputDialog.getText", lambda *a, **k: (url, True)
    )
    win.choose_url()  # File > Open Events Table from URL…
    qtbot.waitUntil(lambda: win.view.index is not None, timeout=20_000)
    assert len(win.view.index) == N and win.counts.text() == f"{N:,} events"
    assert win.windowTitle().startswith("events — ")
    assert win.table_model is not None and win.table_model.rowCount() > 0
    assert win.table_model.index(0, 0).data() == str(win.table_model.table.value(0, "begin"))
    win.view.zoom_to_range(date(2000, 1, 1).toordinal(), date(2001, 1, 1).toordinal())
    assert win.export_visible(tmp_path / "range.csv") > 0
    fs.rm(url.removeprefix("memory://"), recursive=True)


def test_a_url_that_is_not_a_table_is_refused(qtbot, monkeypatch):
    warned = []
    monkeypatch.setattr(
        "timeline_app.gui.archive_window.QMessageBox.warning", lambda *a: warned.append(a[2])
    )
    win = ArchiveWindow()
    qtbot.addWidget(win)
    win.open_table("memory://nothing-here/events")
    win.open_table("nosuchscheme-xyz://bucket/events")
    assert len(warned) == 2 and "is not an events table" in warned[0]
    assert win.directory is None
