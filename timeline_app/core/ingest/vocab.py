"""The ingest vocabularies, read once from ``resources/ingest/*.txt``."""

from __future__ import annotations

import re
from functools import cache

from timeline_app.core.resources import read_text

from .phrases import PhraseList

__all__ = ["entries", "pattern", "patterns", "union", "words"]


@cache
def entries(name: str) -> tuple[str, ...]:
    """The non-comment, non-blank lines of ``resources/ingest/NAME.txt``, stripped."""
    lines = (line.strip() for line in read_text("ingest", f"{name}.txt").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def weekdays() -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Each weekday (0 = Monday) with its names in every language of ``weekdays.txt``."""
    return tuple((int(number) - 1, tuple(names))
                 for number, *names in (entry.split() for entry in entries("weekdays")))


@cache
def words(name: str) -> frozenset[str]:
    """A word list, lower-cased."""
    return frozenset(entry.lower() for entry in entries(name))


@cache
def union(*names: str) -> frozenset[str]:
    """Several word lists as one set."""
    return frozenset().union(*(words(name) for name in names))


@cache
def patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """Each line of a pattern file compiled on its own (case-insensitive)."""
    return tuple(re.compile(entry, re.IGNORECASE) for entry in entries(name))


@cache
def pattern(name: str, *, whole_line: bool = False) -> PhraseList:
    """All lines of a pattern file as one case-insensitive alternation (a :class:`PhraseList`).

    ``search``, ``match`` and ``count`` try on each line only the phrases it can hold. With
    ``whole_line`` the alternation must match a whole line (use ``match``).
    """
    return PhraseList(entries(name), whole_line=whole_line)
