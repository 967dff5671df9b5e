"""A wire story's code that carries its day: "© dpa-infocom, dpa:240305-99-123456/3".

An outlet running an agency's copy often prints the story's code at its foot; some agencies
build the code from the day the story was filed (``resources/ingest/wire_codes.txt``: one pattern
a line with groups ``y``, ``m`` and ``d``). No reader takes such a code for the page's date, so it
is no publication date: on a page that shows none it is the estimate's best evidence (listed as a
candidate of source ``wire_code`` with a score of None), the day the outlet ran the story being
that day or the next.
"""

from __future__ import annotations

from . import vocab
from .dates import valid_date

__all__ = ["wire_code_clue"]

TWO_DIGIT_CENTURY = 2000
FOOT_LINES = 8
"""The code is looked for among this many last lines of the article, then of the page."""


def wire_code_clue(*texts: str) -> dict | None:
    """The candidate of the wire code at the foot of the first of ``texts`` that shows one."""
    for text in texts:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        for line in reversed(lines[-FOOT_LINES:]):
            for pattern in vocab.patterns("wire_codes"):
                found = pattern.search(line)
                if found is None:
                    continue
                year = int(found.group("y"))
                year += TWO_DIGIT_CENTURY if year < 100 else 0
                day = valid_date(year, int(found.group("m")), int(found.group("d")))
                if day is not None:
                    return {"date": day.isoformat(), "source": "wire_code", "line": line[:200],
                            "score": None, "why": "a wire story's code, built from the day it "
                            "was filed: the article ran that day or the next (no date the page "
                            "shows a reader)"}  # fmt: skip
    return None
