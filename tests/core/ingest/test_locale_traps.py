"""Dates of other things on a stamp-like line under the headline, in the other languages.

And an update stamp first on a line with the first publication after it.

Probed after round 10 (issue 12): an undated page whose only date is an offer's or a rule's last
day, a span's start, the day data hold for, a "today is" widget, what comes next, or a site's
legal notice must stay undated (a wrong date is worse than none); the same line shapes with a
publication label keep their date.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.ingest.articles import article_from_text
from timeline_app.core.ingest.limits import is_limit

LEADS = {
    "de": "Die Gemeinde hat am Dienstag beschlossen, die alte Turnhalle bis zum Herbst zu sanieren "
    "und danach wieder für die Vereine zu öffnen.",
    "fr": "Le conseil municipal a voté mardi la rénovation de la piscine, qui rouvrira au printemps "
    "après deux ans de fermeture pour travaux.",
    "es": "El ayuntamiento aprobó el martes la reforma de la piscina municipal, que volverá a abrir "
    "en primavera tras dos años cerrada por obras.",
    "it": "Il Comune ha approvato martedì il restauro della piscina, che riaprirà in primavera dopo "
    "due anni di lavori.",
    "pt": "A prefeitura aprovou nesta terça-feira a reforma da piscina municipal, que deve reabrir "
    "na primavera depois de dois anos fechada.",
    "ru": "Городские власти во вторник утвердили план ремонта набережной, работы начнутся весной и "
    "продлятся до конца осени.",
    "ko": "시는 시민공원 국화 전시회를 다음 달부터 한 달 동안 연다고 밝혔다.",
    "ja": "市は駅前の図書館を来年春に開館すると発表した。",
    "zh": "市政府表示，新圖書館將於明年春天開館，提供三十萬冊藏書。",
}


def _published(lang: str, line: str) -> date | None:
    page = f"Die Meldung des Tages\n{line}\n\n{LEADS[lang]}"
    return article_from_text(page, article_id="a").published


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Aktion gilt bis 15.05.2023"),
        ("fr", "Offre valable jusqu'au 15/05/2023"),
        ("es", "Promoción válida hasta el 15/05/2023"),
        ("it", "Sconto valido fino al 15/05/2023"),
        ("pt", "Oferta válida até 15/05/2023"),
        ("ru", "Скидка действует до 15.05.2023"),
        ("ru", "Прогноз на 16.05.2023: дожди"),
        ("es", "Horario vigente desde el 02/05/2023"),
        ("ko", "2023.05.02 기준"),
        ("ja", "2023年5月2日現在"),
        ("zh", "截至2023年5月2日"),
        ("es", "Hoy es martes, 2 de mayo de 2023"),
        ("de", "Heute ist Dienstag, der 2. Mai 2023"),
        ("fr", "Nous sommes le mardi 2 mai 2023"),
        ("it", "Oggi è martedì 2 maggio 2023"),
        ("pt", "Hoje é terça-feira, 2 de maio de 2023"),
        ("ru", "Сегодня 2 мая 2023 года"),
        ("de", "Nächste Sitzung: 16.05.2023"),
        ("fr", "Prochaine séance : 16/05/2023"),
        ("es", "Próxima sesión: 16/05/2023"),
        ("it", "Prossima partita: 16/05/2023 ore 15:00"),
        ("pt", "Próxima reunião: 16/05/2023"),
        ("ru", "Следующее заседание: 16.05.2023"),
        ("ko", "다음 회의: 2023.05.16"),
        ("ja", "次回放送 2023年5月16日(火)"),
        ("zh", "下期預告 2023年5月16日"),
        ("de", "Datenschutzhinweise (Stand: 25.05.2018)"),
        ("es", "Política de privacidad actualizada el 01/01/2023"),
    ],
)
def test_a_date_of_another_thing_leaves_the_page_undated(lang: str, line: str) -> None:
    assert _published(lang, line) is None


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Veröffentlicht am 02.05.2023, 18:10 Uhr"),
        ("de", "Online seit 02.05.2023, 18.10 Uhr"),
        ("fr", "Publié le 02/05/2023 à 18h10"),
        ("es", "Publicado el 02/05/2023 18:10"),
        ("ru", "Опубликовано 02.05.2023 18:10"),
        ("ko", "입력 2023.05.02 18:10"),
        ("zh", "發布時間：2023/05/02 18:10"),
        # (the English patterns read the update first; the labelled publication after it counts)
        ("es", "Actualizado: 03/05/2023 08:00 | Publicado: 02/05/2023 18:10"),
        ("ru", "Обновлено 03.05.2023 | Опубликовано 02.05.2023"),
        ("de", "Aktualisiert: 03.05.2023 · Erstellt: 02.05.2023"),
        ("fr", "Mis à jour le 03/05/2023 | Publié le 02/05/2023"),
    ],
)
def test_a_publication_stamp_keeps_its_date(lang: str, line: str) -> None:
    assert _published(lang, line) == date(2023, 5, 2)


@pytest.mark.parametrize(
    ("line", "date_text", "limit"),
    [
        ("Angebot gilt bis 30.09.2024", "30.09.2024", True),
        ("2024.09.19 09:38 기준", "2024.09.19", True),
        ("Курсы валют на 04.10.2025: USD", "04.10.2025", True),
        ("Опубликовано 03.10.2025", "03.10.2025", False),
        ("Publicado el 14/10/2025", "14/10/2025", False),
    ],
)
def test_limit_words_around_a_date(line: str, date_text: str, limit: bool) -> None:
    at = line.index(date_text)
    assert is_limit(line, at, at + len(date_text)) is limit


@pytest.mark.parametrize(
    ("lang", "above"),
    [
        ("de", "Archivbild vom 01.05.2023"),
        ("de", "Archivfoto vom 01.05.2023: Die alte Halle"),
        ("ru", "Архивное фото 01.05.2023"),
        ("de", "Auch interessant: Neue Brücke (01.05.2023)"),
        ("es", "Lea también: Nuevo puente (01/05/2023)"),
        ("ru", "Читайте также: Новый мост (01.05.2023)"),
    ],
)
def test_an_archive_photo_or_a_read_also_item_above_the_stamp(lang: str, above: str) -> None:
    stamp = {"de": "02.05.2023, 18:10 Uhr", "es": "02/05/2023 18:10", "ru": "02.05.2023 18:10"}
    assert _published(lang, f"{above}\n{stamp[lang]}") == date(2023, 5, 2)


@pytest.mark.parametrize(
    ("lang", "body", "day"),
    [
        ("ko", "부산항만공사는 신항 3단계 공사를 시작했다고 밝혔다.", date(2024, 9, 19)),
        ("ja", "市は駅前の図書館を来年春に開館すると発表した。", date(2024, 9, 19)),
        ("zh", "市政府表示，新圖書館將於明年春天開館，提供三十萬冊藏書。", date(2024, 9, 19)),
        # (Spanish is written from Madrid to Lima: no one zone, the stated day stays)
        ("es", "El ayuntamiento inauguró el nuevo puente sobre el río.", date(2024, 9, 18)),
    ],
)
def test_a_utc_time_stated_on_a_page_of_one_zone_falls_on_its_day(
    tmp_path, lang: str, body: str, day: date
) -> None:
    """22:30 UTC on 18 September is the 19th in Korea, Japan and China."""
    from timeline_app.core.ingest.loader import read_file

    page = tmp_path / "page.html"
    page.write_text(
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>t</title><meta property='
        '"article:published_time" content="2024-09-18T22:30:00Z"></head><body><article><h1>'
        f"Titel</h1><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    assert read_file(page)[0][0].published == day


@pytest.mark.parametrize(
    ("lang", "stamp", "lead"),
    [
        ("es", "15 de octubre de 2025", ""),  # (the control: a full date)
        ("es", "15 de octubre, 18:22", "El ayuntamiento aprobó el martes la reforma, incluida en "
         "el presupuesto de 2025 para las obras del puerto y de la piscina municipal."),
        ("ru", "15 октября, 17:00", "Городские власти во вторник утвердили план ремонта "
         "набережной, включённый в бюджет 2025 года."),
    ],
)
def test_a_lead_weekday_of_the_day_before_does_not_move_a_yearless_stamp(
    lang: str, stamp: str, lead: str
) -> None:
    """Written on Wednesday 15 October 2025 about Tuesday: 2024, whose 15 October is a Tuesday,
    is no better a year than 2025, which the text names."""
    page = f"Die Meldung des Tages\n{stamp}\n\n{lead or LEADS[lang]}"
    assert article_from_text(page, article_id="a").published == date(2025, 10, 15)


@pytest.mark.parametrize(
    ("stamp", "lead", "day"),
    [
        # ("este martes": the day of writing itself, 14 October 2025 a Tuesday)
        ("14 de octubre, 18:22", "El gobierno anunció este martes un plan de vivienda que "
         "terminará en 2026 y que retoma el de 2010.", date(2025, 10, 14)),
        # (the text's own full date names the year the weekday fits, the stamp being that day)
        ("12 июн, 14:20\nОбновлено 12 июня 2024, 16:05", "Новую линию метро откроют в 2026 "
         "году, сообщили в мэрии в среду.", date(2024, 6, 12)),
    ],
)
def test_a_weekday_of_the_day_itself_still_settles_the_year(stamp: str, lead: str, day: date) -> None:
    page = f"Die Meldung des Tages\n{stamp}\n\n{lead}"
    assert article_from_text(page, article_id="a").published == day


@pytest.mark.parametrize(
    ("lang", "stamp", "day"),
    [
        ("ja", "令和5年5月2日 18時10分", date(2023, 5, 2)),
        ("zh", "民國112年5月2日 18:10", date(2023, 5, 2)),
        ("zh", "112年5月2日", date(2023, 5, 2)),
        ("ja", "創業112年の老舗", None),
    ],
)
def test_an_era_year(lang: str, stamp: str, day: date | None) -> None:
    """Japanese and Taiwanese dates in an era's years (``era_years.txt``)."""
    assert _published(lang, stamp) == day
