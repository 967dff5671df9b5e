"""The "Set Anchor" dialog: a calendar, a typed ISO field, "date unknown", a note, and a preview.

The dialog only builds a :class:`SetAnchor`; the caller pushes it as one undo command. The preview
runs ``document.preview_job(edit)`` on a worker (it re-reads the article under the day chosen:
tens of ms that the window's thread does not wait for; the newest day wins) and lists what would
move, without changing anything; what it read is kept for the OK to apply.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.corrections.edits import Edit, SetAnchor
from timeline_app.core.corrections.ids import parse_date
from timeline_app.core.errors import CorrectionError
from timeline_app.core.model import Interval
from timeline_app.core.story.document import Document, Move
from timeline_app.gui.display import plural
from timeline_app.gui.loader import LoadWorker

__all__ = ["AnchorDialog", "MovesPreview", "opening_date"]


def opening_date(document: Document, article_id: str) -> date:
    """The date the dialog opens on: the suggestion, else the anchor or the page's own date.

    An article with none of them opens on the latest date another article of the story is
    anchored to (a story's articles are near each other in time), and only then on today.
    """
    report = document.timeline.reports.get(article_id)
    if report is not None and report.suggestion is not None:
        return report.suggestion.best
    analysis = document.analyses[article_id]
    if analysis.anchor.value or analysis.article.published:
        return analysis.anchor.value or analysis.article.published
    others = [a.anchor.value for a in document.analyses.values() if a.anchor.value is not None]
    return max(others, default=date.today())


def _span(interval: Interval | None) -> str:
    if interval is None:
        return "—"
    if interval.days == 1:
        return interval.begin.isoformat()
    last = interval.end - timedelta(days=1)  # the half-open end shown as the last day
    return f"{interval.begin.isoformat()} – {last.isoformat()}"


class MovesPreview(QTreeWidget):
    """What an edit would move: event, from, to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="movesPreview")
        self.setHeaderLabels(["Event", "Now", "After"])
        self.setRootIsDecorated(False)
        self.setMinimumHeight(140)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.moves: list[Move] = []

    def show_moves(self, moves: list[Move]) -> None:
        self.moves = moves
        self.clear()
        for move in moves:
            item = QTreeWidgetItem([move.label, _span(move.old), _span(move.new)])
            item.setData(0, Qt.ItemDataRole.UserRole, move.event_id)
            item.setToolTip(0, move.label)
            self.addTopLevelItem(item)
        if not moves:
            item = QTreeWidgetItem(["Nothing moves with this date.", "", ""])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(item)


class WorkerPreview:
    """Mixin for a correction dialog: the preview of its edit made on a worker.

    The newest edit described wins; what the worker read and built is kept in the document,
    where the OK's apply takes it (no re-read on the window's thread).
    """

    document: Document
    preview: MovesPreview

    def _start_previews(self) -> None:
        self._previewer = LoadWorker(parent=self, priority="foreground")  # type: ignore[arg-type]
        self._previewer.finished.connect(self._on_previewed)

    def _preview(self, edit: Edit | None) -> None:
        job = self.document.preview_job(edit) if edit is not None else lambda: ([], {})
        self._previewer.run(lambda *_: job())  # (a run in flight is abandoned: the newest wins)

    @property
    def previewing(self) -> bool:
        """Whether the preview of the edit now described is still being made."""
        return self._previewer.running

    def _on_previewed(self, result: tuple[list[Move], dict]) -> None:
        moves, read = result
        self.document.keep_preview(read)
        self.preview.show_moves(moves)

    def done(self, result: int) -> None:  # noqa: D102 - the worker's thread is left to end
        self._previewer.shutdown(0)
        super().done(result)  # type: ignore[misc]


class AnchorDialog(WorkerPreview, QDialog):
    """Correct an article's anchor; ``edit()`` is the correction made."""

    def __init__(self, document: Document, article_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="anchorDialog")
        self.document = document
        self.article_id = article_id
        analysis = document.analyses[article_id]
        article, anchor = analysis.article, analysis.anchor
        self.setWindowTitle("Set Anchor")
        start = opening_date(document, article_id)

        self.calendar = QDateEdit(
            QDate(start.year, start.month, start.day), objectName="anchorDate"
        )
        self.calendar.setCalendarPopup(True)
        self.calendar.setDisplayFormat("yyyy-MM-dd")
        self.iso = QLineEdit(start.isoformat(), objectName="anchorIso")
        self.iso.setPlaceholderText("2025-07-12 or 2025-07-12T10:00")
        self.unknown = QCheckBox("Date unknown", objectName="anchorUnknown")
        self.unknown.setChecked(anchor.value is None and anchor.source == "manual")
        self.detected = QCheckBox("Back to the page's own date (no correction)")
        self.detected.setObjectName("anchorDetected")
        self.detected.setEnabled(document.corrections.get(("anchor", article_id)) is not None)
        self.note = QLineEdit(anchor.note, objectName="anchorNote")
        self.note.setPlaceholderText("Why: what in the text gives this date")
        self.problem = QLabel("", objectName="anchorProblem")
        self.problem.setStyleSheet("color: palette(link)")
        self.preview = MovesPreview(self)
        self._start_previews()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        detected = article.published.isoformat() if article.published else "none"
        form = QFormLayout()
        form.addRow("Article", QLabel(f"<b>{article.title or article.id}</b>"))
        form.addRow(
            "Now", QLabel(f"{anchor.value or 'no date'} ({anchor.source}); page: {detected}")
        )
        report = document.timeline.reports.get(article_id)
        if report is not None and report.suggestion is not None:
            why = escape("; ".join(report.suggestion.reasons))
            hint = QLabel(f"<b>{report.suggestion.best}</b>: {why}", wordWrap=True,
                          objectName="anchorSuggestion")
            form.addRow("Suggested", hint)
        form.addRow("Date", self.calendar)
        form.addRow("Typed", self.iso)
        form.addRow("", self.unknown)
        form.addRow("", self.detected)
        form.addRow("Note", self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        hanging = len(document.dependents(article_id))
        verb = "hangs" if hanging == 1 else "hang"
        layout.addWidget(QLabel(f"{plural(hanging, 'event')} {verb} off this anchor. What moves:"))
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)

        self.calendar.dateChanged.connect(self._from_calendar)
        self.iso.textEdited.connect(self._from_text)
        self.unknown.toggled.connect(self._update)
        self.detected.toggled.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def _from_calendar(self, qdate: QDate) -> None:
        self.iso.setText(qdate.toString("yyyy-MM-dd"))
        self._update()

    def _from_text(self, _text: str) -> None:
        value = self._typed()
        if value is not None:
            self.calendar.blockSignals(True)
            self.calendar.setDate(QDate(value.year, value.month, value.day))
            self.calendar.blockSignals(False)
        self._update()

    def _typed(self) -> date | None:
        try:
            return parse_date(self.iso.text())
        except CorrectionError:
            return None

    def edit(self) -> Edit | None:
        """The correction the dialog now describes; None while the typed date is not valid."""
        note = self.note.text().strip()
        if self.detected.isChecked():
            return SetAnchor(self.article_id, None)
        if self.unknown.isChecked():
            return SetAnchor(self.article_id, None, unknown=True, note=note)
        value = self._typed()
        return None if value is None else SetAnchor(self.article_id, value, note=note)

    def _update(self) -> None:
        unknown = self.unknown.isChecked() or self.detected.isChecked()
        self.unknown.setEnabled(not self.detected.isChecked())
        self.calendar.setEnabled(not unknown)
        self.iso.setEnabled(not unknown)
        edit = self.edit()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(edit is not None)
        self.problem.setText("" if edit is not None else "Type an ISO date such as 2025-07-12.")
        self._preview(edit)
