"""The result type of every normalizer and the small lookups they share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from . import lexicon

__all__ = ["DEIXIS", "MOD_WORDS", "NARRATIVE_YEAR", "Norm", "day_value", "lookup", "mod_of",
           "month_num", "spelled_year", "story_year", "titled_unit", "two_digit_year",
           "underspecified", "unit_code"]


@dataclass(frozen=True, init=False)
class Norm:
    """A normalized expression: TIMEX3 type, value and mod, plus how it was resolved.

    ``placed`` is the day and precision unit (D, W, M, Q, Y...) to remember as narrative context
    for later expressions ("a month later"); ``explicit_year`` marks a year written out in full;
    ``aside`` a look back that is no narrative context at all; ``until`` the value of a
    range's last unit, for one interval from ``value`` to it; ``bounds`` the interval when
    the value is coarser than what was said ("earlier this month": the month's start to the
    anchor).
    """

    type: str
    value: str
    mod: str = ""
    reference: str = "absolute"
    confidence: float = 1.0
    placed: tuple[date, str] | None = None
    explicit_year: int | None = None
    span: tuple[int, int] | None = None
    aside: bool = False  # a look back ("the day before"): not where the story now is
    until: str | None = None  # a range's last day ("August 20-22"): the interval runs to it
    bounds: tuple[date, date] | None = None  # the interval itself, where the value says less

    def __init__(self, type: str, value: str, mod: str = "", reference: str = "absolute",
                 confidence: float = 1.0, placed: tuple[date, str] | None = None,
                 explicit_year: int | None = None, span: tuple[int, int] | None = None,
                 aside: bool = False, until: str | None = None,
                 bounds: tuple[date, date] | None = None) -> None:
        # The fields the generated __init__ would set (tests/core/temporal/test_norm_base.py),
        # written in the instance's dict at once: a frozen dataclass's own sets each through
        # object.__setattr__, three times slower, and every expression makes a Norm or two.
        self.__dict__.update(type=type, value=value, mod=mod, reference=reference,
                             confidence=confidence, placed=placed, explicit_year=explicit_year,
                             span=span, aside=aside, until=until, bounds=bounds)



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


def titled_unit(word: str | None) -> bool:
    """A unit word with a capital of its own ("24 Hours", "This Week"): a title, not a time.

    Not so where the language writes every unit with a capital (German nouns): ``unit`` is then
    in its ``cased.txt``, and the capital says nothing.
    """
    if not word or not word[:1].isupper() or word.isupper():
        return False
    return "unit" not in lexicon.table("cased")


def day_value(d: date) -> str:
    return d.isoformat()



# "of that year", "of the following year": the story's year moved by this many years.
NARRATIVE_YEAR = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1}


def story_year(ctx_near_year: int, words: str) -> int:
    """The year "of that year" / "of the following year" names, from the story's year."""
    return ctx_near_year + NARRATIVE_YEAR.get(" ".join(words.lower().split()), 0)


def underspecified(direction: int) -> str:
    """Vague value for a relative reference that has no anchor to be resolved against."""
    return "PAST_REF" if direction < 0 else "FUTURE_REF" if direction > 0 else "PRESENT_REF"


DEIXIS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0, "last": -1,
           "overnight": -1, "the day before yesterday": -2, "the day after tomorrow": 2,
           "day before yesterday": -2, "day after tomorrow": 2,
           "tmrw": 1, "tomorow": 1, "tommorow": 1, "tommorrow": 1}  # as typed in a date box


def two_digit_year(yy: str, anchor: date | None) -> int:
    y = int(yy)
    pivot = (anchor.year % 100 + 10) if anchor else 30
    return 2000 + y if y <= pivot else 1900 + y


def month_num(word: str | None) -> int | None:
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    v = lookup("months", word.rstrip("."))
    return int(v) if v else None


def spelled_year(words: str) -> int | None:
    t = " ".join(words.lower().replace("-", " ").split())
    if t.startswith("two thousand"):
        rest = t.removeprefix("two thousand").removeprefix(" and").strip()
        return 2000 + int(lexicon.number_value(rest) or 0) if rest else 2000
    m = re.fullmatch(r"nineteen (?:hundred (?:and )?)?(.+)", t)
    if m:
        tail = lexicon.number_value(m.group(1).replace(" ", "-"))
        return 1900 + int(tail) if tail is not None else None
    return None
