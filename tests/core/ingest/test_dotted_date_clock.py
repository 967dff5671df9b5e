"""A day-first dotted date above the headline holds no clock time (issue 12).

"From Dalmor Dagbladet, 14.10.2026" heads a press review's summary: its "14.10" was read as the
time of day 14:10, so the line passed for the site's clock at its home town and the page lost
its date. A place, a date and a time after it is still the clock. Pages written here.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.ingest.articles import article_from_text

BODY = ("The harbour board said on Tuesday that the new ferry quay would open in the spring, "
        "a year later than planned, after divers found damage to the old piles.")


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("From Dalmor Dagbladet, 14.10.2026", date(2026, 10, 14)),
        ("Selvik, 14.10.2026", date(2026, 10, 14)),
        ("Selvik, 14.10.2026 14.10", None),  # a time after the date: the site's clock
        ("Selvik, 14.10.2026 - 09:15 CET", None),
    ],
)
def test_a_dotted_date_is_no_time_of_day(line: str, value: date | None) -> None:
    raw = "\n".join(["Harbour News - summaries", line, "Ferry quay opens a year late", "", BODY])
    assert article_from_text(raw, article_id="a").published == value
