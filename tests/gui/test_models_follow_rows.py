"""A correction or a check moves the events table by rows, never by a reset of the whole model."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.gui.test_models import synthetic_document, synthetic_result
from timeline_app.core.corrections.edits import RelabelEvent, SetAnchor
from timeline_app.core.story.document import Document
from timeline_app.gui.models import EventFilterProxy, EventTableModel, Roles


def _signals(model) -> list[str]:
    seen: list[str] = []
    model.modelReset.connect(lambda: seen.append("reset"))
    model.rowsRemoved.connect(lambda *_: seen.append("removed"))
    model.rowsInserted.connect(lambda *_: seen.append("inserted"))
    model.dataChanged.connect(lambda *_: seen.append("changed"))
    return seen


def _shown(proxy) -> list[tuple[str, str]]:
    return [(proxy.index(r, EventTableModel.WHEN).data(), proxy.index(r, 2).data())
            for r in range(proxy.rowCount())]


def test_a_correction_removes_and_inserts_the_rows_of_its_article_only(qtbot):
    document = synthetic_document()
    document.deferred = True
    model = EventTableModel(document)
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(model.WHEN, Qt.SortOrder.AscendingOrder)
    seen = _signals(model)
    document.apply(SetAnchor("b2", date(2024, 2, 1)))  # b2's anchor: its "2023" stays a year
    assert "reset" not in seen
    assert model.rowCount() == len(document.timeline.events) == proxy.rowCount()
    assert [model.event_at(r) for r in range(model.rowCount())] == document.timeline.events
    event = document.timeline.events[0]
    seen.clear()
    document.apply(RelabelEvent(*document.event_key(event), label="The nineties, relabelled"))
    assert "reset" not in seen and "removed" in seen and "inserted" in seen  # its article's rows
    assert _shown(proxy)[0] == ("1990s", "The nineties, relabelled")
    assert [e.label for e in document.timeline.events] == [_shown(proxy)[r][1]
                                                           for r in range(proxy.rowCount())]


def test_a_settled_change_that_alters_nothing_tells_nothing(qtbot):
    document = synthetic_document()
    document.deferred = True
    model = EventTableModel(document)
    document.apply(SetAnchor("a1", date(2023, 10, 20)))
    seen = _signals(model)
    assert document.unsettled
    assert document.settle(document.settle_job()())
    assert "reset" not in seen and "removed" not in seen and "inserted" not in seen
    assert [model.event_at(r) for r in range(model.rowCount())] == document.timeline.events


def test_a_load_still_resets(qtbot):
    document = synthetic_document()
    model = EventTableModel(document)
    with qtbot.waitSignal(model.modelReset):
        document.clear()
    assert model.rowCount() == 0


def test_a_settled_change_that_relabels_one_event_changes_its_row_only(qtbot):
    from dataclasses import replace

    document = synthetic_document()
    document.deferred = True
    model = EventTableModel(document)
    document.apply(SetAnchor("a1", date(2023, 10, 20)))
    events = list(document.timeline.events)
    events[1] = replace(events[1], label="Told by a check")  # as a check could give it
    version, _timeline, reports, *_ = document.settle_job()()
    fresh = replace(document.timeline, events=events)
    seen = _signals(model)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    assert document.settle((version, fresh, reports))
    assert seen == ["changed"] and changed == [(1, 1)]
    assert model.index(1, model.LABEL).data() == "Told by a check"


def test_the_article_list_tells_the_corrected_articles_row_only(qtbot):
    from timeline_app.gui.models import ArticleListModel

    document = synthetic_document()
    document.deferred = True
    document.settle(document.settle_job()())
    model = ArticleListModel(document)
    assert model.rowCount() == 2 and model.row_of("b2") >= 0  # (rows asked for, as a view does)
    told: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, *_: told.append((first.row(), last.row())))
    seen = _signals(model)
    document.apply(SetAnchor("b2", date(2024, 2, 1)))
    assert "reset" not in seen
    assert told == [(model.row_of("b2"), model.row_of("b2"))]
    assert "anchor" in model.index(model.row_of("b2")).data(Roles.SUBTITLE)  # its status shown
    told.clear()
    document.settle(document.settle_job()())  # equal reports, as new objects: nothing to tell
    assert told == []


def test_a_checks_changed_rows_found_on_the_worker_are_told_without_a_pass(qtbot, monkeypatch):
    from dataclasses import replace

    from timeline_app.core.story.timeline import changed_rows

    document = synthetic_document()
    document.deferred = True
    model = EventTableModel(document)
    document.apply(SetAnchor("a1", date(2023, 10, 20)))
    version, _timeline, reports, rows = document.settle_job()()
    assert rows is not None and not (rows.gone or rows.came or rows.changed)  # nothing moved
    events = list(document.timeline.events)
    events[1] = replace(events[1], label="Told by a check")
    fresh = replace(document.timeline, events=events)
    rows = changed_rows(document.timeline.events, events)
    assert rows is not None and rows.changed == [1]
    monkeypatch.setattr(model, "_follow_rows", None)  # no pass of its own over the rows
    seen = _signals(model)
    assert document.settle((version, fresh, reports, rows))
    assert seen == ["changed"] and model.index(1, model.LABEL).data() == "Told by a check"
    assert changed_rows(events, events[::-1]) is None  # another order: the view finds its rows


def _deferred():
    """The synthetic story as a window holds it (corrections shown provisionally)."""
    document = synthetic_document()
    document.deferred = True
    return document


def test_a_check_leaves_the_corrections_list_as_it_is(qtbot):
    from timeline_app.gui.corrections_panel import CorrectionsPanel

    document = _deferred()
    qtbot.addWidget(panel := CorrectionsPanel(document))
    document.apply(SetAnchor("b2", date(2024, 2, 1)))
    row = panel.tree.topLevelItem(0)
    assert panel.tree.topLevelItemCount() == 1 and row is not None
    document.settle(document.settle_job()())
    assert panel.tree.topLevelItem(0) is row  # not rebuilt: a check changes no correction
    document.apply(SetAnchor("a1", date(2023, 10, 20)))
    assert panel.tree.topLevelItemCount() == 2


def _batched_load(qtbot, batch: int):
    """An empty document's events table told in batches of ``batch`` rows, then the story added."""
    document = Document()
    document.deferred = True
    model = EventTableModel(document)
    model.BATCH = batch
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(model.WHEN, Qt.SortOrder.AscendingOrder)
    seen = _signals(model)
    document.add(synthetic_result())
    return document, model, proxy, seen


def test_a_big_load_inserts_its_rows_in_batches_between_turns(qtbot):
    document, model, proxy, seen = _batched_load(qtbot, 2)
    assert seen == ["reset"] and model.rowCount() == 2 and model.batching  # the first batch
    qtbot.waitUntil(lambda: not model.batching)
    assert seen == ["reset", "inserted", "inserted"]  # 2 + 2 + 1 of the 5 events
    assert [model.event_at(r) for r in range(model.rowCount())] == document.timeline.events
    assert [proxy.index(r, 2).data() for r in range(proxy.rowCount())] == [
        e.label for e in document.timeline.events]


def test_a_change_or_a_lookup_during_the_batches_tells_the_rest_first(qtbot):
    document, model, proxy, seen = _batched_load(qtbot, 2)
    document.apply(SetAnchor("b2", date(2024, 2, 1)))  # the delta is of the whole list
    assert not model.batching and seen.count("reset") == 1
    assert [model.event_at(r) for r in range(model.rowCount())] == document.timeline.events
    assert proxy.rowCount() == len(document.timeline.events)
    document.clear()
    document.add(synthetic_result())
    assert model.batching
    last = document.timeline.events[-1]
    assert model.row_of(last.event_id) == len(document.timeline.events) - 1
    assert not model.batching


def test_the_window_is_told_followed_once_the_batches_are_in(qtbot):
    document, model, proxy, seen = _batched_load(qtbot, 2)
    followed, batched = [], []
    model.followed.connect(lambda: followed.append(model.rowCount()))
    model.batched.connect(lambda: batched.append(model.rowCount()))
    qtbot.waitUntil(lambda: not model.batching)
    assert batched == [4, 5] and followed == [5]  # (the selection is re-found once, at the end)


def test_the_events_panel_counts_the_storys_events_while_the_batches_come(qtbot):
    from timeline_app.gui.events_panel import EventsPanel

    document = Document()
    qtbot.addWidget(panel := EventsPanel(document))
    panel.model.BATCH = 2
    document.add(synthetic_result())
    assert panel.model.batching and panel.count.text() == "5 events"
    qtbot.waitUntil(lambda: not panel.model.batching)
    assert panel.count.text() == "5 events" and panel.proxy.rowCount() == 5
