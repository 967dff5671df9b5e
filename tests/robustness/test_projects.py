"""Broken project files: refused with a message, never written to; a failed save keeps the last.

``core/storage/project.py`` stores a project as SQLite. Every way a file can go bad on disk is made here
from a good save: cut short, pages overwritten, the header smashed, a foreign SQLite database, a
newer format, an unreadable correction row. Each must raise ``ProjectError`` with one line for the
user, leave the file byte for byte as it was, and go through the command line the same way.
"""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_app.core.corrections.edits import SetAnchor
from timeline_app.core.corrections.ledger import Corrections
from timeline_app.core.errors import ProjectError
from timeline_app.core.model import Article
from timeline_app.core.storage.project import read_project, save_project

REPO = Path(__file__).resolve().parents[2]
TEXT = (
    "Budget passes\n\nThe city council approved the new budget on 12 March 2021 after a debate "
    "that lasted most of the night, the mayor's office said.\n"
)


def _articles(n: int = 3) -> list[Article]:
    return [
        Article(id=f"story{i}", title=f"Story {i}", text=TEXT * (i + 1), content_hash=f"h{i}")
        for i in range(n)
    ]


def _corrections() -> Corrections:
    return Corrections(
        [
            SetAnchor("story0", date(2021, 3, 13), note="page date is the print date"),
            SetAnchor("story1", None, unknown=True, note="no date anywhere"),
        ]
    )


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "story.timeline"
    save_project(path, _articles(), _corrections(), {"view.zoom": "fit"})
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(path: Path, *words: str) -> str:
    before = _digest(path) if path.exists() else None
    with pytest.raises(ProjectError) as info:
        read_project(path)
    message = str(info.value)
    assert message and "\n" not in message and len(message) < 300, message
    assert path.name in message or "project" in message.lower(), message
    for word in words:
        assert word in message.lower(), message
    if before is not None:
        assert _digest(path) == before, "reading a refused project changed it"
    return message


def test_a_good_project_round_trips(good: Path) -> None:
    project = read_project(good)
    assert [a.id for a in project.articles] == ["story0", "story1", "story2"]
    assert project.corrections == _corrections()
    assert project.settings == {"view.zoom": "fit"}


@pytest.mark.parametrize("keep", [0, 1, 16, 99, 100, 1024, 4096, -4096, -1])
def test_a_truncated_project_is_refused(good: Path, keep: int) -> None:
    data = good.read_bytes()
    assert len(data) > 3 * 4096
    good.write_bytes(data[:keep] if keep >= 0 else data[: len(data) + keep])
    _refused(good)


@pytest.mark.parametrize("page", [1, 2, 3])
def test_an_overwritten_page_is_refused(good: Path, page: int) -> None:
    data = bytearray(good.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    start = page * page_size
    data[start : start + 64] = bytes(range(64))  # a b-tree page header that makes no sense
    good.write_bytes(bytes(data))
    _refused(good)


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00" * 8192, b"not a project at all\n" * 100, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["empty", "zeros", "text", "smashed-header"],
)
def test_files_that_are_no_project_are_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "story.timeline"
    path.write_bytes(data)
    _refused(path)


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.timeline"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE articles (id TEXT, text TEXT)")
        conn.execute("INSERT INTO articles VALUES ('x', 'y')")
    conn.close()
    _refused(path, "not a timeline project")


def test_a_project_from_a_newer_version_is_refused(good: Path) -> None:
    conn = sqlite3.connect(good)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    _refused(good, "newer")


@pytest.mark.parametrize(
    "row",
    [
        '{"kind": "set_anchor"',
        '{"kind": "no_such_kind"}',
        "[]",
        '"text"',
        "null",
        "1",
        '{"kind": "set_anchor", "article_id": "story0", "value": "2023-13-45"}',
        '{"kind": "set_anchor", "article_id": "story0", "value": "2023-01-01", "made_at": 5}',
    ],
)
def test_an_unreadable_correction_is_refused(good: Path, row: str) -> None:
    conn = sqlite3.connect(good)
    conn.execute("UPDATE corrections SET data = ? WHERE seq = 0", (row,))
    conn.commit()
    conn.close()
    _refused(good, "correction")


def test_a_folder_named_like_a_project_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "story.timeline"
    folder.mkdir()
    with pytest.raises(ProjectError):
        read_project(folder)


def test_a_failed_save_keeps_the_previous_good_save(good: Path) -> None:
    before = _digest(good)

    def crash(tmp: Path) -> None:  # everything written, the rename not yet done
        raise OSError(28, "No space left on device")

    more = _corrections()
    more.apply(SetAnchor("story2", date(2020, 1, 1), note="never saved"))
    with pytest.raises(ProjectError, match="No space left"):
        save_project(good, _articles(), more, before_replace=crash)
    assert _digest(good) == before
    assert read_project(good).corrections == _corrections()
    assert [p.name for p in good.parent.iterdir()] == [good.name]  # no temporary left behind


def test_a_save_into_a_missing_folder_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(ProjectError) as info:
        save_project(tmp_path / "gone" / "story.timeline", _articles(), _corrections())
    assert "\n" not in str(info.value)


# -- the same through the command line -----------------------------------------------------------


def test_the_cli_refuses_a_bad_project_on_one_line_and_leaves_it(good: Path) -> None:
    data = good.read_bytes()
    good.write_bytes(data[: len(data) // 2])
    before = _digest(good)
    article = good.parent / "story9.txt"
    article.write_text(TEXT, encoding="utf-8")
    out = good.parent / "out.csv"
    done = subprocess.run(
        [sys.executable, "-m", "timeline_app", "export", str(article), "--project", str(good),
         "--csv", str(out)],
        capture_output=True, text=True, timeout=120, cwd=good.parent,
    )  # fmt: skip
    assert done.returncode == 1
    [line] = done.stderr.splitlines()
    assert line.startswith("timeline-app: ") and "story.timeline" in line and "truncated" in line
    assert _digest(good) == before
    assert not out.exists()
