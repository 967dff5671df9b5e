"""Turning the paths a user named into the article files to read, in a deterministic order."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from .problems import LoadProblem

__all__ = ["ARTICLE_SUFFIXES", "PROJECT_SUFFIX", "discover", "is_own_file"]

ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm", ".json", ".jsonl"})
PROJECT_SUFFIX = ".timeline"
_OWN_SUFFIXES = (
    PROJECT_SUFFIX, ".autosave", ".lock", "-journal", "-wal", "-shm", ".parquet",
)  # fmt: skip
"""The app's own files (projects, their autosaves, lock files and SQLite journals, Parquet
tables) sit beside articles; a folder holding them is not holding unread files."""
_PACKAGE_FILES = frozenset({"__init__.py", "__pycache__"})
"""A folder that is also a Python package (the bundled seeds) has these; they are not news."""


def is_own_file(name: str) -> bool:
    """A file the app itself writes beside articles (never an article, never reported)."""
    lower = name.lower()
    return lower.endswith(_OWN_SUFFIXES) or (PROJECT_SUFFIX + ".") in lower


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[LoadProblem]]:
    """Article files under ``paths`` (folders read recursively, sorted) and what went wrong.

    Every file the app does not read is reported, named or found in a folder (another
    extension, none, a pipe), except hidden entries inside folders and the app's own files
    (:func:`is_own_file`). A path that cannot be examined is one problem, never an exception.
    Each file is listed once, at its first appearance.
    """
    found: list[Path] = []
    problems: list[LoadProblem] = []
    seen: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(given)
        try:
            info = os.stat(path)
        except (OSError, ValueError) as exc:
            problems.append(LoadProblem(str(path), _unreachable(path, exc)))
            continue
        if stat.S_ISDIR(info.st_mode):
            _walk(path, frozenset(), found, problems, seen)
        elif not stat.S_ISREG(info.st_mode):
            problems.append(LoadProblem(str(path), _SPECIAL))
        elif path.suffix.lower() in ARTICLE_SUFFIXES:
            _add(path, found, seen)
        elif not is_own_file(path.name):
            problems.append(LoadProblem(str(path), _unsupported(path.suffix.lower())))
    return found, problems


def _unreachable(path: Path, exc: OSError | ValueError) -> str:
    """Why ``os.stat`` failed, in one sentence."""
    if isinstance(exc, ValueError):
        return "The path holds a NUL character, so it cannot name a file."
    if isinstance(exc, PermissionError):
        return "Permission denied: the path cannot be reached."
    if exc.errno == errno.ELOOP:
        return "Symbolic link loop: the link points back at itself."
    if isinstance(exc, FileNotFoundError):
        return _broken(path) if path.is_symlink() else "No such file or folder."
    if exc.errno == errno.ENAMETOOLONG:
        return "The name is too long for this system."
    return f"The path cannot be examined ({exc.strerror or exc})."


_SPECIAL = "Not a regular file (a pipe, socket or device); skipped."


def _broken(path: Path) -> str:
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "Symbolic link loop: the link points back at itself."
    return "Broken link: its target does not exist."


def _unsupported(suffix: str) -> str:
    kind = f"'{suffix}' files are" if suffix else "Files without an extension are"
    return f"{kind} not supported (expected .txt, .html, .htm, .json or .jsonl)."


def _key(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _add(path: Path, found: list[Path], seen: set[tuple[int, int]]) -> None:
    key = _key(path)
    if key is None or key in seen:
        return
    seen.add(key)
    found.append(path)


def _walk(
    folder: Path,
    ancestors: frozenset[tuple[int, int]],
    found: list[Path],
    problems: list[LoadProblem],
    seen: set[tuple[int, int]],
) -> None:
    key = _key(folder)
    if key is None:
        problems.append(LoadProblem(str(folder), "The folder cannot be opened."))
        return
    if key in ancestors:
        problems.append(
            LoadProblem(str(folder), "Symbolic link loop: this folder contains itself.")
        )
        return
    ancestors = ancestors | {key}
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except PermissionError:
        problems.append(LoadProblem(str(folder), "Permission denied: the folder cannot be read."))
        return
    except OSError as exc:
        problems.append(LoadProblem(str(folder), f"The folder cannot be read ({exc.strerror})."))
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name in _PACKAGE_FILES:
            continue
        path = folder / entry.name
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError:
            is_dir = is_file = False
        if is_dir:
            _walk(path, ancestors, found, problems, seen)
        elif is_file:
            if path.suffix.lower() in ARTICLE_SUFFIXES:
                _add(path, found, seen)
            elif not is_own_file(entry.name):
                problems.append(LoadProblem(str(path), _unsupported(path.suffix.lower())))
        elif entry.is_symlink() and not path.exists():
            problems.append(LoadProblem(str(path), _broken(path)))
        else:
            problems.append(LoadProblem(str(path), _SPECIAL))
