"""Regressions from the third blind round of development pages (``hand_147`` onward).

Each test is a layout the app got wrong or missed on its first run, in a page written here.
"""

from __future__ import annotations

from datetime import date

from timeline_app.core.ingest.articles import article_from_text

BODY = (
    "The harbour board said on Tuesday it would deepen the access channel before the grain "
    "season, after a tender that had been suspended twice.\n\nThe works should start in "
    "January and last about eighteen months, the board said in a statement."
)


def _published(*lines: str) -> date | None:
    return article_from_text("\n".join([*lines, "", BODY]), article_id="a").published


def test_a_city_led_clock_stacked_on_the_stamp_is_the_sites() -> None:
    """``Montevideo, March 5th 2026 - 04:49 UTC`` over the article's own stamp, under the name."""
    assert _published(
        "Southern Cone Wire, en Español",
        "Montevideo, March 5th 2026 - 04:49 UTC",
        "Uruguay",
        "Tuesday, October 8th 2024 - 11:20 UTC",
        "Dredging contract for the port goes to a European group",
    ) == date(2024, 10, 8)


def test_two_stamps_with_a_headline_between_are_not_a_clock() -> None:
    """The stacking rule needs the two stamps together: here the later one is the page's."""
    assert _published(
        "Southern Cone Wire, en Español",
        "Tuesday, October 8th 2024 - 11:20 UTC",
        "Dredging contract for the port goes to a European group",
        "Wednesday, October 2nd 2024 - 09:00 UTC",
    ) == date(2024, 10, 8)


def test_a_slashed_date_follows_its_weekday() -> None:
    """``Sunday, 5/3/2023`` is 5 March (a Sunday), not May 3 (a Wednesday); the US order stays."""
    assert _published("VN Daily Express", "Sunday, 5/3/2023, 14:20 (GMT+7)") == date(2023, 3, 5)
    assert _published("Metro Desk", "Wednesday, 5/3/2023, 14:20") == date(2023, 5, 3)
    assert _published("Metro Desk", "5/3/2023, 14:20") == date(2023, 5, 3)
