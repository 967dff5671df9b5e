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

__all__ = ["bounded", "point_span"]

CONFIDENCE = 0.5
"""At most this sure of a bounded span: one side of it is a convention, not the text's."""
_DAY = timedelta(days=1)
_IN_YEARS = {"DE": 10, "CE": 100}
# quantifier -> (whether the amount is a floor, whether the bound day itself is in)
_KINDS = {"MORE_THAN": (True, False), "EQUAL_OR_MORE": (True, True),
          "LESS_THAN": (False, False), "EQUAL_OR_LESS": (False, True)}
# the point mod of a bounded offset, by direction (-1 back, 1 ahead) -> its quantifier
_QUANTIFIER_OF = {
    (-1, "BEFORE"): "MORE_THAN", (-1, "ON_OR_BEFORE"): "EQUAL_OR_MORE",
    (-1, "AFTER"): "LESS_THAN", (-1, "ON_OR_AFTER"): "EQUAL_OR_LESS",
    (1, "AFTER"): "MORE_THAN", (1, "ON_OR_AFTER"): "EQUAL_OR_MORE",
    (1, "BEFORE"): "LESS_THAN", (1, "ON_OR_BEFORE"): "EQUAL_OR_LESS",
}


def bounded(norm: Norm | None, qmod: str, sign: int, count: float | None,
            unit: str | None) -> Norm | None:
    """``norm`` with the interval its quantifier bounds, when it was placed at a day."""
    if qmod not in _KINDS or norm is None or norm.placed is None or count is None or unit is None:
        return norm
    amount = _amount(round(count), unit)
    if amount is None:
        return norm
    try:
        base = shift(norm.placed[0], amount[1], -sign * amount[0])
    except (ValueError, OverflowError):
        return norm
    span = _span(qmod, sign, base, *amount)
    if span is None:
        return norm
    return replace(norm, bounds=span, confidence=min(norm.confidence, CONFIDENCE))


def point_span(mod: str, sign: int, base: date, count: int,
               unit: str) -> tuple[date, date] | None:
    """[begin, end) of ``count`` units from ``base``, bounded as the point ``mod`` says.

    "More than two years after the 2018 talks" (AFTER): from two years after the talks on.
    """
    qmod = _QUANTIFIER_OF.get((sign, mod))
    amount = _amount(count, unit)
    if qmod is None or amount is None:
        return None
    return _span(qmod, sign, base, *amount)


def _amount(count: int, unit: str) -> tuple[int, str] | None:
    """(count, unit) in units ``shift`` knows; None for hours and minutes or no amount."""
    if unit in ("TH", "TM", "TS") or count <= 0:  # a day's interval says no more there
        return None
    return count * _IN_YEARS.get(unit, 1), "Y" if unit in _IN_YEARS else unit


def _span(qmod: str, sign: int, base: date, k: int, unit: str) -> tuple[date, date] | None:
    """[begin, end) between ``base`` (the anchor or event day), the bound and the far side."""
    try:
        edge = shift(base, unit, sign * k)  # the day the amount reaches
        far = shift(base, unit, 2 * sign * k)
    except (ValueError, OverflowError):
        return None
    floor, inclusive = _KINDS[qmod]
    if floor:  # beyond the edge: towards the far side
        if sign < 0:
            begin, end = far, edge + _DAY if inclusive else edge
        else:
            begin, end = (edge if inclusive else edge + _DAY), far
    elif sign < 0:  # within the amount: between the edge and the base day (included)
        begin, end = (edge if inclusive else edge + _DAY), base + _DAY
    else:
        begin, end = base, edge + _DAY if inclusive else edge
    return (begin, end) if begin < end else None
