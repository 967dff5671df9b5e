"""Blind round 16 (issue 12): ``hand_1250`` to ``hand_1289``, 40 pages in six languages, gold first.

Layouts studied in real German, French, Spanish, Portuguese, Russian and Italian pages and written
anew: a regional ``Stand:`` under the headline with a ``Foto: .../dpa`` credit and a ``(dpa/mv)``
lead, ``Veröffentlicht: ... | Aktualisiert: vor 3 Stunden``, a local paper's weekday date over its
author and a ``Lüneburg.`` lead, a live blog's ``Stand:`` with ``Gestern, 22:05 Uhr``, a police
release's ``06.05.2019 – 11:23``; French ``Publié le ... à 14h05 Modifié le``, ``Publié le :
06.07.2012 Dernière mise à jour :``, an aggregator's ``15-03-2026 - 12:07 - Outlet``, ``Par AFP, le
04/10/2021 à 14:05``, Belgian weekday stamps, a Swiss ``12 juin 2023 - 14:05`` over ``(ATS)``;
Honduran ``06/12/2025`` over ``05:39 PM``, a yearless ``Sevilla, 18 mar (EFE).-``, Chilean and
Argentine stamps; a Plone portal's ``por ... publicado 16/02/2022 14h45, última modificação``, a
Blogger weekday header, Lusa ``Coimbra, 09 nov 2021 (Lusa) -``; Russian ``31 марта 2022 в 14:10``
under ``[18+]``, ``18 МАР 2021, 14:05`` over a yearless TASS dateline, a Bitrix ``Начало
активности (дата):``; Italian ``Redazione ANSA`` over ``(ANSA) - BARI, 14 SET -``, wires that
name themselves first (``(AGI) - Paliano (Fr), 15 settembre -``, ``(DIRE) Bari, 15 set. -``),
``Pubblicato il: ... - Ultimo aggiornamento:``; and 14 undated pages, 10 with a known day of
writing whose text gives the evidence (a yearless weekday date with a month and year named, a
relative stamp over ``ce lundi 18 mars``, ``nesta segunda-feira (18)``, ``Вчера, 18 марта``,
``Lunedì scorso (14 ottobre)``), and traps (a today widget, an event's, a draw's and a deadline's
field).

First run (before any fix): 26 dated, 23 exact (21 from the gold's line), 0 wrong, 3 missed (the
Plone line, both Italian wires); 14 undated, 12 honest (a draw's ``Fecha del sorteo:`` and a
Russian ``В минувшую субботу, 13 февраля,`` read as a dateline given dates); of the 10 with a known
day 1 estimated, 1 held (no copyright, no dated list: a yearless day's year was not sought from
the text's own months and years).

Fixed by general rules and data: a draw's day is a field (``field_labels.txt``); what heads a
"dateline" and names a weekday is no place (``locale_dates._place``); ``última modificação`` is an
update label (``locale_date_labels.txt``); a place may follow the wire's name in brackets and
bracket its province (``DATELINE_PLACE``); an undated page with no copyright and no dated list
takes its reference year from the latest day, month or year its text names and does not tell as
to come (``page_estimate._background``): a yearless weekday date falls in that year or the next
that fits; without one, the range runs from that mention to a year after it. Two gold sources
mended to the app's naming (a Blogger weekday header is a ``byline``, a date alone on its line a
``header``, as in earlier rounds). Then 24 of 26 exact, 14 of 14 honest, 9 of 10 estimates held.
Left: ``(DIRE) Bari, 15 set. -`` whose text names no year (its wire foot ``08:50 15-09-20`` is not
read), ``(AGI) - Paliano (Fr), 15 settembre -`` whose text names only ``settembre 2020`` (a month
and year is no proof of the dateline's year: an anniversary names one too), and the Spanish
``este 2024`` that the tagger does not read as a year.

Round 16b (``hand_1290`` to ``hand_1304``, 15 pages written before running the app against the
fixes above): ``Aktualisiert am ... · Erstellt am``, a Canadian ``Publié le`` over ``Mis à jour à
17 h 30``, ``Por g1 RS — Porto Alegre`` over ``18/03/2024 14h05 Atualizado há 2 horas``, ``Опубликовано:
... | Обновлено:``, yearless EFE and ANSA datelines over a past full date, ``Roma, 18 mar.
(askanews) -`` with ``lunedì`` and a bare year, and undated pages (past weekday dates beside a
named month or season, ``nesta terça-feira (19)``, ``El próximo sábado, 23 de marzo``, a lotto's
``Ziehung vom``, a ``Дата тиража:``). First run: 7 dated, 6 exact, 0 wrong, 1 missed (the
askanews lead: Italian weekdays were not known); 8 undated, 8 honest; estimates 6 of 6 held.
Fixed: Italian and Portuguese weekday names (``weekdays.txt``); then 7 of 7.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.ingest.articles import article_from_text
from timeline_app.core.model import PublishedSource
from timeline_app.core.reconcile.page_estimate import page_estimate
from timeline_app.core.story.pipeline import analyze

from .test_pages_gate import _eval_module, round_results
from .test_pages_round11 import ES_LEAD, FR_LEAD, RU_LEAD, _published

IT_LEAD = (
    "Il consiglio comunale ha approvato ieri il restauro della piazza del mercato, che sarà "
    "pronta prima dell'estate secondo l'assessore ai lavori pubblici."
)


@pytest.mark.parametrize(
    ("field", "lead"),
    [
        ("Fecha del sorteo: 22/03/2024", ES_LEAD),
        ("Date du tirage : 22/03/2024", FR_LEAD),
        ("Дата тиража: 22.03.2024", RU_LEAD),
        ("Data dell'estrazione: 22/03/2024", IT_LEAD),
    ],
)
def test_a_draws_day_is_a_field(field: str, lead: str) -> None:
    assert _published("Loterías", "", "Sorteo de primavera", "", field, "", lead)[0] is None


@pytest.mark.parametrize(
    "lead",
    [
        "В минувшую субботу, 13 февраля, на стадионе прошли городские соревнования по лыжным "
        "гонкам среди школьников, участвовали более 150 детей. © 2021",
        "El pasado sábado, 13 de febrero, se celebró en el polideportivo el torneo escolar de "
        "baloncesto con más de 150 niños. © 2021",
        "Samedi dernier, 13 février, le club a organisé son tournoi de judo pour les écoles avec "
        "plus de 150 enfants. © 2021",
    ],
)
def test_a_weekday_heading_a_sentence_is_no_dateline(lead: str) -> None:
    assert _published("Club", "", "Tournoi des écoles", "", lead)[0] is None


def test_a_city_dateline_is_still_read() -> None:
    lead = ("Москва, 13 февраля — Агентство. Городские власти утвердили план ремонта набережной, "
            "работы начались 1 февраля 2021 года.")
    assert _published("Новости", "", "Ремонт набережной", "", lead) == (
        date(2021, 2, 13), PublishedSource.DATELINE)


@pytest.mark.parametrize(
    "opening",
    ["(AGI) - Paliano (Fr), 15 settembre - ", "(DIRE) Bari, 15 set. - ",
     "Roma, 15 set. (askanews) - "],
)
def test_an_italian_wire_naming_itself_first(opening: str) -> None:
    lead = opening + ("Il sindaco ha annunciato che i lavori, iniziati il 2 settembre 2020, "
                      "finiranno entro l'inverno.")
    assert _published("Notizie", "", "Lavori in piazza", "", lead) == (
        date(2020, 9, 15), PublishedSource.DATELINE)


def test_a_plone_line_with_its_last_modification() -> None:
    line = "por Adriana Fontes publicado 16/02/2022 14h45, última modificação 17/02/2022 16h10"
    assert _published("Câmara", "", "Luto oficial", line, "", "A Câmara decretou luto oficial "
                      "de três dias em razão das chuvas na cidade.") == (
        date(2022, 2, 16), PublishedSource.BYLINE)


def _estimate(*lines: str):
    article = article_from_text("\n".join(lines) + "\n", article_id="p")
    assert article.published is None
    return page_estimate(analyze(article))


def test_a_yearless_weekday_date_takes_the_year_after_the_texts_month() -> None:
    found = _estimate("Verein", "", "Vereinsmeisterschaft",
                      "Neue Meisterin ist Katrin Holzer, die ihren Titel aus dem Februar 2023 "
                      "verteidigte. Die nächste Versammlung findet am Freitag, 22. März, statt.")
    assert found is not None and (found.begin, found.end) == (date(2024, 1, 1), date(2025, 1, 1))


def test_a_named_month_alone_bounds_the_writing_within_a_year() -> None:
    found = _estimate("Folha", "", "Hospital inaugura ala",
                      "As obras começaram em fevereiro de 2024 e foram concluídas antes do prazo "
                      "pela construtora.")
    assert found is not None and found.begin == date(2024, 2, 1)
    assert found.begin <= found.best < found.end <= date(2025, 3, 1)


def test_a_month_told_as_to_come_is_no_background() -> None:
    assert _estimate("Club", "", "Assembly", "The tournament will take place in September "
                     "2024 at the club's new ground.") is None


def test_round16_pages_give_no_wrong_date() -> None:
    results = round_results(1250, 1289)
    assert len(results) == 40 and sum(gold is None for *_, gold, _ in results) == 14
    for page, value, source, published, gold_source in results:
        assert value in (published, None), page  # (a miss is left, never a wrong date)
        if value is not None:
            assert source == gold_source, page
    assert sum(v is not None and v == gold for _, v, _, gold, _ in results) >= 24


def test_round16_undated_pages_are_estimated() -> None:
    module = _eval_module()
    held = 0
    for gold in module.golds():
        number = gold["id"].split("_")[1]
        if not (gold["id"].startswith("hand_") and 1250 <= int(number) <= 1304
                and gold.get("truth")):
            continue
        article = module.page_article(gold)
        assert article.published is None
        found = page_estimate(analyze(article))
        truth = date.fromisoformat(gold["truth"])
        held += found is not None and found.begin <= truth < found.end
    assert held >= 15  # (of 16: 9 of round 16's 10, 6 of 16b's 6)


def test_an_italian_weekday_settles_a_yearless_wires_year() -> None:
    lead = ("Roma, 18 mar. (askanews) - Il ministero ha presentato lunedì il nuovo piano per "
            "l'energia, dopo il taglio degli incentivi deciso nel 2023.")
    assert _published("Economia", "", "Piano energia", "", lead) == (
        date(2024, 3, 18), PublishedSource.DATELINE)
    wrong_day = lead.replace("lunedì", "giovedì")  # (18 March is a Thursday in no year near)
    assert _published("Economia", "", "Piano energia", "", wrong_day)[0] != date(2024, 3, 18)


def test_round16b_pages_hold() -> None:
    results = round_results(1290, 1304)
    assert len(results) == 15 and sum(gold is None for *_, gold, _ in results) == 8
    for page, value, source, published, gold_source in results:
        assert (value, source if value else gold_source) == (published, gold_source), page
