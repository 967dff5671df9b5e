"""What a new user found wrong in the window, driven as that user: clicks, toggles, dialogs.

The story is written for the test: three reports of one bridge reopening (one of them a copy
republished a year later, whose anchor is suspect) and an article with no date at all.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QToolBar

from tests.gui.projects import wait_opened
from tests.gui.test_sources_panel import STORY as BRIDGE
from timeline_app.core.layout.frame import BADGE_W
from timeline_app.core.resources import seeds_dir
from timeline_app.core.story.headless import open_corpus
from timeline_app.gui.anchor_dialog import AnchorDialog
from timeline_app.gui.main_window import MainWindow
from timeline_app.gui.models import Roles
from timeline_app.gui.timeline.items import EventItem
from timeline_app.gui.timeline.paint import MARK_DY, TEXT_DY

STORY = {
    **BRIDGE,  # three reports of one bridge reopening, one a year-late copy
    "notes.txt": (
        "Ferry notes\n\n"
        "The ferry service will stop on Monday while the bridge is open. It first ran in 1998."
    ),
}


@pytest.fixture
def window(qtbot, tmp_path) -> MainWindow:
    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in STORY.items():
        (folder / name).write_text(text, encoding="utf-8")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(document=open_corpus([folder]), settings=settings, workers=1)
    qtbot.addWidget(w)
    w.project_io.autosave_dir = tmp_path / "autosave"
    w.project_io.ask_unsaved = lambda: "discard"
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.timeline.fit_all()
    return w


def _reopening(window: MainWindow, article_id: str):
    events = window.document.timeline.events_of(article_id)
    return next(e for e in events if e.mention.text == "Thursday")


def _item(window: MainWindow, event_id: str) -> EventItem:
    tl = window.timeline
    row = tl.index.row_of[event_id]
    event = window.document.timeline.event(event_id)
    tl.zoom_to_range(event.interval.begin - timedelta(days=10), event.interval.end + timedelta(days=10))
    tl._ensure_row_visible(row)
    item = tl.scene.item_of_row(row)
    assert item is not None, "the event is drawn"
    return item


def _click_scene(qtbot, window: MainWindow, x: float, y: float) -> None:
    canvas = window.timeline.canvas
    pos = canvas.mapFromScene(QPointF(x, y))
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_clicking_a_report_selects_that_report_and_its_badge_opens_the_sources(qtbot, window):
    for article_id in ("wire", "daily", "wire"):
        event = _reopening(window, article_id)
        item = _item(window, event.event_id)
        assert window.timeline.index.source_count(item.row) > 1
        p = item.placed
        _click_scene(qtbot, window, p.x0 + 1 if p.point else (p.x0 + p.x1) / 2, item.cy + MARK_DY)
        assert window.selection.event_id == event.event_id
        assert window.reader.article_id == article_id  # the reader shows the article clicked
        assert window.articles.current_article_id() == article_id
    window.docks["reader"].raise_()
    event = _reopening(window, "wire")
    item = _item(window, event.event_id)
    _click_scene(qtbot, window, item.placed.label_x + BADGE_W / 2 - 3, item.cy + TEXT_DY)
    assert window.selection.event_id == event.event_id  # the badge does not move the selection
    qtbot.waitUntil(lambda: window.sources_panel.isVisible())
    card = window.sources_panel.card.toPlainText()
    assert "City celebrates as the harbour bridge reopens" in card
    assert "report this happening" in window.statusBar().currentMessage()


def test_compress_gaps_starts_as_the_view_and_the_first_click_acts(qtbot, window):
    action = window.actions_.compress
    assert action.isChecked() and window.timeline.is_compressed()
    button = window.findChild(QToolBar, "mainToolBar").widgetForAction(action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not action.isChecked() and not window.timeline.is_compressed()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert action.isChecked() and window.timeline.is_compressed()


def test_a_saved_uncompressed_view_comes_back_unchecked(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("timeline/compressed", False)
    w = MainWindow(settings=settings, workers=1)
    qtbot.addWidget(w)
    assert not w.actions_.compress.isChecked() and not w.timeline.is_compressed()


def _subtitle(window: MainWindow, article_id: str) -> str:
    model = window.articles.model()
    return model.index(model.row_of(article_id)).data(Roles.SUBTITLE)


def test_accepting_the_suggestion_clears_anchor_suspect_in_the_article_list(qtbot, window):
    assert "anchor suspect" in _subtitle(window, "copy")
    window.articles.select_article("copy")
    window.docks["sources"].raise_()
    button = window.sources_panel.accept_button
    qtbot.waitUntil(button.isVisible)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "No problem" in window.sources_panel.anchor_label.text()
    assert "suspect" not in _subtitle(window, "copy")
    assert "suspect" not in window.articles.model().index(
        window.articles.model().row_of("copy")).data(Qt.ItemDataRole.ToolTipRole)
    window.actions_.undo.trigger()  # the page date is back: its check runs again on a worker
    qtbot.waitUntil(lambda: "anchor suspect" in _subtitle(window, "copy"), timeout=30_000)


def _open_anchor_dialog(window: MainWindow, article_id: str) -> AnchorDialog:
    window.articles.select_article(article_id)
    window.actions_.set_anchor.trigger()
    dialog = window.corrections_ui.dialog
    assert isinstance(dialog, AnchorDialog)
    return dialog


def test_set_anchor_opens_on_the_suggestion(window):
    best = window.document.timeline.reports["copy"].suggestion.best
    dialog = _open_anchor_dialog(window, "copy")
    assert dialog.calendar.date().toPython() == best
    assert dialog.iso.text() == best.isoformat()
    assert best.isoformat() in dialog.findChild(type(dialog.problem), "anchorSuggestion").text()
    dialog.reject()


def test_set_anchor_opens_on_the_detected_date_or_near_the_story(window):
    dialog = _open_anchor_dialog(window, "daily")
    assert dialog.calendar.date().toPython() == date(2021, 3, 4)
    dialog.reject()
    dialog = _open_anchor_dialog(window, "notes")  # no date anywhere on the page
    opened = dialog.calendar.date().toPython()
    assert opened != date.today()
    assert date(2021, 3, 1) <= opened <= date(2022, 3, 31)
    dialog.reject()


def _save_start(monkeypatch, window: MainWindow) -> list[str]:
    asked: list[str] = []

    def fake(parent, caption, start, *args, **kwargs):
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    window.project_io.save_action.trigger()
    return asked


def test_save_on_the_bundled_seeds_is_save_as_into_documents(qtbot, window, monkeypatch):
    project = seeds_dir() / "seeds.timeline"
    before = project.read_bytes()
    window.open_paths([str(project)])
    wait_opened(qtbot, window)
    window.actions_.undo.trigger()
    asked = _save_start(monkeypatch, window)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked == [str(Path(docs) / "seeds.timeline")]
    assert project.read_bytes() == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_save_on_a_read_only_project_is_save_as(qtbot, window, monkeypatch, tmp_path):
    window.project_io.save_as(tmp_path / "mine.timeline")
    (tmp_path / "mine.timeline").chmod(0o444)
    window.actions_.undo.trigger()
    assert _save_start(monkeypatch, window)[0].endswith("mine.timeline")
    assert not _save_start(monkeypatch, window)[0].startswith(str(tmp_path))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland systems only")
def test_no_display_is_one_clear_line_and_exit_1(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["HOME"] = str(tmp_path)
    done = subprocess.run([sys.executable, "-m", "timeline_app"], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0], done.stderr
    done = subprocess.run([sys.executable, "-m", "timeline_app"], timeout=120, text=True,
                          env={**env, "QT_QPA_PLATFORM": "xcb"}, capture_output=True)
    assert done.returncode == 1 and "DISPLAY" in done.stderr.strip()


DISAGREE = {
    "wire.txt": "Harbour bridge reopens after repairs\n\ndate 2021-03-05\n\n"
    "The harbour bridge reopened to traffic on Thursday after eight months of repairs, the city "
    "transport office said.\n",
    "daily.txt": "City celebrates as the harbour bridge reopens\n\ndate 2021-03-06\n\n"
    "The harbour bridge reopened to traffic on Wednesday after eight months of repairs, the "
    "city transport office said.\n",
}


def _red_pixels(image, rect) -> int:
    n = 0
    for x in range(max(0, rect.left()), min(image.width(), rect.right())):
        for y in range(max(0, rect.top()), min(image.height(), rect.bottom())):
            c = image.pixelColor(x, y)
            n += c.red() > 170 and c.green() < 110 and c.blue() < 110
    return n


def test_sources_that_disagree_are_marked_on_the_timeline(qtbot, tmp_path):
    folder = tmp_path / "dis"
    folder.mkdir()
    for name, text in DISAGREE.items():
        (folder / name).write_text(text, encoding="utf-8")
    w = MainWindow(document=open_corpus([folder]), settings=QSettings(
        str(tmp_path / "s.ini"), QSettings.Format.IniFormat), workers=1)
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    qtbot.waitExposed(w)
    events = w.document.timeline.events
    assert {e.interval.begin.day for e in events} == {3, 4}  # Wednesday and Thursday
    tl = w.timeline
    for event in events:
        item = _item(w, event.event_id)
        assert tl.index.disagrees(item.row)
        image = tl.canvas.viewport().grab().toImage()
        rect = tl.canvas.mapFromScene(item.sceneBoundingRect()).boundingRect()
        assert _red_pixels(image, rect) > 20, "the mark and its count are red"
        tip = tl.tooltip_for(item, tl.canvas.mapFromScene(item.sceneBoundingRect().center()))
        assert "disagree" in tip
    w.actions_.lanes["single"].trigger()  # a story whose sources agree has no red
    w2 = MainWindow(document=open_corpus([tmp_path / "dis" / "wire.txt"]), settings=QSettings(
        str(tmp_path / "s2.ini"), QSettings.Format.IniFormat), workers=1)
    qtbot.addWidget(w2)
    w2.resize(1300, 850)
    w2.show()
    qtbot.waitExposed(w2)
    item = _item(w2, w2.document.timeline.events[0].event_id)
    image = w2.timeline.canvas.viewport().grab().toImage()
    rect = w2.timeline.canvas.mapFromScene(item.sceneBoundingRect()).boundingRect()
    assert _red_pixels(image, rect) == 0


def test_lane_titles_are_told_apart(window):
    titles = [lane.title for lane in window.timeline.index.lanes]
    assert len(titles) == len(set(titles)) == 4
    # "wire" and "copy" carry the same headline: their dates tell them apart
    assert any(t.endswith("5 Mar 2021") for t in titles)
    assert any(t.endswith("10 Mar 2022") for t in titles)
