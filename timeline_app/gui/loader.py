"""Loading articles in the background: ``pipeline.load`` on a worker thread, newest run wins.

The work is the core's plain function with its progress and cancel callbacks; this module only
runs it off the main thread and hands the result back through queued signals. Starting a new run
cancels the one in flight, and anything an older run still reports is ignored.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from timeline_app.core.pipeline import CancelledError, LoadResult, load

__all__ = ["LoadWorker"]


class _Run(QThread):
    """One call of ``pipeline.load``; reports tagged with its run number."""

    progressed = Signal(int, int, int, str)
    succeeded = Signal(int, object)
    failed = Signal(int, str)
    cancelled = Signal(int)

    def __init__(self, number: int, paths: list[str], workers: int | None, parent: Any) -> None:
        super().__init__(parent)
        self.number, self.paths, self.workers = number, paths, workers
        self.stop = threading.Event()

    def run(self) -> None:  # runs on the worker thread: no widgets here
        def progress(done: int, total: int, message: str) -> None:
            self.progressed.emit(self.number, done, total, message)

        try:
            result = load(
                self.paths, workers=self.workers, progress=progress, cancelled=self.stop.is_set
            )
        except CancelledError:
            self.cancelled.emit(self.number)
        except Exception as exc:  # reported to the user, never lost
            self.failed.emit(self.number, f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(self.number, result)


class LoadWorker(QObject):
    """Runs loads one at a time from the user's point of view: the newest request wins.

    Signals (main thread): ``started(paths)``, ``progress(done, total, message)``,
    ``finished(LoadResult)``, ``failed(message)``, ``cancelled()``; then ``idle``.
    """

    started = Signal(list)
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    idle = Signal()

    def __init__(self, workers: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self._number = 0
        self._current: _Run | None = None
        self._runs: set[_Run] = set()  # kept alive until their thread has finished

    @property
    def running(self) -> bool:
        return self._current is not None

    @property
    def paths(self) -> list[str]:
        """The paths of the run in flight (empty when idle)."""
        return list(self._current.paths) if self._current else []

    def start(self, paths: Sequence[str | Path]) -> int:
        """Load ``paths``; cancels the run in flight. Returns the new run's number."""
        self._abandon()
        self._number += 1
        run = _Run(self._number, [str(p) for p in paths], self.workers, self)
        run.progressed.connect(self._on_progress)
        run.succeeded.connect(self._on_succeeded)
        run.failed.connect(self._on_failed)
        run.cancelled.connect(self._on_cancelled)
        run.finished.connect(self._reap)  # a bound method: queued to this thread
        self._current = run
        self._runs.add(run)
        self.started.emit(list(run.paths))
        run.start()
        return self._number

    def cancel(self) -> None:
        """Ask the run in flight to stop; ``cancelled`` follows once it has."""
        if self._current is not None:
            self._current.stop.set()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until every thread has ended (for shutdown and tests)."""
        return all(run.wait(msecs) for run in list(self._runs))

    def shutdown(self) -> None:
        """Cancel everything and wait for the threads: call before the owner goes away."""
        self._abandon()
        self.wait()

    def _abandon(self) -> None:
        if self._current is not None:
            self._current.stop.set()
            self._current = None

    def _is_current(self, number: int) -> bool:
        return self._current is not None and self._current.number == number

    def _on_progress(self, number: int, done: int, total: int, message: str) -> None:
        if self._is_current(number):
            self.progress.emit(done, total, message)

    def _on_succeeded(self, number: int, result: LoadResult) -> None:
        if self._is_current(number):
            self._current = None
            self.finished.emit(result)
            self.idle.emit()

    def _on_failed(self, number: int, message: str) -> None:
        if self._is_current(number):
            self._current = None
            self.failed.emit(message)
            self.idle.emit()

    def _on_cancelled(self, number: int) -> None:
        if self._is_current(number):
            self._current = None
            self.cancelled.emit()
            self.idle.emit()

    def _reap(self) -> None:
        for run in [r for r in self._runs if r.isFinished()]:
            self._runs.discard(run)
            run.deleteLater()
