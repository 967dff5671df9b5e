"""Build ``bench/data/history_blind9.jsonl``: the ninth blind history round, gold first.

Two war articles and a political passage told as an encyclopedia tells them, with no word on their genre: a war of
1904-05 with its nights, sieges and a treaty, and a war of the seventeenth century over thirty
years ("through the 1620s", "September of the following year", "that winter", "the
eighteenth century"), and a reform passed after a look back ("had rejected ... in October
1831"; the third passage was added after the first two had run, and run once itself before
any change). Written and annotated as ``make_history_blind.py`` (the ``dct`` is a
modern edit date that must move no value), in the project's own words, before the tagger ran
on them. First run: see ``tests/core/temporal/test_score_gate.py``.

Usage: python bench/make_history_blind9.py [OUT.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

PASSAGES: list[tuple[str, str, str]] = [
    ("manchuria", "2023-04-11", """\
The Russo-Japanese War was fought in [[1904|1904]] and [[1905|1905]] over rival ambitions in \
Manchuria and Korea. Talks between the two empires broke down in [[early February \
1904|1904-02]]. On [[the night of 8 February|1904-02-08TNI]], [[three hours|PT3H]] before \
Japan's declaration of war was received in St Petersburg, Japanese torpedo boats attacked the \
Russian squadron at Port Arthur. Japanese troops landed in Korea [[the following \
day|1904-02-09]]. By [[May|1904-05]] they had crossed the Yalu River into Manchuria, and in \
[[August|1904-08]] they laid siege to Port Arthur. The siege lasted [[five months|P5M]]. The \
fortress surrendered on [[2 January 1905|1905-01-02]], after the Japanese had taken a hill \
overlooking the harbour [[a month earlier|1904-12]].

The largest land battle of the war was fought around Mukden from [[late February|1905-02]] to \
[[10 March|1905-03-10]]; some 600,000 men took part over [[almost three weeks|P3W]]. Meanwhile \
the Russian Baltic Fleet had left its home ports in [[October 1904|1904-10]] for a voyage of \
[[seven months|P7M]] around Africa. It reached the Tsushima Strait on [[27 May|1905-05-27]] and \
was destroyed in [[two days|P2D]] of fighting. [[That summer|1905-SU]] the American president \
offered to mediate, and the two sides met at Portsmouth, New Hampshire, in \
[[August|1905-08]]. The treaty was signed on [[5 September|1905-09-05]]. Japan annexed Korea \
[[five years later|1910]]. At home, the defeat fed the unrest that had shaken Russia since \
[[January|1905-01]], when troops fired on marchers in the capital."""),
    ("thirty-years", "2020-09-30", """\
The Thirty Years' War began in [[1618|1618]] as a revolt of the Protestant estates of Bohemia \
against their Catholic king. On [[23 May 1618|1618-05-23]] two royal governors were thrown from \
a window of Prague Castle. [[Two years later|1620]] the rebels were crushed at the White \
Mountain, outside Prague. Through [[the 1620s|162]] the Catholic armies of the emperor won \
victory after victory, and by [[1629|1629]] they had reached the Baltic coast. The Swedish king \
Gustavus Adolphus landed in Pomerania in [[July 1630|1630-07]]. In [[September of the \
following year|1631-09]] he routed the imperial army at Breitenfeld, and [[that \
winter|1631-WI]] his troops quartered in the Rhineland. He was killed at Lützen in [[November \
1632|1632-11]]. France, which had paid for the Swedish war for [[years|PXY]], entered the \
fighting openly in [[1635|1635]]. Peace talks opened in Westphalia in [[1643|1643]] but dragged \
on for [[five years|P5Y]], while armies went on plundering a ruined country. The treaties were \
signed in [[October 1648|1648-10]]. In [[the eighteenth century|17]] historians still called it \
the most destructive war in German memory."""),
    ("reform-act", "2019-03-03", """\
The Reform Act passed the House of Commons in [[March 1832|1832-03]] after [[more than a \
year|P1Y]] of struggle. The Lords had rejected an earlier bill in [[October 1831|1831-10]], and \
riots broke out in Bristol [[later that month|1831-10]]. In [[May|1832-05]] the king agreed to \
create new peers if needed, and the Lords gave way. The act received royal assent on [[7 \
June|1832-06-07]]. The first election under it was held in [[December|1832-12]]."""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(PASSAGES, "history_blind9", "history_blind9.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
