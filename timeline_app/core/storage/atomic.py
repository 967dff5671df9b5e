"""Writing a file atomically, with the permissions the user's umask gives a new file.

``tempfile.mkstemp`` makes its file 0600 whatever the umask, so an export renamed into place
kept that mode: a CSV others in the group were meant to read came out private. The temporary
file takes the mode a plain ``open(path, "w")`` would have given (the old file's mode when one
is replaced), and is renamed over the target only once complete, so a kill leaves the old file.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

__all__ = ["current_umask", "replaced_atomically", "write_text_atomically"]


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and restore at once
    os.umask(mask)
    return mask


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)  # replacing a file keeps its permissions
    except OSError:
        return 0o666 & ~current_umask()


@contextmanager
def replaced_atomically(path: str | os.PathLike) -> Iterator[Path]:
    """A temporary path beside ``path`` (same suffix) to write; renamed over ``path`` on success.

    On any error, or an interruption, the temporary file is removed and ``path`` is untouched.
    """
    path = Path(path)
    fd, name = tempfile.mkstemp(
        prefix=f".{path.stem}.", suffix=f".part{path.suffix}", dir=path.parent or "."
    )
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomically(path: str | os.PathLike, write: Callable[[TextIO], object]) -> None:
    """``write(stream)`` into a UTF-8 text file that replaces ``path`` only once complete."""
    with replaced_atomically(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
        write(fh)
