"""Placing year-less months and days: narrative year first, else the anchor and the tense.

Shared by the normalizers of months, month-days, seasons and quarters ("In October", "Oct. 23",
"last summer", "the third quarter") so that they all follow one policy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from . import tense
from .context import Narrative

__all__ = ["Ctx", "year_for"]


@dataclass
class Ctx:
    """What a normalizer may look at: the text, the match, the anchor and the narrative so far."""

    text: str
    start: int
    end: int
    anchor: date | None
    prefer: str
    narrative: Narrative

    @cached_property
    def tense(self) -> str | None:
        return tense.direction(self.text, self.start, self.end)

    @property
    def direction(self) -> str:
        """Tense when the words decide, else the caller's default (``prefer``)."""
        return self.tense or self.prefer

    def left(self, n: int = 30) -> str:
        return self.text[max(0, self.start - n):self.start]


def _distance(a: date, b: date, forward_cost: float) -> float:
    days = (b - a).days
    return days * forward_cost if days > 0 else -days


def year_for(ctx: Ctx, month: int, day: int | None = None) -> tuple[int | None, str, float]:
    """(year, reference, confidence) for a month (and day) written without a year.

    History first: an explicit earlier year a few sentences back governs ("In 1948 ... In
    October"). Otherwise the anchor: the tense picks the occurrence before or after it; with no
    cue the nearest occurrence wins, the non-preferred direction counting double.
    """
    a = ctx.anchor
    past_year = ctx.narrative.year_in_reach(ctx.start)
    if past_year is not None and (a is None or past_year < a.year):
        return past_year, "narrative", 0.6
    if a is None:
        return None, "unresolved", 0.3
    target_day = day or 1
    tense_dir = ctx.tense
    if day is None:
        key, now = (month,), (a.month,)
    else:
        key, now = (month, target_day), (a.month, a.day)
    if tense_dir == "past":
        return (a.year if key <= now else a.year - 1), "anchor", 0.85
    if tense_dir == "future":
        return (a.year if key >= now else a.year + 1), "anchor", 0.85
    forward_cost = 1.0 if ctx.prefer == "future" else 2.0
    best = None
    for y in (a.year - 1, a.year, a.year + 1):
        try:
            cand = date(y, month, min(target_day, 28) if day is None else target_day)
        except ValueError:
            continue
        if day is None and y == a.year and month == a.month:
            cand = a
        cost = _distance(a, cand, forward_cost)
        if best is None or cost < best[0]:
            best = (cost, y)
    return (best[1] if best else a.year), "anchor", 0.7
