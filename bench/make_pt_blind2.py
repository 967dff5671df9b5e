"""Build ``bench/data/pt_blind2.jsonl``: a second blind round of Portuguese news, gold first.

Written after the ``pt`` rule folder (built on the first round, ``make_pt_blind.py``) and
before the tagger ran on these: ten reports from Brazil, Portugal, Angola and Mozambique,
with forms the first round did not hold ("na manhã de ontem", "no último sábado", "nesta
quarta-feira (21)", "esta quinta-feira" said on a Monday, "na véspera" after a named day, "no
dia 24", "de 14 a 22 de agosto de 2026", "pela noite dentro", "dentro de duas semanas", "na
segunda quinzena de janeiro", "no fim da tarde", "havia cerca de um mês"). Same conventions as
the first round; "madrugada" is a morning (``MO``), as in ``es/``.

First run (89 gold): 86.9 value F1. Missed then, and mended in the rules as general forms: a
part of the day before "de ontem/hoje/amanhã"; "esta/nesta quinta-feira" is the weekday of the
anchor's week (it had been placed by tense alone: last Thursday, on a Monday before Christmas),
and "na véspera" after it; "no fim da tarde" (a part of the day with a modifier); the first day
of "de 14 a 22 de agosto"; "pela noite dentro" (a lookahead took "dentro" for "de"); a month
after "com" ("na comparação com maio"). 95.0 then. Left: a clock time and "até à noite" after
a sentence that names "amanhã" (placed on the anchor's day), "no dia 24" granted in the past
tense for a day ahead, "uma semana curta" read as a duration.

Usage: python bench/make_pt_blind2.py [OUT_FILE]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

REPORTS: list[tuple[str, str, str]] = [
    ("pt-br-policia", "2024-09-16", """\
A Polícia Civil prendeu na [[manhã de ontem|2024-09-15TMO]] um suspeito de participar do \
assalto a uma joalheria no centro de Belo Horizonte. O crime aconteceu no [[último \
sábado|2024-09-14]], por volta das [[22h|2024-09-14T22:00]]. Segundo a polícia, o grupo vinha \
sendo investigado havia [[cerca de um mês|P1M]]. Outro suspeito foi preso em [[2 de \
setembro|2024-09-02]]. O inquérito deve ser concluído em [[30 dias|P30D]]. A audiência de \
custódia está marcada para [[amanhã à tarde|2024-09-17TAF]]."""),
    ("pt-pt-parlamento", "2023-03-15", """\
A Assembleia da República debate [[amanhã|2023-03-16]] o pacote da habitação, aprovado em \
Conselho de Ministros a [[16 de Fevereiro|2023-02-16]]. O PSD pediu que a votação fosse adiada \
para [[Abril|2023-04]]. O Presidente da República tem [[20 dias|P20D]] para promulgar ou vetar o \
diploma. A última grande reforma da habitação foi feita em [[2012|2012]]. As rendas subiram 11% \
no [[ano passado|2022]]. Entre [[2015|2015]] e [[2022|2022]], o preço das casas duplicou. O \
debate começa às [[15h00|2023-03-16T15:00]] e deve prolongar-se até à [[noite|2023-03-16TNI]]. \
A votação final global está prevista para [[sexta-feira|2023-03-17]]."""),
    ("pt-br-saude", "2023-06-21", """\
O Ministério da Saúde anunciou [[nesta quarta-feira|2023-06-21]] (21) a ampliação da \
vacinação contra a gripe para toda a população. A campanha, que começou em [[10 de \
abril|2023-04-10]], foi prorrogada até [[30 de junho|2023-06-30]]. Até [[ontem|2023-06-20]], \
apenas 35% do público-alvo havia se vacinado. No [[ano passado|2022]], a cobertura foi de 60%. \
O ministério também prepara uma campanha contra a dengue para o [[segundo semestre|2023-H2]]. \
Em [[2019|2019]], antes da pandemia, a meta de 90% foi atingida. Os postos funcionarão [[neste \
sábado|2023-06-24]] (24), das [[8h|2023-06-24T08:00]] às [[17h|2023-06-24T17:00]]."""),
    ("pt-ao-eleicoes", "2022-08-26", """\
A Comissão Nacional Eleitoral de Angola divulgou [[esta sexta-feira|2022-08-26]] os resultados \
provisórios das eleições gerais de [[24 de Agosto|2022-08-24]]. O MPLA, no poder desde \
[[1975|1975]], obteve 51% dos votos. A UNITA, que contesta os resultados, tem [[cinco \
dias|P5D]] para apresentar reclamações. Em [[2017|2017]], o partido no poder tinha conseguido \
61%. A tomada de posse do Presidente está prevista para [[meados de Setembro|2022-09]]. Os \
observadores da União Africana vão apresentar o seu relatório final [[dentro de duas \
semanas|2022-W36]]."""),
    ("pt-mz-ciclone", "2024-03-12", """\
O ciclone Filipo atingiu a província de Inhambane na [[madrugada de segunda-feira|2024-03-11TMO]], \
com ventos de 150 quilómetros por hora. Pelo menos três pessoas morreram. O Instituto Nacional \
de Meteorologia tinha emitido o alerta no [[domingo|2024-03-10]]. As chuvas devem continuar até \
[[quinta-feira|2024-03-14]]. Em [[Março de 2019|2019-03]], o ciclone Idai matou mais de 600 \
pessoas no centro do país. A época ciclónica termina em [[Abril|2024-04]]. As escolas da \
província vão reabrir na [[próxima semana|2024-W12]]."""),
    ("pt-br-cultura", "2025-10-29", """\
O Festival de Cinema de Gramado anunciou [[hoje|2025-10-29]] as datas da próxima edição, que \
acontecerá de [[14|2026-08-14]] a [[22 de agosto de 2026|2026-08-22]]. A edição deste ano, \
realizada em [[agosto|2025-08]], recebeu 30 mil visitantes. O festival foi criado em \
[[1973|1973]]. As inscrições de filmes começam em [[1º de fevereiro|2026-02-01]] e terminam no \
[[fim de março|2026-03]]. Nos [[anos 90|199]], o festival chegou a ser suspenso por [[dois \
anos|P2Y]]. A programação completa será divulgada no [[início de julho|2026-07]]."""),
    ("pt-pt-futebol", "2024-05-20", """\
O Sporting sagrou-se campeão nacional no [[domingo|2024-05-19]], depois de vencer o Chaves por \
3-0. A festa no Marquês de Pombal prolongou-se pela [[noite|2024-05-19TNI]] dentro. O último \
título do clube tinha sido conquistado em [[2021|2021]], ao fim de [[19 anos|P19Y]] de espera. A \
equipa joga a final da Taça de Portugal no [[próximo domingo|2024-05-26]], no Jamor, às \
[[17h15|2024-05-26T17:15]]. O treinador renovou contrato em [[Março|2024-03]] até \
[[2026|2026]]. A pré-temporada começa a [[1 de Julho|2024-07-01]]."""),
    ("pt-br-industria", "2023-08-04", """\
A produção industrial cresceu 0,1% em [[junho|2023-06]] na comparação com [[maio|2023-05]], \
informou o IBGE [[nesta sexta-feira|2023-08-04]]. Em relação a [[junho de 2022|2022-06]], houve \
queda de 0,3%. O setor vem oscilando desde o [[início do ano|2023]]. Os dados de \
[[julho|2023-07]] serão divulgados no [[dia 5 de setembro|2023-09-05]]. A indústria ainda está \
1,5% abaixo do nível de [[fevereiro de 2020|2020-02]], antes da pandemia. [[Há um ano|2022]], o \
cenário era de alta."""),
    ("pt-pt-feriados", "2025-12-22", """\
Os portugueses vão ter uma semana curta: o [[Natal|2025-12-25]] calha [[esta \
quinta-feira|2025-12-25]] e muitos serviços públicos fecham na [[véspera|2025-12-24]]. O Governo \
concedeu tolerância de ponto no [[dia 24|2025-12-24]] e no [[dia 31|2025-12-31]]. No [[ano \
passado|2024]], a tolerância foi dada apenas na [[véspera de Natal|2024-12-24]]. Os centros \
comerciais abrem no [[dia 26|2025-12-26]] às [[10h|2025-12-26T10:00]]. Para o [[Ano \
Novo|2026-01-01]], a CP reforça os comboios entre [[30 de Dezembro|2025-12-30]] e [[2 de \
Janeiro|2026-01-02]]."""),
    ("pt-br-calor", "2025-01-08", """\
A onda de calor que atinge o Centro-Oeste deve durar pelo menos até [[domingo|2025-01-12]]. \
Cuiabá registrou 41 °C na [[terça-feira|2025-01-07]], a maior temperatura do mês. Em \
[[dezembro|2024-12]], a média das máximas foi de 36 °C. Segundo o Inmet, as chuvas voltam na \
[[segunda quinzena de janeiro|2025-01]]. [[Há cinco dias|2025-01-03]], a Defesa Civil emitiu \
um alerta para seis estados. Nos [[últimos dez anos|P10Y]], as ondas de calor ficaram mais \
frequentes. A previsão para [[amanhã|2025-01-09]] é de sol entre nuvens, com pancadas de chuva \
no [[fim da tarde|2025-01-09TAF]]."""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(REPORTS, "pt_blind2", "pt_blind2.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
