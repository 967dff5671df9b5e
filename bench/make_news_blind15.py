"""Build ``bench/data/news_blind15.jsonl``: the fifteenth blind news round, gold first.

Nine wire reports at nine more anchors (a wildfire, a central bank's pause, a football transfer,
an election day, a car recall, a volcano's ash cloud, a census estimate, an air traffic strike,
holiday toy sales), written after round 14's rules, before the tagger ran on them: a check of
those rules on text they were not made on. Families as round 14 (``make_news_blind14.py``),
with "the final three months of" a year, clock times with a day, holidays of the season and
sets. Written and annotated (TimeBank's conventions, as ``make_news_blind.py``) in the
project's own words. First run 94.2 value F1 (relaxed F1 98.1, value accuracy 96.1%): "might
not resume before Saturday evening" put in the past, "could take years" missed, "Polls ...
close at 7 p.m." put on the day told before ("late Monday night"), "the five days before
Christmas" read as one offset, "most recently" marked. After "might" as a future cue, "take"
and "spent" before a bare plural duration, and a clock time with a future tense kept off a day
gone: 96.2 (the present "close", a word too ambiguous to list, still leaves the polls on
Monday).

Usage: python bench/make_news_blind15.py [OUT.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

REPORTS: list[tuple[str, str, str]] = [
    ("news-wildfire", "2017-10-11", """\
SANTA ROSA, Calif. -- Wildfires that broke out [[late Sunday|2017-10-08]] have destroyed more \
than 2,000 homes, officials said [[Tuesday|2017-10-10]]. The governor declared an emergency on \
[[Monday|2017-10-09]]. Crews had contained 3 percent of the largest fire by [[Wednesday \
morning|2017-10-11TMO]]. The state's deadliest city fire, in [[1991|1991]], killed 25 people in \
the Oakland hills. Evacuation orders will stay in place through [[the weekend|2017-W41-WE]], and \
no rain is expected until [[next week|2017-W42]]. Insurers said rebuilding could take \
[[years|PXY]]."""),
    ("news-pause", "2019-01-10", """\
The central bank left interest rates unchanged [[today|2019-01-10]] and said it would be patient \
before raising them again [[this year|2019]]. It raised rates four times in [[2018|2018]], most \
recently in [[December|2018-12]]. Minutes of that meeting, released on [[Wednesday|2019-01-09]], \
showed officials split on how far to go. Inflation has stayed below 2 percent for [[the past \
decade|P10Y]]. The economy slowed in [[the final three months of 2018|2018-Q4]], and the next \
policy meeting is on [[January 30|2019-01-30]], with new forecasts in [[March|2019-03]]. The \
bank's chair, whose term ends in [[2022|2022]], speaks in Washington [[tonight|2019-01-10TNI]]."""),
    ("news-transfer", "2021-07-29", """\
MANCHESTER, England -- The club completed the signing of a French defender on \
[[Wednesday|2021-07-28]] for about 40 million pounds, ending [[weeks|PXW]] of talks. He signed a \
contract that runs until [[2026|2026]] and will join his teammates for training [[next \
week|2021-W31]]. He could play in the opening league match on [[August 14|2021-08-14]]. The club \
last won the league in [[2013|2013]], and its manager said [[last month|2021-06]] that the squad \
needed three new players. The transfer window closes at [[11 p.m. on August \
31|2021-08-31T23:00]]."""),
    ("news-vote", "2012-11-06", """\
Voters went to the polls [[today|2012-11-06]] after a campaign that ended [[late Monday \
night|2012-11-05TNI]] with rallies in three states. Polls in most eastern states close at [[7 \
p.m.|2012-11-06T19:00]]. Early voting began in [[October|2012-10]] in many states, and more than \
30 million people had voted by [[the weekend|2012-W44-WE]]. [[Four years ago|2008]], turnout \
was 62 percent. The race is the most expensive since records began in [[1976|1976]]. Results in \
some states may not be final until [[Wednesday|2012-11-07]], and the winner takes office on \
[[January 20|2013-01-20]]."""),
    ("news-recall", "2023-04-12", """\
A carmaker is recalling 340,000 sport utility vehicles because a seat belt may fail, it said \
[[Tuesday|2023-04-11]]. The vehicles were built between [[2019|2019]] and [[2022|2022]]. Owners \
will be told by mail in [[early June|2023-06]], and dealers will fix the belts for free \
starting [[May 25|2023-05-25]]. The company learned of the problem [[last fall|2022-FA]]. It \
recalled 1.2 million cars in [[the first quarter|2023-Q1]], and its shares fell 2 percent \
[[on Wednesday|2023-04-12]]."""),
    ("news-ash", "2010-04-16", """\
LONDON -- Ash from a volcano in Iceland kept most of northern Europe's airports closed \
[[today|2010-04-16]], and officials said flights might not resume before [[Saturday \
evening|2010-04-17TEV]]. The volcano, which last erupted in [[1823|1823]], began spewing ash \
on [[Wednesday|2010-04-14]], and about 17,000 flights were cancelled on \
[[Thursday|2010-04-15]]. Airlines called it the worst disruption since [[September \
2001|2001-09]]. Scientists said the eruption could go on for [[months|PXM]]."""),
    ("news-census", "2014-02-27", """\
The country's population grew by 0.7 percent in [[2013|2013]], the slowest pace since [[the \
1930s|193]], the statistics office said [[today|2014-02-27]]. The next full count will be taken \
in [[2020|2020]]; the last, in [[April 2010|2010-04]], found 308.7 million people. Estimates for \
each state will be published on [[March 20|2014-03-20]]. Over [[the past 12 months|P12M]], \
deaths rose faster than births in 13 states. The count is taken [[every ten years|P10Y]] and is \
used to redraw voting districts."""),
    ("news-controllers", "2016-06-24", """\
PARIS -- Air traffic controllers will walk out for [[48 hours|PT48H]] starting \
[[Tuesday|2016-06-28]], their union said on [[Thursday|2016-06-23]], in a dispute over \
staffing that has led to seven strikes [[this year|2016]]. The national airline cancelled a \
fifth of its flights during a strike [[earlier this month|2016-06]]. Talks with the ministry \
broke down [[a week ago|2016-W24]]. The school holidays begin on [[July 2|2016-07-02]], and \
travel agents fear a long dispute through [[the summer|2016-SU]]."""),
    ("news-toys", "2005-12-20", """\
Toy sales rose 4 percent in [[November|2005-11]] from [[a year earlier|2004-11]], a trade group \
said [[today|2005-12-20]], and retailers expect the [[five days|P5D]] before \
[[Christmas|2005-12-25]] to bring a third of the season's sales. The season runs from \
[[Thanksgiving|2005-11-24]] to [[Christmas Eve|2005-12-24]]. Returns peak on [[December \
26|2005-12-26]], and the group will publish its final figures in [[mid-January|2006-01]]. Sales \
fell [[last year|2004]] for the first time since [[1999|1999]]."""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(REPORTS, "news_blind15", "news_blind15.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
