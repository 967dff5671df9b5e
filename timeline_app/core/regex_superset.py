r"""A Python regular expression rewritten for Hyperscan so that it matches at least as much.

Hyperscan runs a hundred patterns over a text in one pass of native code, but it has no
look-around, no back-reference, and its ``\w`` is not Python's. :func:`superset` reads a
pattern's parsed form (CPython's own) and writes one that every match of the original, found
anywhere in a text and with its look-arounds judged at any window's edge, also matches: the
assertions are dropped (an empty string satisfies none of them less), a back-reference may be
any text, and a class is exact over ASCII and, where it names a category or is negated, takes
every character beyond ASCII besides. A pattern whose superset finds nothing in a text
therefore has no match in any window of it: the grammar skips it there (``rule_filter``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants as sre  # the parsed form of a pattern: CPython's own, 3.11 on
from re import _parser

__all__ = ["VERSION", "superset"]

VERSION = 1
"""Changes whenever :func:`superset` writes other patterns (cached databases are keyed by it)."""

_ANY = "(?s:.)"
_BEYOND_ASCII = r"\x{80}-\x{10ffff}"
_CATEGORY: dict[object, Callable[[str], bool]] = {  # Python's own tests, as _sre makes them
    sre.CATEGORY_DIGIT: str.isdecimal,
    sre.CATEGORY_NOT_DIGIT: lambda c: not c.isdecimal(),
    sre.CATEGORY_SPACE: str.isspace,
    sre.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    sre.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    sre.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
}


def superset(pattern: str, flags: int = 0) -> str:
    """A Hyperscan pattern (UTF-8 mode) matching every text ``pattern`` matches, and maybe more.

    Raises ``ValueError`` for what it cannot rewrite safely (case-insensitive matching, whose
    Unicode folding Hyperscan does not share).
    """
    parsed = _parser.parse(pattern, flags)
    if (flags | parsed.state.flags) & re.IGNORECASE:
        raise ValueError("case-insensitive patterns are not rewritten")
    return _sequence(parsed)


def _sequence(items) -> str:
    return "".join(_node(op, av) for op, av in items)


def _char(code: int) -> str:
    return f"\\x{{{code:x}}}"


def _node(op, av) -> str:
    if op is sre.LITERAL:
        return _char(av)
    if op is sre.NOT_LITERAL:
        return f"[^{_char(av)}]"
    if op is sre.ANY:
        return _ANY
    if op is sre.IN:
        return _class(av)
    if op is sre.BRANCH:
        return "(?:" + "|".join(_sequence(branch) for branch in av[1]) + ")"
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        if add_flags & re.IGNORECASE:
            raise ValueError("case-insensitive groups are not rewritten")
        return "(?:" + _sequence(body) + ")"
    if op is sre.ATOMIC_GROUP:  # backtracking into it only ever matches more
        return "(?:" + _sequence(av) + ")"
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        return f"(?:{_sequence(body)}){{{low},{'' if high is sre.MAXREPEAT else high}}}"
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return ""  # anchors, word edges, look-arounds: no condition at all is weaker
    if op is sre.GROUPREF:
        return _ANY + "*"
    if op is sre.GROUPREF_EXISTS:
        _group, yes, no = av
        return "(?:" + _sequence(yes) + "|" + (_sequence(no) if no else "") + ")"
    raise ValueError(f"regex construct {op} is not rewritten")


def _class(items) -> str:
    """``[...]``: the ASCII members exactly; beyond ASCII, the listed ones or all of them."""
    negated = any(op is sre.NEGATE for op, _ in items)

    def member(ch: str) -> bool:
        code = ord(ch)
        for op, av in items:
            if (op is sre.LITERAL and av == code) or (op is sre.RANGE and av[0] <= code <= av[1]) \
                    or (op is sre.CATEGORY and _CATEGORY[av](ch)):
                return True
        return False

    ascii_members = [code for code in range(128) if member(chr(code)) != negated]
    wide = negated or any(op is sre.CATEGORY for op, _ in items)
    beyond = [] if wide else [
        _char(av) if op is sre.LITERAL else f"{_char(max(av[0], 128))}-{_char(av[1])}"
        for op, av in items
        if (op is sre.LITERAL and av >= 128) or (op is sre.RANGE and av[1] >= 128)]
    body = _ranges(ascii_members) + (_BEYOND_ASCII if wide else "".join(beyond))
    if not body:
        raise ValueError("a class with no member is not rewritten")
    return f"[{body}]"


def _ranges(codes: list[int]) -> str:
    """Sorted code points as class ranges: ``a-z0-9``."""
    out: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        out.append(_char(codes[i]) if i == j else f"{_char(codes[i])}-{_char(codes[j])}")
        i = j + 1
    return "".join(out)
