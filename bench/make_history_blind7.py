"""Build ``bench/data/history_blind7.jsonl``: the seventh blind history round, gold first.

Six passages of war and political history told as an encyclopedia tells them, with no word
on their genre: a siege of 1781, a war of the third century BC, a king's campaign with its
reign, an airlift, the printers of a city over two centuries, and three days of a battle.
Dates chain ("five days later", "the following spring", "that evening", "the next year") and
months and seasons without a year take the story's. Written and annotated as
``make_history_blind.py`` (the ``dct`` is a modern edit date that must move no value), in the
project's own words, before the tagger ran on them. First run 83.3 value F1 (73 gold). Two
mistakes of the writing were mended after it, not to the tagger's liking but to the text's: the
three days of 1863 named no year anywhere (no reader could date them: "the middle of June" is
now "the middle of June 1863"), and "the same day" (1863-07-04) had been left unmarked.

Usage: python bench/make_history_blind7.py [OUT.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

PASSAGES: list[tuple[str, str, str]] = [
    ("yorktown", "2021-05-03", """\
In [[the spring of 1781|1781-SP]], a British army under Cornwallis marched north from the \
Carolinas into Virginia. By [[early August|1781-08]] it had dug in at Yorktown, on a peninsula \
between two rivers, to wait for ships from New York. Washington, camped outside New York, \
learned on [[August 14|1781-08-14]] that a French fleet was sailing for the Chesapeake. [[Five \
days later|1781-08-19]] his army began a march of more than 400 miles to the south. The French \
fleet drove off a British squadron at the mouth of the bay on [[September 5|1781-09-05]], and \
the siege began [[later that month|1781-09]]. Allied guns opened fire on [[October \
9|1781-10-09]]. Two British redoubts fell in a night attack on [[October 14|1781-10-14]], and \
[[three days later|1781-10-17]] Cornwallis asked for terms. His men laid down their arms on \
[[the 19th|1781-10-19]]. Fighting went on at sea and in the south for [[another two \
years|P2Y]], until a peace treaty was signed in Paris in [[September 1783|1783-09]]."""),
    ("punic", "2019-11-11", """\
The second war between Rome and Carthage broke out in [[218 BC|BC0218]], when Hannibal led an \
army with elephants from Spain across the Alps. He reached the plains of northern Italy in \
[[the late autumn|BC0218-FA]] and defeated a Roman army at the Trebia in [[December|BC0218-12]]. \
[[The following spring|BC0217-SP]] he crossed the marshes of the Arno, losing the sight of one \
eye, and in [[June|BC0217-06]] he trapped a consular army beside Lake Trasimene. His greatest \
victory came at Cannae in [[August 216 BC|BC0216-08]], where perhaps 50,000 Romans died in \
[[one day|P1D]]. Yet Rome refused to make peace, and for [[more than a decade|P10Y]] Hannibal \
marched through Italy without taking the city. Recalled to Africa in [[203 BC|BC0203]], he was \
beaten at Zama [[the next year|BC0202]], and the war ended in [[201 BC|BC0201]]. Hannibal lived \
on in exile for [[almost twenty years|P20Y]] and took poison around [[183 BC|BC0183]]."""),
    ("agincourt", "2020-02-02", """\
Henry V reigned from [[1413|1413]] to [[1422|1422]]. In [[August 1415|1415-08]] he landed in \
Normandy with some 10,000 men and laid siege to Harfleur, which held out for [[five \
weeks|P5W]]. Disease cut his army by a third, and in [[early October|1415-10]] he set out for \
Calais. A French army blocked his road, and the two met near Agincourt on [[25 \
October|1415-10-25]]. The battle was over in [[a few hours|PTXH]]. Henry returned to England in \
[[November|1415-11]] to a hero's welcome. He invaded again in [[1417|1417]], and by [[the summer \
of 1419|1419-SU]] Rouen had fallen after a siege of [[six months|P6M]]. Under a treaty signed at \
Troyes in [[May 1420|1420-05]] he was made heir to the French throne, and he married the king's \
daughter [[the following month|1420-06]]. He died of dysentery in [[August 1422|1422-08]], \
[[two months|P2M]] before the French king, leaving a son not yet [[a year|P1Y]] old."""),
    ("airlift", "2018-06-24", """\
The Soviet authorities closed the roads and railways into the western sectors of Berlin on \
[[24 June 1948|1948-06-24]]. [[Two days later|1948-06-26]] the first American transport planes \
landed at Tempelhof with flour and milk. At first the flights carried only a few hundred tons \
[[a day|P1D|SET]], but by [[the autumn|1948-FA]] the crews were landing a plane [[every three \
minutes|PT3M|SET]]. [[That winter|1948-WI]] was mild, which spared the city's coal. A third \
airfield was built at Tegel in [[less than three months|P3M]] and opened in \
[[November|1948-11]]. On [[Easter Sunday 1949|1949-04-17]] the crews flew in nearly 13,000 \
tons in [[24 hours|PT24H]]. The blockade was lifted on [[12 May 1949|1949-05-12]], but the \
flights went on until [[the end of September|1949-09]] to build up stocks. The airlift had \
lasted [[fifteen months|P15M]]."""),
    ("printers", "2022-03-01", """\
Printing with movable type reached Venice in [[1469|1469]], and within [[thirty years|P30Y]] the \
city had more presses than any other in Europe. By [[the end of the fifteenth century|14]] \
some 150 printers had worked there. The trade grew fastest in [[the 1490s|149]], when Aldus \
Manutius began printing Greek texts in small formats. His first book came out in \
[[1495|1495]]; [[six years later|1501]] he issued a pocket edition of Virgil in a new slanting \
type. The city lost its lead during [[the sixteenth century|15]], as censors tightened their \
grip after [[1559|1559]]. [[Today|PRESENT_REF]] about a fifth of all books printed before \
[[1501|1501]] are thought to have come from Venetian presses."""),
    ("three-days", "2023-07-04", """\
Lee's army crossed the Potomac in [[the middle of June 1863|1863-06]] and moved north into \
Pennsylvania. On [[the morning of July 1|1863-07-01TMO]] his advance met Union cavalry west of \
Gettysburg. By [[that evening|1863-07-01TEV]] the Union troops had been pushed back through the \
town to the hills south of it. [[The next day|1863-07-02]] Lee attacked both ends of the Union \
line, without success. On [[the third day|1863-07-03]], after [[two hours|PT2H]] of cannon \
fire, some 12,000 men advanced across an open field and were thrown back. Lee began to \
withdraw in the rain on [[the evening of July 4|1863-07-04TEV]], [[the same day|1863-07-04]] that Vicksburg \
surrendered in the west. The war went on for [[almost two more years|P2Y]]. In \
[[November|1863-11]] the president spoke at the dedication of a cemetery on the field."""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(PASSAGES, "history_blind7", "history_blind7.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
