"""Project files: round trips, migration from v1, refusal of bad files, notices, crash safety."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from contextlib import closing
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from timeline_app.core.corrections.edits import (
    HideEvent,
    MergeEvents,
    NotADate,
    RelabelEvent,
    SetAnchor,
    SetReference,
    SetValue,
)
from timeline_app.core.corrections.ids import anchor_edit, resolve_article_prefix
from timeline_app.core.corrections.ledger import Corrections
from timeline_app.core.errors import ProjectError
from timeline_app.core.model import Article, PublishedSource
from timeline_app.core.storage import projectdb
from timeline_app.core.storage.project import read_project, save_project
from timeline_app.core.storage.projectfiles import (
    autosave_path,
    discard_autosave,
    export_corrections,
    import_corrections,
    recovery_for,
)

WHEN = datetime(2026, 11, 22, 20, 30, tzinfo=UTC)
TEXT = "Leaders met on Saturday in Wonsan. A month later, on 3 August 2025, talks resumed.\n"


def _article(folder: Path, name: str = "a1", text: str = TEXT) -> Article:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return Article(
        name, f"Title {name}", text, published=date(2025, 7, 13),
        published_source=PublishedSource.HEADER, path=str(path), content_hash=digest,
    )  # fmt: skip


def _corrections() -> Corrections:
    return Corrections(
        [
            SetAnchor("a1", date(2025, 7, 12), note="by hand", made_at=WHEN, replaced="x"),
            SetValue("a1", 15, 23, "Saturday", "2025-07-12", made_at=WHEN),
            SetReference("a1", 37, 50, "A month later", date(2025, 7, 3), made_at=WHEN),
            NotADate("a2", 0, 4, "Spring", made_at=WHEN),
            RelabelEvent("a1", 53, 66, "3 August 2025", "Talks resume", made_at=WHEN),
            HideEvent("a2", 5, 9, "1948"),
            MergeEvents("a1", 53, 66, "3 August 2025", into=("a2", 10, 14, "2025")),
        ]
    )


def test_round_trip_keeps_articles_corrections_settings(tmp_path):
    articles = [_article(tmp_path, "a1"), _article(tmp_path, "a2", "Spring 1948 and 2025.")]
    corrections = _corrections()
    path = tmp_path / "story.timeline"
    save_project(path, articles, corrections, {"view.zoom": "2.5", "lanes": "on"})
    project = read_project(path)
    assert project.corrections == corrections
    assert list(project.corrections) == list(corrections)
    assert project.settings == {"view.zoom": "2.5", "lanes": "on"}
    assert [
        (a.id, a.text, a.path, a.content_hash, a.published, a.title) for a in project.articles
    ] == [(a.id, a.text, a.path, a.content_hash, a.published, a.title) for a in articles]
    # paths are stored relative to the project file
    with closing(sqlite3.connect(path)) as conn, conn:
        assert [r[0] for r in conn.execute("SELECT path FROM articles")] == ["a1.txt", "a2.txt"]
        made = conn.execute("SELECT made_at FROM corrections ORDER BY seq").fetchone()[0]
    assert made == WHEN.isoformat()


def test_project_moved_with_its_articles_still_finds_them(tmp_path):
    (tmp_path / "one").mkdir()
    articles = [_article(tmp_path / "one")]
    save_project(tmp_path / "one" / "p.timeline", articles, Corrections())
    (tmp_path / "one").rename(tmp_path / "two")
    project = read_project(tmp_path / "two" / "p.timeline")
    assert Path(project.articles[0].path) == (tmp_path / "two" / "a1.txt").resolve()


V1_SQL = """
CREATE TABLE articles (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
                       path TEXT NOT NULL DEFAULT '', content_hash TEXT NOT NULL DEFAULT '',
                       text TEXT NOT NULL);
CREATE TABLE corrections (seq INTEGER PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def _write_v1(path: Path) -> None:
    """A version 1 file as the first release wrote it (schema spelled out here, not imported)."""
    conn = sqlite3.connect(path)
    conn.executescript(V1_SQL)
    conn.execute("INSERT INTO articles VALUES (0, 'a1', 'a1.txt', 'abc', ?)", (TEXT,))
    row = {"kind": "set_anchor", "article_id": "a1", "value": "2025-07-12", "unknown": False,
           "note": "v1 note", "made_at": WHEN.isoformat(), "replaced": ""}  # fmt: skip
    conn.execute("INSERT INTO corrections VALUES (0, ?)", (json.dumps(row),))
    conn.execute("INSERT INTO settings VALUES ('view.zoom', '3')")
    conn.execute("PRAGMA user_version = 1")
    conn.execute(f"PRAGMA application_id = {projectdb.APPLICATION_ID}")
    conn.commit()
    conn.close()


def test_migration_from_v1_reads_and_resaves_as_current(tmp_path):
    path = tmp_path / "old.timeline"
    _write_v1(path)
    before = path.read_bytes()
    project = read_project(path)
    assert path.read_bytes() == before  # reading migrates in memory, never the file
    assert project.articles[0].text == TEXT and project.articles[0].title == ""
    (edit,) = list(project.corrections)
    assert edit == SetAnchor("a1", date(2025, 7, 12), note="v1 note", made_at=WHEN)
    assert project.settings == {"view.zoom": "3"}
    save_project(path, project.articles, project.corrections, project.settings)
    assert (tmp_path / "old.timeline.v1.bak").read_bytes() == before  # the old file is kept
    with closing(sqlite3.connect(path)) as conn, conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == projectdb.SCHEMA_VERSION
        assert conn.execute("SELECT made_at FROM corrections").fetchone()[0] == WHEN.isoformat()
    assert read_project(path).corrections == project.corrections


def _saved(tmp_path: Path) -> Path:
    path = tmp_path / "p.timeline"
    save_project(path, [_article(tmp_path)], _corrections())
    return path


@pytest.mark.parametrize("keep", [0, 50, 100, 4096, 6000])
def test_truncated_file_is_refused_and_left_alone(tmp_path, keep):
    path = _saved(tmp_path)
    data = path.read_bytes()
    assert len(data) > keep
    path.write_bytes(data[:keep])
    with pytest.raises(ProjectError):
        read_project(path)
    assert path.read_bytes() == data[:keep]


def test_corrupted_file_is_refused(tmp_path):
    path = _saved(tmp_path)
    data = bytearray(path.read_bytes())
    for i in range(200, len(data), 97):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    with pytest.raises(ProjectError):
        read_project(path)
    assert path.read_bytes() == bytes(data)


def test_foreign_files_are_refused(tmp_path):
    text = tmp_path / "notes.timeline"
    text.write_text("hello, not a project\n" * 20)
    with pytest.raises(ProjectError, match="not a timeline project"):
        read_project(text)
    other = tmp_path / "other.timeline"
    with closing(sqlite3.connect(other)) as conn, conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(ProjectError, match="not a timeline project"):
        read_project(other)
    with pytest.raises(ProjectError):
        read_project(tmp_path / "missing.timeline")


def test_future_version_is_refused_and_not_overwritten(tmp_path):
    path = _saved(tmp_path)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(f"PRAGMA user_version = {projectdb.SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="newer"):
        read_project(path)
    assert path.read_bytes() == before


def test_a_failed_save_leaves_the_last_one(tmp_path):
    path = _saved(tmp_path)
    before = path.read_bytes()

    def boom(_tmp: Path) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(ProjectError, match="No space"):
        save_project(path, [], Corrections(), before_replace=boom)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".saving"] == []


_CHILD = textwrap.dedent(
    """
    import sys, time
    from datetime import date
    from pathlib import Path
    from timeline_app.core.corrections.ledger import Corrections
    from timeline_app.core.corrections.edits import SetAnchor
    from timeline_app.core.model import Article
    from timeline_app.core.storage.project import save_project

    path, mode = Path(sys.argv[1]), sys.argv[2]
    big = "x" * 200_000
    articles = [Article(f"a{i}", "t", big) for i in range(20)]

    def stall(tmp):
        print("STALL", flush=True)
        time.sleep(60)

    n = 0
    while True:
        n += 1
        edits = [SetAnchor(f"a{i}", date(2000 + n % 50, 1, 1)) for i in range(20)]
        edits += [SetAnchor(f"z{n}", date(2001, 1, 1))]
        hook = stall if (mode == "stall" and n == 3) else None
        save_project(path, articles, Corrections(edits), {"n": str(n)}, before_replace=hook)
        print("SAVED", n, flush=True)
    """
)


def _child(tmp_path: Path, mode: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[3]))
    return subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(tmp_path / "p.timeline"), mode],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


def _check_consistent(path: Path, at_least: int) -> int:
    project = read_project(path)
    n = int(project.settings["n"])
    assert n >= at_least
    anchors = project.corrections.anchors
    assert len(anchors) == 21 and f"z{n}" in anchors  # one whole save, not a mix of two
    assert {a.value for k, a in anchors.items() if k.startswith("a")} == {date(2000 + n % 50, 1, 1)}
    return n


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_during_save_keeps_last_saved_project(tmp_path):
    proc = _child(tmp_path, "stall")
    lines = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.strip())
            if line.startswith("STALL"):
                break
        os.kill(proc.pid, signal.SIGKILL)  # killed between writing the new file and the rename
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()
    assert lines[-1] == "STALL" and "SAVED 2" in lines
    assert len(list(tmp_path.glob("*.saving"))) == 1  # what the kill left
    assert _check_consistent(tmp_path / "p.timeline", 2) == 2
    assert list(tmp_path.glob("*.saving")) == []  # swept when the project is next opened
    project = read_project(tmp_path / "p.timeline")
    save_project(tmp_path / "p.timeline", project.articles, project.corrections, project.settings)
    assert list(tmp_path.glob("*.saving")) == []


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_at_random_moments_of_saving(tmp_path):
    for delay in (0.05, 0.13, 0.29):
        proc = _child(tmp_path, "loop")
        try:
            assert proc.stdout is not None
            first = proc.stdout.readline()  # one save done
            assert first.startswith("SAVED")
            time.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.wait(timeout=30)
            proc.stdout.close()
        _check_consistent(tmp_path / "p.timeline", 1)


def test_autosave_sidecar_and_recovery(tmp_path):
    project = tmp_path / "p.timeline"
    assert autosave_path(project).name == "p.timeline.autosave"
    assert autosave_path(None, tmp_path).parent == tmp_path
    assert recovery_for(project) is None
    save_project(project, [_article(tmp_path)], Corrections())
    side = autosave_path(project)
    save_project(side, [_article(tmp_path)], _corrections())
    os.utime(side, ns=(project.stat().st_mtime_ns + 10**9,) * 2)
    assert recovery_for(project) == side
    assert read_project(recovery_for(project)).corrections == _corrections()
    discard_autosave(project)
    assert recovery_for(project) is None
    # an untitled project recovers from the folder it was given
    save_project(autosave_path(None, tmp_path), [], _corrections())
    assert recovery_for(None, tmp_path) == autosave_path(None, tmp_path)


def test_corrections_export_import_round_trip(tmp_path):
    path = tmp_path / "fixes.json"
    assert export_corrections(_corrections(), path) == len(_corrections())
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "timeline_app corrections" and data["version"] == 1
    assert Corrections(import_corrections(path)) == _corrections()
    path.write_text('{"format": "something else"}')
    with pytest.raises(ProjectError):
        import_corrections(path)


def test_article_prefix_and_anchor_option():
    ids = ["000_5f84", "001_71f8", "004_8d26", "0041_x"]
    assert resolve_article_prefix("001", ids) == "001_71f8"
    assert resolve_article_prefix("004_8d26", ids) == "004_8d26"
    with pytest.raises(ValueError, match="ambiguous"):
        resolve_article_prefix("00", ids)
    with pytest.raises(ValueError, match="no article"):
        resolve_article_prefix("9", ids)
    assert anchor_edit("004_=2025-07-12", ids, made_at=WHEN) == SetAnchor(
        "004_8d26", date(2025, 7, 12), made_at=WHEN
    )
    assert anchor_edit("001=2025-07-12T10:00:00Z", ids).value == date(2025, 7, 12)
    assert anchor_edit("001=unknown", ids).unknown
    for bad in ("001", "001=", "001=12/07/2025"):
        with pytest.raises(ValueError):
            anchor_edit(bad, ids)


def test_templates_autosave_elsewhere(tmp_path):
    from timeline_app.core.resources import seeds_dir
    from timeline_app.core.storage.projectfiles import is_template

    seeds = seeds_dir() / "seeds.timeline"
    assert is_template(seeds) and not is_template(tmp_path / "p.timeline")
    assert autosave_path(seeds, tmp_path) == tmp_path / "seeds.timeline.autosave"
    assert autosave_path(tmp_path / "p.timeline", tmp_path / "x").parent == tmp_path


def test_the_bundled_seed_project_matches_its_builder(tmp_path):
    """Drift test: rebuild with ``python packaging/make_seed_project.py`` when this fails."""
    from timeline_app.core.resources import seeds_dir
    from timeline_app.core.storage.projectfiles import (
        SEED_CORRECTIONS_FILE,
        build_seed_project,
        import_corrections,
    )

    bundled = read_project(seeds_dir() / "seeds.timeline")
    folder = tmp_path / "seeds"
    folder.mkdir()
    for path in [*seeds_dir().glob("*.txt"), seeds_dir() / SEED_CORRECTIONS_FILE]:
        (folder / path.name).write_bytes(path.read_bytes())
    rebuilt = read_project(build_seed_project(folder))
    assert list(bundled.corrections) == list(rebuilt.corrections)
    seed_edits = import_corrections(seeds_dir() / SEED_CORRECTIONS_FILE)
    assert [replace(e, article_hash="") for e in bundled.corrections] == seed_edits
    assert all(e.article_hash for e in bundled.corrections)
    keys = [(a.id, Path(a.path).name, a.content_hash) for a in bundled.articles]
    assert keys == [(a.id, Path(a.path).name, a.content_hash) for a in rebuilt.articles]
    with closing(sqlite3.connect(seeds_dir() / "seeds.timeline")) as conn:
        paths = [r[0] for r in conn.execute("SELECT path FROM articles")]
    assert paths == [f"{a.id}.txt" for a in bundled.articles]  # relative: works from a wheel


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE articles SET published = 'yesterday'",
        "UPDATE articles SET published_source = 'oracle'",
        "UPDATE corrections SET data = 'null'",
        'UPDATE corrections SET data = \'{"kind": "set_anchor"\'',
        "DROP TABLE settings",
    ],
)
def test_a_damaged_row_is_refused_clearly(tmp_path, sql):
    path = _saved(tmp_path)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(sql)
    before = path.read_bytes()
    with pytest.raises(ProjectError):
        read_project(path)
    assert path.read_bytes() == before
