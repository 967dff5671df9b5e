"""History told as narrative (text written for these tests): bare months and days take the
story's year, relative expressions move from the last date told, year ranges and eras."""

from __future__ import annotations

from datetime import date

from timeline_app.core.temporal import tag

ANCHOR = date(2010, 6, 1)  # the article's date: long after the events it tells

STORY = (
    "The Northern Campaign began on 3 March 1821, when the rebel army crossed the river. "
    "On 14 June, the rebels took the port; two weeks later the garrison surrendered. "
    "In the autumn of 1821 the government counter-attacked, but the offensive stalled in "
    "November. The following year brought famine. In early 1822 the rebels signed a truce, "
    "which lasted for three years. The war ended in 1825. That winter was the harshest in "
    "memory. The treaty of 1826 followed, and the following June the last troops left."
)


def _found(text: str = STORY, anchor: date | None = ANCHOR) -> dict[str, tuple[str, str]]:
    return {m.text: (m.value, m.reference) for m in tag(text, anchor)}


def test_bare_days_and_months_take_the_story_year() -> None:
    found = _found()
    assert found["14 June"] == ("1821-06-14", "narrative")
    assert found["November"] == ("1821-11", "narrative")


def test_relative_expressions_move_from_the_last_date_told() -> None:
    found = _found()
    assert found["two weeks later"][0] == "1821-W26"
    assert found["The following year"][0] == "1822"
    assert found["That winter"][0] == "1825-WI"
    assert found["the following June"][0] == "1827-06"


def test_explicit_dates_stay_absolute() -> None:
    found = _found()
    assert found["3 March 1821"] == ("1821-03-03", "absolute")
    assert found["early 1822"][0] == "1822"
    assert found["three years"][0] == "P3Y"


def test_year_ranges_and_eras() -> None:
    found = _found("Fighting in 1861\u20131865 killed many; Hannibal crossed the Alps in 218 BC "
                   "and Augustus died in AD 14.")
    assert found["1861"][0] == "1861"
    assert found["1865"][0] == "1865"
    assert found["218 BC"][0] == "BC0218"
    assert found["AD 14"][0] == "0014"


def test_that_night_is_the_story_day() -> None:
    found = _found("The siege began on 3 March 1812. That night the walls fell.")
    assert found["That night"] == ("1812-03-03TNI", "narrative")


def test_news_deictics_still_go_to_the_anchor_in_history_text() -> None:
    text = STORY + " Historians said yesterday that the archive would open next year."
    found = _found(text)
    assert found["yesterday"][0] == "2010-05-31"
    assert found["next year"][0] == "2011"


def test_clock_times_and_parts_of_named_days() -> None:
    found = _found("At 04:45 on 1 September 1939 the guns opened fire. On the morning of "
                   "6 June 1944 troops landed.")
    assert found["04:45 on 1 September 1939"][0] == "1939-09-01T04:45"
    assert found["the morning of 6 June 1944"][0] == "1944-06-06TMO"


def test_weekday_in_history_moves_forward_from_the_story_date() -> None:
    found = _found("Built in 1921 and refitted in 1936, the fleet sailed in 1941. It left port "
                   "on Friday, 5 December 1941. On Sunday, the planes struck.")
    assert found["Sunday"] == ("1941-12-07", "narrative")


def test_vague_spans_of_a_story_are_durations() -> None:
    found = _found("The war began in 1914. Over the following months the front held, and in "
                   "the weeks that followed, supplies ran low. Early in 1916 it broke.")
    assert found["the following months"][0] == "PXM"
    assert found["the weeks that followed"][0] == "PXW"
    assert found["Early in 1916"][0] == "1916"


def test_the_year_in_history_is_the_story_year() -> None:
    found = _found("Built in 1921 and refitted in 1936, the fleet sailed in 1941. It left port "
                   "in March 1941. The year was a disaster for the navy.")
    assert found["The year"] == ("1941", "narrative")


def test_short_year_ranges_and_another_decade() -> None:
    found = _found("The war of 1914-18 changed the map; the truce lasted another decade.")
    assert found["1914"][0] == "1914" and found["18"][0] == "1918"
    assert found["another decade"][0] == "P10Y"
