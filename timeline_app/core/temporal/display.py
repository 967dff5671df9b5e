"""Human-readable dates true to their granularity: "18 Oct 2023", "Week 42, 2023", "Summer 2024"."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

from timeline_app.core.model import Granularity, Interval, Mention

__all__ = ["human_date"]

# English names whatever the locale (strftime's %b and %B follow it)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_ABBR = tuple(name[:3] for name in _MONTHS)
_SEASON_CODE = re.compile(r"-(SP|SU|FA|AU|WI)$")
_SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "AU": "Autumn", "WI": "Winter"}
_MODS = {"START": "Early ", "MID": "Mid ", "END": "Late ", "APPROX": "About ", "BEFORE": "Before "}


def _ordinal_century(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} century"


def _day(interval: Interval, value: str) -> str:
    b = interval.begin
    return f"{b.day} {_ABBR[b.month - 1]} {b.year}"


def _week(interval: Interval, value: str) -> str:
    b = interval.begin
    last = interval.end - timedelta(days=1)
    if last.year == b.year:
        return f"Week of {b.day} {_ABBR[b.month - 1]} {b.year}"
    return f"Week of {b.day:02} {_ABBR[b.month - 1]} {b.year}"


def _month(interval: Interval, value: str) -> str:
    b = interval.begin
    return f"{_MONTHS[b.month - 1]} {b.year}"


def _season(interval: Interval, value: str) -> str:
    m = _SEASON_CODE.search(value)
    name = _SEASONS[m.group(1)] if m else "Season"
    return f"{name} {value[:4] if value[:4].isdigit() else interval.begin.year}"


def _quarter(interval: Interval, value: str) -> str:
    b = interval.begin
    return f"Q{(b.month - 1) // 3 + 1} {b.year}"


def _year(interval: Interval, value: str) -> str:
    return str(interval.begin.year)


def _decade(interval: Interval, value: str) -> str:
    return f"{interval.begin.year}s"


def _century(interval: Interval, value: str) -> str:
    return _ordinal_century(interval.begin.year // 100 + 1)


_FORMATS: dict[str, Callable[[Interval, str], str]] = {
    Granularity.DAY: _day,
    Granularity.WEEK: _week,
    Granularity.MONTH: _month,
    Granularity.SEASON: _season,
    Granularity.QUARTER: _quarter,
    Granularity.YEAR: _year,
    Granularity.DECADE: _decade,
    Granularity.CENTURY: _century,
}
"""The display of each granularity; a dict rather than a ``match``, whose cases compare in turn."""


def human_date(mention: Mention) -> str:
    """A short display of where ``mention`` lies, e.g. "Late June 2025"; its value if unplaced."""
    interval, granularity = mention.interval, mention.granularity
    if interval is None or granularity is None:
        return mention.value
    plain = _FORMATS.get(granularity)
    text = plain(interval, mention.value) if plain else interval.begin.isoformat()
    if not mention.mod:  # most mentions
        return text
    prefix = _MODS.get(mention.mod, "")
    if not prefix:
        return text
    if text.startswith("Week of"):  # "Early in the week of 16 Oct 2023"
        return f"{prefix}in the w{text[1:]}"
    return prefix + text
