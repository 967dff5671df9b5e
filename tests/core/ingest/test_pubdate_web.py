"""Publication dates in the shapes the web writes them, and the choice among a page's candidates."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.ingest.articles import article_from_text
from timeline_app.core.ingest.pubdate import find_publication_dates
from timeline_app.core.ingest.pubscore import rank_candidates
from timeline_app.core.model import PublishedSource

LEAD = " said on Tuesday that the ferry service would resume after repairs to the pier were made."


def _page(*head: str, body: str = "", tail: tuple[str, ...] = ()) -> str:
    prose = body or (
        "The plan was first shown to the public on March 2, 2021, when the council promised a "
        "hearing.\n\nA final decision is due in June 2021, officials said in a statement."
    )
    return "\n".join(["Ferry service to resume after the pier repairs", *head, "", prose, *tail])


@pytest.mark.parametrize(
    ("stamp", "value"),
    [
        ("Feb 3 2020 09:15 AM", date(2020, 2, 3)),
        ("April 11,2019", date(2019, 4, 11)),
        ("17-06-2020 | 08:05 PM", date(2020, 6, 17)),
        ("Updated: 02-09-2021 11:40 IST", date(2021, 9, 2)),
        ("2021-05-04T09:30:00+00:00", date(2021, 5, 4)),
        ("By AgencyTuesday, May 4, 2021", date(2021, 5, 4)),
        ("Outlet12-01-2024", date(2024, 1, 12)),
        ("Harbour Ledger | March 9, 2022", date(2022, 3, 9)),
        ("Posted On: 08 APR 2025 5:24PM by Press Office", date(2025, 4, 8)),
        ("By Wire Published Date - 07:45 AM, Tue - 12 March 24", date(2024, 3, 12)),
        ("Wire Agency Port Hale (East) Published 09.08.23, 05:10 PM", date(2023, 8, 9)),
        ("Mar. 4, 2022Office of Councillor Ines Duarte", date(2022, 3, 4)),
    ],
)
def test_stamp_shapes(stamp: str, value: date) -> None:
    article = article_from_text(_page(stamp), article_id="a")
    assert article.published == value
    assert stamp not in article.text


@pytest.mark.parametrize(
    ("lead", "value"),
    [
        ("LAGOS, May 3, 2021 (Wire) -", date(2021, 5, 3)),
        ("DENVER, Colorado, June 9, 2021 /PRWire/ --", date(2021, 6, 9)),
        ("KAMPALA, (Daily Lantern - 3rd Feb, 2021) -", date(2021, 2, 3)),
        ("LAGOS, May 3 (Wire) -", date(2021, 5, 3)),
        ("TUNIS /Tunisia/, April 20. /WIRE/.", date(2021, 4, 20)),
        ("Chennai, May 3:", date(2021, 5, 3)),
        ("OSLO, Apr 28 —", date(2021, 4, 28)),
        ("By Wire Staff LAGOS, May 3 (Wire) -", date(2021, 5, 3)),
    ],
)
def test_datelines(lead: str, value: date) -> None:
    body = lead + " The port authority" + LEAD + "\n\nThe plan was first shown on March 2, 2021."
    article = article_from_text(_page(body=body), article_id="a")
    assert (article.published, article.published_source) == (value, PublishedSource.DATELINE)
    assert article.text.startswith(lead.split(",")[0])  # the dateline stays in the lead
    inferred = "inferred" in article.date_candidates[0]["why"]
    assert inferred == (str(value.year) not in lead)


def test_dateline_without_year_or_evidence_gives_no_date() -> None:
    body = "LAGOS, May 3 (Wire) - The port authority" + LEAD
    assert article_from_text(_page(body=body), article_id="a").published is None


def test_partial_header_gives_month_precision() -> None:
    article = article_from_text(_page(" date 2019-03"), article_id="a")
    assert (article.published, article.published_precision) == (date(2019, 3, 1), "month")


def test_caption_date_with_credit() -> None:
    caption = "Workers repair the pier in Tunis on June 3, 2021. (Photo: Wire / Jane Roe)"
    article = article_from_text(_page(caption), article_id="a")
    assert (article.published, article.published_source) == (date(2021, 6, 3), "caption")


def test_byline_at_the_end() -> None:
    tail = ("", "Advertisement", "", "Published on: Saturday, October 02, 2021, 02:43 AM IST")
    assert article_from_text(_page(tail=tail), article_id="a").published == date(2021, 10, 2)


def test_clock_above_the_masthead_loses_to_the_stamp() -> None:
    raw = "\n".join(
        ["Monday, 15 December 2025", "Home", "News", _page("By Jane Roe March 9, 2022")]
    )
    article = article_from_text(raw, article_id="a")
    assert article.published == date(2022, 3, 9)
    clock = next(c for c in article.date_candidates if c["date"] == "2025-12-15")
    assert "clock" in clock["why"]


def test_published_over_updated() -> None:
    for head in (
        ("Updated: 2021-05-06", "Published: 2021-05-04"),
        ("Updated May 6, 2021 | Published May 4, 2021",),
    ):
        assert article_from_text(_page(*head), article_id="a").published == date(2021, 5, 4)


def test_related_list_and_quoted_post_are_not_the_page_date() -> None:
    tail = ("", "Related stories", "Bridge tolls rise again in the capital", "12 Mar, 2020")
    quoted = "Nobody asked us. #pier\n— Jane Roe (@janeroe) March 1, 2021"
    body = "The council" + LEAD + "\n\n" + "The council" + LEAD + "\n\n" + quoted
    article = article_from_text(_page(body=body, tail=tail), article_id="a")
    assert article.published is None
    assert {c["date"] for c in article.date_candidates} >= {"2020-03-12", "2021-03-01"}


def test_ranking_is_best_first_with_reasons() -> None:
    text = "Updated: 2021-05-06\nPublished: 2021-05-04\n"
    ranked = rank_candidates(find_publication_dates(text))
    assert [s.candidate.value.day for s in ranked] == [4, 6]
    assert "update" in ranked[1].why


def test_two_digit_years_only_after_a_label() -> None:
    body = "The ferry resumed on 28 July 23 berths, said the port.\n\nIt sails daily."
    assert find_publication_dates("28 July 23") == []
    assert article_from_text(_page(body=body), article_id="a").published is None


def test_a_date_above_the_site_menus_is_the_sites_not_the_storys() -> None:
    raw = "\n".join(["Friday, 24 January 2020", "Text Size", "Top Headlines", _page()])
    article = article_from_text(raw, article_id="a")
    assert article.published is None
    assert "menus" in article.date_candidates[0]["why"]
    kept = "\n".join(["Friday, 24 January 2020", _page()])  # straight above the headline
    assert article_from_text(kept, article_id="a").published == date(2020, 1, 24)


def test_a_file_photo_caption_dates_the_photo_not_the_page() -> None:
    for caption in (
        "Workers repair the pier in Tunis on June 3, 2015. (File photo: Wire / Jane Roe)",
        "In this file photo, workers repair the pier in Tunis on June 3, 2015. (Photo: Wire)",
    ):
        assert article_from_text(_page(caption), article_id="a").published is None


def test_a_date_in_a_list_below_the_article_without_a_heading_is_not_the_pages() -> None:
    body = "The council" + LEAD + "\n\nThe ferry operator" + LEAD
    tail = ("", "Bridge tolls rise again in the capital", "12 Mar, 2020",
            "Harbour board names a new chair", "3 Feb, 2020")  # fmt: skip
    article = article_from_text(_page(body=body, tail=tail), article_id="a")
    assert article.published is None
    below = "\n".join(["Ferry service to resume", "The council" + LEAD, "The operator" + LEAD,
                       "By Jane Roe", "March 9, 2022", "", "The pier" + LEAD])  # fmt: skip
    assert article_from_text(below, article_id="a").published == date(2022, 3, 9)


def test_hostile_lines_neither_hang_nor_crash() -> None:
    # a long hyphenated word before a dateline-like comma once backtracked for minutes, and
    # thousands of labels in one line once recursed past Python's limit
    hyphens = "LAGOS-" + "-".join(["Ab"] * 300) + ", May 3" + " x" * 20
    labels = "Updated May 6, 2021 | " * 3000
    assert article_from_text(hyphens, article_id="a").published is None
    assert article_from_text(labels, article_id="b").published == date(2021, 5, 6)


@pytest.mark.parametrize(
    ("lead", "value"),
    [  # an agency in brackets with no dash; the wire between place and date; a region abbreviated
        (
            "Guwahati, Mar 9 (Wire) Workers at the estates will get a wage rise from April, "
            "ending a strike that began in January 2023.",
            date(2023, 3, 9),
        ),
        (
            "NEWPORT, Wales--(BUSINESS WIRE)--Mar 28, 2023--The shipyard today reported revenue "
            "up by a tenth for the quarter.",
            date(2023, 3, 28),
        ),
        (
            "Tlacolula, Oax., 22 de febrero de 2022.- El gobierno municipal reabrió este martes el "
            "mercado central después de ocho meses de obras.",
            date(2022, 2, 22),
        ),
    ],
)
def test_datelines_of_more_agencies_and_regions(lead: str, value: date) -> None:
    article = article_from_text(
        f"Headline of the day\n{lead}\nMore of the story follows here.", article_id="a"
    )
    assert article.published == value
    assert article.published_source == PublishedSource.DATELINE


def test_a_labelled_stamp_is_never_the_site_clock() -> None:
    """An obituary's date below cannot turn the "Posted" stamp above the headline into a clock."""
    page = "\n".join(
        [
            "Posted Jan 15, 2022 at 6:00 AM",
            "County fair board picks a new site",
            "The county fair board voted on Friday to move the fair east of town, ending years of "
            "complaints about parking.",
            "Harold Jensen, Jan 12, 2022",
        ]
    )
    assert article_from_text(page, article_id="a").published == date(2022, 1, 15)


def test_dates_under_a_comments_heading_are_the_comments() -> None:
    page = "\n".join(
        [
            "The last cobbler on Station Road",
            "For forty years he has mended shoes in a shop barely wider than his arms, and now the "
            "landlord wants the space back.",
            "Comments (2)",
            "Meena S · 14 Feb 2021",
            "Best cobbler in the district.",
        ]
    )
    assert article_from_text(page, article_id="a").published is None


def test_an_editors_note_naming_the_first_publication_beats_the_update_stamp() -> None:
    page = "\n".join(
        [
            "Updated March 5, 2023",
            "Council delays vote on tower block",
            "The council has delayed its vote on the proposed tower block until April after "
            "objections from residents who packed the hall.",
            "(This story was first published on March 3, 2023.)",
        ]
    )
    assert article_from_text(page, article_id="a").published == date(2023, 3, 3)


@pytest.mark.parametrize(
    ("line", "value"),
    [("14/03/21", date(2021, 3, 14)), ("09/14/22 3:14 PM", date(2022, 9, 14)), ("03/04/21", None)],
)
def test_a_bare_two_digit_year_date_is_read_only_when_its_order_is_plain(
    line: str, value: date | None
) -> None:
    page = f"Borough Bulletin\n{line}\nCar park charges stay for a year\n{LEAD.strip()}"
    assert article_from_text(page, article_id="a").published == value


@pytest.mark.parametrize(
    "field",
    ["When: Sat 14 Oct 2023, 7.30pm", "Born: 3 May 1941", "Deadline: 30 June 2023",
     "Valid until 31 December 2023", "Kick-off: 15:00, Sat 12 March 2022"],
)
def test_a_field_of_another_dates_is_not_the_pages(field: str) -> None:
    page = f"Harbour Arts Centre\n{field}\nAutumn series opens with a brass band\n{LEAD.strip()}"
    assert article_from_text(page, article_id="a").published is None


@pytest.mark.parametrize(
    ("stamps", "value"),
    [
        (["Modifié le 21/11/2022 à 09h40 | Publié le 20/11/2022 à 18h15"], date(2022, 11, 20)),
        (["Обновлено 16 ноября 2022, 10:05", "Опубликовано 15 ноября 2022, 19:40"],
         date(2022, 11, 15)),
        (["Du 3 juin au 15 septembre 2023"], None),
    ],
)
def test_other_languages_prefer_the_first_publication_and_skip_spans(
    stamps: list[str], value: date | None
) -> None:
    body = ("Le marché de Noël ouvrira avec une soixantaine de chalets, a annoncé la ville "
            "dimanche, et restera ouvert jusqu'au début de janvier.")
    page = "\n".join(["Le marché de Noël place du Ralliement", *stamps, body])
    assert article_from_text(page, article_id="a").published == value


@pytest.mark.parametrize(
    "field",
    ["Termin: Samstag, 18. November 2023, 19 Uhr", "Né le 4 mars 1938 à Quimper",
     "Date limite : 30 avril 2024", "Дата рождения: 12 августа 1980 года",
     "기간: 2023년 5월 1일 ~ 5월 31일"],
)
def test_other_languages_fields_of_other_dates_are_not_the_pages(field: str) -> None:
    body = ("Der Domorganist spielt Werke von Bach und Reger, der Eintritt ist frei und Spenden "
            "für die Renovierung der Orgel sind willkommen.")
    page = "\n".join(["Orgelkonzert im Dom", field, body])
    assert article_from_text(page, article_id="a").published is None


def test_other_languages_related_lists_are_other_stories() -> None:
    page = "\n".join([
        "Parkhaus am Bahnhof wird abgerissen",
        "Das marode Parkhaus am Bahnhof soll im Frühjahr abgerissen werden, an seiner Stelle "
        "entstehen Wohnungen und ein Fahrradparkhaus für die Pendler der Stadt.",
        "Mehr zum Thema",
        "Neue Wohnungen am Bahnhof geplant (12.01.2023)",
    ])
    assert article_from_text(page, article_id="a").published is None


def test_an_update_label_in_korean_loses_to_the_input_stamp() -> None:
    page = "\n".join([
        "도서관 야간 개방 확대", "수정 2023.04.12 09:10", "입력 2023.04.11 18:30",
        "시립도서관은 다음 달부터 평일 야간 개방 시간을 밤 10시까지 늘린다고 11일 밝혔다.",
    ])
    assert article_from_text(page, article_id="a").published == date(2023, 4, 11)
