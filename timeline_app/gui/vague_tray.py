"""The vague tray: dated mentions that could not be placed, with their sentences, not dropped.

"Recently", "in the past", a weekday in an article with no anchor: they stay visible here, and a
click shows the mention in the reader, where a user can judge it (or fix the article's anchor).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from timeline_app.core.events.sentences import SentenceIndex
from timeline_app.core.model import Mention
from timeline_app.core.story.document import Change, Document
from timeline_app.gui import icons
from timeline_app.gui.binding import follow
from timeline_app.gui.delegates import TwoLineDelegate
from timeline_app.gui.models import Roles

__all__ = ["UnplacedModel", "VagueTray"]

Index = QModelIndex | QPersistentModelIndex


class UnplacedModel(QAbstractListModel):
    """One row per ``timeline.unplaced()`` mention: the expression, its article and sentence."""

    def __init__(self, document: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self._rows: list[tuple[str, Mention]] | None = None  # derived index, rebuilt on change
        self._sentences: dict[str, SentenceIndex] = {}
        follow(document.changed, self, self._on_changed)

    def _on_changed(self, change: Change) -> None:
        self.beginResetModel()
        self._rows = None
        self._sentences.clear()
        self.endResetModel()

    def rows(self) -> list[tuple[str, Mention]]:
        if self._rows is None:
            self._rows = self.document.timeline.unplaced()
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows())

    def mention_at(self, row: int) -> tuple[str, Mention]:
        return self.rows()[row]

    def sentence(self, article_id: str, mention: Mention) -> str:
        text = self.document.timeline.analyses[article_id].article.text
        if article_id not in self._sentences:
            self._sentences[article_id] = SentenceIndex.of(text)
        start, end = self._sentences[article_id].containing(mention.start, mention.end)
        return " ".join(text[start:end].split())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        article_id, mention = self.mention_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return f"“{mention.text}”  ·  {self._title(article_id)}"
        if role == Roles.SUBTITLE:
            return self.sentence(article_id, mention)
        if role == Roles.ID:
            return article_id
        if role == Qt.ItemDataRole.ToolTipRole:
            reason = mention.reference or "no reference date in reach"
            return f"{mention.value} ({reason})\n{self.sentence(article_id, mention)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon("vague")
        return None

    def _title(self, article_id: str) -> str:
        return self.document.timeline.analyses[article_id].article.title or article_id


class VagueTray(QWidget):
    """The dock's content; ``mentionActivated(article_id, mention)`` on click."""

    mentionActivated = Signal(str, object)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = UnplacedModel(document, self)
        self.view = QListView(objectName="vagueList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(TwoLineDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_clicked)
        self.empty = QLabel("", objectName="emptyHint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        self.model.modelReset.connect(self._update_empty)
        self._update_empty()

    def _update_empty(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        timeline = self.model.document.timeline
        if timeline.events:
            self.empty.setText("Every dated mention was placed.")
        elif timeline.analyses:
            self.empty.setText("No dated mention found in these articles.")
        else:
            self.empty.setText("Mentions too vague to place (\u201crecently\u201d) show here.")

    def _on_clicked(self, index: QModelIndex) -> None:
        article_id, mention = self.model.mention_at(index.row())
        self.mentionActivated.emit(article_id, mention)
