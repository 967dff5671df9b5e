"""Bounded amounts: "over three years ago" ends three years before the anchor.

A quantifier on an offset ("more than", "less than", "at least", "at most": ``quantifiers.txt``)
bounds the span on the side it names: "over three years ago" is at most the day three years
back, "less than a week before the vote" lies between that day and the vote. The other side is
open in the text; the interval closes it at twice the amount so that the expression can still
be placed ("over three years ago": from six to three years back), the mod (BEFORE, AFTER,
ON_OR_BEFORE, ON_OR_AFTER) saying which side is the bound. "About", "nearly" keep the point.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from .dates import shift
from .norm_base import Norm

__all__ = ["bounded"]

_DAY = timedelta(days=1)
_IN_YEARS = {"DE": 10, "CE": 100}
# quantifier -> (whether the amount is a floor, whether the bound day itself is in)
_KINDS = {"MORE_THAN": (True, False), "EQUAL_OR_MORE": (True, True),
          "LESS_THAN": (False, False), "EQUAL_OR_LESS": (False, True)}


def bounded(norm: Norm | None, qmod: str, sign: int, count: float | None,
            unit: str | None) -> Norm | None:
    """``norm`` with the interval its quantifier bounds, when it was placed at a day."""
    kind = _KINDS.get(qmod)
    if kind is None or norm is None or norm.placed is None or count is None or unit is None:
        return norm
    if unit in ("TH", "TM", "TS"):  # hours and minutes: a day's interval says no more
        return norm
    k = round(count) * _IN_YEARS.get(unit, 1)
    unit = "Y" if unit in _IN_YEARS else unit
    if k <= 0:
        return norm
    edge = norm.placed[0]  # the day the amount reaches
    try:
        base = shift(edge, unit, -sign * k)
        far = shift(base, unit, 2 * sign * k)
    except (ValueError, OverflowError):
        return norm
    floor, inclusive = kind
    begin, end = _interval(base, edge, far, sign, floor, inclusive)
    return replace(norm, bounds=(begin, end)) if begin < end else norm


def _interval(base: date, edge: date, far: date, sign: int, floor: bool,
              inclusive: bool) -> tuple[date, date]:
    """[begin, end) between ``base`` (the anchor or event day), the bound and the far side."""
    if floor:  # beyond the edge: towards the far side
        if sign < 0:
            return far, edge + _DAY if inclusive else edge
        return (edge if inclusive else edge + _DAY), far
    if sign < 0:  # within the amount: between the edge and the base day (included)
        return (edge if inclusive else edge + _DAY), base + _DAY
    return base, edge + _DAY if inclusive else edge
