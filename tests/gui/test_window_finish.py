"""Finishing touches, used as a person would: menus, help pages, keys, wording, toolbar names."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar

from timeline_app.core.story.headless import open_corpus
from timeline_app.gui.main_window import MainWindow
from timeline_app.gui.palette import is_dark

STORY = {
    "dam.txt": "Dam opens\n\ndate 2019-05-02\n\n"
    "Engineers opened the new dam on 30 April 2019. Work on it started in 2012.\n",
    "lake.txt": "Lake fills\n\ndate 2019-09-10\n\n"
    "The lake behind the dam reached its full level on 2 September 2019.\n",
}


def _window(qtbot, tmp_path, story: dict[str, str]) -> MainWindow:
    folder = tmp_path / "story"
    folder.mkdir(exist_ok=True)
    for name, text in story.items():
        (folder / name).write_text(text, encoding="utf-8")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(document=open_corpus([folder]), settings=settings, workers=1)
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    qtbot.waitExposed(w)
    w.timeline.fit_all()
    return w


@pytest.fixture
def window(qtbot, tmp_path) -> MainWindow:
    return _window(qtbot, tmp_path, STORY)


def test_every_closed_panel_comes_back_from_the_view_menu(qtbot, window):
    panels = window.menus["panels"]
    docks = window.findChildren(QDockWidget)
    assert {"Articles", "Reader", "Sources", "Events", "Review", "History"} <= {
        d.windowTitle() for d in docks
    }
    for dock in docks:
        title = dock.windowTitle()
        dock.close()
        assert not dock.isVisible()
        panels.aboutToShow.emit()  # what opening the menu does
        action = next(a for a in panels.actions() if a.text() == title)
        assert not action.isChecked()
        action.trigger()
        assert dock.isVisible(), title


def test_help_has_a_guide_and_the_shortcuts(qtbot, window):
    window.timeline.canvas.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    page = window.help_page
    assert page.isVisible()
    text = page.browser.toPlainText()
    assert "Reading the timeline" in text and "Correcting an anchor" in text
    page.close()
    keys = next(a for a in window.menus["help"].actions() if a.objectName() == "helpShortcuts")
    keys.trigger()
    text = window.help_page.browser.toPlainText()
    assert "View > Fit Story" in text and "Article > Set Anchor" in text
    assert "Ctrl+Shift+A" in text and "double-click" in text


def test_the_theme_switch_is_applied_and_remembered(qtbot, window, restore_look):
    window.theme_actions["dark"].trigger()
    assert is_dark(QApplication.instance().palette())
    assert window.settings.value("view/theme") == "dark"
    window.theme_actions["light"].trigger()
    assert not is_dark(QApplication.instance().palette())
    assert window.settings.value("view/theme") == "light"
    window.theme_actions["system"].trigger()
    assert window.settings.value("view/theme") == "system"


def test_toolbar_buttons_have_tooltips_and_accessible_names(window):
    bar = window.findChild(QToolBar, "mainToolBar")
    buttons = [bar.widgetForAction(a) for a in bar.actions() if not a.isSeparator()]
    assert len(buttons) >= 10
    for button in buttons:
        assert button.toolTip().strip(), button
        assert button.accessibleName().strip(), button.toolTip()
    names = {b.accessibleName() for b in buttons}
    assert {"Fit Story", "Zoom to Selection", "Compress Gaps", "Export", "Lanes"} <= names
    fit = bar.widgetForAction(window.actions_.fit_all)
    assert "F" in fit.toolTip()


def test_counts_say_one_event_not_one_events(qtbot, tmp_path):
    w = _window(qtbot, tmp_path, {"one.txt": "Bridge\n\ndate 2020-01-05\n\n"
                                  "The bridge closed on 3 January 2020 for repairs.\n"})
    assert w.status.counts.text() == "1 article · 1 event"
    assert w.events.count.text() == "1 event"
    assert w.vague.empty.text() == "Every dated mention was placed."


def test_no_dated_mention_is_not_called_every_mention_placed(qtbot, tmp_path):
    w = _window(qtbot, tmp_path, {"none.txt": "Notes\n\nThe bridge is long and grey.\n"})
    assert w.vague.empty.isVisibleTo(w.vague)
    assert "placed" not in w.vague.empty.text()
    assert w.status.counts.text() == "1 article · 0 events"


def test_double_click_zooms_in_around_the_pointer(qtbot, window):
    tl = window.timeline
    canvas = tl.canvas
    x = canvas.viewport().width() * 3 // 4
    before_span = tl.scale.u1 - tl.scale.u0
    under = tl.scale.days_at(x)
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert tl.scale.u1 - tl.scale.u0 == pytest.approx(before_span / 2)
    assert abs(tl.scale.days_at(x) - under) < 1


def test_one_key_zooms_to_the_selection_and_one_fits_the_story(qtbot, window):
    tl = window.timeline
    event = next(e for e in window.document.timeline.events if e.mention.text == "30 April 2019")
    window.events.select_event(event.event_id)
    window.selection.select_event(event.event_id)
    window.events.table.setFocus()
    qtbot.keyClick(window.events.table, Qt.Key.Key_Z)
    begin, end = tl.visible_range()
    assert begin <= date(2019, 4, 30) <= end and (end - begin).days < 120
    qtbot.keyClick(window.events.table, Qt.Key.Key_F)
    begin, end = tl.visible_range()
    assert begin <= date(2012, 1, 1) and end >= date(2019, 9, 2)


def test_the_shortcut_list_reads_as_typed(window):
    from timeline_app.gui.help import window_shortcuts

    rows = dict(window_shortcuts(window))
    assert rows["Edit > Undo"].startswith("Ctrl+Z")
    assert "Open" not in rows["File > Open Files"].split(", ")  # not a media key
    assert rows["View > Zoom to Selection"].split(", ")[0] == "Z"


def test_progress_messages_are_not_doubled(window):
    window.status._on_progress(1, 1, "Building the timeline of 5 articles…")
    assert window.statusBar().currentMessage() == "Building the timeline of 5 articles…"
    assert window.status.progress.format() == "1 / 1 file"
    window.status._on_progress(1, 3, "holt.txt")
    assert window.statusBar().currentMessage() == "Loading holt.txt…"


def test_the_story_is_read_from_the_keyboard(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Find
    assert window.events.filter.hasFocus()
    qtbot.keyClicks(window.events.filter, "lake")
    qtbot.waitUntil(lambda: window.events.proxy.rowCount() == 1)
    table = window.events.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.selection.event_id is not None)
    event = window.document.timeline.event(window.selection.event_id)
    assert event.mention.text == "2 September 2019"
    assert window.reader.article_id == "lake"
    qtbot.keyClick(table, Qt.Key.Key_Z)
    begin, end = window.timeline.visible_range()
    assert begin <= date(2019, 9, 2) <= end and (end - begin).days < 60
    filter_ = window.events.filter
    filter_.setFocus()
    qtbot.keyClick(filter_, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(filter_, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: window.events.proxy.rowCount() == len(window.document.timeline.events))
    window.timeline.canvas.setFocus()
    qtbot.keyClick(window.timeline.canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert window.selection.event_id != event.event_id  # the event before, from the keyboard
