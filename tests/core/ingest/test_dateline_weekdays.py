"""A yearless dateline's year settled by its weekdays (issue 12, a wire page's ``March 9``).

A lead that names the dateline day's own weekday and then the day before ("turned away
ambulances on Monday after an attack late on Sunday"), or a dateline that states its weekday, fits one year of
those near the text's mentions: that year wins over a background mention ("In November 2024")
that alone would pick another. When the weekdays settle nothing, the mentions choose as before,
and no mention at all gives no year. Pages written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.ingest.articles import article_from_text
from timeline_app.core.ingest.datelines import find_datelines, yearless_dateline

BACKGROUND = (
    "An inspection ordered by the county council warned in February 2025 that the pier's "
    "timbers were rotting faster than expected."
)

# fmt: off
SETTLED = {
    "the day's weekday and the day before's in the lead": (
        "HARLIN, May 12 (NWS) - Ferry crews walked off the job on Tuesday, leaving hundreds of "
        "commuters stranded, after wage talks broke down late on Monday evening.",
        date(2026, 5, 12)),
    "a weekday the dateline states": (
        "BRANDVIK, Thursday, October 8 (NWS) - The harbour authority closed the northern pier "
        "to all traffic while divers checked the piles beneath it for damage.",
        date(2026, 10, 8)),
    "the day itself, then the day before": (
        "SELMA BAY, April 21 (NWS) - Crews were still clearing mud and fallen trees from the "
        "coast road on Tuesday afternoon after a storm flooded it on Monday night.",
        date(2026, 4, 21)),
}
UNSETTLED = {
    "one weekday: the day itself or the day before": (
        "HARLIN, March 6 (NWS) - Ferry crews walked off the job on Friday, leaving hundreds of "
        "commuters stranded after wage talks broke down.",
    ),
    "the day before named first: a week's two days perhaps": (
        "HARLIN, May 12 (NWS) - Ferry crews who walked off the job on Monday said on Tuesday "
        "they would stay out until the operator improved its offer on wages.",
    ),
    "two weekdays days apart": (
        "HARLIN, May 12 (NWS) - Ferry crews who walked off the job on Monday said on Thursday "
        "they would stay out until the operator improved its offer on wages.",
    ),
}
# fmt: on


def _dateline(text: str) -> date | None:
    offsets, position = [], 0
    for line in text.split("\n"):
        offsets.append((position, line))
        position += len(line) + 1
    found = find_datelines(text, offsets)
    return found[0].value if found else None


@pytest.mark.parametrize("case", sorted(SETTLED))
def test_weekdays_settle_the_year_over_a_background_mention(case: str) -> None:
    lead, expected = SETTLED[case]
    text = f"Ferry strike\n\n{lead}\n\n{BACKGROUND}"
    assert _dateline(text) == expected
    assert article_from_text(text, article_id="a").published == expected


@pytest.mark.parametrize("case", sorted(UNSETTLED))
def test_weekdays_that_settle_nothing_leave_the_mentions_to_choose(case: str) -> None:
    (lead,) = UNSETTLED[case]
    text = f"Ferry strike\n\n{lead}\n\n{BACKGROUND}"
    weekdays_removed = text.replace(" on Friday", "").replace(" on Monday", "")
    for name in (" on Thursday", " on Tuesday"):
        weekdays_removed = weekdays_removed.replace(name, "")
    assert _dateline(text) == _dateline(weekdays_removed)


def test_the_year_after_the_background_needs_the_weekdays() -> None:
    """Without weekdays the background mention keeps its year (the dateline within a year of it)."""
    text = f"Ferry strike\n\nHARLIN, May 12 (NWS) - Ferry crews walked off the job.\n\n{BACKGROUND}"
    assert _dateline(text) == date(2025, 5, 12)


def test_weekdays_without_any_dated_mention_give_no_year() -> None:
    lead = SETTLED["the day's weekday and the day before's in the lead"][0]
    text = f"Ferry strike\n\n{lead}\n\nThe operator said it would meet the union again."
    assert _dateline(text) is None
    assert yearless_dateline(text) is not None
