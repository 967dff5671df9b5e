"""Portuguese golden table (Brazil and Portugal): every family of the grammar, each with its value."""

from __future__ import annotations

import pytest

from tests.core.temporal.lang_golden import ANCHOR, Line, check, ids
from timeline_app.core.ingest.language import detect_language
from timeline_app.core.temporal import tag
from timeline_app.core.temporal.language_fit import fitting_language

LINES: list[Line] = [
    ("absolute", "O governo aprovou a lei em 5 de março de 2018.", [("5 de março de 2018", "2018-03-05")]),
    ("absolute", "Nascido em Viseu a 3 de Fevereiro de 1934, estudou em Coimbra.", [("3 de Fevereiro de 1934", "1934-02-03")]),
    ("absolute", "O relatório foi publicado em 17/12/2018.", [("17/12/2018", "2018-12-17")]),
    ("absolute", "O artigo foi aceito em 12/03.", [("12/03", "2019-03-12")]),
    ("absolute", "A ponte foi inaugurada em 3 de maio.", [("3 de maio", "2019-05-03")]),
    ("absolute", "O novo presidente toma posse em 1º de janeiro.", [("1º de janeiro", "2020-01-01")]),
    ("absolute", "O julgamento retoma no dia 20.", [("dia 20", "2019-06-20")]),
    ("month", "A fábrica fechou em março de 2017.", [("março de 2017", "2017-03")]),
    ("month", "As obras terminaram em março.", [("março", "2019-03")]),
    ("month", "O governo anuncia a reforma na primeira semana de julho.", [("primeira semana de julho", "2019-W27")]),
    ("absolute", "Sete de setembro é feriado nacional.", [("Sete de setembro", "2019-09-07")]),
    ("month", "O corte é o quinto desde agosto do ano passado.", [("agosto do ano passado", "2018-08")]),
    ("month", "O campeonato termina no início de dezembro.", [("início de dezembro", "2019-12", "START")]),
    ("month", "Em meados de Julho, a ocupação chegou a 95%.", [("meados de Julho", "2018-07", "MID")]),
    ("month", "O Rio de Janeiro recebeu os turistas.", []),
    ("year", "A ponte foi construída em 2016.", [("2016", "2016")]),
    ("year", "Em 2017, os incêndios de junho e outubro mataram cem pessoas.", [("2017", "2017"), ("junho", "2017-06"), ("outubro", "2017-10")]),
    ("clock", "Na sessão de quinta-feira, o relator votou. O julgamento foi suspenso por volta das 18h.", [("quinta-feira", "2019-06-06"), ("18h", "2019-06-06T18:00")]),
    ("year", "O crescimento deve abrandar no início de 2023.", [("início de 2023", "2023", "START")]),
    ("weekday", "O ministro chegou na segunda-feira.", [("segunda-feira", "2019-06-10")]),
    ("weekday", "As conversações recomeçam na próxima quarta-feira.", [("próxima quarta-feira", "2019-06-19")]),
    ("weekday", "O Flamengo enfrenta o Grêmio no domingo que vem.", [("domingo que vem", "2019-06-16")]),
    ("weekday", "O ensaio acontece neste sábado.", [("neste sábado", "2019-06-15")]),
    ("weekday", "Os pesquisadores anunciaram nesta terça-feira a descoberta.", [("nesta terça-feira", "2019-06-11")]),
    ("weekday", "Chuva forte atinge São Paulo nesta terça.", [("nesta terça", "2019-06-11")]),
    ("weekday", "O ato está marcado para esta sexta (14).", [("esta sexta (14)", "2019-06-14")]),
    ("weekday", "Na quinta, o ministro viaja a Brasília.", [("quinta", "2019-06-13")]),
    ("weekday", "A reunião foi na terça à tarde.", [("terça à tarde", "2019-06-11TAF")]),
    ("weekday", "O time ficou na quinta posição.", []),
    ("weekday", "Foi a sexta vez que o clube perdeu.", []),
    ("deictic", "Ontem o ministro disse que tudo estava pronto.", [("Ontem", "2019-06-11")]),
    ("deictic", "O ministro recebeu os sindicatos anteontem.", [("anteontem", "2019-06-10")]),
    ("deictic", "As obras terminam depois de amanhã.", [("depois de amanhã", "2019-06-14")]),
    ("deictic", "Hoje o parlamento vota o orçamento.", [("Hoje", "2019-06-12")]),
    ("relunit", "Na semana passada os preços subiram.", [("semana passada", "2019-W23")]),
    ("relunit", "A lei entra em vigor no mês que vem.", [("mês que vem", "2019-07")]),
    ("relunit", "No ano passado a colheita foi fraca.", [("ano passado", "2018")]),
    ("relunit", "Este ano o crescimento é mais lento.", [("Este ano", "2019")]),
    ("relunit", "O Governo promete uma proposta até ao fim do ano.", [("fim do ano", "2019", "END")]),
    ("season", "As eleições serão na próxima primavera.", [("próxima primavera", "2020-SP")]),
    ("season", "Este Verão foi o melhor de sempre.", [("Este Verão", "2019-SU")]),
    ("decade", "Estudou em Coimbra nos anos 50.", [("anos 50", "195")]),
    ("decade", "Na década de 1980, o país entrou na CEE.", [("década de 1980", "198")]),
    ("ago", "Há três dias o parlamento aprovou a lei.", [("Há três dias", "2019-06-09")]),
    ("ago", "Dois anos atrás a empresa tinha uma fábrica.", [("Dois anos atrás", "2017")]),
    ("hence", "A estação abre daqui a dois anos.", [("daqui a dois anos", "2021")]),
    ("duration", "As obras duraram três anos.", [("três anos", "P3Y")]),
    ("duration", "O escritor morreu aos 87 anos.", []),
    ("duration", "A inflação acumulada foi de 4,5% nos últimos doze meses.", [("últimos doze meses", "P12M")]),
    ("duration", "Há dois anos que a carreira está congelada.", [("Há dois anos", "P2Y")]),
    ("time", "A reunião começou às 15h30.", [("15h30", "2019-06-12T15:30")]),
    ("time", "O ministro chegou ontem à noite.", [("ontem à noite", "2019-06-11TNI")]),
    ("time", "Os sindicatos reúnem-se amanhã de manhã.", [("amanhã de manhã", "2019-06-13TMO")]),
    ("time", "O comboio parte ao meio-dia.", [("meio-dia", "2019-06-12T12:00")]),
    ("galician", "A Xunta aprobou onte o decreto.", [("onte", "2019-06-11")]),
    ("galician", "A norma entrará en vigor o 1 de xullo.", [("1 de xullo", "2019-07-01")]),
    ("galician", "Hai dous anos, o tráfico duplicouse.", [("Hai dous anos", "2017")]),
    ("galician", "O conselleiro comparecerá o venres.", [("venres", "2019-06-14")]),
    ("galician", "O ano pasado houbo 15.000 casos.", [("ano pasado", "2018")]),
    ("holiday", "As lojas vão fechar no Natal.", [("Natal", "2019-12-25")]),
    ("holiday", "As lojas fecharam no Natal.", [("Natal", "2018-12-25")]),
    ("holiday", "O turismo vai crescer no Carnaval.", [("Carnaval", "2020-02-25")]),
    ("holiday", "Os aeroportos estiveram cheios na Páscoa.", [("Páscoa", "2019-04-21")]),
]


@pytest.mark.parametrize(("family", "text", "expected"), LINES, ids=ids(LINES))
def test_portuguese_line(family: str, text: str, expected: list[tuple[str, ...]]) -> None:
    check("pt", text, expected)


TYPED = [("há dois anos", "2017"), ("na terça-feira passada", "2019-06-11"), ("ontem à noite", "2019-06-11TNI"),
         ("daqui a três semanas", "2019-W27"), ("no próximo ano", "2020"), ("5 de março de 2024", "2024-03-05"),
         ("anteontem", "2019-06-10"), ("a próxima década", "202")]  # fmt: skip


@pytest.mark.parametrize(("phrase", "value"), TYPED)
def test_a_typed_portuguese_phrase_is_read_as_portuguese(phrase: str, value: str) -> None:
    lang = fitting_language(phrase, detect_language(phrase))
    assert lang == "pt"
    assert [m.value for m in tag(phrase, ANCHOR, lang=lang)] == [value]


def test_a_tie_between_the_grammars_goes_to_the_language_of_the_determiner() -> None:
    # "próxima década" reads alike in Spanish and Portuguese: the article tells them apart
    assert fitting_language("la próxima década", "pt") == "es"
    assert fitting_language("a próxima década", "es") == "pt"
