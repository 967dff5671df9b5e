"""A theme's date badge: one date written over two or three short lines at the head of a post.

Blog and magazine themes stack the date in a box: "Sep 05" over "2011", "05" / "Sep" / "2011",
or the year first, "2018" over "22 Aug". Read line by line, none of those lines is a date; read
together they are the post's stamp.
"""

from __future__ import annotations

import re

from timeline_app.core.model import PublishedSource

from .candidates import DateCandidate
from .dates import date_of, date_pattern

BADGE_LINES = 3
"""A badge spreads its day, month and year over at most this many lines."""
BADGE_CHARS = 12
"""Each of a badge's lines is this short: a number, a month's name, or both."""
_YEAR = re.compile(r"(?:19|20)\d\d")
_PIECE = re.compile(r"[^\W_]{1,9}\.?(?: \d{1,2})?|\d{1,2} [^\W\d_]{3,9}\.?")


def badge_candidate(lines: list[tuple[int, str]], number: int) -> DateCandidate | None:
    """The date of a badge whose first line is ``number``, else None.

    Its lines are consecutive (no blank line between), short, and together make one full date
    (read with the year last, where the badge put it first); no line holds a date of its own.
    """
    pieces: list[str] = []
    for start, line in lines[number : number + BADGE_LINES]:
        piece = line.strip()
        if not piece or len(piece) > BADGE_CHARS or not _PIECE.fullmatch(piece):
            return None
        pieces.append(piece)
        if len(pieces) < 2:
            continue
        year_first = _YEAR.fullmatch(pieces[0]) is not None
        words = pieces[1:] + pieces[:1] if year_first else pieces
        if sum(_YEAR.fullmatch(p) is not None for p in pieces) != 1:
            continue
        joined = " ".join(words)
        match = date_pattern().fullmatch(joined)
        if match is None or (value := date_of(match)) is None:
            continue
        first = lines[number][0] + len(lines[number][1]) - len(lines[number][1].lstrip())
        return DateCandidate(value, PublishedSource.BYLINE, first, start + len(line.rstrip()))
    return None
