"""Build ``bench/data/history_blind.jsonl``: history passages written for this project, gold first.

Like ``news_blind.jsonl``: written and annotated before the tagger ran on them, to see how the
narrative model does on history it was not built on (``narrative_dev.jsonl`` is what it was
built on). The ``dct`` is a modern edit date that must not move any value; months and days
without a year take the story's year. Topics and wording are the project's own.

Usage: python bench/make_history_blind.py [OUT.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

PASSAGES: list[tuple[str, str, str]] = [
    ("canal", "2023-02-14", """\
Work on the canal began in [[April 1859|1859-04]], when the company's engineers broke ground on \
the Mediterranean shore. Progress was slow for [[the first five years|P5Y]]: the company relied \
on forced labour until [[1864|1864]], when the viceroy abolished the corvée, and steam dredgers \
took over the digging. By [[the summer of 1867|1867-SU]] the northern section was filled with \
water. The waters of the two seas met in [[August 1869|1869-08]], and the canal was opened with \
great ceremony on [[17 November|1869-11-17]]. The first convoy took [[three days|P3D]] to pass \
through. [[Six years later|1875]], facing debts, the viceroy sold his shares to the British \
government for four million pounds."""),
    ("expedition", "2022-09-30", """\
The expedition left the port on [[8 August 1914|1914-08-08]], just [[days|PXD]] after war had \
been declared. The ship reached the island on [[5 November|1914-11-05]] and sailed south a \
[[month|P1M]] later. In [[January 1915|1915-01]] it was caught in the pack ice. Through \
[[the winter|1915-WI]] the crew kept to the ship, which drifted slowly north. On \
[[27 October|1915-10-27]] the pressure of the ice forced them to abandon her, and she sank \
[[the following month|1915-11]]. The men camped on the ice until [[April 1916|1916-04]], when \
they took to the boats. After [[seven days|P7D]] at sea they landed on a bare island, and from \
there six of them sailed for help on [[24 April|1916-04-24]]. All of the men left behind were \
rescued on [[30 August|1916-08-30]], more than [[four months|P4M]] later."""),
    ("chemist", "2021-06-01", """\
She was born in Warsaw on [[7 November 1867|1867-11-07]], the youngest of five children. In \
[[1891|1891]] she moved to Paris to study physics and mathematics, and she took her degree \
[[two years later|1893]]. She married in [[July 1895|1895-07]]. Her work on the rays given off \
by uranium began at the end of [[1897|1897]]; within [[months|PXM]] she had found that thorium \
gave off the same rays. In [[July 1898|1898-07]] the couple announced a new element, and a \
second one in [[December|1898-12]]. They shared a prize for physics in [[1903|1903]]. Her \
husband died in a street accident on [[19 April 1906|1906-04-19]], and [[the next \
month|1906-05]] she took over his chair at the university, its first woman professor."""),
    ("city", "2020-11-20", """\
The town received its charter in [[1229|1229]] and grew quickly as a trading port. A fire \
destroyed much of it in [[the spring of 1376|1376-SP]], and the council ordered that new \
houses be built of brick. In [[the fifteenth century|14]] the town joined the league of \
merchant cities, and its population doubled over [[the next hundred years|P100Y]]. The plague \
of [[1565|1565]] killed nearly a third of its people. On [[12 June|1565-06-12]] of that year \
the council closed the gates, and they stayed closed until [[the autumn|1565-FA]]. Trade \
recovered slowly, and by [[1600|1600]] the harbour handled more ships than it had \
[[a century earlier|1500]]."""),
    ("lighthouse", "2020-10-07", """\
The lighthouse on the northern cape was the last great work of the engineer's career. He \
surveyed the rock in [[the summer of 1842|1842-SU]], but storms kept the builders away until \
[[the following spring|1843-SP]]. In [[May 1843|1843-05]] the first stones were landed, and by \
[[September|1843-09]] the base stood above the high-water mark. Work stopped [[each \
winter|XXXX-WI|SET]]. The tower was finished [[three years later|1846]], and its lamp was first \
lit on [[1 February 1847|1847-02-01]]. The keepers lived on the rock for [[six weeks|P6W]] at a \
time. A storm in [[January 1868|1868-01]] smashed the lantern glass, and the light was dark for \
[[nine days|P9D]]. It was converted to electricity in [[1931|1931]] and automated in [[the \
1970s|197]]. The last keeper left on [[30 June 1978|1978-06-30]]."""),
    ("war-1870", "2021-01-18", """\
France declared war on Prussia on [[19 July 1870|1870-07-19]]. The German armies mobilised far \
faster: within [[three weeks|P3W]] they had crossed the frontier, and on [[6 August|1870-08-06]] \
they won two battles on [[the same day|1870-08-06]]. [[Later that month|1870-08]] the main French army was shut \
up in Metz. A relief army marched north-east but was trapped at Sedan, and on [[2 \
September|1870-09-02]] the emperor surrendered with more than 100,000 men. [[Two days \
later|1870-09-04]] a republic was proclaimed in Paris. The siege of the capital began on [[19 \
September|1870-09-19]] and lasted [[more than four months|P4M]]. Metz fell in [[late \
October|1870-10]]. During [[the winter|1870-WI]] new French armies fought on the Loire, but they \
could not break through. The German Empire was proclaimed at Versailles on [[18 January \
1871|1871-01-18]], and an armistice was signed [[ten days later|1871-01-28]]. The peace treaty \
of [[May 1871|1871-05]] gave Alsace and part of Lorraine to Germany, and German troops stayed in \
northern France until [[1873|1873]]."""),
    ("war-veld", "2019-05-02", """\
The war began on [[11 October 1899|1899-10-11]], when the two Boer republics invaded the British \
colonies and laid siege to three towns. In a single week in [[December|1899-12]], later called \
Black Week, the British lost three battles. Reinforcements arrived early in [[the new \
year|1900]], and in [[February 1900|1900-02]] the siege of Kimberley was lifted. Ladysmith was \
relieved on [[28 February|1900-02-28]] after [[118 days|P118D]]. Pretoria was taken in \
[[June|1900-06]], and by [[the autumn|1900-FA]] the British believed the war was won. It was \
not: for [[another eighteen months|P18M]] Boer commandos raided railways and supply columns. \
The British answered by burning farms and holding civilians in camps, where more than 26,000 \
women and children died. Peace was signed at Vereeniging on [[31 May 1902|1902-05-31]]. \
[[Eight years later|1910]] the former republics became part of a single union."""),
    ("war-island", "2022-08-07", """\
American marines landed on the island on [[7 August 1942|1942-08-07]] and seized the unfinished \
airfield [[the next day|1942-08-08]]. [[That night|1942-08-08TNI]] a Japanese cruiser force sank \
four Allied cruisers offshore in [[less than an hour|PT1H]]. For [[the next six months|P6M]] \
both sides fed troops onto the island. The Japanese attacked the airfield perimeter in \
[[mid-September|1942-09]] and again in [[late October|1942-10]], and were thrown back each \
time. The decisive naval battle was fought over [[three days|P3D]] in [[November|1942-11]]. By \
[[December|1942-12]] the Japanese high command had decided to withdraw, and the last of their \
troops left the island in [[the first week of February 1943|1943-W05]]. The campaign cost Japan \
about 31,000 dead."""),
    ("war-pacific", "2018-03-30", """\
The war began when Chilean troops occupied the port of Antofagasta on [[14 February \
1879|1879-02-14]]. Bolivia declared war on [[1 March|1879-03-01]], and Peru, bound by a secret \
treaty, was drawn in by [[early April|1879-04]]. The war at sea was decided in \
[[October|1879-10]], when the Peruvian ironclad was captured. In [[1880|1880]] Chilean armies \
overran the southern provinces of Peru, and Lima fell in [[January 1881|1881-01]] after [[two \
days|P2D]] of fighting. Resistance in the highlands went on for [[almost three years|P3Y]]. The \
treaty that ended the war with Peru was signed in [[October 1883|1883-10]]; a truce with \
Bolivia followed [[the next year|1884]]."""),
    ("salt_war", "2011-03-10", """\
The Merin-Avalora War was fought between [[1861|1861]] and [[1864|1864]] over the salt flats of \
the upper valley. Tension had grown since [[the 1850s|185]], when prospectors from both republics \
crossed the border. On [[14 April 1861|1861-04-14]], Avaloran militia seized the customs post at \
Dova. [[Two days later|1861-04-16]], Merin declared war. Through [[the summer|1861-SU]] both \
armies raised volunteers, and in [[early September|1861-09]] the first Merinese column marched \
north. It reached the river on [[22 September|1861-09-22]] and laid siege to Castel Roa, which \
held out for [[eleven weeks|P11W]]. The garrison surrendered on [[the morning of 8 \
December|1861-12-08TMO]]. [[The following spring|1862-SP]] Avalora counterattacked. At the \
battle of Tres Cruces, fought on [[3 May 1862|1862-05-03]], neither side gave way, and [[the next \
day|1862-05-04]] the Merinese withdrew. Both governments accepted a truce in [[August|1862-08]], \
but fighting resumed [[the following year|1863]]. In [[March 1864|1864-03]] a treaty was signed \
at Lenz; it took effect on [[1 June|1864-06-01]]. The war had lasted [[nearly three years|P3Y]]. \
A memorial to the dead was unveiled in [[1914|1914]]. [[Today|PRESENT_REF]] the salt flats are \
a national park."""),
    ("lantern_war", "2009-07-20", """\
The Second Lantern War began in [[the spring of 1672|1672-SP]], when the fleets of Oster and Valm \
met off the Skerry Banks. The first engagement, on [[7 June|1672-06-07]], was indecisive. [[A \
week later|1672-06-14]] Admiral Ruvel attacked again and sank four ships. During [[the winter|1672-WI]] \
both navies repaired their hulls in port. Fighting resumed in [[April 1673|1673-04]]. On [[the \
night of 21 August|1673-08-21TNI]], fireships destroyed much of the Valmish fleet at anchor. \
Valm asked for terms [[that autumn|1673-FA]], and peace was concluded at Haverby on [[19 \
February 1674|1674-02-19]]. Ruvel died [[three years later|1677]], still in command. His \
flagship was broken up in [[the 1690s|169]]. The victory is still remembered in the port towns \
[[every August|XXXX-08]]."""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(PASSAGES, "history_blind", "history_blind.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
