"""Many patterns scanned in one pass of native code (Hyperscan), compiled once per installation.

Hyperscan finds which of a few hundred patterns occur in a text, and where they end, at
gigabytes a second; Python's engine runs one pattern at a time, one position at a time. The
tagger uses it only to learn where its own regexes need not run (``temporal.rule_filter``,
``temporal.triggers``): what Hyperscan reports is always checked or narrowed by Python's engine
after it, so the matches are Python's. Compiling a database costs up to a second or two: it is
kept in the user's cache folder, keyed by its patterns, and checked against its digest before
Hyperscan reads it. Without Hyperscan (no wheel for the platform) :func:`database` gives None and
the callers do without.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from typing import Any

from timeline_app.core.user_cache import cache_folder, sweep_family, write_atomically

__all__ = ["Database", "database"]

_MAGIC = b"timeline_app native scan\n"


class Database:
    """A compiled set of patterns and the ids Hyperscan could not take (to be tried anyway)."""

    def __init__(self, compiled: Any, refused: frozenset[int]) -> None:
        self._compiled = compiled
        self.refused = refused
        self._lock = threading.Lock()  # one scratch space: one scan at a time

    def scan(self, data: bytes, on_match: Callable[[int, int, int, int, Any], Any],
             context: Any) -> bool:
        """``on_match(id, start, end, flags, context)`` for each match; False if the scan failed."""
        with self._lock:
            try:
                self._compiled.scan(data, match_event_handler=on_match, context=context)
            except Exception:  # noqa: BLE001 - a failed scan only costs the short cut
                return False
        return True


_FLAGS = {"utf8": "HS_FLAG_UTF8", "singlematch": "HS_FLAG_SINGLEMATCH",
          "dotall": "HS_FLAG_DOTALL", "allowempty": "HS_FLAG_ALLOWEMPTY"}


def database(name: str, source: str, patterns: Callable[[], dict[int, str | None]],
             flags: str) -> Database | None:
    """The patterns compiled with ``flags``, from the cache when ``source`` was compiled before.

    ``source`` is what the patterns are made from (they are only made, by ``patterns()``, when
    the cache has no database for it); an id whose pattern is None, or that Hyperscan refuses,
    is in ``refused``. ``flags`` names Hyperscan's flags: ``"utf8|singlematch|dotall"``.
    """
    try:
        import hyperscan
    except ImportError:
        return None
    key = hashlib.blake2b(f"{flags}|{getattr(hyperscan, '__version__', '')}|{source}".encode(
        "utf-8", "surrogatepass"), digest_size=12).hexdigest()
    path = cache_folder() / f"{name}-{key}.hsdb"
    try:
        return _load(hyperscan, path.read_bytes())
    except (OSError, ValueError, KeyError, TypeError, hyperscan.HyperscanError):
        pass  # none yet, or spoilt: compiled anew
    made = patterns()
    try:
        blob, refused = _compile(hyperscan, {i: p for i, p in made.items() if p is not None},
                                 _number(hyperscan, flags))
    except (hyperscan.HyperscanError, ValueError):
        return None
    refused |= {i for i, p in made.items() if p is None}
    head = json.dumps({"digest": hashlib.blake2b(blob).hexdigest(),
                       "refused": sorted(refused)}).encode("ascii")
    try:
        write_atomically(path, lambda out: out.write(_MAGIC + head + b"\n" + blob))
        sweep_family(path)
    except OSError:
        pass  # a read-only home: compiled again next time
    return Database(_opened(hyperscan, blob), frozenset(refused))


def _number(hyperscan, names: str) -> int:
    number = 0
    for name in filter(None, names.split("|")):
        number |= getattr(hyperscan, _FLAGS[name])
    return number


def _opened(hyperscan, blob: bytes) -> Any:
    """A database read back, with the scratch space a scan needs."""
    compiled = hyperscan.loadb(blob, hyperscan.HS_MODE_BLOCK)
    compiled.scratch = hyperscan.Scratch(compiled)
    return compiled


def _load(hyperscan, raw: bytes) -> Database:
    if not raw.startswith(_MAGIC):
        raise ValueError("not a native scan database")
    at = raw.index(b"\n", len(_MAGIC))
    meta = json.loads(raw[len(_MAGIC):at])
    blob = memoryview(raw)[at + 1:]
    if hashlib.blake2b(blob).hexdigest() != meta["digest"]:
        raise ValueError("the database does not match its digest")
    return Database(_opened(hyperscan, bytes(blob)), frozenset(map(int, meta["refused"])))


def _compile(hyperscan, patterns: dict[int, str], flags: int) -> tuple[bytes, set[int]]:
    """The serialised database; the ids of the patterns Hyperscan would not compile."""
    left = {i: p.encode("utf-8") for i, p in patterns.items()}
    refused: set[int] = set()
    while left:
        try:
            compiled = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            compiled.compile(expressions=list(left.values()), ids=list(left),
                             elements=len(left), flags=flags)
            return hyperscan.dumpb(compiled), refused
        except hyperscan.HyperscanError:
            bad = next((i for i, p in left.items() if not _compiles(hyperscan, i, p, flags)),
                       None)
            if bad is None:
                raise
            refused.add(bad)
            del left[bad]
    raise ValueError("no pattern compiles")


def _compiles(hyperscan, i: int, pattern: bytes, flags: int) -> bool:
    try:
        hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK).compile(
            expressions=[pattern], ids=[i], elements=1, flags=flags)
    except hyperscan.HyperscanError:
        return False
    return True
