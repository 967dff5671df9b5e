"""The problems list: files that could not be read or analyzed, shown without blocking anyone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QListView, QWidget

from timeline_app.core.story.document import Change, Document
from timeline_app.gui import icons
from timeline_app.gui.binding import follow
from timeline_app.gui.delegates import TwoLineDelegate
from timeline_app.gui.models import Roles

__all__ = ["ProblemListModel", "ProblemsView"]

Index = QModelIndex | QPersistentModelIndex


class ProblemListModel(QAbstractListModel):
    """An adapter over ``document.problems`` (each has ``path`` and ``message``)."""

    def __init__(self, document: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        follow(document.changed, self, self._on_changed)

    def _on_changed(self, change: Change) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.document.problems)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self.document.problems[index.row()]
        path = str(getattr(problem, "path", ""))
        message = str(getattr(problem, "message", problem))
        if role == Qt.ItemDataRole.DisplayRole:
            return Path(path).name or path or "load"
        if role == Roles.SUBTITLE:
            return message
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{path}\n{message}"
        if role == Roles.ID:
            return path
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon("error")
        return None


class ProblemsView(QListView):
    """The dock's content: one row per problem, newest last."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsList")
        self.setModel(ProblemListModel(document, self))
        self.setItemDelegate(TwoLineDelegate(self))
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
