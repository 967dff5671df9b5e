"""Word lists of the grammar (months, weekdays, units, number words...), read from resource files.

The lists live in ``resources/rules/*.txt`` as data, one ``name  value  [kind]`` entry a line, so
that adding a spelling never means touching code. Everything is read once and cached.
"""

from __future__ import annotations

import re
from functools import cache

from timeline_app.core.resources import read_text

__all__ = ["alternation", "entries", "table", "number_value"]


@cache
def entries(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of ``resources/rules/<name>.txt``: the name (spaces kept) and its value columns."""
    rows: list[tuple[str, ...]] = []
    for raw in read_text("rules", f"{name}.txt").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        # Columns are separated by two or more spaces (or tabs); names may hold single spaces.
        rows.append(tuple(re.split(r"\s{2,}|\t+", line)))
    return tuple(rows)


@cache
def table(name: str) -> dict[str, str]:
    """Lower-cased name -> value for one list."""
    return {row[0].lower(): row[1] for row in entries(name)}


def trie_regex(words: set[str] | list[str]) -> str:
    """A regex matching exactly ``words``, factored as a trie: "jan|june" -> "j(?:an|une)".

    Python's regex engine tries flat alternatives one by one at every position; a trie lets it
    reject a position on the first character, which makes the big word lists cheap. Longer
    continuations are tried first, so the longest spelling wins as with a longest-first list.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            branches.append(piece + build(node[ch]))
        if not branches:
            return ""
        inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{inner})?"
        return inner

    return build(trie)


def alternation(names: list[str] | tuple[str, ...], *, case_sensitive: bool = False) -> str:
    """A regex alternation of ``names``, longest first so that the longest spelling wins.

    Case-sensitive lists must not run into a longer word ("Mar" in "Marines"); their capital
    letter is checked after matching (see ``grammar.CASED``).
    """
    body = trie_regex({name.lower() for name in names})
    if case_sensitive:  # rules see lower-cased text: the capital is checked on the original
        return f"(?:{body})(?![a-z])"
    return f"(?:{body})"


_ONES = {w: int(v) for w, v in table("numbers").items() if v.isdigit() and int(v) < 10}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}


def number_value(text: str) -> float | None:
    """Value of a written quantity ("three", "twenty-four", "2 1/2"); None when vague ("few")."""
    t = " ".join(text.lower().replace(",", "").split())
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+(\d)/(\d))?", t)
    if m:
        whole = float(m.group(1))
        return whole + (int(m.group(2)) / int(m.group(3)) if m.group(2) else 0.0)
    if t in table("numbers"):
        v = table("numbers")[t]
        return None if v == "X" else float(v)
    m = re.fullmatch(r"(\w+)[\s-](\w+)", t)
    if m and m.group(1) in _TENS and m.group(2) in _ONES:
        return float(_TENS[m.group(1)] + _ONES[m.group(2)])
    return None
