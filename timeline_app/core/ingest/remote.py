"""Articles that live at a URL: listed and read through fsspec, with the local folders' rules.

``s3://bucket/news``, ``gs://``, ``file://``, ``memory://`` or anything fsspec reads. A folder is
listed recursively and sorted, hidden entries, project files and unknown extensions passed over
as :func:`~.discovery.discover` does; a file is refused above the same size limit as on disk,
before a byte of it is fetched. Its bytes then go through :func:`~.loader.read_file` itself (from
a private temporary copy), so encodings, HTML, JSON records and every problem report are the
local ones, with the URL in place of the path.

These run where they are called: the Dask engine calls them on its workers, so the client never
lists or fetches an archive.
"""

from __future__ import annotations

import posixpath
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from timeline_app.core.locations import location
from timeline_app.core.model import Article

from .discovery import ARTICLE_SUFFIXES, PROJECT_SUFFIX
from .loader import SIZE_LIMITS, read_file
from .problems import LoadProblem
from .reading import MAX_FILE_BYTES

__all__ = ["Listed", "list_location", "read_location", "read_locations"]

Listed = tuple[str, int | None]
"""An article file found: its URL and its size in bytes (None if the store did not say)."""


def _url(fs: Any, path: str) -> str:
    return fs.unstrip_protocol(path)


def _suffix(path: str) -> str:
    return posixpath.splitext(path)[1].lower()


def _failure(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return "No such file or folder."
    if isinstance(exc, PermissionError):
        return "Permission denied: it cannot be read."
    return f"It cannot be read ({type(exc).__name__}: {exc})."


def list_location(url: str) -> tuple[list[Listed], list[LoadProblem]]:
    """The article files at ``url`` (a file or a folder, recursively, sorted) and the problems."""
    try:
        fs, root = location(url)
        info = fs.info(root)
    except Exception as exc:  # noqa: BLE001 - a bad URL is one problem, never the end of a run
        return [], [LoadProblem(url, _failure(exc))]
    if info.get("type") != "directory":
        suffix = _suffix(root)
        if suffix == PROJECT_SUFFIX:
            return [], []
        if suffix not in ARTICLE_SUFFIXES:
            kind = f"'{suffix}' files are" if suffix else "Files without an extension are"
            message = f"{kind} not supported (expected .txt, .html, .htm, .json or .jsonl)."
            return [], [LoadProblem(url, message)]
        return [(_url(fs, root), info.get("size"))], []
    try:
        found = fs.find(root, detail=True)
    except Exception as exc:  # noqa: BLE001
        return [], [LoadProblem(url, f"The folder cannot be read: {_failure(exc)}")]
    base = root.rstrip("/")
    out: list[Listed] = []
    for path in sorted(found):
        relative = path[len(base) :].strip("/")
        if any(part.startswith(".") for part in relative.split("/")):
            continue
        if _suffix(path) in ARTICLE_SUFFIXES and found[path].get("type") != "directory":
            out.append((_url(fs, path), found[path].get("size")))
    return out, []


def read_location(url: str, size: int | None = None) -> tuple[list[Article], list[LoadProblem]]:
    """The articles of the file at ``url`` and the problems met; never raises on bad input."""
    limit = _limit(url)
    try:
        fs, path = location(url)
        if size is None:
            size = fs.size(path)
        if size is not None and size > limit:
            message = (
                f"The file is too large ({size / 1_048_576:.0f} MB; the limit is "
                f"{limit / 1_048_576:.0f} MB), so it was not read."
            )
            return [], [LoadProblem(url, message)]
        with fs.open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop a load
        return [], [LoadProblem(url, _failure(exc))]
    if len(data) > limit:
        return [], [LoadProblem(url, "The file grew past the size limit while being read.")]
    return _read_bytes_as(data, url)


FETCH_BYTES = 32 * 1_048_576
"""Listed bytes fetched together by :func:`read_locations`, at most (one request each)."""


def read_locations(
    entries: Sequence[Listed],
) -> Iterator[tuple[list[Article], list[LoadProblem]]]:
    """:func:`read_location` of each entry, in order, with the same limits and problems.

    Files of known size under their limit are fetched together (``fs.cat``: concurrent requests
    on an async store such as S3, and no request for a size the listing gave), up to
    :data:`FETCH_BYTES` at a time; an archive of small articles costs a request per file, not
    two, and no round trip waits for the one before.
    """
    at = 0
    while at < len(entries):
        batch, held = [], 0
        while at < len(entries) and (not batch or held + (entries[at][1] or 0) <= FETCH_BYTES):
            batch.append(entries[at])
            held += entries[at][1] or 0
            at += 1
        yield from _read_batch(batch)


def _limit(url: str) -> int:
    return SIZE_LIMITS.get(_suffix(url.split("?", 1)[0]), MAX_FILE_BYTES)


def _read_batch(batch: Sequence[Listed]) -> Iterator[tuple[list[Article], list[LoadProblem]]]:
    fetched: dict[str, Any] = {}
    scheme = batch[0][0].split("://", 1)[0]
    wanted = [url for url, size in batch  # a name fsspec would glob is read alone
              if size is not None and size <= _limit(url) and url.startswith(f"{scheme}://")
              and not any(c in url for c in "*?[")]  # fmt: skip
    if len(wanted) > 1:
        try:
            fs, _ = location(wanted[0])
            paths = {location(url)[1]: url for url in wanted}
            got = fs.cat(list(paths), on_error="return")
            fetched = {url: got.get(path) for path, url in paths.items()}
        except Exception:  # noqa: BLE001 - fetched one at a time below, with their own problems
            fetched = {}
    for url, size in batch:
        data = fetched.get(url)
        if isinstance(data, bytes) and len(data) <= _limit(url):
            yield _read_bytes_as(data, url)
        else:  # too large, of unknown size, or failed: the single road says why
            yield read_location(url, size)


def _read_bytes_as(data: bytes, url: str) -> tuple[list[Article], list[LoadProblem]]:
    """``read_file`` on ``data`` under the URL's own file name, reported under the URL."""
    name = posixpath.basename(url.split("?", 1)[0].rstrip("/")) or "article.txt"
    with tempfile.TemporaryDirectory(prefix="timeline-remote-") as folder:
        staged = Path(folder) / name
        staged.write_bytes(data)
        articles, problems = read_file(staged)
    where = str(staged)
    articles = [replace(a, path=url) if a.path == where else a for a in articles]
    problems = [LoadProblem(url, p.message) if p.path == where else p for p in problems]
    return articles, problems
