"""The ``.timeline`` file format: an SQLite database with a schema version and migrations.

Saving writes a whole new database next to the target and renames it over the target
(``os.replace``), so a crash or a kill during a save leaves the last saved file intact. Reading
never writes to the file: it is copied into memory, checked, and migrated there. A file that is not
ours, truncated, corrupted or from a newer version raises :class:`ProjectError`.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import quote

from timeline_app.core.errors import ProjectError

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "StoredArticle", "StoredProject", "read", "write"]

APPLICATION_ID = 0x544C4E45  # "TLNE": marks a file as a timeline_app project
SCHEMA_VERSION = 2
_HEADER = b"SQLite format 3\x00"

# What each version adds. Version 1 is the first; a migration takes a file from n - 1 to n.
_SCHEMA: dict[int, str] = {
    1: """
    CREATE TABLE articles (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
                           path TEXT NOT NULL DEFAULT '', content_hash TEXT NOT NULL DEFAULT '',
                           text TEXT NOT NULL);
    CREATE TABLE corrections (seq INTEGER PRIMARY KEY, data TEXT NOT NULL);
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    2: """
    ALTER TABLE articles ADD COLUMN title TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN published TEXT;
    ALTER TABLE articles ADD COLUMN published_source TEXT NOT NULL DEFAULT 'none';
    ALTER TABLE articles ADD COLUMN url TEXT NOT NULL DEFAULT '';
    ALTER TABLE corrections ADD COLUMN made_at TEXT;
    UPDATE corrections SET made_at = json_extract(data, '$.made_at');
    CREATE INDEX corrections_made_at ON corrections (made_at);
    """,
}


@dataclass(slots=True)
class StoredArticle:
    """One article row: where it came from, its hash, and its text (so it opens if files vanish)."""

    id: str
    text: str
    path: str = ""
    content_hash: str = ""
    title: str = ""
    published: str | None = None
    published_source: str = "none"
    url: str = ""


@dataclass(slots=True)
class StoredProject:
    articles: list[StoredArticle] = field(default_factory=list)
    corrections: list[str] = field(default_factory=list)  # JSON objects, in order
    settings: dict[str, str] = field(default_factory=dict)
    version: int = SCHEMA_VERSION


def migrate(conn: sqlite3.Connection, start: int, stop: int = SCHEMA_VERSION) -> None:
    """Bring a database from schema ``start`` (0 = empty) to ``stop``, in one transaction."""
    steps = "".join(_SCHEMA[v] for v in range(start + 1, stop + 1))
    conn.executescript(
        f"BEGIN; {steps} PRAGMA user_version = {stop};"
        f" PRAGMA application_id = {APPLICATION_ID}; COMMIT;"
    )


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise ProjectError(f"cannot read project {path}: {exc.strerror or exc}") from None
    if len(head) < 100 or not head.startswith(_HEADER):
        raise ProjectError(f"{path.name} is not a timeline project (not an SQLite database)")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    if head[24:28] == head[92:96] and size < pages * page_size:
        raise ProjectError(f"{path.name} is truncated ({size} of {pages * page_size} bytes)")


def read(path: str | Path) -> StoredProject:
    """Read and check a project file, migrated in memory to the current schema."""
    path = Path(path)
    _check_header(path)
    sweep(path)
    mem = sqlite3.connect(":memory:")
    try:
        src = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
        try:
            src.backup(mem)  # pages copied: nothing in the file runs
        finally:
            src.close()
        _time_budget(mem, QUERY_SECONDS)
        version = mem.execute("PRAGMA user_version").fetchone()[0]  # header fields
        app_id = mem.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID or version < 1:
            raise ProjectError(f"{path.name} is an SQLite database but not a timeline project")
        _check_schema(mem, path.name)
        if mem.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise ProjectError(f"{path.name} is corrupted (integrity check failed)")
        if version > SCHEMA_VERSION:
            raise ProjectError(
                f"{path.name} was saved by a newer timeline_app (project format {version}; "
                f"this version reads up to {SCHEMA_VERSION})"
            )
        if version < SCHEMA_VERSION:
            migrate(mem, version)
        return _rows(mem, version)
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise ProjectError(
                f"{path.name} took too long to read (over {QUERY_SECONDS:.0f} s); it was not opened"
            ) from None
        raise ProjectError(f"{path.name} is corrupted or unreadable ({exc})") from None
    except sqlite3.Error as exc:
        raise ProjectError(f"{path.name} is corrupted or unreadable ({exc})") from None
    finally:
        mem.close()


QUERY_SECONDS = 60.0
"""The time a project's reading may take, all queries together (a 50 MB project reads in well
under a second); past it the query is interrupted and the project refused."""

@cache
def _own_schema() -> frozenset[tuple[str, str]]:
    """What the app's migrations create (tables, indexes), read from an empty migrated database.

    Derived, not listed: a new schema version's tables and indexes are ours at once.
    """
    conn = sqlite3.connect(":memory:")
    try:
        migrate(conn, 0)
        return frozenset(conn.execute("SELECT type, name FROM sqlite_master").fetchall())
    finally:
        conn.close()


def _check_schema(conn: sqlite3.Connection, name: str) -> None:
    """Refuse a schema with views, triggers, other tables or computed columns.

    A project is data, never a program: a trigger would run during the migration, a view or a
    generated column on every read (an endless recursive view hangs the app). Only the schema
    table itself is read here; nothing in it is run.
    """
    rows = conn.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    foreign = sorted(f"{kind} {item!r}" for kind, item, _table in rows
                     if (kind, item) not in _own_schema())  # fmt: skip
    if foreign:
        raise ProjectError(
            f"{name} holds more than a timeline project ({', '.join(foreign[:3])}"
            f"{', ...' if len(foreign) > 3 else ''}); it was not opened"
        )
    for table in ("articles", "corrections", "settings"):
        computed = [row[1] for row in conn.execute(f"PRAGMA table_xinfo({table})") if row[6]]
        if computed:
            raise ProjectError(f"{name} has computed columns ({', '.join(computed)}); not opened")


def _time_budget(conn: sqlite3.Connection, seconds: float) -> None:
    """Interrupt any query on ``conn`` once ``seconds`` have passed from now."""
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: time.monotonic() > deadline, 100)


def _rows(conn: sqlite3.Connection, version: int) -> StoredProject:
    cols = "id, text, path, content_hash, title, published, published_source, url"
    articles = [
        StoredArticle(*row)
        for row in conn.execute(f"SELECT {cols} FROM articles ORDER BY position")
    ]
    corrections = [r[0] for r in conn.execute("SELECT data FROM corrections ORDER BY seq")]
    settings = dict(conn.execute("SELECT key, value FROM settings ORDER BY key").fetchall())
    return StoredProject(articles, corrections, settings, version)


def write(
    path: str | Path,
    project: StoredProject,
    *,
    before_replace: Callable[[Path], None] | None = None,
) -> None:
    """Save ``project`` atomically: a new file in the same folder, then one rename."""
    path = Path(path)
    # a fresh name in the same folder (same file system, so the rename is atomic); sqlite creates
    # it with the usual permissions
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.saving")
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            migrate(conn, 0)
            with conn:
                conn.executemany(
                    "INSERT INTO articles (position, id, text, path, content_hash, title,"
                    " published, published_source, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (i, a.id, a.text, a.path, a.content_hash, a.title, a.published,
                         a.published_source, a.url)
                        for i, a in enumerate(project.articles)
                    ],
                )  # fmt: skip
                conn.executemany(
                    "INSERT INTO corrections (seq, data, made_at)"
                    " VALUES (?, ?, json_extract(?, '$.made_at'))",
                    [(i, d, d) for i, d in enumerate(project.corrections)],
                )
                conn.executemany("INSERT INTO settings VALUES (?, ?)", project.settings.items())
        finally:
            conn.close()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        if before_replace is not None:
            before_replace(tmp)
        _keep_older_format(path)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
        _sweep(path)
    except sqlite3.Error as exc:
        raise ProjectError(f"cannot save {path.name}: {exc}") from None
    except OSError as exc:
        raise ProjectError(f"cannot save {path.name}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)


def _keep_older_format(path: Path) -> None:
    """Before a project of an older format is saved over, keep it as ``<name>.v<N>.bak``."""
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError:
        return
    if len(head) < 100 or not head.startswith(_HEADER):
        return
    version = int.from_bytes(head[60:64], "big")
    backup = path.with_name(f"{path.name}.v{version}.bak")
    if 1 <= version < SCHEMA_VERSION and not backup.exists():
        shutil.copy2(path, backup)


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # cannot tell cheaply: leave it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _sweep(path: Path) -> None:
    """Remove half-written files a killed save left next to ``path``, journals included.

    ``.<name>.<pid>.<token>.saving`` and its ``-journal``, of a process that has ended.
    """
    escaped = "".join(f"[{c}]" if c in "*?[" else c for c in path.name)
    for stale in path.parent.glob(f".{escaped}.*.saving*"):
        parts = stale.name[len(path.name) + 2 :].split(".")
        if not stale.name.endswith((".saving", ".saving-journal")):
            continue
        if parts and parts[0].isdigit() and int(parts[0]) != os.getpid():
            if not _alive(int(parts[0])):
                stale.unlink(missing_ok=True)


def sweep(path: str | Path) -> None:
    """:func:`_sweep` for a project being opened; never fails the open."""
    try:
        _sweep(Path(path))
    except OSError:
        pass


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
