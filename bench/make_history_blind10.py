"""Build ``bench/data/history_blind10.jsonl``: the tenth blind history round, gold first.

Fifteen narrative passages as an encyclopedia or a popular history tells them, with no word on
their genre (the ``dct`` is a modern edit date that must move no value; four of them fall on
an anniversary of the story's own days): campaigns of the fourth and first centuries BC,
reigns of the eighth, sixteenth and nineteenth centuries, wars and crises from 1066 to 1962.
Weighted to what narrative history scores: BC years and their offsets ("two years later",
"the following August" of 31 BC), three-digit years and AD, the governing date moving
through the story ("that winter", "the following spring", "the next day", "three days later",
"the 25th"), months without a year after a date that ends a year, and asides with other years
in parentheses or relative clauses that must not move the story. Written for issue 13 in the
project's own words, annotated as ``make_history_blind.py``, before the tagger ran on them.
First run 88.3 value F1 (137 gold; relaxed F1 97.8, value accuracy 90.3%). Three gold
lines mended after it, to what the text says rather than what history knows: "The next
summer" after "February 1587" is 1587's (and so its "8 August"), and "(A cathedral ...) now
stands" wants its "now". After round 16's rules (a day and month or a season with an era, a
month or a holiday with a three-digit year, "the year before/after", a year in a relative
clause on a thing far from the story's years, a month the story goes on to in the next year):
96.7 on 138 gold. Left:
"A week later" given as a week (and "that night" after it), "Two years later" counted from
the nearest year told rather than the battle before it, "the spring" after the January
placed in 1559 (the story's year is still the last one written), "renamed August" read as
a month.

Usage: python bench/make_history_blind10.py [OUT.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

PASSAGES: list[tuple[str, str, str]] = [
    ("alexander", "2022-06-14", """\
Alexander crossed the Hellespont into Asia in [[the spring of 334 BC|BC0334-SP]] with an army \
of about 40,000 men, and within [[weeks|PXW]] he had beaten a Persian force at the Granicus \
River. He spent [[that winter|BC0334-WI]] subduing the cities of the southern coast. In \
[[November 333 BC|BC0333-11]] he met Darius himself at Issus and put him to flight. The siege \
of Tyre [[the next year|BC0332]] lasted [[seven months|P7M]]. [[Two years later|BC0331]], on \
[[1 October 331 BC|BC0331-10-01]], he defeated Darius again at Gaugamela, and the Persian king \
was murdered by his own officers [[the following summer|BC0330-SU]]. Alexander died in Babylon \
in [[June 323 BC|BC0323-06]]."""),
    ("moscow", "2021-03-02", """\
Napoleon's army crossed the Niemen on [[24 June 1812|1812-06-24]]. The Russian armies fell back \
for [[weeks|PXW]] and gave battle only at Borodino on [[7 September|1812-09-07]], the \
bloodiest single day of the wars. [[A week later|1812-09-14]] the French entered Moscow, which \
had been largely emptied; fires broke out [[that night|1812-09-14TNI]] and burned for [[three \
days|P3D]]. Napoleon waited in the city for [[more than a month|P1M]] for an offer of peace \
that never came, and left on [[19 October|1812-10-19]]. [[That winter|1812-WI]] the retreat \
cost him most of his army; fewer than 30,000 men recrossed the river in \
[[mid-December|1812-12]]. (Tolstoy's novel of the war, finished in [[1869|1869]], made the \
battle famous.) [[The following spring|1813-SP]] Prussia joined the war against him."""),
    ("elizabeth", "2020-11-17", """\
Elizabeth became queen on [[17 November 1558|1558-11-17]] on the death of her half-sister Mary, \
and was crowned in Westminster Abbey in [[January|1559-01]]. Her first parliament settled the \
church in [[the spring|1559-SP]]. For [[almost thirty years|P30Y]] she avoided open war with \
Spain. Her cousin Mary, Queen of Scots, who had fled to England in [[1568|1568]], was executed \
in [[February 1587|1587-02]]. [[The next summer|1587-SU]] a Spanish fleet sailed up the \
Channel; it was scattered off Gravelines on [[8 August|1587-08-08]]. Elizabeth died at Richmond \
on [[24 March 1603|1603-03-24]], after a reign of [[44 years|P44Y]]."""),
    ("gettysburg", "2019-07-01", """\
After his victory at Chancellorsville in [[early May 1863|1863-05]], Lee moved north into \
Pennsylvania. The two armies met by chance at Gettysburg on [[the morning of 1 \
July|1863-07-01TMO]]. Fighting went on for [[three days|P3D]]; on [[the afternoon of 3 \
July|1863-07-03TAF]] some 12,000 Confederates charged the Union centre and were thrown back. \
Lee retreated [[the next day|1863-07-04]], as Vicksburg surrendered in the west. In \
[[November|1863-11]] Lincoln spoke at the dedication of a cemetery on the field, which became a \
national park in [[1895|1895]]. [[The following spring|1864-SP]] Grant took command of all the \
Union armies."""),
    ("agincourt", "2018-10-25", """\
Henry V landed in Normandy in [[August 1415|1415-08]] and besieged Harfleur, which held out for \
[[five weeks|P5W]]. With his army weakened by dysentery he marched for Calais, and on [[25 \
October|1415-10-25]] his archers destroyed a much larger French army near Agincourt. [[Two \
years later|1417]] he returned to conquer Normandy, and by a treaty signed at Troyes in [[May \
1420|1420-05]] he was named heir to the French throne. He died in [[August 1422|1422-08]], \
before he could claim it. [[Seven years later|1429]] a peasant girl from Lorraine led the \
relief of Orléans; she was burned at Rouen in [[1431|1431]] and declared a saint in \
[[1920|1920]]."""),
    ("charlemagne", "2023-01-28", """\
Charles became king of the Franks with his brother Carloman in [[768|0768]] and ruled alone \
after Carloman's death [[three years later|0771]]. In [[774|0774]] he took the Lombard crown at \
Pavia after a siege of [[nine months|P9M]]. His wars against the Saxons went on for [[more than \
thirty years|P30Y]]. On [[Christmas Day 800|0800-12-25]] the pope crowned him emperor in Rome. \
He died at Aachen in [[January 814|0814-01]], and his son Louis, crowned co-emperor [[the year \
before|0813]], succeeded him."""),
    ("tenochtitlan", "2017-11-08", """\
Cortés landed on the Gulf coast in [[April 1519|1519-04]] and reached the Aztec capital on [[8 \
November|1519-11-08]]. Moctezuma received him as a guest; within [[a week|P1W]] the Spaniards \
had made him their prisoner. He died in [[June of the following year|1520-06]] during a \
revolt, and the Spaniards fled the city on [[the night of 30 June|1520-06-30TNI]]. Smallpox \
reached the valley [[that autumn|1520-FA]]. Cortés returned with native allies [[the following \
spring|1521-SP]], and after a siege of [[about 80 days|P80D]] the city fell on [[13 August \
1521|1521-08-13]]. (A cathedral begun in [[1573|1573]] [[now|PRESENT_REF]] stands beside the ruins of its main \
temple.)"""),
    ("gallipoli", "2024-02-02", """\
British and French warships tried to force the Dardanelles on [[18 March 1915|1915-03-18]] and \
lost three battleships to mines. On [[25 April|1915-04-25]] Allied troops landed on the \
peninsula, but the Ottoman defenders held the heights above the beaches. Little ground was won \
over [[the summer|1915-SU]], and a new landing at Suvla Bay in [[August|1915-08]] also stalled. \
The last troops were taken off in [[January 1916|1916-01]], after some [[eight \
months|P8M]] of fighting. The campaign made the name of a Turkish colonel who would found a \
republic in [[1923|1923]]. A British inquiry into it reported in [[1917|1917]]."""),
    ("meiji", "2016-09-12", """\
In [[July 1853|1853-07]] American warships anchored in Edo Bay and demanded that Japan open its \
ports. Their commander returned [[the following year|1854]] with a larger squadron and signed \
a treaty in [[March|1854-03]]. [[Fourteen years later|1868]] the shogunate fell. In [[January \
1868|1868-01]] forces loyal to the young emperor defeated the shogun's army near Kyoto, and \
the emperor moved to Edo, renamed Tokyo, in [[the autumn|1868-FA]]. Feudal domains were \
abolished in [[1871|1871]], and a constitution was granted in [[February 1889|1889-02]]. The \
emperor died in [[1912|1912]] after a reign of [[45 years|P45Y]]."""),
    ("augustus", "2021-08-19", """\
Octavian defeated Antony and Cleopatra at Actium on [[2 September 31 BC|BC0031-09-02]]. Both \
had taken their own lives in Alexandria by [[the following August|BC0030-08]]. In [[27 \
BC|BC0027]] the senate gave Octavian the name Augustus, and [[nine years later|BC0018]] he \
passed laws to encourage marriage among the upper classes. The month Sextilis was renamed \
August in his honour in [[8 BC|BC0008]]. He ruled for [[more than forty years|P40Y]] and died \
at Nola on [[19 August AD 14|0014-08-19]]."""),
    ("poltava", "2020-02-20", """\
Charles XII of Sweden invaded Russia in [[1708|1708]], marching toward Moscow with about \
40,000 men. [[That winter|1708-WI]], one of the coldest of the century, cost him thousands. In \
[[May 1709|1709-05]] he laid siege to Poltava, and on [[8 July|1709-07-08]] the tsar's army \
routed his force outside the town. Charles fled south to the Ottoman Empire, where he stayed \
for [[five years|P5Y]]. He was killed at a siege in Norway in [[November 1718|1718-11]], and \
the war ended with a treaty [[three years later|1721]]. (St Petersburg, founded in \
[[1703|1703]], had become the capital in [[1712|1712]].)"""),
    ("bastille", "2019-05-05", """\
The Estates-General met at Versailles on [[5 May 1789|1789-05-05]] for the first time since \
[[1614|1614]]. On [[17 June|1789-06-17]] the deputies of the Third Estate declared themselves a \
national assembly. The king's dismissal of a popular minister on [[11 July|1789-07-11]] set off \
riots in Paris, and [[three days later|1789-07-14]] a crowd stormed the Bastille. [[That \
August|1789-08]] the assembly abolished feudal privileges. In [[October|1789-10]] a crowd \
marched to Versailles and brought the royal family back to Paris. The king tried to flee in \
[[June 1791|1791-06]]; he was tried and executed in [[January 1793|1793-01]]."""),
    ("missiles", "2022-10-16", """\
On [[14 October 1962|1962-10-14]] an American spy plane photographed missile sites under \
construction in western Cuba. The president was shown the pictures on [[the morning of 16 \
October|1962-10-16TMO]] and met his advisers in secret for [[almost a week|P1W]]. On [[22 \
October|1962-10-22]] he announced a naval quarantine of the island in a televised address. \
Soviet ships stopped short of the line [[two days later|1962-10-24]]. On [[27 \
October|1962-10-27]] a spy plane was shot down over Cuba, and Khrushchev announced [[the next \
morning|1962-10-28TMO]] that the missiles would be removed. A direct telephone line between \
the two capitals was set up [[the following summer|1963-SU]]."""),
    ("khan", "2024-05-30", """\
Temüjin was proclaimed Genghis Khan at a great assembly in [[1206|1206]]. He attacked the \
Western Xia [[the year after|1207]], and in [[1211|1211]] he turned on the Jin dynasty of \
northern China, whose capital fell in [[1215|1215]] after a siege of [[nearly a year|P1Y]]. In \
[[the autumn of 1219|1219-FA]] he led his armies west against the Khwarazm empire; Bukhara and \
Samarkand fell [[the following spring|1220-SP]]. He died in [[August 1227|1227-08]] during a \
last campaign against the Western Xia. His grandson Kublai founded the Yuan dynasty in \
[[1271|1271]]."""),
    ("hastings", "2016-10-14", """\
Edward the Confessor died on [[5 January 1066|1066-01-05]], and Harold Godwinson was crowned \
[[the next day|1066-01-06]]. In [[September|1066-09]] the Norwegian king landed in the north and \
was defeated at Stamford Bridge on [[the 25th|1066-09-25]]. [[Three days later|1066-09-28]] \
William of Normandy landed at Pevensey. Harold marched south and met him near Hastings on [[14 \
October|1066-10-14]], where he was killed late in [[the afternoon|1066-10-14TAF]]. William was \
crowned in Westminster on [[Christmas Day|1066-12-25]]. The great survey of his new kingdom was \
made [[twenty years later|1086]]. (The Bayeux Tapestry, probably made in [[the \
1070s|107]], tells the story in pictures.)"""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(PASSAGES, "history_blind10", "history_blind10.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
