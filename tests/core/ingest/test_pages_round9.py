"""Blind round 9 (issue 12): mostly English outlets of many countries, written gold first.

``hand_630`` to ``hand_679`` (50 pages, five saved as HTML), written in this session's own words
after studying real pages of the search tool's stored corpus (bench/data/pages/README.md).

First run (before any fix): 44 dated, 38 exact, 2 wrong (a WordPress foot ``This entry was
posted in News on March 5, 2024 by admin.`` was not read and the first comment's date below ``3
thoughts on "..."`` won; ``Posted 3/5/24 11:02 AM EST`` read day first), 4 missed (``Feb.8,
2024`` glued, ``du 06/03/24``, a Thai Buddhist-era year, ``05/03/2024 - 23:41 GMT+1`` whose order
nothing settled); 6 of 6 undated honest; estimates held 3 of 3.

Fixed by general rules and data: a blog's comment heading that names its post is a list heading
whatever the title's length; a theme's foot line ``This entry was posted ... on DATE`` is the
post's date; a slashed two-digit-year date whose numbers could both be the month takes the order
of its time zone and is no date without one; an offset east of Greenwich up to seven hours says
day first; a month's abbreviation glued to the day by its dot (``Feb.8``); Thai month names and
the Buddhist era (``thai_months.txt``). After them: 43 of 44 dated exact, 0 wrong (``du
06/03/24`` left), 6 of 6 undated honest.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.ingest.articles import article_from_text

from .test_pages_gate import round_results

LEAD = (
    "The water board said it would reopen the eastern reservoir to the public next spring, once "
    "the banks have been repaired and the new footpath is finished."
)

PAGES = {
    "a theme's foot line under the post, dated comments below": (
        f"Reservoir to reopen\n\n{LEAD}\n\nThis entry was posted in Local and tagged water on "
        "April 2, 2022 by editor.\n\n2 thoughts on \"Reservoir to reopen\"\nAnn says:\nApril 3, "
        "2022 at 9:00 am\nGreat.", date(2022, 4, 2)),
    "a US zone settles a two-digit year's order": (
        f"Reservoir to reopen\nPosted 4/2/22 10:05 AM EDT\n\n{LEAD}", date(2022, 4, 2)),
    "a British zone settles it the other way": (
        f"Reservoir to reopen\nPosted 4/2/22 10:05 GMT\n\n{LEAD}", date(2022, 2, 4)),
    "a two-digit year with nothing to settle its order": (
        f"Reservoir to reopen\nPosted 4/2/22\n\n{LEAD}", None),
    "an offset east of Greenwich says day first": (
        f"Reservoir to reopen\nPublished on 04/02/2022 - 21:10 GMT+2\n\n{LEAD}", date(2022, 2, 4)),
    "a month glued to its day by the dot": (
        f"Reservoir Advisory for Monday, Apr.4, 2022\n\n{LEAD}", date(2022, 4, 4)),
    "a Thai Buddhist-era year": (
        "ข่าวท้องถิ่น\nเขื่อนเปิดให้เข้าชม\n4 เม.ย. 2565 10:05 น.\n\nกรมชลประทานเปิดเขื่อนให้ประชาชน"
        "เข้าชมอีกครั้งหลังซ่อมแซมคันดินเสร็จ", date(2022, 4, 4)),
}


@pytest.mark.parametrize("case", sorted(PAGES))
def test_round9_layouts(case: str) -> None:
    page, expected = PAGES[case]
    assert article_from_text(page, article_id="a").published == expected


def test_round9_pages_hold() -> None:
    results = round_results(630, 679)
    assert len(results) == 50
    assert sum(published is None for _, _, _, published, _ in results) == 6
    missed = {page for page, value, _, published, _ in results if published and value is None}
    assert len(missed) <= 1  # (a repost's "du 06/03/24")
    for page, value, source, published, gold_source in results:
        if page not in missed:
            assert value == published, page
            assert published is None or source == gold_source, page
