"""Build ``bench/data/news_blind10.jsonl``: the tenth blind news round, gold first.

Six short reports in the manner of a wiki news site (banks, an aircraft order, a protest, a
phone launch, polling day, a holiday snowstorm): weekdays around the publication date,
quarters compared with the year before, deadlines, and offsets told from events. Written
and annotated (TimeBank's conventions, as ``make_news_blind.py``) in the project's own words,
on invented or long-past happenings, before the tagger ran on them. First run 86.2 value F1
(57 gold); "one-day" in "their biggest one-day gain" had been left unmarked (TimeBank marks
such lengths) and was marked after it.

Usage: python bench/make_news_blind10.py [OUT.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

REPORTS: list[tuple[str, str, str]] = [
    ("wn-bank", "2008-10-15", """\
The government announced on [[Tuesday|2008-10-14]] that it will buy stakes worth up to $250 \
billion in the nation's banks, [[a week|P1W]] after a similar plan was unveiled in London. Nine \
of the largest banks agreed to take part at a meeting with the Treasury Secretary on [[Monday \
afternoon|2008-10-13TAF]]. Markets had posted their biggest [[one-day|P1D]] gain since [[1933|1933]] on \
[[Monday|2008-10-13]]. Credit markets have been frozen since [[mid-September|2008-09]], when a \
large investment bank filed for bankruptcy. The plan will remain in place until [[the end of \
2009|2009]], officials said. Banks that take part may not raise their dividends for [[three \
years|P3Y]]. The central bank will also begin buying short-term debt from companies on \
[[October 27|2008-10-27]]. [[Last month|2008-09]] Congress approved a $700 billion rescue \
fund."""),
    ("wn-airline", "2011-07-21", """\
An airline announced on [[Wednesday|2011-07-20]] that it had ordered 460 narrow-body jets, the \
largest aircraft order in history. Deliveries will begin in [[2013|2013]] and run through \
[[2025|2025]]. The carrier, which has bought planes from only one maker for [[more than two \
decades|P20Y]], split the order between the two main manufacturers. Its chief executive said \
the new planes would burn 15 percent less fuel than the ones it flies [[now|PRESENT_REF]]. The \
airline reported a [[second-quarter|2011-Q2]] profit of $26 million [[last week|2011-W28]], down \
from $44 million [[a year earlier|2010-Q2]]. Its shares have fallen 40 percent since \
[[January|2011-01]]."""),
    ("wn-protest", "2005-03-09", """\
Hundreds of thousands of people rallied in the capital on [[Tuesday|2005-03-08]] in support of \
the government, [[eight days|P8D]] after mass protests forced the prime minister to resign. The \
opposition has called for a new rally on [[Monday|2005-03-14]]. Parliament is expected to vote \
on a new cabinet [[later this month|2005-03]], and elections are due in [[May|2005-05]]. The \
protests began after a former prime minister was killed by a car bomb on [[February \
14|2005-02-14]]. Troops that have been in the country since [[1976|1976]] will leave by [[the \
end of April|2005-04]], their government said [[last weekend|2005-W09-WE]]."""),
    ("wn-phone", "2014-09-26", """\
A technology company said on [[Thursday|2014-09-25]] that it had sold more than 10 million of \
its new phones in the [[three days|P3D]] after they went on sale [[last Friday|2014-09-19]], a \
record for the firm. The previous model sold nine million in its first [[three days|P3D]] on \
sale [[last year|2013]]. The company will report its results on [[October 20|2014-10-20]]. Some \
buyers complained [[this week|2014-W39]] that the phone bent in their pockets. A software \
update released on [[Wednesday|2014-09-24]] was withdrawn [[the same day|2014-09-24]]. Shares \
rose 2 percent in early trading [[today|2014-09-26]]."""),
    ("wn-polls", "2017-05-04", """\
Voters across England, Scotland and Wales go to the polls [[today|2017-05-04]] in local \
elections, [[five weeks|P5W]] before a general election on [[June 8|2017-06-08]]. Polling \
stations opened at [[7 a.m.|2017-05-04T07:00]] and close at [[10 p.m.|2017-05-04T22:00]] Most \
results are expected [[overnight|2017-05-04TNI]] and on [[Friday|2017-05-05]]. The prime \
minister called the snap election on [[April 18|2017-04-18]], [[three years|P3Y]] ahead of \
schedule. The last local elections in these councils were held in [[2013|2013]]."""),
    ("wn-snow", "2003-11-28", """\
A winter storm dumped more than a foot of snow on parts of the Midwest on [[Thanksgiving \
Day|2003-11-27]], snarling one of the busiest travel weekends of [[the year|2003]]. More than \
300 flights were cancelled at the city's main airport [[Wednesday night|2003-11-26TNI]] and \
[[Thursday|2003-11-27]]. Forecasters said the snow would taper off by [[Saturday \
morning|2003-11-29TMO]], but temperatures would stay below freezing through [[the middle of \
next week|2003-W49]]. It was the heaviest November snowfall since [[1991|1991]], when 21 inches \
fell over [[two days|P2D]]. Road crews worked for [[36 hours|PT36H]] without a break."""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(REPORTS, "news_blind10", "news_blind10.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
