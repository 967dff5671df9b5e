"""Build ``bench/data/pt_blind3.jsonl``: a third blind round of Portuguese news, gold first.

Written after round 2's fixes and before the tagger ran on these: eight reports from Brazil,
Portugal and Mozambique weighted to holidays ("Dia de Finados", "passagem de ano", "Sexta-feira
Santa", "domingo de Páscoa"), clock times on a day told before ("amanhã ... às 15h00", "à
meia-noite" of New Year's Eve), offsets hung on events ("dois dias depois do ataque", "duas
semanas depois das eleições"), "há" of a state still lasting ("no poder há dez anos": a length),
ranges of days, "em duas semanas" ahead, short weekdays with their day ("nesta segunda (19)")
and "no domingo passado" said on a Sunday. Same conventions as the first two rounds; midnight
is ``T24:00`` of the day it ends, as the rules write it.

First run (63 gold): 83.5 value F1, every expression found (relaxed recall 100%), 10 values
wrong, none of them a missing word: clock times after a sentence that told "amanhã" or the
holiday (placed on the anchor's day, or on the last weekday named), "eleições gerais de 9 de
Outubro arrancou" (the date of an event noun read by the clause's past tense: last October),
"passar a Páscoa" after "saíram" (the same), "no poder há dez anos" (a state still lasting: a
length, read as ten years ago), "em duas semanas" ahead (read as a length), "dois dias depois do
ataque" of an "invasão" dated before (the event named by another noun) and "duas semanas depois
das eleições" (a week, from the misplaced election). The one the words could mend: "há" right
after a state still lasting ("no poder", "preso", "vive") is its length (rule
``duration_state_ha``): 85.0. The rest are the resolver's.

Usage: python bench/make_pt_blind3.py [OUT_FILE]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

REPORTS: list[tuple[str, str, str]] = [
    ("pt-pt-abril", "2024-04-24", """\
Lisboa prepara-se para celebrar [[amanhã|2024-04-25]] os 50 anos da revolução de \
[[1974|1974]]. O desfile na Avenida da Liberdade começa às [[15h00|2024-04-25T15:00]] e a \
sessão solene no Parlamento está marcada para as [[10h00|2024-04-25T10:00]]. As comemorações \
começaram no [[sábado|2024-04-20]] com concertos e vão prolongar-se até ao [[fim de \
semana|2024-W17-WE]]. [[Há dez anos|2014]], o desfile juntou 50 mil pessoas. Os festejos \
terminam no [[domingo à noite|2024-04-28TNI]]."""),
    ("pt-br-finados", "2023-11-01", """\
Os cemitérios de São Paulo esperam 1,5 milhão de visitantes nesta [[quinta-feira \
(2)|2023-11-02]], [[Dia de Finados|2023-11-02]]. Muitas empresas vão emendar o feriado até \
[[domingo|2023-11-05]]. Os portões abrem às [[7h|2023-11-02T07:00]] e fecham às \
[[18h|2023-11-02T18:00]]. No [[ano passado|2022]], 1,2 milhão de pessoas visitaram os \
cemitérios. A prefeitura reforçou as linhas de ônibus desde a [[manhã de hoje|2023-11-01TMO]]. \
O próximo feriado nacional será em [[15 de novembro|2023-11-15]], dia da Proclamação da \
República."""),
    ("pt-br-ataque", "2025-06-11", """\
A invasão hacker que derrubou o sistema do Tesouro foi detectada na [[madrugada de \
domingo|2025-06-08TMO]]. [[Dois dias|2025-06-10]] depois do ataque, o governo ainda não tinha \
restabelecido todos os serviços. Segundo o ministro, a normalização completa deve ocorrer \
[[em duas semanas|2025-W26]]. Um ataque semelhante atingiu o Ministério da Saúde em \
[[dezembro de 2021|2021-12]]. A Polícia Federal abriu inquérito [[ontem|2025-06-10]] e deve \
ouvir os técnicos na [[próxima semana|2025-W25]]. Nos [[últimos anos|PXY]], os ataques a órgãos \
públicos triplicaram."""),
    ("pt-pt-passagem", "2024-12-30", """\
A Câmara de Lisboa espera 300 mil pessoas na Praça do Comércio na [[passagem de \
ano|2024-12-31]]. O fogo de artifício começa à [[meia-noite|2024-12-31T24:00]] e dura [[12 \
minutos|PT12M]]. Os concertos arrancam às [[21h30|2024-12-31T21:30]]. Os transportes públicos \
serão gratuitos no [[dia 1|2025-01-01]]. No [[ano passado|2023]], a festa juntou 250 mil \
pessoas. Em [[2020|2020]], por causa da pandemia, não houve festejos. A PSP vai reforçar o \
policiamento a partir de [[amanhã à tarde|2024-12-31TAF]]."""),
    ("pt-br-concurso", "2023-02-08", """\
As inscrições para o concurso do Banco do Brasil vão de [[13|2023-02-13]] a [[28 de \
fevereiro|2023-02-28]]. As provas estão marcadas para [[23 de abril|2023-04-23]]. O resultado \
deve sair no [[fim de maio|2023-05]]. O último concurso do banco foi realizado em \
[[2021|2021]], com 1,6 milhão de inscritos. A taxa de inscrição pode ser paga até [[1º de \
março|2023-03-01]]. O edital foi publicado na [[segunda-feira (6)|2023-02-06]]. Os aprovados \
serão convocados ao longo de [[2023|2023]] e no [[primeiro semestre de 2024|2024-H1]]."""),
    ("pt-mz-eleicoes", "2024-08-20", """\
A campanha eleitoral para as eleições gerais de [[9 de Outubro|2024-10-09]] arrancou no \
[[sábado|2024-08-17]] e termina a [[6 de Outubro|2024-10-06]]. É a sétima eleição geral desde \
a introdução do multipartidarismo, em [[1994|1994]]. O Presidente cessante, no poder há [[dez \
anos|P10Y]], não se recandidata. Os resultados oficiais devem ser anunciados [[duas \
semanas|2024-10-23]] depois das eleições. Em [[2019|2019]], a oposição contestou os resultados \
durante [[três meses|P3M]]."""),
    ("pt-br-olimpiada", "2024-08-18", """\
O Brasil encerrou a participação nos Jogos de Paris no [[domingo passado|2024-08-11]] com 20 \
medalhas. A delegação desembarcou no Rio na [[terça-feira (13)|2024-08-13]]. Os atletas serão \
recebidos pelo presidente [[nesta segunda (19)|2024-08-19]]. A próxima edição dos Jogos será \
em Los Angeles, em [[2028|2028]]. Para o ciclo olímpico, o comitê prevê investir R$ 1 bilhão \
nos [[próximos quatro anos|P4Y]]. Em [[1996|1996]], em Atlanta, o país conquistou 15 medalhas. \
A cerimônia de premiação do comitê acontece em [[dezembro|2024-12]]."""),
    ("pt-pt-pascoa", "2024-03-29", """\
Milhares de portugueses saíram de Lisboa [[ontem|2024-03-28]] para passar a \
[[Páscoa|2024-03-31]] fora. A GNR registou 400 acidentes desde [[segunda-feira|2024-03-25]]. \
[[Hoje|2024-03-29]], [[Sexta-feira Santa|2024-03-29]], é feriado nacional, e a operação de \
fiscalização vai prolongar-se até [[segunda-feira|2024-04-01]]. No [[ano passado|2023]], \
morreram 12 pessoas nas estradas durante a operação. Os hipermercados estarão fechados no \
[[domingo de Páscoa|2024-03-31]]."""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(REPORTS, "pt_blind3", "pt_blind3.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
