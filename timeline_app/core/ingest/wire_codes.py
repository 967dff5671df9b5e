"""A wire story's code that carries its day: "© dpa-infocom, dpa:240305-99-123456/3".

An outlet running an agency's copy often prints the story's code at its foot; some agencies
build the code from the day the story was filed (``resources/ingest/wire_codes.txt``: one pattern
a line with groups ``y``, ``m`` and ``d``). The code is the story's own, not a list's or a
widget's, so it stands as a stamp at the page's foot.
"""

from __future__ import annotations

from timeline_app.core.model import PublishedSource

from . import vocab
from .candidates import DateCandidate
from .dates import valid_date

__all__ = ["wire_code_candidate"]

TWO_DIGIT_CENTURY = 2000


def wire_code_candidate(line: str, offset: int) -> DateCandidate | None:
    """The day a wire code on ``line`` (starting at ``offset`` in the text) carries, if any."""
    for pattern in vocab.patterns("wire_codes"):
        found = pattern.search(line)
        if found is None:
            continue
        year = int(found.group("y"))
        year += TWO_DIGIT_CENTURY if year < 100 else 0
        value = valid_date(year, int(found.group("m")), int(found.group("d")))
        if value is not None:
            start, end = offset + found.start(), offset + found.end()
            why = "a wire story's code, built from the day it was filed"
            return DateCandidate(value, PublishedSource.BYLINE, start, end, why=why)
    return None
