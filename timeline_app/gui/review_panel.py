"""The review queue: events least certain first, with status, confidence, rule and reference.

The queue of a large story (16,000 events for 1,000 articles) takes most of a second to rank, so
it is ranked on a worker thread from a frozen copy of the document's state, the newest state
winning; the list is a flat model that the view asks only for the rows on screen. A change that
ranks the same rows again costs the view nothing.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.corrections.ledger import Corrections
from timeline_app.core.corrections.review import review_queue
from timeline_app.core.model import Timeline
from timeline_app.core.story.document import Change, Document
from timeline_app.core.story.pipeline import CancelledError
from timeline_app.gui.binding import follow
from timeline_app.gui.loader import LoadWorker, yield_to_foreground

__all__ = ["ReviewModel", "ReviewPanel", "review_rows"]

_COLUMNS = ["Status", "Confidence", "Date", "Expression", "Rule", "Reference", "Label"]
Row = tuple[tuple[str, ...], str]
"""The texts of a row's columns, and its event id."""
Index = QModelIndex | QPersistentModelIndex
RANK_DELAY_S = 0.2
"""A change is ranked after this pause: the window draws it first, a burst is ranked once."""


def review_rows(timeline: Timeline, corrections: Corrections, include_done: bool) -> list[Row]:
    """The rows the panel shows, in queue order (a plain function: it runs on a worker)."""
    return [
        (
            (entry.status, f"{entry.confidence:.2f}", entry.event.interval.begin.isoformat(),
             entry.event.mention.text, entry.rule, entry.reference, entry.event.label),
            entry.event_id,
        )
        for entry in review_queue(timeline, corrections, include_done)
    ]  # fmt: skip


class ReviewModel(QAbstractTableModel):
    """The ranked rows, as texts; ``Qt.UserRole`` on any column is the event id."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802, D102
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102
        if not index.isValid():
            return None
        texts, event_id = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return event_id
        return None


class ReviewPanel(QWidget):
    """``eventActivated(event_id)`` on double-click; ``reviewRequested(ids)`` from the button.

    ``refreshed`` fires once the rows of the newest state are shown.
    """

    eventActivated = Signal(str)
    reviewRequested = Signal(list)
    refreshed = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="reviewPanel")
        self.document = document
        self.model = ReviewModel(self)
        # a table, not a tree: a tree view lays out every row (two calls into Python each)
        self.table = QTableView(objectName="reviewTable")
        self.table.setModel(self.model)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.show_all = QCheckBox("Show reviewed and edited", objectName="reviewShowAll")
        self.mark = QPushButton("Mark Reviewed", objectName="reviewMark")
        self.mark.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.show_all)
        row.addStretch(1)
        row.addWidget(self.mark)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table)
        self.show_all.toggled.connect(self.refresh)
        self.table.doubleClicked.connect(
            lambda index: self.eventActivated.emit(index.data(Qt.ItemDataRole.UserRole))
        )
        self.mark.clicked.connect(lambda: self.reviewRequested.emit(self.selected_ids()))
        self.ranker = LoadWorker(parent=self, priority="background")
        self.ranker.finished.connect(self._show)
        self._stale = False
        follow(document.changed, self, self._on_changed)
        self.refresh()

    @property
    def busy(self) -> bool:
        """Whether rows for a newer state are still being ranked."""
        return self.ranker.running

    def _on_changed(self, _change: Change) -> None:
        if self.window().isVisible() and not self.isVisible():
            self._stale = True  # behind another tab: ranked when it is shown
            return
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802, D102
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.rows[r][1] for r in rows]

    def refresh(self) -> None:
        """Rank the queue of the document's state now, on the worker (the newest state wins)."""
        self._stale = False
        timeline, corrections = self.document.timeline, self.document.corrections.copy()
        include_done = self.show_all.isChecked()

        def rank(_phase, _progress, cancelled):  # the worker thread: no Qt here
            time.sleep(RANK_DELAY_S)
            yield_to_foreground()  # (a view still drawing the change, say)
            if cancelled():
                raise CancelledError("a newer state is being ranked")
            return review_rows(timeline, corrections, include_done)

        self.ranker.run(rank)

    def _show(self, rows: list[Row]) -> None:
        """Show ranked rows, keeping the selection by event id; the same rows change nothing."""
        self.mark.setEnabled(bool(rows))
        if rows != self.model.rows:
            selected = set(self.selected_ids())
            self.model.set_rows(rows)
            if selected:
                self._select(selected)
        self.refreshed.emit()

    def _select(self, event_ids: set[str]) -> None:
        picked = QItemSelection()
        last = self.model.columnCount() - 1
        for row, (_texts, event_id) in enumerate(self.model.rows):
            if event_id in event_ids:
                picked.select(self.model.index(row, 0), self.model.index(row, last))
        self.table.selectionModel().select(picked, QItemSelectionModel.SelectionFlag.Select)
