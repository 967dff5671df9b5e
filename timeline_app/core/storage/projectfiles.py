"""Files around a project: autosave and recovery, corrections as JSON, the seed project.

The autosave is a whole project file in a sidecar, written atomically like a save.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import replace
from pathlib import Path

from timeline_app.core.corrections.edits import Edit, edit_from_dict
from timeline_app.core.corrections.ledger import Corrections
from timeline_app.core.errors import CorrectionError, ProjectError
from timeline_app.core.resources import seeds_dir
from timeline_app.core.storage.project import PROJECT_SUFFIX, save_project

__all__ = [
    "AUTOSAVE_SUFFIX",
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


def autosave_path(project: Path | None, folder: Path | None = None) -> Path:
    """``<project>.autosave`` next to the project, else ``<name>.autosave`` in ``folder``.

    ``folder`` (a QStandardPaths location, passed in by the GUI) takes the autosave of unsaved
    projects and of templates (see :func:`is_template`).
    """
    if project is not None and (folder is None or not is_template(project)):
        return project.with_name(project.name + AUTOSAVE_SUFFIX)
    if folder is None:
        raise ValueError("an unsaved project needs a folder for its autosave")
    name = project.name if project is not None else f"untitled{PROJECT_SUFFIX}"
    return folder / f"{name}{AUTOSAVE_SUFFIX}"


def recovery_for(project: Path | None, folder: Path | None = None) -> Path | None:
    """The autosave left by a crash, if it is newer than the project (or there is no project)."""
    try:
        sidecar = autosave_path(project, folder)
    except ValueError:
        return None
    if not sidecar.is_file():
        return None
    if project is not None and project.is_file():
        if sidecar.stat().st_mtime_ns <= project.stat().st_mtime_ns:
            return None
    return sidecar


def discard_autosave(project: Path | None, folder: Path | None = None) -> None:
    """Remove the sidecar (after a save, or when the user declines recovery)."""
    try:
        autosave_path(project, folder).unlink(missing_ok=True)
    except ValueError:
        pass


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
