"""Where a file or folder lives: on this machine (a path) or anywhere fsspec reaches (a URL).

Archives may sit in object storage (``s3://bucket/news``, ``gs://``, ``memory://``, ``file://``):
every stage that opens one asks here once, and keeps the plain-path road for local folders, where
pyarrow and the standard library are fastest.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["is_url", "join", "location"]


def is_url(path: str | Path) -> bool:
    """Whether ``path`` names a place by URL (``scheme://...``) rather than a local path."""
    return "://" in str(path)


def location(path: str | Path) -> tuple[Any, str]:
    """``(fsspec filesystem, path within it)`` for a URL; ``(None, path)`` for a local path.

    fsspec (and the package of the URL's scheme, e.g. s3fs) is imported only for URLs.
    """
    text = str(path)
    if not is_url(text):
        return None, text
    from fsspec.core import url_to_fs

    return url_to_fs(text)


def join(root: str, *names: str) -> str:
    """``root/name/...`` with one slash between parts (fsspec paths are always ``/``-separated)."""
    parts = [n.strip("/") for n in names if n.strip("/")]
    return "/".join([root.rstrip("/"), *parts]) if parts else root
