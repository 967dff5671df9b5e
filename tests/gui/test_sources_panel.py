"""The sources card and the one-click anchor suggestion, on a small corpus written for the test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QUrl

from timeline_app.core.model import AnchorSource
from timeline_app.core.story.headless import open_corpus
from timeline_app.gui.main_window import MainWindow
from timeline_app.gui.sources_panel import cluster_card_html

STORY = {
    "wire.txt": (
        "Harbour bridge reopens after repairs\n\ndate 2021-03-05\n\n"
        "The harbour bridge reopened to traffic on Thursday after eight months of repairs, the "
        "city transport office said. Engineers replaced the main cables last autumn."
    ),
    "daily.txt": (
        "City celebrates as the harbour bridge reopens\n\ndate 2021-03-04\n\n"
        "Crowds cheered as the harbour bridge reopened to traffic on Thursday after eight months "
        "of repairs. The mayor cut a ribbon at the north end of the bridge."
    ),
    # a syndicated copy with the date of its republication a year later
    "copy.txt": (
        "Harbour bridge reopens after repairs\n\ndate 2022-03-10\n\n"
        "The harbour bridge reopened to traffic on Thursday after eight months of repairs, the "
        "city transport office said. Engineers replaced the main cables last autumn."
    ),
}


@pytest.fixture
def window(qtbot, tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in STORY.items():
        (folder / name).write_text(text, encoding="utf-8")
    document = open_corpus([folder])
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(document=document, settings=settings, workers=1)
    qtbot.addWidget(w)
    return w


def _reopening(document, article_id: str):
    return next(e for e in document.timeline.events_of(article_id) if e.mention.text == "Thursday")


def test_card_lists_every_source_of_the_happening(window):
    document = window.document
    event = _reopening(document, "daily")
    html = cluster_card_html(document, event.event_id)
    assert "City celebrates as the harbour bridge reopens" in html
    assert "Harbour bridge reopens after repairs" in html
    assert "<b>Thursday</b>" in html
    assert "4 Mar 2021" in html


def test_accepting_a_suggestion_is_one_undoable_step(window, qtbot):
    panel = window.sources_panel
    document = window.document
    report = document.timeline.reports["copy"]
    assert "conflict" in {p.kind for p in report.problems}
    window.selection.select_article("copy")
    assert panel.accept_button.isVisibleTo(panel)
    best = report.suggestion.best
    assert abs((best - _reopening(document, "daily").interval.begin).days) <= 3
    panel.accept_button.click()
    anchor = document.analyses["copy"].anchor
    assert (anchor.value, anchor.source) == (best, AnchorSource.SUGGESTED)
    window.undo_stack.undo()
    anchor = document.analyses["copy"].anchor
    assert (anchor.value.isoformat(), anchor.source) == ("2022-03-10", AnchorSource.DETECTED)


def test_clicking_a_source_selects_its_event(window):
    panel = window.sources_panel
    event = _reopening(window.document, "daily")
    window.selection.select_event(event.event_id)
    other = _reopening(window.document, "wire")
    panel._on_link(QUrl(f"event:{other.event_id}"))
    assert window.selection.event_id == other.event_id
