"""The `holidays` package's tables, kept in the user's cache folder between runs.

Importing `holidays` and computing one country's year costs some 0.11 s of CPU (its calendars,
its translations): a third of what tagging a short text costs, paid again by every process
whose text names "Thanksgiving" or "Eid al-Fitr". What it computed is kept here, one entry per
country, category and year, in a file keyed by the installed version of `holidays` (read off
its ``.dist-info`` folder, without importing it) and by :data:`FORMAT`: another version, or
another way of reading its tables, is another file. Data only (JSON: names and ISO dates).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import threading
from datetime import date
from pathlib import Path

from timeline_app.core.user_cache import cache_folder, sweep_family, write_atomically

__all__ = ["FORMAT", "forget", "keep", "kept"]

FORMAT = 1
"""Changes whenever ``dates.library_holidays`` reads the library's tables another way."""

_lock = threading.Lock()
_entries: dict[str, list[list[str]]] | None = None


def _installed() -> str | None:
    """The installed `holidays` as its ``.dist-info`` folder's name ("holidays-0.62.dist-info")."""
    try:
        spec = importlib.util.find_spec("holidays")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    found = sorted(p.name for p in Path(spec.origin).parents[1].glob("holidays-*.dist-info"))
    return found[-1] if len(found) == 1 else None  # none, or several: nothing to go by


def _path() -> Path | None:
    installed = _installed()
    if installed is None:
        return None
    key = hashlib.blake2b(f"{FORMAT}|{installed}".encode(), digest_size=8).hexdigest()
    return cache_folder() / f"holidays-{key}.json"


def _read(path: Path | None) -> dict[str, list[list[str]]]:
    if path is None:
        return {}
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def _key(country: str, category: str, year: int) -> str:
    return f"{country}/{category}/{year}"


def kept(country: str, category: str, year: int) -> dict[str, date] | None:
    """The table kept for ``country``'s ``category`` in ``year``, or None if none is kept."""
    global _entries
    with _lock:
        if _entries is None:
            _entries = _read(_path())
        rows = _entries.get(_key(country, category, year))
    if not isinstance(rows, list):
        return None
    try:
        return {str(name): date.fromisoformat(day) for name, day in rows}
    except (TypeError, ValueError):
        return None  # a spoilt entry: computed anew


def keep(country: str, category: str, year: int, table: dict[str, date]) -> None:
    """Keep ``table`` for the next processes (merged with what others kept meanwhile)."""
    global _entries
    path = _path()
    if path is None:
        return
    rows = [[name, day.isoformat()] for name, day in table.items()]
    with _lock:
        merged = {**_read(path), **(_entries or {}), _key(country, category, year): rows}
        _entries = merged
        data = json.dumps(merged, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        try:
            write_atomically(path, lambda out: out.write(data))
            sweep_family(path)
        except OSError:
            pass  # a read-only home: the library is asked again next time


def forget() -> None:
    """Read the cache file again on next use (tests)."""
    global _entries
    with _lock:
        _entries = None
