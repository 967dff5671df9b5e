"""Estimates from the dates a page prints that are neither told as past nor as its own date.

When nothing else bounds an undated page (no copyright year, no dated list around it, no date its
text tells as past), what it still prints says when it was written, each in its own way:

- a death's date (an obituary's "Died: 12 January 2024"): a lower bound; a birth's says nothing;
- a photo's dated credit ("Foto: ... – 10.nov.2022/Agency"): the photo was taken before the
  article used it, within a year most likely (a lower bound);
- a date announced as coming ("Next year's festival: 6–7 June 2026", "Próxima edición: 8 de
  marzo de 2026", listed by ingest as ``coming``, or a text line with future wording): written
  before it, within a year; "next year's" puts it in the year before;
- a date its prose names without a tense: background, written after it (within a year);
- the other full dates of its lines (teaser and list heads glued to their text or with a two-digit
  year, a weekly's "Week of", a ticker's "As of", an election's day in a box): written near them,
  within half a year of the latest.

A weekday with a yearless day and no year anywhere ("on Monday (March 4)") still gives nothing:
its calendar fits a year every few, and the latest fitting one before the clock's today would be
a guess that changes with the day the app is run.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from timeline_app.core.ingest.dates import (
    date_of,
    date_pattern,
    short_year_date_of,
    short_year_pattern,
)
from timeline_app.core.ingest.page_clues import life_label
from timeline_app.core.ingest.tense import ahead_markers, told
from timeline_app.core.ingest.vocab import entries, words

__all__ = ["DatedEvidence", "from_page_dates"]

NEAR = timedelta(days=183)
"""How far from the dates it prints (a list's, a ticker's, a box's) a page is taken as written."""
YEAR = timedelta(days=365)

DatedEvidence = tuple[date, date, date, list[str]]
"""(best, begin, end exclusive, reasons)."""


@cache
def _next_year() -> re.Pattern[str]:
    """Words that put a coming date in the year after the writing (``next_year_markers.txt``)."""
    return re.compile("|".join(f"(?:{w})" for w in entries("next_year_markers")), re.IGNORECASE)


def _photo(line: str) -> bool:
    return any(w in words("photo_words") for w in re.findall(r"\w+", line.lower()))


def _line_dates(line: str) -> list[date]:
    """Full dates of a line: glued to the text after them, or with a two-digit year alone."""
    found = [d for m in date_pattern(glued=True).finditer(line) if (d := date_of(m))]
    short = short_year_pattern().fullmatch(line.strip())
    if not found and short is not None and (d := short_year_date_of(short)) is not None:
        found.append(d)
    return found


PROSE_CHARS = 80
"""A line longer than this whose date does not open it is prose, not a box, a list head or a
header: a date it names without a tense is background, before the writing more often than not
("Under the rules of 3 May 2010, ...")."""


def _prose(line: str, day: date) -> bool:
    line = line.strip()
    return len(line) > PROSE_CHARS and not any(
        m.start() == 0 and date_of(m) == day for m in date_pattern(glued=True).finditer(line))


def _coming(line: str) -> bool:
    return bool(ahead_markers().search(line)) or told(line) == "future"


def _line_at(text: str, start: int) -> str:
    return text[text.rfind("\n", 0, start) + 1:(text.find("\n", start) + 1 or len(text) + 1) - 1]


def from_page_dates(text: str, candidates: list[dict], mentioned: list[tuple[date, int]] = (),
                    title: str = "") -> DatedEvidence | None:
    """The range the page's printed dates allow, or None.

    ``mentioned``: the full dates the tagger found in the text (in any language), as ``(day,
    start)``; ``title``: the headline (a listing's first date may be taken for one).
    """
    floors, ceilings, near = [], [], []
    for c in candidates:
        value = str(c.get("date") or "")
        if c.get("source") == "coming" and len(value) == 10:
            ceilings.append((date.fromisoformat(value), str(c.get("line") or "")))
    dated = {(day, line) for line in [title, *text.splitlines()] for day in _line_dates(line)}
    dated |= {(day, _line_at(text, start)) for day, start in mentioned}
    for day, line in sorted(dated):
        if life_label("born").search(line):
            continue  # a birth's date says nothing of the writing
        if life_label("died").search(line):
            floors.append((day, line.strip(), "a death it reports is dated"))
        elif _photo(line):
            floors.append((day, line.strip(), "a photo it shows is dated"))
        elif _coming(line):
            ceilings.append((day, line.strip()))
        elif _prose(line, day):
            floors.append((day, line.strip(), "its prose names"))
        elif told(line) != "past":
            near.append((day, line.strip()))
    reasons = ["no publication date was found on the page"]
    if floors:
        day, line, what = max(floors)
        reasons.append(f"{what} {day.isoformat()} (“{line[:60]}”): written after it, assumed "
                       "within a year")
        return day + timedelta(days=7), day, day + YEAR, reasons
    if ceilings:
        day, line = min(ceilings)
        if _next_year().search(line):
            lo, hi = date(day.year - 1, 1, 1), date(day.year, 1, 1)
            reasons.append(f"it announces {day.isoformat()} as next year's (“{line[:60]}”): "
                           f"written in {day.year - 1}")
            return lo + (hi - lo) / 2, lo, min(hi, day), reasons
        reasons.append(f"it announces {day.isoformat()} as still to come (“{line[:60]}”): "
                       "written before it, assumed within a year")
        return day - YEAR / 2, day - YEAR, day, reasons
    if near:
        day, line = max(near)
        reasons.append(f"the latest date it prints is {day.isoformat()} (“{line[:60]}”): "
                       "written within half a year of it")
        return day, day - NEAR, day + NEAR, reasons
    return None
