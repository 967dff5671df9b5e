"""Build ``bench/data/news_blind14.jsonl``: the fourteenth blind news round, gold first.

Sixteen wire reports at sixteen anchors from 1995 to 2024 (a refinery blast, a court ruling, a
flu season, a snowstorm, a bank collapse, tornadoes, holiday shopping, a space probe, a central
bank's testimony, a phone maker's quarter, a royal birth, a vaccine, a heat wave, a carmaker, a
United Nations session and a trial told in order). They mix the families TimeBank's news holds:
weekdays in both tenses, clock times with and without a day, parts of the day, months ahead of
and behind the anchor, seasons, holidays, quarters (fiscal, "a year earlier", "the last three
months of"), halves, decades, durations (with halves, ranges and "more than"), sets,
PRESENT_REF/PAST_REF, counts back ("two weeks ago"), offsets from a told date ("six days
later", "the next day") and numbers that are no dates (ages, money, counts). Written and
annotated (TimeBank's conventions, as ``make_news_blind.py``) in the project's own words
before the tagger ran on them (178 gold). First run 91.0 value F1 (relaxed F1 98.3, value
accuracy 92.6%; lower-cased 91.0): a month without a year took a year named in an earlier
sentence ("since going public in 1994 ... in March", "since 1959 ... since June"); weekdays
of scheduled or forecast events put in the past ("addresses the assembly on Thursday",
"storms possible on Sunday evening") and one told in the past put ahead ("received ...
Tuesday morning"); "the last three months of 2016" split; "the start of the year" and "the
end of the month" took a year or month named before; a clock time took the anchor's day
instead of the day just told; "the weekend", "weeks" and "quarterly" missed.

Usage: python bench/make_news_blind14.py [OUT.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

REPORTS: list[tuple[str, str, str]] = [
    ("news-refinery", "1998-03-12", """\
HOUSTON -- An explosion at a refinery east of the city killed two workers [[early \
Wednesday|1998-03-11]], the company said [[today|1998-03-12]]. The blast, at about [[4:15 \
a.m.|1998-03-11T04:15]], set off a fire that burned for [[six hours|PT6H]]. The unit had been shut \
for repairs for [[three weeks|P3W]] and was restarted on [[Monday|1998-03-09]]. It was the plant's \
second fire [[this year|1998]]; in [[January|1998-01]] a pump seal failed and 40 workers were sent \
home. Federal inspectors last visited the site in [[1995|1995]]. The company said it expects to \
resume full production [[next week|1998-W12]] and will report its [[first-quarter|1998-Q1]] \
results on [[April 21|1998-04-21]]. Gasoline prices in the region have risen 12 cents over [[the \
past two months|P2M]]. Investigators will spend [[the weekend|1998-W11-WE]] at the site."""),
    ("news-court", "2001-06-05", """\
WASHINGTON -- The Supreme Court ruled [[Monday|2001-06-04]] that a city may not ban leaflets in \
its subway stations, siding with a group of 14 activists. The case began [[four years \
ago|1997]] when police removed the group from a platform. A lower court upheld the ban in \
[[March 1999|1999-03]]. The justices heard arguments in [[January|2001-01]] and are expected to \
issue their last opinions of the term by [[the end of the month|2001-06]]. The state attorney \
general said [[Tuesday|2001-06-05]] that he would ask for a rehearing within [[25 days|P25D]]. \
The ban was adopted in [[the 1970s|197]] and had never been challenged until [[recently|PAST_REF]]. \
The city council meets again on [[June 18|2001-06-18]], and the legislature returns [[next \
January|2002-01]]."""),
    ("news-flu", "2003-11-20", """\
ATLANTA -- Health officials said [[Wednesday|2003-11-19]] that flu cases have been reported in \
24 states, [[weeks|PXW]] ahead of the usual peak in [[January|2004-01]] or [[February|2004-02]]. \
[[Last winter|2002-WI]] was a mild season. Vaccine makers shipped 83 million doses [[this \
fall|2003-FA]] and expect to ship the rest by [[mid-December|2003-12]]. The agency recommends a \
shot [[every year|P1Y]] for people aged 65 and older and for young children. \
Doctors' offices in Colorado have been crowded for [[the past two weeks|P2W]], and 6 children \
there have died since [[October|2003-10]]. Officials urged families to get shots before \
[[Thanksgiving|2003-11-27]]. The next national report comes out on [[Friday|2003-11-21]]."""),
    ("news-snow", "2006-01-09", """\
DENVER -- A storm that dropped two feet of snow on the Front Range over [[the \
weekend|2006-W01-WE]] kept schools closed [[today|2006-01-09]]. The airport shut at [[7 p.m. \
Saturday|2006-01-07T19:00]] and reopened [[Sunday afternoon|2006-01-08TAF]]. It was the heaviest \
January snowfall since [[1992|1992]]. Temperatures will stay below freezing through \
[[Thursday|2006-01-12]], and crews will need [[two days|P2D]] to clear side streets. Ski \
resorts, which had a dry [[December|2005-12]], welcomed the snow. The city spent $4 million on \
plowing [[last year|2005]] and has used a third of its [[2006|2006]] budget in [[a week|P1W]]. Road \
crews work long shifts and are paid [[every two weeks|P2W]]."""),
    ("news-bank", "2008-09-16", """\
NEW YORK -- Stocks fell sharply [[Monday|2008-09-15]] after a large investment bank filed \
for bankruptcy, and the Dow has lost 20 percent [[this year|2008]]. Talks to sell the firm \
collapsed late on [[Sunday|2008-09-14]]. The bank, founded in [[1850|1850]], lost $2.8 billion in \
[[the second quarter|2008-Q2]], its first loss since going public in [[1994|1994]]. A rival was \
sold in a rescue in [[March|2008-03]], and a large mortgage lender failed [[in July|2008-07]]. \
Federal Reserve policy makers meet [[today|2008-09-16]]. Oil fell below $100 a barrel for the \
first time in [[six months|P6M]]. Analysts said the turmoil could last well into \
[[next year|2009]]. About 25,000 employees, many of whom have worked there for [[decades|PXY]], \
face the loss of their jobs."""),
    ("news-tornado", "2011-04-28", """\
TUSCALOOSA, Ala. -- Tornadoes tore across the South on [[Wednesday|2011-04-27]], killing at \
least 200 people in six states. The worst of the storms hit Tuscaloosa shortly after [[5 \
p.m.|2011-04-27T17:00]], and it was the deadliest outbreak since [[1974|1974]]. The governor \
declared a state of emergency [[Wednesday night|2011-04-27TNI]], and the president will visit \
the city on [[Friday|2011-04-29]]. [[This month|2011-04]] has already brought more than 600 \
tornadoes, a record. Storms [[two weeks ago|2011-W15]] killed 40 people in North Carolina. \
Power may not be restored for [[a week|P1W]] in some counties. The season usually peaks in \
[[May|2011-05]]."""),
    ("news-retail", "2013-12-02", """\
Shoppers spent 2.9 percent less at stores over [[the Thanksgiving weekend|2013-W48-WE]] than they did [[last \
year|2012]], a retail trade group said [[Sunday|2013-12-01]]. Many chains opened on [[Thanksgiving \
Day|2013-11-28]] for the first time, pulling sales away from [[Black Friday|2013-11-29]]. Online \
sellers expect their busiest day on [[Cyber Monday|2013-12-02]]. The holiday shopping season is \
[[six days|P6D]] shorter [[this year|2013]] because [[Thanksgiving|2013-11-28]] fell late. The group expects \
sales in [[November|2013-11]] and [[December|2013-12]] to rise 3.9 percent; [[the fourth \
quarter|2013-Q4]] brings a fifth of a year's sales. Retail shares have risen 30 percent since \
[[January|2013-01]]."""),
    ("news-probe", "2015-07-22", """\
LAUREL, Md. -- The first close-up pictures from the probe that flew past Pluto [[last \
week|2015-W29]] show ice mountains as tall as the Rockies, scientists said [[today|2015-07-22]]. \
The flyby, on [[July 14|2015-07-14]], ended a journey of [[more than nine years|P9Y]] that began \
with a launch in [[January 2006|2006-01]]. A radio signal from the probe takes [[4 1/2 \
hours|PT4H30M]] to reach Earth, and sending all the data home will take [[16 months|P16M]]. The \
team received a burst of images [[Tuesday morning|2015-07-21TMO]] and will release more on \
[[Friday|2015-07-24]]. If the agency agrees, the probe will visit a smaller body in \
[[2019|2019]]. [[A decade ago|2005]], Pluto was still counted as a planet."""),
    ("news-fed", "2017-02-14", """\
WASHINGTON -- The Federal Reserve's chair told a Senate committee [[today|2017-02-14]] that \
waiting too long to raise interest rates would be unwise, and hinted at a move at the central \
bank's meeting in [[March|2017-03]]. The Fed raised rates in [[December|2016-12]], only the \
second increase in [[a decade|P10Y]]. Employers added 227,000 jobs in [[January|2017-01]], and \
the economy grew at a 1.9 percent rate in [[the last three months of 2016|2016-Q4]]. Inflation has \
stayed below the Fed's target for [[nearly five years|P5Y]]. She testifies before the House on \
[[Wednesday|2017-02-15]], and retail sales figures are due [[the same day|2017-02-15]]. The Fed expects three \
increases in [[2017|2017]] and a slower pace in [[the first half of the year|2017-H1]]."""),
    ("news-phone", "2018-10-31", """\
A smartphone maker said on [[Tuesday|2018-10-30]] that profit in its [[fiscal fourth \
quarter|2018-Q4]] rose 32 percent from [[a year earlier|2017-Q4]], to $14.1 billion. Its shares \
have still fallen 9 percent [[this month|2018-10]]. The company said it would stop reporting how \
many phones it sells starting [[next quarter|2019-Q1]]. Its chief executive, who has run the \
company since [[2011|2011]], said sales of its newest model, released on [[September \
21|2018-09-21]], had been strong. [[Three years ago|2015]], phone sales made up two thirds of \
revenue. The company pays its dividend [[quarterly|P3M]] and holds its annual meeting in [[late \
February|2019-02]]."""),
    ("news-birth", "2019-05-06", """\
LONDON -- The Duchess of Sussex gave birth to a boy [[early Monday|2019-05-06]], at [[5:26 \
a.m.|2019-05-06T05:26]], weighing 7 pounds 3 ounces. The Duke told reporters [[this \
afternoon|2019-05-06TAF]] that mother and child were doing well. The couple married at Windsor \
[[last May|2018-05]] and announced the pregnancy in [[October|2018-10]]. The Queen, who turned 93 \
[[last month|2019-04]], has eight great-grandchildren. A photo call is planned for \
[[Wednesday|2019-05-08]], and the family will travel to southern Africa in [[the \
autumn|2019-FA]]. Royal births were once witnessed by officials; the custom ended in \
[[the 1930s|193]]."""),
    ("news-vaccine", "2020-11-19", """\
A drugmaker said on [[Wednesday|2020-11-18]] that final results show its coronavirus vaccine is \
95 percent effective, and that it will ask regulators for emergency approval on \
[[Friday|2020-11-20]]. The company expects to make 50 million doses [[this year|2020]] and 1.3 \
billion in [[2021|2021]]. The trial began in [[late July|2020-07]] and enrolled 43,000 \
people. Cases in the United States have risen for [[the past six weeks|P6W]]. Officials urged \
Americans to stay home [[next week|2020-W48]] for [[Thanksgiving|2020-11-26]]. The vaccine must \
be stored at minus 70 degrees and lasts [[five days|P5D]] in an ordinary refrigerator. \
Shipments could begin by [[mid-December|2020-12]]."""),
    ("news-heat", "2022-08-10", """\
PARIS -- France is in its fourth heat wave of [[the summer|2022-SU]], and temperatures reached \
40 degrees in the southwest on [[Tuesday|2022-08-09]]. Forecasters expect the heat to last until \
[[the weekend|2022-W32-WE]], with storms possible on [[Sunday evening|2022-08-14TEV]]. \
[[July|2022-07]] was the driest month in France since [[1959|1959]], and more than 100 areas have \
limited water use since [[June|2022-06]]. Firefighters have fought a blaze in the Gironde for \
[[nine days|P9D]]. The drought could last into [[October|2022-10]], farmers warned. In \
[[2003|2003]], a heat wave killed about 15,000 people in [[August|2003-08]]."""),
    ("news-truck", "2024-03-27", """\
DETROIT -- A carmaker said on [[Tuesday|2024-03-26]] that it will begin deliveries of its first \
electric pickup in [[the second half of 2024|2024-H2]], and that orders open on [[April \
15|2024-04-15]]. Production at its Tennessee plant starts in [[the summer|2024-SU]]. The company \
lost $1.2 billion [[last year|2023]], including $400 million in [[the fourth quarter|2023-Q4]], \
and expects to break even by [[2026|2026]]. Its shares have fallen 18 percent since [[the start \
of the year|2024]]. The chief executive will present the truck at an investor day on \
[[Thursday, April 4|2024-04-04]]. Dealers will be closed on [[Easter Sunday|2024-03-31]] and \
reopen [[next Monday|2024-04-01]]."""),
    ("news-un", "1995-10-04", """\
UNITED NATIONS -- Leaders from more than 140 countries will gather [[later this \
month|1995-10]] to mark the organization's founding, whose charter took effect on [[October 24, \
1945|1945-10-24]]. The General Assembly session, which opened [[two weeks ago|1995-W38]], is \
overshadowed by a cash crisis: member states owe $3.3 billion, some of it unpaid for [[more than a \
year|P1Y]]. The secretary-general said [[yesterday|1995-10-03]] that the budget for [[1996|1996]] \
must be cut. In [[the 1950s|195]] the organization had 60 members; it [[now|PRESENT_REF]] has \
185. The President addresses the assembly on [[Thursday|1995-10-05]], and a vote on the \
budget is set for [[December|1995-12]]."""),
    ("news-trial", "2009-06-12", """\
BOSTON -- A former state senator was sentenced [[today|2009-06-12]] to [[42 months|P42M]] in \
prison for taking bribes. The jury began deliberating on [[June 3|2009-06-03]] and reached its \
verdict [[six days later|2009-06-09]]. [[The next day|2009-06-10]], he resigned his seat, which he \
had held since [[1993|1993]]. The bribes, paid between [[2004|2004]] and [[2007|2007]], came in \
cash [[every month|P1M]]. He must report to prison by [[August 1|2009-08-01]]. A special election \
for his seat will be held in [[the fall|2009-FA]], and the trial of a second defendant starts on \
[[Monday|2009-06-15]]."""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(REPORTS, "news_blind14", "news_blind14.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
