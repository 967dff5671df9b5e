"""Which explicit years govern the story: a year that looks back or names a thing does not.

In "The army landed in April 1915 ... Its commander had served since 1898 ... In June the line
broke", June is 1915's: "since 1898" looks back to where a span began, "his 1932 memoir" and
"the 1898 manual" name things. Only a year that says when the story's events happen moves the
year later bare months and seasons take ("the 1883 eruption began on 20 May" does: an event
of the story). The words that tell (bounds, determiners, nouns of events) are data
(``reference.txt``).
"""

from __future__ import annotations

import re

from . import lexicon

__all__ = ["after_bound", "bound_clause", "side_year"]

_NOUN_AFTER = re.compile(r"\s+([^\W\d_A-Z]{3,})\b")
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]\"\u201c\u201d\u2014]")
_WORD = re.compile(r"[^\W\d_]+")
CLAUSE_REACH = 40
"""How far back (characters) a bound word still governs a year in its clause ("since going
public in 1994", "since the plant opened in 2004")."""


def _kind(word: str) -> str | None:
    return lexicon.table("reference").get(word.lower())


def word_before(text: str, start: int) -> str | None:
    r"""The word right before ``start``, spaces between, within 24 characters; else None.

    What ``([^\W\d_]+)\s+$`` finds at the end of those 24 characters (a run of letters,
    digits of no decimal value included, then white space to the end), read from the end
    (a regex search tried each start in the slice: some 2 us a date, twenty thousand dates a
    3 MB run).
    """
    piece = text[max(0, start - 24):start]
    stripped = piece.rstrip()  # (the white space of ``\s``: both are str.isspace)
    if len(stripped) == len(piece):
        return None
    i = len(stripped)
    while i and (c := stripped[i - 1]).isalnum() and not c.isdecimal():
        i -= 1
    return stripped[i:] or None


def after_bound(text: str, start: int) -> bool:
    """True when the date at ``start`` is one end of a span ("since April 1985", "desde 1985").

    It says how long something lasts, not when the news is: no year the story moves to.
    """
    before = word_before(text, start)
    if before is not None and _kind(before) == "bound":
        return True
    return bound_clause(text, start)


def bound_clause(text: str, start: int) -> bool:
    """True when a bound word opens the clause of the date at ``start``, a few words back.

    "its first loss since going public in 1994", "the most since the plant opened in 2004":
    the year says where a span began, as "since 1994" does. No punctuation may come between.
    """
    piece = text[max(0, start - CLAUSE_REACH):start]
    ends = [m.end() for m in _CLAUSE_END.finditer(piece)]
    if ends:
        piece = piece[ends[-1]:]
    return any(_kind(w.group()) == "bound" for w in _WORD.finditer(piece))


def side_year(text: str, start: int, end: int, year_alone: bool) -> bool:
    """True when the year at ``text[start:end]`` is no point of the story.

    ``year_alone``: the expression is a bare year ("1898"), not a date that holds one.
    """
    if after_bound(text, start):
        return True  # "since 1850", "until 1898"
    if not year_alone:
        return False
    before = word_before(text, start)
    if before is None or _kind(before) != "determiner":
        return False
    noun = _NOUN_AFTER.match(text, end)
    return noun is not None and _kind(noun.group(1)) != "event"  # "his 1932 memoir"
