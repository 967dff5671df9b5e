"""A broken project opened in the real window: refused with a message, never written over.

The window keeps the project it had; saving and autosaving afterwards write only that project
and its sidecar, never the refused file.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QSettings  # noqa: E402

from tests.gui.projects import open_and_wait  # noqa: E402
from timeline_app.core.corrections.edits import SetAnchor  # noqa: E402
from timeline_app.core.resources import seeds_dir  # noqa: E402
from timeline_app.core.storage.project import read_project  # noqa: E402
from timeline_app.gui.main_window import MainWindow  # noqa: E402


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings=settings, workers=1)
    qtbot.addWidget(win)
    if getattr(win, "project_io", None) is None:
        from timeline_app.gui.corrections_ui import install_corrections

        install_corrections(win)
    io = win.project_io
    io.autosave_dir = tmp_path / "autosave"
    io.ask_recover = lambda sidecar: False
    io.ask_unsaved = lambda: "discard"
    io.errors = []
    io.show_error = io.errors.append
    return win


@pytest.mark.parametrize("damage", ["truncate", "newer", "garbage"])
def test_a_broken_project_is_refused_and_left_alone(
    qtbot, window, tmp_path: Path, damage: str
) -> None:
    good = tmp_path / "good.timeline"
    shutil.copy(seeds_dir() / "seeds.timeline", good)
    bad = tmp_path / "bad.timeline"
    data = good.read_bytes()
    if damage == "truncate":
        bad.write_bytes(data[: len(data) // 3])
    elif damage == "garbage":
        bad.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    else:
        import sqlite3

        shutil.copy(good, bad)
        conn = sqlite3.connect(bad)
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
        conn.close()
    refused = _digest(bad)
    io = window.project_io

    assert open_and_wait(qtbot, io, good)
    before = len(window.document.corrections)
    assert before >= 2  # the seed project's manual anchors

    assert open_and_wait(qtbot, io, bad) is False
    [message] = io.errors
    assert "bad.timeline" in message and "\n" not in message
    assert io.path == good  # still the project that opened
    assert len(window.document.corrections) == before
    assert _digest(bad) == refused

    # work goes on, and lands in the good project and its sidecar only
    article = sorted(window.document.analyses)[0]
    window.document.apply(SetAnchor(article, None, unknown=True, note="after a refusal"))
    io._dirty = True
    sidecar = io.autosave_now()
    assert sidecar is not None and sidecar.name.startswith("good.timeline")
    assert io.save()
    assert _digest(bad) == refused
    assert len(read_project(good).corrections) == before + 1
