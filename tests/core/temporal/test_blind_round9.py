"""What news round 9 and history round 7 (``bench/data/news_blind9.jsonl``, ``history_blind7``)
found wrong, each family kept right here in sentences of its own."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.temporal import tag


@pytest.mark.parametrize(("anchor", "text", "phrase", "value"), [
    # a record before "in N years" makes it a span, not a time to come
    ("2012-09-19", "It was the first walkout in the city in 25 years.", "25 years", "P25Y"),
    ("2015-03-02", "Snowfall reached its highest level in a decade.", "a decade", "P10Y"),
    ("2015-03-02", "The plant will reopen in 2 years.", "2 years", "2017"),
    # a list of months or days without a year runs forward
    ("2012-09-19", "The days lost will be made up in December and June.", "June", "2013-06"),
    ("2012-09-19", "The fair runs from December 30 to January 2.", "January 2", "2013-01-02"),
    ("2012-09-19", "Sales fell in March and May.", "May", "2012-05"),
    # a compound duration with a comma
    ("2016-04-18", "She won in two hours, 12 minutes, ahead of the field.",
     "two hours, 12 minutes", "PT2H12M"),
    # the Monday after Thanksgiving
    ("2019-12-02", "Retailers expect Cyber Monday to set a record.", "Cyber Monday",
     "2019-12-02"),
    # a month or season without a year in a story told BC takes the story's year
    ("2020-05-01", "The war broke out in 218 BC. In the autumn the army crossed the Alps, and "
     "in December it won a battle.", "December", "BC0218-12"),
    ("2020-05-01", "The war broke out in 218 BC. In the autumn the army crossed the Alps.",
     "the autumn", "BC0218-FA"),
    ("2020-05-01", "The army wintered in the north in 218 BC. The following spring it marched "
     "south.", "The following spring", "BC0217-SP"),
    ("2020-05-01", "The city fell in October 331 BC. The following March the palace burned.",
     "The following March", "BC0330-03"),
    ("2020-05-01", "the war broke out in 218 bc, in the spring.", "218 bc", "BC0218"),
])
def test_round9_finding(anchor: str, text: str, phrase: str, value: str) -> None:
    found = {m.text: m.value for m in tag(text, date.fromisoformat(anchor), lang="en")}
    assert found.get(phrase) == value, found


@pytest.mark.parametrize(("anchor", "prefer", "text", "value"), [
    ("2025-04-09", "future", "3pm next tuesday", "2025-04-15T15:00"),
    ("2025-04-09", "future", "at 4 this afternoon", "2025-04-09T16:00"),
    ("2025-04-09", "future", "quarter to five this afternoon", "2025-04-09T16:45"),
    ("2025-04-09", "future", "5am this evening", "2025-04-09T05:00"),  # its half is written
    ("2025-04-09", "future", "from 10am to noon tomorrow", "2025-04-10T10:00"),
    ("2025-04-09", "future", "friday next week", "2025-04-18"),
    ("2025-04-09", "future", "by the end of q3", "2025-Q3"),
])
def test_typed_day_and_time(anchor: str, prefer: str, text: str, value: str) -> None:
    found = tag(text, date.fromisoformat(anchor), prefer=prefer, lang="en")
    assert found and found[0].value == value, [(m.text, m.value) for m in found]


def test_a_clock_in_a_sentence_stays_apart_from_its_day() -> None:
    found = tag("They met at 3pm and left next Tuesday.", date(2025, 4, 9), lang="en")
    assert [m.text for m in found] == ["3pm", "next Tuesday"]


@pytest.mark.parametrize(("anchor", "prefer", "text", "value"), [
    ("2026-02-12", "future", "today between 2 and 4pm", "2026-02-12T14:00"),
    ("2026-02-12", "future", "friday from 9 to 11am", "2026-02-13T09:00"),
    ("2026-02-12", "future", "next week monday", "2026-02-16"),
    ("2026-02-12", "future", "the first of next month", "2026-03-01"),
    ("2026-02-12", "future", "weekend", "2026-W07-WE"),
    ("2026-02-12", "future", "2026 Q3", "2026-Q3"),
    ("2026-02-12", "future", "1 hour 30 minutes", "PT1H30M"),
])
def test_seventh_table_families(anchor: str, prefer: str, text: str, value: str) -> None:
    found = tag(text, date.fromisoformat(anchor), prefer=prefer, lang="en")
    assert found and found[0].value == value, [(m.text, m.value) for m in found]


def test_weekend_in_a_sentence_needs_its_article() -> None:
    assert not tag("Weekend traffic was light.", date(2026, 2, 12), lang="en")


@pytest.mark.parametrize(("text", "phrase", "value"), [
    # a bound that looks ahead, after a later month of the story's year: the next year's
    ("The allies landed in September 1854 and laid siege to the port in October. A storm "
     "wrecked their ships in November, and by January thousands of men were in hospital.",
     "January", "1855-01"),
    ("The allies landed in February 1854 and laid siege to the port. The fleet sailed in "
     "March, and by June the port had fallen.", "June", "1854-06"),
    ("The French took the fort in September 1855 and the Russians left the city. The tsar "
     "had died in March.", "March", "1855-03"),
    # years of three digits with a day or a season
    ("The emperor died at Baiae on 10 July 138.", "10 July 138", "0138-07-10"),
    ("The city fell on August 24, 410, when the gates were opened.", "August 24, 410",
     "0410-08-24"),
    ("He sailed east in the spring of 123.", "the spring of 123", "0123-SP"),
])
def test_round8_history_finding(text: str, phrase: str, value: str) -> None:
    found = {m.text: m.value for m in tag(text, date(2021, 8, 15), lang="en")}
    assert found.get(phrase) == value, found


def test_a_count_after_a_day_is_no_year() -> None:
    found = {m.text: m.value for m in tag("On 10 July 138 people were killed.", date(2021, 8, 15),
                                          lang="en")}
    assert "10 July 138" not in found


@pytest.mark.parametrize(("anchor", "text", "phrase", "value"), [
    # an offset in apposition to a dated clause is the span between, not a date
    ("2005-03-09", "Thousands rallied on Tuesday, eight days after protests forced the prime "
     "minister out.", "eight days", "P8D"),
    ("2017-05-04", "Voters go to the polls today, five weeks before a general election on "
     "June 8.", "five weeks", "P5W"),
    # a clock time told in the past is no hour of a day still to come
    ("2017-05-04", "Voters go to the polls today, five weeks before a general election on "
     "June 8. Polling stations opened at 7 a.m.", "7 a.m.", "2017-05-04T07:00"),
    ("2017-05-04", "The summit will open on June 8. Talks will start at 9 a.m.", "9 a.m.",
     "2017-06-08T09:00"),
    # "overnight" ahead when the clause looks ahead
    ("2017-05-04", "Most results are expected overnight.", "overnight", "2017-05-04TNI"),
    ("2017-05-04", "Passengers were stranded overnight.", "overnight", "2017-05-03TNI"),
    # "a year earlier" beside a quarter named in the sentence is that quarter
    ("2011-07-21", "The airline reported a second-quarter profit of $26 million last week, "
     "down from $44 million a year earlier.", "a year earlier", "2010-Q2"),
    # a list of weekdays is no list of months: "Friday and Thursday" both lie behind
    ("1998-02-06", "Following are statements made Friday and Thursday by the lawyer.",
     "Thursday", "1998-02-05"),
])
def test_round10_news_finding(anchor: str, text: str, phrase: str, value: str) -> None:
    found = {m.text: m.value for m in tag(text, date.fromisoformat(anchor), lang="en")}
    assert found.get(phrase) == value, found


@pytest.mark.parametrize(("anchor", "text", "phrase", "value"), [
    # a clock time after a report's date ("officials said Monday") is on the day reported
    ("2021-10-04", "A strong earthquake shook Tokyo late Sunday night, officials said Monday. "
     "The quake struck at 10:41 p.m. and was centred east of the capital.", "10:41 p.m.",
     "2021-10-03T22:41"),
    ("2021-10-04", "The minister arrived on Sunday and met the president on Monday. The talks "
     "began at 10 a.m.", "10 a.m.", "2021-10-04T10:00"),
    # a day in the same sentence keeps its clock time, whatever the tense reader says after
    ("2016-11-10", "The drama returns for its fourth season on Sunday at 9 p.m. The new "
     "episodes were filmed last year.", "9 p.m.", "2016-11-13T21:00"),
    # a month or day in the sentence of "next year's" or "last year's" is that year's
    ("1996-07-22", "Next year's race will start in Rouen on July 5.", "July 5", "1997-07-05"),
    ("1996-07-22", "Last year's final was played on May 30.", "May 30", "1995-05-30"),
    # news after the story's last year brings the story back to the present
    ("2009-01-20", "He retired in 1984. He suffered a stroke last month and had been in "
     "hospital since Christmas.", "Christmas", "2008-12-25"),
])
def test_round11_news_finding(anchor: str, text: str, phrase: str, value: str) -> None:
    found = {m.text: m.value for m in tag(text, date.fromisoformat(anchor), lang="en")}
    assert found.get(phrase) == value, found


def test_a_look_back_with_an_irregular_participle_does_not_move_the_story() -> None:
    text = ("The fortress surrendered on 2 January 1905. The largest battle was fought from late "
            "February to 10 March. Meanwhile the fleet had left its ports in October 1904 for a "
            "voyage of seven months. It reached the strait on 27 May and was destroyed.")
    found = {m.text: m.value for m in tag(text, date(2023, 4, 11), lang="en")}
    assert found.get("27 May") == "1905-05-27", found


def test_that_month_after_a_look_back_is_the_look_backs_and_moves_no_story() -> None:
    text = ("The act passed the Commons in March 1832 after a year of struggle. The Lords had "
            "rejected an earlier bill in October 1831, and riots broke out later that month. "
            "In May the king gave way. The act received assent on 7 June.")
    found = {m.text: m.value for m in tag(text, date(2019, 3, 3), lang="en")}
    assert (found.get("later that month"), found.get("May"), found.get("7 June")) == (
        "1831-10", "1832-05", "1832-06-07"), found


def test_a_fixture_in_the_plural_present_is_ahead() -> None:
    found = {m.text: m.value for m in tag("The hosts are through. They play Ecuador in Berlin on "
                                          "Tuesday.", date(2006, 6, 15), lang="en")}
    assert found.get("Tuesday") == "2006-06-20", found
