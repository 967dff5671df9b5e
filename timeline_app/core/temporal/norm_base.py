"""The result type of every normalizer and the small lookups they share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from . import lexicon

__all__ = ["Norm", "MOD_WORDS", "day_value", "lookup", "mod_of", "unit_code", "underspecified"]


@dataclass(frozen=True)
class Norm:
    """A normalized expression: TIMEX3 type, value and mod, plus how it was resolved.

    ``placed`` is the day and precision unit (D, W, M, Q, Y...) to remember as narrative context
    for later expressions ("a month later"); ``explicit_year`` marks a year written out in full.
    """

    type: str
    value: str
    mod: str = ""
    reference: str = "absolute"
    confidence: float = 1.0
    placed: tuple[date, str] | None = None
    explicit_year: int | None = None
    span: tuple[int, int] | None = None


# Adverbial modifiers in the rules' {MOD}-like groups that are not in modifiers.txt.
MOD_WORDS = {
    "early": "START", "earlier": "START", "late": "END", "later": "END",
    "the end of": "END", "by the end of": "END", "the beginning of": "START",
    "the middle of": "MID", "the rest of": "END",
}


def lookup(name: str, word: str | None) -> str | None:
    """Value of ``word`` in lexicon ``name`` (case and inner spacing ignored)."""
    if not word:
        return None
    return lexicon.table(name).get(" ".join(word.lower().split()))


def mod_of(word: str | None) -> str:
    """TIMEX3 mod for an early/mid/late-like word ('' if none)."""
    if not word:
        return ""
    key = " ".join(word.lower().split()).rstrip("-").strip()
    return lookup("modifiers", key) or lookup("modifiers", key + "-") or MOD_WORDS.get(key, "")


def unit_code(word: str | None) -> str | None:
    """TIMEX3 unit code of a unit word ('years' -> 'Y')."""
    return lookup("units", word)


def day_value(d: date) -> str:
    return d.isoformat()


_WORDISH = re.compile(r"[A-Za-z]")


def underspecified(direction: int) -> str:
    """Vague value for a relative reference that has no anchor to be resolved against."""
    return "PAST_REF" if direction < 0 else "FUTURE_REF" if direction > 0 else "PRESENT_REF"
