"""The story pass (story/event_offsets.py) in German, French, Spanish, Portuguese and Russian.

An invented warehouse fire dated by one page ("on Saturday", 8 March 2025) and counted from by
the others in their own words; the direction words are each language's ``offsets.txt``.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.model import Anchor, AnchorSource, Article
from timeline_app.core.story.event_offsets import STORY, placed_from_story
from timeline_app.core.story.pipeline import analyze

_PAGES = {
    "de": ["Der Brand am Samstag zerstörte die Lagerhalle in Oberfeld.",
           "Am Tag nach dem Brand blieben die Schulen geschlossen.",
           "Zwei Tage vor dem Brand hatte die Feuerwehr gewarnt."],
    "fr": ["L'incendie de samedi a détruit l'entrepôt d'Oberfeld.",
           "Le lendemain de l'incendie, les écoles sont restées fermées.",
           "Deux jours avant l'incendie, les pompiers avaient alerté la mairie."],
    "es": ["El incendio del sábado destruyó el almacén de Oberfeld.",
           "Al día siguiente del incendio, el alcalde visitó la zona.",
           "Dos días antes del incendio, los bomberos alertaron al alcalde."],
    "pt": ["O incêndio de sábado destruiu o armazém de Oberfeld.",
           "No dia seguinte ao incêndio, o prefeito visitou a área.",
           "Dois dias antes do incêndio, os bombeiros alertaram o prefeito."],
    "ru": ["Пожар в субботу уничтожил склад в Оберфельде.",
           "На следующий день после пожара мэр посетил район.",
           "За два дня до пожара пожарные предупредили мэра."],
}
_DAYS = ("2025-03-10", "2025-03-30", "2025-04-08")


def _placed(lang: str) -> dict[str, list[tuple[str, str]]]:
    analyses = [analyze(Article(f"p{i}", f"p{i}", text, lang=lang),
                        Anchor(date.fromisoformat(day), AnchorSource.DETECTED))
                for i, (day, text) in enumerate(zip(_DAYS, _PAGES[lang], strict=True))]
    return {a.article.id: [(m.value, m.reference) for m in a.mentions]
            for a in placed_from_story(analyses)}


@pytest.mark.parametrize("lang", sorted(_PAGES))
def test_the_day_after_and_two_days_before_the_fire_count_from_the_day_it_is_dated(lang):
    placed = _placed(lang)
    assert [v for v, _ in placed["p0"]] == ["2025-03-08"]
    (after, ref_after), = placed["p1"]
    assert after == "2025-03-09" and ref_after.startswith(STORY), placed["p1"]
    (before, ref_before), = placed["p2"]
    assert before == "2025-03-06" and ref_before.startswith(STORY), placed["p2"]


def test_a_happening_told_by_its_verb_dates_its_noun():
    # "voted ... on Thursday" dates "the vote" (reference.txt: voted -> vote): the day before
    # it, beside its clause's own "On Wednesday", is that Wednesday
    pages = [("wire", "2026-11-05", "The town council voted 19 to 12 on Thursday to rebuild the levee."),
             ("paper", "2026-11-06", "On Wednesday, a day before the vote, residents handed the "
              "mayor a petition.")]
    analyses = [analyze(Article(aid, aid, text, lang="en"),
                        Anchor(date.fromisoformat(day), AnchorSource.DETECTED))
                for aid, day, text in pages]
    placed = {a.article.id: [(m.text, m.value, m.reference) for m in a.mentions]
              for a in placed_from_story(analyses)}
    assert placed["paper"] == [("Wednesday", "2026-11-04", "anchor"),
                               ("a day", "2026-11-04", STORY + "event:the vote")]


def test_an_offset_counts_from_the_day_pages_in_another_language_give():
    # "la crue" and "the flood" share their key (reference.txt's fourth column)
    pages = [("wire", "2025-03-10", "en", "The flood on Saturday drove 300 people from their homes."),
             ("journal", "2025-04-09", "fr",
              "Les élèves sont retournés à l'école mardi, un mois après la crue.")]
    analyses = [analyze(Article(aid, aid, text, lang=lang),
                        Anchor(date.fromisoformat(day), AnchorSource.DETECTED))
                for aid, day, lang, text in pages]
    placed = {a.article.id: [(m.text, m.value, m.reference) for m in a.mentions]
              for a in placed_from_story(analyses)}
    assert placed["journal"] == [("mardi", "2025-04-08", "anchor"),
                                 ("un mois", "2025-04-08", STORY + "event:la crue")]


def test_collapses_rescues_and_shutdowns_are_events_in_every_language():
    # a roof fall dated by its verb on Saturday 8 March 2025, the rescue on Monday 17 March, the
    # shutdown on Tuesday 11 March; the other pages count from them in their own words
    pages = [("wire", "2025-03-10", "en", "The tunnel roof collapsed on Saturday, trapping five "
              "workers."),
             ("fr", "2025-03-15", "fr", "Six jours après l'effondrement, la police a "
              "perquisitionné le siège."),
             ("es", "2025-03-20", "es", "Once días después del derrumbe, los obreros salieron."),
             ("de", "2025-03-12", "de", "Zwei Tage nach dem Einsturz trat der Minister zurück."),
             ("rescue", "2025-03-18", "en", "The five workers were rescued on Monday."),
             ("health", "2025-03-25", "en", "Three days after the rescue, the men went home."),
             ("kurier", "2025-03-25", "de", "Vier Tage nach der Rettung sprach der Arzt."),
             ("order", "2025-03-12", "en", "The inspectorate ordered a shutdown of the pits on "
              "Tuesday."),
             ("reopen", "2025-04-02", "en", "Three weeks after the shutdown, the pits reopened.")]
    analyses = [analyze(Article(aid, aid, text, lang=lang),
                        Anchor(date.fromisoformat(day), AnchorSource.DETECTED))
                for aid, day, lang, text in pages]
    placed = {a.article.id: [(m.value, m.reference[:len(STORY)]) for m in a.mentions]
              for a in placed_from_story(analyses)}
    assert placed["fr"] == [("2025-03-14", STORY)]
    assert placed["es"] == [("2025-03-19", STORY)]
    assert placed["de"] == [("2025-03-10", STORY)]
    assert placed["health"] == [("2025-03-20", STORY)]
    assert placed["kurier"] == [("2025-03-21", STORY)]
    assert placed["reopen"] == [("2025-W14", STORY)]
