"""Turning the paths a user named into the article files to read, in a deterministic order."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from pathlib import Path

from .problems import LoadProblem

__all__ = ["ARTICLE_SUFFIXES", "PROJECT_SUFFIX", "discover"]

ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm", ".json", ".jsonl"})
PROJECT_SUFFIX = ".timeline"


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[LoadProblem]]:
    """Article files under ``paths`` (folders read recursively, sorted) and what went wrong.

    Files named explicitly with another extension are reported as unsupported; inside folders,
    hidden entries and unknown extensions are skipped silently. Project files are always skipped.
    Each file is listed once, at its first appearance.
    """
    found: list[Path] = []
    problems: list[LoadProblem] = []
    seen: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            _walk(path, frozenset(), found, problems, seen)
        elif path.is_file():
            suffix = path.suffix.lower()
            if suffix == PROJECT_SUFFIX:
                continue
            if suffix not in ARTICLE_SUFFIXES:
                problems.append(LoadProblem(str(path), _unsupported(suffix)))
                continue
            _add(path, found, seen)
        elif path.is_symlink():
            problems.append(LoadProblem(str(path), _broken(path)))
        elif path.exists():
            problems.append(LoadProblem(str(path), _SPECIAL))
        else:
            problems.append(LoadProblem(str(path), "No such file or folder."))
    return found, problems


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
        if entry.name.startswith("."):
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
        elif path.suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        elif entry.is_symlink() and not path.exists():
            problems.append(LoadProblem(str(path), _broken(path)))
        else:
            problems.append(LoadProblem(str(path), _SPECIAL))
