"""Autosave on a worker: the file the main thread would write, the newest state, nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from timeline_app.core.corrections.edits import SetAnchor
from timeline_app.core.resources import seeds_dir
from timeline_app.core.storage.project import read_project
from timeline_app.gui.main_window import MainWindow

UNDATED = "004_8d267fc03ac353e0"
REPUBLISHED = "002_1a4cdf3276350bea"


@pytest.fixture
def window(qtbot, tmp_path) -> MainWindow:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(seeds_dir().glob("*.txt")):
        shutil.copy(path, folder / path.name)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, workers=1)
    qtbot.addWidget(window)
    window.project_io.autosave_dir = tmp_path / "autosave"
    window.project_io.ask_unsaved = lambda: "discard"
    window.open_paths([str(folder)])
    qtbot.waitUntil(lambda: len(window.document.analyses) == 5, timeout=30_000)
    return window


def _rows(path: Path) -> dict:
    """Every table of the project file (the sidecar's content, whatever its name)."""
    with sqlite3.connect(path) as conn:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in sorted(tables)}


def test_the_worker_writes_the_file_the_main_thread_writes(qtbot, window, tmp_path):
    io = window.project_io
    window.corrections_ui.push(SetAnchor(UNDATED, date(2025, 7, 12)))
    with qtbot.waitSignal(io.autosaver.written, timeout=30_000) as written:
        assert io.autosave_in_background()
    sidecar = written.args[0]
    assert sidecar == tmp_path / "autosave" / "untitled.timeline.autosave"
    assert written.args[1] == window.undo_stack.index()
    assert not io.autosave_in_background()  # nothing new since
    on_worker = _rows(sidecar)
    io._autosaved_at = None
    assert io.autosave_now() == sidecar  # the same snapshot, written on the main thread
    assert _rows(sidecar) == on_worker
    assert not list(sidecar.parent.glob(".*.saving"))  # atomic: no temporary file left


def test_a_correction_made_while_an_autosave_is_written_is_not_lost(qtbot, window):
    io = window.project_io
    window.corrections_ui.push(SetAnchor(UNDATED, date(2025, 7, 12)))
    assert io.autosave_in_background()
    window.corrections_ui.push(SetAnchor(REPUBLISHED, date(2023, 10, 20)))  # meanwhile
    assert io.autosave_in_background()  # the newer snapshot follows the first
    qtbot.waitUntil(lambda: io._autosaved_at == window.undo_stack.index(), timeout=30_000)
    io.autosaver.wait()
    saved = read_project(io.autosave_dir / "untitled.timeline.autosave")
    assert sorted(e.slot for e in saved.corrections) == sorted(
        e.slot for e in window.document.corrections)
    assert len(saved.corrections) == 2


def test_a_failed_autosave_is_said_and_tried_again(qtbot, window, tmp_path):
    io = window.project_io
    blocker = tmp_path / "not a folder"
    blocker.write_text("")
    io.autosave_dir = blocker / "autosave"  # cannot be made
    window.corrections_ui.push(SetAnchor(UNDATED, date(2025, 7, 12)))
    with qtbot.waitSignal(io.autosaver.failed, timeout=30_000):
        assert io.autosave_in_background()
    assert "Autosave failed" in window.statusBar().currentMessage()
    assert io._autosaved_at is None
    qtbot.waitUntil(lambda: not io.autosaver.busy)
    io.autosave_dir = tmp_path / "autosave"
    with qtbot.waitSignal(io.autosaver.written, timeout=30_000):
        assert io.autosave_in_background()  # the next tick writes it


def test_discarding_waits_for_the_write_in_flight(qtbot, window, tmp_path):
    io = window.project_io
    window.corrections_ui.push(SetAnchor(UNDATED, date(2025, 7, 12)))
    assert io.autosave_in_background()
    assert io.maybe_discard()  # "discard": the sidecar goes, and no late write brings it back
    io.autosaver.wait()
    assert not (tmp_path / "autosave" / "untitled.timeline.autosave").exists()
