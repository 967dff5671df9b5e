"""Reading dates as news pages write them ("2023-10-19", "Oct. 18, 2023", "/2023/10/18/").

Plain regular expressions built from ``resources/ingest/months.txt``; nothing here knows today's
date, and impossible dates (February 30, years outside 1900-2100) are never returned.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from . import vocab

__all__ = [
    "TIME",
    "WEEKDAY",
    "date_from_url",
    "date_pattern",
    "date_of",
    "full_year",
    "is_numeric",
    "month_names",
    "names_a_day",
    "month_number",
    "numeric_order_unsettled",
    "other_reading",
    "parse_date",
    "short_year_date_of",
    "short_year_pattern",
    "valid_date",
    "year_month_from_url",
]

WEEKDAY_ABBREVIATIONS = (
    "mon", "tue", "tues", "weds", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)  # fmt: skip
"""English weekdays as bylines shorten them ("Tue, June 3rd 2025", "Thurs 16/05/2024")."""
WEEKDAY = rf"(?:{'|'.join(WEEKDAY_ABBREVIATIONS)})(?:day|nesday|sday|urday|r?s?day)?\.?"
TIME = (
    r"(?:\d{1,2}(?:[:.]\d{2}){1,2}(?:\.\d+)?\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)"
    r"(?:\s*(?:(?-i:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|(?-i:[A-Z]{2,5})(?![a-z])|[+-]\d{2}:?\d{2}))?"
)


@cache
def _months() -> dict[str, int]:
    names: dict[str, int] = {}
    for entry in vocab.entries("months"):
        number, *words = entry.split()
        names.update((word.lower(), int(number)) for word in words)
    return names


def month_names() -> str:
    """The month names and abbreviations as one regex alternation, longest first."""
    return "|".join(sorted(_months(), key=len, reverse=True))


@cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names (``months.txt``, ``weekdays.txt``), lower-case, without a dot.

    A word that opens a "place" yet names a day ("Monday, May 3 -") is no city.
    """
    weekdays = {name.lower() for _number, names in vocab.weekdays() for name in names}
    return frozenset({name.rstrip(".") for name in _months()} | weekdays)


def names_a_day(place: str) -> bool:
    """Whether what stands where a place would ("Monday", "Tue", "March") names a day or month.

    A weekday's short form counts alone only ("Tue, June 3rd 2025 at 5:47 PM"): "Sun City" is a
    place.
    """
    words = place.lower().split()
    first = words[0].rstrip(".") if words else ""
    return first in calendar_words() or (len(words) == 1 and first in WEEKDAY_ABBREVIATIONS)


_GLUED = (
    r"|(?<=[a-z])(?-i:(?=[A-Z][a-z]))|(?<=[^\W\d_])(?=\d\d?(?P<gs>[-.])\d\d?(?P=gs)\d{4})"
    r"|(?<=[\uac00-\ud7a3])(?=\d{4}[./-]\d)"
)
"""A date glued to the word before it, in a byline: "By AgencyTuesday, May 4, 2021",
"Outlet12-01-2024", "Иван Петров03.10.2025" (the date then starts with a capital, or is a
day-first numeric date after a letter of any script),
"수정2022.03.08." (a year-first date after a Korean label, a script without capitals)."""


@cache
def date_pattern(glued: bool = False) -> re.Pattern[str]:
    """Full dates; with ``glued``, also dates stuck to the word before them (for short lines)."""
    month = month_names()
    iso = (  # ("2019. 5. 21.": Korean pages space the dots)
        r"(?P<y1>\d{4})(?P<s1>[-/]|\.\s?)(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2})(?:[T ]" + TIME + ")?"
    )
    # ("09-Mar-2024": a score site's day, month and year joined by hyphens)
    dmy = (
        rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|(?P<h2>-))(?P<m2>{month})\.?"
        r"(?(h2)-|,?\s+)(?P<y2>\d{4})"
    )
    mdy = (  # ("Feb.8, 2024": a wire's month glued to the day by its dot; "Mar - 05 - 2024")
        rf"(?P<m3>{month})(?:\.\s*|\s+|(?P<h3>\s*-\s*))(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?"
        r"(?(h3)\s*-\s*|(?:\s*,\s*|\s+))(?P<y3>\d{4})"  # ("March 05 ,2024": a space before)
    )
    # (an EU institution's "Daily News 14 / 11 / 2023": slashes spaced alike, day first)
    num = r"(?P<a4>\d{1,2})(?P<s4>[/.-]| / )(?P<b4>\d{1,2})(?P=s4)(?P<y4>\d{4})"
    ymd = rf"(?P<y5>\d{{4}})\s+(?P<m5>{month})\.?\s+(?P<d5>\d{{1,2}})(?!\d)"  # "2021 November 5"
    before = r"(?:(?<![\w/.-])" + (_GLUED if glued else "") + ")"
    after = r"|(?<=\d{4})(?-i:(?=[A-Z][a-z]))" if glued else ""  # "Jun. 1, 2018Office of"
    return re.compile(
        rf"{before}{_WEEKDAY_BEFORE}(?:{iso}|{dmy}|{mdy}|{num}|{ymd})"
        r"(?:(?=-?\d{1,2}[:.]\d\d)|(?![\w/-]|\.\d)" + after + ")",  # "20233:05", "2024-14:20"
        re.IGNORECASE,
    )


_WEEKDAY_BEFORE = rf"(?:{WEEKDAY}(?:,?\s+|\s*[–-]\s*))?"
"""A weekday heading a date: "Tue, 4 May", "Tue 4 May", "Tue - 4 May"."""


@cache
def short_year_pattern() -> re.Pattern[str]:
    """Dates with a two-digit year ("28 July 23", "20.07.24"): read only after a date label."""
    month = month_names()
    dmy = rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{month})\.?,?\s+['’]?(?P<y>\d\d)"
    num = r"(?P<a>\d{1,2})(?P<s>[./-])(?P<b>\d{1,2})(?P=s)(?P<yy>\d\d)"
    return re.compile(rf"{_WEEKDAY_BEFORE}(?:{dmy}|{num})(?![\w./-]|\.\d)", re.IGNORECASE)


def full_year(two: int) -> int:
    """A two-digit year written in a date: below 70 it is 20yy, else 19yy."""
    return 2000 + two if two < 70 else 1900 + two


def short_year_date_of(match: re.Match[str]) -> date | None:
    """The date of a :func:`short_year_pattern` match (its year by :func:`full_year`)."""
    year = full_year(int(match.group("y") or match.group("yy")))
    if match.group("y"):
        return valid_date(year, _months()[match.group("m").lower()], int(match.group("d")))
    first, second = int(match.group("a")), int(match.group("b"))
    if match.group("s") == "/" and first != second and max(first, second) <= 12:
        zone = _zone_order(match)  # "3/5/24 11:02 AM EST" is March 5; "3/5/24" alone unsettled
        fits = _weekday_reading(match, year, first, second)  # "Tuesday, 3/5/24" is March 5
        readings = {"month": valid_date(year, first, second),
                    "day": valid_date(year, second, first)}  # fmt: skip
        if zone is not None and fits is not None and fits != readings[zone]:
            return None  # (the zone and the weekday disagree: nothing settles it)
        return readings[zone] if zone is not None else fits
    if second > 12 >= first:  # "Posted 6/21/23": only the month can come first
        return valid_date(year, first, second)
    return valid_date(year, second, first)  # day first


def month_number(name: str) -> int:
    return _months()[name.lower().rstrip(".")]


def valid_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when there is no such day or the year lies outside 1900-2100."""
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_of(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    months = _months()
    if groups["y1"]:
        return valid_date(int(groups["y1"]), int(groups["m1"]), int(groups["d1"]))
    if groups["y2"]:
        return valid_date(int(groups["y2"]), months[groups["m2"].lower()], int(groups["d2"]))
    if groups["y3"]:
        return valid_date(int(groups["y3"]), months[groups["m3"].lower()], int(groups["d3"]))
    if groups["y5"]:
        return valid_date(int(groups["y5"]), months[groups["m5"].lower()], int(groups["d5"]))
    first, second, year = int(groups["a4"]), int(groups["b4"]), int(groups["y4"])
    zone = _zone_order(match)
    if groups["s4"] == "-" and zone == "month" and first <= 12:  # "03-05-2024 11:41 PM EST"
        return valid_date(year, first, second)
    if groups["s4"] != "/" or first > 12:  # 18.10.2023, 18-10-2023, 18/10/2023: day first
        return valid_date(year, second, first) or valid_date(year, first, second)
    us = valid_date(year, first, second)  # 10/18/2023: the US order
    if zone == "day":  # "04/05/2023, 10:15 AEST" is 4 May
        return valid_date(year, second, first) or us
    fits = _weekday_reading(match, year, first, second)  # "Sunday, 5/3/2023" is 5 March
    return fits or us


_WEEKDAY_INDEX = {
    name: i for i, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
}


@cache
def _zones() -> dict[str, str]:
    """Time-zone abbreviations and the order (``day``, ``month``) their countries write dates in."""
    zones: dict[str, str] = {}
    for entry in vocab.entries("time_zones"):
        order, *names = entry.split()
        zones.update((name, order) for name in names)
    return zones


_ZONE_AFTER = re.compile(rf"[\s,|·•-]*(?:at\s+)?{TIME}", re.IGNORECASE)
_ZONE_WORD = re.compile(r"\s*\(?(?-i:(?P<zone>[A-Z]{2,5}))(?![A-Za-z])")


_EAST_OFFSET = re.compile(r"(?-i:GMT|UTC)\+(\d{1,2})(?::?\d\d)?\s*$")
EAST_DAY_FIRST_HOURS = 7
"""An offset east of Greenwich up to this many hours (Europe, Africa, the Gulf, South Asia,
Indochina) is of countries that write the day first ("05/03/2024 - 23:41 GMT+1" is 5 March);
further east the Philippines write the month first; west of it, the Americas write both."""


def _zone_order(match: re.Match[str]) -> str | None:
    """``day`` or ``month``: the order the time zone written after a date's time says, if any."""
    time = _ZONE_AFTER.match(match.string, match.end())
    if time is None:
        return None
    tail = match.string[match.end() : time.end()]
    offset = _EAST_OFFSET.search(tail)
    if offset and int(offset.group(1)) <= EAST_DAY_FIRST_HOURS:
        return "day"
    zone = re.search(r"(?-i:[A-Z]{2,5})\s*$", tail) or _ZONE_WORD.match(match.string, time.end())
    return _zones().get(zone.group(zone.lastindex or 0).strip() if zone else "")


def numeric_order_unsettled(match: re.Match[str]) -> bool:
    """A slashed date whose two numbers could each be the month, and nothing settles which.

    "04/05/2023" alone is 4 May in most of the world and April 5 in the United States: neither
    a time zone after it nor a weekday before it says which.
    """
    if not match.group("y4") or match.group("s4") != "/":
        return False
    first, second = int(match.group("a4")), int(match.group("b4"))
    if first == second or first > 12 or second > 12:
        return False
    year = int(match.group("y4"))
    return _zone_order(match) is None and _weekday_reading(match, year, first, second) is None


def other_reading(match: re.Match[str]) -> date | None:
    """The day-first reading of a slashed date read in the US order, when nothing settles it."""
    if not numeric_order_unsettled(match):
        return None
    return valid_date(int(match.group("y4")), int(match.group("b4")), int(match.group("a4")))


def _weekday_reading(match: re.Match[str], year: int, first: int, second: int) -> date | None:
    """The one reading of a numeric date whose weekday is the one written before it, if one only.

    "Tuesday, 3/5/24" is March 5 (3 May 2024 was a Friday). A weekday that fits neither reading,
    or both (the same day: "5/5/24"), settles nothing: no order is guessed.
    """
    named = _weekday_named(match)
    if named is None:
        return None
    readings = {valid_date(year, first, second), valid_date(year, second, first)} - {None}
    fitting = [day for day in readings if day.weekday() == named]
    return fitting[0] if len(fitting) == 1 else None


def _weekday_named(match: re.Match[str]) -> int | None:
    """The weekday (0 = Monday) a date's match opens with ("Sunday, 5/3/2023"), if any."""
    head = match.group(0)[:3].lower()
    return _WEEKDAY_INDEX.get(head)


def parse_date(text: str) -> date | None:
    """The first plausible date written in ``text`` (``2023-10-19``, ``Oct. 18, 2023``...)."""
    for match in date_pattern().finditer(text):
        value = date_of(match)
        if value is not None:
            return value
    return None


def is_numeric(match: re.Match[str]) -> bool:
    return bool(match.group("y1") or match.group("y4"))


_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2}|[a-z]{3,9})[/-](?P<d>\d{1,2})(?:[/-]|$)"
    r"|/(?P<y2>(?:19|20)\d{2})(?P<m2>[01]\d)(?P<d2>[0-3]\d)(?:[/_-]|$)",
    re.IGNORECASE,
)


def date_from_url(url: str) -> date | None:
    """A date written in a URL path (``/2023/10/18/``, ``/2023/oct/18/``, ``/20231018/``)."""
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    if match.group("y2"):
        return valid_date(int(match.group("y2")), int(match.group("m2")), int(match.group("d2")))
    month = match.group("m")
    number = int(month) if month.isdigit() else _months().get(month.lower())
    return valid_date(int(match.group("y")), number, int(match.group("d"))) if number else None


_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>0?[1-9]|1[0-2])/(?!\d)")


def year_month_from_url(url: str) -> tuple[int, int] | None:
    """The year and month of an address filed by month (``/2018/02/slug/``), if it is."""
    match = _URL_MONTH.search(url or "")
    return (int(match.group("y")), int(match.group("m"))) if match else None
