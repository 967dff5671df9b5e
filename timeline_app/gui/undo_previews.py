"""The undo (or redo) of a correction, read and placed on a worker before the user asks.

An anchor dialog's OK installs a provisional timeline its preview built on a worker
(:meth:`Document.preview_job`); an undo applies the inverse edit, which on the window's thread
re-reads the article and merges the story's events. After every change (a correction, an undo,
a check that settles) this builds the preview of the undo now on top of the stack (of the redo,
just after an undo) on a background worker and keeps it in the document, where the apply finds
it: the same path as the OK. A preview built from an older state is never used (the document
checks its version), and one a dialog kept is never replaced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from timeline_app.gui.binding import follow
from timeline_app.gui.commands import CorrectionCommand
from timeline_app.gui.loader import LoadWorker

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from timeline_app.core.corrections.edits import Edit
    from timeline_app.core.story.document import Document

__all__ = ["UndoPreviews"]

SETTLE_MS = 100
"""Idle time after a change before the undo's preview is begun (a burst of changes: one)."""


class UndoPreviews(QObject):
    """Keeps the document's preview of the undo on top of ``stack`` (see the module docstring)."""

    def __init__(self, document: Document, stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.document, self.stack = document, stack
        self._worker = LoadWorker(parent=self, priority="background")
        self._worker.finished.connect(self._on_previewed)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(SETTLE_MS)
        self._later.timeout.connect(self.prepare)
        self._index, self._undid = stack.index(), False
        follow(document.changed, self, self._soon)
        stack.indexChanged.connect(self._moved)  # (slots of this object: gone with it)

    def _soon(self, *_: object) -> None:
        self._later.start()

    def _moved(self, index: int) -> None:
        self._index, self._undid = index, index < self._index
        self._later.start()

    def undo_edit(self) -> Edit | None:
        """The edit an undo would apply now, if a worker can read it ahead (one that re-reads)."""
        index = self.stack.index()
        command = self.stack.command(index - 1) if index > 0 else None
        if not isinstance(command, CorrectionCommand):
            return None
        inverse = command.inverse
        return inverse if inverse is not None and inverse.reanalyzes else None

    def redo_edit(self) -> Edit | None:
        """The edit a redo would apply now, if a worker can read it ahead."""
        command = self.stack.command(self.stack.index())
        if not isinstance(command, CorrectionCommand) or command.inverse is not None:
            return None
        return command.edit if command.edit.reanalyzes else None

    def next_edit(self) -> Edit | None:
        """The edit read ahead: the redo's just after an undo, else the undo's.

        (A user may step back and forth; where there is only one, that one.)
        """
        first, second = self.redo_edit, self.undo_edit
        if not self._undid:
            first, second = second, first
        edit = first()
        return edit if edit is not None else second()

    def prepare(self) -> None:
        """Begin the preview of the undo on top of the stack (a run in flight is abandoned)."""
        self._later.stop()
        edit = self.next_edit()
        if edit is None or not self.document.deferred or self.document.preview_kept():
            return
        job = self.document.preview_job(edit)
        self._worker.run(lambda *_: job())

    @property
    def running(self) -> bool:
        return self._worker.running or self._later.isActive()

    def _on_previewed(self, result: tuple[Any, Any]) -> None:
        preview = result[1]
        if self.document.preview_kept() or preview.edit != self.next_edit():
            return  # a dialog's preview, or another step to read ahead now
        self.document.keep_preview(preview)  # (used only while the document is at its version)

    def shutdown(self) -> None:
        self._later.stop()
        self._worker.shutdown(0)
