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
