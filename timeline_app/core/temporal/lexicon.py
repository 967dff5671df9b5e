"""Word lists of the grammar (months, weekdays, units, number words...), read from resource files.

The lists live in ``resources/rules/<lang>/*.txt`` as data, one ``name  value  [kind]`` entry a
line, so that adding a spelling never means touching code, and another language is another
folder (see ``resources/rules/README.md``). Everything is read once and cached.

Which language's lists a lookup reads is the *current language*: the tagger sets it for the
time it recognises or resolves a text (:func:`speaking`), so the normalizers' lookups
("Oct" -> 10) need no language argument; it is English otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from timeline_app.core.resources import read_text, resource

__all__ = ["DEFAULT_LANG", "alternation", "current", "entries", "grammar_language", "languages",
           "number_value", "speaking", "table"]

DEFAULT_LANG = "en"
_current: ContextVar[str] = ContextVar("temporal_language", default=DEFAULT_LANG)


current: Callable[[], str] = _current.get
"""The language whose lists lookups read now: the variable's own getter, called some 70,000
times a megabyte by resolution, costs no Python frame (a third of the time of a wrapper)."""


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Lookups inside the block read ``lang``'s lists (per thread and task)."""
    token = _current.set(lang)
    try:
        yield
    finally:
        _current.reset(token)


@cache
def languages() -> tuple[str, ...]:
    """The languages with a grammar: folders of ``resources/rules/`` holding a ``rules.txt``."""
    root = resource("rules")
    return tuple(sorted(d.name for d in root.iterdir()
                        if d.is_dir() and (d / "rules.txt").is_file()))


def grammar_language(lang: str | None) -> str:
    """``lang`` (ISO 639-1) if it has a grammar folder, else the default language."""
    code = (lang or DEFAULT_LANG).lower()
    return code if code in languages() else DEFAULT_LANG


def entries(name: str, lang: str | None = None) -> tuple[tuple[str, ...], ...]:
    """Rows of ``resources/rules/<lang>/<name>.txt``: the name (spaces kept) and its values."""
    return _entries(name, lang or _current.get())


def table(name: str, lang: str | None = None) -> dict[str, str]:
    """Lower-cased name -> value for one list."""
    return _table(name, lang or _current.get())


@cache
def _table(name: str, lang: str) -> dict[str, str]:
    return {row[0].lower(): row[1] for row in _entries(name, lang)}


@cache
def _entries(name: str, lang: str) -> tuple[tuple[str, ...], ...]:
    rows: list[tuple[str, ...]] = []
    for raw in read_text("rules", lang, f"{name}.txt").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        # Columns are separated by two or more spaces (or tabs); names may hold single spaces.
        rows.append(tuple(re.split(r"\s{2,}|\t+", line)))
    return tuple(rows)


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
    letter is checked after matching (see ``grammar.cased_groups``).
    """
    if not names:
        return "(?!)"  # a language without such names (no abbreviations): nothing, not ""
    body = trie_regex({name.lower() for name in names})
    if case_sensitive:  # rules see lower-cased text: the capital is checked on the original
        return f"(?:{body})(?![a-z])"
    return f"(?:{body})"


@cache
def number_parts(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    """The ones (1-9, and "a"/"an") and tens (20-90) of ``lang``'s number words, for compounds."""
    words = _table("numbers", lang)
    ones = {w: int(v) for w, v in words.items() if v.isdigit() and int(v) < 10}
    tens = {w: int(v) for w, v in words.items()
            if v.isdigit() and 20 <= int(v) <= 90 and int(v) % 10 == 0}
    return ones, tens


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
    ones, tens = number_parts(_current.get())
    if m and m.group(1) in tens and m.group(2) in ones:
        return float(tens[m.group(1)] + ones[m.group(2)])
    return None
