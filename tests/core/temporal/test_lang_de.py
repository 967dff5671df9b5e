"""German golden table: every family of the grammar, each line with the value it must give."""

from __future__ import annotations

import pytest

from tests.core.temporal.lang_golden import Line, check, ids

LINES: list[Line] = [
    ("absolute", "Der Vertrag wurde am 3. März 2018 unterzeichnet.", [("3. März 2018", "2018-03-03")]),
    ("absolute", "Die Anhörung ist am Montag, 4. Februar 2019 gewesen.", [("Montag, 4. Februar 2019", "2019-02-04")]),
    ("absolute", "Die Brücke wurde am 15. Mai eröffnet.", [("15. Mai", "2019-05-15")]),
    ("month", "Im März 2017 wurde das Werk geschlossen.", [("März 2017", "2017-03")]),
    ("month", "Die Arbeiten endeten im März.", [("März", "2019-03")]),
    ("month", "Im März letzten Jahres begann der Bau.", [("März letzten Jahres", "2018-03")]),
    ("year", "Im Jahr 2016 wurde die Brücke gebaut, seit 2010 wurde sie geplant.",
     [("Jahr 2016", "2016"), ("2010", "2010")]),
    ("weekday", "Der Minister traf letzten Freitag ein.", [("letzten Freitag", "2019-06-07")]),
    ("weekday", "Die Gespräche gehen am kommenden Mittwoch weiter.", [("kommenden Mittwoch", "2019-06-19")]),
    ("weekday", "Am Montag wurde das Gesetz beschlossen.", [("Montag", "2019-06-10")]),
    ("weekday", "Die Delegation wird am Montag in Berlin sein.", [("Montag", "2019-06-17")]),
    ("deictic", "Gestern sagte der Minister, vorgestern sei alles fertig gewesen.",
     [("Gestern", "2019-06-11"), ("vorgestern", "2019-06-10")]),
    ("deictic", "Heute Morgen begannen die Arbeiten, übermorgen enden sie.",
     [("Heute Morgen", "2019-06-12TMO"), ("übermorgen", "2019-06-14")]),
    ("relunit", "Vergangene Woche stiegen die Preise, in diesem Jahr langsamer.",
     [("Vergangene Woche", "2019-W23"), ("diesem Jahr", "2019")]),
    ("relunit", "Das Gesetz tritt nächsten Monat in Kraft.", [("nächsten Monat", "2019-07")]),
    ("ago", "Vor drei Tagen stimmte das Parlament zu.", [("Vor drei Tagen", "2019-06-09")]),
    ("ago", "Vor einem Jahr war alles anders.", [("Vor einem Jahr", "2018")]),
    ("ago", "In zwei Wochen beginnt die Sitzung.", [("zwei Wochen", "2019-W26")]),
    ("season", "Im Sommer 2018 war es heiß.", [("Sommer 2018", "2018-SU")]),
    ("mod", "Ende Juni 2018 fanden Wahlen statt.", [("Ende Juni 2018", "2018-06", "END")]),
    ("mod", "Anfang März fanden Wahlen statt.", [("Anfang März", "2019-03", "START")]),
    ("mod", "Ende letzten Jahres stiegen die Preise.", [("Ende letzten Jahres", "2018", "END")]),
    ("duration", "Die Arbeiten dauerten drei Jahre lang.", [("drei Jahre", "P3Y")]),
    ("range", "Die Messe findet vom 5. bis 7. März 2020 statt.", [("5.", "2020-03-05"), ("7. März 2020", "2020-03-07")]),
    ("weekday", "Der Minister hat diesen Dienstag ein Abkommen verkündet.", [("diesen Dienstag", "2019-06-11")]),
    ("time", "Um 10 Uhr begann die Sitzung.", [("10 Uhr", "2019-06-12T10:00")]),
    ("time", "Stand: 03.11.2018 17:20 Uhr", [("03.11.2018", "2018-11-03"), ("17:20 Uhr", "2018-11-03T17:20")]),
    ("narrative", "Am 3. März 2015 kam er in Köln an; am nächsten Tag reiste er ab, im folgenden Jahr kehrte er zurück.",
     [("3. März 2015", "2015-03-03"), ("am nächsten Tag", "2015-03-04"), ("folgenden Jahr", "2016")]),
    ("time", "Das Treffen beginnt um 17 Uhr.", [("17 Uhr", "2019-06-12T17:00")]),
    ("time", "Am Abend sprach der Minister.", [("Am Abend", "2019-06-12TEV")]),
    ("time", "Die Sitzung endete um 3 Uhr nachmittags.", [("3 Uhr nachmittags", "2019-06-12T15:00")]),
    ("holiday", "Ostern 2018 fiel auf den 1. April.", [("Ostern 2018", "2018-04-01"), ("1. April", "2018-04-01")]),
    ("holiday", "Am Tag der Deutschen Einheit sprach der Präsident.", [("Tag der Deutschen Einheit", "2018-10-03")]),
    ("holiday", "Vergangene Weihnachten blieb die Kirche leer.", [("Vergangene Weihnachten", "2018-12-25")]),
    ("holiday", "Drei Tage nach Weihnachten 2017 kam er zurück.", [("Drei Tage nach Weihnachten 2017", "2017-12-28")]),
    ("tense", "Am Montag wird der Minister das Abkommen unterzeichnen.", [("Montag", "2019-06-17")]),
    ("tense", "Der Minister hat am Montag das Abkommen unterzeichnet.", [("Montag", "2019-06-10")]),
    ("event", "Der Brand brach am 5. Mai 2018 aus. Drei Wochen nach dem Brand wurde das Haus abgerissen.",
     [("5. Mai 2018", "2018-05-05"), ("Drei Wochen", "2018-W21")]),
    ("event", "Zwei Tage vor der Wahl am 24. September 2017 sprach die Kanzlerin.",
     [("Zwei Tage", "2017-09-22"), ("24. September 2017", "2017-09-24")]),
]  # fmt: skip


@pytest.mark.parametrize(("family", "text", "expected"), LINES, ids=ids(LINES))
def test_german(family, text, expected):
    check("de", text, expected)
