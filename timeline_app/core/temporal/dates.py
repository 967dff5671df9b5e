"""Calendar arithmetic the normalizer needs: shifting by units, ISO weeks, seasons, quarters.

Pure functions of their arguments: the reference date is always passed in, never read from a clock.
"""

from __future__ import annotations

import calendar
import warnings
from datetime import date, timedelta
from functools import lru_cache

from . import kept_holidays

__all__ = [
    "SEASON_START",
    "add_months",
    "easter",
    "holiday",
    "at_unit",
    "iso_week_monday",
    "library_holidays",
    "nth_weekday",
    "quarter_of",
    "season_bounds",
    "season_of",
    "shift",
    "week_value",
    "week_of_month",
    "weekday_near",
]

# Meteorological seasons, northern hemisphere: code -> first month. Winter starts in December
# of its year ("winter 1941" = Dec 1941 .. Feb 1942).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months, the day clamped to the month's length."""
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def at_unit(d: date, unit: str) -> tuple[str, str]:
    """TIMEX3 value of ``d`` at the precision of ``unit``, and the precision actually used."""
    if unit in ("D", "TH", "TM", "TS"):
        return d.isoformat(), "D"
    if unit in ("W", "2W"):
        return week_value(d), "W"
    if unit == "WE":
        return week_value(d) + "-WE", "W"
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}", "M"
    if unit == "Q":
        return f"{d.year:04d}-Q{quarter_of(d)}", "Q"
    if unit == "CE":
        return f"{d.year // 100:02d}", "CE"
    if unit == "DE":
        return f"{d.year // 10:03d}", "DE"
    return f"{d.year:04d}", "Y"


def shift(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` units (TIMEX3 unit codes D, W, M, Q, Y, DE, CE)."""
    if unit == "D":
        return d + timedelta(days=n)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=n)
    if unit == "2W":
        return d + timedelta(weeks=2 * n)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        return d
    return add_months(d, n * months)


def week_value(d: date) -> str:
    """ISO week of ``d`` as a TIMEX3 value, ``2023-W42``."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def week_of_month(year: int, month: int, n: int, *, weekend: bool = False) -> date | None:
    """Monday of the ``n``-th week of a month (``n = -1``: the last), None past its end.

    As ISO weeks belong to the year holding their Thursday, a week belongs to the month that
    holds its Thursday; with ``weekend`` it is the Saturday of the ``n``-th weekend.
    """
    first = date(year, month, 1)
    key = 6 if weekend else 4  # the day that places the week or weekend in a month
    day = first + timedelta(days=(key - first.isoweekday()) % 7)
    found = [d for d in (day + timedelta(weeks=k) for k in range(5)) if d.month == month]
    if n == 0 or n > len(found):
        return None
    pick = found[n - 1] if n > 0 else found[-1]
    return pick if weekend else pick - timedelta(days=3)


def iso_week_monday(year: int, week: int) -> date:
    return date.fromisocalendar(year, week, 1)


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def season_bounds(year: int, code: str) -> tuple[date, date]:
    """Half-open bounds of season ``code`` of ``year``."""
    first = date(year, SEASON_START[code], 1)
    return first, add_months(first, 3)


def season_of(d: date) -> tuple[int, str]:
    """The (year, code) of the season ``d`` falls in (January belongs to the previous winter)."""
    for code in SEASON_START:
        start, end = season_bounds(d.year, code)
        if start <= d < end:
            return d.year, code
    return d.year - 1, "WI"


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The ``n``-th ``weekday`` (ISO) of a month, ``n = -1`` the last; None past its end."""
    if n > 0:
        first = date(year, month, 1)
        d = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
        return d if d.month == month else None
    if n < 0:
        last = add_months(date(year, month, 1), 1) - timedelta(days=1)
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    return None


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday(rule: str, year: int) -> date:
    """The date of a holiday in ``year`` from its rule in ``holidays.txt``.

    Raises ValueError when the calendar library has no such day that year.
    """
    if rule.startswith("lib:"):
        _, where, name = rule.split(":", 2)
        country, _, category = where.partition("/")
        found = library_holidays(country, category or "public", year).get(name)
        if found is None:
            raise ValueError(f"no {name} in {country} in {year}")
        return found
    if rule.startswith("easter:"):
        return easter(year) + timedelta(days=int(rule.split(":")[1]))
    if rule.startswith("nth:"):
        _, n, wd, month, *extra = rule.split(":")
        d = nth_weekday(year, int(month), int(wd), int(n))
        assert d is not None, rule
        return d + timedelta(days=int(extra[0]) if extra else 0)
    month, day = rule.split("-")
    return date(year, int(month), int(day))


@lru_cache(maxsize=1024)
def library_holidays(country: str, category: str, year: int) -> dict[str, date]:
    """English name -> first date of each holiday of ``country`` in ``year``.

    From the `holidays` package: lunar, religious and floating days computed by a maintained
    library. Days "observed" in place of another are left out; "(estimated)" is dropped from names.
    Kept between runs in the user's cache (:mod:`.kept_holidays`): the library is imported only
    for a table never asked for before.
    """
    found = kept_holidays.kept(country, category, year)
    if found is not None:
        return found
    out = _library_table(country, category, year)
    kept_holidays.keep(country, category, year, out)
    return out


def _library_table(country: str, category: str, year: int) -> dict[str, date]:
    import holidays  # imported on first use: most texts name no holiday

    try:
        with warnings.catch_warnings():  # "available only from 2001 to 2035": then none
            warnings.simplefilter("ignore")
            days = holidays.country_holidays(country, years=year, categories=(category,),
                                             language="en_US")
            items = sorted(days.items())
    except (NotImplementedError, KeyError, ValueError):
        return {}
    out: dict[str, date] = {}
    for day, names in items:
        for name in names.split("; "):
            if "(observed)" in name:
                continue
            out.setdefault(name.replace(" (estimated)", "").strip(), day)
    return out


def weekday_near(anchor: date, weekday: int, direction: str, *, inclusive: bool = True) -> date:
    """The ``weekday`` (ISO, Monday = 1) nearest ``anchor`` looking ``past`` or ``future``.

    ``inclusive`` lets the anchor's own day count ("on Wednesday" written that Wednesday).
    """
    diff = weekday - anchor.isoweekday()
    if direction == "future":
        ahead = diff % 7
        if ahead == 0 and not inclusive:
            ahead = 7
        return anchor + timedelta(days=ahead)
    back = (-diff) % 7
    if back == 0 and not inclusive:
        back = 7
    return anchor - timedelta(days=back)
