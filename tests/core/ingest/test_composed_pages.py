"""Pages composed at random from furniture and article parts: the article always comes out whole.

Furniture comes from the golden tables of ``test_lines``; paragraphs and headlines are ordinary
news prose. Whatever the mix and order of furniture around and between them, the cleaned text must
be exactly the paragraphs and the title exactly the headline.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.core.ingest import article_from_text

from .test_lines import CAPTIONS, SECTIONS, SERVICE, UI

HEADLINES = [
    "Floods force thousands from their homes in the north",
    "Central bank holds rates as inflation cools",
    "Talks collapse after rival parties walk out",
    "Wildfire crews gain ground as winds ease",
]
PARAGRAPHS = [
    "Heavy rain caused rivers to burst their banks on Tuesday, officials said.",
    "About 3,000 people spent the night in emergency shelters across the region.",
    "“We have never seen water this high,” said one resident, who has lived there for decades.",
    "The government said it would release emergency funds by the end of the week.",
    "Forecasters expect more rain on Thursday, though less than earlier in the week.",
    "The army was deployed to help evacuate residents from villages cut off by the water.",
]
HEAD_FURNITURE = [line for line in UI if len(line.split()) <= 6] + SERVICE[:6]
BYLINES = ["By Jane Roe", "By Jane Roe and John Doe, Example News", "Published: 2024-02-03"]
LINKS = [
    "Storm leaves thousands without power in the east",
    "Minister resigns over expenses claims after inquiry",
    "Why house prices are rising again this spring",
    "Five things to know about the new tax rules",
]


@st.composite
def pages(draw: st.DrawFn) -> tuple[str, str, list[str]]:
    title = draw(st.sampled_from(HEADLINES))
    body = draw(st.lists(st.sampled_from(PARAGRAPHS), min_size=2, max_size=5, unique=True))
    lines = draw(st.lists(st.sampled_from(HEAD_FURNITURE), max_size=6))
    lines.append(title)
    lines += draw(st.lists(st.sampled_from(BYLINES), max_size=2, unique=True))
    for paragraph in body:
        lines.append(paragraph)
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from([*UI[:12], *SERVICE[:4]])))
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(SECTIONS)))
        lines += draw(st.lists(st.sampled_from(LINKS), min_size=1, max_size=4, unique=True))
    lines += draw(
        st.lists(st.sampled_from(["Share", "Source link", "Leave a Comment"]), max_size=3)
    )
    separator = draw(st.sampled_from(["\n", "\n\n"]))
    return separator.join(lines) + "\n", title, body


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(pages())
def test_article_survives_any_furniture(page: tuple[str, str, list[str]]) -> None:
    raw, title, body = page
    article = article_from_text(raw, article_id="composed")
    assert article.title == title
    assert article.text.split("\n\n") == body


MENU = ["World", "Business", "Markets", "Politics", "Sport", "Culture", "Opinion", "Science"]
ICONS = (
    "Calendar An icon of a desk calendar. Search An icon of a magnifying glass. "
    "Close An icon of a cross. Tick An icon of a tick mark."
)
APPEAL = [
    "Your support helps us to tell the story",
    "We rely on readers like you. Your donation keeps our journalism free for everyone.",
    "Your support makes all the difference.",
]
DATELINES = ["By Jane Roe", "Wednesday 18 October 2023 07:00 EDT", "Published: 2024-02-03"]
TAIL = ["Share", "Source link", "Posted in", "Leave a Comment", "Love it! (12)"]
MID_UI = [line for line in UI[:20] if "omment" not in line]


@st.composite
def seed_like_pages(draw: st.DrawFn) -> tuple[str, str, list[str]]:
    """Icon inventories, menus, breadcrumbs, repeated titles, captions, appeals, link lists."""
    title = draw(st.sampled_from(HEADLINES))
    body = draw(st.lists(st.sampled_from(PARAGRAPHS), min_size=2, max_size=5, unique=True))
    lines: list[str] = []
    kind = draw(st.sampled_from(["icons", "menu", "crumb", "plain"]))
    if kind == "icons":
        lines.append(draw(st.sampled_from(["date 2024-02-03 ", "", "Updated 2024-02-03 "])) + ICONS)
    elif kind == "menu":
        lines += draw(st.lists(st.sampled_from(MENU), min_size=3, max_size=8, unique=True))
    elif kind == "crumb":
        lines.append(f"Current:Home > News{title} -ExampleSite")
    lines += draw(st.lists(st.sampled_from(HEAD_FURNITURE), max_size=3))
    lines += [title] * draw(st.integers(1, 2))
    lines += draw(st.lists(st.sampled_from(DATELINES), max_size=2, unique=True))
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(CAPTIONS)))
    for number, paragraph in enumerate(body):
        lines.append(paragraph)
        extra = draw(st.integers(0, 5))
        if extra == 0:
            lines.append(draw(st.sampled_from(CAPTIONS)))
        elif extra == 1:
            lines.append(draw(st.sampled_from(MID_UI)))
        elif extra == 2 and number == 0:
            lines += APPEAL
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(SECTIONS)))
        lines += draw(st.lists(st.sampled_from(LINKS), min_size=1, max_size=4, unique=True))
    lines += draw(st.lists(st.sampled_from(TAIL), max_size=3))
    separator = draw(st.sampled_from(["\n", "\n\n"]))
    return separator.join(lines) + "\n", title, body


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(seed_like_pages())
def test_article_survives_seed_like_furniture(page: tuple[str, str, list[str]]) -> None:
    raw, title, body = page
    article = article_from_text(raw, article_id="composed")
    assert article.title == title
    assert article.text.split("\n\n") == body
