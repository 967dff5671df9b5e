"""A third table: Spanish phrases of the agency wire, typed alone, with their values.

Written with their values before the tagger first ran on them (43 phrases; 37 right then: "a
las diez de la mañana", "a mediados de los noventa", "el martes 15", "el 15 de marzo pasado",
"esta misma semana", "medio año" were missed or misread; "en 1992", which names no language of
its own, was left out). The anchor is Wednesday 2005-03-16
(ISO week 11), past preferred as in ``tag``.
"""

from __future__ import annotations

ANCHOR = "2005-03-16"

PHRASES: list[tuple[str, str, str]] = [
    ("es", "el pasado 12 de marzo", "2005-03-12"),
    ("es", "el próximo 2 de abril", "2005-04-02"),
    ("es", "dentro de un mes", "2005-04"),
    ("es", "el mes que viene", "2005-04"),
    ("es", "la semana pasada", "2005-W10"),
    ("es", "esta noche", "2005-03-16TNI"),
    ("es", "mañana por la mañana", "2005-03-17TMO"),
    ("es", "a las diez de la mañana", "2005-03-16T10:00"),
    ("es", "a las 20.30 horas", "2005-03-16T20:30"),
    ("es", "en la década de los ochenta", "198"),
    ("es", "a mediados de los noventa", "199"),
    ("es", "en el siglo XX", "19"),
    ("es", "el lunes pasado", "2005-03-14"),
    ("es", "el martes 15", "2005-03-15"),
    ("es", "el 15 de marzo pasado", "2005-03-15"),
    ("es", "el verano pasado", "2004-SU"),
    ("es", "el próximo invierno", "2005-WI"),
    ("es", "hasta finales de 2006", "2006"),
    ("es", "en el primer semestre del año", "2005-H1"),
    ("es", "el año 2000", "2000"),
    ("es", "cada dos años", "P2Y"),
    ("es", "todos los días", "P1D"),
    ("es", "el pasado mes de enero", "2005-01"),
    ("es", "en enero pasado", "2005-01"),
    ("es", "a principios del próximo año", "2006"),
    ("es", "a finales del mes pasado", "2005-02"),
    ("es", "hace 20 años", "1985"),
    ("es", "desde hace 20 años", "P20Y"),
    ("es", "la madrugada del martes", "2005-03-15TMO"),
    ("es", "ayer por la noche", "2005-03-15TNI"),
    ("es", "esta misma semana", "2005-W11"),
    ("es", "el pasado fin de semana", "2005-W10-WE"),
    ("es", "el fin de semana pasado", "2005-W10-WE"),
    ("es", "durante dos décadas", "P20Y"),
    ("es", "hace dos meses", "2005-01"),
    ("es", "dentro de dos años", "2007"),
    ("es", "el próximo mes de junio", "2005-06"),
    ("es", "el 1 de enero", "2005-01-01"),
    ("es", "en el año 1992", "1992"),
    ("es", "la próxima década", "201"),
    ("es", "el pasado año", "2004"),
    ("es", "los últimos dos años", "P2Y"),
    ("es", "medio año", "P6M"),
]
