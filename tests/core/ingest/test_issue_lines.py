"""A periodical's issue line: its number and a dash before the date open no range of days."""

from __future__ import annotations

from datetime import date

from timeline_app.core.ingest.articles import article_from_text
from timeline_app.core.ingest.stamps import line_candidates


def test_an_issue_number_before_a_dash_and_a_date_is_no_range() -> None:
    found = line_candidates("Issue 14 - 3 June 2024", 0)
    assert [candidate.value for candidate in found] == [date(2024, 6, 3)]


def test_a_day_range_before_a_month_is_still_no_stamp() -> None:
    assert line_candidates("3 - 14 June 2024", 0) == []


def test_a_trade_weekly_is_dated_by_its_issue_line() -> None:
    text = (
        "Harbour Engineering Weekly\nIssue 22 - 5 May 2025\n\nDREDGER STUCK\n\n"
        "The dredger that stuck in the channel on 2 May is still there, its owners said.\n"
    )
    article = article_from_text(text, article_id="a")
    assert article.published == date(2025, 5, 5)
