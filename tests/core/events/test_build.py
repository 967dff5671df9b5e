"""Events from mentions: what an agency dateline at the head of the lead does to their labels."""

from __future__ import annotations

from datetime import date

from timeline_app.core.events.build import build_events
from timeline_app.core.model import Article, Granularity, PublishedSource

from ..factories import mention

BODY = ("Harbour strike\n\n"
        "MARROWPORT, Oct 8 (Coastline Wire) -- About 2,300 dockworkers walked off the job on "
        "Monday, halting the port.\n\n"
        "The previous agreement expired on September 30.\n")


def _events(body: str, *mentions):
    article = Article("a1", "Harbour strike", body, date(2024, 10, 8), PublishedSource.BYLINE)
    return build_events(article, list(mentions))


def test_the_datelines_date_keeps_its_event() -> None:
    """"Oct 8" in the dateline is when the report was filed. Dropping its event would be right,
    but it cost the development stories two gold pairs (a lone-day count changes): kept for now."""
    day = Granularity.DAY
    events = _events(
        BODY,
        mention("Oct 8", BODY, "2024-10-08", day, date(2024, 10, 8), date(2024, 10, 9)),
        mention("Monday", BODY, "2024-10-07", day, date(2024, 10, 7), date(2024, 10, 8)),
    )
    assert [e.mention.text for e in events] == ["Oct 8", "Monday"]
    assert events[0].label.startswith("MARROWPORT")  # the expression is in the dateline itself


def test_a_label_starts_after_the_dateline() -> None:
    day = Granularity.DAY
    (event,) = _events(
        BODY, mention("Monday", BODY, "2024-10-07", day, date(2024, 10, 7), date(2024, 10, 8)))
    assert event.label.startswith("About 2,300 dockworkers walked off the job")
    assert event.sentence.startswith("MARROWPORT, Oct 8")  # the sentence keeps what it said


def test_an_undated_dateline_leaves_the_label_too() -> None:
    body = "LONDON -- The minister arrived in the capital on Wednesday for two days of talks.\n"
    day = Granularity.DAY
    (event,) = _events(
        body, mention("Wednesday", body, "2023-10-18", day, date(2023, 10, 18), date(2023, 10, 19)))
    assert event.label.startswith("The minister arrived in the capital")
    # two capitals and a dash are no city: "US - China talks" keeps its first word
    body = "US - China talks resumed on Friday in Geneva after a long pause.\n"
    (event,) = _events(
        body, mention("Friday", body, "2023-10-20", day, date(2023, 10, 20), date(2023, 10, 21)))
    assert event.label.startswith("US - China talks resumed")
