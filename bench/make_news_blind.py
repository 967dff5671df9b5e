"""Build ``bench/data/news_blind.jsonl``: news reports written for this project, gold first.

Unlike ``narrative_dev.jsonl`` and TimeBank, which the rules were developed on, these reports
were written and annotated (TimeBank's conventions: spans without the preposition, weeks as
``YYYY-Wnn``, "two years ago" as the year) before the tagger was run on them, as a check of
how it does on news it was not tuned to. Short wire and Wikinews-style reports on invented
or long-past happenings, in the project's own words.

Same inline marks as ``make_narrative_dev.py``: ``[[text|value]]`` or ``[[text|value|TYPE]]``.

Usage: python bench/make_news_blind.py [OUT.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

REPORTS: list[tuple[str, str, str]] = [
    ("volcano", "2021-03-22", """\
A volcano on the Reykjanes peninsula erupted [[late Friday|2021-03-19]] evening after \
[[weeks|PXW]] of earthquakes, the Icelandic Meteorological Office said. The eruption began at \
about [[20:45|2021-03-19T20:45]] local time in the Geldingadalir valley, some 30 kilometres from \
the capital. It is the first eruption on the peninsula in nearly [[800 years|P800Y]]. \
Scientists flew over the site on [[Saturday|2021-03-20]] and said the fissure was about 500 \
metres long. By [[Sunday|2021-03-21]] crowds of hikers had reached the lava field, and police \
closed the access road [[overnight|2021-03-21TNI]]. More than 40,000 earthquakes have been \
recorded in the area since [[late February|2021-02]], the office said. Volcanologists expect \
the eruption to continue for [[several days|PXD]] or [[weeks|PXW]]."""),
    ("bridge", "2018-08-16", """\
Rescue teams searched the rubble of a collapsed motorway bridge in Genoa for a third day \
on [[Thursday|2018-08-16]] as the death toll rose to 38. A section of the viaduct gave way \
during a violent storm shortly before [[noon|2018-08-14T12:00]] on [[Tuesday|2018-08-14]], \
sending dozens of vehicles into the riverbed below. The bridge was opened in [[1967|1967]] and \
was last renovated in [[2016|2016]]. The government declared a [[12-month|P12M]] state of \
emergency in the region on [[Wednesday night|2018-08-15TNI]] and said the funerals would be held \
[[Saturday|2018-08-18]]. Engineers had warned about corrosion in the structure [[two years \
ago|2016]], according to documents published [[this week|2018-W33]]."""),
    ("final", "2019-06-02", """\
Liverpool won the Champions League for the sixth time on [[Saturday|2019-06-01]], beating \
Tottenham 2-0 in the final in Madrid. Mohamed Salah scored from the penalty spot in the \
second minute, and Divock Origi sealed the win [[three minutes|PT3M]] from time. The \
club last won the trophy in [[2005|2005]], when it came back from three goals down in Istanbul. \
Fans began gathering in the city centre early on [[Sunday|2019-06-02]] for an open-top bus \
parade scheduled for [[4 p.m.|2019-06-02T16:00]] Manager Jurgen Klopp, who arrived in [[October \
2015|2015-10]], had lost his previous six finals. "[[Tonight|2019-06-01TNI]] is for the \
fans," he said after the match. The new season starts in [[August|2019-08]]."""),
    ("earnings", "2016-04-28", """\
Shares in the carmaker fell 6 percent on [[Thursday|2016-04-28]] after it reported a loss for \
the [[first quarter|2016-Q1]] and cut its forecast for [[the full year|2016]]. Revenue in the \
[[three months to March 31|P3M]] dropped 4 percent from [[a year earlier|2015]], the company \
said. The firm had warned in [[January|2016-01]] that sales in China were slowing. Its chief \
executive, who took over [[last year|2015]], said the company would close two plants by [[the \
end of 2017|2017]] and expected to return to profit in [[the second half|2016-H2]]. The results \
come [[a week|P1W]] after a rival posted record earnings. Analysts will look for signs of \
recovery when the company holds its annual meeting on [[May 12|2016-05-12]]."""),
    ("launch", "2020-05-31", """\
A rocket carrying two astronauts lifted off from Florida at [[3:22 p.m.|2020-05-30T15:22]] on \
[[Saturday|2020-05-30]], the first crewed launch from the United States since [[2011|2011]]. \
The launch had been called off on [[Wednesday|2020-05-27]] because of bad weather, with [[less \
than 17 minutes|PT17M]] left on the countdown. The capsule docked with the space station \
[[Sunday morning|2020-05-31TMO]] after a flight of about [[19 hours|PT19H]]. The crew will stay \
on the station for [[up to four months|P4M]]. The agency has paid Russia for seats on its \
rockets since the shuttle was retired [[nine years ago|2011]], and officials said on \
[[Sunday|2020-05-31]] that the next crewed flight could come as early as [[August|2020-08]]."""),
    ("flood", "2015-12-08", """\
Floods in northern England forced thousands of people from their homes over [[the \
weekend|2015-W49-WE]] after a month's rain fell in [[24 hours|PT24H]]. The Environment Agency said \
on [[Monday|2015-12-07]] that river levels in Cumbria were the highest ever recorded, beating \
the record set in [[2009|2009]]. About 60,000 homes lost power on [[Saturday night|2015-12-05TNI]] \
and [[Sunday|2015-12-06]]. The army was called in to help [[yesterday|2015-12-07]], and the prime \
minister visited the area [[today|2015-12-08]]. Forecasters warned that more rain was expected \
[[later this week|2015-W50]] and that the ground would stay saturated [[for weeks|PXW]]. The \
storm is the fifth to be named [[this season|2015-WI]]."""),
    ("court", "2017-02-10", """\
A federal appeals court on [[Thursday|2017-02-09]] refused to reinstate the travel ban, dealing \
a setback to the administration [[less than three weeks|P3W]] after the order was signed. The \
three judges said the government had not shown that the order was needed immediately. \
The order, signed on [[January 27|2017-01-27]], barred travellers from seven countries for \
[[90 days|P90D]] and suspended the refugee programme for [[120 days|P120D]]. A judge in Seattle \
blocked it [[last Friday|2017-02-03]], and the State Department then restored \
tens of thousands of visas. The administration could ask the Supreme Court to step in [[within \
days|PXD]]. [[Now|PRESENT_REF]] both sides are preparing for a longer fight."""),
    ("election", "2022-10-31", """\
Voters returned a former president to office on [[Sunday|2022-10-30]] in a run-off that ended \
[[weeks|PXW]] of bitter campaigning. He won 50.9 percent of the vote, the electoral court said \
[[late Sunday|2022-10-30]], the narrowest margin since the return to democracy in [[1985|1985]]. \
He will take office on [[January 1|2023-01-01]] for a [[four-year|P4Y]] term. He first governed \
from [[2003|2003]] to [[2010|2010]] and was jailed in [[2018|2018]] on corruption charges that \
were annulled [[last year|2021]]. The outgoing president had not conceded by [[Monday \
morning|2022-10-31TMO]]. Markets were expected to open lower [[today|2022-10-31]], and the \
currency fell [[overnight|2022-10-30TNI]] in offshore trading."""),
    ("museum", "2017-06-23", """\
The city's art museum will reopen to the public [[next month|2017-07]] after a [[three-year|P3Y]] renovation, \
its director said on [[Thursday|2017-06-22]]. The doors open on [[July 15|2017-07-15]], a \
[[Saturday|2017-07-15]], with free entry for [[the first weekend|2017-W28-WE]]. The museum \
closed in [[the spring of 2014|2014-SP]] when inspectors found cracks in its roof. Work was \
meant to end in [[late 2016|2016]], but the discovery of asbestos [[last summer|2016-SU]] \
delayed it by [[eight months|P8M]]. [[Earlier this year|2017]] the council approved another \
2 million dollars. The director, who took up her post [[in 2012|2012]], said the collection \
would rotate [[every three months|P3M|SET]]."""),
    ("strike", "2023-03-08", """\
Rail workers walked off the job [[at midnight|2023-03-07T24:00]] in the third national strike \
[[this year|2023]], halting nearly all trains. The walkout is set to last [[48 hours|PT48H]], and the \
union has called another for [[next Wednesday|2023-03-15]]. Talks broke down [[late last \
week|2023-W09]] after the company offered a 4 percent raise. Union leaders met the transport \
minister on [[Monday|2023-03-06]] but said afterwards that no deal was in sight. \
Commuters faced long queues for buses [[this morning|2023-03-08TMO]]. The last strike, in \
[[January|2023-01]], cost the economy an estimated 200 million euros a day, the previous \
government said."""),
    ("quake", "2011-03-14", """\
Engineers were struggling [[on Monday|2011-03-14]] to cool the reactors at a nuclear plant hit \
by the earthquake and tsunami that struck the coast on [[Friday|2011-03-11]]. A second \
explosion rocked the plant [[Monday morning|2011-03-14TMO]], [[two days|P2D]] after a blast \
at another reactor. The magnitude 9.0 quake was the strongest recorded in the country since \
records began [[more than a century ago|1911]]. Officials said [[late Sunday|2011-03-13]] that \
rolling blackouts would begin [[today|2011-03-14]] and could continue [[until the end of \
April|2011-04]]. The stock market fell 6 percent [[in the first hour|PT1H]] of trading."""),
    ("trial", "2014-11-20", """\
A jury found the former mayor guilty of corruption [[Wednesday|2014-11-19]] after deliberating \
for [[four days|P4D]]. He faces up to [[20 years|P20Y]] in prison when he is sentenced on \
[[February 12|2015-02-12]]. The trial began in [[September|2014-09]] and heard from more than \
60 witnesses. Prosecutors said he took bribes from [[2008|2008]] to [[2012|2012]], when he \
left office. His lawyer said he would appeal [[within 30 days|P30D]]. The former mayor had \
been arrested in [[the summer of 2013|2013-SU]], [[a year|P1Y]] after an audit found \
irregularities in city contracts."""),
    ("wikinews-airline", "2013-06-05", """\
[[Wednesday, June 5, 2013|2013-06-05]]

The national airline has cancelled all flights to the capital until [[Friday|2013-06-07]] after \
protests closed the main airport [[yesterday|2013-06-04]]. About 3,000 passengers were stranded \
[[overnight|2013-06-04TNI]], the airline said in a statement released [[early this \
morning|2013-06-05TMO]]. Protesters have occupied the terminal since [[Monday|2013-06-03]], \
demanding the resignation of the transport minister, who was appointed [[in March|2013-03]]. \
The airport handled 12 million passengers [[last year|2012]]. Police said [[on Tuesday|2013-06-04]] \
that they would not clear the terminal [[before the weekend|2013-W23-WE]]."""),
    ("wikinews-vaccine", "2009-10-16", """\
Health officials said [[Thursday|2009-10-15]] that the first doses of a vaccine against the new \
flu strain will reach clinics [[next week|2009-W43]], [[a month|P1M]] later than planned. The \
government ordered 50 million doses in [[July|2009-07]], when the virus was spreading quickly \
through summer camps. Since [[April|2009-04]], more than 700 people have died of the disease in \
the country. Officials expect a second wave of infections [[in the coming weeks|FUTURE_REF]] and \
urged people to get vaccinated [[as soon as possible|FUTURE_REF]]. Schools will report absences \
[[daily|P1D|SET]] until [[the end of the year|2009]]."""),
    ("wikinews-chess", "2016-11-30", """\
The world chess champion kept his title [[on Wednesday|2016-11-30]] after beating his challenger \
in a series of quick games, the first time since [[2006|2006]] that the championship was decided \
by a tiebreak. The [[three-week|P3W]] match in New York had ended in a 6-6 tie [[on \
Monday|2016-11-28]]. The champion, who turned 26 [[today|2016-11-30]], first won the title in \
[[2013|2013]] and defended it [[two years later|2015]]. The next championship is planned for \
[[November 2018|2018-11]] in London."""),
    ("wire-earnings", "1998-02-12", """\
NEW YORK (AP) -- Shares of the toy maker rose sharply [[Thursday|1998-02-12]] after it said \
profit in the [[fourth quarter|1997-Q4]] more than doubled from [[a year earlier|1996-Q4]]. \
Net income for the [[three months ended Dec. 31|P3M]] was $42 million, compared with $19 million \
in the [[year-earlier period|1996-Q4]]. For [[all of 1997|1997]], earnings rose 35 percent. The \
company, which cut 600 jobs [[last spring|1997-SP]], said it expects sales to grow [[this \
year|1998]] and plans to open a plant in Mexico by [[mid-1999|1999]]. Its chief executive will \
retire [[at the end of March|1998-03]], the company said [[Wednesday|1998-02-11]]."""),
    ("wire-storm", "1999-09-16", """\
MIAMI (Reuters) - More than two million people fled the coast [[on Wednesday|1999-09-15]] as \
the hurricane churned toward Florida, the largest evacuation in the state's history. Forecasters \
said the storm could make landfall [[late Thursday|1999-09-16]] or [[early Friday|1999-09-17]]. \
It had killed at least five people in the Bahamas [[on Tuesday|1999-09-14]]. [[Seven years \
ago|1992]], a hurricane of similar strength destroyed 25,000 homes south of Miami. Schools \
will stay closed [[through the weekend|1999-W37-WE]], officials said. The hurricane season \
runs until [[Nov. 30|1999-11-30]]."""),
    ("wire-vote", "2004-05-20", """\
The Senate voted 62-35 [[late Wednesday|2004-05-19]] to extend the program for [[another five \
years|P5Y]], ending [[a month|P1M]] of debate. The House passed a similar bill [[in \
March|2004-03]] and the two versions must be reconciled before the program expires [[on June \
30|2004-06-30]]. The program was created in [[1996|1996]] and was last renewed [[four years \
ago|2000]]. Its supporters hope to send a final bill to the president [[before the July 4 \
recess|2004-07-04]]."""),
    ("tennis", "2018-07-16", """\
The 22-year-old won her first grand slam title on [[Sunday|2018-07-15]], beating the top seed \
6-3, 7-6 in a final that lasted [[an hour and 52 minutes|PT1H52M]]. She had lost in the first \
round of the same tournament [[a year ago|2017]] and had never gone past the quarter-finals \
before [[this year|2018]]. Rain delayed the start of the match by [[45 minutes|PT45M]], and play \
finally began shortly after [[3 p.m.|2018-07-15T15:00]] Her coach, who joined her team in \
[[January|2018-01]], said the win had been built over [[the past two years|P2Y]]. The result \
lifts her to fourth in the world rankings published [[Monday|2018-07-16]]. The runner-up, a \
three-time champion, said she would skip the tournaments [[later this month|2018-07]] to rest \
an injured wrist and return for the hard-court season in [[August|2018-08]]. The two players \
will meet again at an exhibition event on [[Nov. 24|2018-11-24]]."""),
    ("sentencing", "2019-03-22", """\
A former hospital administrator was sentenced on [[Thursday|2019-03-21]] to [[seven \
years|P7Y]] in prison for stealing money meant for patient care. The judge said the thefts, \
carried out over [[more than a decade|P10Y]], had gone unnoticed because the accounts were \
audited only [[once a year|P1Y|SET]]. The administrator, 61, was arrested in [[October \
2016|2016-10]] and pleaded guilty [[last November|2018-11]]. Her lawyers had asked for a \
suspended sentence, citing her health. She must report to prison by [[April 30|2019-04-30]] \
and will be eligible for parole after [[four years|P4Y]]. The hospital said on \
[[Friday|2019-03-22]] it had recovered about half of the money. A civil case against two of \
her former colleagues is set to go to trial in [[the fall|2019-FA]]. Any appeal must be filed \
within [[14 days|P14D]]. [[Three years ago|2016]], the hospital's board had hired an outside \
firm to review its books, but the review missed the thefts."""),
    ("wildfire", "2021-08-04", """\
Firefighters were still battling a wildfire in the hills above the coastal town on \
[[Wednesday|2021-08-04]], [[three days|P3D]] after it broke out near a campsite. The blaze \
has burned more than 8,000 hectares since [[Sunday afternoon|2021-08-01TAF]] and forced the \
evacuation of 4,000 residents [[overnight|2021-08-03TNI]]. Temperatures reached 44 degrees on \
[[Tuesday|2021-08-03]], the highest since records began in [[1951|1951]]. Forecasters expect \
the heat to last until [[the weekend|2021-W31-WE]] and warned of strong winds on [[Thursday \
night|2021-08-05TNI]]. The regional government declared a state of emergency for [[30 \
days|P30D]]. A similar fire [[four years ago|2017]] destroyed 200 homes, and the town's mayor \
said [[this morning|2021-08-04TMO]] that lessons had been learned. Officials hope to contain \
the fire by [[Friday|2021-08-06]]. The region last saw rain in [[mid-June|2021-06]]."""),
    ("retailer", "2022-03-03", """\
The department store chain said [[Thursday|2022-03-03]] that it earned $310 million in [[the \
fourth quarter|2021-Q4]], its best holiday season since [[2015|2015]]. Sales in stores open at \
least [[a year|P1Y]] rose 8 percent. For [[the full year|2021]], revenue climbed to $17 \
billion, recovering from [[2020|2020]], when stores were shut for [[months|PXM]]. The company \
expects sales to grow between 1 and 2 percent in [[fiscal 2022|2022]] and will close 25 stores \
by [[the end of the year|2022]]. Its shares have lost a third of their value since \
[[November|2021-11]]. The chief executive said the supply problems that hurt results [[last \
spring|2021-SP]] had eased, but warned that higher freight costs would weigh on margins in \
[[the first half|2022-H1]]. The company will hold its annual meeting on [[May 19|2022-05-19]] \
and will report [[first-quarter|2022-Q1]] results in [[late May|2022-05]]."""),
    ("lander", "2014-11-13", """\
Scientists said on [[Thursday|2014-11-13]] that the small lander that touched down on a comet \
[[yesterday|2014-11-12]] had bounced twice before coming to rest, possibly in the shadow of a \
cliff. The lander separated from its mother ship at [[08:35 GMT|2014-11-12T08:35]] and took \
[[seven hours|PT7H]] to descend. Its batteries hold enough power for about [[60 \
hours|PT60H]] of work, and engineers fear that with too little sunlight the solar panels will \
not recharge them. The mission was launched in [[March 2004|2004-03]] and spent [[a \
decade|P10Y]] chasing the comet, which it reached in [[August|2014-08]]. The mother ship will \
follow the comet as it swings closest to the sun in [[August 2015|2015-08]]. Data from the \
first experiments should arrive over [[the weekend|2014-W46-WE]], the team said. \
[[Tonight|2014-11-13TNI]] the controllers will try to turn the lander to catch more light."""),
    ("obituary", "2016-05-09", """\
The architect whose glass concert hall became a symbol of the harbour city died on \
[[Saturday|2016-05-07]] at his home. He was 88. His family said he had been ill since [[the \
autumn|2015-FA]]. Born in a fishing village in [[1927|1927]], he left school at 14 and trained \
as a carpenter before winning a scholarship to study abroad in [[the late 1940s|194]]. He \
opened his own practice in [[1956|1956]]. The concert hall, his best-known work, took [[14 \
years|P14Y]] to build and opened in [[October 1973|1973-10]], [[a decade|P10Y]] late and far \
over budget. He resigned from the project in [[1966|1966]] after a dispute with the state \
government and never returned to see it finished. In [[the 1990s|199]] the government asked him \
to draw up guidelines for its future. He received the profession's highest prize in \
[[2003|2003]]. A memorial service will be held [[next month|2016-06]]."""),
    ("recall", "2010-02-09", """\
The carmaker said on [[Tuesday|2010-02-09]] it would recall about 437,000 hybrid cars worldwide \
to fix a braking problem, [[less than two weeks|P2W]] after it halted sales of eight models in \
the United States. It has received more than 100 complaints about the brakes since [[last \
July|2009-07]]. Its president apologised at a news conference [[late Friday|2010-02-05]] and \
said engineers had changed the software in cars built since [[January|2010-01]]. The recall \
will begin [[next week|2010-W07]] in Japan and in [[March|2010-03]] in Europe. The shares have \
fallen 20 percent in [[the past three weeks|P3W]]. The company first recalled cars over loose \
floor mats in [[September 2009|2009-09]], and its chief executive is due to testify before a \
congressional committee [[later this month|2010-02]]."""),
    ("rates", "2008-10-09", """\
Six central banks cut interest rates on [[Wednesday|2008-10-08]] in a coordinated move to ease \
the credit crisis. The Bank of England lowered its main rate by half a point to 4.5 percent, \
its first cut since [[April|2008-04]]. The Federal Reserve, which had held rates steady at its \
last meeting in [[September|2008-09]], cut its target to 1.5 percent. Stock markets in Asia \
fell again on [[Thursday|2008-10-09]], and the Tokyo index has lost nearly a quarter of its \
value [[this month|2008-10]] alone. Finance ministers of the largest economies will meet in \
Washington on [[Friday|2008-10-10]] and [[Saturday|2008-10-11]]. The crisis began in [[the \
summer of 2007|2007-SU]], when losses on American mortgages spread to banks around the world, \
and deepened [[last month|2008-09]] with the collapse of a large investment bank. Economists \
[[now|PRESENT_REF]] expect the recession to last [[at least a year|P1Y]]. The Fed's next scheduled meeting is \
on [[October 28|2008-10-28]]."""),
    ("merger", "2011-05-10", """\
The software giant agreed on [[Tuesday|2011-05-10]] to buy the internet telephone company for \
$8.5 billion in cash, its largest acquisition ever. The deal, approved by both boards [[late \
Monday|2011-05-09]], is expected to close by [[the end of the year|2011]]. The telephone \
company was founded in [[2003|2003]] and was sold to an auction site [[two years later|2005]]; \
a group of investors bought a majority stake in [[2009|2009]]. It had planned to sell shares \
to the public [[this year|2011]]. The service had 170 million users in [[the fourth quarter of \
2010|2010-Q4]], when it lost $7 million. Talks between the companies began [[about a month \
ago|2011-04]], people familiar with the matter said. Regulators in Europe are expected to \
review the deal over [[the summer|2011-SU]]."""),
    ("cabin-crew", "2012-11-02", """\
Flight attendants at the national carrier walked off the job on [[Friday|2012-11-02]], \
grounding more than half of its flights on one of the busiest weekends of [[the year|2012]]. \
The strike, the first in the airline's history, is set to last [[seven days|P7D]]. The union \
says management broke an agreement reached in [[2008|2008]] by cutting crew sizes. Talks \
collapsed on [[Wednesday night|2012-10-31TNI]] after [[12 hours|PT12H]] of negotiations. The \
airline said it had cancelled 240 flights for [[Saturday|2012-11-03]] and expected to cancel \
more [[early next week|2012-W45]]. Passengers booked for [[the coming days|PXD]] can change \
their tickets free of charge. [[Last year|2011]] the airline carried 27 million passengers; \
[[a decade ago|2002]] it was close to bankruptcy."""),
    ("runoff", "2007-06-18", """\
Voters in the second round of the parliamentary election on [[Sunday|2007-06-17]] gave the \
president's party a smaller majority than polls had predicted. The party won 314 of the 577 \
seats, down from 359 in [[2002|2002]]. Turnout was 60 percent, a record low. The first round, \
held [[a week earlier|2007-06-10]], had suggested a landslide. The prime minister, appointed in \
[[May|2007-05]], said on [[Monday|2007-06-18]] that he would present a new cabinet within \
[[days|PXD]]. The new parliament will sit for the first time on [[June 26|2007-06-26]] and is \
expected to pass a tax bill before [[August|2007-08]]. The next election is due in \
[[2012|2012]]."""),
    ("wire-study", "1999-11-04", """\
WASHINGTON (AP) -- Women who walk briskly [[every day|P1D|SET]] cut their risk of heart disease \
by a third, according to a study released [[Thursday|1999-11-04]]. The researchers followed \
72,000 nurses from [[1986|1986]] to [[1994|1994]] and checked their health [[every two \
years|P2Y|SET]]. The study, which will appear in [[next week|1999-W45]]'s issue of the journal, is \
the largest of its kind. An earlier study published in [[March|1999-03]] found similar results \
for men. The lead author said [[Wednesday|1999-11-03]] that the team would [[now|PRESENT_REF]] look at younger \
women over [[the next decade|P10Y]]."""),
    ("wire-outbreak", "2003-07-22", """\
GENEVA (Reuters) - The World Health Organisation said on [[Tuesday|2003-07-22]] that the last \
chains of transmission of the respiratory disease had been broken, [[four months|P4M]] after it \
first alerted the world to the outbreak. No new cases have been reported since [[July \
5|2003-07-05]]. The disease infected more than 8,000 people after it emerged in southern China \
in [[November 2002|2002-11]]. Most travel warnings were lifted [[last month|2003-06]], and the \
agency lifted its last one on [[July 2|2003-07-02]]. Airlines say bookings to Asia fell by half \
in [[April|2003-04]] and [[May|2003-05]]. Health officials warned that the virus could return \
[[this winter|2003-WI]] and said hospitals must stay on alert for [[months|PXM]]."""),
    ("wire-derailment", "2006-02-14", """\
A freight train carrying chemicals derailed near the river [[early Tuesday|2006-02-14]], \
forcing about 500 people from their homes. No one was hurt, officials said. Twelve of the \
train's 60 cars left the tracks at about [[3:40 a.m.|2006-02-14T03:40]], and one began leaking. \
Crews expected to clear the line by [[Wednesday evening|2006-02-15TEV]]. Residents could return \
home [[later in the day|2006-02-14]] if tests of the air showed no danger, the fire chief said. \
The same line was closed for [[three days|P3D]] in [[2004|2004]] after a smaller spill. The \
railroad said it had inspected the tracks [[last week|2006-W06]]."""),
    ("wire-pennant", "2001-09-05", """\
The hometown club clinched its first division title in [[12 years|P12Y]] [[Tuesday \
night|2001-09-04TNI]] with a 6-2 win, [[nearly a month|P1M]] before the end of the regular \
season. The team was in last place on [[June 1|2001-06-01]] but won 21 of its 27 games in \
[[August|2001-08]]. Its ace, who missed [[six weeks|P6W]] with a sore shoulder in [[the \
spring|2001-SP]], has won nine straight starts. The playoffs begin on [[Oct. 9|2001-10-09]]. \
The club last reached the final series in [[1989|1989]] and last won it [[a decade \
earlier|1979]]."""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(REPORTS, "news_blind", "news_blind.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
