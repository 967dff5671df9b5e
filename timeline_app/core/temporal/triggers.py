"""Where in a text each rule can possibly match: the windows around its trigger words.

Running sixty regexes over every character of a long article is what makes a tagger slow. Every
rule names its triggers (``trig=MONTH``, ``trig=UNIT``, ``trig=yesterday+today``): words one of
which any match must contain. One pass over the tokens finds them; each rule then scans only
the merged windows around its triggers, which gives the same matches in a fraction of the time.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from timeline_app.core import native_scan
from timeline_app.core.regex_cache import compile_cached

from . import lexicon

__all__ = ["BEFORE", "AFTER", "index", "trigger_positions", "windows"]

# Widest reach of a match before and after its trigger word (the longest optional prefix is
# "no more than the next twenty-four"; the longest tail "..., on Wednesday, September 18, 2023"),
# plus room for look-behind and look-ahead assertions.
BEFORE = 64
AFTER = 72

_TOKEN = re.compile(r"[^\W\d_]+|\d+")  # runs of letters (of any script) or of digits
# Words of multi-word entries too common to stand for them ("Election Day" -> "election").
_STOP = frozenset("the a an of in to as at on very near day s st new and or".split())
_CLASSES = {"MONTH": "months", "WEEKDAY": "weekdays", "SEASON": "seasons", "UNIT": "units",
            "PART": "parts_of_day", "HOLIDAY": "holidays", "VAGUE": "vague",
            "DECWORD": "decades"}


@cache
def index(lang: str = lexicon.DEFAULT_LANG) -> dict[str, frozenset[str]]:
    """Lower-case word -> the trigger classes it belongs to, in ``lang``."""
    index: dict[str, set[str]] = defaultdict(set)
    for cls, name in _CLASSES.items():
        for row in lexicon.entries(name, lang):
            words = _TOKEN.findall(row[0].lower())
            words = [w for w in words if len(words) == 1 or w not in _STOP]
            if cls == "HOLIDAY":  # "Good Friday": "good", not every Friday of the news
                words = [w for w in words if w.isalpha() and w not in index] or words
            for word in words:
                index[word].add(cls)
                if cls == "WEEKDAY":  # "on Mondays"
                    index[word + "s"].add(cls)
    for word, value in lexicon.table("numbers", lang).items():
        if value.isdigit() and 1 <= int(value) <= 9 and " " not in word and len(word) > 2:
            index[word].add("ONESWORD")
    return {w: frozenset(c) for w, c in index.items()}


@cache
def _finder(ignore_case: bool = False, lang: str = lexicon.DEFAULT_LANG) -> re.Pattern[str]:
    """One regex for every trigger word, so one C-level pass finds them all.

    The lower-case pass reads the text behind one leading space and takes the letter before
    each word as part of the match: a pattern that opens with a character class lets the
    engine skip ahead to the next non-letter in C, instead of trying every position.
    """
    body = lexicon.trie_regex(_words(lang))
    if ignore_case:
        return compile_cached(rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])", re.IGNORECASE)
    return compile_cached(rf"[\W\d_](?:{body})(?![^\W\d_])")  # numbers: see trigger_positions


@cache
def _words(lang: str) -> frozenset[str]:
    """Every trigger word: the classes' words and the rules' own literal triggers."""
    from . import grammar  # the literal trigger words of the rules

    words = set(index(lang))
    for rule in grammar.rules(lang):
        words.update(t for t in rule.triggers if t.islower())
    return frozenset(words)


_NON_LETTER = r"[\x00-\x40\x5b-\x60\x7b-\x7f]"
"""An ASCII character that is no letter: what ``[\\W\\d_]`` takes in ASCII text."""


@cache
def _starts_database(lang: str) -> tuple[native_scan.Database, tuple[int, ...], bool] | None:
    """Hyperscan's patterns for an ASCII trigger word between non-letters; their lengths.

    And whether every trigger word of the language is ASCII. In the text followed by a space,
    each character beyond ASCII read as "?" (a non-letter, and one byte a character), every
    match of :func:`_finder` with an ASCII word is one of them (its end tells where the match
    starts), so the regex need only be tried there (:func:`_finder_matches`).
    """
    words = sorted(w for w in _words(lang) if w.isascii())
    lengths = tuple(len(w) + 2 for w in words)
    database = native_scan.database(
        f"triggers-{lang}", "\n".join(["triggers 2", *words]),
        lambda: {i: f"{_NON_LETTER}{re.escape(w)}{_NON_LETTER}" for i, w in enumerate(words)},
        "")
    if database is None or database.refused:
        return None
    return database, lengths, len(words) == len(_words(lang))


def _finder_matches(finder: re.Pattern[str], padded: str,
                    lang: str) -> list[tuple[str, int]] | None:
    """``finder``'s matches in ``padded`` (the word, its offset), found where Hyperscan says.

    The same as every match of ``finditer``: the regex is tried, left to right and past each
    match's end, at each place a trigger word can start. None where Hyperscan cannot help.
    """
    found = _starts_database(lang)
    if found is None:
        if padded.isascii() and not any(w.isascii() for w in _words(lang)):
            return []  # ("понедельник": no trigger word of the language stands in ASCII text)
        return None
    database, lengths, every_word_ascii = found
    if not every_word_ascii and not padded.isascii():
        return None  # ("märz" is no ASCII word: only ASCII text can do without it)
    ends: list[tuple[int, int]] = []
    if not database.scan(padded.encode("ascii", "replace") + b" ", _note_end, ends):
        return None
    out: list[tuple[str, int]] = []
    reached = 0
    match = finder.match
    for start in sorted({end - lengths[word] for word, end in ends}):
        if start >= reached:
            m = match(padded, start)
            if m is not None:
                reached = m.end()
                out.append((m.group(0)[1:], start))
    return out


def _note_end(word: int, _start: int, end: int, _flags: int, ends: list) -> None:
    ends.append((word, end))


@cache
def _keys(lang: str = lexicon.DEFAULT_LANG) -> dict[str, tuple[str, ...]]:
    """Each trigger word -> the keys it is filed under: itself, then its classes in order."""
    return {word: (word, *sorted(classes)) for word, classes in index(lang).items()}


_DIGITS = re.compile(r"\d+")


def trigger_positions(text: str, lowered: str | None = None,
                      lang: str = lexicon.DEFAULT_LANG) -> dict[str, list[int]]:
    """Trigger class or literal word -> offsets of its occurrences, in text order.

    Numbers give DIGIT, and also DIGIT12, DIGIT3 or DIGIT4 (a run of one or two, three, four
    digits), COLON (followed by ":"), APOS ('90s). ``lowered`` is ``text.lower()`` if the
    caller has it already.
    """
    found: dict[str, list[int]] = defaultdict(list)
    keys = _keys(lang)
    low_text = text.lower() if lowered is None else lowered
    if len(low_text) == len(text):  # case-folding kept every offset: scan the lower-case copy
        # behind a leading space, each match starts at the character before its word: the
        # match's start in the padded text is the word's offset in the text
        finder = _finder(False, lang)
        padded = " " + low_text
        matches = _finder_matches(finder, padded, lang)
        if matches is None:
            matches = [(m.group(0)[1:], m.start()) for m in finder.finditer(padded)]
    else:
        matches = [(m.group(0).lower(), m.start()) for m in _finder(True, lang).finditer(text)]
    for word, pos in matches:
        for key in keys.get(word) or (word,):  # a rule's own trigger word has no class
            found[key].append(pos)
    digit, colon, apos = found["DIGIT"], found["COLON"], found["APOS"]
    by_length = (found["DIGIT12"], found["DIGIT12"], found["DIGIT3"], found["DIGIT4"])
    for m in _DIGITS.finditer(text):
        pos, end = m.span()
        digit.append(pos)
        if end - pos <= 4:
            by_length[end - pos - 1].append(pos)
        if text[end:end + 1] == ":":
            colon.append(pos)
        if pos and text[pos - 1] in "'\u2019":
            apos.append(pos)
    return found


def windows(positions: list[int], size: int, before: int = BEFORE,
            after: int = AFTER) -> list[tuple[int, int]]:
    """Merged ``[p - before, p + after)`` windows around sorted ``positions``, within the text."""
    if not positions:
        return []
    out: list[tuple[int, int]] = []
    gap = before + after  # two windows meet when their words are no further apart than this
    start = previous = positions[0]
    for p in positions:  # sorted
        if p - previous > gap:
            out.append((start - before, previous + after))
            start = p
        previous = p
    out.append((start - before, previous + after))
    if out[0][0] < 0:
        out[0] = (0, out[0][1])
    if out[-1][1] > size:
        out[-1] = (out[-1][0], size)
    return out
