"""Articles that date the same periods tell one story (``reconcile.shared_dates``)."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

import numpy as np

from timeline_app.core.model import Interval
from timeline_app.core.reconcile.shared_dates import SharedDates


def _event(begin: date, days: int = 1) -> SimpleNamespace:
    """An event as SharedDates reads it: its interval."""
    return SimpleNamespace(interval=Interval(begin, begin + timedelta(days=days)))


def test_two_shared_days_or_months_make_one_story_and_a_year_does_not() -> None:
    saturday, sunday, march = date(2019, 11, 9), date(2019, 11, 10), date(2019, 3, 1)
    events = [
        _event(saturday), _event(sunday), _event(march, 31),
        _event(saturday), _event(march, 31),
        _event(saturday), _event(date(1987, 1, 1), 365),
        _event(saturday), _event(date(1987, 1, 1), 365),
    ]  # fmt: skip
    article = np.array([0, 0, 0, 1, 1, 2, 2, 3, 3])
    shared = SharedDates(events, article, 4)
    a, b = np.array([0, 0, 2, 1]), np.array([1, 2, 3, 0])
    assert shared.shared(a, b).tolist() == [2, 1, 1, 2]
    assert shared.one_story(a, b).tolist() == [True, False, False, True]
