"""Archive mode: a window on a Parquet events table of any size.

The timeline is the main window's own :class:`~.timeline.view.TimelineView` over an
:class:`~timeline_app.core.layout.archive_index.ArchiveIndex` (the same canvas, input, level of
detail and painting; only the index differs), the table dock fetches rows as it scrolls
(:mod:`.parquet_model`), and the columns the timeline needs are read in a worker thread
(:mod:`.archive_tasks`) while the window stays live.
"""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTableView,
    QWidget,
)

from timeline_app.core.layout.archive_index import LANE_MODES, ArchiveIndex, load_archive
from timeline_app.core.locations import is_url
from timeline_app.core.storage.parquet import ParquetEvents, is_parquet_table
from timeline_app.gui.archive_tasks import Background, export_range_csv
from timeline_app.gui.parquet_model import ParquetEventModel
from timeline_app.gui.timeline.view import TimelineView

__all__ = ["ArchiveWindow"]


class _TableModel(ParquetEventModel):
    """The table's model, stopping at a part file it cannot read instead of raising in Qt."""

    failed = Signal(str)

    def fetchMore(  # noqa: N802, D102
        self,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> None:
        try:
            super().fetchMore(parent)
        except (OSError, ValueError) as exc:  # pyarrow's ArrowIOError / ArrowInvalid
            self.table.total = self.table.fetched  # ask no more
            self.failed.emit(str(exc))


def _day(value: date | str) -> date:
    """A date column's value: a date (a table of version 2) or its ISO text (version 1)."""
    return value if isinstance(value, date) else date.fromisoformat(value)


WIDTHS = {"begin": 96, "granularity": 86, "label": 360, "article_title": 260}
LANES = (("By precision", "granularity"), ("One lane", "single"), ("By article group", "bucket"))


class ArchiveWindow(QMainWindow):
    """The archive timeline in the middle, its events table in a dock, counts in the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archiveWindow")
        self.setWindowTitle("Timeline archive")
        self.resize(1400, 900)
        self.directory: Path | str | None = None
        self.table_model: ParquetEventModel | None = None
        self.load_seconds = 0.0
        self._started = 0.0
        self.archive: ArchiveIndex | None = None
        self.lane_mode = "granularity"
        self.view = TimelineView(None, self, lane_mode=self.lane_mode, compressed=False)
        self.setCentralWidget(self.view)
        self.table = QTableView(self, objectName="archiveTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._on_row)
        self.table.clicked.connect(self._on_row)
        self.dock = QDockWidget("Events", self, objectName="archive_events_dock")
        self.dock.setWidget(self.table)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.resizeDocks([self.dock], [170], Qt.Orientation.Vertical)
        self.counts = QLabel(objectName="archiveCounts")
        self.range = QLabel(objectName="archiveRange")
        self.progress = QProgressBar(objectName="archiveProgress", maximum=1000)
        self.progress.setMaximumWidth(220)
        for w in (self.progress, self.range, self.counts):
            self.statusBar().addPermanentWidget(w)
        self.progress.hide()
        self.loader = Background(self)
        self.exporter = Background(self)
        self.view.rangeChanged.connect(self._show_range)
        self.view.eventActivated.connect(self._on_event)
        self._menus()

    # --- menus ------------------------------------------------------------------------------
    def _menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&File")
        self._act(file, "&Open Events Table…", self.choose_table, QKeySequence.StandardKey.Open)
        self._act(file, "Open Events Table from &URL…", self.choose_url)
        file.addSeparator()
        self._act(file, "&Close", self.close, QKeySequence.StandardKey.Close)
        export = bar.addMenu("&Export")
        self.export_action = self._act(export, "CSV of the &Visible Range…", self.choose_export)
        view = bar.addMenu("&View")
        self._act(view, "Zoom &In", self.view.zoom_in, QKeySequence.StandardKey.ZoomIn)
        self._act(view, "Zoom &Out", self.view.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self._act(view, "&Fit All", self.view.fit_all, QKeySequence("Ctrl+0"))
        view.addSeparator()
        group = QActionGroup(self)
        for title, mode in LANES:
            action = self._act(view, title, lambda _=False, m=mode: self.set_lane_mode(m))
            action.setCheckable(True)
            action.setChecked(mode == self.lane_mode)
            group.addAction(action)
        view.addSeparator()
        view.addAction(self.dock.toggleViewAction())

    def _act(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda *_: slot())
        menu.addAction(action)
        return action

    # --- opening ----------------------------------------------------------------------------
    def choose_table(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open Events Table")
        if folder:
            self.open_table(folder)

    def choose_url(self) -> None:
        url, ok = QInputDialog.getText(
            self, "Open Events Table from URL", "URL (s3://bucket/events, file://…, …):"
        )
        if ok and url.strip():
            self.open_table(url.strip())

    def open_table(self, directory: str | Path) -> None:
        """Show the table under ``directory`` (a folder or a URL): rows at once, timeline soon."""
        directory = str(directory) if is_url(directory) else Path(directory)
        try:
            found = is_parquet_table(directory)
        except Exception:  # noqa: BLE001 - an unknown scheme or a store that cannot be reached
            found = False
        if not found:
            QMessageBox.warning(self, "Open Events Table", f"{directory} is not an events table.")
            return
        self.directory = directory
        name = str(directory).rstrip("/").rsplit("/", 1)[-1]
        self.setWindowTitle(f"{name} — Timeline archive")
        self.table_model = _TableModel(ParquetEvents(directory), parent=self)
        self.table_model.failed.connect(
            lambda m: self.statusBar().showMessage(f"The table stops here: {m}", 10000)
        )
        self.table.setModel(self.table_model)
        header = self.table.horizontalHeader()
        for i, name in enumerate(self.table_model.columns):
            header.resizeSection(i, WIDTHS.get(name, 160))
        self.counts.setText(f"{self.table_model.table.total:,} events")
        self.archive = None
        self.view.clear()
        self.view.set_message(f"Reading {self.table_model.table.total:,} events…")
        self._started = time.perf_counter()
        self.progress.setValue(0)
        self.progress.show()
        self.loader.start(
            lambda report, cancelled: load_archive(
                directory, lambda done, total: report((done, total)), cancelled
            ),
            self._on_progress,
            self._on_loaded,
            self._on_failed,
        )

    def _on_progress(self, value: tuple[int, int]) -> None:
        done, total = value
        self.progress.setValue(int(1000 * done / max(total, 1)))
        self.progress.setFormat(f"reading {done:,} of {total:,}")
        self.statusBar().showMessage(f"Reading events… {done:,} of {total:,}")

    def _on_loaded(self, index: ArchiveIndex | None) -> None:
        self.progress.hide()
        if index is None:
            return
        self.load_seconds = time.perf_counter() - self._started
        self.archive = index
        self.view.set_message("")
        self.view.set_index(index)  # in the view's lane mode, if the index has it
        if self.view.lane_mode() != self.lane_mode:
            self.set_lane_mode(self.lane_mode)
        self.counts.setText(f"{len(index):,} events")
        self.statusBar().showMessage(f"Read {len(index):,} events in {self.load_seconds:.2f} s")

    def _on_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.view.set_message(f"Could not read the table: {exc}")
        self.statusBar().showMessage(f"Reading failed: {exc}", 10000)

    # --- the rest ---------------------------------------------------------------------------
    def set_lane_mode(self, mode: str) -> None:
        """``"granularity"`` (a lane per precision), ``"single"`` or ``"bucket"`` (by article)."""
        if self.archive is not None:
            self.view.set_lane_mode(mode)  # raises on an unknown mode before anything changes
        elif mode not in LANE_MODES:
            raise ValueError(f"lane mode must be one of {', '.join(LANE_MODES)}, not {mode!r}")
        self.lane_mode = mode

    def _show_range(self, begin, end) -> None:
        shown = ""
        if self.archive is not None:
            shown = f"  ·  {self.view.in_view():,} in view ({self.view.lod()})"
        self.range.setText(f"{begin.isoformat()} to {end.isoformat()}{shown}")

    def _on_row(self, index: QModelIndex) -> None:
        """A row of the table: zoom the timeline to its event and mark it."""
        model = self.table_model
        if model is None or not index.isValid():
            return
        row = model.table.row(index.row())
        begin, end = _day(row["begin"]), _day(row["end"])
        span = max((end - begin).days, 4)
        self.view.zoom_to_range(begin.toordinal() - span, end.toordinal() + span)
        self.view.select_event(row["event_id"])

    def _on_event(self, event_id: str) -> None:
        self.statusBar().showMessage(f"Event {event_id}", 5000)

    def choose_export(self) -> None:
        if self.directory is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "Export Visible Range", "", "CSV (*.csv)")
        if not path:
            return
        directory = self.directory
        begin, end = self.view.visible_range()
        self.statusBar().showMessage(f"Writing the events of {begin} to {end}…")
        self.exporter.start(  # a range of a million events takes seconds: off the main thread
            lambda report, cancelled: export_range_csv(
                directory, begin, end + timedelta(days=1), path
            ),
            lambda _: None,
            lambda n: self.statusBar().showMessage(f"Wrote {n:,} events to {path}", 8000),
            lambda exc: self.statusBar().showMessage(f"Export failed: {exc}", 10000),
        )

    def export_visible(self, path: str | Path) -> int:
        """Write the events of the visible range as CSV; return how many."""
        if self.directory is None:
            return 0
        begin, end = self.view.visible_range()  # end: the last day in view, partly or not
        return export_range_csv(self.directory, begin, end + timedelta(days=1), path)

    def closeEvent(self, event) -> None:  # noqa: D102
        self.loader.cancel()
        self.exporter.cancel()
        super().closeEvent(event)
