"""Regular expressions compiled once per installation, not once in every process.

CPython parses and compiles a pattern in pure Python: the temporal grammar's hundred-odd rules,
its cues and guards, and the analyses of the text their matches need (:mod:`.regex_needs`) cost
some 0.15 s of CPU in every process that tags, as much as tagging a few hundred kB. What a
pattern compiles to (the engine's code, a list of integers, and its group names) and what the
analyses found are kept in the user's cache folder and handed back to the engine the way
``re.compile`` itself does (``_sre.compile``). The file is JSON, data that builds nothing but
strings, numbers and lists (the engine code base64-encoded; the project reads no pickle or
marshal). It is keyed by the interpreter's version and the engine's magic number: another
Python derives everything anew. Entries are looked up by the pattern's own text, so an edited
rule is simply a new entry.

One entry a line (its key and its value, each JSON, apart by a tab): a process splits the file
into lines and parses only the entries it asks for. A file that holds every language's rules,
or the rules of several versions of the app, was parsed whole before (6,500 entries, 8.7 MB:
0.03 s of CPU in every process, where its 250 entries that ``tag`` asks for take 2 ms).
"""

from __future__ import annotations

import _sre
import atexit
import base64
import hashlib
import json
import re
import sys
import threading
from array import array
from collections.abc import Callable
from re import _compiler, _parser
from typing import Any

from timeline_app.core.user_cache import cache_folder, sweep_family, write_atomically

__all__ = ["compile_cached", "remembered"]

_STAMP = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|4"
_CODE = "I" if _sre.CODESIZE == 4 else "H"  # the engine's code words as an array type
MAX_ENTRIES = 4000
"""Beyond this many, a save keeps only the entries this process used (old rules fall away)."""


class _Store:
    """Entries read from the cache file on first use (parsed one by one, when asked for).

    New ones are written back at exit.
    """

    def __init__(self) -> None:
        self._raw: dict[bytes, bytes] | None = None  # key as JSON -> value as JSON, as on disk
        self._entries: dict[str, Any] = {}  # parsed, or made in this process
        self._used: set[str] = set()
        self._added = False
        self._lock = threading.Lock()

    @staticmethod
    def path():
        return cache_folder() / f"regex-{hashlib.sha1(_STAMP.encode()).hexdigest()[:12]}.bin"

    @staticmethod
    def _read() -> dict[bytes, bytes]:
        """The file's entries, unparsed: a line each, key and value apart by a tab."""
        try:
            lines = _Store.path().read_bytes().split(b"\n")
            if json.loads(lines[0]) != {"stamp": _STAMP}:
                return {}
        except (OSError, ValueError, TypeError, RecursionError):
            return {}
        raw: dict[bytes, bytes] = {}
        for line in lines[1:]:
            key, tab, value = line.partition(b"\t")
            if tab:
                raw[key] = value
        return raw

    @staticmethod
    def _key(key: str) -> bytes:
        return json.dumps(key).encode("utf-8")

    def get(self, key: str) -> Any:
        with self._lock:
            if self._raw is None:
                self._raw = self._read()
            self._used.add(key)
            if key in self._entries:
                return self._entries[key]
            found = self._raw.get(self._key(key))
            if found is None:
                return None
            try:
                value = json.loads(found)
            except (ValueError, RecursionError):
                return None  # a spoilt line: derived anew
            self._entries[key] = value
            return value

    def put(self, key: str, value: Any) -> None:
        with self._lock:
            if self._raw is None:
                self._raw = self._read()
            self._entries[key] = value
            self._raw[self._key(key)] = json.dumps(value, separators=(",", ":")).encode("utf-8")
            if not self._added:
                self._added = True
                atexit.register(self.save)

    def save(self) -> None:
        """Merged with what other processes wrote meanwhile; a failure loses only time."""
        with self._lock:
            if not self._added or self._raw is None:
                return
            entries = {**self._read(), **self._raw}
            if len(entries) > MAX_ENTRIES:
                used = {self._key(k) for k in self._used}
                entries = {k: v for k, v in entries.items() if k in used}
            head = json.dumps({"stamp": _STAMP}).encode("utf-8")
            data = b"\n".join([head, *(k + b"\t" + v for k, v in entries.items())])
            try:
                write_atomically(self.path(), lambda out: out.write(data))
                sweep_family(self.path())
            except OSError:
                pass
            self._added = False


_store = _Store()


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the engine code kept in the cache when it is there."""
    key = f"re{int(flags)}:{pattern}"
    entry = _store.get(key)
    if entry is not None:
        try:
            final, words, groups, groupindex, indexgroup = entry
            code = array(_CODE, base64.b64decode(words)).tolist()
            return _sre.compile(pattern, final, code, groups, groupindex, tuple(indexgroup))
        except (TypeError, ValueError, RuntimeError):
            pass  # a spoilt entry: compiled afresh below
    parsed = _parser.parse(pattern, int(flags))  # raises re.error as re.compile does
    code = _compiler._code(parsed, int(flags))
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    final = int(flags) | parsed.state.flags
    words = base64.b64encode(array(_CODE, code).tobytes()).decode("ascii")
    _store.put(key, [final, words, parsed.state.groups - 1, groupindex, indexgroup])
    return _sre.compile(pattern, final, code, parsed.state.groups - 1, groupindex,
                        tuple(indexgroup))


def remembered(kind: str, pattern: str, flags: int, compute: Callable[[], Any]) -> Any:
    """``compute()``, derived from ``pattern`` alone, kept in the cache by ``kind``.

    The value is made of what JSON holds: None, numbers, strings, lists, dicts with string keys.
    """
    key = f"{kind}{int(flags)}:{pattern}"
    found = _store.get(key)
    if found is not None:
        return found[0]
    value = compute()
    _store.put(key, [value])
    return value
