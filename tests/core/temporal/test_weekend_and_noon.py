""""The weekend" told alone and noon and midnight, each in the language's own words."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.temporal import tag

MONDAY = date(2023, 10, 16)


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "Protests were held over the weekend.", "2023-W41-WE"),
    ("de", "Die Partei traf sich am Wochenende.", "2023-W41-WE"),
    ("de", "Am Wochenende wird gewählt.", "2023-W42-WE"),
    ("ru", "В выходные прошли протесты.", "2023-W41-WE"),
    ("fr", "Les manifestations ont eu lieu le week-end.", "2023-W41-WE"),
    ("es", "Las protestas se celebraron el fin de semana.", "2023-W41-WE"),
])
def test_the_weekend_alone(lang: str, text: str, value: str) -> None:
    assert [m.value for m in tag(text, MONDAY, lang=lang)] == [value]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("fr", "Le ministre parlera à midi.", "2023-10-16T12:00"),
    ("es", "El acto empezó a mediodía.", "2023-10-16T12:00"),
    ("de", "Der Streik beginnt um Mitternacht.", "2023-10-16T24:00"),
    ("ru", "Встреча началась в полдень.", "2023-10-16T12:00"),
    ("ko", "회의는 정오에 시작됐다.", "2023-10-16T12:00"),
])
def test_noon_and_midnight_in_their_own_words(lang: str, text: str, value: str) -> None:
    assert [m.value for m in tag(text, MONDAY, lang=lang)] == [value]
