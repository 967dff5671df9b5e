"""What the blind reports in the other languages found wrong, each kept right here."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.temporal import tag
from timeline_app.core.temporal.context import sentence_starts


@pytest.mark.parametrize(("lang", "anchor", "text", "phrase", "value"), [
    # a sentence opened by a Cyrillic capital or a digit is a sentence: the year told two
    # sentences back does not govern, and the past of the sentence before does not leak
    ("ru", "2021-02-03", "Приговор был вынесен в декабре 2014 года. Вчера у здания суда "
     "задержали более тысячи человек. 2 февраля заседание длилось около девяти часов.",
     "2 февраля", "2021-02-02"),
    ("ru", "2021-02-03", "Заседание длилось около девяти часов. Следующее заседание "
     "назначено на 5 февраля.", "5 февраля", "2021-02-05"),
    ("ru", "2021-02-03", "Защита обжалует решение в течение десяти дней.", "десяти дней",
     "P10D"),
    ("ko", "2021-11-19", "대학수학능력시험이 18일 전국 시험장에서 치러졌다.", "18일", "2021-11-18"),
    ("ko", "2021-11-19", "올해 응시자는 지난해보다 1만여 명 늘었다.", "지난해보다", "2020"),
    ("ko", "2016-10-31", "두산은 지난 29일 3차전에서도 이겼다.", "지난 29일", "2016-10-29"),
    ("ko", "2016-10-31", "두산이 2년 연속 우승을 차지했다.", "2년", "P2Y"),
    ("fr", "2019-12-10", "La dernière grève remonte à 1995.", "1995", "1995"),
    ("de", "2017-09-25", "Die Kanzlerin will in den kommenden Wochen sprechen.",
     "den kommenden Wochen", "PXW"),
    ("de", "2020-03-13", "Der Dax fiel so stark wie seit 1989 nicht mehr. Seit Ende Februar hat "
     "der Index ein Drittel verloren.", "Ende Februar", "2020-02"),  # "seit 1989" is no point
    ("de", "2021-07-19", "Der Wiederaufbau werde Jahre dauern.", "Jahre", "PXY"),
    ("es", "2018-07-02", "Era su tercer intento, tras las derrotas de 2006 y 2012.", "2012",
     "2012"),
    ("es", "2018-07-02", "Hoy por la mañana los mercados reaccionaron.", "Hoy por la mañana",
     "2018-07-02TMO"),
])
def test_blind_finding(lang: str, anchor: str, text: str, phrase: str, value: str) -> None:
    found = {m.text: m.value for m in tag(text, date.fromisoformat(anchor), lang=lang)}
    assert found.get(phrase) == value, found


@pytest.mark.parametrize("text", ["Costó más de 2000 dólares.", "la cifra de 2000 personas"])
def test_a_count_after_de_is_no_year(text: str) -> None:
    assert tag(text, date(2018, 7, 2), lang="es") == []


def test_a_language_without_abbreviations_reads_no_empty_weekday() -> None:
    """An empty list of abbreviations once let "{WDAY}" match nothing and eat a space."""
    [m] = tag("человек. 2 февраля", date(2021, 2, 3), lang="ru")
    assert m.text == "2 февраля"


@pytest.mark.parametrize(("text", "starts"), [
    ("Суд вынес приговор. Вчера суд заседал.", [0, 20]),
    ("Le vote a eu lieu. État et régions ont voté.", [0, 19]),
    ("회의가 열렸다. 어제 결론이 났다.", [0, 9]),
    ("It ended. then it began.", [0]),  # a lower-case letter opens no sentence
    ("it ended.\n\nthen it began.", [0, 11]),  # but a blank line ends a paragraph
    ("He works at Acme Inc.\n\nThe firm grew.", [0, 23]),  # after an abbreviation too
    ("INDEPENDENCE, Mo. _ The storm hit.", [0]),  # "_" opens nothing
])
def test_sentences_open_with_a_capital_of_any_script(text: str, starts: list[int]) -> None:
    assert sentence_starts(text) == starts
