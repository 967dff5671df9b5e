"""A fetch-on-demand table over a Parquet events table: a million events without loading them.

:class:`ParquetEventModel` is an adapter over
:class:`~timeline_app.core.storage.parquet.ParquetEvents` (which holds the rows read so far);
views ask for more as they scroll, through ``canFetchMore``/``fetchMore``, one batch at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from timeline_app.core.storage.parquet import ParquetEvents

__all__ = ["DEFAULT_COLUMNS", "HEADERS", "ParquetEventModel", "parquet_table_view"]

Index = QModelIndex | QPersistentModelIndex

DEFAULT_COLUMNS = ("begin", "granularity", "label", "article_title", "expression")
HEADERS = {
    "begin": "When", "end": "Until", "granularity": "Precision", "label": "Event",
    "article_title": "Source", "expression": "Expression", "sentence": "Sentence",
    "value": "Value", "anchor": "Anchor", "anchor_source": "Anchor from",
    "published": "Published", "cluster_id": "Cluster", "event_id": "Event id",
    "article_id": "Article id", "display_date": "Date",
}  # fmt: skip
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ParquetEventModel(QAbstractTableModel):
    """Rows of a Parquet events table, read in batches as the view scrolls."""

    def __init__(
        self, table: ParquetEvents, columns: Sequence[str] = DEFAULT_COLUMNS, parent: Any = None
    ) -> None:
        super().__init__(parent)
        missing = [c for c in columns if c not in table.columns]
        if missing:
            raise ValueError(f"the table has no column {', '.join(missing)}")
        self.table = table
        self.columns = tuple(columns)
        self._fetching = False  # views and testers may ask again from inside our signals

    @classmethod
    def open(cls, directory: str | Path, batch_size: int = 1000, parent: Any = None):
        return cls(ParquetEvents(directory, batch_size), parent=parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.table.fetched

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._fetching and self.table.can_fetch_more()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._fetching:
            return
        count = self.table.peek_more()
        if count == 0:
            return
        start = self.table.fetched
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), start, start + count - 1)
            self.table.fetch_more()
            self.endInsertRows()
        finally:
            self._fetching = False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.table.fetched:
            return None
        name = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.table.value(index.row(), name)
            if value is None:  # a missing value (a null in the table)
                return ""
            if isinstance(value, date):
                return value.isoformat()
            return value if isinstance(value, int | float) else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.table.value(index.row(), "sentence") or None
        if role == ID_ROLE:
            return self.table.value(index.row(), "event_id")
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return HEADERS.get(self.columns[section], self.columns[section])
            return None
        return section + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def parquet_table_view(directory: str | Path, parent: QWidget | None = None) -> QTableView:
    """A read-only table view on the events under ``directory``, for a dock or a tab."""
    view = QTableView(parent)
    model = ParquetEventModel.open(directory, parent=view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.horizontalHeader().setStretchLastSection(True)
    return view
