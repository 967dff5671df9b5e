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

__all__ = ["MIN_NEEDED", "required_text", "requirements", "selective", "width"]

MIN_NEEDED = 3
"""Needed text shorter than this ("of", "a") is in nearly every line: not worth looking for."""


COMMON_WORDS = frozenset({"the", "and", "that"})
"""Long enough, but in nearly every line all the same: looking for them costs more than it saves."""


def selective(text: str) -> bool:
    """Rare enough in prose to be worth looking for: a longer piece, or only marks ("/")."""
    if text.strip() in COMMON_WORDS:
        return False
    return len(text) >= MIN_NEEDED or not any(c.isalnum() or c.isspace() for c in text)


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
    """Every requirement found: sets of strings, one of each set in every match (lower-cased)."""
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
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        char, chars = _one_char(op, av)
        if char is not None:
            run.append(char)
            continue
        if run:  # with what the next part starts with: "e(?:arly|nd)" needs "early" or "end"
            found.append(_joined(run, _item_leads(op, av, chars)))  # type: ignore[arg-type]
            run = []
        inner: frozenset[str] | None = None
        if op is sre.SUBPATTERN:
            inner = _best(_requirements(list(av[3])))
        elif op is sre.BRANCH:
            each = [_best(_requirements(list(branch))) for branch in av[1]]
            if all(each):
                inner = frozenset().union(*each)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            inner = _best(_requirements(list(av[2])))
        elif chars:  # "[-/]": one of a few characters
            inner = chars
        elif op is sre.ASSERT and av[0] == 1:  # a look-ahead's text is there too (not behind:
            inner = _best(_requirements(list(av[1])))  # it may lie before where a search starts)
        if inner:
            found.append(inner)
    if run:
        found.append(frozenset({"".join(run).lower()}))
    return [texts for texts in found if all(texts)]


MAX_LEADS = 64
"""Beyond this many ways for a part to begin, its beginnings are not spelled out."""


def _leads(items: list) -> frozenset[str] | None:
    """Strings one of which every match of the sequence ``items`` starts with (lower-cased).

    Python's parser factors the common start out of alternatives ("early|end" is parsed as
    "e(?:arly|nd)"): putting the pieces back together gives longer, rarer needed text.
    """
    run: list[str] = []
    for op, av in items:
        char, chars = _one_char(op, av)
        if char is None:
            return _joined(run, _item_leads(op, av, chars))
        run.append(char)
    return _joined(run, None)


def _joined(run: list[str], after: frozenset[str] | None) -> frozenset[str] | None:
    """The literal ``run`` followed by each of ``after`` (lower-cased); None if both are empty."""
    head = "".join(run).lower()
    if after:
        return frozenset(head + text for text in after)
    return frozenset({head}) if head else None


def _one_char(op, av) -> tuple[str | None, frozenset[str] | None]:
    """The one character a parsed item stands for ("a", "[Aa]"), if so; a class's characters."""
    if op is sre.LITERAL:
        return chr(av), None
    chars = _class_chars(av) if op is sre.IN else None
    if chars is not None and len(chars) == 1:
        return next(iter(chars)), chars
    return None, chars


def _item_leads(op, av, chars: frozenset[str] | None) -> frozenset[str] | None:
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
    elif chars:
        found = chars
    return found if found is not None and len(found) <= MAX_LEADS else None


def _class_chars(items: list) -> frozenset[str] | None:
    """The lower-cased characters a class of single characters ("[Ee]", "[-/]") accepts.

    Matches are looked for in lower-cased text, where "[Ee]" is just "e". None for classes
    with ranges, categories or negation.
    """
    if not all(op is sre.LITERAL for op, _ in items):
        return None
    return frozenset(chr(code).lower() for _, code in items)
