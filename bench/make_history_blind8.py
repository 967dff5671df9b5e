"""Build ``bench/data/history_blind8.jsonl``: the eighth blind history round, gold first.

Longer articles in the manner of an encyclopedia's war pages, with no word on their genre: a
war of the 1930s told over six years, a war of the 1850s with its siege and winter, and an
emperor's reign in years of three digits. Dates chain across paragraphs ("the following
March", "six days later", "that night", "the previous autumn", "by the end of the year"),
told after a flashback ("had died in March"). Written and annotated as
``make_history_blind.py`` (the ``dct`` is a modern edit date that must move no value), in
the project's own words, before the tagger ran on them. First run 90.9 value F1 (56 gold);
"noon on 14 June 1935" had been marked as two expressions, against TimeBank's way ("noon
Thursday", "5 p.m. EST Nov. 9" are one TIME there): marked as one after the run.

Usage: python bench/make_history_blind8.py [OUT.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

PASSAGES: list[tuple[str, str, str]] = [
    ("chaco", "2024-01-20", """\
The Chaco War was fought between Bolivia and Paraguay from [[1932|1932]] to [[1935|1935]] over \
the Gran Chaco, a dry lowland thought to hold oil. Both countries had claimed the region since \
[[the nineteenth century|18]], and small clashes between their forts began in [[the \
1920s|192]]. In [[December 1928|1928-12]] Paraguayan troops destroyed the Bolivian fort \
Vanguardia, and the two countries came close to war before a commission of American states \
arranged a truce [[the following year|1929]].

Fighting resumed in [[June 1932|1932-06]], when a Bolivian detachment seized a Paraguayan post \
at Lake Pitiantuta. Paraguay retook it [[a month later|1932-07]]. In [[September|1932-09]] the \
Paraguayan commander, José Félix Estigarribia, laid siege to the Bolivian fort of Boquerón, \
which surrendered on [[29 September|1932-09-29]] after [[three weeks|P3W]] of fighting. \
Paraguay formally declared war on [[10 May 1933|1933-05-10]].

Bolivia had hired a German general, Hans Kundt, who launched repeated attacks on Nanawa in \
[[early 1933|1933]]. The largest, in [[July|1933-07]], cost Bolivia some 2,000 dead in [[a few \
days|PXD]]. [[That December|1933-12]] the Paraguayans encircled two Bolivian divisions at \
Campo Vía, and Kundt was dismissed. A truce over [[Christmas|1933-12-25]] lasted [[less than \
three weeks|P3W]].

During [[1934|1934]] the Paraguayans pushed west towards the Andean foothills. Their victory at \
El Carmen in [[November|1934-11]] led to the fall of the Bolivian president, Daniel Salamanca, \
who was forced out by his own officers [[at the end of the month|1934-11]]. By [[early \
1935|1935]] the Paraguayan army had reached the edge of the oil fields near Villamontes, but \
its supply lines were stretched over hundreds of kilometres. A ceasefire took effect at \
[[noon on 14 June 1935|1935-06-14T12:00]]. A peace treaty was not signed until \
[[21 July 1938|1938-07-21]], and it gave Paraguay most of the disputed territory. Some 90,000 \
soldiers had died in [[three years|P3Y]]. No oil was found in the Paraguayan part of the Chaco \
until [[2012|2012]]."""),
    ("crimea", "2022-11-02", """\
The Crimean War began as a quarrel between Russia and the Ottoman Empire over the holy places \
of Jerusalem. In [[July 1853|1853-07]] Russian troops occupied the Danubian principalities, and \
the Ottomans declared war in [[October|1853-10]]. On [[30 November|1853-11-30]] a Russian \
squadron destroyed an Ottoman fleet at Sinope, and [[the following March|1854-03]] Britain and \
France entered the war.

An allied army landed on the Crimean peninsula on [[14 September 1854|1854-09-14]] and defeated \
the Russians at the Alma [[six days later|1854-09-20]]. The siege of Sevastopol began in \
[[October|1854-10]]. At Balaclava on [[25 October|1854-10-25]] a misunderstood order sent the \
Light Brigade against a Russian battery, and [[eleven days later|1854-11-05]] the Russians \
attacked at Inkerman in thick fog. [[The winter|1854-WI]] was terrible for the besiegers: a \
storm wrecked supply ships in [[November|1854-11]], and by [[January|1855-01]] thousands of men \
were in hospital at Scutari, where Florence Nightingale had arrived [[the previous \
autumn|1854-FA]].

The siege went on for [[almost a year|P1Y]]. In [[June 1855|1855-06]] an allied assault on the \
Malakoff failed, but the French took it on [[8 September|1855-09-08]], and the Russians left \
the southern part of the city [[that night|1855-09-08TNI]]. Tsar Nicholas I had died in \
[[March|1855-03]], and his son Alexander II agreed to talks [[by the end of the year|1855]]. \
The Treaty of Paris was signed on [[30 March 1856|1856-03-30]]. It closed the Black Sea to \
warships, a clause Russia rejected [[fourteen years later|1870]]."""),
    ("hadrian", "2021-08-15", """\
Hadrian became emperor in [[AD 117|0117]], on the death of Trajan, and ruled for [[21 \
years|P21Y]]. He spent more than half of his reign travelling. In [[121|0121]] he left Rome for \
Gaul and Germany, and [[the next year|0122]] he crossed to Britain, where he ordered a wall to \
be built across the north of the province. He wintered in Spain and sailed east in [[the \
spring of 123|0123-SP]]. A Jewish revolt broke out in Judaea in [[132|0132]] and was put down \
only after [[three years|P3Y]] of fighting. Hadrian died at Baiae on [[10 July 138|0138-07-10]]."""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(PASSAGES, "history_blind8", "history_blind8.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
