"""Golden table: the time an expression is told against (text written for these tests).

A bare month, day or season takes the year of the story being told, not of a year named in an
aside; news places a bare month by the publication date and the tense; quoted speech resolves
against its own time; years before Christ count down; "the previous day" and "that day" count
from the last day told, else from the publication date.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.temporal import tag

NEWS_DAY = date(2023, 10, 19)  # a Thursday
LATER = date(2015, 1, 1)  # a history article written long after the events
LANDED = "The army landed at the bay in April 1915. "  # a story's governing date

# (text, anchor, expression, value it must give)
GOLDEN = [
    # narrative: the story's year governs, not a year in a parenthesis, citation or aside
    ("The railway reached the valley in March 1871. A chapel nearby (excavated in 1998) had "
     "served the builders. In June, the first train ran.", LATER, "June", "1871-06"),
    ("The town was besieged in April 1644 (Harlow, 1987). In May the garrison surrendered.",
     LATER, "May", "1644-05"),
    ("The fleet left Lisbon in February 1502. Its flagship, rebuilt in 1520, reached the coast "
     "of India in August.", LATER, "August", "1502-08"),
    ("The colonists landed in April 1607 (a site first surveyed in 1994). By the autumn half "
     "of them had died.", LATER, "the autumn", "1607-FA"),
    ("The dam was completed in 1936. The engineer who designed it, born in 1880, inspected it "
     "on 12 May.", LATER, "12 May", "1936-05-12"),
    (LANDED + "Its commander had served in the corps since 1898. In June the line broke.",
     LATER, "June", "1915-06"),
    (LANDED + "The plan echoed the 1898 manual. On 4 June the line broke.", LATER, "4 June",
     "1915-06-04"),
    (LANDED + "As the commander wrote in his 1932 memoir, the assault was doomed. In June the "
     "line broke.", LATER, "June", "1915-06"),
    (LANDED + "The bay was renamed later [1998]. In June the line broke.", LATER, "June",
     "1915-06"),
    (LANDED + "The plan, drafted in 1913, relied on surprise. That summer the line broke.",
     LATER, "That summer", "1915-SU"),
    # news: a month without a year is placed by the publication date and the tense
    ("The chain was founded in 2010. Its first store abroad is expected to open in June.",
     NEWS_DAY, "June", "2024-06"),
    ("The museum, which opened in 2004, will add a wing in June.", NEWS_DAY, "June", "2024-06"),
    ("The bridge, built in 1990, was closed in March for repairs.", NEWS_DAY, "March", "2023-03"),
    ("Founded in 2010, the chain cut 300 jobs in March.", NEWS_DAY, "March", "2023-03"),
    ("The league was created in 2009. Its new season starts in February.", NEWS_DAY,
     "February", "2024-02"),
    # quoted speech and embedded episodes resolve against their own time
    ("In a letter dated March 2, 2016, she wrote: \u201cI will see you Sunday night.\u201d",
     NEWS_DAY, "Sunday night", "2016-03-06TNI"),
    ("\u201cWe will meet again next week,\u201d the minister said on 4 May 2019.",
     NEWS_DAY, "next week", "2019-W19"),
    ("\u201cWe will meet on Friday,\u201d the minister said.", NEWS_DAY, "Friday", "2023-10-20"),
    # years before Christ, and anchors on them
    ("Archimedes was killed when Syracuse fell in 212 B.C.", LATER, "212 B.C.", "BC0212"),
    ("In August 331 BC the army crossed the Tigris. Two years later it reached the Indus.",
     LATER, "August 331 BC", "BC0331-08"),
    ("In August 331 BC the army crossed the Tigris. Two years later it reached the Indus.",
     LATER, "Two years later", "BC0329"),
    ("In August 331 BC the army crossed the Tigris. Two months later it took Babylon. The "
     "following month it marched east.", LATER, "Two months later", "BC0331-10"),
    ("In August 331 BC the army crossed the Tigris. Two months later it took Babylon. The "
     "following month it marched east.", LATER, "The following month", "BC0331-11"),
    ("Rome was sacked in 390 BC. Ten days later the Gauls left.", LATER, "Ten days later",
     "BC0390"),
    ("The city was razed in 146 BC. The following year the province was organised.", LATER,
     "The following year", "BC0145"),
    ("The revolt broke out in 4 BC. Six years later the kingdom was split.", LATER,
     "Six years later", "0003"),
    # the previous day, that day, earlier/later in the day
    ("The strike began on 3 March 2021, the union's first since 1998. The previous day, talks "
     "had failed.", NEWS_DAY, "The previous day", "2021-03-02"),
    ("Police arrested two men on Tuesday. The previous day, a car had been stolen.", NEWS_DAY,
     "The previous day", "2023-10-16"),
    ("The previous day, the minister had resigned.", NEWS_DAY, "The previous day", "2023-10-18"),
    ("Earlier in the day, the minister met the unions.", NEWS_DAY, "Earlier in the day",
     "2023-10-19"),
    ("The polls closed on 5 May 2022. Later that day, the count began in 2,000 halls.",
     NEWS_DAY, "Later that day", "2022-05-05"),
    ("The flood struck on 9 July 2021 and lasted into August 2021. That day, ten villages "
     "were cut off.", NEWS_DAY, "That day", "2021-07-09"),
]


@pytest.mark.parametrize(("text", "anchor", "expr", "value"), GOLDEN,
                         ids=[f"{g[2]}-{i}" for i, g in enumerate(GOLDEN)])
def test_reference_time(text: str, anchor: date, expr: str, value: str) -> None:
    found = {m.text: m for m in tag(text, anchor)}
    assert expr in found, f"{expr!r} not found in {list(found)}"
    assert found[expr].value == value


def test_a_quote_told_at_its_own_day_says_so() -> None:
    found = {m.text: m for m in tag("He wrote on 3 May 2018: \u201cThe talks open tomorrow."
                                    "\u201d", NEWS_DAY)}
    assert found["tomorrow"].value == "2018-05-04"
    assert found["tomorrow"].reference == "quoted"  # not moved by a corrected anchor


@pytest.mark.parametrize("frame", ["In a message sent in 2016", "In a text sent three years ago"])
def test_a_quote_from_a_year_only_time_is_not_placed_at_the_publication_date(frame: str) -> None:
    found = {m.text: m for m in tag(frame + ", she wrote: \u201cI will see you Sunday night."
                                    "\u201d", NEWS_DAY)}
    sunday = found["Sunday night"]
    assert sunday.interval is None
    assert not sunday.value.startswith("2023")


def test_bc_years_have_no_interval_but_keep_their_value() -> None:
    found = {m.text: m for m in tag("Alexander died in June 323 BC.", LATER)}
    assert found["June 323 BC"].value == "BC0323-06"


@pytest.mark.parametrize("anchor", [date(1, 1, 1), date(9999, 12, 31)])
def test_quotes_and_events_at_the_ends_of_the_calendar_do_not_crash(anchor: date) -> None:
    text = ("In a letter dated March 2, 2016, she wrote: \u201cSee you Sunday.\u201d Three "
            "years after a fire on March 7, 9999, the plant reopened.")
    assert tag(text, anchor)  # found, and nothing raised


def test_a_stray_quote_mark_makes_no_quotation_of_the_article() -> None:
    text = ("She wrote on 2 March 2016: \"Thanks. " + "The council met again. " * 6
            + "On Friday the mayor resigned.\" said the clerk.")
    found = {m.text: m for m in tag(text, NEWS_DAY)}
    assert found["Friday"].value == "2023-10-13"  # the article's Friday, not one of 2016
