"""The real window, driven as a user would: load in the background, select, filter, export."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from timeline_app.core.corrections.edits import SetAnchor
from timeline_app.core.resources import seeds_dir
from timeline_app.gui.main_window import MainWindow
from timeline_app.gui.models import Roles
from timeline_app.gui.timeline.view import TimelineView

ARTICLES = {
    "holt.txt": "Holt meets Reyes\n\nPublished 2023-10-19\n\n"
    "Mayor Ines Holt met Envoy Tomas Reyes in Port Selden on 18 October 2023. "
    "The two men first met in 2019. Relations have improved recently.\n",
    "varga.txt": "Varga to visit Norland\n\nPublished 2024-06-17\n\n"
    "President Elena Varga will arrive in Port Selden on 18 June 2024 for a two-day visit. "
    "His last trip to the country was in 2000.\n",
    "treaty.txt": "Treaty ratified\n\nPublished 2024-11-12\n\n"
    "Estmark ratified the defence treaty with Norland on 9 November 2024. "
    "Soldiers were sent to Valdane in October 2024.\n",
}


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def visible_calls(monkeypatch) -> list:
    """Every ``TimelineView.set_visible_events`` call (patched before the window connects it)."""
    calls: list = []
    original = TimelineView.set_visible_events

    def record(self, ids):
        calls.append(ids)
        original(self, ids)

    monkeypatch.setattr(TimelineView, "set_visible_events", record)
    return calls


@pytest.fixture
def window(qtbot, settings) -> MainWindow:
    w = MainWindow(settings=settings, workers=1)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def folder(tmp_path) -> Path:
    root = tmp_path / "story"
    root.mkdir()
    for name, text in ARTICLES.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def load(qtbot, window: MainWindow, paths) -> None:
    """Open ``paths`` and wait for the load, then for its anchor checks (a second worker)."""
    with qtbot.waitSignal(window.loader.idle, timeout=60_000):
        window.open_paths([str(p) for p in paths])
    qtbot.waitUntil(lambda: not window.document.unsettled, timeout=60_000)


def test_loads_a_folder_in_the_background(qtbot, window, folder):
    load(qtbot, window, [folder])
    assert window.articles.model().rowCount() == 3
    assert window.events.model.rowCount() >= 6
    assert "3 articles" in window.status.counts.text()
    assert not window.status.progress.isVisible()
    assert window.recent.paths()[0] == str(folder)


def test_loads_the_seeds_while_the_window_stays_responsive(qtbot, window):
    ticks: list[int] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    load(qtbot, window, [seeds_dir()])
    timer.stop()
    assert ticks  # the event loop ran while the articles were read and tagged
    assert window.articles.model().rowCount() == 5
    assert window.events.model.rowCount() > 10


def test_bad_file_is_listed_while_the_rest_loads(qtbot, window, folder):
    (folder / "broken.json").write_text('{"id": "x", "title": ', encoding="utf-8")
    load(qtbot, window, [folder])
    assert window.articles.model().rowCount() == 3
    problems = window.problems.model()
    assert problems.rowCount() == 1
    assert problems.index(0).data() == "broken.json"
    assert window.docks["problems"].windowTitle() == "Problems (1)"
    assert "JSON" in problems.index(0).data(Roles.SUBTITLE)


def test_clicking_an_event_shows_its_sentence_in_the_reader(qtbot, window, folder):
    load(qtbot, window, [folder])
    table, proxy = window.events.table, window.events.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 4).data() == "9 November 2024")
    rect = table.visualRect(proxy.index(row, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    event_id = proxy.index(row, 0).data(Roles.ID)
    assert window.selection.event_id == event_id
    assert window.reader.article_id == "treaty"
    sentence, expression = window.reader.browser.extraSelections()
    assert sentence.cursor.selectedText().startswith("Estmark ratified the defence treaty")
    assert expression.cursor.selectedText() == "9 November 2024"
    assert window.articles.current_article_id() == "treaty"


def test_timeline_activation_selects_the_table_row_and_reader(qtbot, window, folder):
    load(qtbot, window, [folder])
    event = next(e for e in window.document.timeline.events if e.mention.text == "18 June 2024")
    window.timeline.eventActivated.emit(event.event_id)
    current = window.events.table.currentIndex()
    assert current.data(Roles.ID) == event.event_id
    assert window.reader.event_id == event.event_id
    # and back: a click on an expression in the reader selects its event everywhere
    other = next(e for e in window.document.timeline.events if e.article_id == "holt")
    window.reader.eventActivated.emit(other.event_id)
    assert window.events.table.currentIndex().data(Roles.ID) == other.event_id
    assert window.reader.article_id == "holt"


def test_filter_drives_table_and_timeline(qtbot, visible_calls, window, folder):
    load(qtbot, window, [folder])
    total = window.events.proxy.rowCount()
    window.actions_.find.trigger()
    qtbot.keyClicks(window.events.filter, "Varga")
    proxy = window.events.proxy
    qtbot.waitUntil(lambda: proxy.rowCount() < total)  # applied after a pause in typing
    assert proxy.rowCount() > 0
    shown = {proxy.index(r, 0).data(Roles.ID) for r in range(proxy.rowCount())}
    assert visible_calls[-1] == shown
    assert window.events.count.text() == f"{len(shown)} of {total}"
    window.events.filter.clear()
    qtbot.waitUntil(lambda: proxy.rowCount() == total)
    assert visible_calls[-1] is None


def test_date_range_filter(qtbot, visible_calls, window, folder):
    load(qtbot, window, [folder])
    qtbot.keyClicks(window.events.begin, "2024-06")
    qtbot.keyClicks(window.events.end, "2024-10")
    proxy = window.events.proxy
    qtbot.waitUntil(lambda: proxy.date_range[1] is not None)
    events = [window.events.model.event_at(proxy.mapToSource(proxy.index(r, 0)).row())
              for r in range(proxy.rowCount())]  # fmt: skip
    assert {e.mention.text for e in events} >= {"18 June 2024", "October 2024"}
    assert all(e.interval.end.isoformat() > "2024-06-01" for e in events)
    assert all(e.interval.begin.isoformat() <= "2024-10-31" for e in events)
    assert visible_calls[-1] == {e.event_id for e in events}
    window.events.end.setText("2024-1x")  # a typo marks the field and leaves that end open
    qtbot.waitUntil(lambda: window.events.end.property("invalid") is True)
    assert proxy.date_range[1] is None


def test_vague_tray_shows_the_mention_in_the_reader(qtbot, window, folder):
    load(qtbot, window, [folder])
    tray = window.vague
    row = next(
        r for r in range(tray.model.rowCount()) if tray.model.mention_at(r)[1].text == "recently"
    )
    rect = tray.view.visualRect(tray.model.index(row))
    qtbot.mouseClick(tray.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.article_id == "holt"
    assert window.reader.browser.extraSelections()[1].cursor.selectedText() == "recently"


def test_export_csv_from_the_menu(qtbot, window, folder, tmp_path, monkeypatch):
    load(qtbot, window, [folder])
    target = tmp_path / "out" / "events.csv"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.actions_.export_csv.trigger()
    with target.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    mentions = [r for r in rows if r["role"] == "mention"]  # (and a publication row per dated page)
    assert len(mentions) == len(window.document.timeline.events)
    published = {a.article.id for a in window.document.timeline.analyses.values() if a.article.published}
    assert {r["article_id"] for r in rows if r["role"] == "publication"} == published
    assert {"event_id", "begin", "end", "granularity", "sentence", "label"} <= set(rows[0])
    assert "Exported" in window.statusBar().currentMessage()


def test_window_state_is_restored(qtbot, settings, folder):
    first = MainWindow(settings=settings, workers=1)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 520)  # the offscreen screen is small: the window may clamp this
    size = (first.width(), first.height())
    first.docks["vague"].hide()
    first.actions_.lanes["granularity"].trigger()
    first.actions_.compress.setChecked(True)
    first.recent.add([str(folder)])
    first.events.table.horizontalHeader().resizeSection(0, 201)
    first.events.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    first.close()

    second = MainWindow(settings=settings, workers=1)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == size
    assert not second.docks["vague"].isVisible()
    assert second.docks["reader"].isVisible()
    assert second.actions_.lanes["granularity"].isChecked()
    assert second.actions_.compress.isChecked()
    header = second.events.table.horizontalHeader()
    assert header.sectionSize(0) == 201
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        1,
        Qt.SortOrder.DescendingOrder,
    )
    assert second.events.proxy.sortColumn() == 1
    second.actions_.recent_menu.aboutToShow.emit()
    assert any(a.statusTip() == str(folder) for a in second.actions_.recent_menu.actions())


def test_dropping_a_folder_loads_it(qtbot, window, folder):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(window.loader.idle, timeout=60_000):
        window.dropEvent(event)
    assert window.articles.model().rowCount() == 3


def test_undo_stack_and_standard_shortcuts(window):
    keys = [k.toString() for k in window.actions_.redo.shortcuts()]
    assert "Ctrl+Shift+Z" in keys
    assert "Ctrl+Z" in [k.toString() for k in window.actions_.undo.shortcuts()]
    assert window.actions_.undo.parent() is window and window.undo_stack.count() == 0
    assert window.article_menu.actions()[0] is window.actions_.set_anchor


def test_cancel_button_in_the_status_bar_stops_a_load(qtbot, window, folder, monkeypatch):
    from tests.gui.test_loader import slow_load
    from timeline_app.gui import loader as loader_module

    monkeypatch.setattr(
        loader_module, "load", lambda paths, **kw: slow_load(paths, steps=200, **kw)
    )
    window.open_paths([str(folder)])
    qtbot.waitUntil(lambda: window.status.cancel.isVisible())
    assert window.status.progress.isVisible()
    with qtbot.waitSignal(window.loader.cancelled, timeout=5000):
        qtbot.mouseClick(window.status.cancel, Qt.MouseButton.LeftButton)
    assert not window.status.progress.isVisible()
    assert "cancelled" in window.statusBar().currentMessage()
    assert not window.document.timeline.analyses


def test_opening_again_during_a_load_keeps_only_the_newest(qtbot, window, folder, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "solo.txt").write_text(ARTICLES["varga.txt"], encoding="utf-8")
    window.open_paths([str(folder)])
    with qtbot.waitSignal(window.loader.idle, timeout=60_000):
        window.open_paths([str(other)])
    qtbot.wait(200)
    assert list(window.document.timeline.analyses) == ["solo"]


def test_selection_survives_a_correction_elsewhere(qtbot, window, folder):
    load(qtbot, window, [folder])
    event = next(e for e in window.document.timeline.events if e.mention.text == "9 November 2024")
    window.selection.select_event(event.event_id)
    window.document.apply(SetAnchor("holt", date(2023, 10, 20)))
    assert window.events.table.currentIndex().data(Roles.ID) == event.event_id
    assert window.articles.current_article_id() == "treaty"
    assert window.reader.event_id == event.event_id


def test_filtering_the_selected_event_away_keeps_it_selected(qtbot, window, folder):
    load(qtbot, window, [folder])
    event = next(e for e in window.document.timeline.events if e.mention.text == "9 November 2024")
    window.selection.select_event(event.event_id)
    window.events.filter.setText("Varga")
    window.events.apply_filters()
    assert window.selection.event_id == event.event_id  # still read in the reader
    assert not window.events.table.currentIndex().isValid()
    window.events.filter.setText("")
    window.events.apply_filters()
    assert window.events.table.currentIndex().data(Roles.ID) == event.event_id


def test_an_undated_article_is_placed_on_its_estimate_as_on_the_command_line(qtbot, window):
    """The window and the command line run the same pipeline: estimates are working anchors."""
    from timeline_app.core.model import AnchorSource
    from timeline_app.core.resources import seeds_dir
    from timeline_app.core.story.headless import open_corpus

    folder = [p for p in seeds_dir().glob("*.txt")]
    load(qtbot, window, folder)
    undated = [a for a in window.document.timeline.analyses.values() if a.article.published is None]
    assert undated
    cli = open_corpus(folder).timeline.analyses
    for analysis in undated:
        assert analysis.anchor.source is AnchorSource.ESTIMATED
        assert analysis.anchor == cli[analysis.article.id].anchor
        placed = {(e.event_id, e.mention.value, e.interval)
                  for e in window.document.timeline.events_of(analysis.article.id)}
        assert placed and placed == {(e.event_id, e.mention.value, e.interval)
                                     for e in cli[analysis.article.id].events}
