"""A date a page offers as its own, and where it stands: what pubdate finds and pubscore ranks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from timeline_app.core.model import PublishedSource

from . import vocab

__all__ = ["DateCandidate", "date_labels"]


@cache
def date_labels() -> dict[str, str]:
    """Labels that introduce a date ("published", "last updated") and their kind."""
    return {" ".join(e.split()[:-1]).lower(): e.split()[-1] for e in vocab.entries("date_labels")}


@dataclass(frozen=True, slots=True)
class DateCandidate:
    """A date found in a text: the date, its kind, and ``[start, end)`` of what announced it.

    ``lines_above`` counts the lines of four words or more above it (0: above the headline);
    ``context`` says where it stands when that speaks against it (``footer``, ``quoted``,
    ``related``, ``after_prose``); ``line`` is the line as written, for the anchor report.
    """

    value: date
    source: PublishedSource
    start: int
    end: int
    label: str = ""
    precision: str = "day"
    line: str = ""
    lines_above: int = 1
    context: str = ""
    why: str = ""
    year_inferred: bool = False
    other_reading: date | None = None
    """The other order's date of a slashed "04/05/2023" that nothing on its line settles."""
    prose_above: int = 0
    """Lines of the article's prose above it (a stamp below them heads no article here)."""

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def __iter__(self) -> Iterator[object]:
        """Unpacks as ``(date, source, span)``."""
        return iter((self.value, self.source, self.span))

    @property
    def is_update(self) -> bool:
        return date_labels().get(self.label) == "update"
