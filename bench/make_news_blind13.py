"""Build ``bench/data/news_blind13.jsonl``: the thirteenth blind news round, gold first.

Nine wire reports on long-past happenings: a bridge collapse, an Olympic opening, a bank's
quarter, a hurricane, a midterm election, a Mars landing, a bus strike, a museum reopening and a
fraud verdict (105 gold). They mix the families of TimeBank's news: weekdays in both tenses, clock
times with a weekday, "last week"/"next week", quarters and "the year-ago quarter", fiscal years,
halves, "the past year", durations, sets, decades, seasons, parts of the day and PRESENT_REF.
Written and annotated (TimeBank's conventions, as ``make_news_blind.py``) in the project's own
words before the tagger ran on them. First run 94.7 value F1 (relaxed F1 98.6, value accuracy
96.1%): "a day" and "a year" after a count (a rate) and "2006's" missed; "May" and "late
September" took the year of an earlier "1990 ... since then"; "will be sentenced on September 15"
and "ready for Friday's opening" were put in the past. After the rules of the news families
table (``tests/core/temporal/news_families_golden.py``): 99.0 (the rates "a day" and "a year"
stay unmarked: TimeBank marks only a third of such rates, and so does the tagger).

Usage: python bench/make_news_blind13.py [OUT.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

REPORTS: list[tuple[str, str, str]] = [
    ("news-bridge", "2007-08-03", """\
MINNEAPOLIS -- Divers recovered two more bodies from the Mississippi River on \
[[Thursday|2007-08-02]] as the search went on around the wreck of the interstate bridge that \
fell at [[6:05 p.m. Wednesday|2007-08-01T18:05]]. Officials said [[this morning|2007-08-03TMO]] \
that eight people were still missing. The bridge, opened in [[1967|1967]], was rated \
structurally deficient in [[1990|1990]] and had been inspected [[every year|P1Y]] since then. \
Its most recent inspection ended in [[May|2007-05]]. Crews had been repaving the deck for \
[[several weeks|PXW]] and planned to finish by [[late September|2007-09]]. The transportation \
secretary will visit the site on [[Saturday|2007-08-04]]. The traffic that used the bridge, about \
140,000 vehicles [[a day|P1D]], is being sent through downtown streets for [[now|PRESENT_REF]]."""),
    ("news-games", "2012-07-25", """\
LONDON -- The Olympic flame reached the capital on [[Saturday|2012-07-21]] after a journey of \
[[70 days|P70D]] around Britain, and organisers said [[yesterday|2012-07-24]] that the stadium is \
[[now|PRESENT_REF]] ready for [[Friday|2012-07-27]]'s opening ceremony. The first events, two \
women's football matches, were played in Cardiff [[this afternoon|2012-07-25TAF]]. London, which \
also held the Games in [[1908|1908]] and [[1948|1948]], won the right to host them [[seven years \
ago|2005]]. Ticket sales closed [[last week|2012-W29]] with about 8 million sold. Security staff \
have worked long shifts since [[the beginning of the month|2012-07]]. The Games end on [[August \
12|2012-08-12]], and the Paralympics run from [[August 29|2012-08-29]] to [[September \
9|2012-09-09]]."""),
    ("news-bank", "2009-04-17", """\
A large American bank said on [[Thursday|2009-04-16]] that it earned $2.1 billion in [[the first \
quarter|2009-Q1]], up from $1.6 billion in [[the year-ago quarter|2008-Q1]]. Revenue rose 22 \
percent to $25 billion. Profit for [[fiscal 2008|2008]] had fallen 60 percent. The bank has repaid \
none of the $45 billion it received from the government [[last fall|2008-FA]] and said it would \
not do so [[this year|2009]]. Credit card losses, which have climbed [[every month|P1M]] since \
[[January 2008|2008-01]], will keep rising through [[the second half|2009-H2]], the finance chief \
warned. Shares have lost 80 percent of their value over [[the past year|P1Y]]. The bank will hold \
its annual meeting on [[April 29|2009-04-29]] in Charlotte. Its results for [[the second \
quarter|2009-Q2]] are due in [[mid-July|2009-07]]."""),
    ("news-storm", "2005-08-30", """\
NEW ORLEANS -- Floodwater poured through two breaches in the city's levees [[today|2005-08-30]], \
and officials said as much as 80 percent of the city was under water. The storm made landfall at \
[[6:10 a.m. Monday|2005-08-29T06:10]] with winds of 125 miles an hour. The mayor, who ordered the \
city's first mandatory evacuation on [[Sunday|2005-08-28]], said people in shelters might not be \
able to go home for [[weeks|PXW]]. About 10,000 people spent [[last night|2005-08-29TNI]] in the \
Superdome. The last storm to flood the city this badly struck in [[1965|1965]]. Engineers had \
warned of such a failure since [[the 1990s|199]]. The hurricane season runs until [[November \
30|2005-11-30]], and forecasters expect [[the next three months|P3M]] to be busier than usual. \
The governor will ask for federal aid [[this week|2005-W35]]."""),
    ("news-vote", "2010-11-03", """\
WASHINGTON -- Republicans won control of the House of Representatives in [[Tuesday|2010-11-02]]'s \
midterm elections, gaining more than 60 seats, the biggest swing since [[1948|1948]]. The party's \
leader is expected to become speaker when the new Congress meets in [[January|2011-01]]. \
Democrats kept the Senate. The president, who called the result a drubbing at a news conference \
[[this afternoon|2010-11-03TAF]], said he would meet leaders of both parties [[later this \
month|2010-11]]. Turnout was about 41 percent, close to [[2006|2006]]'s level. [[Two years \
ago|2008]], Democrats had won big majorities in both houses. The outgoing Congress returns for a \
short session on [[November 15|2010-11-15]]. Several races were still too close to call [[early \
Wednesday|2010-11-03]], and recounts could last into [[December|2010-12]]."""),
    ("news-rover", "2012-08-06", """\
PASADENA, Calif. -- A robot rover the size of a car landed on Mars at [[10:32 p.m. \
Sunday|2012-08-05T22:32]] Pacific time, ending a journey of [[more than eight months|P8M]]. The \
rover was launched from Florida on [[November 26, 2011|2011-11-26]]. It will spend [[the next two \
weeks|P2W]] checking its instruments before it first drives, and its main mission is to last \
[[two years|P2Y]]. The agency last landed a rover in [[January 2004|2004-01]]; that machine was \
built to work for [[90 days|P90D]]. Scientists will brief reporters [[daily|P1D]] until \
[[Friday|2012-08-10]]. The mission's budget was set in [[2003|2003]], and the agency's next \
lander is planned for [[2016|2016]]."""),
    ("news-strike", "2003-02-14", """\
Bus drivers walked off the job [[early today|2003-02-14]] after talks broke down [[late \
Thursday|2003-02-13]] following [[nine hours|PT9H]] of bargaining. The drivers' contract expired \
on [[January 31|2003-01-31]], and they have been without a raise since [[the summer of \
2001|2001-SU]]. The union, which last struck in [[1986|1986]] for [[five weeks|P5W]], says its \
2,300 members voted to strike [[last Sunday|2003-02-09]]. About 400,000 people ride the buses \
[[each day|P1D]]. No new talks are scheduled, but a mediator said he hoped to bring the two sides \
together [[next week|2003-W08]]. The city's budget year ends on [[June 30|2003-06-30]]."""),
    ("news-museum", "2011-03-24", """\
A museum of modern art reopened to the public on [[Wednesday|2011-03-23]] after a renovation that \
kept it closed for [[more than three years|P3Y]]. The building was designed in [[the \
1930s|193]] and last restored in [[1984|1984]]. About 6,000 people came through its doors \
[[yesterday|2011-03-23]], and the director expects 1.5 million visitors [[a year|P1Y]]. Admission \
will be free [[every Tuesday evening|XXXX-WXX-2TEV]]. An exhibition of a painter's late works \
opens on [[April 9|2011-04-09]] and runs until [[the end of August|2011-08]]. The work was paid \
for by a bond that voters approved in [[the spring of 2007|2007-SP]]. The museum plans to stay \
open late on [[Fridays|XXXX-WXX-5]] [[this summer|2011-SU]]."""),
    ("news-verdict", "2004-06-02", """\
HOUSTON -- A jury found a former energy executive guilty of fraud [[this morning|2004-06-02TMO]] \
after deliberating for [[four days|P4D]]. The trial began on [[May 3|2004-05-03]]. He faces up to \
[[20 years|P20Y]] in prison and will be sentenced on [[September 15|2004-09-15]]. Prosecutors said \
the scheme ran from [[1999|1999]] to [[2001|2001]], and the company filed for bankruptcy in \
[[December 2001|2001-12]]. His lawyer said [[yesterday|2004-06-01]] that an appeal would be filed \
within [[30 days|P30D]]. Two other executives pleaded guilty [[last year|2003]]. The jury will \
return on [[Monday|2004-06-07]] to decide whether he must forfeit his house."""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(REPORTS, "news_blind13", "news_blind13.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
