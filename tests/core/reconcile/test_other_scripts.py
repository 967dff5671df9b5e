"""Words of other scripts count as words (issue 12: a story's Russian pages).

The wording keys read Latin letters only: a Russian report had no words at all, so it was no
report of its day (a fragment), told no class of deed of its own, and joined nothing. Latin
words are read as before. Texts written here.
"""

from __future__ import annotations

from datetime import date

from timeline_app.core.model import Anchor, AnchorSource, Article, PublishedSource
from timeline_app.core.reconcile.clustering import cluster_events
from timeline_app.core.reconcile.signatures import name_keys, plain_stems
from timeline_app.core.story.pipeline import analyze

ANCHOR = Anchor(date(2026, 11, 18), AnchorSource.DETECTED)


def _analysis(aid: str, text: str, lang: str = "en"):
    article = Article(aid, text.split(".")[0][:60], text, ANCHOR.value, PublishedSource.HEADER,
                      lang=lang)
    return analyze(article, ANCHOR)


def _clusters_told(analyses: list, day: date | None = None) -> set[str]:
    """The clusters of the analyses' events (those of ``day`` only, if given)."""
    clusters = cluster_events(analyses)
    return {clusters[e.event_id] for a in analyses for e in a.events
            if day is None or e.interval.begin == day}


def test_cyrillic_words_are_words() -> None:
    said = "Ещё в мае 2025 года инспекторы предупреждали, что насосы Нордбю изношены."
    assert {"инспек", "предуп", "насосы"} <= plain_stems(said)
    assert "nordb" in name_keys(said)  # a name keys in Latin letters (see below)


def test_a_name_in_cyrillic_keys_as_its_latin_spelling() -> None:
    """"Хельсинки" is "Helsinki": a Russian report and a Latin one name the same actors."""
    assert "helsi" in name_keys("Переговоры в Хельсинки") & name_keys("Talks in Helsinki")
    assert name_keys("Саллен у Марнхольта") == {"salle", "marnh"} == name_keys("Sallen at Marnholt")


def test_a_russian_report_of_a_day_joins_the_latin_reports_that_name_its_places() -> None:
    """Its story keys are Cyrillic and theirs Latin, so only its names can say it is one story."""
    reports = [
        _analysis("wire", "The river Tarn burst through the dyke at Velbeck on 3 November and "
                          "flooded the lower town, the fire service said."),
        _analysis("herald", "Water from the Tarn flooded Velbeck's lower town after the dyke "
                            "failed on 3 November."),
        _analysis("vesti", "Река Тарн прорвала дамбу у Вельбека 3 ноября и затопила нижний "
                           "город.", "ru"),
    ]
    assert len(_clusters_told(reports, date(2026, 11, 3))) == 1


def test_latin_words_are_read_as_before() -> None:
    assert plain_stems("the pumps were inspected in May") == {"pump", "inspec"}
    assert name_keys("Prosecutors charged Grevik Pump Services") == {"prose", "grevi", "pump",
                                                                   "servi"}


def test_a_russian_report_of_a_background_month_joins_the_english_ones() -> None:
    english = [
        _analysis("wire", "An inspection in May 2025 had found that two pumps at the station "
                          "were badly worn, engineers said."),
        _analysis("weekly", "Inspectors warned in May 2025 that the station's oldest pumps "
                            "needed replacing soon."),
    ]
    russian = _analysis("novosti", "Ещё в мае 2025 года инспекторы предупреждали, что два из "
                                   "четырёх насосов изношены.", "ru")
    assert len(_clusters_told([*english, russian])) == 1


def test_names_in_two_scripts_do_not_make_two_reports_name_other_actors() -> None:
    """A Russian report names "Марнхольта", an English one "Marnholt": not other actors.

    The articles date the same two days (one story), and each tells one march on Friday.
    """
    english = _analysis("voice", "Flood victims marched through Marnholt to the town hall on "
                                 "Friday to demand new homes. The river broke the levee on "
                                 "10 October.")
    russian = _analysis("vesti", "Около трёх тысяч жителей Марнхольта в пятницу прошли маршем "
                                 "к зданию городского совета. Река прорвала дамбу 10 октября.",
                        "ru")
    assert len(_clusters_told([english, russian], date(2026, 11, 13))) == 1
