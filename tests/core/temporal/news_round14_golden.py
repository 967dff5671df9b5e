"""Round 14's news families: a golden table in the project's own words (no corpus sentence).

Each line is (family, anchor, text, phrase, TIMEX3 value): the mention that overlaps ``phrase``
must have that value. The families are those the fourteenth blind round
(``bench/make_news_blind14.py``) showed wanting, each written as a general phenomenon of news
English, with sentences of other topics than the round's: a year that only bounds a span
("since going public in 1994", "since 1959" in the same sentence) sets no year for a bare
month; a predicate joined after the expression ("... Tuesday and will ...") does not give it
its tense; adjectives of what may come ("possible", "likely") and timetable presents
("addresses", "speaks") point ahead; irregular pasts ("heard", "fled") point back, and a past
form after "is"/"are" is a passive of now; "the end of the month" or "the start of the year"
is the anchor's when the tense rules out the one told before; a clock time told after a day
takes that day; "the first/last three (six) months of" a year is its quarter (half).
The first twelve lines were written with their rules (after the blind round's first run); the
six from ``# before the rules`` on were written before the rules for them and scored first:
2 of 6 right (the two clock times; the quarters and halves of "months of" and "spend the
weekend" were missed), all six after the rules.
"""

from __future__ import annotations

Line = tuple[str, str, str, str, str]

LINES: list[Line] = [
    # a year that bounds a span, inside its clause
    ("bound", "2011-05-20", "The airline posted its first loss since going public in 1997. A "
     "rival cut fares in February.", "February", "2011-02"),
    ("bound", "2014-09-03", "Rents have risen every quarter since the tower opened in 2004, "
     "and more tenants moved in during July.", "July", "2014-07"),
    ("bound", "2019-08-28", "It was the wettest summer since 1912, and the river has stayed "
     "high since June.", "June", "2019-06"),
    # a predicate joined after the expression
    ("joined", "2016-03-10", "The lab got the samples Tuesday morning and will publish its "
     "findings next month.", "Tuesday morning", "2016-03-08TMO"),
    # adjectives of what may come, timetable presents
    ("prospect", "2018-01-17", "Snow is forecast for the coast, with flooding possible on "
     "Saturday.", "Saturday", "2018-01-20"),
    ("prospect", "2018-01-17", "A vote on the bill is likely Thursday.", "Thursday",
     "2018-01-18"),
    ("prospect", "2018-01-17", "It was possible on Monday to cross the bridge on foot.",
     "Monday", "2018-01-15"),
    ("schedule", "2012-05-09", "The prime minister addresses parliament on Friday.", "Friday",
     "2012-05-11"),
    # irregular pasts; a passive of now
    ("past", "2009-10-14", "The judge heard arguments in July and is expected to rule by the "
     "end of the month.", "July", "2009-07"),
    ("past", "2009-10-14", "The judge heard arguments in July and is expected to rule by the "
     "end of the month.", "the end of the month", "2009-10"),
    ("since_start", "2021-11-04", "The carrier hopes to turn a profit by 2023. Its shares have "
     "doubled since the start of the year.", "the start of the year", "2021"),
    ("passive", "2010-03-30", "An appeal is heard in May, the lawyers said.", "May", "2010-05"),
    # before the rules
    ("clock_day", "2013-06-21", "Lightning struck the tower late Wednesday. The fire, reported "
     "at 11:40 p.m., burned until dawn.", "11:40 p.m.", "2013-06-19T23:40"),
    ("clock_day", "2013-06-21", "A ferry ran aground early Tuesday. It struck the rocks at about "
     "3 a.m., the coast guard said.", "3 a.m.", "2013-06-18T03:00"),
    ("months_of", "2020-02-11", "Sales fell in the last three months of 2019.",
     "the last three months of 2019", "2019-Q4"),
    ("months_of", "2020-02-11", "Exports grew in the first six months of 2019.",
     "the first six months of 2019", "2019-H1"),
    ("months_of", "2020-08-05", "The bank lost money in the first three months of the year.",
     "the first three months of the year", "2020-Q1"),
    ("weekend", "2004-05-13", "Crews will spend the weekend at the plant.", "the weekend",
     "2004-W20-WE"),
    # written with their rules, after the third phrase batch showed them: a clock time before a
    # day and its part is one moment in that part ("at 4:30 Tuesday afternoon"), a clock with
    # minutes after "last night at" is the night's, "a.m." written wins over the part
    ("clock_part", "2008-04-17", "The polls closed at 4:30 Tuesday afternoon.",
     "4:30 Tuesday afternoon", "2008-04-15T16:30"),
    ("clock_part", "2008-04-17", "Police were called at 10:15 Monday night.",
     "10:15 Monday night", "2008-04-14T22:15"),
    ("clock_part", "2008-04-17", "The shaking began at 9:30 this morning.", "9:30 this morning",
     "2008-04-17T09:30"),
    ("clock_part", "2008-04-17", "A second fire broke out last night at 11:30.",
     "last night at 11:30", "2008-04-16T23:30"),
    ("clock_part", "2008-04-17", "Divers go down again at 6:45 tomorrow morning.",
     "6:45 tomorrow morning", "2008-04-18T06:45"),
    # written with their rules, after the fourth phrase batch: a date then its part of day, a
    # weekday and part before "next week", a determiner's "last" is no past verb
    ("date_part", "2008-04-17", "The ship docked on April 9 in the evening.",
     "April 9 in the evening", "2008-04-09TEV"),
    ("weekday_part", "2008-04-17", "The vote is set for Tuesday morning next week.",
     "Tuesday morning next week", "2008-04-22TMO"),
    ("determiner", "2008-04-17", "The last train on Saturday will leave at noon.", "Saturday",
     "2008-04-19"),
    # written with their rules, after news_blind15's first run
    ("might", "2008-04-17", "The bridge might not reopen before Monday.", "Monday",
     "2008-04-21"),
    ("take", "2008-04-17", "Clearing the debris could take weeks.", "weeks", "PXW"),
    ("clock_plan", "2008-04-17", "The strike ended on Tuesday. The plant will restart at 6 a.m.",
     "6 a.m.", "2008-04-17T06:00"),
]
