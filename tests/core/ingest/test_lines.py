"""Golden tables of single lines: furniture that must go, article text that must stay."""

from __future__ import annotations

import pytest

from timeline_app.core.ingest.fragments import cut_breadcrumb, cut_icon_inventory
from timeline_app.core.ingest.furniture import (
    is_caption,
    is_section_header,
    is_service_line,
    is_ui_line,
)

UI = [
    "Share", "Share this article", "Share on Facebook", "Facebook Twitter WhatsApp Email",
    "Skip to main content", "Advertisement", "ADVERTISEMENT", "Advertisement - scroll to continue",
    "Story continues below advertisement", "Story continues below", "Continue reading",
    "Read more", "Show comments", "12 Comments", "Comments (12)", "Like (12)", "Wow (3) Sad (1)",
    "1.2k views", "Listen to this article", "4 min read", "• 1d • 3 min read", "2 hours ago",
    "Image source, Getty Images", "Image caption, Police at the scene on Monday", "1 / 12",
    "© 2024 Example Media Group", "Copyright 2023 The Example Press. All rights reserved.",
    "Reporting by Jane Roe; Editing by John Doe", "Sign up here.", "Sign in", "Log in / Register",
    "Click here to get the news app", "Follow us on Instagram", "Download the app", "Menu",
    "Newsletter Signup Register / Login", "View", "Print", "Copy link", "Link Copied!",
    "Source link", "Leave a Comment", "Leave a reply", "Ad Feedback", "See Full Web Article",
    "Read more: Police name the victim of Sunday's crash", "RELATED: Storm knocks out power",
    "Our Standards: The Trust Principles.", "Reuse this content",
    "Associated Press writer Jane Roe in Berlin contributed to this report.",
    "Jane Roe covers the courts. Reach her at jroe@example.com.",
    "This article originally appeared on Example Daily: Council backs plan",
]  # fmt: skip

SERVICE = [
    "Stay up to date with notifications from The Example",
    "Notifications can be managed in browser preferences.",
    "Thank you for registering",
    "Please refresh the page or navigate to another page on the site to be logged in",
    "We and our partners use cookies to personalise content and ads.",
    "Sign up for our morning briefing newsletter",
    "Subscribe to continue reading",
    "This article is exclusive to subscribers.",
    "Already a subscriber? Log in",
    "You have reached your limit of free articles this month",
    "Please enable JavaScript to view the comments",
    "We may earn a commission when you buy through links on our site.",
]

SECTIONS = [
    "Related", "Ranking", "Recommendation", "Recommended for you", "Most read", "Most Popular",
    "Trending Now", "Top Stories", "More from Politics", "More on this story", "You may also like",
    "Don't miss", "Read Next", "Editor's Picks", "Latest news", "Around the web",
]  # fmt: skip

CAPTIONS = [
    "Rescuers search the rubble on Tuesday (AP Photo/Jane Roe)",
    "The minister arrives at the summit (Pool Photo via AP)",
    "Protesters outside parliament. Photograph: Jane Roe/Reuters",
    "Smoke rises over the city. Photo: AFP",
    "Delegates at the opening session (Foreign Ministry Press Service)",
    "Firefighters at the scene. (Getty Images)",
    "Police at the scene. Credit: Jane Roe/Example News",
]

ARTICLE = [
    "The minister said talks would continue on Tuesday, according to a statement.",
    "“We will not give up,” she said. “Our people deserve better.”",
    "Share prices fell 3% on Monday after the company warned on profits.",
    "The company's app was downloaded more than a million times in its first week.",
    "Police said the man was taken to hospital with serious injuries.",
    "The agency shared the photo on Twitter, where it was viewed 2 million times.",
    "Google said it would stop using third-party cookies in its Chrome browser next year.",
    "The court heard the case in the morning session (Case No. 12-345).",
    "He thanked North Korea for its support, the ministry said in a statement (in Russian).",
    "SEOUL",
    "Storm leaves thousands without power",
    "Related stories of survival emerged from the rubble as rescuers dug through the night.",
    "Read the full statement below.",
]

MENU_LINE = "World Business Markets Sustainability Legal Technology"


@pytest.mark.parametrize("line", UI)
def test_ui_lines(line: str) -> None:
    assert is_ui_line(line), line


@pytest.mark.parametrize("line", SERVICE)
def test_service_lines(line: str) -> None:
    assert is_service_line(line), line


@pytest.mark.parametrize("line", SECTIONS)
def test_section_headers(line: str) -> None:
    assert is_section_header(line), line


@pytest.mark.parametrize("line", CAPTIONS)
def test_captions(line: str) -> None:
    assert is_caption(line), line


@pytest.mark.parametrize("line", ARTICLE)
def test_article_lines_are_not_furniture(line: str) -> None:
    assert not is_ui_line(line)
    assert not is_service_line(line)
    assert not is_section_header(line)
    assert not is_caption(line)


def test_menu_of_section_names() -> None:
    assert is_ui_line(MENU_LINE)


def test_icon_inventory_is_cut_and_the_rest_kept() -> None:
    line = (
        "Updated 2024-01-02 Home An icon of a house. Search An icon of a magnifying glass. "
        "Close Icon An icon used to dismiss a component Comment An icon of a speech bubble. "
        "Plus A mathematical 'plus' symbol. Storm hits the coast."
    )
    kept, cut = cut_icon_inventory(line)
    assert kept == "Updated 2024-01-02 Storm hits the coast."
    assert cut >= 4


def test_two_icon_like_sentences_are_not_an_inventory() -> None:
    line = "Police A spokesperson said. Officials A source said. The storm passed."
    assert cut_icon_inventory(line) == (line, 0)


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("Current:Home > NewsStorm hits the coast - Example Site", "Storm hits the coast - Example Site"),
        ("Home > World > Europe", ""),
        ("You are here: Home » Sport » Football Cup final goes to penalties", "Football Cup final goes to penalties"),
        ("Home > News Storm hits the coast", "Storm hits the coast"),
        ("Prices > expectations, analysts said", None),
        ("5 > 3 is true", None),
    ],
)  # fmt: skip
def test_breadcrumbs(line: str, rest: str | None) -> None:
    kept, cut = cut_breadcrumb(line)
    if rest is None:
        assert (kept, cut) == (line, False)
    else:
        assert (kept, cut) == (rest, True)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Home News World Storm hits the coast of Maine", "Storm hits the coast of Maine"),
        ("Storm hits the coast of Maine Share Tweet Email", "Storm hits the coast of Maine"),
        ("Share prices fell sharply on Monday.", None),
        ("Home Office officials said the plan would go ahead.", None),
        ("Watch Live Video", None),
        ("Officials urged residents to watch live video updates.", None),
    ],
)
def test_glued_button_runs(line: str, kept: str | None) -> None:
    from timeline_app.core.ingest.fragments import cut_glued_ui

    assert cut_glued_ui(line) == ((kept, True) if kept else (line, False))


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "Newsletter Signup Register / Login Storm hits the coast, officials said on Monday.",
            "Storm hits the coast, officials said on Monday.",
        ),
        (
            "The talks ended. Advertisement The ministers will meet again in May.",
            "The talks ended. The ministers will meet again in May.",
        ),
        (
            "ADVERTISEMENT The ministers will meet again in May.",
            "The ministers will meet again in May.",
        ),
        (
            "The ministers will meet again in May. Sign up for our daily newsletter",
            "The ministers will meet again in May.",
        ),
        ("Advertisement revenue fell by 5% last year.", None),
    ],
)
def test_glued_furniture_inside_a_line(line: str, kept: str | None) -> None:
    from timeline_app.core.ingest.plaintext import clean_text

    text = clean_text("Headline for the test page\n\n" + line + "\n").text
    assert text == (kept if kept else line)
