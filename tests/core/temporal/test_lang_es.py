"""Spanish golden table: every family of the grammar, each line with the value it must give."""

from __future__ import annotations

import pytest

from tests.core.temporal.lang_golden import Line, check, ids

LINES: list[Line] = [
    ("absolute", "El acuerdo se firmó el 9 de octubre de 2018 en Lima.", [("9 de octubre de 2018", "2018-10-09")]),
    ("absolute", "La sesión del lunes 4 de febrero de 2019 terminó tarde.", [("lunes 4 de febrero de 2019", "2019-02-04")]),
    ("absolute", "El puente se abrió el 3 de mayo.", [("3 de mayo", "2019-05-03")]),
    ("absolute", "Informe publicado el 17/12/2018.", [("17/12/2018", "2018-12-17")]),
    ("month", "En octubre de 2017 cerró la fábrica.", [("octubre de 2017", "2017-10")]),
    ("month", "Las obras terminaron en marzo.", [("marzo", "2019-03")]),
    ("year", "En 2016 se construyó el puente; desde 2010 estaba previsto.",
     [("2016", "2016"), ("2010", "2010")]),
    ("weekday", "El ministro llegó el viernes pasado.", [("viernes pasado", "2019-06-07")]),
    ("weekday", "Las conversaciones seguirán el próximo miércoles.", [("próximo miércoles", "2019-06-19")]),
    ("weekday", "El ministro llegó el lunes a Madrid.", [("lunes", "2019-06-10")]),
    ("weekday", "La delegación será recibida en Berlín el lunes.", [("lunes", "2019-06-17")]),
    ("deictic", "Ayer el ministro dijo que anteayer todo estaba listo.",
     [("Ayer", "2019-06-11"), ("anteayer", "2019-06-10")]),
    ("deictic", "Esta mañana empezaron las obras; pasado mañana terminarán.",
     [("Esta mañana", "2019-06-12TMO"), ("pasado mañana", "2019-06-14")]),
    ("deictic", "Hoy vota el parlamento y mañana el senado.", [("Hoy", "2019-06-12"), ("mañana", "2019-06-13")]),
    ("relunit", "La semana pasada subieron los precios, este año menos.",
     [("semana pasada", "2019-W23"), ("este año", "2019")]),
    ("relunit", "La ley entrará en vigor el próximo mes.", [("próximo mes", "2019-07")]),
    ("relunit", "El año pasado la cosecha fue mala.", [("año pasado", "2018")]),
    ("ago", "Hace tres días votó el parlamento.", [("Hace tres días", "2019-06-09")]),
    ("ago", "La sesión se abrirá dentro de dos semanas.", [("dentro de dos semanas", "2019-W26")]),
    ("season", "En el verano de 2018 hizo mucho calor.", [("verano de 2018", "2018-SU")]),
    ("mod", "A finales de junio de 2018 hubo elecciones.", [("A finales de junio de 2018", "2018-06", "END")]),
    ("mod", "A principios de mayo hubo elecciones.", [("A principios de mayo", "2019-05", "START")]),
    ("mod", "A mediados de 2018 subieron los precios.", [("A mediados de 2018", "2018", "MID")]),
    ("duration", "Las obras duraron durante tres años.", [("tres años", "P3Y")]),
    ("range", "Las jornadas serán del 5 al 7 de marzo de 2020.", [("5", "2020-03-05"), ("7 de marzo de 2020", "2020-03-07")]),
    ("weekday", "Tras tres años de guerra, el presidente anunció este martes un acuerdo.",
     [("tres años", "P3Y"), ("este martes", "2019-06-11")]),
    ("time", "La reunión empezó ayer a las 10.30 horas.", [("ayer", "2019-06-11"), ("10.30 horas", "2019-06-11T10:30")]),
    ("duration", "Trabajaron 10 horas.", [("10 horas", "PT10H")]),
    ("narrative", "El 3 de marzo de 2015 llegó a Lima; al día siguiente viajó a Quito y ese mismo año volvió.",
     [("3 de marzo de 2015", "2015-03-03"), ("día siguiente", "2015-03-04"), ("ese mismo año", "2015")]),
    ("weekday", "El pasado martes votó el congreso.", [("pasado martes", "2019-06-11")]),
    ("tense", "La concentración será el próximo 7 de junio de este año; la ley se aprobó el pasado 28 de mayo.",
     [("7 de junio", "2019-06-07"), ("este año", "2019"), ("28 de mayo", "2019-05-28")]),
    ("absolute", "El informe del 05/03/2018 salió.", [("05/03/2018", "2018-03-05")]),
    ("time", "La reunión empezó a las 10.30.", [("10.30", "2019-06-12T10:30")]),
    ("time", "El ataque ocurrió en la madrugada.", [("en la madrugada", "2019-06-12TMO")]),
    ("time", "La sesión empezó a las 3 de la tarde.", [("3 de la tarde", "2019-06-12T15:00")]),
    ("holiday", "En Navidad la familia se reunió.", [("Navidad", "2018-12-25")]),
    ("holiday", "Durante la Semana Santa de 2018 llovió.", [("Semana Santa de 2018", "2018-W13")]),
    ("holiday", "El Día de Reyes se entregaron los regalos.", [("Día de Reyes", "2019-01-06")]),
    ("holiday", "Tres días después de Navidad de 2015 volvió.", [("Tres días después de Navidad de 2015", "2015-12-28")]),
    ("tense", "La marcha será el próximo 7 de junio.", [("7 de junio", "2020-06-07")]),
    ("tense", "El lunes el ministro llegará a Lima.", [("lunes", "2019-06-17")]),
    ("tense", "En septiembre el ministro visitó Lima.", [("septiembre", "2018-09")]),
    ("event", "La cumbre se celebró el 5 de mayo de 2018. Tres días después de la cumbre, las conversaciones fracasaron.",
     [("5 de mayo de 2018", "2018-05-05"), ("Tres días", "2018-05-08")]),
    ("event", "Tres días después de la cumbre, las conversaciones fracasaron.", [("Tres días", "P3D")]),
    ("event", "Tres días después, las conversaciones fracasaron.", [("Tres días después", "2019-06-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("family", "text", "expected"), LINES, ids=ids(LINES))
def test_spanish(family, text, expected):
    check("es", text, expected)
