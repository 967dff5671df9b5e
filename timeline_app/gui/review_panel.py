"""The review queue: events least certain first, with status, confidence, rule and reference."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.corrections.review import review_queue
from timeline_app.core.story.document import Change, Document
from timeline_app.gui.binding import follow

__all__ = ["ReviewPanel"]

_COLUMNS = ["Status", "Confidence", "Date", "Expression", "Rule", "Reference", "Label"]


class ReviewPanel(QWidget):
    """``eventActivated(event_id)`` on double-click; ``reviewRequested(ids)`` from the button."""

    eventActivated = Signal(str)
    reviewRequested = Signal(list)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="reviewPanel")
        self.document = document
        self.tree = QTreeWidget(objectName="reviewTree")
        self.tree.setHeaderLabels(_COLUMNS)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.show_all = QCheckBox("Show reviewed and edited", objectName="reviewShowAll")
        self.mark = QPushButton("Mark Reviewed", objectName="reviewMark")
        row = QHBoxLayout()
        row.addWidget(self.show_all)
        row.addStretch(1)
        row.addWidget(self.mark)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.tree)
        self.show_all.toggled.connect(self.refresh)
        self.tree.itemDoubleClicked.connect(
            lambda item, _col: self.eventActivated.emit(item.data(0, Qt.ItemDataRole.UserRole))
        )
        self.mark.clicked.connect(lambda: self.reviewRequested.emit(self.selected_ids()))
        self._rows: list[tuple[tuple[str, ...], str]] | None = None  # what the tree shows
        self._stale = False
        follow(document.changed, self, self._on_changed)
        self.refresh()

    def _on_changed(self, _change: Change) -> None:
        if self.window().isVisible() and not self.isVisible():
            self._stale = True  # behind another tab: built when it is shown
            return
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802, D102
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def selected_ids(self) -> list[str]:
        return [i.data(0, Qt.ItemDataRole.UserRole) for i in self.tree.selectedItems()]

    def refresh(self) -> None:
        """Rebuild from the document, unless the rows would be the same.

        A check that moved nothing the queue shows costs one pass over the statuses.
        """
        self._stale = False
        items = review_queue(
            self.document.timeline, self.document.corrections, self.show_all.isChecked()
        )
        rows = [
            (
                (entry.status, f"{entry.confidence:.2f}", entry.event.interval.begin.isoformat(),
                 entry.event.mention.text, entry.rule, entry.reference, entry.event.label),
                entry.event_id,
            )
            for entry in items
        ]  # fmt: skip
        self.mark.setEnabled(bool(items))
        if rows == self._rows:
            return
        self._rows = rows
        selected = set(self.selected_ids())
        self.tree.setUpdatesEnabled(False)
        try:
            self.tree.clear()
            made = []
            for texts, event_id in rows:
                row = QTreeWidgetItem(list(texts))
                row.setData(0, Qt.ItemDataRole.UserRole, event_id)
                made.append(row)
            self.tree.addTopLevelItems(made)
            for row, (_texts, event_id) in zip(made, rows, strict=True):
                if event_id in selected:
                    row.setSelected(True)
        finally:
            self.tree.setUpdatesEnabled(True)
