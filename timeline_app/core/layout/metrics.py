"""Time <-> pixel maths for the timeline; plain Python, no Qt.

Dates are float days (the proleptic ordinal of ``date``: 1 Jan of year 1 is day 1). An
:class:`~.axismap.AxisMap` turns days into *axis units* (the identity, or a compressed map), and
a :class:`TimeScale` shows a window of axis units across a width in pixels.
"""

from __future__ import annotations

from datetime import date

from timeline_app.core.layout.axismap import (
    MAX_DAY,
    MIN_DAY,
    AxisMap,
    Gap,
    from_days,
    to_days,
)

__all__ = ["MAX_DAY", "MIN_DAY", "AxisMap", "Gap", "TimeScale", "from_days", "to_days"]


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
        """Pixels per day at ``at_days`` (by default the middle of the view)."""
        at = (self.begin_days + self.end_days) / 2 if at_days is None else at_days
        slope = self.axis.slope(at)
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
            self.u1 = self.u0 + 1e-6
        t_mid = 0.5 if t is None else t
        at = self.axis.days(self.u0 + t_mid * (self.u1 - self.u0))
        shortest = self.MIN_VISIBLE_DAYS * self.axis.slope(at)
        longest = self.MAX_VISIBLE_DAYS * max(self.axis.end_slopes)
        span = min(max(self.u1 - self.u0, shortest), longest, hi - lo)
        if span != self.u1 - self.u0:
            t = 0.5 if t is None else t
            anchor = self.u0 + t * (self.u1 - self.u0)
            self.u0 = anchor - t * span
            self.u1 = self.u0 + span
        if self.u0 < lo:
            self.u0, self.u1 = lo, lo + span
        if self.u1 > hi:
            self.u0, self.u1 = hi - span, hi
