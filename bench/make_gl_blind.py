"""Build ``bench/data/gl_blind.jsonl``: a blind round of Galician news, gold first.

Galician has no rule folder: the ``pt`` folder reads it (``also_reads  gl`` in its
``calendar.txt``), the detector telling it apart and routing it there. Six reports in the
project's own words on invented happenings, annotated before the tagger ran on them: Galician
months and weekdays ("xullo", "venres", "mércores"), its deictic days ("onte", "hoxe", "mañá",
"antonte"), "hai dous anos", "a semana pasada", "dentro de dúas semanas", seasons, decades and
durations. Same conventions as ``make_pt_blind.py``.

First run (40 gold, every report detected as Galician and read by ``pt/``, which then knew no
Galician word): 32.0 value F1. Then, as data of ``pt/``: the Galician month and weekday names
(``scripts/gen_rule_names.py`` lists a kin language's CLDR names in the folder that reads it),
"onte", "hoxe", "mañá" (not "pola mañá"), "antonte", "hai", "pasado" with one s, "que vén",
"en" and "ata" before a month, a year or a season, "dous", "dúas", "tres", "catro", "días",
"fin de semana", the endings "-aron" and "-rán", "ata" as a deadline: 100.0.

Usage: python bench/make_gl_blind.py [OUT_FILE]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

REPORTS: list[tuple[str, str, str]] = [
    ("gl-xunta", "2024-05-15", """\
A Xunta aprobou [[onte|2024-05-14]] o decreto que regula o aluguer turístico. A norma entrará \
en vigor o [[1 de xullo|2024-07-01]]. O texto fora presentado en [[febreiro|2024-02]] e \
debatido no Parlamento a [[semana pasada|2024-W19]]. [[Hai dous anos|2022]], o número de pisos \
turísticos en Santiago duplicouse. O conselleiro comparecerá o [[venres|2024-05-17]] na \
comisión. A oposición presentará emendas [[mañá|2024-05-16]]. Os primeiros controis serán en \
[[agosto|2024-08]]."""),
    ("gl-temporal", "2023-10-30", """\
O temporal deixou [[onte á noite|2023-10-29TNI]] ventos de 120 quilómetros por hora na Costa da \
Morte. Meteogalicia mantén o aviso laranxa ata o [[mércores|2023-11-01]]. [[Hoxe|2023-10-30]] \
non haberá clases en 40 concellos. O último temporal semellante foi en [[decembro de \
2019|2019-12]]. A chuvia continuará [[tres días|P3D]] máis. O [[pasado inverno|2022-WI]], as \
inundacións afectaron a 300 vivendas."""),
    ("gl-porto", "2025-03-05", """\
O porto de Vigo rexistrou en [[2024|2024]] un récord de 4,5 millóns de toneladas. Nos \
[[últimos cinco anos|P5Y]], o tráfico medrou un 20%. A autoridade portuaria presentará o \
[[próximo luns|2025-03-10]] o novo plan estratéxico. En [[xaneiro|2025-01]], o tráfico caeu un \
3%. As obras da nova terminal comezarán no [[segundo semestre|2025-H2]] e rematarán en \
[[2027|2027]]. [[Onte|2025-03-04]], o presidente do porto reuniuse cos estibadores."""),
    ("gl-festas", "2024-08-01", """\
As festas do Apóstolo remataron o [[domingo|2024-07-28]] con 400.000 visitantes. O fogo do \
Apóstolo foi o [[24 de xullo|2024-07-24]]. A [[próxima semana|2024-W32]] comeza o festival de \
música. O [[ano pasado|2023]], a cidade recibiu 350.000 persoas. O concello fará o balance \
[[dentro de dúas semanas|2024-W33]]. En [[setembro|2024-09]] celébrase a Festa da Filloa."""),
    ("gl-sanidade", "2022-11-22", """\
O Sergas comezará a vacinar contra a gripe aos maiores de 60 anos o [[luns|2022-11-28]]. A \
campaña durará [[dous meses|P2M]] e rematará o [[31 de xaneiro|2023-01-31]]. \
[[Onte|2022-11-21]], os centros de saúde rexistraron 2.000 consultas por gripe. No [[inverno \
pasado|2021-WI]] houbo 15.000 casos. [[Antonte|2022-11-20]], o conselleiro pediu calma."""),
    ("gl-cultura", "2023-06-14", """\
O Centro Galego de Arte Contemporánea reabrirá o [[sábado|2023-06-17]] tras [[oito \
meses|P8M]] de obras. O museo pechara en [[outubro|2022-10]]. A nova exposición estará aberta \
ata [[setembro|2023-09]]. O museo foi inaugurado en [[1993|1993]]. [[Esta semana|2023-W24]] \
haberá visitas gratuítas. Nos [[anos noventa|199]] foi un referente europeo."""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(REPORTS, "gl_blind", "gl_blind.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
