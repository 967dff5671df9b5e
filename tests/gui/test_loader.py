"""The background loader: results on the main thread, progress, cancel, newest run wins."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread, QTimer

from timeline_app.core.story.pipeline import CancelledError, LoadResult
from timeline_app.gui import loader as loader_module
from timeline_app.gui.loader import LoadWorker


class FakeResult(LoadResult):
    """A load result that remembers what it was asked for and where it ran."""


def slow_load(paths, *, workers=None, progress=None, cancelled=None, steps=20, delay=0.02):
    """A stand-in for ``pipeline.load`` that takes a while and honours cancel."""
    for i in range(steps + 1):
        if progress is not None:
            progress(i, steps, f"file {i}")
        if cancelled is not None and cancelled():
            raise CancelledError("load cancelled")
        time.sleep(delay)
    result = FakeResult()
    result.paths = list(paths)
    result.thread = threading.current_thread()
    return result


@pytest.fixture
def worker(qtbot, monkeypatch):
    monkeypatch.setattr(loader_module, "load", slow_load)
    w = LoadWorker()
    yield w
    w.shutdown()


def test_result_comes_back_on_the_main_thread_while_events_keep_flowing(qtbot, worker):
    ticks = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    progress = []
    worker.progress.connect(lambda done, total, msg: progress.append((done, total)))
    main = QThread.currentThread()
    on_main = []
    worker.finished.connect(lambda r: on_main.append(QThread.currentThread() is main))
    with qtbot.waitSignal(worker.finished, timeout=5000) as blocker:
        worker.start(["x"])
    timer.stop()
    assert blocker.args[0].paths == ["x"]
    assert blocker.args[0].thread is not threading.main_thread()
    assert on_main == [True]
    assert progress[-1] == (20, 20)
    assert len(ticks) > 10  # the event loop ran all along: the window would not freeze
    assert not worker.running


def test_newest_run_wins(qtbot, worker):
    finished = []
    worker.finished.connect(lambda r: finished.append(r.paths))
    worker.start(["old"])
    qtbot.wait(50)
    with qtbot.waitSignal(worker.idle, timeout=5000):
        worker.start(["new"])
    qtbot.wait(100)  # the old run's thread has ended by now; nothing of it arrives
    assert finished == [["new"]]
    assert worker.wait(2000)


def test_cancel_stops_the_run(qtbot, worker):
    worker.finished.connect(lambda r: pytest.fail("a cancelled run delivered a result"))
    worker.start(["x"])
    qtbot.wait(50)
    with qtbot.waitSignal(worker.cancelled, timeout=5000):
        worker.cancel()
    assert not worker.running


def test_failure_is_reported_not_raised(qtbot, monkeypatch):
    def broken(paths, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(loader_module, "load", broken)
    worker = LoadWorker()
    with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.start(["x"])
    assert "disk on fire" in blocker.args[0]
    worker.shutdown()


def test_shutdown_does_not_hang_on_a_run_that_ignores_cancel(qtbot, monkeypatch):
    def stubborn(paths, **kwargs):
        time.sleep(0.5)  # one big file: cancel is only looked at between files
        return LoadResult()

    monkeypatch.setattr(loader_module, "load", stubborn)
    worker = LoadWorker()
    worker.finished.connect(lambda r: pytest.fail("a run delivered after shutdown"))
    worker.start(["big.jsonl"])
    started = time.monotonic()
    worker.shutdown(msecs=20)
    assert time.monotonic() - started < 0.4
    assert not worker.running
    qtbot.wait(700)  # the thread ends on its own; nothing of it arrives


def test_phases_are_told_in_order(qtbot, worker):
    phases = []
    worker.phase.connect(phases.append)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.start(["x"], prepare=lambda result: result)
    assert phases == ["reading", "resolving", "merging"]


def test_cancel_while_merging_abandons_the_run_at_once(qtbot, worker):
    merging = threading.Event()

    def prepare(result):
        merging.set()
        time.sleep(0.6)  # core work that never looks at cancel
        return result

    worker.finished.connect(lambda r: pytest.fail("a cancelled run delivered a result"))
    worker.start(["x"], prepare=prepare)
    qtbot.waitUntil(merging.is_set, timeout=5000)
    qtbot.waitUntil(lambda: worker._current.phase == "merging", timeout=1000)
    started = time.monotonic()
    with qtbot.waitSignal(worker.cancelled, timeout=1000):
        worker.cancel()
    assert time.monotonic() - started < 0.2
    assert not worker.running
    qtbot.wait(800)  # the abandoned thread ends; nothing of it arrives


def test_a_window_correction_shows_at_once_and_is_checked_in_the_background(qtbot, tmp_path):
    from datetime import date

    from PySide6.QtCore import QSettings

    from timeline_app.core.corrections.edits import SetAnchor
    from timeline_app.core.resources import seeds_dir
    from timeline_app.core.story.document import Document
    from timeline_app.gui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, workers=1)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loader.idle, timeout=60_000):
        window.open_paths([str(seeds_dir())])
    assert window.document.unsettled  # loaded and merged; the anchor checks follow
    qtbot.waitUntil(lambda: not window.document.unsettled, timeout=60_000)
    assert window.document.timeline.reports
    edit = SetAnchor("004_8d267fc03ac353e0", date(2025, 7, 12))
    window.document.apply(edit)
    assert window.document.unsettled and window.opener.checks.running
    july = [e for e in window.document.timeline.events_of(edit.article_id)
            if e.interval.begin.year == 2025 and e.interval.begin.month == 7]
    assert july  # visible at once
    qtbot.waitUntil(lambda: not window.document.unsettled, timeout=60_000)
    exact = Document()
    exact.reset(_machine_load(), window.document.corrections.copy())  # the same, at once
    assert [(e.event_id, e.interval, e.cluster_id) for e in window.document.timeline.events] == \
        [(e.event_id, e.interval, e.cluster_id) for e in exact.timeline.events]
    assert {k: v.to_dict() for k, v in window.document.timeline.reports.items()} == \
        {k: v.to_dict() for k, v in exact.timeline.reports.items()}
    window.close()


def _machine_load():
    from timeline_app.core.resources import seeds_dir
    from timeline_app.core.story.pipeline import load as real_load

    return real_load([seeds_dir()], workers=1)


def test_a_background_run_waits_for_the_foreground_run_to_end(qtbot):
    foreground = LoadWorker(priority="foreground")
    background = LoadWorker(priority="background")
    gate, order = threading.Event(), []
    foreground.run(lambda *_: (gate.wait(5), order.append("foreground")))
    background.run(lambda *_: order.append("background"))
    qtbot.wait(150)
    assert order == []  # the background run has not started
    gate.set()
    qtbot.waitUntil(lambda: not foreground.running and not background.running, timeout=5000)
    assert order == ["foreground", "background"]


def test_the_switch_interval_is_short_only_while_a_worker_runs(qtbot):
    import sys

    from timeline_app.gui.loader import BUSY_SWITCH_S

    before = sys.getswitchinterval()
    worker, gate = LoadWorker(), threading.Event()
    worker.run(lambda *_: gate.wait(5))
    assert sys.getswitchinterval() == min(before, BUSY_SWITCH_S)
    gate.set()
    qtbot.waitUntil(lambda: sys.getswitchinterval() == before, timeout=5000)
