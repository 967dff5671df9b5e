"""Archive mode on a 5,000-event Parquet table: level of detail, navigation, table, export, routing.

The archive window draws with the main window's timeline view over an ``ArchiveIndex``.
"""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt

from tests.core.layout.test_archive_index import make_rows
from tests.gui.timeline.test_view import mark_pos
from timeline_app.core.layout.archive_index import ArchiveIndex
from timeline_app.core.storage.parquet import CONTRACT_COLUMNS, write_parquet
from timeline_app.gui import app as app_module
from timeline_app.gui.archive_window import ArchiveWindow
from timeline_app.gui.timeline.canvas import Canvas
from timeline_app.gui.timeline.view import TimelineView

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
    qtbot.waitUntil(lambda: win.archive is not None, timeout=20_000)
    return win


def _overlapping(rows, d0: float, d1: float) -> int:
    return sum(
        date.fromisoformat(r["begin"]).toordinal() < d1
        and date.fromisoformat(r["end"]).toordinal() > d0
        for r in rows
    )


def _mids(rows) -> np.ndarray:
    return np.array(
        [(date.fromisoformat(r["begin"]).toordinal() + date.fromisoformat(r["end"]).toordinal()) / 2
         for r in rows]
    )  # fmt: skip


def test_the_archive_draws_with_the_main_windows_view_and_canvas(window):
    assert type(window.view) is TimelineView and type(window.view.canvas) is Canvas
    assert window.view.index is window.archive and isinstance(window.archive, ArchiveIndex)


def test_opens_zoomed_out_on_density(window, rows):
    view = window.view
    assert view.lod() == "density" and view.in_view() == N
    d0, d1 = view.scale.begin_days, view.scale.end_days
    mids, grans = _mids(rows), np.array([r["granularity"] for r in rows])
    assert ((mids >= d0) & (mids < d1)).all()  # all of it in view
    drawn = [lf for lf in view.scene.frame.lanes if lf.density is not None]
    assert len(drawn) >= 3 and len(view.scene.densities.used) == len(drawn)
    for lf in drawn:  # every event of the lane, once, at its middle
        assert int(lf.density.sum()) == int((grans == lf.lane.key).sum())
    assert window.counts.text() == f"{N:,} events"
    assert "Read 5,000 events" in window.statusBar().currentMessage()
    assert window.load_seconds > 0


def test_zooming_in_materializes_the_events_in_view(window, rows):
    view = window.view
    view.zoom_to_range(date(2004, 6, 1), date(2004, 7, 15))
    assert view.lod() == "items"
    d0, d1 = view.scale.begin_days, view.scale.end_days
    assert view.in_view() == _overlapping(rows, d0, d1) > 0
    laid_out = [lf for lf in view.scene.frame.lanes if lf.layout is not None]
    assert laid_out and view.scene.event_items()
    for lf in laid_out:  # every event the lane meets is drawn, alone or in a counted pill
        assert sum(len(p.keys) for p in lf.layout.items) == lf.count
    assert f"{view.in_view():,} in view (items)" in window.range.text()
    view.grab()  # paints without error


def test_zooming_out_returns_to_density(window):
    view = window.view
    view.zoom_to_range(date(2004, 6, 1), date(2004, 6, 20))
    assert view.lod() == "items"
    for _ in range(16):  # 19 days * 1.5**16: most of the 30 years
        view.zoom_out()
    assert view.lod() == "density" and not view.scene.event_items()


def test_panning_and_dragging_change_the_visible_range(qtbot, window):
    view = window.view
    view.zoom_to_range(date(2010, 1, 1), date(2011, 1, 1))
    before = view.visible_range()
    with qtbot.waitSignal(view.rangeChanged, timeout=1000):
        view.pan_px(300)  # content moves right: earlier times come into view
    assert view.visible_range()[0] < before[0]
    moved = view.visible_range()
    vp = view.canvas.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=QPoint(600, 200))
    qtbot.mouseMove(vp, QPoint(450, 210))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=QPoint(450, 210))
    assert view.visible_range()[0] > moved[0]


def test_clicking_an_event_activates_it(qtbot, window):
    view = window.view
    view.zoom_to_range(date(2004, 6, 1), date(2004, 7, 1))
    item = view.scene.event_items()[0]
    with qtbot.waitSignal(view.eventActivated, timeout=1000) as signal:
        qtbot.mouseClick(
            view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=mark_pos(view, item)
        )
    assert signal.args == [item.event_id] and view.selected_id == item.event_id
    assert item.event_id in window.statusBar().currentMessage()


def test_lane_modes(window):
    view = window.view
    assert [lf.lane.key for lf in view.scene.frame.lanes] == ["day", "week", "month", "year"]
    window.set_lane_mode("single")
    assert len(view.scene.frame.lanes) == 1 and view.in_view() == N
    window.set_lane_mode("bucket")
    assert len(view.scene.frame.lanes) == 8 and view.in_view() == N
    with pytest.raises(ValueError):
        window.set_lane_mode("nonsense")
    assert window.lane_mode == "bucket" == view.lane_mode()


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
    view = window.view
    assert view.selected_id == event_id
    shown = [item.event_id for item in view.scene.event_items()]  # alone, or counted in a pill
    shown += [view.index.event_id(r) for item in view.scene.cluster_items() for r in item.rows]
    assert event_id in shown


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
    assert win.archive is None and "Reading" in win.view.message  # not read yet: a thread
    win.open_table(other)
    qtbot.waitUntil(lambda: win.archive is not None, timeout=20_000)
    qtbot.wait(200)  # the first load's late result must not replace the second
    assert len(win.archive) == 40 and win.view.index is win.archive and not win.view.message
    assert np.all(np.diff(win.archive.begin) >= 0)


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
        pos, view.canvas.viewport().mapToGlobal(pos), QPoint(0, 0), QPoint(0, 240),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(view.canvas.viewport(), wheel)
    assert view.scale.end_days - view.scale.begin_days == pytest.approx(span / 1.44)
    assert view.scale.days_at(x) == pytest.approx(under, abs=0.5)


def test_tooltips_name_the_event_or_the_count_under_the_cursor(window):
    view = window.view
    view.zoom_to_range(date(2004, 6, 1), date(2004, 7, 1))
    item = view.scene.event_items()[0]
    label = view.index.label(item.row)
    assert label in view.tooltip_for(item, mark_pos(view, item))
    view.fit_all()
    density = view.scene.densities.used[0]
    pos = view.canvas.mapFromScene(QPointF(400, density.boundingRect().center().y()))
    text = view.tooltip_for(density, pos)
    assert "events around" in text and "click to zoom in" in text


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
    assert win.archive is None  # and the table stopped at the bad file without raising
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
    qtbot.waitUntil(lambda: win.archive is not None, timeout=20_000)
    assert len(win.archive) == N and win.counts.text() == f"{N:,} events"
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
