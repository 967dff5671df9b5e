"""Files around a project: autosave and recovery, corrections as JSON, the seed project.

The autosave is a whole project file in a sidecar, written atomically like a save.
"""

from __future__ import annotations

import json
import os
import platform
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from timeline_app.core.corrections.edits import Edit, edit_from_dict
from timeline_app.core.corrections.ledger import Corrections
from timeline_app.core.errors import CorrectionError, ProjectError
from timeline_app.core.resources import seeds_dir
from timeline_app.core.storage.project import PROJECT_SUFFIX, save_project

__all__ = [
    "AUTOSAVE_SUFFIX",
    "LOCK_SUFFIX",
    "ProjectLock",
    "acquire_lock",
    "SEED_CORRECTIONS_FILE",
    "autosave_path",
    "build_seed_project",
    "discard_autosave",
    "export_corrections",
    "import_corrections",
    "is_template",
    "recovery_for",
]

AUTOSAVE_SUFFIX = ".autosave"
CORRECTIONS_FORMAT = "timeline_app corrections"


def is_template(project: Path) -> bool:
    """A project not to be saved over: the bundled seed project, or one in a read-only folder."""
    folder = project.resolve().parent
    return folder == seeds_dir().resolve() or not os.access(folder, os.W_OK)


def autosave_path(project: Path | None, folder: Path | None = None, instance: str = "") -> Path:
    """``<project>.autosave`` next to the project, else ``<name>.autosave`` in ``folder``.

    ``folder`` (a QStandardPaths location, passed in by the GUI) takes the autosave of unsaved
    projects and of templates (see :func:`is_template`). A window that does not hold the
    project's lock (a second window on it) passes its ``instance`` (its process id), and gets
    ``<project>.<instance>.autosave``, so two windows never write over each other's autosave.
    """
    middle = f".{instance}" if instance else ""
    if project is not None and (folder is None or not is_template(project)):
        return project.with_name(f"{project.name}{middle}{AUTOSAVE_SUFFIX}")
    if folder is None:
        raise ValueError("an unsaved project needs a folder for its autosave")
    name = project.name if project is not None else f"untitled{PROJECT_SUFFIX}"
    return folder / f"{name}{middle}{AUTOSAVE_SUFFIX}"


def _autosaves(project: Path | None, folder: Path | None) -> list[Path]:
    """Every autosave of ``project``: the lock holder's, and those of other windows now closed."""
    try:
        own = autosave_path(project, folder)
    except ValueError:
        return []
    found = [own] if own.is_file() else []
    stem = own.name[: -len(AUTOSAVE_SUFFIX)]
    for other in sorted(own.parent.glob(f"{glob_escape(stem)}.*{AUTOSAVE_SUFFIX}")):
        instance = other.name[len(stem) + 1 : -len(AUTOSAVE_SUFFIX)]
        if instance.isdigit() and not _alive(int(instance)):  # a live window is still using it
            found.append(other)
    return found


def recovery_for(project: Path | None, folder: Path | None = None) -> Path | None:
    """The newest autosave left by a crash, if newer than the project (or there is no project)."""
    candidates = []
    for sidecar in _autosaves(project, folder):
        try:
            candidates.append((sidecar.stat().st_mtime_ns, sidecar.name, sidecar))
        except OSError:
            continue
    if not candidates:
        return None
    _mtime, _name, newest = max(candidates)
    if project is not None and project.is_file():
        if newest.stat().st_mtime_ns <= project.stat().st_mtime_ns:
            return None
    return newest


def discard_autosave(project: Path | None, folder: Path | None = None, instance: str = "") -> None:
    """Remove the sidecar (after a save, or when the user declines recovery)."""
    try:
        autosave_path(project, folder, instance).unlink(missing_ok=True)
    except ValueError:
        pass


def glob_escape(name: str) -> str:
    """``name`` with glob's special characters taken literally."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


LOCK_SUFFIX = ".lock"


@dataclass(frozen=True, slots=True)
class ProjectLock:
    """``<project>.lock``: which window (process, host) has the project open."""

    path: Path
    pid: int
    host: str
    ours: bool

    def release(self) -> None:
        """Remove the lock file if this process holds it."""
        if self.ours and _lock_holder(self.path) == (self.pid, self.host):
            self.path.unlink(missing_ok=True)


def _lock_holder(path: Path) -> tuple[int, str] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return int(data["pid"]), str(data["host"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def acquire_lock(project: Path) -> ProjectLock:
    """Take the project's lock, or say who holds it (``ours`` False: open in another window).

    A lock left by a process that has ended on this host (a crash) is taken over; a damaged
    one too. A lock from another host (a shared folder) is believed.
    """
    project = Path(project)
    path = project.with_name(project.name + LOCK_SUFFIX)
    me = (os.getpid(), platform.node())
    for _attempt in range(2):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            holder = _lock_holder(path)
            if holder == me:
                return ProjectLock(path, *me, ours=True)
            if holder is not None and (holder[1] != me[1] or _alive(holder[0])):
                return ProjectLock(path, *holder, ours=False)
            path.unlink(missing_ok=True)  # stale or damaged: take it over
            continue
        except OSError:  # a read-only folder: no lock, and no one else can write one either
            return ProjectLock(path, *me, ours=True)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"pid": me[0], "host": me[1]}, fh)
        return ProjectLock(path, *me, ours=True)
    return ProjectLock(path, *me, ours=False)


def export_corrections(corrections: Corrections, path: str | Path) -> int:
    """Write every correction in force as a small readable JSON file; return how many."""
    path = Path(path)
    rows = corrections.to_list()
    data = {"format": CORRECTIONS_FORMAT, "version": 1, "corrections": rows}
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(rows)


def import_corrections(path: str | Path) -> list[Edit]:
    """The corrections in a file ``export_corrections`` wrote; ProjectError if it is not one."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ProjectError(f"cannot read corrections from {path.name}: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != CORRECTIONS_FORMAT:
        raise ProjectError(f"{path.name} is not a corrections file")
    if data.get("version") != 1:
        raise ProjectError(f"{path.name}: unknown corrections file version {data.get('version')}")
    try:
        return [edit_from_dict(row) for row in data.get("corrections", [])]
    except (AttributeError, CorrectionError) as exc:
        raise ProjectError(f"{path.name}: {exc}") from None


SEED_CORRECTIONS_FILE = "corrections.json"
"""The seed folder's hand corrections, in the exchange format of :func:`export_corrections`."""


def build_seed_project(seeds: Path, out: Path | None = None) -> Path:
    """Build ``seeds.timeline`` from the articles of ``seeds`` and its ``corrections.json``.

    The corrections are data beside the articles (the readable exchange format), so nothing
    about any particular corpus lives in code; each is stamped with its article's hash.
    """
    from timeline_app.core.ingest import read_file

    out = out or seeds / f"seeds{PROJECT_SUFFIX}"
    articles = []
    for path in sorted(seeds.glob("*.txt")):
        found, problems = read_file(path)
        if problems or not found:
            raise ProjectError(f"cannot read seed {path.name}: {problems}")
        articles.extend(found)
    hashes = {a.id: a.content_hash for a in articles}
    edits = import_corrections(seeds / SEED_CORRECTIONS_FILE)
    stamped = [replace(e, article_hash=hashes[e.article_id]) for e in edits]
    save_project(out, articles, Corrections(stamped), {"timeline/lanes": "article"})
    return out
