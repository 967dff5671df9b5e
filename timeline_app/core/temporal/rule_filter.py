"""Which rules of a language can match anywhere in a text, found in one native pass.

Recognition runs each rule's regex in the windows around its trigger words; in a news
article four rules in five whose triggers occur still match nowhere ("year" is everywhere,
"three years ago" is not), and those windows were most of the regex time. Hyperscan scans the
text once for every rule's superset (:mod:`timeline_app.core.regex_superset`: a pattern that
matches wherever the rule could, in any window) and reports the rules it found; the others are
skipped, so the matches are the same. The compiled database is kept in the user's cache folder
(compiling English costs over a second), checked by its digest before Hyperscan reads it.
Without Hyperscan (a platform with no wheel), or on text it cannot take, every rule is tried.
"""

from __future__ import annotations

import hashlib
import json
import threading
from functools import cache

from timeline_app.core import regex_superset
from timeline_app.core.user_cache import cache_folder, write_atomically

from . import grammar

__all__ = ["possible_rules"]

_MAGIC = b"timeline_app rule filter\n"
_lock = threading.Lock()  # one scratch space per database: one scan at a time


def possible_rules(lowered: str, lang: str) -> frozenset[int] | None:
    """The ``order`` of every rule of ``lang`` that may match in ``lowered``; None: all may."""
    found = _database(lang)
    if found is None:
        return None
    database, always = found
    try:
        data = lowered.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: not text Hyperscan may read
        return None
    hits: set[int] = set(always)
    with _lock:
        try:
            database.scan(data, match_event_handler=_note, context=hits)
        except Exception:  # noqa: BLE001 - a failed scan only costs the filter
            return None
    return frozenset(hits)


def _note(rule: int, _start: int, _end: int, _flags: int, hits: set[int]) -> None:
    hits.add(rule)


@cache
def _database(lang: str) -> tuple[object, frozenset[int]] | None:
    """The language's database and the rules left out of it (tried everywhere), or None."""
    try:
        import hyperscan
    except ImportError:
        return None
    rules = grammar.rules(lang)
    expanded = [grammar._expand(rule.pattern, rule.lang) for rule in rules]
    key = hashlib.blake2b("\n".join([
        f"{regex_superset.VERSION}|{_FLAGS_NAME}|{getattr(hyperscan, '__version__', '')}",
        *(f"{rule.order}\t{pattern}" for rule, pattern in zip(rules, expanded, strict=True))]
    ).encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()
    path = cache_folder() / f"rules-{lang}-{key}.hsdb"
    try:
        return _load(hyperscan, path.read_bytes())
    except (OSError, ValueError, KeyError, TypeError, hyperscan.HyperscanError):
        pass  # none yet, or spoilt: compiled anew
    try:
        blob, always = _compile(hyperscan, rules, expanded)
    except (hyperscan.HyperscanError, ValueError):
        return None
    digest = hashlib.blake2b(blob).hexdigest()
    head = json.dumps({"digest": digest, "always": sorted(always)}).encode("ascii")
    try:
        write_atomically(path, lambda out: out.write(_MAGIC + head + b"\n" + blob))
    except OSError:
        pass  # a read-only home: compiled again next time
    return _opened(hyperscan, blob), always


def _opened(hyperscan, blob: bytes) -> object:
    """A database read back, with the scratch space a scan needs."""
    database = hyperscan.loadb(blob, hyperscan.HS_MODE_BLOCK)
    database.scratch = hyperscan.Scratch(database)
    return database


_FLAGS_NAME = "utf8|singlematch|dotall|allowempty"


def _flags(hyperscan) -> int:
    return (hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_DOTALL
            | hyperscan.HS_FLAG_ALLOWEMPTY)


def _load(hyperscan, raw: bytes) -> tuple[object, frozenset[int]]:
    if not raw.startswith(_MAGIC):
        raise ValueError("not a rule filter database")
    head, _, blob = raw[len(_MAGIC):].partition(b"\n")
    meta = json.loads(head)
    if hashlib.blake2b(blob).hexdigest() != meta["digest"]:
        raise ValueError("the database does not match its digest")
    return _opened(hyperscan, blob), frozenset(map(int, meta["always"]))


def _compile(hyperscan, rules, expanded: list[str]) -> tuple[bytes, frozenset[int]]:
    """The serialised database of the rules' supersets; the rules it could not take."""
    patterns: dict[int, bytes] = {}
    always: set[int] = set()
    for rule, pattern in zip(rules, expanded, strict=True):
        try:
            patterns[rule.order] = regex_superset.superset(pattern).encode("utf-8")
        except ValueError:
            always.add(rule.order)
    while patterns:
        try:
            database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            database.compile(expressions=list(patterns.values()), ids=list(patterns),
                             elements=len(patterns), flags=_flags(hyperscan))
            return hyperscan.dumpb(database), frozenset(always)
        except hyperscan.HyperscanError:
            bad = _first_refused(hyperscan, patterns)
            if bad is None:
                raise
            always.add(bad)
            del patterns[bad]
    raise ValueError("no rule to filter")


def _first_refused(hyperscan, patterns: dict[int, bytes]) -> int | None:
    """The first rule whose superset Hyperscan will not compile on its own."""
    for order, pattern in patterns.items():
        try:
            hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK).compile(
                expressions=[pattern], ids=[order], elements=1, flags=_flags(hyperscan))
        except hyperscan.HyperscanError:
            return order
    return None
