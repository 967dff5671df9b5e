"""Every correction in force: what it corrects, when it was made, what it replaced, why.

Corrections that no longer apply (their article or expression is gone) are listed too, marked,
and kept: a user decides what to do with them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.corrections.edits import Edit, SetAnchor
from timeline_app.core.story.document import Change, Document
from timeline_app.gui.binding import follow
from timeline_app.gui.commands import describe_edit

__all__ = ["CorrectionsPanel"]

_COLUMNS = ["Correction", "Article", "Made", "Replaced", "Note", "Applies"]


def _article_of(edit: Edit) -> str:
    return edit.slot[1]


class CorrectionsPanel(QWidget):
    """``articleActivated(article_id)`` on double-click; ``removeRequested(slots)`` on Remove."""

    articleActivated = Signal(str)
    removeRequested = Signal(list)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="correctionsPanel")
        self.document = document
        self.tree = QTreeWidget(objectName="correctionsTree")
        self.tree.setHeaderLabels(_COLUMNS)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.remove = QPushButton("Remove Correction", objectName="correctionsRemove")
        self.remove.setToolTip("Back to the machine's reading (undoable)")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.tree)
        self.remove.clicked.connect(
            lambda: self.removeRequested.emit(
                [i.data(0, Qt.ItemDataRole.UserRole) for i in self.tree.selectedItems()]
            )
        )
        self.tree.itemDoubleClicked.connect(
            lambda item, _c: self.articleActivated.emit(item.data(1, Qt.ItemDataRole.UserRole))
        )
        follow(document.changed, self, self._on_changed)
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        if change.kind != "settled":  # (a check changes no correction, nor an article)
            self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        orphans = {id(o.edit): o.reason for o in self.document.orphans()}
        muted = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for edit in self.document.corrections:
            made = edit.made_at.strftime("%Y-%m-%d %H:%M") if edit.made_at else ""
            reason = orphans.get(id(edit))
            row = QTreeWidgetItem(
                [
                    describe_edit(edit), _article_of(edit), made, edit.replaced, edit.note,
                    "no: " + reason if reason else "yes",
                ]
            )  # fmt: skip
            row.setData(0, Qt.ItemDataRole.UserRole, edit.slot)
            row.setData(1, Qt.ItemDataRole.UserRole, _article_of(edit))
            row.setToolTip(4, edit.note)
            if reason:
                for column in range(len(_COLUMNS)):
                    row.setForeground(column, muted)
            if isinstance(edit, SetAnchor) and edit.note:
                row.setToolTip(0, edit.note)
            self.tree.addTopLevelItem(row)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
