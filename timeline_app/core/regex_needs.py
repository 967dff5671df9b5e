"""What text every match of a regular expression must contain, read from its parsed form.

A pattern such as ``(be )?logged (in|out)`` cannot match a line without "logged ": a substring
test that cheap can skip the regex altogether. The analysis only ever under-promises: where it
cannot tell, it says nothing.
"""

from __future__ import annotations

import re
import sys
from re import _constants as sre  # the parsed form of a pattern: CPython's own, 3.11 on
from re import _parser

from .regex_cache import compile_cached, remembered

__all__ = [
    "MIN_NEEDED",
    "compile_fast",
    "first_class",
    "required_text",
    "requirements",
    "selective",
    "width",
]

MIN_NEEDED = 3
"""Needed text shorter than this ("of", "a") is in nearly every line: not worth looking for."""


COMMON_WORDS = frozenset({"the", "and", "that"})
"""Long enough, but in nearly every line all the same: looking for them costs more than it saves."""


def selective(text: str) -> bool:
    """Rare enough in prose to be worth looking for.

    A longer piece, only marks ("/"), or a digit run into a letter or mark ("0s", "1st").
    """
    if text.strip() in COMMON_WORDS:
        return False
    if len(text) >= MIN_NEEDED or not any(c.isalnum() or c.isspace() for c in text):
        return True
    return len(text) == 2 and text[0].isdigit() and not text[1].isdigit() and not text[1].isspace()


_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required_text(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings, one of which every match of ``pattern`` contains (lower-cased); None if unknown."""
    return _best(requirements(pattern, flags))


def width(pattern: str, flags: int = 0) -> tuple[int, int]:
    """The fewest and most characters a match of ``pattern`` can span (unbounded: no limit)."""
    try:
        return _parser.parse(pattern, flags).getwidth()
    except re.error:
        return 0, sys.maxsize


def requirements(pattern: str, flags: int = 0) -> list[frozenset[str]]:
    """Every requirement found: sets of strings, one of each set in every match (lower-cased).

    Worked out once per pattern and installation (see :mod:`.regex_cache`).
    """
    found = remembered("needs", pattern, flags, lambda: [
        sorted(texts) for texts in _requirements_of(pattern, flags)])
    return [frozenset(texts) for texts in found]


def _requirements_of(pattern: str, flags: int) -> list[frozenset[str]]:
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return []
    return _requirements(list(parsed))


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective requirement: rare pieces first, then the longest shortest piece.

    "/" wins over "ap|afp" (see ``selective``), "logged " over "in".
    """
    return max(options, key=lambda texts: (all(map(selective, texts)), min(map(len, texts))),
               default=None)  # fmt: skip


def _requirements(items: list) -> list[frozenset[str]]:
    """Each entry: a set of strings one of which any match of the sequence ``items`` contains."""
    found: list[frozenset[str] | None] = []
    runs = _NOTHING  # the literal text read so far, in each of its spellings ("0s", "0's")
    for op, av in items:
        pieces = _pieces(op, av)
        if pieces is not None and len(runs) * len(pieces) <= MAX_LEADS:
            runs = frozenset(run + piece for run in runs for piece in pieces)
            continue
        if runs != _NOTHING:  # with what comes next: "e(?:arly|nd)" needs "early" or "end"
            found.append(_joined(runs, _item_leads(op, av)))
            runs = _NOTHING
        inner: frozenset[str] | None = None
        if pieces is not None:  # "[-/]": one of a few characters
            inner = pieces
        elif op is sre.SUBPATTERN:
            inner = _best(_requirements(list(av[3])))
        elif op is sre.BRANCH:
            each = [_best(_requirements(list(branch))) for branch in av[1]]
            if all(each):
                inner = frozenset().union(*each)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            inner = _best(_requirements(list(av[2])))
        elif op is sre.ASSERT and av[0] == 1:  # a look-ahead's text is there too (not behind:
            inner = _best(_requirements(list(av[1])))  # it may lie before where a search starts)
        found.append(inner)
    found.append(_joined(runs, None))
    return [_shortest(texts) for texts in found if texts and all(texts)]


def _shortest(texts: frozenset[str]) -> frozenset[str]:
    """Without the strings that hold another of them: "notification" stands for "notifications"."""
    return frozenset(t for t in texts if not any(other != t and other in t for other in texts))


MAX_LEADS = 64
"""Beyond this many spellings, a piece of needed text is not spelled out."""

_NOTHING = frozenset({""})


def _leads(items: list) -> frozenset[str] | None:
    """Strings one of which every match of the sequence ``items`` starts with (lower-cased).

    Python's parser factors the common start out of alternatives ("early|end" is parsed as
    "e(?:arly|nd)"): putting the pieces back together gives longer, rarer needed text.
    """
    runs = _NOTHING
    for op, av in items:
        pieces = _pieces(op, av)
        if pieces is not None and len(runs) * len(pieces) <= MAX_LEADS:
            runs = frozenset(run + piece for run in runs for piece in pieces)
            continue
        return _joined(runs, pieces if pieces is not None else _item_leads(op, av))
    return _joined(runs, None)


def _joined(runs: frozenset[str], after: frozenset[str] | None) -> frozenset[str] | None:
    """Each of ``runs`` followed by each of ``after`` (lower-cased); None where that says nothing.

    An empty string among them (all of a run was optional) promises nothing.
    """
    if after and len(runs) * len(after) <= MAX_LEADS:
        runs = frozenset(run + text for run in runs for text in after)
    if "" in runs:
        return None
    return frozenset(run.lower() for run in runs)


def _pieces(op, av) -> frozenset[str] | None:
    """Every string one parsed item can match, where they are few: "a", "[Ee]", "[-/]", "'?"."""
    if op is sre.LITERAL:
        return frozenset({chr(av)})
    if op is sre.IN:
        return _class_chars(av)
    if op in _REPEATS and av[0] == 0 and av[1] == 1 and len(av[2]) == 1:
        inner = _pieces(*av[2][0])
        return inner | _NOTHING if inner is not None else None
    return None


def _item_leads(op, av) -> frozenset[str] | None:
    """What every match of one parsed item starts with; None if unknown or too many."""
    found: frozenset[str] | None = None
    if op is sre.SUBPATTERN:
        found = _leads(list(av[3]))
    elif op is sre.BRANCH:
        each = [_leads(list(branch)) for branch in av[1]]
        if all(each):
            found = frozenset().union(*each)  # type: ignore[arg-type]
    elif op in _REPEATS and av[0] >= 1:
        found = _leads(list(av[2]))
    elif op is sre.IN:
        found = _class_chars(av)
    return found if found is not None and len(found) <= MAX_LEADS else None


def _class_chars(items: list) -> frozenset[str] | None:
    """The lower-cased characters a class of single characters ("[Ee]", "[-/]") accepts.

    Matches are looked for in lower-cased text, where "[Ee]" is just "e". None for classes
    with ranges, categories or negation.
    """
    if not all(op is sre.LITERAL for op, _ in items):
        return None
    return frozenset(chr(code).lower() for _, code in items)


def first_class(pattern: str, flags: int = 0) -> str | None:
    """A character class every match of ``pattern`` starts with ("[0-9a-z]"); None if unknown.

    Put in a look-ahead at the head of a pattern, it turns away at once the positions where a
    long chain of optional prefixes would otherwise be tried and fail, one by one.
    """
    return remembered("first", pattern, flags, lambda: _first_class_of(pattern, flags))


def _first_class_of(pattern: str, flags: int) -> str | None:
    try:
        found = _first(list(_parser.parse(pattern, flags)))
    except re.error:
        return None
    if found is None or found[1] or not found[0]:
        return None  # unknown, or the pattern can match the empty string
    parts = set()
    for op, av in found[0]:
        if op is sre.LITERAL:
            parts.add(_escaped(av))
        elif op is sre.RANGE:
            parts.add(f"{_escaped(av[0])}-{_escaped(av[1])}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.add(_CATEGORIES[av])
        else:
            return None
    return "[" + "".join(sorted(parts)) + "]"


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    r"""``pattern`` compiled behind a look-ahead for its first characters: the same matches.

    Python's engine skips ahead by itself only for patterns that open with a literal or a
    class; one that opens with ``\b`` or an optional word tries every position in full.
    """
    if flags & re.VERBOSE:  # a comment at its end would swallow the closing parenthesis
        return compile_cached(pattern, flags)
    first = first_class(pattern, flags)
    return compile_cached(f"(?={first})(?:{pattern})" if first else pattern, flags)


_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w",
               sre.CATEGORY_NOT_WORD: r"\W"}  # fmt: skip


def _escaped(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x100 else f"\\U{code:08x}"


def _first(items: list) -> tuple[list, bool] | None:
    """The class items a match of ``items`` starts with, and whether it can be empty."""
    found: list = []
    for op, av in items:
        first = _first_item(op, av)
        if first is None:
            return None
        found += first[0]
        if not first[1]:
            return found, False
    return found, True


def _first_item(op, av) -> tuple[list, bool] | None:
    if op is sre.LITERAL:
        return [(op, av)], False
    if op is sre.IN:
        return None if any(o is sre.NEGATE for o, _ in av) else (list(av), False)
    if op is sre.SUBPATTERN:
        return _first(list(av[3]))
    if op is sre.BRANCH:
        found, empty = [], False
        for branch in av[1]:
            first = _first(list(branch))
            if first is None:
                return None
            found += first[0]
            empty = empty or first[1]
        return found, empty
    if op in _REPEATS:
        first = _first(list(av[2]))
        return None if first is None else (first[0], first[1] or av[0] == 0)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # they read no character
        return [], True
    return None
