"""An estimate of an undated article's day of writing from its page, when its text dates nothing.

Ingest lists what the page shows around the article (``copyright`` and ``listed`` candidates,
:mod:`timeline_app.core.ingest.page_clues`); the text gives yearless days ("May 14", "Monday
(March 4)"). A copyright year says the page was rendered that year; a yearless day with its
weekday fits only some years, and the one nearest the page's year is taken; dates listed around
the article (other stories, comments) put it near them. With the year known, the yearless days
told as past or as still to come (:func:`timeline_app.core.ingest.tense.told`, words in
``resources/ingest/tense_markers.txt``; a day's own clause first, ``clause_tense``) narrow the
range. When none of that is there, the dates the page prints do (:mod:`.page_dates`). A wire
code's day of filing at the page's foot says more than any of it (:func:`filed_estimate`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from timeline_app.core.ingest.dates import valid_date
from timeline_app.core.ingest.page_clues import life_label
from timeline_app.core.ingest.stamps import is_field_line
from timeline_app.core.ingest.tense import clause_tense, told
from timeline_app.core.ingest.vocab import weekdays
from timeline_app.core.model import AnchorSource, ArticleAnalysis, Mention
from timeline_app.core.reconcile.page_dates import from_page_dates

__all__ = ["PageEstimate", "filed_estimate", "page_estimate"]

LISTED_REACH = timedelta(days=183)
"""How far from the dates listed around it an article is assumed written (half a year)."""
WEEKDAY_YEARS = 6
"""Years before the page's year searched for one whose calendar fits a yearless weekday date."""
NEWS_LAG = timedelta(days=7)
"""How soon after the latest happening told as past a page is most likely written."""
WEEKDAY_GAP = 3
"""Characters at most between a weekday and the yearless date it names ("Monday (March 4)")."""

_DAY = re.compile(r"^XXXX-(\d\d)-(\d\d)$")
_RESOLVED_DAY = re.compile(r"^\d{4}-(\d\d)-(\d\d)$")
_WEEKDAY_VALUE = re.compile(r"^XXXX-WXX-([1-7])")
_YEAR_WRITTEN = re.compile(r"(?<!\d)\d{4}(?!\d)|['’]\d\d(?!\d)")


@dataclass(frozen=True, slots=True)
class PageEstimate:
    best: date
    begin: date
    end: date
    """Exclusive."""
    reasons: list[str]


@cache
def _weekday_names() -> dict[str, int]:
    return {name: number for number, names in weekdays() for name in names}


def _sentence(text: str, m: Mention) -> str:
    if text[m.start:m.end] != m.text:
        return ""
    start = max(text.rfind(".", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    stops = [i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i >= 0]
    return text[start:min(stops) if stops else len(text)]


def _told(text: str, m: Mention) -> str | None:
    """``past``, ``future`` or None (neither, or both) for the sentence of ``m``."""
    return told(_sentence(text, m))


def _own_clause(text: str, m: Mention) -> str | None:
    """``past`` or ``future`` as the clause just before ``m`` says, when it does.

    "... will close for six weeks after engineers found cracks during an inspection on Tuesday
    (February 13)": the sentence has both, the day's own clause tells it as past.
    """
    if text[m.start:m.end] != m.text:
        return None
    return {"event": "past", "plan": "future"}.get(clause_tense(text, m.start))


def _weekday(text: str, m: Mention, mentions: list[Mention]) -> int | None:
    """The weekday (0 = Monday) a yearless date is said to fall on, in it or just before it."""
    named = _named_weekday(m.text)
    if named is not None:
        return named
    for other in mentions:
        if 0 <= m.start - other.end <= WEEKDAY_GAP:
            hit = _WEEKDAY_VALUE.match(other.value)
            named = int(hit.group(1)) - 1 if hit else _named_weekday(other.text)
            if named is not None:
                return named
    return None


def _named_weekday(words: str) -> int | None:
    names = _weekday_names()
    return next((names[w] for w in re.findall(r"\w+", words.lower()) if w in names), None)


def _yearless_days(analysis: ArticleAnalysis, mentions: list[Mention]
                   ) -> list[tuple[Mention, int, int]]:
    """The days the text names without a year, as ``(mention, month, day)``.

    Analysed with an estimate as its anchor, the text's yearless days carry the estimate's year
    (resolved against the ``anchor``): they are read without it, or the estimate would feed on
    itself. One resolved against the story's last named month or year ("Februar 2023 ... am
    Freitag, 22. März") is yearless too. A weekday alone ("Monday", no day number) names no day
    of its own, nor does a holiday's name: yearless, "Easter" carries the day of whatever year it
    was resolved in, and a movable feast falls elsewhere in the page's year.
    """
    estimated = analysis.anchor.source == AnchorSource.ESTIMATED
    out = []
    for m in mentions:
        if (hit := _DAY.match(m.value)) is not None and any(c.isdigit() for c in m.text):
            out.append((m, int(hit.group(1)), int(hit.group(2))))
        elif estimated and m.reference == "anchor" and any(c.isdigit() for c in m.text) \
                and (hit := _RESOLVED_DAY.match(m.value)) is not None:
            out.append((m, int(hit.group(1)), int(hit.group(2))))
        elif m.reference == "narrative" and any(c.isdigit() for c in m.text) \
                and not _YEAR_WRITTEN.search(m.text) \
                and (hit := _RESOLVED_DAY.match(m.value)) is not None:
            out.append((m, int(hit.group(1)), int(hit.group(2))))  # (its year is the story's)
    return out


def _page_year(analysis: ArticleAnalysis) -> tuple[int | None, list[date]]:
    """The page's copyright year, and the full dates it shows around the article.

    Those dates are listed, or refused as its publication date, on a page that leaves the
    article undated.
    """
    copyright_years, listed = [], []
    for c in analysis.article.date_candidates:
        value = str(c.get("date") or "")
        if c.get("source") == "copyright" and value.isdigit():
            copyright_years.append(int(value))
        elif c.get("source") == "listed" or (c.get("score") is not None and len(value) == 10):
            listed.append(date.fromisoformat(value))  # (a date the page's choice refused)
    return (max(copyright_years) if copyright_years else None), sorted(listed)


YEAR = timedelta(days=365)


def _from_dated_past(text: str, mentions: list[Mention], reasons: list[str]
                     ) -> PageEstimate | None:
    """A year from the latest full date the text tells as past.

    In any language of the tense markers (the English-only reading of
    :func:`.anchor_evidence.latest_past` found none).
    """
    past = [m for m in mentions if m.reference == "absolute" and m.interval is not None
            and m.interval.days <= 1 and _told(text, m) == "past"]
    if not past:
        return None
    latest = max(past, key=lambda m: m.interval.begin)  # type: ignore[union-attr]
    lo = latest.interval.begin  # type: ignore[union-attr]
    reasons.append(f"it tells of {latest.text.strip()} ({lo.isoformat()}) as past: written "
                   "after it, assumed within a year")
    return PageEstimate(lo + NEWS_LAG, lo, lo + YEAR, reasons)


def _background(text: str, mentions: list[Mention], *, bare_years: bool = True
                ) -> Mention | None:
    """The latest month or year the text names in full and does not tell as still to come.

    A page that names "February 2023" or "in 2018" as its story's background was written after
    it began ("Sunday, March 10" with it falls in the next year that fits): the reference year
    of a page with no copyright, no dated list and no day told as past. Full days are left to
    :mod:`.page_dates`, which knows a birth's from a death's. A bare year may be part of a name
    ("the 2016 accord"): without ``bare_years`` it counts only in words ("в 2018 году").
    """
    named = [m for m in mentions if m.reference == "absolute" and m.interval is not None
             and 1 < m.interval.days <= 366 and _told(text, m) != "future"
             and _own_clause(text, m) != "future" and not _life_or_field(text, m)
             and (bare_years or not m.text.strip().isdigit())]
    return max(named, key=lambda m: m.interval.begin, default=None)  # type: ignore[union-attr]


def _life_or_field(text: str, m: Mention) -> bool:
    """Whether ``m`` stands on a line dating a life or another thing ("Born: May 1941")."""
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    line = text[start:end if end >= 0 else len(text)]
    return is_field_line(line) or any(life_label(kind).search(line) for kind in ("born", "died"))


def _from_printed(analysis: ArticleAnalysis, mentions: list[Mention]) -> PageEstimate | None:
    """What the dates the page prints allow when nothing above does (:mod:`.page_dates`)."""
    text = analysis.article.text
    full = [(m.interval.begin, m.start) for m in mentions if m.reference == "absolute"
            and m.interval is not None and m.interval.days <= 1
            and text[m.start:m.end] == m.text]
    found = from_page_dates(text, analysis.article.date_candidates, full,
                            analysis.article.title or "")
    return PageEstimate(*found) if found else None


FILED_REACH = timedelta(days=2)
"""A wire story is run on the day it was filed or the next (a portal's morning edition)."""


def filed_estimate(analysis: ArticleAnalysis) -> PageEstimate | None:
    """The day a wire code at the page's foot was filed, and the next (``wire_code``).

    The code is machine-written from the day the agency filed the story: no date a reader sees,
    so no publication date, but nothing in the text or among related articles says more.
    """
    for c in analysis.article.date_candidates:
        if c.get("source") == "wire_code":
            day = date.fromisoformat(str(c["date"]))
            reasons = ["no publication date was found on the page",
                       f"its wire code “{c.get('line', '')}” was built from the day the story "
                       f"was filed ({day.isoformat()}): run that day or the next"]
            return PageEstimate(day, day, day + FILED_REACH, reasons)
    return None


def page_estimate(analysis: ArticleAnalysis, story: date | None = None) -> PageEstimate | None:
    """The range of the day of writing the page's own evidence allows, or None.

    ``story``: the median date of related articles, a reference year when the page shows none.
    """
    text = analysis.article.text
    mentions = sorted(analysis.mentions, key=lambda m: m.start)
    copyright_year, listed = _page_year(analysis)
    reasons = ["no publication date was found on the page"]
    yearless = _yearless_days(analysis, mentions)
    ref = copyright_year or (listed[-1].year if listed else story.year if story else None)
    background = None
    if ref is None:
        found = _from_dated_past(text, mentions, reasons) or _from_printed(analysis, mentions)
        background = None if found else _background(text, mentions)
        if background is None:
            return found
        ref = background.interval.begin.year  # type: ignore[union-attr]
    lo = hi = None
    near_listed = False
    for m, month, day in yearless:
        weekday = _weekday(text, m, mentions)
        if weekday is None:
            continue
        years = (range(ref, ref + 2) if background  # (written after the year it names)
                 else range(ref - WEEKDAY_YEARS, ref + (1 if copyright_year else 2)))
        fits = [y for y in years if (d := valid_date(y, month, day)) and d.weekday() == weekday]
        if fits:
            year = min(fits, key=lambda y: (abs(y - ref), -y))
            lo, hi = date(year, 1, 1), date(year, 12, 31)
            reasons.append(f"“{m.text.strip()}” falls on that weekday in {year}, the fitting "
                           f"year nearest the page's ({ref})")
            break
    if lo is None and background is not None:  # (no weekday settled the year)
        background = _background(text, mentions, bare_years=False)
        if background is None:
            return None
        lo = background.interval.begin  # type: ignore[union-attr]
        hi = background.interval.end + YEAR - timedelta(days=1)  # type: ignore[union-attr]
        reasons.append(f"it names {background.text.strip()} and nothing as still to come after "
                       "it: written after its start, assumed within a year of its end")
    by_copyright = lo is None and copyright_year is not None
    if by_copyright:
        lo, hi = date(copyright_year, 1, 1), date(copyright_year, 12, 31)
        reasons.append(f"the site's copyright notice names {copyright_year}: the page was "
                       "rendered that year, and the article is taken as written then")
    elif lo is None and listed:
        lo, hi = listed[-1] - LISTED_REACH, listed[-1] + LISTED_REACH
        near_listed = True
        reasons.append(f"the page lists other dated items up to {listed[-1].isoformat()}: the "
                       "article is taken as written within half a year of them")
    elif lo is None and story is not None:
        return None  # related articles alone are the existing estimate's evidence
    assert lo is not None and hi is not None
    floor = ceiling = None
    for m, month, day in yearless:
        told = _own_clause(text, m) or _told(text, m)
        when = next((d for y in range(lo.year, hi.year + 1)
                     if (d := valid_date(y, month, day)) and lo <= d <= hi), None)
        if when is None or told is None:
            continue
        if told == "past" and (floor is None or when > floor[0]):
            floor = (when, m.text.strip())
        elif told == "future" and (ceiling is None or when < ceiling[0]):
            ceiling = (when, m.text.strip())
    if floor and ceiling and floor[0] > ceiling[0]:
        floor = ceiling = None  # the text's tenses disagree: the year alone holds
    if floor:
        lo = floor[0]
        reasons.append(f"it tells of {floor[1]} ({lo.isoformat()}) as past: written after it")
    if ceiling:
        hi = ceiling[0]
        reasons.append(f"it tells of {ceiling[1]} ({hi.isoformat()}) as still to come: "
                       "written by then")
    if floor:
        best = min(lo + NEWS_LAG, hi)
    elif ceiling:
        best = max(hi - NEWS_LAG, lo)
    elif near_listed:
        best = listed[-1]
    else:
        best = lo + (hi - lo) / 2
    if by_copyright and not floor and not ceiling:
        lo = date(lo.year - 1, 1, 1)
        reasons.append("nothing in the text narrows it: the year before stays in the range (a "
                       "site's notice may be renewed after its articles were written)")
    return PageEstimate(best, lo, hi + timedelta(days=1), reasons)
