"""Autosaves written on a worker thread, from a snapshot taken on the main thread.

Writing a 1,000-article story (every text into a new file, then one rename) takes a second or
more: on the main thread the window froze for that long every minute. The snapshot
(``projects.snapshot_for_save``: the immutable articles, a copy of the corrections, the view's
settings) costs next to nothing, so the main thread takes it and a worker writes it.

The newest snapshot wins: writes are made one at a time, and a write that a newer one has
followed is skipped, so the sidecar on disk never goes back to an older state. Each write is
atomic (``projectdb.write``). Before the sidecar is deleted or the window closes, the owner
waits for the write in flight (:meth:`AutosaveWriter.wait`), so none lands after.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from timeline_app.core.story.pipeline import CancelledError
from timeline_app.gui.loader import LoadWorker

__all__ = ["AutosaveWriter"]


class AutosaveWriter(QObject):
    """``written(path, mark)`` once a snapshot is on disk; ``failed(message)`` if it could not be.

    ``mark`` is what the caller gave with the snapshot (the undo stack's index it holds).
    """

    written = Signal(object, object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = LoadWorker(parent=self)
        self.worker.finished.connect(lambda done: self.written.emit(*done))
        self.worker.failed.connect(self.failed)
        self._one_at_a_time = threading.Lock()
        self._newest = 0
        self.mark: object = None
        """The mark of the snapshot being written (None when idle)."""
        self.worker.idle.connect(self._idle)

    @property
    def busy(self) -> bool:
        return self.worker.running

    def write(self, target: Path, write: Callable[[Path], None], mark: object) -> None:
        """Write a snapshot (``write(path)``, made made here) to ``target`` on the worker."""
        self._newest += 1
        number, lock = self._newest, self._one_at_a_time

        def work(phase, progress, cancelled):  # the worker thread: no Qt here
            with lock:
                if number != self._newest:  # a newer snapshot follows: it is the one to keep
                    raise CancelledError("a newer autosave follows")
                target.parent.mkdir(parents=True, exist_ok=True)
                write(target)
            return target, mark

        self.mark = mark
        self.worker.run(work)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every write started has ended (before deleting the sidecar, closing)."""
        return self.worker.wait(msecs)

    def _idle(self) -> None:
        self.mark = None
