"""Background work: ``pipeline.load`` or any plain function on a worker thread, newest run wins.

The work is the core's plain function with its progress and cancel callbacks. It runs on a plain
Python thread that never touches Qt: it puts what it has to say in a queue, and the main thread
drains that queue on a short timer and turns it into signals. (Emitting Qt signals from a
succession of Python threads trips a reference-count bug in PySide6 6.12 on Python 3.11: a
``Fatal Python error: bool_dealloc`` at exit.) Starting a new run abandons the one in flight;
nothing an abandoned run says is passed on.

A run says which phase it is in: ``reading`` (finding the files), ``resolving`` (reading, tagging
and building the events of each file, in the process pool), ``merging`` (clusters across
sources) and ``checking`` (anchor checks). The last two have no steps to count and run core code
that does not look at cancel: cancelling them abandons the run at once.

While any run is alive the interpreter hands the GIL over every :data:`BUSY_SWITCH_S` seconds
instead of every 5 ms: each call Qt makes into Python (a paint, a timer, a slot) must take the
GIL back from the worker, and at 5 ms a handover, a repaint of a few hundred cells froze the
window for seconds. Only threads that want the GIL pay for the switches.
"""

from __future__ import annotations

import _thread
import gc
import queue
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from timeline_app.core.story.pipeline import CancelledError, LoadResult, load

__all__ = ["PHASES", "ForegroundHold", "LoadWorker", "Work", "yield_to_foreground"]

POLL_MS = 25
PHASES = ("opening", "reading", "resolving", "merging", "checking")
UNSTOPPABLE = ("opening", "merging", "checking")
"""Phases whose core work never looks at cancel: cancelling abandons the run instead."""

BUSY_SWITCH_S = 0.0002
"""The interpreter's switch interval while a worker runs (Python's default is 0.005 s)."""

Report = Callable[[int, int, str], None]
Work = Callable[[Callable[[str], None], Report, Callable[[], bool]], Any]
"""``work(phase, progress, cancelled)``: a plain function run on the worker thread."""


class _GilSharing:
    """Shortens the switch interval while any worker's thread is alive, then puts it back."""

    def __init__(self) -> None:
        self._busy: set[int] = set()
        self._saved = sys.getswitchinterval()

    def hold(self, owner: object) -> None:
        if not self._busy:
            self._saved = sys.getswitchinterval()
            sys.setswitchinterval(min(self._saved, BUSY_SWITCH_S))
        self._busy.add(id(owner))

    def release(self, owner: object) -> None:
        if id(owner) in self._busy:
            self._busy.discard(id(owner))
            if not self._busy:
                sys.setswitchinterval(self._saved)


_SHARING = _GilSharing()


class _Foreground:
    """Counts the foreground runs alive (what the user waits to see, e.g. a view's index).

    A background run (checks, rankings) waits, up to :data:`YIELD_LIMIT_S`, for none to be
    alive before it starts: the two would share one interpreter and delay what is on screen.
    """

    def __init__(self) -> None:
        self._alive = 0
        self._idle = threading.Condition()

    def enter(self) -> None:
        with self._idle:
            self._alive += 1

    def leave(self) -> None:
        with self._idle:
            self._alive -= 1
            if not self._alive:
                self._idle.notify_all()

    def wait(self, limit: float) -> None:
        with self._idle:
            self._idle.wait_for(lambda: not self._alive, limit)


YIELD_LIMIT_S = 2.0
_FOREGROUND = _Foreground()


def yield_to_foreground() -> None:
    """Wait (up to :data:`YIELD_LIMIT_S`) until no foreground work is alive.

    A background run calls it on its worker's thread after its own pause, as its start did.
    """
    _FOREGROUND.wait(YIELD_LIMIT_S)


class ForegroundHold:
    """Main-thread work the user waits to see (a view's index built in steps), while held.

    It counts as a foreground run: background runs wait for it before they start.
    """

    def __init__(self) -> None:
        self._held = False

    def hold(self) -> None:
        if not self._held:
            self._held = True
            _FOREGROUND.enter()

    def release(self) -> None:
        if self._held:
            self._held = False
            _FOREGROUND.leave()


class _Thread:
    """A daemon thread whose start does not wait for it to run.

    (``threading.Thread.start`` blocks until the new thread has run; on a loaded machine that
    is the window's thread waiting for a core, twice per correction: the checks, the ranking.)
    """

    def __init__(self, target: Callable[[], None]) -> None:
        self._target = target
        self._started = False
        self._done = threading.Event()

    def start(self) -> None:
        self._started = True
        _thread.start_new_thread(self._main, ())

    def _main(self) -> None:
        try:
            self._target()
        finally:
            self._done.set()

    def is_alive(self) -> bool:
        return self._started and not self._done.is_set()

    def join(self, timeout: float | None = None) -> None:
        if self._started:
            self._done.wait(timeout)


class _Run:
    """One call of ``work`` on a daemon thread, reporting through ``inbox``."""

    def __init__(self, number: int, paths: list[str], work: Work, priority: str = "") -> None:
        self.number, self.paths, self.work = number, paths, work
        self.priority = priority
        self.phase = ""
        self.begun = False  # its work has been called (a run not begun is abandoned at once)
        self.stop = threading.Event()
        self.inbox: queue.SimpleQueue[tuple[Any, ...]] = queue.SimpleQueue()
        self.thread = _Thread(self._work)

    def _work(self) -> None:  # the worker thread: no Qt here
        def phase(name: str) -> None:
            self.phase = name
            self.inbox.put(("phase", name))

        def progress(done: int, total: int, message: str) -> None:
            self.inbox.put(("progress", done, total, message))

        try:
            if self.priority == "background":
                _FOREGROUND.wait(YIELD_LIMIT_S)
            self.begun = True
            result = self.work(phase, progress, self.stop.is_set)
        except CancelledError:
            self.inbox.put(("cancelled",))
        except Exception as exc:  # reported to the user, never lost
            self.inbox.put(("failed", f"{type(exc).__name__}: {exc}"))
        else:
            self.inbox.put(("succeeded", result))
        finally:
            if self.priority == "foreground":
                _FOREGROUND.leave()


def _load_work(paths: list[str], workers: int | None,
               prepare: Callable[[LoadResult], Any] | None) -> Work:
    """The window's load: the same ``pipeline.load`` as the command line, then ``prepare``."""

    def work(phase: Callable[[str], None], progress: Report, cancelled: Callable[[], bool]) -> Any:
        phase("reading")
        started = False

        def per_file(done: int, total: int, message: str) -> None:
            nonlocal started
            if not started:
                started = True
                phase("resolving")
            progress(done, total, message)

        result = load(paths, workers=workers, progress=per_file, cancelled=cancelled)
        if prepare is None:
            return result
        phase("merging")  # clusters across sources, off the main thread
        return prepare(result)

    return work


class LoadWorker(QObject):
    """Runs work one at a time from the user's point of view: the newest request wins.

    Signals (main thread): ``started(paths)``, ``phase(name)``, ``progress(done, total,
    message)``, ``finished(result)``, ``failed(message)``, ``cancelled()``; then ``idle``.

    ``priority``: ``"foreground"`` for work whose result the user waits to see, ``"background"``
    for work that waits (briefly) for foreground runs to end before it starts, or ``""``.
    """

    started = Signal(list)
    phase = Signal(str)
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    idle = Signal()

    def __init__(
        self, workers: int | None = None, parent: QObject | None = None, priority: str = ""
    ) -> None:
        super().__init__(parent)
        self.workers = workers
        self.priority = priority
        self._number = 0
        self._current: _Run | None = None
        self._abandoned: list[_Run] = []
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def running(self) -> bool:
        return self._current is not None

    @property
    def paths(self) -> list[str]:
        """The paths of the run in flight (empty when idle)."""
        return list(self._current.paths) if self._current else []

    def start(
        self, paths: Sequence[str | Path], prepare: Callable[[LoadResult], Any] | None = None
    ) -> int:
        """Load ``paths``; abandons the run in flight. Returns the new run's number.

        ``prepare`` (a plain function, no Qt) runs on the worker thread after the load, and
        ``finished`` then carries what it returned instead of the LoadResult.
        """
        paths = [str(p) for p in paths]
        return self.run(_load_work(paths, self.workers, prepare), paths)

    def run(self, work: Work, paths: Sequence[str] = ()) -> int:
        """Run ``work(phase, progress, cancelled)``; abandons the run in flight."""
        self._abandon()
        self._number += 1
        run = _Run(self._number, list(paths), work, self.priority)
        if run.priority == "foreground":
            _FOREGROUND.enter()  # here, so that a background run started next sees it
        self._current = run
        self.started.emit(list(run.paths))
        _SHARING.hold(self)
        run.thread.start()
        self._timer.start()
        return self._number

    def cancel(self) -> None:
        """Ask the run in flight to stop; ``cancelled`` follows once it has.

        In a phase whose work never looks at cancel, or before its work has begun (its thread
        may not have had a core yet), the run is abandoned at once.
        """
        run = self._current
        if run is None:
            return
        run.stop.set()
        if run.phase in UNSTOPPABLE or not run.begun:
            self._abandon()
            self.cancelled.emit()
            self.idle.emit()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until every thread has ended or ``msecs`` passed (for shutdown and tests)."""
        runs = [*self._abandoned, *([self._current] if self._current else [])]
        for run in runs:
            run.thread.join(msecs / 1000)
        return not any(run.thread.is_alive() for run in runs)

    def shutdown(self, msecs: int = 3000) -> None:
        """Cancel everything before the owner goes away, waiting up to ``msecs``.

        Cancel is looked at between files; a thread still busy after that is a daemon that
        touches no Qt object, so it is simply left to end on its own.
        """
        self._abandon()
        self._timer.stop()
        self.wait(msecs)
        self._abandoned.clear()
        _SHARING.release(self)

    def _abandon(self) -> None:
        if self._current is not None:
            self._current.stop.set()
            self._abandoned.append(self._current)
            self._current = None

    def _poll(self) -> None:
        self._abandoned = [r for r in self._abandoned if r.thread.is_alive()]
        run = self._current
        if run is None:
            if not self._abandoned:
                self._timer.stop()
                _SHARING.release(self)
            return
        latest_progress = None
        while True:
            try:
                message = run.inbox.get_nowait()
            except queue.Empty:
                break
            if message[0] == "progress":
                latest_progress = message[1:]
                continue
            if message[0] == "phase":
                _keep_out_of_full_collections()
                if latest_progress is not None:
                    self.progress.emit(*latest_progress)
                    latest_progress = None
                self.phase.emit(message[1])
                continue
            if latest_progress is not None:
                self.progress.emit(*latest_progress)
            self._finish(message)
            return
        if latest_progress is not None:
            self.progress.emit(*latest_progress)

    def _finish(self, message: tuple[Any, ...]) -> None:
        self._current = None
        kind = message[0]
        if kind == "succeeded":
            self.finished.emit(message[1])
        elif kind == "failed":
            self.failed.emit(message[1])
        else:
            self.cancelled.emit()
        _keep_out_of_full_collections()
        self.idle.emit()


def _keep_out_of_full_collections() -> None:
    """Move every object alive now out of the cyclic collector's view (``gc.freeze``).

    A story of 1,000 articles is millions of long-lived objects: each full collection walked
    them all, 0.5 to 1.6 s with the interpreter lock held, in whichever thread set it off, and
    the window froze for that long. What a run leaves behind (the analyses, the timeline) is
    what the window keeps, so it is frozen as each run ends or changes phase; reference
    counting still frees it when the story goes. (Cyclic garbage frozen with it would stay:
    a story dropped after a load, a correction and its checks left none, on the seeds.)
    """
    gc.freeze()
