"""Work for the archive window off the main thread, and the CSV export of a range.

:class:`Background` runs a plain function in a ``threading.Thread``; the function reports
through a queue that a ``QTimer`` empties on the main thread, so no Qt object is touched from
the worker and no signal is emitted there. The newest run wins: starting another cancels the
one before, whose late messages are dropped.
"""

from __future__ import annotations

import os
import queue
import tempfile
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

__all__ = ["Background", "export_range_csv"]

Task = Callable[[Callable[[Any], None], Callable[[], bool]], Any]


class Background(QObject):
    """One background job at a time: ``start(task, on_progress, on_done, on_error)``.

    ``task(report, cancelled)`` runs in a thread; ``report(x)`` queues ``on_progress(x)`` and the
    task's result (or exception) queues ``on_done`` (``on_error``), all called on the main thread.
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = 25) -> None:
        super().__init__(parent)
        self._queue: queue.Queue = queue.Queue()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self._poll)
        self._run = 0
        self._cancel = threading.Event()
        self._callbacks: dict[str, Callable] = {}

    def busy(self) -> bool:
        return self._timer.isActive()

    def start(
        self,
        task: Task,
        on_progress: Callable[[Any], None],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.cancel()
        self._run += 1
        run, cancel, q = self._run, threading.Event(), self._queue
        self._cancel = cancel
        self._callbacks = {"progress": on_progress, "done": on_done, "error": on_error}

        def work() -> None:
            try:
                result = task(lambda x: q.put((run, "progress", x)), cancel.is_set)
            except BaseException as exc:  # noqa: BLE001 - handed to the main thread
                q.put((run, "error", exc))
            else:
                q.put((run, "done", result))

        threading.Thread(target=work, name="archive-load", daemon=True).start()
        self._timer.start()

    def cancel(self) -> None:
        """Ask the running task to stop; whatever it still sends is ignored."""
        self._cancel.set()
        self._run += 1
        self._timer.stop()

    def _poll(self) -> None:
        while True:
            try:
                run, kind, value = self._queue.get_nowait()
            except queue.Empty:
                return
            if run != self._run:
                continue  # an older run's late words
            if kind != "progress":
                self._timer.stop()
            self._callbacks[kind](value)


def export_range_csv(directory: str | Path, begin: date, end: date, path: str | Path) -> int:
    """Write the events meeting ``[begin, end)`` as contract CSV (sorted by ``begin``).

    Read and filtered by pyarrow in C++; written as ``export --csv`` writes (pandas).
    Returns the number of rows written.
    """
    import pyarrow.dataset as ds

    from timeline_app.core.storage.parquet import CONTRACT_COLUMNS, ORDER, events_dataset

    data = events_dataset(directory)
    columns = [c for c in CONTRACT_COLUMNS if c in data.schema.names]
    typed = str(data.schema.field("begin").type).startswith("date")
    low, high = (begin, end) if typed else (begin.isoformat(), end.isoformat())  # version 1
    wanted = (ds.field("begin") < high) & (ds.field("end") > low)
    table = data.to_table(columns=columns, filter=wanted)
    table = table.sort_by([(k, "ascending") for k in ORDER])
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:  # as ``export --csv`` writes it (pandas, minimal quoting, \n), never a half file
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            table.to_pandas().to_csv(fh, index=False, lineterminator="\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return table.num_rows
