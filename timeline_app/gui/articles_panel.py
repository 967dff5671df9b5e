"""The articles dock: every loaded article with its source, date and anchor status."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from timeline_app.core.story.document import Document
from timeline_app.gui import icons
from timeline_app.gui.delegates import TwoLineDelegate
from timeline_app.gui.display import AnchorStatus
from timeline_app.gui.models import ArticleListModel, Roles

__all__ = ["ArticlesPanel"]


class ArticlesPanel(QListView):
    """``articleSelected(article_id | None)`` when the user picks a row.

    Actions added with ``addAction`` (the Article menu's) form the context menu.
    """

    articleSelected = Signal(object)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleList")
        self.model_ = ArticleListModel(document, self)
        self.setModel(self.model_)
        self.setItemDelegate(TwoLineDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.selectionModel().currentRowChanged.connect(self._on_current)
        # every status's icon made in idle turns, not at its first row's paint
        QTimer.singleShot(0, lambda: icons.warm_up([f"anchor-{s}" for s in AnchorStatus]))

    def current_article_id(self) -> str | None:
        index = self.currentIndex()
        return index.data(Roles.ID) if index.isValid() else None

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.articleSelected.emit(current.data(Roles.ID) if current.isValid() else None)

    def select_article(self, article_id: str | None) -> None:
        row = self.model_.row_of(article_id) if article_id else -1
        if row < 0:
            self.selectionModel().clear()
            return
        if self.currentIndex().row() == row:
            return
        index = self.model_.index(row)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)
