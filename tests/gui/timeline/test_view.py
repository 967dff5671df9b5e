"""TimelineView with pytest-qt: zoom, pan, fit, clicks, filters, overview, keys, document."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.gui.timeline import story
from timeline_app.core.layout.metrics import to_days
from timeline_app.core.model import Timeline
from timeline_app.gui.timeline.items import EventItem
from timeline_app.gui.timeline.paint import MARK_DY
from timeline_app.gui.timeline.view import TimelineView


@pytest.fixture
def doc():
    return story.document()


@pytest.fixture
def view(qtbot, doc):
    v = TimelineView(doc)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    qtbot.waitExposed(v)
    v.fit_all()
    return v


def wheel(view: TimelineView, x: float, steps: int) -> None:
    vp = view.canvas.viewport()
    pos = QPointF(x, 60)
    ev = QWheelEvent(
        pos, QPointF(vp.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(vp, ev)


def mark_pos(view: TimelineView, item: EventItem) -> QPoint:
    p = item.placed
    x = p.x0 if p.point else (p.x0 + p.x1) / 2
    return view.canvas.mapFromScene(QPointF(x, item.cy + MARK_DY))


def test_fit_all_covers_the_story_not_a_century_s_empty_tail(view, doc):
    fine = [e.interval for e in doc.timeline.events if e.interval.days <= 366]
    b, e = view.visible_range()
    assert b <= min(i.begin for i in fine) and e >= max(i.end for i in fine)
    assert b.year >= 1940  # "the 20th century" (from 1900) runs off the left edge
    assert view.scene.event_items()  # something is drawn


def test_wheel_zooms_around_the_cursor(view):
    x = 700.0
    before = view.scale.days_at(x)
    b0, e0 = view.visible_range()
    with_signal = []
    view.rangeChanged.connect(lambda b, e: with_signal.append((b, e)))
    wheel(view, x, 3)
    b1, e1 = view.visible_range()
    assert (e1 - b1) < (e0 - b0)
    assert view.scale.days_at(x) == pytest.approx(before, abs=1.0)
    assert with_signal and with_signal[-1] == (b1, e1)
    wheel(view, x, -6)
    assert (view.visible_range()[1] - view.visible_range()[0]) > (e1 - b1)


def test_zoom_reaches_days_and_centuries(view):
    for _ in range(60):
        view.zoom_in()
    b, e = view.visible_range()
    assert (e - b).days <= 5
    for _ in range(80):
        view.zoom_out()
    b, e = view.visible_range()
    assert (e - b).days > 100 * 365


def test_drag_pans(qtbot, view):
    view.zoom_to_range(date(2023, 10, 1), date(2023, 11, 1))
    vp = view.canvas.viewport()
    before = view.scale.begin_days
    px_per_day = view.scale.px_per_day()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=QPoint(600, 30))
    for x in (590, 560, 500):
        qtbot.mouseMove(vp, QPoint(x, 30))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=QPoint(500, 30))
    assert view.scale.begin_days - before == pytest.approx(100 / px_per_day, rel=0.05)


def test_clicking_an_item_emits_its_event_id(qtbot, view, doc):
    view.zoom_to_range(date(2023, 9, 28), date(2023, 10, 30))
    item = next(i for i in view.scene.event_items() if i.placed.point)
    expected = doc.timeline.events[item.row].event_id
    with qtbot.waitSignal(view.eventActivated, timeout=1000) as blocker:
        qtbot.mouseClick(
            view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=mark_pos(view, item)
        )
    assert blocker.args == [expected]
    assert view.ctx.selected == item.row


def test_clicking_a_multi_source_event_also_names_its_cluster(qtbot, view, doc):
    view.zoom_to_range(date(2023, 10, 15), date(2023, 10, 22))
    row = next(r for r, e in enumerate(doc.timeline.events) if e.cluster_id == "c-vote")
    item = view.scene.item_of_row(row)
    with qtbot.waitSignal(view.clusterActivated, timeout=1000) as blocker:
        qtbot.mouseClick(
            view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=mark_pos(view, item)
        )
    assert blocker.args == ["c-vote"]


def test_clicking_a_cluster_zooms_into_it(qtbot, view):
    clusters = view.scene.cluster_items()
    assert clusters, "the fitted story crowds Oct 2023 into a counted cluster"
    item = clusters[0]
    span0 = view.scale.end_days - view.scale.begin_days
    rect = item.sceneBoundingRect()
    pos = view.canvas.mapFromScene(rect.center())
    with qtbot.waitSignal(view.eventActivated, timeout=1000):
        qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.scale.end_days - view.scale.begin_days < span0 / 5


def test_set_visible_events_hides_the_others(view, doc):
    keep = {e.event_id for e in doc.timeline.events if e.article_id == "a2"}
    view.set_visible_events(keep)
    shown = set()
    for lf in view.scene.frame.lanes:
        if lf.layout:
            shown |= {doc.timeline.events[k].event_id for i in lf.layout.items for k in i.keys}
    assert shown == keep
    assert {doc.timeline.events[i.row].event_id for i in view.scene.event_items()} <= keep
    view.set_visible_events(None)
    assert len(view.index.shown_rows()) == len(doc.timeline.events)


def test_overview_click_jumps(qtbot, view):
    view.zoom_to_range(date(2023, 10, 1), date(2023, 10, 15))
    ov = view.overview
    target = ov.full.date_at(ov.width() * 0.1)
    width = view.scale.u1 - view.scale.u0
    qtbot.mouseClick(ov, Qt.MouseButton.LeftButton, pos=QPoint(int(ov.width() * 0.1), 10))
    b, e = view.visible_range()
    assert b <= target <= e
    assert view.scale.u1 - view.scale.u0 == pytest.approx(width)  # a jump, not a zoom


def test_overview_drag_pans(qtbot, view):
    view.zoom_to_range(date(2000, 1, 1), date(2010, 1, 1))
    ov = view.overview
    x0 = int((ov._window_px()[0] + ov._window_px()[1]) / 2)
    before = view.scale.u0
    qtbot.mousePress(ov, Qt.MouseButton.LeftButton, pos=QPoint(x0, 10))
    qtbot.mouseMove(ov, QPoint(x0 + 40, 10))
    qtbot.mouseRelease(ov, Qt.MouseButton.LeftButton, pos=QPoint(x0 + 40, 10))
    assert view.scale.u0 - before == pytest.approx(40 / ov.full.px_per_unit, rel=0.05)


def test_keys(qtbot, view, doc):
    canvas = view.canvas
    span = lambda: view.scale.end_days - view.scale.begin_days  # noqa: E731
    s0 = span()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert span() < s0
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert span() == pytest.approx(s0, rel=1e-6)
    b = view.scale.begin_days
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert view.scale.begin_days > b
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert view.visible_range()[0] <= date(1948, 5, 14)  # the story's first dated event
    with qtbot.waitSignal(view.eventActivated, timeout=1000) as first:
        qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(view.eventActivated, timeout=1000) as second:
        qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    ids = [e.event_id for e in doc.timeline.events]
    assert ids.index(second.args[0]) > ids.index(first.args[0])
    qtbot.keyClick(canvas, Qt.Key.Key_Z)
    selected = doc.timeline.events[view.ctx.selected].interval
    b, e = view.visible_range()
    assert b <= selected.begin and selected.end <= e
    assert span() <= 4 * max(selected.days, 10) + 1


def test_select_event_scrolls_without_zooming(view, doc):
    view.zoom_to_range(date(2023, 10, 1), date(2023, 10, 31))
    target = next(e for e in doc.timeline.events if e.interval.begin == date(2025, 5, 30))
    span = view.scale.end_days - view.scale.begin_days
    view.select_event(target.event_id)
    b, e = view.visible_range()
    assert b <= target.interval.begin < e
    assert view.scale.end_days - view.scale.begin_days == pytest.approx(span, rel=1e-6)
    assert view.scene.item_of_row(view.ctx.selected) is not None
    view.select_event(None)
    assert view.ctx.selected is None


def test_zoom_to_selection_and_range(view, doc):
    target = next(e for e in doc.timeline.events if e.interval.begin == date(1948, 5, 14))
    view.select_event(target.event_id)
    view.zoom_to_selection()
    b, e = view.visible_range()
    assert b <= target.interval.begin < e and (e - b).days < 60
    view.zoom_to_range(date(1960, 1, 1), date(1980, 1, 1))
    assert view.visible_range() == (date(1960, 1, 1), date(1980, 1, 1))


def test_lane_modes_and_compression(view):
    for mode in ("granularity", "cluster", "single", "article"):
        view.set_lane_mode(mode)
        assert view.lane_mode() == mode
        assert view.scene.frame.lanes
    view.set_compressed(False)
    assert view.scale.axis.is_identity
    view.set_compressed(True)
    assert view.scale.axis.gaps


def test_follows_document_changes(qtbot, view, doc):
    n = len(view.index)
    story.publish(doc, Timeline())
    assert len(view.index) == 0 and not view.scene.event_items()
    story.publish(doc, story.timeline())
    assert len(view.index) == n
    assert view.scene.event_items()
    assert view.visible_range()[0] <= date(1948, 5, 14)  # refitted: it was empty


def test_tooltip_text_names_date_expression_and_sources(view, doc):
    view.zoom_to_range(date(2023, 10, 15), date(2023, 10, 22))
    row = next(r for r, e in enumerate(doc.timeline.events) if e.cluster_id == "c-vote")
    item = view.scene.item_of_row(row)
    text = view.tooltip_for(item, mark_pos(view, item))
    event = doc.timeline.events[row]
    assert event.label in text and event.mention.text in text and "2023" in text
    assert "3 sources" in text and "Council approves Harbor Bridge replacement" in text


def test_estimated_anchors_are_marked(view, doc):
    rows = [r for r, e in enumerate(doc.timeline.events) if e.article_id == "a5"]
    assert all(view.index.is_uncertain(r) for r in rows)
    assert not view.index.is_uncertain(0)


def test_grab_is_not_blank(view, tmp_path):
    img = view.grab().toImage()
    colors = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
    assert len(colors) > 10
    assert to_days(view.visible_range()[0]) < to_days(view.visible_range()[1])


def test_items_that_only_move_are_drawn_where_the_layout_put_them(view):
    """Regression: an item reused with a flipped label kept its old mark offset."""
    for factor, x in ((1.6, 900), (1.6, 1100), (0.5, 300), (2.5, 1150), (0.3, 600)):
        view.zoom_at(factor, x)
        view.pan_px(37)
        for item in view.scene.event_items():
            drawn_x0 = item.pos().x() + item._drawn.x0 - item._origin[0]
            assert drawn_x0 == pytest.approx(item.placed.x0)
            assert item.pos().y() == pytest.approx(item.cy)


def test_zoomed_in_the_empty_lanes_fold_and_the_busy_one_is_in_sight(qtbot, view):
    vp = view.canvas.viewport()
    for _ in range(40):  # double-click on the last days of the story until only they show
        x = view.scale.x_of(to_days(date(2025, 6, 5)))
        qtbot.mouseDClick(vp, Qt.MouseButton.LeftButton, pos=QPoint(int(x), 5))
        if view.scale.end_days - view.scale.begin_days < 25:
            break
    assert view.scale.begin_days > to_days(date(2025, 5, 1))
    folded = [lf for lf in view.scene.frame.lanes if lf.folded]
    assert {lf.lane.key for lf in folded} == {"a1", "a2", "a3", "a4"}
    item = next(i for i in view.scene.event_items() if i.event_id.startswith("a5"))
    assert 0 < view.canvas.mapFromScene(item.sceneBoundingRect().center()).y() < vp.height()
    view.fit_all()
    assert not [lf for lf in view.scene.frame.lanes if lf.folded]
