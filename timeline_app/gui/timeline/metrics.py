"""Time <-> pixel maths for the timeline; plain Python, no Qt.

Dates are float days (the proleptic ordinal of ``date``: 1 Jan of year 1 is day 1). An
:class:`AxisMap` turns days into *axis units*: the identity, or a compressed, piecewise-linear
map in which long empty gaps between groups of events shrink to a fixed width (drawn with a break
symbol). A :class:`TimeScale` shows a window of axis units across a width in pixels.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

__all__ = ["MAX_DAY", "MIN_DAY", "AxisMap", "Gap", "TimeScale", "from_days", "to_days"]

MIN_DAY = float(date.min.toordinal())
MAX_DAY = float(date.max.toordinal() + 1)


def to_days(d: date | float) -> float:
    """Float days of ``d`` (a ``date`` or already days)."""
    return float(d.toordinal()) if isinstance(d, date) else float(d)


def from_days(x: float) -> date:
    """The date containing float day ``x``, clamped to what ``date`` can hold."""
    return date.fromordinal(int(min(max(math.floor(x), MIN_DAY), MAX_DAY - 1)))


@dataclass(frozen=True, slots=True)
class Gap:
    """A collapsed stretch of time: days ``[begin, end)`` drawn over units ``[u0, u1)``."""

    begin: float
    end: float
    u0: float
    u1: float


class AxisMap:
    """A strictly increasing piecewise-linear map days -> units, slope 1 outside its knots."""

    def __init__(self, days: Sequence[float] = (), units: Sequence[float] = (), gaps=()) -> None:
        if len(days) != len(units):
            raise ValueError("knots must pair up")
        self._d = list(days)
        self._u = list(units)
        self.gaps: tuple[Gap, ...] = tuple(gaps)

    @classmethod
    def identity(cls) -> AxisMap:
        return cls()

    @property
    def is_identity(self) -> bool:
        return not self.gaps

    @property
    def knots(self) -> tuple[list[float], list[float]]:
        """Knot days and units (for vectorised ``numpy.interp``), empty for the identity."""
        return self._d, self._u

    @classmethod
    def compressed(
        cls,
        intervals: Iterable[tuple[float, float]],
        *,
        min_gap: float | None = None,
        gap_width: float | None = None,
    ) -> AxisMap:
        """Collapse every empty stretch longer than ``min_gap`` days to ``gap_width`` units.

        Defaults scale with the whole span: gaps over 3 % of it (at least 90 days) collapse to
        half that length, and each group of events keeps a margin of a quarter of it. Intervals
        longer than ``min_gap`` count by their ends only, so a century does not hide the gaps in it.
        """
        given = [(b, max(e, b + 1.0)) for b, e in intervals]
        if len(given) < 2:
            return cls.identity()
        total = max(e for _, e in given) - min(b for b, _ in given)
        min_gap = min_gap if min_gap is not None else max(90.0, 0.03 * total)
        # an interval longer than a gap (a decade, a century) keeps only its two ends busy
        spans = sorted(
            s
            for b, e in given
            for s in (((b, e),) if e - b <= min_gap else ((b, b + 1.0), (e - 1.0, e)))
        )
        gap_width = gap_width if gap_width is not None else min_gap / 2
        pad = min_gap / 4
        blocks: list[list[float]] = []
        for b, e in spans:
            if blocks and b - blocks[-1][1] <= min_gap + 2 * pad:
                blocks[-1][1] = max(blocks[-1][1], e)
            else:
                blocks.append([b, e])
        if len(blocks) < 2:
            return cls.identity()
        days: list[float] = []
        units: list[float] = []
        gaps: list[Gap] = []
        shift = 0.0  # units - days inside the current block
        for i, (b, _e) in enumerate(blocks):
            if i:
                g0 = blocks[i - 1][1] + pad
                g1 = b - pad
                u0 = g0 - shift
                shift += (g1 - g0) - gap_width
                gaps.append(Gap(g0, g1, u0, u0 + gap_width))
                days += [g0, g1]
                units += [u0, u0 + gap_width]
        return cls(days, units, gaps)

    def units(self, days: float) -> float:
        d, u = self._d, self._u
        if not d:
            return days
        i = bisect.bisect_right(d, days)
        if i == 0:
            return days - d[0] + u[0]
        if i == len(d):
            return days - d[-1] + u[-1]
        t = (days - d[i - 1]) / (d[i] - d[i - 1])
        return u[i - 1] + t * (u[i] - u[i - 1])

    def days(self, units: float) -> float:
        d, u = self._d, self._u
        if not d:
            return units
        i = bisect.bisect_right(u, units)
        if i == 0:
            return units - u[0] + d[0]
        if i == len(u):
            return units - u[-1] + d[-1]
        t = (units - u[i - 1]) / (u[i] - u[i - 1])
        return d[i - 1] + t * (d[i] - d[i - 1])

    def slope(self, days: float) -> float:
        """Units per day at ``days`` (1 outside gaps)."""
        for g in self.gaps:
            if g.begin <= days < g.end:
                return (g.u1 - g.u0) / (g.end - g.begin)
        return 1.0

    def segments(self, d0: float, d1: float) -> list[tuple[float, float]]:
        """The uncompressed stretches of days ``[d0, d1)``, in order (gaps left out)."""
        out = []
        start = d0
        for g in self.gaps:
            if g.end <= start or g.begin >= d1:
                continue
            if g.begin > start:
                out.append((start, g.begin))
            start = max(start, g.end)
        if start < d1:
            out.append((start, d1))
        return out


class TimeScale:
    """A window ``[u0, u1)`` of axis units shown across ``width`` pixels; zoom and pan."""

    MIN_VISIBLE_DAYS = 4.0
    MAX_VISIBLE_DAYS = 1200 * 365.25

    def __init__(
        self, begin: date | float, end: date | float, width: float, axis: AxisMap | None = None
    ) -> None:
        self.axis = axis or AxisMap.identity()
        self.width = max(1.0, float(width))
        self.u0 = self.axis.units(to_days(begin))
        self.u1 = self.axis.units(to_days(end))
        self._clamp(None)

    # --- reading -------------------------------------------------------------------------
    @property
    def px_per_unit(self) -> float:
        return self.width / (self.u1 - self.u0)

    @property
    def begin_days(self) -> float:
        return self.axis.days(self.u0)

    @property
    def end_days(self) -> float:
        return self.axis.days(self.u1)

    def px_per_day(self, at_days: float | None = None) -> float:
        """Pixels per day at ``at_days``; outside collapsed gaps everywhere the same."""
        slope = 1.0 if at_days is None else self.axis.slope(at_days)
        return self.px_per_unit * slope

    def visible_range(self) -> tuple[date, date]:
        return from_days(self.begin_days), from_days(self.end_days)

    def x_of(self, d: date | float) -> float:
        return (self.axis.units(to_days(d)) - self.u0) * self.px_per_unit

    def x_of_units(self, u: float) -> float:
        return (u - self.u0) * self.px_per_unit

    def days_at(self, x: float) -> float:
        return self.axis.days(self.u0 + x / self.px_per_unit)

    def date_at(self, x: float) -> date:
        return from_days(self.days_at(x))

    # --- changing ------------------------------------------------------------------------
    def set_width(self, width: float) -> None:
        """Resize keeping the scale: the right edge moves."""
        width = max(1.0, float(width))
        self.u1 = self.u0 + (self.u1 - self.u0) * width / self.width
        self.width = width

    def set_range(self, begin: date | float, end: date | float) -> None:
        self.u0 = self.axis.units(to_days(begin))
        self.u1 = self.axis.units(to_days(end))
        self._clamp(None)

    def set_axis(self, axis: AxisMap) -> None:
        """Switch the mapping, keeping the visible days where the new map allows."""
        b, e = self.begin_days, self.end_days
        self.axis = axis
        self.set_range(b, e)

    def zoom(self, factor: float, at_x: float | None = None) -> None:
        """Zoom in (``factor`` > 1) or out, keeping the time under ``at_x`` in place."""
        at_x = self.width / 2 if at_x is None else at_x
        anchor = self.u0 + at_x / self.px_per_unit
        span = (self.u1 - self.u0) / factor
        t = at_x / self.width
        self.u0 = anchor - t * span
        self.u1 = self.u0 + span
        self._clamp(t)

    def pan(self, dx: float) -> None:
        """Move the content by ``dx`` pixels (positive: towards later times on the left)."""
        du = dx / self.px_per_unit
        self.u0 += du
        self.u1 += du
        self._clamp(None)

    def _clamp(self, t: float | None) -> None:
        lo, hi = self.axis.units(MIN_DAY), self.axis.units(MAX_DAY)
        if not self.u1 > self.u0:
            self.u1 = self.u0 + self.MIN_VISIBLE_DAYS
        span = min(max(self.u1 - self.u0, self.MIN_VISIBLE_DAYS), self.MAX_VISIBLE_DAYS, hi - lo)
        if span != self.u1 - self.u0:
            t = 0.5 if t is None else t
            anchor = self.u0 + t * (self.u1 - self.u0)
            self.u0 = anchor - t * span
            self.u1 = self.u0 + span
        if self.u0 < lo:
            self.u0, self.u1 = lo, lo + span
        if self.u1 > hi:
            self.u0, self.u1 = hi - span, hi
