"""Portuguese told from Spanish and Italian, and Galician read by the Portuguese grammar.

Texts written for this test: the same news told in each language, short (headlines, stamps)
and long (a paragraph), Brazilian and European Portuguese alike. Portuguese was once called
Spanish or Italian, and then tagged with their grammars: "há dois anos", "na terça-feira" gave
nothing.
"""

from __future__ import annotations

import pytest

from timeline_app.core.ingest.language import KIN_LANGUAGES, SUPPORTED_LANGUAGES, detect_language

SHORT = [
    ("pt", "Governo aprova novo salário mínimo"),
    ("pt", "Preço da gasolina sobe pela terceira semana"),
    ("pt", "Inflação desacelera em maio"),
    ("pt", "Ministro da Saúde pede demissão"),
    ("pt", "Greve na CP afeta comboios"),
    ("pt", "Polícia prende suspeito de homicídio"),
    ("pt", "Vacinação começa amanhã"),
    ("pt", "Atualizado em 12/03/2024 às 10h"),
    ("pt", "Publicado a 3 de maio de 2023"),
    ("pt", "Há 5 horas"),
    ("pt", "Chuva forte atinge São Paulo nesta terça"),
    ("pt", "Não há acordo entre os sindicatos e o Governo."),
    ("es", "Gobierno aprueba nuevo salario mínimo"),
    ("es", "El precio de la gasolina sube por tercera semana"),
    ("es", "La inflación se desacelera en mayo"),
    ("es", "Dimite el ministro de Sanidad"),
    ("es", "Huelga en Renfe afecta a los trenes"),
    ("es", "La policía detiene a un sospechoso de homicidio"),
    ("es", "La vacunación empieza mañana"),
    ("es", "Publicado el 3 de mayo de 2023"),
    ("es", "Hace 5 horas"),
    ("es", "No hay acuerdo entre los sindicatos y el Gobierno."),
    ("it", "Il governo approva il nuovo salario minimo"),
    ("it", "Il prezzo della benzina sale per la terza settimana"),
    ("it", "L'inflazione rallenta a maggio"),
    ("it", "Si dimette il ministro della Salute"),
    ("it", "La polizia arresta un sospetto di omicidio"),
    ("it", "La vaccinazione inizia domani"),
    ("it", "Pubblicato il 3 maggio 2023"),
    ("it", "Non c'è accordo tra i sindacati e il governo."),
]

GALICIAN_SHORT = [
    "O Goberno aproba o novo salario mínimo",
    "A Xunta presenta os orzamentos",
    "A choiva provoca danos no norte",
    "Eleccións municipais convocadas para outubro",
    "A vacinación comeza mañá",
]

LONG = [
    ("pt", "O Senado aprovou ontem o projeto de lei que regulamenta o trabalho por aplicativos. "
           "O texto tinha sido enviado pelo governo em março e passou pela Câmara dos Deputados "
           "na semana passada. Segundo o relator, as novas regras entram em vigor daqui a seis "
           "meses, e as empresas terão até o fim do ano para se adaptar."),
    ("pt", "O Parlamento aprovou ontem a proposta de lei que regula o trabalho nas plataformas "
           "digitais. O diploma tinha sido entregue pelo Governo em Março e foi discutido na "
           "especialidade na semana passada. Segundo o relator, as novas regras entram em vigor "
           "dentro de seis meses, e as empresas terão até ao fim do ano para se adaptarem."),
    ("es", "El Senado aprobó ayer el proyecto de ley que regula el trabajo en las plataformas "
           "digitales. El texto había sido enviado por el Gobierno en marzo y pasó por el "
           "Congreso la semana pasada. Según el ponente, las nuevas normas entrarán en vigor "
           "dentro de seis meses, y las empresas tendrán hasta final de año para adaptarse."),
    ("it", "Il Senato ha approvato ieri il disegno di legge che regola il lavoro sulle "
           "piattaforme digitali. Il testo era stato inviato dal governo a marzo ed è passato "
           "alla Camera la settimana scorsa. Secondo il relatore, le nuove regole entreranno in "
           "vigore tra sei mesi, e le aziende avranno tempo fino alla fine dell'anno."),
    ("pt", "O Parlamento de Galicia aprobou onte a lei que regula o traballo nas plataformas "
           "dixitais. O texto fora enviado pola Xunta en marzo e debateuse na semana pasada. "
           "Segundo o relator, as novas normas entrarán en vigor dentro de seis meses, e as "
           "empresas terán ata o final do ano para adaptarse."),  # Galician: read as pt
]


def test_portuguese_is_a_language_and_galician_its_kin():
    assert "pt" in SUPPORTED_LANGUAGES
    assert KIN_LANGUAGES.get("gl") == "pt"
    assert set(KIN_LANGUAGES).isdisjoint(SUPPORTED_LANGUAGES)


@pytest.mark.parametrize(("lang", "text"), SHORT)
def test_short_iberian_and_italian_texts(lang, text):
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", GALICIAN_SHORT)
def test_galician_headlines_go_to_the_portuguese_grammar(text):
    assert detect_language(text) == "pt"


@pytest.mark.parametrize(("lang", "text"), LONG)
def test_long_texts(lang, text):
    assert detect_language(text) == lang
