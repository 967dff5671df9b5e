"""A project file is data, its paths are not an invitation, and two windows know of each other.

Issue 17; each test is named after what was broken (docs/robustness-bugs.md, B16).
"""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.gui.projects import open_and_wait
from timeline_app.core.corrections.ledger import Corrections
from timeline_app.core.errors import ProjectError
from timeline_app.core.model import Article
from timeline_app.core.storage import projectdb
from timeline_app.core.storage.project import read_project, save_project
from timeline_app.core.storage.projectfiles import acquire_lock, autosave_path, recovery_for
from timeline_app.core.story import projects as projects_module
from timeline_app.core.story.projects import open_project

from .test_projects_in_window import window  # noqa: F401 - the real window, questions answered

REPO = Path(__file__).resolve().parents[2]
TEXT = "Budget passes\n\nThe council approved the budget on 12 March 2021, aides said."


def _project(folder: Path, n: int = 2) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    articles = []
    for i in range(n):
        f = folder / f"a{i}.txt"
        f.write_text(TEXT, encoding="utf-8")
        articles.append(Article(f"a{i}", "Budget passes", TEXT, path=str(f)))
    path = folder / "story.timeline"
    save_project(path, articles, Corrections())
    return path


def _sql(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as conn, conn:
        for statement in statements:
            conn.execute(statement)


@pytest.mark.parametrize(
    "extra",
    [
        "CREATE TRIGGER t AFTER UPDATE ON corrections BEGIN DELETE FROM articles; END",
        "CREATE VIEW v AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)"
        " SELECT x FROM c",
        "CREATE TABLE payload (x)",
        "ALTER TABLE settings ADD COLUMN k2 TEXT GENERATED ALWAYS AS (upper(key)) VIRTUAL",
    ],
    ids=["trigger", "recursive-view", "table", "generated-column"],
)
def test_a_project_holding_a_program_was_opened(tmp_path, extra):
    path = _project(tmp_path / "p")
    _sql(path, extra)
    with pytest.raises(ProjectError, match="not opened"):
        read_project(path)


def test_reading_a_project_had_no_time_budget(tmp_path, monkeypatch):
    path = _project(tmp_path / "p", n=50)
    _sql(path, "UPDATE articles SET text = text || replace(hex(zeroblob(20000)), '00', 'ab')")
    monkeypatch.setattr(projectdb, "QUERY_SECONDS", -1.0)  # every query already late
    with pytest.raises(ProjectError, match="took too long"):
        read_project(path)
    monkeypatch.undo()
    assert len(read_project(path).articles) == 50


def test_a_stored_path_made_the_app_read_a_file_never_loaded(tmp_path, monkeypatch):
    path = _project(tmp_path / "p", n=3)
    secret = tmp_path / "secret.txt"  # outside the project's folder
    secret.write_text("Secret\n\nThe key is hunter2, set on 1 May 2020.", encoding="utf-8")
    (tmp_path / "p" / "key.pem").write_text("-----BEGIN KEY-----", encoding="utf-8")
    os.symlink(secret, tmp_path / "p" / "link.txt")  # inside, but pointing out
    _sql(path, "UPDATE articles SET path = '../secret.txt' WHERE id = 'a0'",
         "UPDATE articles SET path = 'key.pem' WHERE id = 'a1'",
         "UPDATE articles SET path = 'link.txt' WHERE id = 'a2'")  # fmt: skip
    read: list[str] = []
    real = projects_module.read_file
    monkeypatch.setattr(projects_module, "read_file", lambda p: read.append(str(p)) or real(p))
    opened = open_project(path)
    assert read == []
    assert all(a.text == TEXT for a in opened.articles)  # the text the project was made from
    assert any("key.pem is not an article file" in n for n in opened.notices)


def test_a_file_inside_the_project_folder_is_still_reread(tmp_path):
    path = _project(tmp_path / "p", n=1)
    (tmp_path / "p" / "a0.txt").write_text(TEXT.replace("12 March", "13 March"), encoding="utf-8")
    opened = open_project(path)
    assert "13 March" in opened.articles[0].text
    assert any("has changed" in n for n in opened.notices)


# -- two windows --------------------------------------------------------------------------------

_OTHER = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from timeline_app.core.storage.projectfiles import acquire_lock
lock = acquire_lock(Path(sys.argv[2]))
print(json.dumps({"ours": lock.ours, "pid": lock.pid}))
"""


def test_a_second_window_was_not_told_the_project_is_open(tmp_path):
    path = _project(tmp_path / "p")
    mine = acquire_lock(path)
    assert mine.ours and path.with_name("story.timeline.lock").is_file()
    other = subprocess.run([sys.executable, "-c", _OTHER, str(REPO), str(path)],
                           capture_output=True, text=True, timeout=60)  # fmt: skip
    assert json.loads(other.stdout) == {"ours": False, "pid": os.getpid()}
    mine.release()
    assert not path.with_name("story.timeline.lock").exists()
    again = subprocess.run([sys.executable, "-c", _OTHER, str(REPO), str(path)],
                           capture_output=True, text=True, timeout=60)  # fmt: skip
    assert json.loads(again.stdout)["ours"] is True  # the lock its crashed holder left is taken
    assert acquire_lock(path).ours  # ... and so is that one's, once its process has ended


def test_autosaves_were_shared_between_windows(tmp_path):
    path = _project(tmp_path / "p")
    assert autosave_path(path) != autosave_path(path, instance="4242")
    save_project(autosave_path(path, instance="999999999"), [], Corrections())  # a dead window's
    os.utime(path, (1, 1))
    assert recovery_for(path) == autosave_path(path, instance="999999999")
    live = autosave_path(path, instance=str(os.getppid()))  # a window still running
    save_project(live, [], Corrections())
    assert recovery_for(path) == autosave_path(path, instance="999999999")


def test_stale_journal_files_stayed_forever(tmp_path):
    path = _project(tmp_path / "p")
    dead = path.with_name(".story.timeline.999999999.ab12cd34.saving-journal")
    dead_db = path.with_name(".story.timeline.999999999.ab12cd34.saving")
    live = path.with_name(f".story.timeline.{os.getppid()}.ab12cd34.saving-journal")
    for f in (dead, dead_db, live):
        f.write_bytes(b"x")
    read_project(path)
    assert not dead.exists() and not dead_db.exists()
    assert live.exists()  # a save in progress in another process


# -- in the window (the fixture of test_projects_in_window) --------------------------------


def test_a_damaged_autosave_blocked_opening_the_project(qtbot, window, tmp_path):  # noqa: F811
    path = _project(tmp_path / "p")
    sidecar = autosave_path(path)
    sidecar.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)  # newer than the project
    io = window.project_io
    io.ask_recover = lambda _sidecar: True
    assert open_and_wait(qtbot, io, path)
    assert io.path == path and len(window.document.analyses) == 2
    [message] = io.errors
    assert "autosave" in message and "as last saved" in message


def test_the_second_window_wrote_the_first_ones_autosave(qtbot, window, tmp_path):  # noqa: F811
    path = _project(tmp_path / "p")
    lock = path.with_name("story.timeline.lock")
    lock.write_text(json.dumps({"pid": os.getppid(), "host": platform.node()}))
    io = window.project_io
    told = []
    io.tell_open_elsewhere = lambda p, held: told.append((p, held.pid))
    assert open_and_wait(qtbot, io, path)
    assert told == [(path, os.getppid())]
    io._dirty = True
    sidecar = io.autosave_now()
    assert sidecar == path.with_name(f"story.timeline.{os.getpid()}.autosave")
    window.close()
    assert lock.is_file()  # the other window's lock is not ours to remove


def test_the_window_released_its_lock(qtbot, window, tmp_path):  # noqa: F811
    path = _project(tmp_path / "p")
    io = window.project_io
    assert open_and_wait(qtbot, io, path)
    lock = path.with_name("story.timeline.lock")
    assert json.loads(lock.read_text())["pid"] == os.getpid()
    window.close()
    assert not lock.exists()


def test_opening_the_bundled_seeds_left_a_lock_in_the_package(qtbot, window):  # noqa: F811
    from timeline_app.core.resources import seeds_dir

    io = window.project_io
    assert open_and_wait(qtbot, io, seeds_dir() / "seeds.timeline")
    assert not (seeds_dir() / "seeds.timeline.lock").exists()
    assert io._instance == ""  # its autosave goes to the app's folder, under the usual name


def test_two_unsaved_stories_shared_one_autosave(window, tmp_path):  # noqa: F811
    io = window.project_io
    io.autosave_dir.mkdir(parents=True)
    held = io.autosave_dir / "untitled.timeline.lock"  # another window autosaved one first
    held.write_text(json.dumps({"pid": os.getppid(), "host": platform.node()}))
    io._dirty = True
    assert io.autosave_now() == io.autosave_dir / f"untitled.timeline.{os.getpid()}.autosave"
    window.close()
    assert held.is_file()
