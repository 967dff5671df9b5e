"""Vetoes applied to raw matches before they compete: the false alarms a pattern alone lets in.

"May" the modal and "March" the verb, counts that look like years ("2000 people", "$1999"),
house numbers and flight numbers. A guard sees the text around the match, never the anchor.
"""

from __future__ import annotations

import re
from functools import cache

from timeline_app.core.regex_needs import compile_fast

from . import lexicon

__all__ = ["GUARDS"]

_PREP = compile_fast(
    r"(?:\b(?:in|since|by|until|till|of|from|to|through|during|early|late|mid|last|next|this|"
    r"that|before|after|around|between|and|or|each|every|for|on|throughout|in\s+early|"
    r"in\s+late)\s*-?\s*|-)$",
    re.IGNORECASE,
)
_AMBIGUOUS_MONTHS = frozenset({"may", "march"})
_NAME_AFTER = re.compile(r"^\s+(?-i:[A-Z][a-z])")


def month_guard(text: str, start: int, end: int) -> bool:
    """A bare month: "May"/"March" need a preposition before; none may start a proper name."""
    word = text[start:end].split()[-1].lower()
    left = text[max(0, start - 16):start]
    has_prep = bool(_PREP.search(left))
    if word in _AMBIGUOUS_MONTHS and not has_prep:
        return False
    if not has_prep and _NAME_AFTER.match(text[end:end + 3]):
        return False  # "August Wilson", "June Carter"
    return True


_BAD_LEFT = compile_fast(
    r"(?:[$#\u00a3\u20ac]\s*|[,.:/]|\d[-\u2013]|\bNo\.\s*|\b(?:page|pages|pp\.|room|flight|route|apollo|"
    r"version|model|number|windows|office|highway|interstate|exit|suite|box|code|tel|phone|fax|"
    r"vol\.|volume|chapter|article|section|rule|resolution|paragraph)\s+)$",
    re.IGNORECASE,
)
_YEAR_RANGE = compile_fast(r"\b(?:1\d|20)\d\d\s*[-\u2013]\s*$")  # "1914-1918", "1861\u20131865"
# "in 1997 elections", "and 1997 elections": a year used as a modifier, not a count.
_LIST_BEFORE = compile_fast(r"\b(?:in|since|by|of|from|to|until|and|or|during|after|before)\s+$",
                          re.IGNORECASE)
_DETERMINER_BEFORE = compile_fast(r"\b(?:the|its|their|his|her|our)\s+$", re.IGNORECASE)
_COUNT_NOUNS = frozenset(
    "people men women children troops soldiers police personnel staff feet metres meters miles "
    "kilometers kilometres tons tonnes pounds acres units points votes seats workers jobs "
    "cars vehicles barrels shares employees residents civilians refugees members".split()
)
_NOT_PLURAL = frozenset(
    "was has is as its this his plus thus whereas always perhaps across unless less towards "
    "afterwards besides hers ours yours whereas".split()
)
_RIGHT_WORD = re.compile(r"^\s+([a-z]+)")
_RANGE_AFTER = re.compile(r"\s*[-\u2013]\s*(?:1\d|20)\d\d\b")  # "(1618\u20131648)": a span of years
_HISTORY_CUE = compile_fast(
    r"\b(?:in|since|by|until|till|of|from|to|year|around|circa|c\.|before|after|during|early|"
    r"late|mid|the|and|between|about|fiscal|AD|BC|through|ca\.|ca)\s*-?\s*$",
    re.IGNORECASE,
)
_FUTURE_CUE = compile_fast(r"\b(?:in|by|until|till|to|through|before|after|from|of|year|around|"
                           r"circa|beyond)\s+$", re.IGNORECASE)
_FOUR_DIGITS = re.compile(r"\d{4}")
_LETTER = re.compile(r"[A-Za-z]")
_RIGHT_BAD = re.compile(
    r"^(?:\s*(?:GMT|UTC|hours|hrs|[A-Z]{2}T)\b|[-\u2013](?!(?:1\d|20)\d\d\b)\d{3,}|:\d|\.\d|,\d{3})"
)


def year_guard(text: str, start: int, end: int) -> bool:
    """A bare four-digit year, not a count, amount, code or clock reading."""
    token = text[start:end]
    digits = _FOUR_DIGITS.search(token)
    if digits is None:
        return True
    year = int(digits.group(0))
    if _LETTER.search(token):  # "fiscal 1989", "mid-1996": the words vouch for it
        return not _BAD_LEFT.search(text[max(0, start - 20):start])
    left = text[max(0, start - 20):start]
    if _BAD_LEFT.search(left) and not _YEAR_RANGE.search(left):
        return False
    right = text[end:end + 24]
    if _RIGHT_BAD.match(right):
        return False
    word = _RIGHT_WORD.match(right)
    if word and not _LIST_BEFORE.search(left):
        w = word.group(1)
        named = (_DETERMINER_BEFORE.search(left) is not None and 1900 <= year <= 2099
                 and year % 100 != 0 and w not in _COUNT_NOUNS)
        if not named and (w in _COUNT_NOUNS
                          or (w.endswith("s") and len(w) > 3 and w not in _NOT_PLURAL)):
            return False  # "2000 troops"; but "the 1992 protests" names them by their year
    if year > 2099 and token == digits.group(0) and not _FUTURE_CUE.search(left):
        return False  # "2150 members" is a count; "until 2105" a year
    if left.endswith("(") and right.startswith(")"):
        return True  # "Waterloo (1815)": a year told in passing
    if (year < 1900 and token == digits.group(0) and not _HISTORY_CUE.search(left)
            and not _YEAR_RANGE.search(left) and not _RANGE_AFTER.match(right)):
        return False
    return True


_RANGE_HEAD = compile_fast(
    r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*|\s+and\s+)$")


def range_guard(text: str, start: int, end: int) -> bool:
    """The "20" of "Oct. 18-20" only after a month and day (not a score, page or "1914-18")."""
    return bool(_RANGE_HEAD.search(text, max(0, start - 20), start))


_DOM_RIGHT = re.compile(
    r"^(?:\s*(?:[,.;:!?)]|$)|\s+(?-i:[A-Z])|\s+(?:and|when|at|in|after|before|the|a|an|he|she|"
    r"they|it|was|were|had|but|as|with|while|to|through|until|till)\b|\s+[a-z]+ed\b)"
)


def dom_guard(text: str, start: int, end: int) -> bool:
    """"on the 18th" is a day of the month only when no noun follows ("the 18th hole")."""
    return bool(_DOM_RIGHT.match(text[end:end + 16]))


_AGE_BEFORE = compile_fast(r"\b(?:in|into)\s+(?:his|her|their|its|my|your|our)\s+$", re.IGNORECASE)


_MEASURE_BEFORE = compile_fast(r"\b(?:temperatures?|highs?|lows?|degrees|scores?|mph|speeds?)\b",
                               re.IGNORECASE)
_SHORT_DECADE = re.compile(r"(?<!\d)\d0'?s$")  # "the 90s", "the '90s", not "the 1990s"


def decade_guard(text: str, start: int, end: int) -> bool:
    """"in their late nineties" is an age, not a decade; "highs in the 90s" a temperature."""
    if _AGE_BEFORE.search(text, max(0, start - 24), start):
        return False
    return not (_SHORT_DECADE.search(text, start, end)
                and _MEASURE_BEFORE.search(text, max(0, start - 40), start))


_SENTENCE_OPEN = compile_fast(r"(?:^|[.!?:]\s*[\"'\u201c\u2018`]*\s*|\n\s*[\"'\u201c`]*)$")
_DISCOURSE_NOW = re.compile(r"^(?:\s*,|\s+for\b)", re.IGNORECASE)


def vague_guard(text: str, start: int, end: int) -> bool:
    """Vague words that are no time here.

    "the future Marquis of Pombal" (an adjective before a name); the discourse "Now," and
    "Now for the weather" opening a sentence.
    """
    word = text[start:end].lower()
    if word.endswith("future"):
        return not _NAME_AFTER.match(text[end:end + 3])
    if word == "now":
        left = text[max(0, start - 8):start]
        if _SENTENCE_OPEN.search(left) and _DISCOURSE_NOW.match(text[end:end + 6]):
            return False
    return True


# "Bloody Sunday", "Black Tuesday", "Super Tuesday": a named event, not a day of the week.
_DAY_NAME_BEFORE = re.compile(
    r"\b(?-i:Bloody|Black|Super|Ash|Palm|Holy|Shrove|Cyber|Maundy|Whit|Low|Plough|Orange|Blue)\s+$"
)
# "the Easter Rising", "the Tet Offensive": a holiday or day starting a proper name.
_NAME_RIGHT = re.compile(r"^\s+(?-i:[A-Z][a-z]+)\b(?!\s+\d)")
_FUNCTION_WORDS = frozenset(
    "on in since until till by early late mid last next this that from to and or of the during "
    "through before after around about until".split()
)


def _weekday_names() -> frozenset[str]:
    """The current language's full weekday names, lower-cased."""
    return _full_names("weekdays", lexicon.current())


@cache
def _full_names(name: str, lang: str) -> frozenset[str]:
    return frozenset(row[0].lower() for row in lexicon.entries(name, lang)
                     if len(row) > 2 and row[2] == "full")


def named_day_guard(text: str, start: int, end: int) -> bool:
    """No weekday or holiday inside a name: "Bloody Sunday", "the Easter Rising"."""
    if _DAY_NAME_BEFORE.search(text, max(0, start - 12), start):
        return False
    token = text[start:end]
    weekdays = _weekday_names()
    if token.split()[-1].lower() in weekdays:
        return True  # "his Sunday Mass" is that Sunday
    if token[-1:].isalpha() and _NAME_RIGHT.match(text[end:end + 16]):
        word = _NAME_RIGHT.match(text[end:end + 16]).group(0).strip().lower()  # type: ignore[union-attr]
        return word in _FUNCTION_WORDS or word in weekdays
    return True


_CAPITAL_WORD_BEFORE = re.compile(r"(?<=[a-z,;] )(?-i:[A-Z][a-z]+)\s+$")


def named_month_guard(text: str, start: int, end: int) -> bool:
    """"the Long March of 1934": March or May after a capitalized word inside a sentence."""
    first = text[start:end].split()[0].lower()
    if first not in _AMBIGUOUS_MONTHS:
        return True
    m = _CAPITAL_WORD_BEFORE.search(text, max(0, start - 20), start)
    return m is None or m.group(0).strip().lower() in _FUNCTION_WORDS


_EARLY_YEAR_BEFORE = re.compile(r"\b(?:in|since|until|by|around|about|circa)\s$", re.IGNORECASE)


def early_year_guard(text: str, start: int, end: int) -> bool:
    """A three-digit year needs a preposition right before it ("in 985", "until 732")."""
    return bool(_EARLY_YEAR_BEFORE.search(text, max(0, start - 7), start))


def daily_paper_guard(text: str, start: int, end: int) -> bool:
    """"the Communist Party daily Granma": a newspaper, not a frequency."""
    return not _NAME_AFTER.match(text[end:end + 3])


_FRACTION_BEFORE = re.compile(r"\b(?:by|about|nearly|roughly|almost|some|than)\s+$", re.IGNORECASE)


def fraction_guard(text: str, start: int, end: int) -> bool:
    """"fell by about a quarter", "a quarter of the vote": a share, not three months."""
    token = text[start:end].lower()
    if not token.endswith(("a quarter", "one quarter", "three quarters")):
        return True
    if text[end:end + 4].lower() == " of ":
        return False
    return not (_FRACTION_BEFORE.search(text, max(0, start - 10), start)
                or token.split()[0] in ("about", "nearly", "roughly", "almost", "some"))


def sentence_start_guard(text: str, start: int, end: int) -> bool:
    """Only at the start of a sentence ("The summer had been dry.")."""
    before = text[max(0, start - 4):start].rstrip(" \t\"'\u201c")
    return not before or before[-1] in ".!?\n"


GUARDS = {"month": month_guard, "year": year_guard, "range": range_guard, "dom": dom_guard,
          "decade": decade_guard, "vague": vague_guard, "named_day": named_day_guard,
          "named_month": named_month_guard, "early_year": early_year_guard,
          "daily_paper": daily_paper_guard, "fraction": fraction_guard,
          "sentence_start": sentence_start_guard}
