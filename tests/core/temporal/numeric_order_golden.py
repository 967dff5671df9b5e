"""Which number of a numeric date is the month: a golden table in the project's own words.

Written before the code that reads them. ``LINES`` are (family, lang, anchor, text, phrase,
TIMEX3 value): the mention that overlaps ``phrase`` must have that value. ``PHRASES`` are
typed English phrases: (family, anchor, prefer, phrase, value). The families, in the order
the tagger asks them (``docs/numeric-dates.md``):

- ``weekday``: a weekday beside the date agrees with one reading only ("Friday, 3/5/24" is
  3 May 2024, a Friday; 5 March 2024 was a Tuesday);
- ``text``: another numeric date of the same text settles it ("12/25/2022" says month first,
  "25/12/2022" day first); ``mixed``: the text's dates disagree, and nothing is guessed;
- ``lang``: the language writes the day first (de, fr, es, it, pt);
- ``policy``: English text with no evidence is read month first, as ``en/calendar.txt``
  states, at a lower confidence;
- ``name``: "9/11" alone is the name of an event, not a day of the year it is said in.
"""

from __future__ import annotations

Line = tuple[str, str, str, str, str, str]

LINES: list[Line] = [
    # a weekday beside the date agrees with one reading only
    ("weekday", "en", "2024-02-20", "The hearing is set for Tuesday, 3/5/24, the clerk said.",
     "3/5/24", "2024-03-05"),
    ("weekday", "en", "2024-02-20", "The market reopens Friday, 3/5/24, after the works.",
     "3/5/24", "2024-05-03"),
    ("weekday", "en", "2024-02-20", "Filing closes Tuesday, 5/3/2024, the board said.",
     "5/3/2024", "2024-03-05"),
    ("weekday", "en", "2024-02-20", "Doors open on Fri 3/5 for the spring fair.", "3/5",
     "2024-05-03"),
    ("weekday", "en", "2024-02-20", "The council votes on Tuesday 3/5 on the budget.", "3/5",
     "2024-03-05"),
    # added with the weekday written after the date
    ("weekday", "en", "2024-02-20", "The fair opens on 3/5, Friday, in the old park.", "3/5",
     "2024-05-03"),
    ("weekday", "en", "2024-02-20", "Tickets: 5/3/24 (Tue), doors at seven.", "5/3/24",
     "2024-03-05"),
    ("weekday", "en", "2024-02-20", "Results are due on 3/5 Sunday morning.", "3/5",
     "2024-03-05"),
    # another numeric date of the text settles it
    ("text", "en", "2023-01-10", "Bids closed 12/25/2022 and the contract starts 3/4/2023.",
     "3/4/2023", "2023-03-04"),
    ("text", "en", "2023-01-10", "Bids closed 25/12/2022 and the contract starts 3/4/2023.",
     "3/4/2023", "2023-04-03"),
    ("text", "en", "2023-01-10", "Notice posted 25/12/2022. The office reopened on 3/1.",
     "3/1", "2023-01-03"),
    ("text", "en", "2023-01-10", "Notice posted 12/24/2022. The office reopened on 1/3.",
     "1/3", "2023-01-03"),
    # the text's own dates disagree: not guessed, the year alone is told
    ("mixed", "en", "2023-01-10", "Forms dated 25/12/2022 and 12/27/2022 were filed; the next "
     "is due 3/4/2023.", "3/4/2023", "2023"),
    # the language writes the day first
    ("lang", "fr", "2024-02-20", "La réunion aura lieu le 03/04/2024 à Lyon.", "03/04/2024",
     "2024-04-03"),
    ("lang", "de", "2024-02-20", "Die Sitzung findet am 03/04/2024 in Bonn statt.",
     "03/04/2024", "2024-04-03"),
    ("lang", "es", "2024-02-20", "La reunión será el 3/4/2024 en Sevilla.", "3/4/2024",
     "2024-04-03"),
    ("lang", "it", "2024-02-20", "La riunione sarà il 3/4/2024 a Torino.", "3/4/2024",
     "2024-04-03"),
    ("lang", "pt", "2024-02-20", "A reunião será em 3/4/2024 no Porto.", "3/4/2024",
     "2024-04-03"),
    # English with no evidence: month first, as en/calendar.txt states
    ("policy", "en", "2019-06-01", "Payment was due 4/5/2016, the filing shows.", "4/5/2016",
     "2016-04-05"),
    ("policy", "en", "2019-08-30", "The parade was held on 7/4, officials said.", "7/4",
     "2019-07-04"),
    # (written "by 3/8" first; after "by" a share-like "3/8" is now a share, see NOT_DATES)
    ("policy", "en", "2024-02-20", "Results are expected by 3/9 at the latest.", "3/9",
     "2024-03-09"),
]

Phrase = tuple[str, str, str, str, str]

PHRASES: list[Phrase] = [
    ("policy", "2019-03-10", "past", "2/6", "2019-02-06"),
    ("policy", "2022-09-01", "future", "10/3/22", "2022-10-03"),
    ("policy", "2020-05-05", "past", "3/4/2019", "2019-03-04"),
    ("policy", "2021-11-15", "future", "1/2", "2022-01-02"),
    ("weekday", "2024-02-20", "future", "Fri 3/5", "2024-05-03"),
    ("weekday", "2024-02-20", "future", "tuesday 3/5", "2024-03-05"),
    ("weekday", "2024-02-20", "future", "Friday, 3/5/2024", "2024-05-03"),
]

NOT_DATES: list[tuple[str, str]] = [
    ("2024-02-20", "The city has changed a great deal since 9/11, he said."),
    ("2024-02-20", "After 9/11 the rules for flying changed."),
    ("2024-02-20", "The helpline is open 24/7 for callers."),
    # added after the policy, when it read shares as days: a year-less share is no date
    ("2024-02-20", "The plan would cut costs by 1/3 over five years."),
    ("2024-02-20", "Output rose from 1/2 to 2/3 of capacity."),
    ("2024-02-20", "Shares closed up 1/8 at 20 3/4 before 5/8 gains."),
    ("2023-01-10", "Notice posted 12/24/2022. Costs fell by 1/4 since then."),
]
"""Texts in which no year-less numeric date may be read (an event's name, a round-the-clock
service, a share: "1/3", "3/4", "5/8", whose denominator is one of a share's)."""

LOW_CONFIDENCE = 0.6
"""A reading only the policy gives is told at or below this confidence; a settled one above."""
