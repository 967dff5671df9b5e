"""Build ``bench/data/news_blind12.jsonl``: the twelfth blind news round, gold first.

Five reports in the manner of the economy and business pages of a news wire: a product launch,
an ash cloud over Europe, a carmaker's quarter compared with the year before, a World Cup
match and oil at a record. Written and annotated (TimeBank's conventions, as ``make_news_blind.py``) in the
project's own words, on long-past happenings, before the tagger ran on them. First run 96.4 value F1 (41 gold); "the first nine months of
the year" had been marked as one span, against TimeBank's way ("the first nine months" of "the
year", two expressions there), and was marked so after it.

Usage: python bench/make_news_blind12.py [OUT.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

REPORTS: list[tuple[str, str, str]] = [
    ("biz-phone", "2007-01-10", """\
The chief executive unveiled the company's first mobile phone on [[Tuesday|2007-01-09]] at a \
trade show in San Francisco. The device will go on sale in the United States in \
[[June|2007-06]] and in Europe in [[the fourth quarter|2007-Q4]]. The company hopes to sell 10 \
million phones in [[2008|2008]], about 1 percent of the world market. Shares rose 8 percent \
[[yesterday|2007-01-09]], their biggest gain in [[nearly six years|P6Y]]. The company has sold \
more than 90 million music players since [[2001|2001]]. It will report results on [[January \
17|2007-01-17]]."""),
    ("biz-ash", "2010-04-21", """\
Flights resumed across much of northern Europe on [[Tuesday|2010-04-20]] after a cloud of \
volcanic ash closed airspace for [[six days|P6D]]. The eruption under a glacier in Iceland began \
on [[April 14|2010-04-14]], [[less than a month|P1M]] after a smaller eruption nearby. Airlines \
say the closure cost them $1.7 billion. About 100,000 flights were cancelled between [[April \
15|2010-04-15]] and [[April 21|2010-04-21]]. One airline said [[this morning|2010-04-21TMO]] \
that all of its long-haul flights would operate [[today|2010-04-21]]. The last time the volcano \
erupted, in [[1821|1821]], the eruption went on for [[more than a year|P1Y]]."""),
    ("biz-cars", "2012-10-26", """\
A carmaker reported a [[third-quarter|2012-Q3]] profit of $1.8 billion on \
[[Thursday|2012-10-25]], down from $2.1 billion in [[the same period last year|2011-Q3]]. Its \
European unit lost $478 million in [[the quarter|2012-Q3]] and has not made a profit since \
[[1999|1999]]. The company plans to close a plant in Germany by [[2016|2016]]. Sales in China \
rose 11 percent in [[the first nine months|P9M]] of [[the year|2012]]. The company emerged from \
bankruptcy in [[July 2009|2009-07]] and returned to the stock market [[the following \
year|2010]]."""),
    ("sport-cup", "2006-06-15", """\
Germany beat Poland 1-0 in Dortmund on [[Wednesday night|2006-06-14TNI]] with a goal in the \
final minute. The hosts, who opened the tournament with a 4-2 win over Costa Rica [[last \
Friday|2006-06-09]], are through to the second round. They play Ecuador in Berlin on \
[[Tuesday|2006-06-20]]. Germany last won the World Cup in [[1990|1990]], [[16 years \
ago|1990]]. The final will be played on [[July 9|2006-07-09]]."""),
    ("biz-oil", "2008-07-12", """\
Oil prices hit a record of $147.27 a barrel on [[Friday|2008-07-11]] before falling back. Prices \
have doubled over [[the past year|P1Y]] and are up 40 percent since [[January|2008-01]]. Traders \
pointed to tension over missile tests [[this week|2008-W28]] and to a strike in Nigeria. The \
energy agency said on [[Thursday|2008-07-10]] that demand would grow more slowly in \
[[2009|2009]]. Oil ministers will meet in Vienna on [[September 9|2008-09-09]]. [[A year \
ago|2007]] oil sold for about $72 a barrel."""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(REPORTS, "news_blind12", "news_blind12.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
