"""Blind round 10 (issue 12): English outlets of many countries and kinds, written gold first.

``hand_800`` to ``hand_856`` (57 pages, seven saved as HTML), written in this session's own words
after studying real pages of the search tool's stored corpus (bench/data/pages/README.md).

First run (before any fix): 46 dated, 41 exact, 2 wrong (``Tue, June 3rd 2025 at 5:47 PM`` was
taken for a site's clock led by a place called "Tue", and the update stamp under it won; a
fixture's date under its score and a ``Full time`` line won over the report's stamp), 3 missed (a
stamp alone under the body over ``More News``, ``For release:``, a yearless ``Jan 8 (CH)`` lead
with no city); 11 undated, 9 honest (a topic page's first dated teaser under a today widget, a
ticker's ``As of 11/09/2023 4:00 PM ET``); estimates held 1 of 6.

Fixed by general rules and data: a weekday's short form alone is no place; a match's state
(``match_status.txt``) may stand between its score and its date; ``As of``/``Prices as at``, a
member's ``Joined:`` and ``Next home game:`` are fields of other dates; ``Topic:`` and
``Category:`` pages are lists; dated items evenly spaced (headline, date, teaser, again) are a
listing; a date alone on its line under the body, right before a list's heading or the end, is
the story's foot stamp; ``For release:`` labels a release's date; a lead opening with a yearless
date and an agency's code in brackets, no place (``Jan 8 (CH) A ...``), is a dateline (hand_845
stays undated: nothing in its text gives the year).

Round 10b (``hand_857`` to ``hand_886``, 30 pages written gold first against those fixes): first
run 23 dated, 19 exact, 2 wrong (a game's date under ``Harbor City 112, Lakeside 104`` over the
recap's stamp; a JSON-LD ``datePublished`` ten years off the visible ``Published 3 June 2025``), 2
missed (``Place, State. (March 25, 2025):``, ``Posted by admin | June 3, 2025 | 0 comments``); 7
undated, 5 honest (an archive photo's 1978 dateline, a modified time alone). Then: a recap's
comma score; a labelled stamp a year or more from the stated tag is what the page shows; a
modified or updated tag alone gives no publication date; datelines under an archive's heading
(``archive_marks.txt``); a date in brackets before a colon; a post line's author and counters
(``byline_words.txt``); ``sailthru.date``/``parsely-pub-date`` state the publication. After
them: 23 of 23 exact, 7 of 7 undated honest.

Round 10c (``hand_887`` to ``hand_899``, 13 pages written gold first against 10b's fixes): first
run 10 dated, 9 exact, 0 wrong, 1 missed (microdata ``itemprop="datePublished"`` with a
``content`` attribute on a span); 3 of 3 undated honest. Then that attribute is read: 10 of 10.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.ingest.articles import article_from_text

from .test_pages_gate import round_results

LEAD = (
    "The harbour board said the new breakwater would be finished before the winter storms, "
    "after divers completed the last of the underwater surveys a month early."
)
TEASER = (
    "Operators on three island routes said they would run fewer sailings until fuel prices fall."
)
ITEMS = (
    ("Ferries cut routes", "July 15, 2021 10:35 am"),
    ("Exports recover", "July 08, 2021 11:22 am"),
    ("Markets reopen", "July 07, 2021 7:23 am"),
)
ARREST = (
    "Jan 8 (CH) A foreign national who took cash from a traveller's bag was arrested by airport "
    "police, after a theft reported on December 28, 2025."
)

STAMPS = {
    "a short weekday over the time of day is no place": (
        "Tue, June 3rd 2025 at 5:47 PM\nUpdated Wed, June 4th 2025 at 7:10 AM",
        date(2025, 6, 3),
    ),
    "a press release's release line": ("For release: 11/15/2022", date(2022, 11, 15)),
    "a ticker's time": ("DOW 35,412.10 +0.4%\nAs of 11/09/2023 4:00 PM ET", None),
    "prices as at a day": ("Prices as at 14 March 2023", None),
    "a member's join date": ("Joined: Mar 2019\nPosts: 1,204", None),
    "a club's next home game": ("Next home game: Sat 12 Jul 2025, 3pm v Riverside", None),
    "a citation's retrieval date": ("Retrieved 14 March 2025", None),
    "a two-digit year whose day can only come second": ("Posted 6/21/23", date(2023, 6, 21)),
    "a two-digit year whose day can only come first": ("Posted 21/6/23", date(2023, 6, 21)),
    "an event's date over its hours": ("Saturday 14 March 2026\n10am – 4pm\nQuay Gardens", None),
    "an event's date with its hours on the line": ("Sat 14 March 2026, 7.30pm to 10pm", None),
    "a stamp's date and time with a dash stays a stamp": (
        "14.03.2023 - 18:05 Uhr",
        date(2023, 3, 14),
    ),
}
"""Lines under a headline, over the lead, and the date the page then gives."""


# (the date expected, then the page)
PAGES = {
    "a match's state between its score and its date, the report's stamp below": (
        date(2019, 12, 8),
        "Rovers 2-2 United\nFull time\nSaturday, December 7, 2019\nBy Sam Cole\n"
        f"Sunday 8 December 2019 10:15\n{LEAD}",
    ),
    "a match's state between score and date, no stamp below": (
        date(2019, 12, 7),
        f"Rovers 2-2 United\nFull time\nSaturday, December 7, 2019\n{LEAD}",
    ),
    "a topic page under a today widget": (
        None,
        "Follow Us:\nTuesday, August 03, 2021\nTopic: Ferries\n"
        + "".join(f"{h}\n{d}\n{TEASER}\n" for h, d in ITEMS),
    ),
    "a today widget over a listing with no heading, blank lines between": (
        None,
        "Follow Us:\nTuesday, August 03, 2021\n\n\n\n"
        + "".join(f"{h}\n\n{d}\n\n{TEASER}\n\n" for h, d in ITEMS),
    ),
    "a stamp at the top over a table of earlier dates stays the stamp": (
        date(2021, 8, 3),
        "Tuesday, August 03, 2021\nKey dates\n12 May 2019 Plan filed\n3 June 2020 Work began\n"
        f"9 July 2021 Work ended\n{LEAD}\n{LEAD}",
    ),
    "a category's heading over the story, share buttons under its stamp": (
        date(2023, 6, 21),
        "Category: Local News\nHarbour breakwater finished a month early\nBy Ann Lee\n"
        f"June 21, 2023\nShare\n3 min read\n{LEAD}\n{LEAD}",
    ),
    "evenly spaced dated teasers with no heading": (
        None,
        "".join(f"{h}\n{d[:13]}\n{TEASER}\n" for h, d in ITEMS),
    ),
    "a stamp with a dated list after it, spaced otherwise": (
        date(2021, 7, 15),
        f"Ferries cut routes\nJuly 15, 2021\n{LEAD}\n{LEAD}\n"
        + "".join(f"{h}\n{d}\n" for h, d in ITEMS[1:]),
    ),
    "a stamp alone under the body over a list's heading": (
        date(2025, 2, 14),
        f"Frost in the hills\n{LEAD}\n{LEAD}\n14 Feb 2025 (8:42 AM)\nMore News\n"
        "Fuel prices revised\n13 Feb 2025 (9:10 PM)\n",
    ),
    "a stamp alone at the very end of the page": (
        date(2025, 2, 14),
        f"Frost in the hills\n{LEAD}\n{LEAD}\n14 Feb 2025 (8:42 AM)\n",
    ),
    "a dated line under the body before more text is no stamp": (
        None,
        f"Frost in the hills\n{LEAD}\n{LEAD}\n14 Feb 2025\nFuel prices revised\n",
    ),
    "a yearless lead with no place, the agency's code in brackets": (
        date(2026, 1, 8),
        f"Airport arrest\n{ARREST}\n",
    ),
    "a date label over a headline naming the weather": (
        date(2023, 10, 18),
        f" date 2023-10-18 First Alert Weather Day: what it means for your commute\n\n{LEAD}",
    ),
    "a recap's comma score over the game's date, the recap's stamp below": (
        date(2025, 1, 9),
        "Final\nHarbor City 112, Lakeside 104\nWednesday, January 8, 2025\nBy The Wire\n"
        f"Jan 9, 2025, 12:41 AM ET\n{LEAD}",
    ),
    "a dated lead under an archive's heading": (
        None,
        "From the archives\nSnow at the harbour, 1978\nPort Ellis, Jan. 14, 1978: Dock workers "
        "clear snow from the quay after the heaviest fall in thirty years closed the harbour.\n",
    ),
    "a place and its date in brackets before a colon": (
        date(2025, 3, 25),
        "- Hits: 1448\nHarbour Point Naval Station, Virginia. (March 25, 2025): Sailors and "
        "families planted two hundred trees along the shoreline this week to slow erosion.\n",
    ),
    "a name and a date in brackets before a colon is a post, not a dateline": (
        None,
        "Readers write\nAnn Lee (March 25, 2025): I walked the new shoreline path this week and "
        "the saplings are already taking root.\n",
    ),
    "a blog's post line with its author and counters": (
        date(2025, 6, 3),
        f"Garden wins award\nPosted by admin | June 3, 2025 | 0 comments\n{LEAD}",
    ),
    "a short weather line beside a date stays the site's widget": (
        None,
        f"Weather | Mon 06 Jan 2025\nBreakwater ahead of schedule\n{LEAD}",
    ),
    "the same opening a later paragraph is no dateline": (
        None,
        f"Airport arrest\n{LEAD}\n{ARREST}\n",
    ),
}


CASES = {
    **{case: (expected, f"Breakwater ahead of schedule\n{stamp}\n\n{LEAD}")
       for case, (stamp, expected) in STAMPS.items()},
    **PAGES,
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(CASES))
def test_round10_layouts(case: str) -> None:
    expected, page = CASES[case]
    assert article_from_text(page, article_id="a").published == expected


def test_sun_city_stays_a_place() -> None:
    from timeline_app.core.ingest.dates import names_a_day

    assert names_a_day("Tue") and names_a_day("Monday") and names_a_day("March")
    assert not names_a_day("Sun City") and not names_a_day("Lagos")


HTML = {
    "a labelled stamp a year or more from the tag's date": (
        date(2025, 6, 3),
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2015-06-03"}'
        "</script>",
        "<p>By Ann Kerr | Published 3 June 2025</p>",
    ),
    "a stamp a day from a UTC tag stays the tag's local day": (
        date(2025, 6, 3),
        '<meta property="article:published_time" content="2025-06-03T09:00:00+01:00">',
        "<p>By Ann Kerr | Published 3 June 2025</p>",
    ),
    "a modified time alone is no publication date": (
        None,
        '<meta property="article:modified_time" content="2025-02-11T10:15:00+00:00">',
        "",
    ),
    "microdata's content behind a yearless visible date": (
        date(2023, 6, 21),
        "",
        '<p>By Tom Reyes · <span itemprop="datePublished" content="2023-06-21">June 21</span></p>',
    ),
    "a mailing tool's publication tag": (
        date(2022, 2, 27),
        '<meta name="sailthru.date" content="2022-02-27 08:00:00">',
        "",
    ),
}
"""Saved pages: the head's tags, a line under the headline, and the date the page then gives."""


@pytest.mark.parametrize("case", sorted(HTML))
def test_round10_saved_pages(case: str) -> None:
    from timeline_app.core.ingest.html import article_from_html

    expected, head, stamp = HTML[case]
    page = (
        f"<html><head><title>Cottages restored</title>{head}</head><body><article>"
        f"<h1>Cottages restored</h1>{stamp}<p>{LEAD}</p><p>{TEASER}</p></article></body></html>"
    )
    assert article_from_html(page, article_id="a").published == expected


def test_round10_pages_hold() -> None:
    """Every page exact, from the gold's line, but hand_845 (no date is wrong)."""
    results = round_results(800, 899)
    assert len(results) == 100
    assert sum(published is None for *_, published, _ in results) == 21
    unread = "hand_845_yearless_dateline_agency_code_no_city_weekday_bracket_day"
    off = [
        page
        for page, value, source, published, gold_source in results
        if value != (None if page == unread else published)
        or (value is not None and source != gold_source)
    ]
    assert off == []


def test_dates_announced_as_coming_bound_nothing() -> None:
    """A date the page announces ("Next year's festival: ...") may lie years after its writing."""
    from timeline_app.core.ingest.page_clues import page_clues

    page = f"Festival round-up\n{LEAD}\nNext year's festival: 6–7 June 2026\nLatest: 2 June 2025"
    listed = [c["date"] for c in page_clues(page, LEAD, []) if c["source"] == "listed"]
    assert listed == ["2025-06-02"]
