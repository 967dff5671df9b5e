"""Build ``bench/data/news_blind11.jsonl``: the eleventh blind news round, gold first.

Six reports: a verdict, a television feature, an obituary, an earthquake told the morning
after, a cycling race, and a company's results with its fiscal year. Clock times of the night
before the publication day, a year named by "next year's" race, a fiscal year's end, seasons
and weekly sets. Written and annotated (TimeBank's conventions, as ``make_news_blind.py``)
in the project's own words, on invented or long-past happenings, before the tagger ran on
them. First run: see ``tests/core/temporal/test_score_gate.py``.

Usage: python bench/make_news_blind11.py [OUT.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

REPORTS: list[tuple[str, str, str]] = [
    ("court-verdict", "2012-03-27", """\
A jury in Houston on [[Monday|2012-03-26]] convicted a former bank chairman of fraud after \
deliberating for [[four days|P4D]]. The trial began in [[late January|2012-01]] and heard from \
more than 50 witnesses. Prosecutors said the scheme ran from [[1999|1999]] until the bank \
collapsed in [[February 2009|2009-02]]. Sentencing was set for [[June 20|2012-06-20]]. He faces \
up to [[20 years|P20Y]] in prison on each count. "I have waited [[three years|P3Y]] for this \
verdict," said one investor, who lost his retirement savings."""),
    ("tv-drama", "2016-11-10", """\
The drama returns for its fourth season on [[Sunday|2016-11-13]] at [[9 p.m.|2016-11-13T21:00]] \
The new episodes were filmed over [[eight months|P8M]] in Northern Ireland [[last \
year|2015]]. They will air [[weekly|P1W|SET]] until [[mid-January|2017-01]]. The network said \
[[Wednesday|2016-11-09]] that the series had been renewed through [[2018|2018]]. Its finale \
[[last spring|2016-SP]] drew 8 million viewers, the most for a cable drama since \
[[2013|2013]]."""),
    ("obit-coach", "2009-01-20", """\
Walt Brennan, who coached the university's basketball team for [[three decades|P30Y]] and won \
two national titles, died [[Sunday|2009-01-18]] in Lexington. He was 88. Brennan took over the \
team in [[1953|1953]], when it had not had a winning record in [[a decade|P10Y]]. His teams won \
titles in [[1966|1966]] and [[1971|1971]]. He retired in [[1984|1984]]. He suffered a stroke \
[[last month|2008-12]] and had been in hospital since [[Christmas|2008-12-25]]. A funeral will \
be held on [[Friday|2009-01-23]]."""),
    ("wire-quake", "2021-10-04", """\
TOKYO (AP) - A strong earthquake shook Tokyo [[late Sunday night|2021-10-03TNI]], halting \
trains and injuring at least 30 people, officials said [[Monday|2021-10-04]]. The quake struck \
at [[10:41 p.m.|2021-10-03T22:41]] and was centred in Chiba prefecture, east of the capital. \
Some lines did not resume service until [[the following morning|2021-10-04TMO]]. It was the \
strongest quake to hit the capital since [[March 2011|2011-03]], when a magnitude 9.0 quake \
struck off the northeast coast. The weather agency warned of aftershocks over [[the next \
week|P1W]]."""),
    ("sports-tour", "1996-07-22", """\
Bjarne Riis won the Tour de France on [[Sunday|1996-07-21]], becoming the first Dane to win \
cycling's greatest race. He finished the [[three-week|P3W]] race [[1 minute 41 \
seconds|PT1M41S]] ahead of the German Jan Ullrich. Riis took the yellow jersey in the Alps on \
[[July 7|1996-07-07]] and kept it for the rest of the race. The five-time champion Miguel \
Indurain, who had won every Tour since [[1991|1991]], finished 11th. [[Next year|1997]]'s race \
will start in Rouen on [[July 5|1997-07-05]]."""),
    ("business-fiscal", "2013-05-31", """\
A software maker said on [[Thursday|2013-05-30]] that revenue for [[the three months ended \
April 30|P3M]] rose 12 percent to $1.2 billion. The company raised its forecast for [[fiscal \
2014|2014]], which ends in [[January|2014-01]]. It expects to hire 2,000 people by [[the end of \
the year|2013]]. Its shares have more than doubled over [[the past 12 months|P12M]]. The \
company, founded in [[1999|1999]], went public [[nine years ago|2004]]. It will hold its annual \
meeting on [[June 13|2013-06-13]]."""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(REPORTS, "news_blind11", "news_blind11.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
