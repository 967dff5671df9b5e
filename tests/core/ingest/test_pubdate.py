"""Publication dates: headers, bylines, URLs, nonsense, and which candidate wins."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.ingest import find_publication_dates
from timeline_app.core.ingest.pubdate import choose_publication, date_from_url, parse_date
from timeline_app.core.model import PublishedSource

H, B = PublishedSource.HEADER, PublishedSource.BYLINE


@pytest.mark.parametrize(
    ("line", "value", "source", "cut"),
    [
        # header lines: a label with a colon, the word "date", or a machine-written date
        (" date 2023-10-19 Calendar", date(2023, 10, 19), H, "date 2023-10-19"),
        ("Date:2025-04-26 21:37:10", date(2025, 4, 26), H, "Date:2025-04-26 21:37:10"),
        ("Published: Oct. 18, 2023 at 7:00 a.m.", date(2023, 10, 18), H, None),
        ("Posted: Oct 18, 2023 / 07:00 PM EDT", date(2023, 10, 18), H, None),
        ("Updated 2023-10-19", date(2023, 10, 19), H, None),
        ("Last updated: 19/10/2023", date(2023, 10, 19), H, None),
        ("Publication date: 7 March 2021", date(2021, 3, 7), H, None),
        ("2024-05-02", date(2024, 5, 2), H, None),
        # bylines: a date (and time, weekday, author) alone near the top
        ("Wednesday 18 October 2023 07:00 EDT", date(2023, 10, 18), B, None),
        ("Oct. 18, 2023 at 7:00 a.m.", date(2023, 10, 18), B, None),
        ("Published 3:12 PM EDT, Wed October 18, 2023", date(2023, 10, 18), B, None),
        ("Updated 10:02 AM GMT+1, October 19, 2023", date(2023, 10, 19), B, None),
        ("By Jane Roe | Oct 18 2023", date(2023, 10, 18), B, None),
        ("Thu 1 Feb 2024 12.00 GMT", date(2024, 2, 1), B, None),
        ("Sept. 7, 2023", date(2023, 9, 7), B, None),
        ("March 3rd, 2022 • 5 min read", date(2022, 3, 3), B, None),
        ("12/25/2021 10:00 AM", date(2021, 12, 25), B, None),
        ("25.12.2021", date(2021, 12, 25), B, None),
    ],
)
def test_candidates(line: str, value: date, source: PublishedSource, cut: str | None) -> None:
    (candidate,) = find_publication_dates(line)
    assert (candidate.value, candidate.source) == (value, source)
    expected = cut if cut is not None else line.strip()
    assert line[candidate.start : candidate.end] == expected


@pytest.mark.parametrize(
    "line",
    [
        "date 2023-02-30",  # no such day
        "Published: 1850-01-01",  # before 1900
        "Date: 2150-01-01",  # after 2100
        "Lavrov arrived on October 18, 2023, in the capital, where he met officials of the party.",
        "The 2023-24 season starts in August, the league said.",
        "Date night ideas for the weekend",
        "Room 12/25 is closed.",
    ],
)
def test_no_candidate(line: str) -> None:
    assert find_publication_dates(line) == []


def test_only_the_top_of_the_page_is_searched() -> None:
    body = "\n".join(f"Paragraph {n} of the story goes here." for n in range(30))
    assert find_publication_dates(body + "\nPublished: 2020-01-01\n" + body) == []
    assert find_publication_dates("Published: 2020-01-01\n" + body)[0].value == date(2020, 1, 1)


def test_spans_point_into_the_whole_text() -> None:
    text = "Headline here\n\nBy Jane Roe\nWednesday 18 October 2023 07:00 EDT\nBody."
    (candidate,) = find_publication_dates(text)
    assert text[candidate.start : candidate.end] == "Wednesday 18 October 2023 07:00 EDT"


def test_original_beats_update_and_page_order_decides() -> None:
    text = "Updated: 2023-10-20\nPublished: 2023-10-18\nDate: 2023-10-19"
    candidates = find_publication_dates(text)
    assert [c.value.day for c in candidates] == [20, 18, 19]
    assert choose_publication(candidates).value == date(2023, 10, 18)
    only_updates = find_publication_dates("Updated: 2023-10-20\nLast modified: 2023-10-21")
    assert choose_publication(only_updates).value == date(2023, 10, 20)
    assert choose_publication([]) is None


@pytest.mark.parametrize(
    ("url", "value"),
    [
        ("https://x.example/world/2023/10/18/story.html", date(2023, 10, 18)),
        ("https://x.example/world/2023/oct/18/story", date(2023, 10, 18)),
        ("https://x.example/news/20231018/story", date(2023, 10, 18)),
        ("https://x.example/2023-10-18-story", date(2023, 10, 18)),
        ("https://x.example/2023/02/30/story", None),
        ("https://x.example/story-123456", None),
        ("", None),
    ],
)
def test_url_dates(url: str, value: date | None) -> None:
    assert date_from_url(url) == value


def test_parse_date_never_invents_today() -> None:
    assert parse_date("no date here at all") is None
    assert parse_date("today") is None
    assert parse_date("on 5 June 2019 at noon") == date(2019, 6, 5)


def test_candidate_span() -> None:
    (candidate,) = find_publication_dates("Date: 2020-02-29")
    assert candidate.span == (0, 16)
    assert candidate.value == date(2020, 2, 29)


@pytest.mark.parametrize(
    "line",
    [
        "The vote was held on 12 March 2021 at noon.",
        "On 12 March 2021 the council approved the budget.",
        "Polls close at 8 p.m. on November 5, 2024",
    ],
)
def test_short_sentences_with_dates_are_not_bylines(line: str) -> None:
    assert find_publication_dates(line) == []


def test_glued_year_and_time() -> None:
    (candidate,) = find_publication_dates("October 2, 20233:05 PM GMTUpdated 2 hours ago")
    assert (candidate.value, candidate.source) == (date(2023, 10, 2), B)


def test_candidates_unpack_as_date_source_span() -> None:
    ((value, source, span),) = find_publication_dates("Published: 2021-04-05")
    assert (value, source, span) == (date(2021, 4, 5), H, (0, 21))


def test_long_menus_do_not_push_the_byline_out_of_reach() -> None:
    menu = "\n".join(["News", "World", "Business", "Sport", "Culture"] * 8)
    text = f"{menu}\nStorm hits the coast\nBy Jane Roe\n18 October 2023\nBody text here."
    (candidate,) = find_publication_dates(text)
    assert candidate.value == date(2023, 10, 18)


def test_a_labelled_date_at_the_foot_counts_when_the_top_has_none() -> None:
    text = "Storm hits coast\n\nThe storm hit on Monday, officials said.\n\nPosted on: 18 October 2023\n"
    (candidate,) = find_publication_dates(text)
    assert (candidate.value, candidate.source) == (date(2023, 10, 18), H)
    assert text[candidate.start : candidate.end] == "Posted on: 18 October 2023"
    top = "Date: 2023-10-17\n" + text
    assert choose_publication(find_publication_dates(top)).value == date(2023, 10, 17)
    assert find_publication_dates("Body.\n\nThe vote was on 18 October 2023 in the city.") == []
