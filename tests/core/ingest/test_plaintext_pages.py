"""Plain-text dumps of imagined news pages: exactly what survives, what is cut, title and date."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.ingest import article_from_text
from timeline_app.core.model import PublishedSource

BROADCASTER = """\
Skip to content
Homepage
Home
News
Sport
Weather
Menu
Flood warnings issued as storm batters coast
Published 12 March 2024
Share
Save
By Jane Roe, Environment correspondent
Image source, Getty Images
Image caption, Waves crashed over the sea wall in the town on Tuesday
Dozens of flood warnings have been issued after a storm brought gusts of up to 80mph to the coast.

The environment agency said rivers were expected to peak on Wednesday.

"We are asking people to stay away from the seafront," a spokesperson said.

Related Topics
Flooding
Weather
More on this story
Storm leaves thousands without power
Schools closed as snow falls across the region
Council approves new sea defences
"""

WIRE = """\
Menu
World
U.S.
Politics
Sports
Entertainment
Business
Search
Wildfire forces thousands to evacuate in California
By JOHN DOE
Updated 3:45 PM PDT, August 2, 2023
Share
LOS ANGELES (AP) — A fast-moving wildfire forced thousands of residents to flee their homes on Tuesday, officials said.

The fire had burned more than 10,000 acres by nightfall, according to the state fire agency.

Associated Press writer Mary Major in Sacramento contributed to this report.

Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
"""

BROADSHEET = """\
Central banks
Interest rates held as inflation eases
Bank keeps rate at 5.25% for a third meeting but signals cuts may come later this year
Jane Roe Economics correspondent
Thu 1 Feb 2024 12.00 GMT
The central bank has held interest rates at 5.25% for the third time in a row.

Policymakers voted 6-3 to keep rates on hold, with two members backing a rise.

The governor said: "We need to see more evidence that inflation is coming down."
The bank's headquarters in the capital. Photograph: John Smith/Reuters

Analysts expect the first cut in the summer, though markets are less sure.

Explore more on these topics
Interest rates
Inflation
Share
Reuse this content
Most viewed
Man arrested after car hits pedestrians in city centre
Heatwave to continue into next week, forecasters say
"""

LOCAL = """\
Posted: Oct 18, 2023 / 07:00 PM EDT
Updated: Oct 18, 2023 / 09:15 PM EDT
City council approves budget for new library
SPRINGFIELD (WXYZ) — The city council voted 7-2 on Tuesday night to approve a $12 million budget for a new public library downtown.

Construction is expected to begin in the spring of 2024, the mayor said.

Copyright 2023 Some Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.

Trending Stories
Man charged in connection with downtown robbery
High school football scores: Week 8
Weather: Cooler temperatures ahead
"""

AGGREGATOR = """\
Story by Jane Roe • 3h • 2 min read
Tech giant fined $1bn over data breach
A European regulator has fined the company over a breach that exposed millions of users' data, officials said on Friday.

The company said it would appeal the decision in court.

Advertisement
Advertisement
Continue Reading
Show comments
Related Articles
Stocks slide as tech shares tumble
Why your phone bill is going up this spring
"""

BANNERS = """\
We use cookies to personalise content and ads and to analyse our traffic. By continuing to use this site you agree to our cookie policy.
Accept all cookies
Manage preferences
Heatwave: hottest day of the year recorded
Temperatures reached 34C in the capital on Monday, the weather service said.

Forecasters expect the heat to continue until the weekend, with little rain in sight.

Sign up to our free daily newsletter
Enter your email address
Sign up

Before you move on, we have a small favour to ask. Millions of readers rely on our reporting every day, and we keep it open to everyone.

Unlike many others, we have no shareholders and no billionaire owner. It means we can report without fear.

If you can, please make a contribution today. It takes less than a minute and your support matters.

Thank you.
"""

ICONS = """\
2024-05-02 Search An icon of a magnifying glass. Menu An icon of three lines. Share An icon of an arrow. Bookmark An icon of a ribbon shape.
Volcano erupts on remote island, forcing evacuations
Published: 2 May 2024
Like (12) Angry (3)
Lava flowed down the eastern slope of the volcano on Thursday, the civil protection agency said.

About 3,000 people were moved to shelters on the mainland. Share Tweet Email
veryGood! (186)
Wow (4)
"""

OPED = """\
Opinion
We are not ready for the next flood
Our cities were built for a climate that no longer exists. We should stop pretending otherwise.

Last winter the river rose higher than at any time since 1953, and we were lucky.

You can see the damage on every high street: shuttered shops, sandbags still piled in doorways.

Sign up for our weekly opinion newsletter
"""

HEADLESS = """\
The river rose by two metres overnight, flooding dozens of homes in the valley, officials said.

Rescue teams worked through the night.
"""

WRAPPED = """\
Mine rescue enters its third day

Rescuers worked through the night on Sunday to reach the eleven miners
trapped underground after a tunnel collapsed at the copper mine in the
north of the country, the company said.

Officials said air was being pumped into the shaft and that the men had
food and water for several days.

Relatives gathered at the entrance to the site, where a tent had been set
up by the local council.
"""

CRUMBS = """\
You are here: Home > World > EuropeParliament passes new climate law - Daily Tribune
Parliament passes new climate law
Print
Email
Date: 15/11/2022
Lawmakers approved the bill by 312 votes to 201 on Tuesday after a day of heated debate.

The law sets a target of net zero emissions by 2045.

Tags:
Climate, Parliament
Leave a Reply
"""


def _clean(raw: str):
    return article_from_text(raw, article_id="x")


@pytest.mark.parametrize(
    ("raw", "title", "paragraphs", "published", "source"),
    [
        (
            BROADCASTER,
            "Flood warnings issued as storm batters coast",
            [
                "Dozens of flood warnings have been issued after a storm brought gusts of up to "
                "80mph to the coast.",
                "The environment agency said rivers were expected to peak on Wednesday.",
                '"We are asking people to stay away from the seafront," a spokesperson said.',
            ],
            date(2024, 3, 12),
            PublishedSource.BYLINE,
        ),
        (
            WIRE,
            "Wildfire forces thousands to evacuate in California",
            [
                "LOS ANGELES (AP) — A fast-moving wildfire forced thousands of residents to flee "
                "their homes on Tuesday, officials said.",
                "The fire had burned more than 10,000 acres by nightfall, according to the state "
                "fire agency.",
            ],
            date(2023, 8, 2),
            PublishedSource.BYLINE,
        ),
        (
            BROADSHEET,
            "Interest rates held as inflation eases",
            [
                "Bank keeps rate at 5.25% for a third meeting but signals cuts may come later "
                "this year",
                "The central bank has held interest rates at 5.25% for the third time in a row.",
                "Policymakers voted 6-3 to keep rates on hold, with two members backing a rise.",
                'The governor said: "We need to see more evidence that inflation is coming down."',
                "Analysts expect the first cut in the summer, though markets are less sure.",
            ],
            date(2024, 2, 1),
            PublishedSource.BYLINE,
        ),
        (
            LOCAL,
            "City council approves budget for new library",
            [
                "SPRINGFIELD (WXYZ) — The city council voted 7-2 on Tuesday night to approve a "
                "$12 million budget for a new public library downtown.",
                "Construction is expected to begin in the spring of 2024, the mayor said.",
            ],
            date(2023, 10, 18),
            PublishedSource.HEADER,
        ),
        (
            AGGREGATOR,
            "Tech giant fined $1bn over data breach",
            [
                "A European regulator has fined the company over a breach that exposed millions "
                "of users' data, officials said on Friday.",
                "The company said it would appeal the decision in court.",
            ],
            None,
            PublishedSource.NONE,
        ),
        (
            BANNERS,
            "Heatwave: hottest day of the year recorded",
            [
                "Temperatures reached 34C in the capital on Monday, the weather service said.",
                "Forecasters expect the heat to continue until the weekend, with little rain in "
                "sight.",
            ],
            None,
            PublishedSource.NONE,
        ),
        (
            ICONS,
            "Volcano erupts on remote island, forcing evacuations",
            [
                "Lava flowed down the eastern slope of the volcano on Thursday, the civil "
                "protection agency said.",
                "About 3,000 people were moved to shelters on the mainland.",
            ],
            date(2024, 5, 2),
            PublishedSource.HEADER,
        ),
        (
            OPED,
            "We are not ready for the next flood",
            [
                "Our cities were built for a climate that no longer exists. We should stop "
                "pretending otherwise.",
                "Last winter the river rose higher than at any time since 1953, and we were lucky.",
                "You can see the damage on every high street: shuttered shops, sandbags still "
                "piled in doorways.",
            ],
            None,
            PublishedSource.NONE,
        ),
        (
            WRAPPED,
            "Mine rescue enters its third day",
            [
                "Rescuers worked through the night on Sunday to reach the eleven miners trapped "
                "underground after a tunnel collapsed at the copper mine in the north of the "
                "country, the company said.",
                "Officials said air was being pumped into the shaft and that the men had food "
                "and water for several days.",
                "Relatives gathered at the entrance to the site, where a tent had been set up by "
                "the local council.",
            ],
            None,
            PublishedSource.NONE,
        ),
        (
            CRUMBS,
            "Parliament passes new climate law",
            [
                "Lawmakers approved the bill by 312 votes to 201 on Tuesday after a day of "
                "heated debate.",
                "The law sets a target of net zero emissions by 2045.",
            ],
            date(2022, 11, 15),
            PublishedSource.HEADER,
        ),
    ],
    ids=[
        "broadcaster",
        "wire",
        "broadsheet",
        "local",
        "aggregator",
        "banners",
        "icons",
        "oped",
        "wrapped",
        "crumbs",
    ],
)
def test_page(
    raw: str,
    title: str,
    paragraphs: list[str],
    published: date | None,
    source: PublishedSource,
) -> None:
    article = _clean(raw)
    assert article.title == title
    assert article.text.split("\n\n") == paragraphs
    assert article.published == published
    assert article.published_source is source


def test_headless_page_gets_a_title_from_its_first_sentence() -> None:
    article = _clean(HEADLESS)
    assert article.text.startswith("The river rose by two metres overnight")
    assert article.title.startswith("The river rose by two metres")
    assert any("no headline" in warning for warning in article.warnings)


def test_warnings_report_furniture_and_date_candidates() -> None:
    article = _clean(LOCAL)
    assert any(w.startswith("furniture removed: ") for w in article.warnings)
    assert any("2023-10-18 header (posted)" in w for w in article.warnings)


def test_spaces_are_collapsed_but_sentences_are_kept_as_written() -> None:
    raw = (
        "Court  rules   on   appeal\n\n"
        "The judge   said the “evidence was clear” — and dismissed it.\t It’s over.\r\n"
    )
    article = _clean(raw)
    assert article.title == "Court rules on appeal"
    assert article.text == "The judge said the “evidence was clear” — and dismissed it. It’s over."


def test_title_repeated_twice_is_kept_once() -> None:
    raw = (
        "Dam bursts after heavy rain\n\nDam bursts after heavy rain\n\n"
        "The dam gave way early on Monday, flooding three villages downstream, police said.\n"
    )
    article = _clean(raw)
    assert article.title == "Dam bursts after heavy rain"
    assert article.text == (
        "The dam gave way early on Monday, flooding three villages downstream, police said."
    )


def test_known_title_is_removed_from_the_top_only() -> None:
    raw = (
        "Dam bursts | The Daily Example\n"
        "The dam gave way early on Monday, flooding three villages downstream, police said.\n"
    )
    article = article_from_text(raw, article_id="x", title="Dam bursts")
    assert article.title == "Dam bursts"
    assert article.text.startswith("The dam gave way")


def test_url_date_is_the_last_resort() -> None:
    article = article_from_text(
        HEADLESS, article_id="x", url="https://news.example.com/2021/06/30/river-floods"
    )
    assert article.published == date(2021, 6, 30)
    assert article.published_source is PublishedSource.URL


def test_an_empty_dump_gives_an_empty_text() -> None:
    article = _clean("Share\nAdvertisement\n")
    assert article.text == ""


def test_one_sentence_article_is_kept() -> None:
    article = _clean("On 12 March 2021 the council approved the budget.\n")
    assert article.text == "On 12 March 2021 the council approved the budget."
    assert article.published is None


def test_dated_sentence_near_the_top_stays() -> None:
    raw = (
        "Budget passes after long night\n\n"
        "The council met on Tuesday evening to debate the budget, delayed for months.\n\n"
        "The vote was held on 12 March 2021 at noon.\n"
    )
    article = _clean(raw)
    assert article.text.endswith("The vote was held on 12 March 2021 at noon.")
    assert article.published is None


def test_short_paragraphs_on_single_lines_are_not_joined() -> None:
    raw = (
        "Ferry strike ends after two days\n\n"
        "Ferry workers returned to work on Thursday after a two-day strike.\n"
        "The union said members had accepted a revised offer from operators.\n"
        "Services were expected to run normally by the weekend, a spokesman said.\n"
        "Passengers had faced long delays at ports across the region this week.\n"
    )
    article = _clean(raw)
    assert len(article.text.split("\n\n")) == 4


SEED_LIKE_WIRE_REPRINT = """\
 date 2024-03-05 Calendar An icon of a desk calendar. Cancel An icon of a circle with a diagonal line across. Caret An icon of a block arrow pointing to the right. Email An icon of a paper envelope. Loading Spinner An icon of a loading spinner. Copy link A decentered black square over a white square.
Rocket explodes minutes after launch from coastal pad

By Press Agency Staff
The rocket lifts off from the launch pad on the coast (Jane Doe/AP)
The rocket exploded about four minutes after lift-off on Tuesday, the company said.

No one was on board, and debris fell into the sea, officials said.

Engineers will study the data before the next attempt, expected in the summer.
"""

SEED_LIKE_AGGREGATOR = """\
Current:Home > NewsCouncil votes to close city zoo after 90 years -NewsHub Daily
Council votes to close city zoo after 90 years
View
Date:2024-06-01 09:12:44
SPRINGFIELD -- The city council voted 9-4 on Friday to close the municipal zoo after 90 years, citing falling visitor numbers.
The animals will be moved to other zoos over the next 18 months, officials said.
"It is a sad day," said one council member.
Wow! (57)
Hot News
- Heatwave grips the south as temperatures soar
- Local team wins the championship in overtime thriller
Editor's Choice
- Five things to know about the new tax rules
- Why mortgage rates are rising again this summer
Highlights
Storm damage estimate rises to $2 billion
Singer announces farewell tour dates across Europe
"""


@pytest.mark.parametrize(
    ("raw", "title", "paragraphs", "published", "source"),
    [
        (
            SEED_LIKE_WIRE_REPRINT,
            "Rocket explodes minutes after launch from coastal pad",
            [
                "The rocket exploded about four minutes after lift-off on Tuesday, the company said.",
                "No one was on board, and debris fell into the sea, officials said.",
                "Engineers will study the data before the next attempt, expected in the summer.",
            ],
            date(2024, 3, 5),
            PublishedSource.HEADER,
        ),
        (
            SEED_LIKE_AGGREGATOR,
            "Council votes to close city zoo after 90 years",
            [
                "SPRINGFIELD -- The city council voted 9-4 on Friday to close the municipal zoo "
                "after 90 years, citing falling visitor numbers.",
                "The animals will be moved to other zoos over the next 18 months, officials said.",
                '"It is a sad day," said one council member.',
            ],
            date(2024, 6, 1),
            PublishedSource.HEADER,
        ),
    ],
    ids=["wire-reprint", "aggregator"],
)
def test_seed_like_pages_from_other_stories(
    raw: str, title: str, paragraphs: list[str], published: date, source: PublishedSource
) -> None:
    article = _clean(raw)
    assert article.title == title
    assert article.text.split("\n\n") == paragraphs
    assert (article.published, article.published_source) == (published, source)


def test_a_near_copy_of_the_known_title_is_removed_from_the_top() -> None:
    raw = (
        "Dam bursts after days of heavy rain\n"
        "The dam gave way early on Monday, flooding three villages downstream, police said.\n"
    )
    article = article_from_text(raw, article_id="x", title="Dam bursts after heavy rain")
    assert article.text.startswith("The dam gave way")


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (["Storm batters coast", "Thousands without power as winds reach 90mph"], "Storm batters coast"),
        (["Israel-Hamas war latest", "Ceasefire talks resume in Cairo"], "Ceasefire talks resume in Cairo"),
        (["Ceasefire talks resume in Cairo", "By Jane Roe", "Updated 2 May 2024"], "Ceasefire talks resume in Cairo"),
    ],
)  # fmt: skip
def test_headline_among_kickers_and_standfirsts(head: list[str], title: str) -> None:
    body = "Negotiators met on Monday for a third round of talks, officials said."
    article = _clean("\n".join([*head, body]))
    assert article.title == title
    assert article.text.endswith(body)
    assert title not in article.text


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Storm hits the coast | Example News", "Storm hits the coast"),
        ("Storm hits the coast - Example Daily", "Storm hits the coast"),
        ("Storm hits the coast - live updates", "Storm hits the coast - live updates"),
        ("Storm hits the coast", "Storm hits the coast"),
    ],
)
def test_site_name_after_a_plain_text_headline_is_cut(first: str, title: str) -> None:
    body = "The storm brought down trees and power lines across the region on Monday."
    assert _clean(f"{first}\n{body}\n").title == title


def test_appeal_paragraph_without_we_or_you_inside_an_appeal_goes_too() -> None:
    raw = """\
Bridge reopens after two years of repairs

Your support helps us to tell the story

From climate change to the courts, our reporters are on the ground when the story breaks.

The Daily Example is read by millions across the political spectrum and is free to all.

Your donation keeps our journalism open to everyone. Your support makes all the difference.

The bridge reopened to traffic on Monday after two years of repairs, the city said.
"""
    article = _clean(raw)
    assert article.text == (
        "The bridge reopened to traffic on Monday after two years of repairs, the city said."
    )


def test_a_short_last_sentence_stays() -> None:
    raw = (
        "Gas leak forces evacuation of school\n\n"
        "Hundreds of pupils were evacuated on Monday after a gas leak, the fire service said.\n\n"
        "No one was hurt.\n\nShare\nTags\nSchools\n"
    )
    assert _clean(raw).text.endswith("the fire service said.\n\nNo one was hurt.")


def test_icon_inventory_one_description_per_line() -> None:
    raw = (
        "Calendar An icon of a desk calendar.\nCancel An icon of a circle with a diagonal line.\n"
        "Tick An icon of a tick mark.\nMuseum reopens after flood\n"
        "The museum reopened on Saturday, three months after the flood, its director said.\n"
        "The statue in the hall is an icon of the city.\n"
    )
    article = _clean(raw)
    assert article.title == "Museum reopens after flood"
    assert article.text.split("\n\n") == [
        "The museum reopened on Saturday, three months after the flood, its director said.",
        "The statue in the hall is an icon of the city.",
    ]


def test_a_closing_sentence_about_a_reporter_in_the_story_stays() -> None:
    raw = (
        "Bakery wins national prize\n\n"
        "A small bakery in the town has won a national prize for its bread, judges said.\n\n"
        "Smith is a former reporter who now runs the bakery with her brother.\n"
    )
    assert _clean(raw).text.endswith(
        "Smith is a former reporter who now runs the bakery with her brother."
    )
