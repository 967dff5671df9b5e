"""Publication dates written in Russian, Korean, German, French and Spanish (lines written here)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.ingest import article_from_text
from timeline_app.core.ingest.locale_dates import find_locale_dates, month_names, read_date
from timeline_app.core.model import PublishedSource

BODY = {
    "ru": "Городской совет одобрил новый план застройки набережной. Работы начнутся в 2019 году.",
    "ko": "시의회는 강변 개발 계획을 승인했다. 공사는 2019년에 시작된다.",
    "de": "Der Stadtrat hat den neuen Plan für das Ufer gebilligt. Die Arbeiten beginnen 2019.",
    "fr": "Le conseil municipal a approuvé le nouveau plan pour les quais. Les travaux débuteront en 2019.",
    "es": "El ayuntamiento aprobó el nuevo plan para el paseo. Las obras empezarán en 2019.",
}

# (language, the line under the headline, the date it must give, the source)
GOLDEN = [
    ("ru", "Опубликовано 5 марта 2018, 10:20", date(2018, 3, 5), "byline"),
    ("ru", "17 декабря 2018 г.", date(2018, 12, 17), "header"),
    ("ru", "Обновлено: 1 сентября 2018, 08:05", date(2018, 9, 1), "byline"),
    ("ko", "2018년 11월 4일", date(2018, 11, 4), "header"),
    ("ko", "입력 2018년 7월 30일 오후 3:15", date(2018, 7, 30), "byline"),
    ("ko", "기사입력 2018.06.12 09:00", date(2018, 6, 12), "byline"),
    ("de", "Stand: 03.11.2018 17:20 Uhr", date(2018, 11, 3), "byline"),
    ("de", "Veröffentlicht am 3. März 2018, 17:20 Uhr", date(2018, 3, 3), "byline"),
    ("de", "12. Okt. 2018", date(2018, 10, 12), "header"),
    (
        "fr",
        "Publié le 14 mars 2018 à 10h20, mis à jour le 15 mars 2018",
        date(2018, 3, 14),
        "byline",
    ),
    ("fr", "1er juillet 2018", date(2018, 7, 1), "header"),
    ("fr", "Par Jeanne Martin, le 2 févr. 2018 à 08h00", date(2018, 2, 2), "byline"),
    ("es", "9 de octubre de 2018", date(2018, 10, 9), "header"),
    ("es", "Actualizado el 22 de junio de 2018 a las 10:20 h", date(2018, 6, 22), "byline"),
    ("es", "Madrid, 4 ene. 2018", date(2018, 1, 4), "byline"),
    # a slashed date whose both numbers could be a month: day first outside English
    ("fr", "Publié le 05/03/2018 à 10h20", date(2018, 3, 5), "byline"),
    ("es", "Actualizado 05/03/2018 10:20", date(2018, 3, 5), "byline"),
]


@pytest.mark.parametrize(("lang", "line", "expected", "source"), GOLDEN)
def test_a_byline_or_stamp_gives_the_publication_date(lang, line, expected, source):
    page = f"Un titre assez long pour être un titre\n{line}\n{BODY[lang]}\n"
    article = article_from_text(page, article_id="p")
    assert (article.published, str(article.published_source)) == (expected, source)
    assert line not in article.text  # the stamp is page furniture, cut from the text


# A dateline opens the first paragraph; a missing year is not guessed from a bare year the text
# names ("Die Arbeiten beginnen 2019" fits a page of 2018 as well): see the weekday test below.
DATELINES = [
    ("ru", "Москва. 5 марта. Городской совет", date(2019, 3, 5)),
    ("fr", "SÉOUL, 2 avril (Reuters) - Le conseil", date(2019, 4, 2)),
    ("es", "MADRID, 7 feb.- El ayuntamiento", date(2019, 2, 7)),
    ("de", "BERLIN, 28. Februar (dpa) - Der Stadtrat", date(2019, 2, 28)),
    ("es", "BOGOTÁ, 30 de noviembre de 2018 (EFE).- El ayuntamiento", date(2018, 11, 30)),
]


@pytest.mark.parametrize(("lang", "opening", "expected"), DATELINES)
def test_a_dateline_gives_the_date_and_stays_in_the_paragraph(lang, opening, expected):
    body = BODY[lang]
    first_word = opening.rsplit(" ", 2)[-2:]
    paragraph = opening + body[len(" ".join(first_word)) :]
    found = find_locale_dates(f"Headline of the page here\n{paragraph}\n")
    article = article_from_text(f"Headline of the page here\n\n{paragraph}\n", article_id="d")
    assert article.text.startswith(opening)  # a dateline stays in its paragraph (the lead's)
    if str(expected.year) not in opening:  # no year, and no weekday to check a guessed one
        assert found == [] and article.published is None
        return
    assert [(c.value, str(c.source), c.year_inferred) for c in found] == [
        (expected, "dateline", False)
    ]
    assert article.published == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("BERLIN, 28. Februar (dpa) - Der Stadtrat hat am Donnerstag", date(2019, 2, 28)),
        ("MADRID, 7 feb.- El ayuntamiento aprobó este jueves", date(2019, 2, 7)),
    ],
)
def test_a_yearless_dateline_takes_the_year_its_weekday_fits(opening, expected):
    """Of the years next to the one the text names, only one puts the day on the named weekday."""
    lang = "de" if "Berlin" in opening.title() else "es"
    paragraph = f"{opening} {BODY[lang].split(' ', 2)[-1]}"
    (found,) = find_locale_dates(f"Headline of the page here\n{paragraph}\n")
    assert (found.value, str(found.source), found.year_inferred) == (expected, "dateline", True)
    assert "fits the weekday" in found.why or "names most often" in found.why


def test_a_dateline_without_a_year_in_a_text_without_one_gives_nothing():
    assert (
        find_locale_dates("Headline of the page here\nМосква. 5 марта. Совет одобрил план.\n") == []
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Le 14 mars 2018, le président a signé la loi.",
        "Am 3. März 2018 wurde das Gesetz im Landtag beschlossen.",
        "5 марта 2018 года президент подписал этот закон.",
        "2018년 3월 5일 정부는 새 법안을 발표했다.",
        "El 9 de octubre de 2018 el gobierno presentó su plan.",
    ],
)
def test_a_sentence_holding_a_date_is_not_a_byline(sentence):
    assert find_locale_dates(f"Headline of the page here\n{sentence}\n") == []


def test_month_names_come_from_dateparser_locale_data():
    names = month_names()
    assert names["марта"] == {"ru"} and names["octubre"] == {"es"} and names["märz"] == {"de"}
    assert names["mai"] == {"de", "fr", "pt", "nb", "ro", "id"}  # one month, six languages
    assert names["ekim"] == {"tr"} and names["березня"] == {"uk"} and names["मार्च"] == {"hi"}
    assert read_date("29 февраля 2020", ("ru",)) == date(2020, 2, 29)
    assert read_date("31 avril 2020", ("fr",)) is None


def test_an_english_slashed_date_keeps_the_us_order_when_its_zone_says_so():
    page = "A headline long enough here\nPublished 05/03/2018 10:20 EST\nThe council approved it.\n"
    assert article_from_text(page, article_id="e").published == date(2018, 5, 3)


def test_an_english_slashed_date_whose_order_nothing_settles_gives_no_date():
    """5 March or May 3: a wrong date is worse than none (the estimate then stands in)."""
    page = "A headline long enough here\nPublished 05/03/2018 10:20\nThe council approved it.\n"
    assert article_from_text(page, article_id="e").published is None


def test_english_pages_are_read_as_before():
    page = "A headline long enough here\nPublished March 5, 2018\nThe council approved the plan.\n"
    article = article_from_text(page, article_id="e")
    assert (article.published, article.published_source) == (
        date(2018, 3, 5), PublishedSource.BYLINE,
    )  # fmt: skip
