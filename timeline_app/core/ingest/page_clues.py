"""Dates of the page around an undated article that bound its day of writing without giving it.

A site's copyright year (the page was rendered that year: written then or before) and the full
dates printed in its furniture (lists of other stories, comments): none is the article's date,
and the publication choice rejects them, but an estimate of the day of writing can use them.
They are listed as date candidates of source ``copyright`` and ``listed`` with a score of None;
a date announced as coming ("Next year's festival: 6–7 June 2026") as ``coming``: written before.
"""

from __future__ import annotations

import re
from functools import cache

from .dates import (
    date_of,
    date_pattern,
    month_names,
    month_number,
    short_year_date_of,
    short_year_pattern,
    valid_date,
)
from .tense import clause_tense
from .vocab import entries

__all__ = ["life_label", "page_clues"]

MAX_LISTED = 6
"""Furniture dates listed at most (the latest first): a long archive list adds nothing."""


@cache
def _copyright() -> re.Pattern[str]:
    marks = "|".join(entries("copyright_marks"))
    year = r"(?:19|20)\d\d"
    return re.compile(
        rf"(?:{marks})(?:\s*(?:{marks}))*\s*(?P<first>{year})(?:\s*[-–—/]\s*(?P<last>{year}))?"
        r"(?!\d)",
        re.IGNORECASE,
    )


_OWN_YEAR = re.compile(r",?\s*\d{4}(?!\d)")


_AHEAD = re.compile(r"\b(?:next|upcoming|coming|future)\b", re.IGNORECASE)


@cache
def _span() -> re.Pattern[str]:
    """A month's span of days with the year after ("Week of June 19–25, 2023"): its first day."""
    return re.compile(rf"\b(?P<m>{month_names()})\.?\s+(?P<d>\d{{1,2}})\s*[–-]\s*\d{{1,2}},?"
                      r"\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


@cache
def life_label(kind: str) -> re.Pattern[str]:
    """``born`` or ``died`` (``life_labels.txt``): a line dating a life, not a page."""
    line = next(e for e in entries("life_labels") if e.split(":", 1)[0] == kind)
    return re.compile(line.split(":", 1)[1].strip(), re.IGNORECASE)


def _dates(line: str) -> list:
    """The full dates of a line that lie on or before the day it was printed.

    A year heading a month and day that carry their own year ("Harbour dues frozen for 2024
    Sep 18, 2023") belongs to the words before, not the date. A date the line announces as
    coming is left ("Next year's festival: 6–7 June 2026", "will open on ..."): it may lie years
    after the day of writing (an event's banner of the same season still tells its year).
    """
    if _AHEAD.search(line) or life_label("born").search(line):  # (a birth dates no page)
        return []
    found, at = [], 0
    while (m := date_pattern(glued=True).search(line, at)) is not None:
        if m.group("y5") and _OWN_YEAR.match(line, m.end()):
            at = m.start("m5")
            continue
        if (day := date_of(m)) is not None and clause_tense(line, m.start()) != "plan":
            found.append(day)
        at = m.end()
    if not found and (short := short_year_pattern().fullmatch(line)) is not None \
            and (day := short_year_date_of(short)) is not None:  # a list's "20 February 20"
        found.append(day)
    for m in _span().finditer(line):  # (the pattern above reads only the span's last day)
        if (day := valid_date(int(m["y"]), month_number(m["m"]), int(m["d"]))) is not None:
            found.append(day)
    return found


def page_clues(page_text: str, article_text: str, offered: list[dict]) -> list[dict]:
    """Candidates from ``page_text`` outside ``article_text``: the copyright year, listed dates.

    A date already ``offered`` (a candidate the publication choice refused) is not listed twice.
    """
    seen = {c.get("date") for c in offered}
    out: list[dict] = []
    own = {line.strip() for line in article_text.splitlines() if line.strip()}
    furniture = [line.strip() for line in page_text.splitlines()
                 if line.strip() and line.strip() not in own]
    years = [
        (int(m.group("last") or m.group("first")), line)
        for line in furniture for m in _copyright().finditer(line)
    ]
    if years:
        year, line = max(years)
        out.append({"date": str(year), "source": "copyright", "line": line[:200], "score": None,
                    "why": "the site's copyright year: the page was rendered that year, so the "
                    "article was written then or before (not its publication date)"})
    listed = sorted({(d, line) for line in furniture for d in _dates(line)}, reverse=True)
    listed = [(day, line) for day, line in listed if day.isoformat() not in seen]
    coming = sorted({(d, line) for line in furniture if _AHEAD.search(line)
                     for m in date_pattern(glued=True).finditer(line) if (d := date_of(m))})
    for day, line in coming[:1]:  # the nearest: written before it
        out.append({"date": day.isoformat(), "source": "coming", "line": line[:200],
                    "score": None, "why": "a date the page announces as coming (next year's "
                    "festival): the article was written before it (not its publication date)"})
    for day, line in listed[:MAX_LISTED]:
        out.append({"date": day.isoformat(), "source": "listed", "line": line[:200],
                    "score": None, "why": "a full date in the page's furniture (a list of other "
                    "stories, a comment): near the day of writing, not the article's date"})
    return out
