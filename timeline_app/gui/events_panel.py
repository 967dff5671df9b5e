"""The events dock: a sortable table of events with a text filter and a date-range filter."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.story.document import Document
from timeline_app.gui import icons
from timeline_app.gui.display import plural
from timeline_app.gui.models import EventFilterProxy, EventTableModel, Roles

__all__ = ["EventsPanel", "parse_bound"]

DEBOUNCE_MS = 150
_PARTIAL = re.compile(r"^\s*(\d{1,4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*$")


def parse_bound(text: str, *, end: bool) -> date | None:
    """``2023``, ``2023-10`` or ``2023-10-18``: its first day, or its last day when ``end``.

    Raises ValueError on anything else; empty text is an open bound (None).
    """
    if not text.strip():
        return None
    m = _PARTIAL.match(text)
    if not m:
        raise ValueError(text)
    year, month, day = int(m[1]), m[2], m[3]
    if day is not None:
        return date(year, int(month), int(day))
    if month is not None:
        first = date(year, int(month), 1)
        nxt = date(year + (first.month == 12), first.month % 12 + 1, 1)
        return nxt - timedelta(days=1) if end else first
    return date(year, 12, 31) if end else date(year, 1, 1)


class EventsPanel(QWidget):
    """``eventSelected(event_id)`` when the user picks a row (a row filtered away is no pick)."""

    eventSelected = Signal(str)
    useViewRange = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EventTableModel(document, self)
        self.proxy = EventFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._filtering = False
        self.filter = QLineEdit(objectName="eventFilter", clearButtonEnabled=True)
        self.filter.setPlaceholderText("Filter: words of the label, sentence, expression or source")
        self.filter.addAction(icons.icon("filter"), QLineEdit.ActionPosition.LeadingPosition)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.filter.textChanged.connect(self._debounce.start)
        self.begin = QLineEdit(objectName="rangeBegin", clearButtonEnabled=True)
        self.end = QLineEdit(objectName="rangeEnd", clearButtonEnabled=True)
        for edit, tip in ((self.begin, "from"), (self.end, "until")):
            edit.setPlaceholderText("YYYY-MM-DD")
            edit.setToolTip(f"Show events {tip} this day, month (2023-10) or year (2023)")
            edit.setMaximumWidth(110)
            edit.textChanged.connect(self._debounce.start)
        view_range = QToolButton(text="View", toolTip="Use the timeline's visible range")
        view_range.clicked.connect(self.useViewRange)
        self.count = QLabel(objectName="eventCount")
        self.table = QTableView(objectName="eventTable")
        self._setup_table()

        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.filter, 1)
        filters.addWidget(QLabel("From"))
        filters.addWidget(self.begin)
        filters.addWidget(QLabel("to"))
        filters.addWidget(self.end)
        filters.addWidget(view_range)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.proxy.acceptedChanged.connect(self._update_count)
        self.model.followed.connect(self._update_count)
        self._following = False  # the model is telling a document change: rows come and go
        for started in (self.model.rowsAboutToBeRemoved, self.model.rowsAboutToBeInserted,
                        self.model.modelAboutToBeReset):
            started.connect(self._start_following)
        self.model.followed.connect(self._stop_following)
        self.model.batched.connect(self._stop_following)  # (a batch of a load's rows is in)
        self.model.batched.connect(self._update_count)
        self._update_count()

    def _setup_table(self) -> None:
        t = self.table
        t.setModel(self.proxy)
        t.setSortingEnabled(True)
        t.sortByColumn(EventTableModel.WHEN, Qt.SortOrder.AscendingOrder)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setAlternatingRowColors(True)
        t.setWordWrap(False)
        t.setShowGrid(False)
        t.verticalHeader().hide()
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 8)
        header = t.horizontalHeader()
        header.setHighlightSections(False)
        for column, width in ((0, 150), (1, 84), (3, 190), (4, 130)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(EventTableModel.LABEL, QHeaderView.ResizeMode.Stretch)
        t.selectionModel().currentRowChanged.connect(self._on_current)

    # --- filters ----------------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def set_date_range(self, begin: date | None, end: date | None) -> None:
        """Fill the range fields (the filter follows)."""
        self.begin.setText(begin.isoformat() if begin else "")
        self.end.setText(end.isoformat() if end else "")

    def apply_filters(self) -> None:
        """Filter by what the fields say now (typing applies it after a short pause)."""
        self._debounce.stop()
        bounds = []
        for edit, is_end in ((self.begin, False), (self.end, True)):
            try:
                bounds.append(parse_bound(edit.text(), end=is_end))
                edit.setProperty("invalid", False)
            except ValueError:
                bounds.append(None)
                edit.setProperty("invalid", True)
            edit.style().unpolish(edit)
            edit.style().polish(edit)
        text = self.filter.text()
        if text.casefold().split() != self.proxy.words or tuple(bounds) != self.proxy.date_range:
            self._filtering = True  # rows coming and going move the current row: no pick
            try:
                self.proxy.set_filters(text, *bounds)
            finally:
                self._filtering = False

    def _update_count(self, *_: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self.model.batching:  # (a load's rows still coming in: the story's count)
            total = len(self.model.document.timeline.events)
        self.count.setText(f"{shown} of {total}" if self.proxy.active else plural(total, "event"))

    # --- selection --------------------------------------------------------------------------
    def _start_following(self, *_: object) -> None:
        self._following = True

    def _stop_following(self) -> None:
        self._following = False

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        # rows moving under a correction move the current row too: that is no pick of the user's
        if current.isValid() and not self._filtering and not self._following:
            self.eventSelected.emit(current.data(Roles.ID))

    def select_event(self, event_id: str | None) -> None:
        """Make ``event_id``'s row current and visible (clear the selection for None)."""
        selection = self.table.selectionModel()
        row = self.model.row_of(event_id) if event_id else -1
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if not index.isValid():
            selection.clear()
            return
        if selection.currentIndex().row() == index.row():
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.setCurrentIndex(index, flags)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
