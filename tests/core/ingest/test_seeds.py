"""End to end over the bundled seed corpus: what survives, what is cut, titles and dates."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.ingest import discover, read_file
from timeline_app.core.model import Article, PublishedSource
from timeline_app.core.resources import seeds_dir


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    paths, problems = discover([seeds_dir()])
    assert problems == []
    articles: dict[str, Article] = {}
    for path in paths:
        loaded, file_problems = read_file(path)
        assert file_problems == []
        for article in loaded:
            articles[article.id[:3]] = article
    return articles


def test_five_articles(seeds: dict[str, Article]) -> None:
    assert sorted(seeds) == ["000", "001", "002", "003", "004"]
    assert all(len(a.content_hash) == 64 for a in seeds.values())


@pytest.mark.parametrize(
    "furniture",
    [
        "An icon of",
        "Calendar",
        "Newsletter Signup",
        "Register / Login",
        "Related",
        "Ranking",
        "Recommendation",
        "Elle Macpherson",
        "veryGood",
        "Current:Home",
        "ProfitZone",
        "Your support helps us",
        "Your donation",
        "paywalls",
        "Your support makes all the difference",
        "Notifications can be managed",
        "Thank you for registering",
        "Please refresh the page",
        "Source link",
        "Posted in",
        "Billboard Lifestyle",
        "Leave a Comment",
        "By Press Association",
        "via AP)",
        "Handout via REUTERS",
        "Wednesday 18 October 2023 07:00 EDT",
        "date 2023-10-19",
        "Date:2025-04-26",
    ],
)
def test_furniture_is_gone(seeds: dict[str, Article], furniture: str) -> None:
    for article in seeds.values():
        assert furniture not in article.text, article.id


@pytest.mark.parametrize(
    ("key", "paragraph"),
    [
        ("000", "Russian foreign minister Sergey Lavrov thanked North Korea for its support"),
        ("000", "The flurry of diplomacy between Moscow and Pyongyang underscores how their"),
        ("001", "Lavrov arrived in Pyongyang on Wednesday for meetings seen as setting the stage"),
        ("001", "Kremlin spokesman Dmitry Peskov has said that the Western allegations were not"),
        ("002", "LONDON -- Russia's Foreign Minister Sergei Lavrov has hailed deepening relations"),
        ("002", "Lavrov held a meeting with the staff of the Russian embassy in North Korea, the"),
        (
            "003",
            "Russian Foreign Minister Sergey Lavrov arrived in North Korea on Wednesday, accord",
        ),
        ("003", "Soviet aid shipments were crucial in keeping North Korea’s economy afloat"),
        ("004", "Russian Foreign Minister Sergei Lavrov praised his country’s military alliance"),
        ("004", "There has been no official confirmation of this."),
    ],
)
def test_real_paragraphs_stay(seeds: dict[str, Article], key: str, paragraph: str) -> None:
    assert paragraph in seeds[key].text


def test_paragraphs_are_joined_by_blank_lines(seeds: dict[str, Article]) -> None:
    for article in seeds.values():
        assert "\n\n\n" not in article.text
        assert all(p.strip() == p and p for p in article.text.split("\n\n"))
    assert seeds["002"].text.count("\n\n") >= 15  # single-newline paragraphs are kept apart


def test_titles_are_the_headlines(seeds: dict[str, Article]) -> None:
    assert seeds["000"].title == (
        "Russian minister thanks North Korea for ‘unwavering’ support of war in Ukraine"
    )
    assert seeds["001"].title == (
        "Russian foreign minister thanks North Korea for supporting its war in Ukraine"
    )
    assert seeds["002"].title == (
        "Russian foreign minister thanks North Korea for 'unwavering' support in Ukraine war"
    )
    assert seeds["003"].title == (
        "Russian Foreign Minister Lavrov arrives in North Korea, Russian state media say"
    )
    assert seeds["004"].title == (
        "Russia’s Lavrov praises Pyongyang’s ‘unequivocal support’ on Ukraine"
    )
    for article in seeds.values():
        assert article.title not in article.text


@pytest.mark.parametrize(
    ("key", "published", "source"),
    [
        ("000", date(2023, 10, 19), PublishedSource.HEADER),
        ("001", date(2023, 10, 19), PublishedSource.HEADER),
        ("002", date(2025, 4, 26), PublishedSource.HEADER),
        ("003", date(2023, 10, 18), PublishedSource.BYLINE),
        ("004", None, PublishedSource.NONE),
    ],
)
def test_publication_dates(
    seeds: dict[str, Article], key: str, published: date | None, source: PublishedSource
) -> None:
    assert seeds[key].published == published
    assert seeds[key].published_source is source
