"""Opening a project runs on a worker: the window keeps ticking, shows progress, can cancel,
and a project that cannot be read says so clearly and leaves the story as it was."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from tests.gui.projects import open_and_wait
from tests.robustness.test_projects_in_window import window  # noqa: F401 - the real window
from timeline_app.core.resources import seeds_dir
from timeline_app.core.story import pipeline
from timeline_app.gui import project_open
from timeline_app.gui.main_window import MainWindow


@pytest.fixture
def shown(window: MainWindow) -> MainWindow:  # noqa: F811
    """The real window (questions answered, errors collected), on screen."""
    window.show()
    return window


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "story.timeline"
    shutil.copy(seeds_dir() / "seeds.timeline", path)
    return path


def _slow_analysis(monkeypatch, seconds: float, on_thread: list) -> None:
    """Each article's analysis takes ``seconds`` longer, and says which thread ran it."""
    real = pipeline.analyze

    def slow(article, *args, **kwargs):
        on_thread.append(threading.current_thread())
        time.sleep(seconds)
        return real(article, *args, **kwargs)

    monkeypatch.setattr(project_open, "analyze", slow)


def test_the_event_loop_keeps_ticking_while_a_project_opens(qtbot, shown, project, monkeypatch):
    window = shown  # noqa: F811
    on_thread: list = []
    _slow_analysis(monkeypatch, 0.15, on_thread)  # five articles: most of a second of work
    ticks, gaps, last = [], [], [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        ticks.append(window.statusBar().currentMessage())

    timer = QTimer(interval=10, timeout=tick)
    timer.start()
    phases: list[str] = []
    window.project_io.opening.phase.connect(phases.append)
    progress: list[tuple[int, int]] = []
    window.project_io.opening.progress.connect(lambda d, t, _m: progress.append((d, t)))
    io = window.project_io
    assert io.open(project)  # returns at once: the work is on a thread
    assert io.path is None and window.document.timeline.analyses == {}
    assert window.status.progress.isVisible() and window.status.cancel.isVisible()
    qtbot.waitUntil(lambda: io.path == project, timeout=30_000)
    timer.stop()
    assert len(window.document.timeline.analyses) == 5 and window.document.timeline.events
    assert on_thread and threading.main_thread() not in on_thread
    assert len(ticks) >= 30  # the loop kept running through ~0.75 s of analysis
    assert max(gaps) < 0.5  # and never stood still for long (a generous bound: shared CPUs)
    assert phases[:3] == ["opening", "resolving", "merging"]
    assert progress[-1] == (5, 5)
    # the anchor checks of the story opened follow on their own worker; then progress goes
    qtbot.waitUntil(lambda: not window.status.progress.isVisible(), timeout=30_000)
    assert window.undo_stack.count() == len(window.document.corrections) >= 2
    assert window.windowTitle().startswith("story.timeline")


def test_cancel_leaves_the_story_as_it_was(qtbot, shown, project, monkeypatch):
    _slow_analysis(monkeypatch, 0.2, [])
    window = shown  # noqa: F811
    io = window.project_io
    assert open_and_wait(qtbot, io, seeds_dir() / "seeds.timeline")
    before = [e.event_id for e in window.document.timeline.events]
    assert io.open(project)
    qtbot.waitUntil(lambda: window.status.phase.text().startswith("Reading"), timeout=10_000)
    window.status.cancel.click()
    qtbot.waitUntil(lambda: not io.opening.running, timeout=10_000)
    qtbot.wait(600)  # a late result of the cancelled run is never committed
    assert [e.event_id for e in window.document.timeline.events] == before
    assert io.path == seeds_dir() / "seeds.timeline"
    assert "Opening cancelled" in window.statusBar().currentMessage()


@pytest.mark.parametrize("content", [b"", b"not a project at all\n" * 50])
def test_a_bad_project_gives_a_clear_message(qtbot, shown, project, tmp_path, content):
    window = shown  # noqa: F811
    io = window.project_io
    assert open_and_wait(qtbot, io, project)
    qtbot.waitUntil(lambda: not window.document.unsettled, timeout=30_000)  # its checks end
    before = len(window.document.timeline.events)
    bad = tmp_path / "bad.timeline"
    bad.write_bytes(content)
    assert open_and_wait(qtbot, io, bad) is False
    [message] = io.errors
    assert message.startswith("Cannot open bad.timeline: ") and "\n" not in message
    assert "Traceback" not in message and "Error:" not in message  # said, not dumped
    assert io.path == project and len(window.document.timeline.events) == before
    assert not window.status.progress.isVisible()


def test_articles_opened_meanwhile_win_over_the_project(qtbot, shown, project, monkeypatch):
    window = shown  # noqa: F811
    _slow_analysis(monkeypatch, 0.3, [])
    io = window.project_io
    assert io.open(project)
    folder = seeds_dir()
    window.open_paths([str(p) for p in sorted(folder.glob("*.txt"))[:2]])
    assert not io.opening.running  # the newest request wins
    qtbot.waitUntil(lambda: len(window.document.timeline.analyses) == 2, timeout=60_000)
    qtbot.wait(1000)  # the abandoned project never lands
    assert len(window.document.timeline.analyses) == 2 and io.path is None
