"""What the blind reports (``bench/data/*_blind.jsonl``) found wrong, each kept right here."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.temporal import tag


@pytest.mark.parametrize(("anchor", "text", "phrase", "value"), [
    ("2011-03-14", "A second explosion rocked the plant Monday morning, two days after a blast "
     "at another reactor.", "two days", "P2D"),   # a length from the blast, not Monday + 2
    ("2022-09-30", "The expedition left on 8 August 1914, just days after war had been "
     "declared.", "days", "PXD"),
    ("2023-03-08", "Rail workers walked off the job at midnight.", "midnight",
     "2023-03-07T24:00"),                          # the midnight just gone
    ("2023-03-08", "The strike starts at midnight.", "midnight", "2023-03-08T24:00"),
    ("2021-03-22", "A volcano erupted after weeks of earthquakes.", "weeks", "PXW"),
    ("2021-03-22", "It may last for several days or weeks.", "weeks", "PXW"),
    ("2021-03-22", "The eruption began at about 20:45 local time.", "about 20:45",
     "2021-03-22T20:45"),
    ("2013-06-05", "About 3,000 passengers were stranded overnight.", "overnight",
     "2013-06-04TNI"),
    ("2013-06-05", "Police would not clear the terminal before the weekend.", "the weekend",
     "2013-W23-WE"),
    ("1999-09-16", "Schools will stay closed through the weekend.", "the weekend",
     "1999-W37-WE"),
    ("2020-11-20", "The plague of 1565 killed many. On 12 June of that year the council "
     "closed the gates.", "12 June of that year", "1565-06-12"),
    # fifth round: sports, court, weather, earnings, space, obituary, history feature
    ("2018-07-16", "She won the final on Sunday. She had lost in the first round a year ago and "
     "never gone past the quarter-finals. Play finally began shortly after 3 p.m.",
     "a year ago", "2017"),                        # "quarter-finals" make no quarterly report
    ("2018-07-16", "She won the final on Sunday. She had lost in the first round a year ago. "
     "Play finally began shortly after 3 p.m.", "shortly after 3 p.m.", "2018-07-15T15:00"),
    ("2018-07-16", "She won in a final that lasted an hour and 52 minutes.",
     "an hour and 52 minutes", "PT1H52M"),
    ("2019-03-22", "The accounts were audited only once a year.", "once a year", "P1Y"),
    ("2020-10-07", "Work on the tower stopped each winter.", "each winter", "XXXX-WI"),
    ("2021-08-04", "The fire forced the evacuation of 4,000 residents overnight.", "overnight",
     "2021-08-03TNI"),
    ("2022-03-03", "It earned $310 million in the fourth quarter. For the full year, revenue "
     "climbed to $17 billion.", "the full year", "2021"),
    ("2016-05-09", "The architect died on Saturday. His family said he had been ill since the "
     "autumn. Born in a fishing village in 1927, he trained as a carpenter.", "the autumn",
     "2015-FA"),                                   # the year written after is the life's
    # seventh round: business news
    ("2011-05-10", "The deal, approved by both boards late Monday, is expected to close by the "
     "end of the year.", "late Monday", "2011-05-09"),  # the aside's verb, not the clause's
    ("1989-11-02", "They met at 5 p.m. at the hall.", "5 p.m.", "1989-11-02T17:00"),  # no zone "at"
    ("2003-07-22", "health officials warned that the virus could return this winter. the last "
     "case was seen on july 5.", "july 5", "2003-07-05"),  # lower case: two sentences still
    ("1989-10-26", "a committee appointed last may to review bids", "last may", "1989-05"),
    # history round 6 (bench/make_history_blind.py salt_war, lantern_war: 83.9 at first)
    ("2011-03-10", "The siege ended in 1861. At the battle of Tres Cruces, fought on 3 May 1862, "
     "neither side gave way, and the next day the army withdrew. A truce came in August.",
     "August", "1862-08"),                         # an aside on a battle dates the story
    ("2011-03-10", "The war began in 1861. In May the first troops arrived.", "May", "1861-05"),
])
def test_blind_finding(anchor: str, text: str, phrase: str, value: str) -> None:
    found = {m.text: m.value for m in tag(text, date.fromisoformat(anchor), lang="en")}
    assert found.get(phrase) == value, found


@pytest.mark.parametrize("text", [
    "The virus spread quickly through summer camps.",  # a season naming a kind of camp
    "He took the overnight train.",
    "She reached the quarter-finals.",
])
def test_blind_finding_no_date(text: str) -> None:
    assert tag(text, date(2013, 6, 5), lang="en") == []
