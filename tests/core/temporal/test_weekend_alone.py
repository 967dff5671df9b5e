""""The weekend" told alone, in each language, placed by tense like "over the weekend"."""

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
