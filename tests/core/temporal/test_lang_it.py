"""Italian golden table: every family of the grammar, each line with the value it must give."""

from __future__ import annotations

import pytest

from tests.core.temporal.lang_golden import Line, check, ids

LINES: list[Line] = [
    ("absolute", "Il governo ha approvato la legge il 5 marzo 2018.", [("5 marzo 2018", "2018-03-05")]),
    ("absolute", "Il rapporto è stato pubblicato il 17/12/2018.", [("17/12/2018", "2018-12-17")]),
    ("absolute", "Il ponte è stato inaugurato il 3 maggio.", [("3 maggio", "2019-05-03")]),
    ("month", "La fabbrica ha chiuso a marzo 2017.", [("marzo 2017", "2017-03")]),
    ("month", "I lavori sono finiti a marzo.", [("marzo", "2019-03")]),
    ("year", "Il ponte fu costruito nel 2016.", [("2016", "2016")]),
    ("weekday", "Il ministro è arrivato lunedì.", [("lunedì", "2019-06-10")]),
    ("weekday", "I colloqui riprenderanno mercoledì prossimo.", [("mercoledì prossimo", "2019-06-19")]),
    ("deictic", "Ieri il ministro ha detto che tutto era pronto.", [("Ieri", "2019-06-11")]),
    ("deictic", "I lavori finiranno dopodomani.", [("dopodomani", "2019-06-14")]),
    ("deictic", "Oggi il parlamento vota.", [("Oggi", "2019-06-12")]),
    ("relunit", "La settimana scorsa i prezzi sono saliti.", [("settimana scorsa", "2019-W23")]),
    ("relunit", "La legge entrerà in vigore il mese prossimo.", [("mese prossimo", "2019-07")]),
    ("relunit", "L'anno scorso il raccolto è stato scarso.", [("anno scorso", "2018")]),
    ("relunit", "Quest'anno la crescita è più lenta.", [("Quest'anno", "2019")]),
    ("season", "Le elezioni si terranno la prossima primavera.", [("prossima primavera", "2020-SP")]),
    ("ago", "Tre giorni fa il parlamento ha approvato la legge.", [("Tre giorni fa", "2019-06-09")]),
    ("hence", "La stazione aprirà tra due anni.", [("tra due anni", "2021")]),
    ("duration", "I lavori sono durati tre anni.", [("tre anni", "P3Y")]),
    ("time", "La riunione è iniziata alle 15:30.", [("15:30", "2019-06-12T15:30")]),
    ("time", "Il ministro è arrivato ieri sera.", [("ieri sera", "2019-06-11TEV")]),
    ("holiday", "I negozi resteranno chiusi a Natale.", [("Natale", "2019-12-25")]),
    ("holiday", "I negozi sono rimasti chiusi a Natale.", [("Natale", "2018-12-25")]),
]


@pytest.mark.parametrize(("family", "text", "expected"), LINES, ids=ids(LINES))
def test_italian_line(family: str, text: str, expected: list[tuple[str, ...]]) -> None:
    check("it", text, expected)
