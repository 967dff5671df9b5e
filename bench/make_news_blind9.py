"""Build ``bench/data/news_blind9.jsonl``: the ninth blind news round, gold first.

Eight reports in the styles ``news_blind.jsonl`` did not hold together: a wire report of a
strike, a feature, an obituary, a sports report, a merger, a science report, an election and
a retail report around Thanksgiving. Written and annotated (TimeBank's conventions, as
``make_news_blind.py``) in the project's own words, on invented or long-past happenings,
before the tagger ran on them. First run 90.3 value F1 (88 gold); "Thanksgiving" before "fell on
Nov. 28" had been left unmarked and was marked after it (a mistake of the annotation).

Usage: python bench/make_news_blind9.py [OUT.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

REPORTS: list[tuple[str, str, str]] = [
    ("wire-strike", "2012-09-19", """\
CHICAGO (AP) - Striking teachers voted [[Tuesday|2012-09-18]] to return to the classroom, \
ending a walkout that kept 350,000 students out of school for [[seven days|P7D]]. Classes \
resumed [[Wednesday morning|2012-09-19TMO]]. The strike began on [[Sept. 10|2012-09-10]], the \
first in the city in [[25 years|P25Y]]. Negotiators reached a tentative deal [[late \
Friday|2012-09-14]], but delegates asked for [[two more days|P2D]] to review it over [[the \
weekend|2012-W37-WE]]. The new contract runs for [[three years|P3Y]] and lengthens the school \
day starting [[next year|2013]]. The district said the [[days|PXD]] lost would be made up in \
[[December|2012-12]] and [[June|2013-06]]. The mayor, who took office in [[May 2011|2011-05]], \
called the deal an honest compromise."""),
    ("feature-lighthouse", "2009-06-28", """\
For [[more than a century|P100Y]], the lighthouse on Gull Point warned ships away from the \
reef. It was built in [[1871|1871]] and automated in [[the 1960s|196]], when its last keeper \
moved to the mainland. [[Last summer|2008-SU]] a group of volunteers bought the tower from the \
Coast Guard for one dollar. They have spent [[the past ten months|P10M]] scraping paint and \
replacing the glass in the lantern room. The light was switched back on [[Saturday \
night|2009-06-27TNI]] for the first time since [[1998|1998]]. "We wanted it lit by [[the \
Fourth of July|2009-07-04]]," said the group's president, a retired ferry captain. The tower \
will be open to visitors from [[July 1|2009-07-01]] to [[Labor Day|2009-09-07]], and the \
volunteers hope to restore the keeper's house [[next spring|2010-SP]]."""),
    ("obit-architect", "2014-01-16", """\
Margit Laine, an architect whose concrete libraries changed the look of a dozen northern \
towns, died on [[Tuesday|2014-01-14]] at her home in Turku. She was 91. Her son said the cause \
was heart failure. Born in [[1922|1922]] in a fishing village, she studied in Helsinki in [[the \
early 1940s|194]] and opened her own office in [[1956|1956]]. Her best-known building, the city \
library in Oulu, took [[six years|P6Y]] to finish and opened in [[the autumn of \
1968|1968-FA]]. Critics at first called it a bunker; [[two decades later|1988]] it was listed \
as a monument. She retired in [[1990|1990]] but kept drawing until [[last year|2013]]. She was \
married for [[52 years|P52Y]] to the painter Eero Laine, who died in [[2001|2001]]. A memorial \
service will be held on [[Jan. 25|2014-01-25]]."""),
    ("sports-marathon", "2016-04-18", """\
Daniel Kiptoo won the city marathon on [[Monday|2016-04-18]] in [[two hours, 12 \
minutes|PT2H12M]], pulling away from the leaders on the last of the hills. It was his first \
win in a major race since [[2013|2013]]. The women's race was won by Aster Tolosa, who had \
finished second [[a year ago|2015]]. Temperatures climbed quickly, and by [[midday|2016-04-18T12:00]] \
medical tents were treating dozens of runners for heat. The race, first run in [[1897|1897]], \
drew 30,000 runners [[this year|2016]]. Kiptoo, who trained for [[four months|P4M]] at altitude \
in the Rift Valley, said he would race again in Chicago in [[October|2016-10]]. [[Last \
week|2016-W15]] he had told reporters he was not in top form."""),
    ("business-merger", "2007-11-06", """\
Two of the country's largest grocery chains agreed on [[Monday|2007-11-05]] to merge in a deal \
valued at $4.2 billion, creating a company with more than 900 stores. The deal, which must be \
approved by regulators, is expected to close in [[the first half of 2008|2008-H1]]. \
Shareholders of the smaller chain will receive $31 a share, a 28 percent premium over \
[[Friday|2007-11-02]]'s closing price. Talks between the two companies began in [[the \
summer|2007-SU]] but stalled in [[September|2007-09]] over the price, people familiar with the \
matter said. The combined company expects to save $150 million [[a year|P1Y|SET]] within [[three \
years|P3Y]] of the deal's completion. Shares of both companies rose more than 10 percent \
[[yesterday|2007-11-05]]. The smaller chain reported [[third-quarter|2007-Q3]] profit of $48 \
million [[last month|2007-10]]."""),
    ("science-comet", "2013-08-22", """\
Astronomers have found a comet that will pass within 10 million kilometres of Earth in [[early \
2015|2015]], researchers said on [[Wednesday|2013-08-21]]. The object was first spotted on \
[[August 3|2013-08-03]] by a telescope in Chile and confirmed by observers in Arizona [[three \
days later|2013-08-06]]. Its orbit takes about [[6,000 years|P6000Y]], so it last came near the \
Sun when farming was new. Scientists will be able to study it for [[about 18 months|P18M]] \
before it fades. It should be visible with binoculars from [[December 2014|2014-12]] and may \
reach naked-eye brightness around [[New Year's Day|2015-01-01]]. "We have [[more than a \
year|P1Y]] to plan observations," said the lead author. The findings were published [[this \
week|2013-W34]] in an astronomy journal."""),
    ("wire-election", "2010-05-07", """\
LONDON (Reuters) - No party won a majority in [[Thursday|2010-05-06]]'s general election, the \
first such result since [[1974|1974]], leaving party leaders to bargain over who will govern. \
Results declared [[early Friday|2010-05-07]] gave the opposition 306 seats, 20 short of a \
majority. The prime minister said at [[about 2 p.m.|2010-05-07T14:00]] that he would remain in \
office while talks went on. Turnout was 65 percent, up from 61 percent in [[2005|2005]]. \
Markets fell [[overnight|2010-05-06TNI]] on fears of a weak government. The new parliament \
meets on [[May 18|2010-05-18]], and the talks could last into [[next week|2010-W19]]. The \
country has not had a coalition government since [[1945|1945]]."""),
    ("business-retail", "2019-12-02", """\
Shoppers spent a record $7.4 billion online on [[Black Friday|2019-11-29]], up 20 percent from \
[[a year earlier|2018]], according to a data firm that tracks 80 of the largest retailers. \
Sales on [[Thanksgiving Day|2019-11-28]] reached $4.2 billion. The firm expects [[Cyber \
Monday|2019-12-02]] to be the biggest online shopping day in history, with $9.4 billion in \
sales by [[midnight|2019-12-02T24:00]]. The holiday season is [[six days|P6D]] shorter [[this \
year|2019]] because [[Thanksgiving|2019-11-28]] fell on [[Nov. 28|2019-11-28]], the latest date it can fall. \
Retailers began their promotions in [[early November|2019-11]] to make up for the lost time. \
Store traffic over [[the weekend|2019-W48-WE]] was down 3 percent. Analysts expect holiday \
sales to grow about 4 percent over [[last year|2018]]'s. Final figures will be released in \
[[mid-January|2020-01]]."""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(REPORTS, "news_blind9", "news_blind9.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
