"""More imagined pages: wires, broadcasters, aggregators, local papers, a reader-funded site."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.ingest import article_from_text
from timeline_app.core.model import PublishedSource

BROADCASTER_LIVE = """\
Live TV
Audio
Ukraine’s counteroffensive stalls as winter nears
By Jane Roe, Example News
4 minute read
Updated 10:02 AM EDT, Thu October 19, 2023
Link Copied!
EXAMPLE NEWS —
Ukraine’s counteroffensive has made little progress in recent weeks, Western officials said Thursday, as both sides prepare for a second winter of war.

Ad Feedback
The officials, who spoke on condition of anonymity, said Russian defensive lines had proved harder to break than expected.

CLICK HERE TO GET THE NEWS APP

Kyiv has denied that its troops are stalled.

See Full Web Article
"""

READER_FUNDED = """\
Skip to main contentSkip to navigation
Print subscriptions
Sign in
Search jobs
Search
Europe edition
The Daily Example - Back to home
News
Opinion
Sport
Culture
Lifestyle
World
Europe
US news
Americas
Asia
Thousands march in Madrid against housing costs
Protesters say rents have doubled in a decade as city hall promises new curbs
Jane Roe in Madrid
Sun 6 Apr 2025 18.12 BST
Share
Tens of thousands of people marched through central Madrid on Sunday to protest against soaring rents, organisers said.

Protesters carried banners reading “housing is a right, not a business”.

Demonstrators in central Madrid on Sunday. Photograph: Juan Doe/EPA
The city council said it would present new measures next month.

Explore more on these topics
Spain
Europe
Housing
news
Share
Reuse this content
… we have a small favour to ask. You’ve read 12 articles in the last year. Millions of readers around the world turn to us for news that is free for everyone to read.
We believe everyone deserves access to information that’s grounded in science and truth. That’s why we keep our reporting open.
Support us today from just £2. Thank you.
Most viewed
"""

LOCAL_PAPER = """\
Support local journalism. Subscribe today for just 99 cents.
Already a subscriber? Log in
Bridge to close for repairs next month
Jane Roe
Staff Writer
Published 6:00 a.m. CT Sept. 8, 2023
The Main Street bridge will close for six weeks starting Oct. 2 while crews replace the deck, the county engineer said Thursday.

Detours will be posted on both sides of the river.

Photo: Jane Roe / Staff
Jane Roe covers county government. Reach her at jroe@example.com.
This article originally appeared on Daily Example: Bridge to close for repairs next month
"""

PORTAL = """\
Microsoft Start
Rail strike called off after last-minute deal
Story by Jane Roe
• 1d • 3 min read
A planned rail strike was called off late on Sunday after unions and operators reached a deal on pay, ending months of disruption for commuters.

RELATED: Commuters face another week of cancellations

The agreement will see workers receive a 5% rise this year and 4% next year.

Read the original article on Daily Example
We may earn a commission when you buy through links on our site.
© Daily Example Media
Continue Reading
Show comments
"""

WIRE_MARKETS = """\
Skip to main content
Exclusive news, data and analytics for financial market professionals
World
Business
Markets
Sustainability
Legal
Breakingviews
Technology
Investigations
Oil prices jump after supply cut announcement
By Jane Roe and John Doe
October 2, 20233:05 PM GMTUpdated 2 hours ago
LONDON, Oct 2 (Wire) - Oil prices rose more than 3% on Monday after major producers announced a surprise cut to output, tightening an already strained market.

Brent crude futures were up $2.80, or 3.2%, at $88.40 a barrel by 1405 GMT.

Read more: Analysts see $100 oil by the end of the year

"The market was caught off guard," said one analyst at a London brokerage.

Reporting by Jane Roe in London; Additional reporting by John Doe in Singapore; Editing by Mark Major
Our Standards: The Trust Principles.
Sign up here.
Read Next
Gold slips as dollar firms ahead of jobs data
Asian shares mixed as investors weigh rate outlook
"""


CASES = [
    (
        BROADCASTER_LIVE,
        "Ukraine’s counteroffensive stalls as winter nears",
        [
            "EXAMPLE NEWS —",
            "Ukraine’s counteroffensive has made little progress in recent weeks, Western officials said Thursday, as both sides prepare for a second winter of war.",
            "The officials, who spoke on condition of anonymity, said Russian defensive lines had proved harder to break than expected.",
            "Kyiv has denied that its troops are stalled.",
        ],
        date(2023, 10, 19),
        PublishedSource.BYLINE,
    ),
    (
        READER_FUNDED,
        "Thousands march in Madrid against housing costs",
        [
            "Protesters say rents have doubled in a decade as city hall promises new curbs",
            "Tens of thousands of people marched through central Madrid on Sunday to protest against soaring rents, organisers said.",
            "Protesters carried banners reading “housing is a right, not a business”.",
            "The city council said it would present new measures next month.",
        ],
        date(2025, 4, 6),
        PublishedSource.BYLINE,
    ),
    (
        LOCAL_PAPER,
        "Bridge to close for repairs next month",
        [
            "The Main Street bridge will close for six weeks starting Oct. 2 while crews replace the deck, the county engineer said Thursday.",
            "Detours will be posted on both sides of the river.",
        ],
        date(2023, 9, 8),
        PublishedSource.BYLINE,
    ),
    (
        PORTAL,
        "Rail strike called off after last-minute deal",
        [
            "A planned rail strike was called off late on Sunday after unions and operators reached a deal on pay, ending months of disruption for commuters.",
            "The agreement will see workers receive a 5% rise this year and 4% next year.",
        ],
        None,
        PublishedSource.NONE,
    ),
    (
        WIRE_MARKETS,
        "Oil prices jump after supply cut announcement",
        [
            "LONDON, Oct 2 (Wire) - Oil prices rose more than 3% on Monday after major producers announced a surprise cut to output, tightening an already strained market.",
            "Brent crude futures were up $2.80, or 3.2%, at $88.40 a barrel by 1405 GMT.",
            '"The market was caught off guard," said one analyst at a London brokerage.',
        ],
        date(2023, 10, 2),
        PublishedSource.BYLINE,
    ),
]


@pytest.mark.parametrize(("raw", "title", "paragraphs", "published", "source"), CASES)
def test_page(
    raw: str, title: str, paragraphs: list[str], published: date | None, source: PublishedSource
) -> None:
    article = article_from_text(raw, article_id="x")
    assert article.title == title
    assert article.text.split("\n\n") == paragraphs
    assert (article.published, article.published_source) == (published, source)


WIRE_NO_HEADLINE = """\
Leer en español
Share
Copy
Link copied
Email
Facebook
X
Reddit
Print
WASHINGTON (AP) — The Senate passed a stopgap spending bill late Saturday, averting a government shutdown hours before the deadline.

The vote was 88-9, sending the measure to the president’s desk.

___

Associated Press writers Jane Roe and John Doe contributed to this report.
"""

PORTAL_BYLINE = """\
Senate passes stopgap bill, averting shutdown
Jane Roe
Sat, September 30, 2023 at 11:45 PM GMT+1·2 min read
In this article:
The Senate passed a stopgap spending bill late Saturday, averting a government shutdown hours before the deadline.

The vote was 88-9, lawmakers said.

Read the original article on Example Post.
Terms and Privacy Policy
Privacy Dashboard
"""

NETWORK_SITE = """\
IE 11 is not supported. For an optimal experience visit our site on another browser.
Skip to Content
Example News Logo
Politics
U.S. News
World
Local
Business
Sign In
Create your free profile
Sections
Senate passes stopgap bill, averting shutdown
The measure now goes to the president, who is expected to sign it.
Sept. 30, 2023, 11:45 PM UTC / Updated Oct. 1, 2023, 12:10 AM UTC
By Jane Roe and John Doe
WASHINGTON — The Senate passed a stopgap spending bill late Saturday, averting a government shutdown hours before the deadline.

The vote was 88-9.

Jane Roe
Jane Roe is a congressional reporter for Example News.
"""

BODY = (
    "The Senate passed a stopgap spending bill late Saturday, averting a government shutdown "
    "hours before the deadline."
)


def test_wire_page_without_a_headline() -> None:
    article = article_from_text(WIRE_NO_HEADLINE, article_id="x")
    assert article.text.split("\n\n") == [
        "WASHINGTON (AP) — " + BODY,
        "The vote was 88-9, sending the measure to the president’s desk.",
    ]
    assert article.title.startswith("WASHINGTON (AP) — The Senate passed")
    assert (article.published, article.published_source) == (None, PublishedSource.NONE)


def test_portal_page_with_byline_and_reading_time() -> None:
    article = article_from_text(PORTAL_BYLINE, article_id="x")
    assert article.title == "Senate passes stopgap bill, averting shutdown"
    assert article.text.split("\n\n") == [BODY, "The vote was 88-9, lawmakers said."]
    assert (article.published, article.published_source) == (
        date(2023, 9, 30),
        PublishedSource.BYLINE,
    )


def test_network_site_with_browser_notice_and_author_bio() -> None:
    article = article_from_text(NETWORK_SITE, article_id="x")
    assert article.title == "Senate passes stopgap bill, averting shutdown"
    assert article.text.split("\n\n") == [
        "The measure now goes to the president, who is expected to sign it.",
        "WASHINGTON — " + BODY,
        "The vote was 88-9.",
    ]
    assert article.published == date(2023, 9, 30)
