"""Days <-> axis units: the identity, or a compressed axis for stories that span decades.

In a compressed axis every long empty stretch between groups of events collapses to a fixed
width (drawn with a break symbol), and every group gets a width that grows with how many events
it holds rather than how long it lasts, so 1948 and the busy weeks of 2023 both get room. Inside
a group (and inside a gap) the map is linear, so ticks and dates stay honest there.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

__all__ = ["MAX_DAY", "MIN_DAY", "AxisMap", "Gap", "from_days", "to_days"]

MIN_DAY = float(date.min.toordinal())
MAX_DAY = float(date.max.toordinal() + 1)


def to_days(d: date | float) -> float:
    """Float days of ``d`` (a ``date``, or already days)."""
    return float(d.toordinal()) if isinstance(d, date) else float(d)


def from_days(x: float) -> date:
    """The date containing float day ``x`` (to within rounding), clamped to what ``date`` holds."""
    return date.fromordinal(int(min(max(math.floor(x + 1e-6), MIN_DAY), MAX_DAY - 1)))


@dataclass(frozen=True, slots=True)
class Gap:
    """A collapsed stretch of time: days ``[begin, end)`` drawn over units ``[u0, u1)``."""

    begin: float
    end: float
    u0: float
    u1: float


class AxisMap:
    """A strictly increasing piecewise-linear map from days to units.

    Knots ``days[i] -> units[i]``; beyond the first and last knot the end slopes continue.
    With no knots it is the identity.
    """

    def __init__(self, days: Sequence[float] = (), units: Sequence[float] = (), gaps=()) -> None:
        if len(days) != len(units) or len(days) == 1:
            raise ValueError("knots must pair up, at least two")
        if any(b <= a for a, b in zip(days, days[1:], strict=False)) or any(
            b <= a for a, b in zip(units, units[1:], strict=False)
        ):
            raise ValueError("knots must increase strictly")
        self._d = list(days)
        self._u = list(units)
        self.gaps: tuple[Gap, ...] = tuple(gaps)
        if self._d:
            self._s0 = (self._u[1] - self._u[0]) / (self._d[1] - self._d[0])
            self._s1 = (self._u[-1] - self._u[-2]) / (self._d[-1] - self._d[-2])

    @classmethod
    def identity(cls) -> AxisMap:
        return cls()

    @property
    def is_identity(self) -> bool:
        return not self._d

    @property
    def knots(self) -> tuple[list[float], list[float]]:
        """Knot days and units (for vectorised ``numpy.interp``), empty for the identity."""
        return self._d, self._u

    @property
    def end_slopes(self) -> tuple[float, float]:
        return (self._s0, self._s1) if self._d else (1.0, 1.0)

    def units(self, days: float) -> float:
        d, u = self._d, self._u
        if not d:
            return days
        i = bisect.bisect_right(d, days)
        if i == 0:
            return u[0] + (days - d[0]) * self._s0
        if i == len(d):
            return u[-1] + (days - d[-1]) * self._s1
        t = (days - d[i - 1]) / (d[i] - d[i - 1])
        return u[i - 1] + t * (u[i] - u[i - 1])

    def days(self, units: float) -> float:
        d, u = self._d, self._u
        if not d:
            return units
        i = bisect.bisect_right(u, units)
        if i == 0:
            return d[0] + (units - u[0]) / self._s0
        if i == len(u):
            return d[-1] + (units - u[-1]) / self._s1
        t = (units - u[i - 1]) / (u[i] - u[i - 1])
        return d[i - 1] + t * (d[i] - d[i - 1])

    def slope(self, days: float) -> float:
        """Units per day at ``days``."""
        d, u = self._d, self._u
        if not d:
            return 1.0
        i = bisect.bisect_right(d, days)
        if i == 0:
            return self._s0
        if i == len(d):
            return self._s1
        return (u[i] - u[i - 1]) / (d[i] - d[i - 1])

    def segments(self, d0: float, d1: float) -> list[tuple[float, float, float]]:
        """The linear stretches of days ``[d0, d1)`` outside gaps, with their slopes."""
        cuts = [d0] + [k for k in self._d if d0 < k < d1] + [d1]
        out = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            if b > a and not any(g.begin <= a and b <= g.end for g in self.gaps):
                out.append((a, b, self.slope((a + b) / 2)))
        return out

    @classmethod
    def compressed(
        cls,
        intervals: Iterable[tuple[float, float]] | np.ndarray,
        *,
        min_gap: float | None = None,
        gap_width: float | None = None,
    ) -> AxisMap:
        """Collapse empty stretches longer than ``min_gap`` days to ``gap_width`` units each.

        Defaults scale with the whole span: gaps over 3 % of it (at least 90 days) collapse, each
        group keeps a margin of a quarter of ``min_gap`` around it, and groups share the rest in
        proportion to ``sqrt(events) * duration ** 0.25``. A gap never falls inside an interval:
        a bar is never broken (pass intervals cut to the story, see ``EventIndex.story_spans``,
        so a century's tail does not hold the axis open).
        """
        arr = intervals if isinstance(intervals, np.ndarray) else np.array(list(intervals), float)
        arr = arr.reshape(-1, 2).astype(float)
        if len(arr) < 2:
            return cls.identity()
        b, e = arr[:, 0], np.maximum(arr[:, 1], arr[:, 0] + 1.0)
        total = float(e.max() - b.min())
        min_gap = min_gap if min_gap is not None else max(90.0, 0.03 * total)
        pad = min_gap / 4
        starts, stops, weight = b, e, np.ones(len(b))
        order = np.argsort(starts, kind="stable")
        starts, stops, weight = starts[order], stops[order], weight[order]
        reach = np.maximum.accumulate(stops)
        new = np.ones(len(starts), bool)
        new[1:] = starts[1:] - reach[:-1] > min_gap + 2 * pad
        first = np.flatnonzero(new)
        blocks = [
            [float(s0), float(s1), float(n)]
            for s0, s1, n in zip(
                starts[first],
                np.maximum.reduceat(stops, first),
                np.add.reduceat(weight, first),
                strict=True,
            )
        ]
        if len(blocks) < 2:
            return cls.identity()
        for blk in blocks:
            blk[0] -= pad
            blk[1] += pad
        budget = sum(e - b for b, e, _ in blocks)
        weights = [math.sqrt(n) * (e - b) ** 0.25 for b, e, n in blocks]
        gap_w = gap_width if gap_width is not None else min(min_gap / 2, budget / len(blocks) / 3)
        days: list[float] = []
        units: list[float] = []
        gaps: list[Gap] = []
        u = blocks[0][0]
        for i, ((b, e, _), w) in enumerate(zip(blocks, weights, strict=True)):
            if i:
                gaps.append(Gap(days[-1], b, u, u + gap_w))
                u += gap_w
            days += [b, e]
            units += [u, u + budget * w / sum(weights)]
            u = units[-1]
        return cls(days, units, gaps)
