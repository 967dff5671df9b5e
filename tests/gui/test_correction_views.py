"""A correction reaches every view it should, and only what it should, off the main thread where
the work is heavy: the timeline's index of a large story and the review queue come from workers,
and what they install equals what the main thread would have built."""

from __future__ import annotations

from datetime import date

import numpy as np
from PySide6.QtCore import QItemSelectionModel

from tests.gui.test_models import synthetic_document
from timeline_app.core.corrections.edits import MarkReviewed, SetAnchor
from timeline_app.core.layout.event_index import EventIndex
from timeline_app.gui import loader as loader_module
from timeline_app.gui import review_panel as review_module
from timeline_app.gui.review_panel import ReviewPanel, review_rows
from timeline_app.gui.timeline import view as view_module
from timeline_app.gui.timeline.view import TimelineView


def _lanes(index: EventIndex) -> list[tuple]:
    return [(lane.key, lane.title, lane.rows, lane.members.tolist()) for lane in index.lanes]


def test_a_large_story_is_indexed_on_a_worker_and_the_newest_timeline_wins(qtbot, monkeypatch):
    monkeypatch.setattr(view_module, "SYNC_INDEX_EVENTS", 0)  # every story counts as large
    monkeypatch.setattr(view_module, "SYNC_REINDEX_EVENTS", 0)
    document = synthetic_document()
    document.deferred = True
    view = TimelineView(document)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    assert view.current
    document.apply(SetAnchor("b2", date(2024, 2, 1)))
    first = document.timeline
    document.apply(SetAnchor("b2", date(2024, 3, 1)))  # before the first index is in
    assert not view.current and view.index.timeline is not first
    qtbot.waitUntil(lambda: view.current, timeout=10_000)
    assert view.index.timeline is document.timeline
    same = EventIndex(document.timeline, view.lane_mode())  # as the main thread builds it
    assert np.array_equal(view.index.begin, same.begin) and np.array_equal(view.index.end, same.end)
    assert _lanes(view.index) == _lanes(same)
    qtbot.wait(100)  # the first run's index, if it comes late, is refused
    assert view.index.timeline is document.timeline


def test_a_correction_is_indexed_at_once_from_the_previous_index(qtbot, monkeypatch):
    monkeypatch.setattr(view_module, "SYNC_INDEX_EVENTS", 0)  # the first index on a worker
    document = synthetic_document()
    document.deferred = True
    view = TimelineView(document)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.current, timeout=10_000)
    before = view.index
    document.apply(SetAnchor("b2", date(2024, 2, 1)))
    assert not view.current  # from the event loop's next turn on, in steps, on the main thread
    assert loader_module._FOREGROUND._alive == 1  # background runs (checks, ranks) wait for it
    qtbot.waitUntil(lambda: view.current, timeout=1000)
    assert loader_module._FOREGROUND._alive == 0
    assert not view._indexer.running and view.index is not before
    assert view.index._titles[1] is before._titles[1]  # the articles' titles were kept
    fresh = EventIndex(document.timeline, view.lane_mode())  # from nothing
    assert np.array_equal(view.index.begin, fresh.begin)
    assert _lanes(view.index) == _lanes(fresh)


def test_a_small_story_is_indexed_at_once(qtbot):
    document = synthetic_document()
    document.deferred = True
    view = TimelineView(document)
    qtbot.addWidget(view)
    document.apply(SetAnchor("b2", date(2024, 2, 1)))
    assert view.current


def test_the_review_queue_follows_a_correction_and_keeps_the_selection(qtbot, monkeypatch):
    monkeypatch.setattr(review_module, "RANK_DELAY_S", 0.0)
    document = synthetic_document()
    document.deferred = True
    panel = ReviewPanel(document)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: not panel.busy)
    model = panel.model
    assert model.rows == review_rows(document.timeline, document.corrections, False)
    kept = model.rows[-1][1]
    panel.table.selectionModel().select(
        model.index(len(model.rows) - 1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    gone = model.rows[0][1]
    event = document.timeline.event(gone)
    document.apply(MarkReviewed(*document.event_key(event)))
    qtbot.waitUntil(lambda: not panel.busy)
    assert model.rows == review_rows(document.timeline, document.corrections, False)
    assert gone not in [event_id for _texts, event_id in model.rows]
    assert panel.selected_ids() == [kept]
    panel.show_all.setChecked(True)
    qtbot.waitUntil(lambda: not panel.busy)
    assert model.rows == review_rows(document.timeline, document.corrections, True)
    assert model.rowCount() == len(document.timeline.events)
