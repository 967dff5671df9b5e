"""Qt item models: adapters over ``document.timeline`` that keep no copy of the data.

They read the current timeline on every call and reset when ``document.changed`` fires; the
proxy filters events by text and by date, and reports the ids it lets through so the timeline
can show the same set.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)

from timeline_app.core.model import ArticleAnalysis, Event
from timeline_app.core.story.document import Change, Document
from timeline_app.gui import icons
from timeline_app.gui.binding import follow
from timeline_app.gui.display import (
    AnchorStatus,
    anchor_status,
    article_source,
    format_date,
    human_date,
)
from timeline_app.gui.palette import granularity_color

__all__ = ["ArticleListModel", "EventFilterProxy", "EventTableModel", "Roles"]

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole


class Roles:
    """Custom item data roles shared by the models."""

    SORT = Qt.ItemDataRole.UserRole
    ID = Qt.ItemDataRole.UserRole + 1
    SUBTITLE = Qt.ItemDataRole.UserRole + 2
    STATUS = Qt.ItemDataRole.UserRole + 3
    PASSES = Qt.ItemDataRole.UserRole + 4
    """"1" where the row passes the event filter in force (:class:`EventFilterProxy`), else ""."""


class _Following:
    """Mixin: follow the document's changes (by default, a reset of the whole model)."""

    def _follow(self, document: Document) -> None:
        follow(document.changed, self, self._on_changed)  # type: ignore[arg-type]

    def _on_changed(self, change: Change) -> None:
        self.beginResetModel()  # type: ignore[attr-defined]
        self._invalidate()
        self.endResetModel()  # type: ignore[attr-defined]

    def _invalidate(self) -> None:
        """Drop derived indexes (never data) before the reset completes."""


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as ``(first, last)`` runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class EventTableModel(_Following, QAbstractTableModel):
    """One row per placed event, in timeline order.

    ``followed`` fires after every document change has been told (a reset or a few rows), and
    once more when the last batch of a big reset is in; ``batched`` after each batch.

    A reset to more than ``BATCH`` rows (a load) tells the first ``BATCH`` and inserts the rest
    ``BATCH`` rows a turn of the event loop: the views' reset, first layout and paint of a
    16,000-row story held the window's thread in one slice. Any change, or a look-up of a row
    not told yet, tells the rest first.
    """

    followed = Signal()
    batched = Signal()
    BATCH = 2_000

    COLUMNS = ("When", "Precision", "Event", "Source", "Expression")
    WHEN, GRANULARITY, LABEL, SOURCE, EXPRESSION = range(5)

    def __init__(self, document: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self._shown = document.timeline.events  # the list the views know (the core's, no copy)
        self._passing: list[Event] | None = None  # the rows while a change is being told
        self._told: list[Event] | None = None  # the rows told so far of a reset in batches
        self._batches = QTimer(self)
        self._batches.setSingleShot(True)
        self._batches.setInterval(0)
        self._batches.timeout.connect(lambda: self._insert_rows(self.BATCH))
        self.passes: Any = None
        """The filter in force (``event -> bool``), set by :class:`EventFilterProxy`."""
        self._follow(document)

    def _events(self) -> list[Event]:
        if self._passing is not None:
            return self._passing
        return self.document.timeline.events if self._told is None else self._told

    @property
    def batching(self) -> bool:
        """Whether rows of a reset are still being inserted in batches."""
        return self._told is not None

    def _reset(self) -> None:
        """A model reset; beyond ``BATCH`` rows, the rest inserted in the next turns."""
        events = self._shown
        self.beginResetModel()
        self._told = events[: self.BATCH] if len(events) > self.BATCH else None
        self.endResetModel()
        if self._told is not None:
            self._batches.start()

    def _insert_rows(self, rows: int | None, follow: bool = True) -> None:
        """Insert the next ``rows`` (None: all the rest) of a reset in batches.

        ``followed`` fires after the last (unless not ``follow``: a change is being told).
        """
        told = self._told
        if told is None:
            return
        events, first = self._shown, len(told)
        last = len(events) - 1 if rows is None else min(first + rows, len(events)) - 1
        self.beginInsertRows(QModelIndex(), first, last)
        told.extend(events[first : last + 1])
        if len(told) == len(events):
            self._told = None
        self.endInsertRows()
        self.batched.emit()
        if self._told is not None:
            self._batches.start()
        elif follow:  # (not after each batch: the window re-finds its selection after it)
            self.followed.emit()

    def finish_batches(self, follow: bool = True) -> None:
        """Insert at once the rows of a reset not told yet."""
        self._batches.stop()
        self._insert_rows(None, follow)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._events())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.COLUMNS[section]
        return None

    def _on_changed(self, change: Change) -> None:
        """Tell the views the rows that changed.

        A correction or a check touches a few events (their rows are removed, inserted or
        changed); a load or a reset is a model reset.
        """
        self.finish_batches(follow=False)  # the views know every row of the previous list
        old, new = self._shown, self.document.timeline.events
        self._shown = new
        rows = change.rows
        if rows is not None and rows.old is old and rows.new is new:  # found on a worker
            self._retell(old, new, rows.gone, rows.came)
            self._tell_changed(rows.changed)
            self.followed.emit()
            return
        moved = set(change.article_ids) if change.kind == "corrected" else set()
        if change.kind not in ("corrected", "settled") or not self._follow_rows(old, new, moved):
            self._reset()
        self.followed.emit()

    def _follow_rows(self, old: list[Event], new: list[Event], moved: set[str]) -> bool:
        """Rows removed, inserted and changed from ``old`` to ``new``.

        The events of the ``moved`` articles are taken out and put back where they now sort.
        False where other events changed order (then the caller resets the model).
        """
        if self._others_same(old, new, moved):  # the usual correction: one pass, no ids
            self._retell(old, new, [i for i, e in enumerate(old) if e.article_id in moved],
                         [i for i, e in enumerate(new) if e.article_id in moved])
            return True
        if not moved and len(old) == len(new):  # a check: the same rows, some events new
            fresh = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a is not b]
            if all(old[i].event_id == new[i].event_id for i in fresh):
                self._tell_changed([i for i in fresh if old[i] != new[i]])
                return True
        old_ids = {e.event_id for e in old}
        new_ids = {e.event_id for e in new}
        if len(old_ids) != len(old) or len(new_ids) != len(new):
            return False
        old_ids = {e.event_id for e in old if e.article_id not in moved}
        new_ids = {e.event_id for e in new if e.article_id not in moved}
        kept_old = [e.event_id for e in old if e.event_id in new_ids]
        if kept_old != [e.event_id for e in new if e.event_id in old_ids]:
            return False
        gone = [i for i, e in enumerate(old) if e.event_id not in new_ids]
        came = [i for i, e in enumerate(new) if e.event_id not in old_ids]
        rows = self._retell(old, new, gone, came)
        self._tell_changed([i for i, (a, b) in enumerate(zip(rows, new, strict=True))
                            if a is not b and a != b])
        return True

    def _tell_changed(self, rows: list[int]) -> None:
        last_column = len(self.COLUMNS) - 1
        for first, last in _runs(rows):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    @staticmethod
    def _others_same(old: list[Event], new: list[Event], moved: set[str]) -> bool:
        """Whether the events of the articles not ``moved`` are the same objects, in order.

        (The list comparison tells the same objects apart by identity, in C.)
        """
        if len(old) == len(new) and old == new:
            return True
        if not moved:
            return False
        return [e for e in old if e.article_id not in moved] == [
            e for e in new if e.article_id not in moved
        ]

    def _retell(self, old: list[Event], new: list[Event], gone: list[int],
                came: list[int]) -> list[Event]:
        """Remove the rows ``gone`` from ``old`` and insert the rows ``came`` of ``new``."""
        rows = self._passing = list(old)  # references to the core's events, for the telling
        try:
            for first, last in reversed(_runs(gone)):
                self.beginRemoveRows(QModelIndex(), first, last)
                del rows[first : last + 1]
                self.endRemoveRows()
            for first, last in _runs(came):
                self.beginInsertRows(QModelIndex(), first, last)
                rows[first:first] = new[first : last + 1]
                self.endInsertRows()
        finally:
            self._passing = None
        return rows

    def event_at(self, row: int) -> Event:
        return self._events()[row]

    def row_of(self, event_id: str) -> int:
        """The row of ``event_id``, or -1."""
        self.finish_batches()
        for row, event in enumerate(self._events()):
            if event.event_id == event_id:
                return row
        return -1

    def article_title(self, event: Event) -> str:
        analysis = self.document.timeline.analyses.get(event.article_id)
        return analysis.article.title if analysis else event.article_id

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        event, column = self.event_at(index.row()), index.column()
        if role == _DISPLAY:
            return self._display(event, column)
        if role == Roles.SORT:
            return self._sort_key(event, column)
        if role == Roles.ID:
            return event.event_id
        if role == Roles.PASSES:
            return "1" if self.passes is None or self.passes(event) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            iv = event.interval
            return f"{event.sentence}\n\n{event.mention.value}  [{iv.begin} – {iv.end})"
        if role == Qt.ItemDataRole.DecorationRole and column == self.GRANULARITY:
            return granularity_color(event.granularity)
        return None

    def _display(self, event: Event, column: int) -> str:
        if column == self.WHEN:
            return human_date(event.mention)
        if column == self.GRANULARITY:
            return str(event.granularity or "")
        if column == self.LABEL:
            return event.label
        if column == self.SOURCE:
            return self.article_title(event)
        return event.mention.text

    def _sort_key(self, event: Event, column: int) -> Any:
        if column == self.WHEN:
            return event.interval.begin.toordinal() * 100_000 + min(event.interval.days, 99_999)
        if column == self.GRANULARITY:
            return event.granularity.rank if event.granularity else -1
        return self._display(event, column).casefold()


class EventFilterProxy(QSortFilterProxyModel):
    """Events whose label, sentence, expression or source match every word, within a date range.

    ``acceptedChanged(ids)`` fires with the set of accepted event ids, or None when no filter is
    active (everything is visible).
    """

    acceptedChanged = Signal(object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._begin: date | None = None
        self._end: date | None = None
        self.setSortRole(Roles.SORT)
        # the filter is Qt's own, on a role the source answers with this proxy's predicate: with
        # no filter in force (an empty pattern) Qt lets every row through without asking Python
        # (a Python filterAcceptsRow was 16,000 calls at every reset of a 1,000-article story)
        self.setFilterRole(Roles.PASSES)
        self.setFilterKeyColumn(0)
        self.modelReset.connect(self._emit_accepted)

    def setSourceModel(self, model: Any) -> None:  # noqa: N802, D102
        super().setSourceModel(model)
        if isinstance(model, EventTableModel):  # rows inserted or changed may pass the filter
            model.followed.connect(self._after_rows)
            model.passes = self.passes

    def _after_rows(self) -> None:
        if self.active:
            self._emit_accepted()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By date, up, is the timeline's own order: kept, with no sort to run.

        (A sort asks every row its key, on the main thread.)
        """
        if column == EventTableModel.WHEN and order == Qt.SortOrder.AscendingOrder:
            column = -1
        super().sort(column, order)

    def source(self) -> EventTableModel:
        model = self.sourceModel()
        assert isinstance(model, EventTableModel)
        return model

    @property
    def active(self) -> bool:
        return bool(self._words) or self._begin is not None or self._end is not None

    @property
    def words(self) -> list[str]:
        return list(self._words)

    @property
    def date_range(self) -> tuple[date | None, date | None]:
        return self._begin, self._end

    def set_text(self, text: str) -> None:
        self.set_filters(text, self._begin, self._end)

    def set_date_range(self, begin: date | None, end: date | None) -> None:
        """Keep events overlapping ``[begin, end]`` (both days included; None is open)."""
        self.set_filters(" ".join(self._words), begin, end)

    def set_filters(self, text: str, begin: date | None, end: date | None) -> None:
        """Both filters at once: one refilter, one ``acceptedChanged``."""
        was = "1" if self.active else ""
        self._words, self._begin, self._end = text.casefold().split(), begin, end
        pattern = "1" if self.active else ""
        if pattern != was:  # (setting the pattern filters the rows again itself)
            self.setFilterFixedString(pattern)
        elif pattern:
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self._emit_accepted()

    def passes(self, event: Event) -> bool:
        """Whether ``event`` passes the filters in force (the source's ``PASSES`` role)."""
        model = self.source()
        iv = event.interval
        if self._begin is not None and iv.end <= self._begin:
            return False
        if self._end is not None and iv.begin > self._end:
            return False
        if not self._words:
            return True
        haystack = " ".join(
            (
                event.label,
                event.sentence,
                event.mention.text,
                model.article_title(event),
                event.article_id,
            )
        ).casefold()
        return all(word in haystack for word in self._words)

    def accepted_ids(self) -> set[str] | None:
        if not self.active:
            return None
        model = self.source()
        return {
            model.event_at(self.mapToSource(self.index(row, 0)).row()).event_id
            for row in range(self.rowCount())
        }

    def _emit_accepted(self) -> None:
        if self.sourceModel() is not None:
            self.acceptedChanged.emit(self.accepted_ids())


_ARTICLE_ROLES = frozenset({_DISPLAY, Roles.ID, Roles.STATUS, Roles.SUBTITLE,
                            Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole})


class ArticleListModel(_Following, QAbstractListModel):
    """One row per article: title, source, publication date and anchor status (with its icon)."""

    def __init__(self, document: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self._ids: list[str] | None = None  # an index over the document's dict, not a copy
        self._told = document.timeline  # the timeline the views were last told of (no copy)
        self._follow(document)

    def _invalidate(self) -> None:
        self._ids = None

    def _on_changed(self, change: Change) -> None:
        """The same articles (a correction, a check): their rows changed in place, no reset.

        Only the rows whose analysis or anchor report changed are told (a view repaints what
        it is told of, where it is on screen).
        """
        told, timeline = self._told, self.document.timeline
        self._told = timeline
        same = self._ids is not None and change.kind in ("corrected", "settled") and (
            self._ids == list(timeline.analyses))
        if not same:
            super()._on_changed(change)
        elif self._ids:
            for first, last in _runs(self._changed_rows(told, timeline)):
                self.dataChanged.emit(self.index(first, 0), self.index(last, 0))

    def _changed_rows(self, told: Any, timeline: Any) -> list[int]:
        """Rows whose analysis or report differ between two timelines of the same articles."""
        ids = self._order()
        old, new = told._reports, timeline._reports  # (None: not computed, every row told)
        if old is None or new is None:
            return list(range(len(ids)))
        before, after = told.analyses, timeline.analyses
        return [row for row, aid in enumerate(ids)
                if before.get(aid) is not after[aid] or old.get(aid) != new.get(aid)]

    def _order(self) -> list[str]:
        if self._ids is None:
            self._ids = list(self.document.timeline.analyses)
        return self._ids

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.document.timeline.analyses)

    def analysis_at(self, row: int) -> ArticleAnalysis:
        return self.document.timeline.analyses[self._order()[row]]

    def row_of(self, article_id: str) -> int:
        try:
            return self._order().index(article_id)
        except ValueError:
            return -1

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role not in _ARTICLE_ROLES:  # (a delegate asks for a dozen roles per row painted)
            return None
        analysis = self.analysis_at(index.row())
        article = analysis.article
        if role == _DISPLAY:
            return article.title or article.id
        if role == Roles.ID:
            return article.id
        if role == Roles.SUBTITLE:
            return self.subtitle(analysis)
        status = self.status(analysis)
        if role == Roles.STATUS:
            return str(status)
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon(f"anchor-{status}")
        where = article.url or article.path  # the tooltip
        return f"{article.title}\n{self.subtitle(analysis)} · anchor {status}\n{where}"

    def status(self, analysis: ArticleAnalysis) -> AnchorStatus:
        report = self.document.timeline.reports.get(analysis.article.id)
        return anchor_status(analysis, report)

    def subtitle(self, analysis: ArticleAnalysis) -> str:
        """``19 Oct 2023 · reuters.com``, with the anchor status when it is not as detected."""
        article = analysis.article
        published = format_date(article.published) if article.published else "no date"
        status = self.status(analysis)
        parts = [published, "" if status is AnchorStatus.DETECTED else f"anchor {status}"]
        parts.append(article_source(article))
        parts.append(article.lang.upper())
        return " · ".join(p for p in parts if p)
