"""TimelineView: the axis, the canvas and the overview strip over one timeline index.

The view draws from a :class:`~timeline_app.core.layout.timeline_index.TimelineIndex` and asks
it nothing else. Given a document, it keeps no copy of the data: an
:class:`~timeline_app.core.layout.event_index.EventIndex` derived from ``document.timeline`` is
rebuilt when ``document.changed`` fires. Without one (the archive window), :meth:`set_index`
shows any index, such as an :class:`~timeline_app.core.layout.archive_index.ArchiveIndex` over a
Parquet table. Zoom and pan change a :class:`~.metrics.TimeScale`; every change lays out only
what is in view again.

The index of a large story (tens of milliseconds per 10,000 events) is built on a worker
thread and swapped in when it is ready, the newest timeline winning; a small one is built at
once. :attr:`TimelineView.current` says whether the view shows the document's timeline.
"""

from __future__ import annotations

import time
import weakref
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from timeline_app.core.layout.event_index import EventIndex
from timeline_app.core.layout.frame import build_frame
from timeline_app.core.layout.metrics import AxisMap, TimeScale, to_days
from timeline_app.core.layout.ticks import axis_ticks
from timeline_app.core.layout.timeline_index import TimelineIndex
from timeline_app.core.model import Timeline
from timeline_app.gui.loader import ForegroundHold, LoadWorker
from timeline_app.gui.timeline.axis import _measure
from timeline_app.gui.timeline.canvas import Canvas
from timeline_app.gui.timeline.items import SceneContext
from timeline_app.gui.timeline.keys import handle_key
from timeline_app.gui.timeline.navigate import Navigator
from timeline_app.gui.timeline.scene import TimelineScene
from timeline_app.gui.timeline.strips import AxisStrip, OverviewStrip
from timeline_app.gui.timeline.theme import Theme, fonts
from timeline_app.gui.timeline.tooltips import tooltip_for

if TYPE_CHECKING:
    from collections.abc import Generator

    from timeline_app.core.story.document import Document

__all__ = ["SYNC_INDEX_EVENTS", "SYNC_REINDEX_EVENTS", "TimelineView"]

SYNC_INDEX_EVENTS = 4000
"""Timelines with fewer events are indexed on the main thread (well under 20 ms)."""
SYNC_REINDEX_EVENTS = 30_000
"""The same after a change, on the main thread between the event loop's turns, a step of a few
ms at a time (:meth:`EventIndex.in_steps`), when the index takes the lane titles of the previous
one (about 1.4 µs an event: 22 CPU-ms for a 1,000-article story's 16,000 events in all); above,
on a worker."""
STEP_BUDGET_S = 0.002
"""CPU seconds of index steps begun in one turn of the event loop (a step takes 1 to 4 ms):
about ten turns of at most ~6 ms for a 1,000-article story."""


def _follow(signal, view: TimelineView) -> None:
    """Connect a core signal to ``view`` without keeping it alive or calling it once deleted."""
    ref = weakref.ref(view)

    def slot(*args) -> None:
        v = ref()
        if v is None or not isValid(v):
            signal.disconnect(slot)
            return
        v._on_document_changed(*args)

    signal.connect(slot)
    view.destroyed.connect(lambda *_: signal.disconnect(slot))


def _same_marks(old, new, rows=None) -> bool:
    """Whether ``new`` draws as ``old`` does: the same events, clusters and cluster summaries.

    ``rows``: the change's rows from ``old``'s events to ``new``'s, if found on a worker.
    """
    if old is new:
        return True
    if len(old.events) != len(new.events) or old.cluster_summaries != new.cluster_summaries:
        return False
    if rows is not None and rows.old is old.events and rows.new is new.events:
        return not (rows.gone or rows.came or rows.changed)
    return all(a is b or a == b for a, b in zip(old.events, new.events, strict=True))


class TimelineView(Navigator, QWidget):
    """The interactive timeline of ``document``; see the module docstring."""

    eventActivated = Signal(str)
    clusterActivated = Signal(str)
    rangeChanged = Signal(object, object)

    def __init__(
        self,
        document: Document | None = None,
        parent: QWidget | None = None,
        *,
        lane_mode: str = "article",
        compressed: bool = True,
    ) -> None:
        QWidget.__init__(self, parent)
        self.document = document
        self._lane_mode = lane_mode
        self._compressed = compressed
        self._shown: set[str] | None = None
        self._selected_id: str | None = None
        self._last_range: tuple[date, date] | None = None
        self._in_layout = False
        timeline = document.timeline if document is not None else Timeline()
        self.index: TimelineIndex = EventIndex(timeline, self._lane_mode)
        self.ctx = SceneContext(self.index, Theme.for_palette(self.palette()), fonts()[0])
        _, small, bold = fonts()
        self._measure = _measure(self.ctx.font)
        self._measure_small, self._measure_bold = _measure(small), _measure(bold)
        self.scale = TimeScale(date(2000, 1, 1), date(2030, 1, 1), 800)
        self.scene = TimelineScene(self.ctx, self)
        self.axis = AxisStrip(lambda: self.scale, lambda: self.ctx.theme, self)
        self.canvas = Canvas(self.scene, self)
        self.overview = OverviewStrip(lambda: self.ctx.theme, self)
        self.overview.panned.connect(lambda du: self._pan_units(du))
        self.overview.jumped.connect(self._center_on_units)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.axis)
        box.addWidget(self.canvas, 1)
        box.addWidget(self.overview)
        self.setFocusProxy(self.canvas)
        self._message = QLabel(self.canvas.viewport(), objectName="timelineMessage")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.hide()
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.relayout)
        self._indexer = LoadWorker(parent=self, priority="foreground")
        self._indexer.finished.connect(self._on_indexed)
        self._reindex = QTimer(self, singleShot=True, interval=0)  # the next step, next turn
        self._reindex.timeout.connect(self._index_step)
        self._steps: Generator[None, None, EventIndex] | None = None
        self._built: EventIndex | None = None  # built in steps, shown in the next turn
        self._stepping = ForegroundHold()  # the checks and rankings wait for the steps to end
        self.destroyed.connect(lambda *_, hold=self._stepping: hold.release())
        self._fit_when_indexed = False
        if document is not None:
            _follow(document.changed, self)
        self._rebuild(fit=True, index=self.index)

    # --- the public API -------------------------------------------------------------------
    def set_index(self, index: TimelineIndex) -> None:
        """Show ``index`` (the view's own lane mode if it has it) and fit it."""
        try:
            index.set_lane_mode(self._lane_mode)
        except ValueError:
            self._lane_mode = index.lane_mode
        if self._shown is not None:
            index.set_shown(self._shown)
        self._rebuild(fit=True, index=index)

    def clear(self) -> None:
        """Show no events (until :meth:`set_index`)."""
        self.set_index(EventIndex(Timeline(), self._lane_mode))

    @property
    def message(self) -> str:
        """What the canvas says over an empty view ("Reading…", an error); "" for nothing."""
        return self._message.text()

    def set_message(self, text: str) -> None:
        self._message.setText(text)
        self._message.setVisible(bool(text))
        self._place_message()

    def _place_message(self) -> None:
        self._message.setGeometry(self.canvas.viewport().rect().adjusted(24, 24, -24, -24))

    @property
    def selected_id(self) -> str | None:
        return self._selected_id

    def lod(self) -> str:
        """What the lanes laid out show: ``"items"``, ``"density"``, ``"mixed"`` or ``""``."""
        lanes = self.scene.frame.lanes
        kinds = {lf.density is not None for lf in lanes if lf.density is not None or lf.layout}
        if not kinds:
            return ""
        return "mixed" if len(kinds) > 1 else "density" if kinds == {True} else "items"

    def in_view(self) -> int:
        """How many events meet the visible range, over every lane."""
        v0, v1 = self.scale.begin_days, self.scale.end_days
        return sum(self.index.count(lane, v0, v1) for lane in self.index.lanes)

    def set_visible_events(self, event_ids: set[str] | None) -> None:
        """Show only ``event_ids`` (None: all); the rest stay in the document."""
        shown = set(event_ids) if event_ids is not None else None
        if shown == self._shown and shown == self.index.shown_ids:
            return  # (a model reset with no filter says "all" again: nothing to lay out)
        self._shown = shown
        self.index.set_shown(self._shown)
        self._after_data_change()

    def set_lane_mode(self, mode: str) -> None:
        """One of the index's lane modes (an unknown one raises ``ValueError``).

        In memory ``"article"``, ``"granularity"``, ``"cluster"`` (merged reports) or
        ``"single"``; over Parquet ``"granularity"``, ``"single"`` or ``"bucket"``.
        """
        self.index.set_lane_mode(mode)
        self._lane_mode = mode
        self._after_data_change()

    def lane_mode(self) -> str:
        return self._lane_mode

    def set_compressed(self, on: bool) -> None:
        """Collapse long empty stretches of time to a fixed width (a break on the axis)."""
        self._compressed = bool(on)
        self.scale.set_axis(self._axis_map())
        self._after_data_change()

    def is_compressed(self) -> bool:
        return self._compressed

    def visible_range(self) -> tuple[date, date]:
        return self.scale.visible_range()

    def zoom_to_range(self, begin: date, end: date) -> None:
        self.scale.set_range(to_days(begin), max(to_days(end), to_days(begin) + 1))
        self.relayout()

    # --- data -----------------------------------------------------------------------------
    def _axis_map(self) -> AxisMap:
        if not self._compressed or not len(self.index):
            return AxisMap.identity()
        return AxisMap.compressed(self.index.story_spans())

    def _rebuild(self, fit: bool, index: TimelineIndex | None = None) -> None:
        if index is None:
            assert self.document is not None, "only a document's index is rebuilt"
            index = EventIndex(self.document.timeline, self._lane_mode, self._shown)
        self.index = index
        self.ctx.index = self.index
        self.scale.set_axis(self._axis_map())
        self._after_data_change(fit=fit)

    def _after_data_change(self, fit: bool = False) -> None:
        self.ctx.selected = self.index.find(self._selected_id) if self._selected_id else None
        self._update_overview()
        if fit:
            self.fit_all()
        else:
            self.relayout()

    def _on_document_changed(self, change=None) -> None:
        assert self.document is not None and isinstance(self.index, EventIndex)
        if change is not None and change.kind == "settled" and _same_marks(
            self.index.timeline, self.document.timeline, getattr(change, "rows", None)
        ):
            self.index.timeline = self.document.timeline  # equal events: the index holds
            return  # the check moved nothing drawn: no new index, no layout
        had_events = len(self.index) > 0
        timeline, previous = self.document.timeline, self.index
        lane_mode, shown = self._lane_mode, self._shown
        self._steps = self._built = None  # (a build in steps for an older timeline stops)
        if len(timeline.events) < SYNC_INDEX_EVENTS:
            self._stepping.release()
            self._rebuild(not had_events, EventIndex(timeline, lane_mode, shown, previous=previous))
            return
        self._fit_when_indexed = self._fit_when_indexed or not had_events
        if had_events and len(timeline.events) < SYNC_REINDEX_EVENTS:
            # on this thread, a few ms per turn of the event loop from the next one on: the
            # change's other views take this one, so that no turn holds the window long
            self._steps = EventIndex.in_steps(timeline, lane_mode, shown, previous=previous,
                                              rows=getattr(change, "rows", None))
            self._built = None
            self._stepping.hold()
            self._reindex.start()
            return
        self._stepping.release()
        self._indexer.run(lambda *_: EventIndex(timeline, lane_mode, shown, previous=previous))

    def _index_step(self) -> None:
        """Build the index in steps for :data:`STEP_BUDGET_S` a turn; show it the turn after.

        A change that comes meanwhile starts a new build (the newest timeline wins); one whose
        settings (lane mode, filter) changed meanwhile is given them as the worker's is.
        """
        if self._built is not None:
            index, self._built = self._built, None
            self._on_indexed(index)
            self._stepping.release()
            return
        if self._steps is None:
            self._stepping.release()
            return
        end = time.thread_time() + STEP_BUDGET_S
        try:
            while time.thread_time() < end:
                next(self._steps)
        except StopIteration as done:
            self._steps, self._built = None, done.value
        self._reindex.start()

    @property
    def current(self) -> bool:
        """Whether the view shows the document's timeline (an index may be on its way)."""
        if self.document is None:
            return True  # an index set from outside (the archive) is all there is
        return getattr(self.index, "timeline", None) is self.document.timeline

    def _on_indexed(self, index: EventIndex) -> None:
        """Swap in an index built on the worker, unless the document has moved on since."""
        if self.document is None or index.timeline is not self.document.timeline:
            return  # a newer timeline: its own index follows (or was built at once)
        if index.lane_mode != self._lane_mode:  # switched while it was being built
            index.set_lane_mode(self._lane_mode)
        if index.shown_ids != self._shown:
            index.set_shown(self._shown)
        fit, self._fit_when_indexed = self._fit_when_indexed, False
        self._rebuild(fit=fit, index=index)

    def _update_overview(self) -> None:
        full = self._full_scale(max(1, self.overview.width()))
        if full is not None:
            self.overview.set_data(self.index, full)

    # --- layout ---------------------------------------------------------------------------
    def request_layout(self) -> None:
        self._timer.start()

    def viewport_resized(self) -> None:
        self._place_message()
        self.scale.set_width(max(1, self.canvas.viewport().width()))
        self._update_overview()
        self.relayout()

    def relayout(self) -> None:
        """Lay out what is in view and show it."""
        if self._in_layout:
            self.request_layout()
            return
        self._in_layout = True
        try:
            vp = self.canvas.viewport()
            if abs(vp.width() - self.scale.width) > 0.5:
                self.scale.set_width(max(1, vp.width()))
            top = self.canvas.verticalScrollBar().value()
            frame = build_frame(
                self.index, self.scale, self._measure, y0=top, y1=top + vp.height(), fold=True
            )
            grid = axis_ticks(self.scale, self._measure_small, self._measure_bold)
            self.scene.show_frame(frame, self.scale, grid)
            self.axis.update()
            self.overview.set_window(self.scale.u0, self.scale.u1)
        finally:
            self._in_layout = False
        rng = self.scale.visible_range()
        if rng != self._last_range:
            self._last_range = rng
            self.rangeChanged.emit(*rng)

    # --- input ----------------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        return handle_key(self, event)

    def tooltip_for(self, item, pos: QPoint) -> str:
        return tooltip_for(self, item, self.canvas.mapToScene(pos))

    def changeEvent(self, event: QEvent) -> None:  # noqa: D102
        if event.type() == QEvent.Type.PaletteChange:
            self.ctx.theme = Theme.for_palette(self.palette())
            self.scene.refresh_all()
            self.axis.update()
            self.overview.update()
        super().changeEvent(event)
