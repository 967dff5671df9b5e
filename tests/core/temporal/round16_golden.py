"""Round 16's families: a golden table in the project's own words (no corpus sentence).

Each line of ``LINES`` is (family, anchor, text, phrase, TIMEX3 value): the mention that
overlaps ``phrase`` must have that value. ``PHRASES`` are typed phrases with a ``prefer``
direction: (family, anchor, prefer, phrase, value). The families are those the sixteenth
blind round (``bench/make_news_blind16.py``, ``make_history_blind10.py``,
``make_phrases_blind15.py``) showed wanting, each written as a general phenomenon, with
sentences of other topics than the round's, before the rules for them: a day and a month
with an era ("4 March 45 BC", "12 May AD 70") and a season of an era year; a month or a
holiday with a year of three digits ("June 911"); "the year before" / "the year after" said
of the story; a quarter with no year that a direction places; holidays written short
("new year's", "valentines", "april fools"); "the same month last year" as one date; "the
year-earlier period" of a month; a bare plural duration before "after"; a year inside a
relative clause ("which opened in 1890") that does not move the story.
"""

from __future__ import annotations

Line = tuple[str, str, str, str, str]

LINES: list[Line] = [
    # a day and month with an era; a season of an era year
    ("era", "2020-05-01", "The fleet sailed on 4 March 45 BC and reached the island in May.",
     "4 March 45 BC", "BC0045-03-04"),
    ("era", "2020-05-01", "The temple was burned on 12 May AD 70 by the legion.",
     "12 May AD 70", "0070-05-12"),
    ("era", "2020-05-01", "The colony was founded in the autumn of 512 BC by settlers from the "
     "mainland.", "the autumn of 512 BC", "BC0512-FA"),
    ("era", "2020-05-01", "The king died on 9 June AD 68, and the army chose his successor.",
     "9 June AD 68", "0068-06-09"),
    # a month or a holiday with a year of three digits
    ("year3", "2019-03-03", "The abbey was sacked in June 911, and the monks fled inland.",
     "June 911", "0911-06"),
    ("year3", "2019-03-03", "The duke was baptised at Easter 912 with his household.",
     "Easter 912", "0912"),
    ("year3", "2019-03-03", "He was crowned on Christmas Day 962 in the old basilica.",
     "Christmas Day 962", "0962-12-25"),
    # "the year before", "the year after" said of the story
    ("story", "2021-01-10", "The canal opened in 1825. Its rival, begun the year before, took "
     "longer.", "the year before", "1824"),
    ("story", "2021-01-10", "The dam was finished in 1936, and the power station opened the "
     "year after.", "the year after", "1937"),
    # "the same month last year" as one date
    ("same", "2016-05-12", "Ticket sales in April were 8 percent higher than in the same month "
     "last year, the league said.", "the same month last year", "2015-04"),
    # "the year-earlier period" of a month
    ("period", "2017-07-14", "Car sales rose 3 percent in June, the trade body said on Friday, "
     "and were up 5 percent from the year-earlier period.", "the year-earlier period",
     "2016-06"),
    # a bare plural duration before "after"
    ("bare", "2018-02-09", "The ferry sank on Tuesday, hours after leaving port.", "hours",
     "PTXH"),
    ("bare", "2018-02-09", "The bridge collapsed days after an inspection, officials said.",
     "days", "PXD"),
    # a year inside a relative clause does not move the story
    ("aside", "2022-04-04", "The army reached the river in May 1761. The old fort, which had "
     "been rebuilt in 1702, fell quickly. The following spring the army turned north.",
     "The following spring", "1762-SP"),
    # written with its rule, after the round: a month before that of a date told earlier in the
    # same sentence of a story is the next year's, unless the words between look back
    ("wrap", "2021-06-30", "The siege began on 20 October 1683, and the city surrendered in "
     "February after the river froze.", "February", "1684-02"),
    ("wrap", "2021-06-30", "The siege began on 20 October 1683; the walls had been repaired in "
     "February by the garrison.", "February", "1683-02"),
    # written with its rule, after the round: a season a superlative ranks
    ("superlative", "2011-09-02", "Farmers said it had been the hottest summer they could "
     "remember.", "summer", "2011-SU"),
    ("superlative", "2014-03-20", "Power use rose in the coldest winter since 1979, the grid "
     "operator said.", "winter", "2013-WI"),
    # written with its cue, after the round: "following" vouches for a month in lower case
    ("lower", "2021-01-10", "the treaty was signed in may 1648. the following august the armies "
     "went home.", "august", "1648-08"),
]

Phrase = tuple[str, str, str, str, str]

PHRASES: list[Phrase] = [
    # a quarter with no year: the direction places it
    ("quarter", "2022-11-03", "future", "q1", "2023-Q1"),
    ("quarter", "2022-11-03", "future", "the first quarter", "2023-Q1"),
    ("quarter", "2019-02-20", "past", "the fourth quarter", "2018-Q4"),
    ("quarter", "2019-02-20", "past", "Q3", "2018-Q3"),
    ("quarter", "2019-08-20", "future", "Q3", "2019-Q3"),
    # holidays written short
    ("holiday", "2022-11-03", "future", "new year's", "2023-01-01"),
    ("holiday", "2022-11-03", "future", "valentines", "2023-02-14"),
    ("holiday", "2022-11-03", "future", "april fools", "2023-04-01"),
]
