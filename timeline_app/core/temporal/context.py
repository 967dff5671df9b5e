"""Narrative state kept while scanning a text in order: the latest explicit year and date.

HeidelTime resolves news against the document date and narrative against the last mentioned
date; our articles mix both, so bare months and days look here first and fall back on the anchor.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

__all__ = ["Narrative", "sentence_starts"]

_SENTENCE_END = re.compile(r"(?:[.!?][\"')\]\u201d]*\s+(?=[\"'(\u201c]?[A-Z0-9])|\n\s*\n)")
# How far back an explicit year still governs a bare month or day ("In 1948 ... In October").
YEAR_REACH_SENTENCES = 4
DATE_REACH_SENTENCES = 1


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin (a cheap splitter: sentence-final punctuation + capital)."""
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


@dataclass
class Narrative:
    """What the text has said so far about when things happen."""

    starts: list[int]
    years: list[tuple[int, int]] = field(default_factory=list)  # (offset, explicit year)
    # (offset, value, first day, precision unit)
    dates: list[tuple[int, str, date, str]] = field(default_factory=list)

    def sentence(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def note_year(self, pos: int, year: int) -> None:
        self.years.append((pos, year))

    def note_date(self, pos: int, value: str, day: date, unit: str) -> None:
        """Remember a placed date; ``unit`` is its precision (D, W, M, Q, Y...)."""
        self.dates.append((pos, value, day, unit))

    def year_in_reach(self, pos: int) -> int | None:
        """The latest explicit year written within a few sentences before ``pos``."""
        if not self.years:
            return None
        where, year = self.years[-1]
        if self.sentence(pos) - self.sentence(where) <= YEAR_REACH_SENTENCES:
            return year
        return None

    def date_in_reach(
        self, pos: int, reach: int = DATE_REACH_SENTENCES
    ) -> tuple[str, date, str] | None:
        """The latest placed date in this or the previous sentence (for "a month after ...")."""
        if not self.dates:
            return None
        where, value, day, unit = self.dates[-1]
        if self.sentence(pos) - self.sentence(where) <= reach:
            return value, day, unit
        return None
