"""Adaptive axis ticks: from centuries to days, chosen so labels never overlap; plain Python.

A :class:`Level` is one way of cutting time (every month, every 5 years...). For a scale of
``px_per_day`` the finest level whose widest label fits between two of its ticks is the minor
level; the major level is the next coarser unit (days -> months -> years -> decades -> centuries).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from timeline_app.core.layout.metrics import MAX_DAY, MIN_DAY, TimeScale, from_days

__all__ = ["LEVELS", "Level", "Tick", "axis_ticks", "choose_levels", "default_measure", "ticks"]

Measure = Callable[[str], float]

LABEL_PAD = 12.0
_SELF_NAMED = re.compile(r"\d{3,4}")  # a label with a year in it needs no name above


def default_measure(text: str) -> float:
    """A rough width for tests and headless layout: 7 px per character."""
    return 7.0 * len(text)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@dataclass(frozen=True, slots=True)
class Level:
    """Ticks every ``step`` ``unit`` (day, week, month, year), labelled by ``fmt``."""

    name: str
    unit: str
    step: int
    days: float  # the shortest distance between two ticks, in days
    sample: str  # the widest label this level writes
    fmt: Callable[[date], str]

    def starts(self, d0: float, d1: float) -> Iterator[date]:
        """Tick dates in ``[d0, d1]``, starting at the one on or before ``d0``."""
        first = from_days(d0)
        if self.unit == "day":
            o = first.toordinal() - (first.toordinal() % self.step)
            while o <= d1 and o < MAX_DAY:
                if o >= MIN_DAY:
                    yield date.fromordinal(o)
                o += self.step
        elif self.unit == "week":
            o = first.toordinal() - first.weekday()
            while o <= d1 and o < MAX_DAY:
                if o >= MIN_DAY:
                    yield date.fromordinal(o)
                o += 7
        elif self.unit == "month":
            m = first.year * 12 + (first.month - 1) // self.step * self.step
            while True:
                y, mo = divmod(m, 12)
                if y > 9999 or date(y, mo + 1, 1).toordinal() > d1:
                    return
                yield date(y, mo + 1, 1)
                m += self.step
        else:
            y = max(1, first.year - first.year % self.step)
            while y <= 9999 and date(y, 1, 1).toordinal() <= d1:
                yield date(y, 1, 1)
                y = (y // self.step + 1) * self.step


def _years(step: int, name: str, sample: str, fmt: Callable[[date], str]) -> Level:
    return Level(name, "year", step, 365.0 * step, sample, fmt)


LEVELS: tuple[Level, ...] = (
    Level("day", "day", 1, 1.0, "Wed 28", lambda d: f"{d:%a} {d.day}"),
    Level("day-short", "day", 1, 1.0, "28", lambda d: str(d.day)),
    Level("week", "week", 7, 7.0, "28", lambda d: str(d.day)),
    Level("month", "month", 1, 28.0, "Sep", lambda d: f"{d:%b}"),
    Level("month-3", "month", 3, 89.0, "Oct", lambda d: f"{d:%b}"),
    _years(1, "year", "2023", lambda d: str(d.year)),
    _years(2, "year-2", "2024", lambda d: str(d.year)),
    _years(5, "year-5", "2025", lambda d: str(d.year)),
    _years(10, "decade", "1950s", lambda d: f"{d.year}s"),
    _years(20, "decade-2", "1960", lambda d: str(d.year)),
    _years(50, "decade-5", "1950", lambda d: str(d.year)),
    _years(100, "century", "1900", lambda d: str(d.year)),
    _years(200, "century-2", "1800", lambda d: str(d.year)),
    _years(500, "century-5", "1500", lambda d: str(d.year)),
    _years(1000, "millennium", "2000", lambda d: str(d.year)),
)
_BY_NAME = {level.name: level for level in LEVELS}
_MAJOR_OF = {
    "day": Level("month-major", "month", 1, 28.0, "Sep 2023", lambda d: f"{d:%b} {d.year}"),
    "week": Level("month-major", "month", 1, 28.0, "Sep 2023", lambda d: f"{d:%b} {d.year}"),
    "month": _years(1, "year-major", "2023", lambda d: str(d.year)),
    "year1": _years(10, "decade-major", "1950s", lambda d: f"{d.year}s"),
    "year": _years(
        100, "century-major", "20th century", lambda d: f"{_ordinal(d.year // 100 + 1)} century"
    ),
}


@dataclass(frozen=True, slots=True)
class Tick:
    """A tick at ``days`` with its ``label``; ``x`` is filled in by :func:`axis_ticks`.

    A ``context`` tick is no tick: it names the period a stretch of the axis starts in (at the
    view's left edge, or after a collapsed gap) when that period's own tick is out of sight. It
    has a label and no grid line.
    """

    days: float
    label: str
    major: bool = False
    x: float = 0.0
    context: bool = False


def choose_levels(
    px_per_day: float, measure: Measure = default_measure
) -> tuple[Level, Level | None]:
    """The finest level whose labels fit, and the coarser level for the major row."""
    minor = LEVELS[-1]
    for level in LEVELS:
        if level.days * px_per_day >= measure(level.sample) + LABEL_PAD:
            minor = level
            break
    if minor.unit in ("day", "week", "month"):
        major: Level | None = _MAJOR_OF[minor.unit]
    elif minor.step == 1:
        major = _MAJOR_OF["year1"]
    elif minor.step < 100:
        major = _MAJOR_OF["year"]
    else:
        major = None
    return minor, major


def ticks(
    d0: float, d1: float, px_per_day: float, measure: Measure = default_measure
) -> tuple[list[Tick], list[Tick]]:
    """Minor and major ticks over days ``[d0, d1]`` at ``px_per_day``."""
    minor, major = choose_levels(px_per_day, measure)
    minors = [Tick(float(d.toordinal()), minor.fmt(d)) for d in minor.starts(d0, d1)]
    majors = (
        []
        if major is None
        else [Tick(float(d.toordinal()), major.fmt(d), True) for d in major.starts(d0, d1)]
    )
    return minors, majors


def axis_ticks(
    scale: TimeScale, measure: Measure = default_measure, major_measure: Measure | None = None
) -> tuple[list[Tick], list[Tick]]:
    """Ticks with pixel positions for what ``scale`` shows, skipping collapsed gaps.

    Labels are laid left-aligned after their tick; a label that would touch the previous one,
    run into a collapsed gap (minor row) or past the right edge is blanked, so no two labels
    ever overlap and none is cut.
    """
    major_measure = major_measure or measure
    minors: list[Tick] = []
    majors: list[Tick] = []
    gap_ends = {g.end for g in scale.axis.gaps}
    for s0, s1, slope in scale.axis.segments(scale.begin_days, scale.end_days):
        mi, ma = ticks(s0, s1, scale.px_per_unit * slope, measure)
        minors += [
            Tick(t.days, t.label, False, scale.x_of(t.days)) for t in mi if s0 <= t.days < s1
        ]
        inside = [Tick(t.days, t.label, True, scale.x_of(t.days)) for t in ma if s0 <= t.days < s1]
        if s0 == scale.begin_days or s0 in gap_ends:  # a stretch starts: name its period
            majors += _context(scale, s0, slope, major_measure)
        majors += inside
    majors = _room_for_context(majors, major_measure)
    named = majors
    gaps = [(scale.x_of_units(g.u0), scale.x_of_units(g.u1)) for g in scale.axis.gaps]
    edge = [(scale.width, float("inf"))]  # nor past the right edge: never a cut label
    # no label runs into a gap: a stretch's period never reads over the next stretch's years
    majors = _spaced(majors, major_measure, gaps + edge)
    # a period whose label found no room on the top row names its first tick on the bottom
    # row ("1999" for "Jan"), so the last label above never reads over it
    silent = {
        t.days: t.label for t, s in zip(named, majors, strict=True) if t.label and not s.label
    }
    minors = [
        Tick(t.days, silent[t.days], False, t.x) if t.days in silent and t.label else t
        for t in minors
    ]
    return _spaced(_unread(minors, majors, silent), measure, gaps + edge), majors


def _unread(minors: list[Tick], majors: list[Tick], silent: dict[float, str]) -> list[Tick]:
    """Blank the minor labels of a period that is named nowhere (its tick on neither row).

    Read under the last name shown, they would say the wrong month or year.
    """
    starts = sorted(t.days for t in majors)
    unnamed = {d for d in silent if not any(m.days == d and m.label for m in minors)}
    out = []
    for t in minors:
        k = bisect.bisect_right(starts, t.days) - 1
        vague = not _SELF_NAMED.search(t.label)  # "Jan", "28": a year says itself
        out.append(replace(t, label="") if vague and k >= 0 and starts[k] in unnamed else t)
    return out


def _context(scale: TimeScale, s0: float, slope: float, measure: Measure) -> list[Tick]:
    """The context tick of the stretch starting at day ``s0`` (see :class:`Tick`), if needed.

    None when the stretch starts on a tick of its own.
    """
    _, major = choose_levels(scale.px_per_unit * slope, measure)
    if major is None:
        return []
    start = next(major.starts(s0, s0), None)
    if start is None or float(start.toordinal()) == s0:
        return []
    return [Tick(s0, major.fmt(start), True, max(0.0, scale.x_of(s0)), context=True)]


def _room_for_context(majors: list[Tick], measure: Measure) -> list[Tick]:
    """Drop a context tick whose label the next real tick's label follows too closely.

    That label, the period's own, is then the first thing read.
    """
    out = []
    for n, t in enumerate(majors):
        following = next((m for m in majors[n + 1 :] if not m.context), None)
        if t.context and following is not None:
            if following.x < t.x + measure(t.label) + LABEL_PAD + 4:
                continue
        out.append(t)
    return out


def _spaced(items: list[Tick], measure: Measure, gaps: list[tuple[float, float]]) -> list[Tick]:
    """Blank the label of a tick that would touch the previous label or run into a gap.

    The tick itself stays (the grid keeps its rhythm); only its label goes.
    """
    out: list[Tick] = []
    right = -math.inf
    for t in items:
        end = t.x + measure(t.label) + 4
        if t.x >= right and not any(g0 < end and t.x < g1 for g0, g1 in gaps):
            out.append(t)
            right = end + LABEL_PAD - 4
        else:
            out.append(replace(t, label=""))
    return out


def level_named(name: str) -> Level:
    return _BY_NAME[name]
