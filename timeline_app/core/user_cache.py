"""The user's cache folder: data derived from what ships, kept between runs to start faster.

Everything here can be rebuilt: a missing, stale or unreadable file is rebuilt, and a cache that
cannot be written only costs the time to derive it again.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

__all__ = ["cache_folder", "sweep_family", "write_atomically"]


def cache_folder() -> Path:
    """``$XDG_CACHE_HOME/timeline_app``, else ``~/.cache/timeline_app``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "timeline_app"


def write_atomically(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    """``write`` into a file beside ``path``, renamed into place: no reader sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def sweep_family(made: Path, keep: int = 4) -> None:
    """Remove all but the ``keep`` newest files of ``made``'s family, ``made`` always kept.

    A family is the name before the last ``-`` and the suffix (``rules-en-<key>.hsdb``): a key
    changes with what the file was derived from (another install, another version), and without
    a sweep every change left its old files behind, 40 MB each for the language model.
    """
    family, _, _ = made.name.rpartition("-")
    try:
        others = [p for p in made.parent.glob(f"{family}-*{made.suffix}")
                  if p != made and p.suffix == made.suffix]
        others.sort(key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)
    except OSError:
        return
    for old in others[max(keep - 1, 0):]:
        try:
            old.unlink()
        except OSError:
            pass  # another process's, or read-only: left for next time
