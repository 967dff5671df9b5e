"""Regressions from the fifth blind round of development pages (``hand_284`` onward).

Round 5 was written before the app ran on it: 63 pages, 55 of them saved as HTML and 3 as JSON
records (read through the loader, as a user's folder is), from outlets and layouts the corpus
lacked. First run: of 55 dated pages, 43 exact, **4 wrong** (a modified time and a site's build
day in the metadata read as the publication; two UTC timestamps whose local day the page prints
as the next), 8 missed (the extractor drops the stamp line by the headline); the 8 undated pages
stayed honest; the estimate held the day on 0 of 6 undated pages with a known day (their year
evidence is in the page's furniture, which the estimate does not read). After the fixes: 55 of 55
exact, 0 wrong, 8 of 8 undated honest (``test_pages_gate.py`` pins the round's floors).

Rounds 5b, 5c and 5d (written before the app ran on them, after the fixes above) tried the new
reading: 5b 11 of 15 exact, 4 wrong, 2 of 3 undated honest; 5c 6 of 7, none wrong, 4 of 4; 5d
7 of 8, 1 wrong, 2 of 2; 5e 6 of 8, 1 wrong, 1 of 1; 5f 5 of 5, 0 of 1 undated honest. All are
now exact and honest.

Each test below is a layout the app got wrong or missed on its first run, in lines written here.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.ingest.articles import article_from_text
from timeline_app.core.ingest.html import article_from_html
from timeline_app.core.model import PublishedSource

from .test_pages_round3 import BODY, _published

PROSE = (
    "<p>The district council said on Tuesday it would rebuild the old footbridge over the river "
    "before the spring floods, after an inspection found its piers badly worn.</p>"
    "<p>Work should begin within weeks and take about four months, the council said.</p>"
)


def _page(head: str = "", top: str = "", below: str = "", foot: str = "") -> str:
    return (
        f"<html><head><title>Footbridge to be rebuilt - Valley Post</title>{head}</head><body>"
        f"<div class='site'>Valley Post</div>{top}<main><h1>Footbridge to be rebuilt</h1>{below}"
        f"{PROSE}</main><footer>{foot}</footer></body></html>"
    )


def _from_html(page: str):
    return article_from_html(page, article_id="a")


def _from_lines(*lines: str):
    return article_from_text("\n".join(lines), article_id="a")


def test_the_stamp_the_extractor_drops_is_read_from_the_whole_page() -> None:
    article = _from_html(_page(below="<p class='meta'>Posted 9 February 2021 by Ann Lee</p>"))
    assert (article.published, article.published_source) == (date(2021, 2, 9), "byline")
    assert "Posted 9 February 2021" not in article.text


def test_a_modified_time_in_the_metadata_yields_to_the_printed_stamp() -> None:
    head = "<meta property='article:modified_time' content='2023-05-01T10:14:22+01:00'>"
    article = _from_html(_page(head, below="<p>Posted on 9 February 2021</p>"))
    assert article.published == date(2021, 2, 9)


def test_a_bare_meta_date_yields_to_the_printed_published_stamp() -> None:
    """``<meta name="date">`` often holds the day the site built the page, not the article's."""
    page = _page(
        "<meta name='date' content='2025-11-30'>", below="<p>Published: 14 October 2019</p>"
    )
    assert _from_html(page).published == date(2019, 10, 14)
    # and without a stamp on the page, it is all there is
    assert _from_html(_page("<meta name='date' content='2025-11-30'>")).published == date(
        2025, 11, 30
    )


@pytest.mark.parametrize(
    ("stated", "printed", "expected"),
    [
        ("2021-09-22T23:30:00+00:00", "23.09.2021", date(2021, 9, 23)),  # CEST: the next day
        ("2022-07-13T22:05:00+00:00", "By Staff Writer 14 Jul 2022", date(2022, 7, 14)),
        ("2024-03-05T01:30:00+05:30", "Mar 05, 2024 01:30 IST", date(2024, 3, 5)),
        # no offset explains a stamp two days off: the stated date stands
        ("2022-07-13T12:05:00+00:00", "By Staff Writer 15 Jul 2022", date(2022, 7, 13)),
        # a date without a time tells no moment: the stated date stands
        ("2022-07-13", "By Staff Writer 14 Jul 2022", date(2022, 7, 13)),
    ],
)
def test_a_stated_utc_time_and_the_local_day_the_page_prints(stated, printed, expected) -> None:
    head = f"<meta property='article:published_time' content='{stated}'>"
    assert _from_html(_page(head, below=f"<p>{printed}</p>")).published == expected


def test_an_update_stamp_the_next_day_does_not_move_the_stated_date() -> None:
    head = "<meta property='article:published_time' content='2022-10-03T14:11:07Z'>"
    page = _page(head, below="<p>Updated 4:52 PM UTC, October 4, 2022</p>")
    assert _from_html(page).published == date(2022, 10, 3)


def test_json_ld_states_the_articles_date_not_a_videos_upload_day() -> None:
    video = '{"@type": "VideoObject", "name": "Tour", "uploadDate": "2019-05-02T10:00:00+01:00"}'
    story = (
        '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Valley Post"},'
        ' {"@type": "NewsArticle", "datePublished": "2021-06-15T12:40:00+01:00"}]}'
    )
    head = "".join(
        f"<script type='application/ld+json'>{block}</script>" for block in (video, story)
    )
    article = _from_html(_page(head))
    assert (article.published, article.published_source) == (date(2021, 6, 15), "meta")


def test_a_yearless_dateline_takes_the_year_of_the_month_the_address_is_filed_under() -> None:
    head = "<link rel='canonical' href='https://valleypost.example/2018/02/footbridge/'>"
    lead = (
        "<p>NAIROBI, Kenya, Feb 26 – The county said it would rebuild the footbridge over the "
        "river before the rains, after an inspection found its piers badly worn.</p>"
    )
    page = _page(head).replace("<main>", "<main>" + lead)
    article = _from_html(page)
    assert (article.published, article.published_source) == (date(2018, 2, 26), "dateline")
    other_month = page.replace("/2018/02/", "/2018/03/")
    assert _from_html(other_month).published is None  # (a dateline of another month: no year)


def test_a_comment_shaped_like_a_dateline_below_the_article_is_not_its_lead() -> None:
    article = _from_lines(
        "How to keep a boat's engine through the winter",
        "Drain the cooling system before the first frost and keep a little heat on board if you "
        "can, because a split pipe costs far more than the fuel.",
        "Check the bilge and the stern gland every week, and keep salt for icy towpaths along "
        "the moorings.",
        "Comments",
        "Jo K. — 12 November 2019: Very useful, thank you for this.",
    )
    assert article.published is None


def test_an_event_calendar_above_the_article_and_a_german_created_stamp() -> None:
    """An event calendar ("Termine") above, and the article's "Erstellt am ... um ... Uhr"."""
    article = _from_lines(
        "Rheintal Kurier", "Termine", "27.01.2022 Gemeinderat, 19 Uhr",
        "03.02.2022 Bürgersprechstunde", "Gemeinde plant einen Solarpark auf der Deponie",
        "Erstellt am 24.01.2022 um 14:10 Uhr",
        "Auf der ehemaligen Deponie am Ortsrand soll ein Solarpark entstehen. Ein Investor hat "
        "der Gemeinde ein Konzept für rund sieben Hektar vorgelegt, sagte die Bürgermeisterin.",
    )  # fmt: skip
    assert article.published == date(2022, 1, 24)


@pytest.mark.parametrize(
    ("stamp", "lead", "expected"),
    [
        ("Publié le mardi 28 avril 2020 à 06h12 par La rédaction",
         "Les transports publics remettront en service quatre lignes de nuit à partir de "
         "vendredi, après six semaines d'interruption.", date(2020, 4, 28)),
        ("Publicado el: Miércoles 8 de noviembre de 2023",
         "El Concejo Municipal aprobó este miércoles, con amplia mayoría, el nuevo código de "
         "tránsito de la ciudad.", date(2023, 11, 8)),
        ("입력 2019. 5. 21. 14:33",  # Korean dates spaced after their dots
         "강릉시가 여름 성수기에 해변 공영주차장을 유료로 운영하는 방안을 추진한다고 21일 "
         "밝혔다.", date(2019, 5, 21)),
    ],
)  # fmt: skip
def test_labels_with_a_weekday_between_and_spaced_korean_dots(stamp, lead, expected) -> None:
    article = _from_lines("Nouvelles du Léman", "Les bus de nuit reprennent", stamp, lead)
    assert article.published == expected


def test_a_spanish_dateline_with_an_abbreviated_state_and_a_full_date() -> None:
    article = _from_lines(
        "Diario de Occidente",
        "Inauguran planta de tratamiento",
        "Guadalajara, Jal. 12 de septiembre de 2022.- El gobierno estatal inauguró este lunes la "
        "planta de tratamiento de aguas residuales, que limpiará dos mil litros por segundo.",
    )
    assert (article.published, str(article.published_source)) == (date(2022, 9, 12), "dateline")


def test_the_whole_pages_clock_and_lists_still_lose_to_the_article_stamp() -> None:
    """The page's visible text brings the furniture's dates too: the chooser ranks them."""
    top = "<div class='clock'>Thursday, November 27, 2025</div><nav>News Sport Weather</nav>"
    foot = "<ul><li>Related: Harbour fees rise <span>Mar 1, 2024</span></li></ul>"
    article = _from_html(_page(top=top, below="<p>By Ann Lee | March 3, 2024</p>", foot=foot))
    assert article.published == date(2024, 3, 3)
    assert article.published_source is PublishedSource.BYLINE
    assert BODY  # (the plain-text layouts share round 3's body)


# Round 5b: 18 more saved pages, on the whole-page reading above (first run: 11 of 15 exact,
# 4 wrong, and 1 of 3 undated pages given a date).


def test_a_sidebar_list_before_the_article_does_not_hide_its_stamp_below_a_clock() -> None:
    top = (
        "<div class='today'>Saturday, 14 June 2025</div><aside><h3>Most popular</h3><ol>"
        "<li>Market wins award <span>June 13, 2025</span></li>"
        "<li>Road closures for the race <span>June 11, 2025</span></li></ol></aside>"
    )
    article = _from_html(_page(top=top, below="<p>By Helen Dobson, June 12, 2025</p>"))
    assert article.published == date(2025, 6, 12)


@pytest.mark.parametrize(
    ("widget", "stamp", "lead", "expected"),
    [
        ("Пятница, 5 декабря 2025 Казань, −3°C", "14:25, 3 марта 2022",
         "В Казани в четверг открылась новая станция метро, первая за последние шесть лет "
         "работы городского метрополитена.", date(2022, 3, 3)),
        ("Ciudad de Guatemala, martes 04 de junio de 2024 · 24 °C", "Por Ana Ruiz | 03 Jun 2024",
         "La municipalidad anunció que las rutas del sistema de buses funcionarán hasta las once "
         "de la noche a partir del próximo lunes.", date(2024, 6, 3)),
    ],
)  # fmt: skip
def test_a_weather_widgets_date_in_another_language_is_the_sites(widget, stamp, lead, expected):
    lines = (widget, "Noticias del día", "Amplían el horario del transporte", stamp, lead)
    assert _from_lines(*lines).published == expected


def test_the_next_storys_stamp_below_the_prose_makes_no_clock_of_the_stamp_above() -> None:
    article = _from_lines(
        "6 марта 2024, 21:46 • Новости дня",
        "Аэропорт Томска закроют на ремонт взлётной полосы",
        "Аэропорт Томска с первого апреля на два месяца прекратит приём самолётов из-за ремонта "
        "взлётной полосы, сообщила пресс-служба аэропорта в среду.",
        "5 марта 2024, 18:10 • Новости дня",
        "В Омске открыли новый мост через Иртыш",
    )
    assert article.published == date(2024, 3, 6)


def test_a_bare_date_label_among_an_events_fields_is_the_events() -> None:
    article = _from_lines(
        "Recap: spring careers fair draws 1,200 students",
        "Date: 17 March 2023",
        "Venue: Main Hall",
        "Posted on 20 March 2023",
        "More than 1,200 students met 85 employers at the spring careers fair, the largest in "
        "the history of the college.",
    )
    assert article.published == date(2023, 3, 20)
    # alone, "Date:" is the page's ("Fecha:", "Date:" over a release)
    assert _published("Council news", "Date: 17 March 2023") == date(2023, 3, 17)


def test_a_table_of_dates_is_no_stamp() -> None:
    article = _from_html(
        _page(
            below="<table><tr><td>Monday 25 December 2023</td><td>Wednesday 27 December 2023</td>"
            "</tr><tr><td>Tuesday 26 December 2023</td><td>Thursday 28 December 2023</td></tr>"
            "</table>"
        )
    )
    assert article.published is None


# Round 5c: 11 more (first run: 6 of 7 exact, none wrong, 4 of 4 undated honest).


def test_a_german_release_dated_vom_and_a_span_opened_by_vom() -> None:
    lead = (
        "Der Landkreis saniert ab Montag die Kreisstraße zwischen Oberdorf und Talheim, die "
        "Strecke wird für rund sechs Wochen voll gesperrt."
    )
    release = _from_lines("Landratsamt", "Pressemitteilung Nr. 45/2023 vom 12.04.2023", lead)
    assert release.published == date(2023, 4, 12)
    span = _from_lines("Landratsamt", "Baustelle vom 12.04.2023 bis 30.05.2023", lead)
    assert span.published is None


# Furniture outside the article, on pages that show no date of their own: the site's clock, its
# banner and foot, a related list the date library reads by its class (beyond the round's pages).


@pytest.mark.parametrize(
    "furniture",
    [
        "<div class='date'>Thursday, November 27, 2025</div><nav>News Sport</nav>",
        "<header><span class='current-date'>27 November 2025</span></header>",
        "<div class='top'><time datetime='2025-11-27'>Thursday, 27 November 2025</time></div>",
        "<ul class='related'><li><span class='date'>March 1, 2024</span> Harbour fees</li></ul>",
    ],
)
def test_an_undated_articles_page_takes_no_date_from_the_sites_furniture(furniture) -> None:
    assert _from_html(_page(top=furniture)).published is None


def test_a_time_element_in_the_article_backs_the_date_librarys_reading() -> None:
    """A relative stamp ("3 hours ago") whose day is only in its ``datetime``."""
    stamp = "<p>By Ola Bakare · <time datetime='2021-11-03T08:00:00+00:00'>3 hours ago</time></p>"
    assert _from_html(_page(below=stamp)).published == date(2021, 11, 3)


def test_a_first_publication_stamp_earlier_than_the_stated_time_is_the_pages() -> None:
    head = "<meta property='article:published_time' content='2023-05-01T10:14:22+01:00'>"
    assert _from_html(_page(head, below="<p>Published 14 May 2019</p>")).published == date(
        2019, 5, 14
    )
    # an unlabelled date two years before is no such stamp: the stated date stands
    assert _from_html(_page(head, below="<p>14 May 2019</p>")).published == date(2023, 5, 1)


# Round 5d: 10 more (first run: 7 of 8 exact, 1 wrong, 2 of 2 undated honest).


def test_a_hyphenated_name_in_a_byline_keeps_its_stamp_over_a_utc_time() -> None:
    """ "By Lin Mei-hua · March 2, 2020" under a stated 23:59:59Z of March 1 (Taipei: March 2)."""
    head = "<meta property='article:published_time' content='2020-03-01T23:59:59.999Z'>"
    page = _page(head, below="<p>By Lin Mei-hua · March 2, 2020</p>")
    assert _from_html(page).published == date(2020, 3, 2)


# Round 5e: 9 more (first run: 6 of 8 exact, 1 wrong, 1 of 1 undated honest).


def test_a_time_stated_with_its_own_offset_is_local_already() -> None:
    """22:00 IST stated, an update line of the next morning printed: no offset to explain."""
    head = "<meta property='article:published_time' content='2023-01-14T22:00:00+05:30'>"
    line = "<p>Written by Priya Nair | New Delhi | Updated: January 15, 2023 10:24 IST</p>"
    assert _from_html(_page(head, below=line)).published == date(2023, 1, 14)


def test_text_for_screen_readers_only_is_not_glued_to_the_stamp_it_repeats() -> None:
    stamp = (
        "<div><span class='screen-reader-text'>Published On 5 Apr 2022</span>"
        "<span aria-hidden='true'>5 Apr 2022</span></div>"
    )
    assert _from_html(_page(below=stamp)).published == date(2022, 4, 5)


# Round 5f: 6 more in the other languages (first run: 5 of 5 exact, the undated page given a date).


def test_an_archive_of_issue_dates_on_an_undated_page_in_another_language() -> None:
    """Full dates alone on their lines read as headers (0.9): a run of them must still lose."""
    article = _from_lines(
        "О редакции",
        "Газета выходит с 1991 года, сегодня в редакции работают двадцать журналистов, фотографы "
        "и дизайнеры, а тираж растёт.",
        "Архив номеров:",
        "12 января 2024",
        "19 января 2024",
        "26 января 2024",
    )
    assert article.published is None


def test_a_machine_written_date_in_a_list_of_other_stories_is_not_chosen() -> None:
    """A header's worth (0.9) less a related list's (now 0.65) stays under the bar (0.3)."""
    article = _from_lines(
        "Why the old mill should be saved",
        "Related",
        "2024-03-01",
        "Mill owners lodge new plans for flats",
        "The mill on Canal Street has stood for 180 years and employed half the town at its peak; "
        "now its owners want to pull it down for flats.",
    )
    assert article.published is None
