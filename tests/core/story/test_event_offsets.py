"""Offsets from a happening another article of the story dates (story/event_offsets.py)."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from datetime import date

from timeline_app.core.model import Anchor, AnchorSource, Article, ArticleAnalysis
from timeline_app.core.storage.export import event_rows
from timeline_app.core.story.document import Document
from timeline_app.core.story.event_offsets import STORY, placed_from_story
from timeline_app.core.story.pipeline import LoadResult, analyze

# An invented storm told by four outlets: two date it (8 March 2025), two count from it.
_STORM = [
    ("wire", "2025-03-10", "en",
     "Since the storm on Saturday, crews have worked day and night to restore power in Brenvik."),
    ("paper", "2025-03-12", "en",
     "The storm on 8 March 2025 cut power to 40,000 homes in Brenvik."),
    ("weekly", "2025-03-20", "en",
     "Two days before the storm, forecasters had warned the town. Ferries resumed the day "
     "after the storm, officials said."),
    ("harbour", "2025-04-08", "en",
     "The harbour of Brenvik reopened on Monday, a month after the storm."),
]
# The same shape in German: a warehouse fire dated by one paper, counted from by two others.
_FIRE = [
    ("blatt", "2025-03-10", "de", "Der Brand am Samstag zerstörte die Lagerhalle in Oberfeld."),
    ("kurier", "2025-03-30", "de", "Zwei Wochen nach dem Brand öffneten die Schulen wieder."),
    ("zeitung", "2025-04-08", "de",
     "Die Fähren fuhren am Montag, einen Monat nach dem Brand, wieder nach Oberfeld."),
]


def _story(pages: list[tuple[str, str, str, str]]) -> list[ArticleAnalysis]:
    return [analyze(Article(aid, aid, text, lang=lang),
                    Anchor(date.fromisoformat(day), AnchorSource.DETECTED))
            for aid, day, lang, text in pages]


def _values(analyses: list[ArticleAnalysis]) -> dict[str, list[list[str]]]:
    return {a.article.id: [[m.text, m.value, m.reference] for m in a.mentions] for a in analyses}


def test_offsets_are_counted_from_the_day_other_articles_give() -> None:
    placed = _values(placed_from_story(_story(_STORM)))
    weekly = dict((text, (value, ref)) for text, value, ref in placed["weekly"])
    assert weekly["Two days"] == ("2025-03-06", STORY + "event:the storm")
    assert weekly["the day after"] == ("2025-03-09", STORY + "event:the storm")
    # beside its clause's own day ("on Monday, a month after"): the count (April) confirms it
    harbour = dict((text, (value, ref)) for text, value, ref in placed["harbour"])
    assert harbour["a month"] == ("2025-04-07", STORY + "event:the storm")
    # what the articles dated themselves stays as it was
    assert placed["paper"] == _values(_story(_STORM[1:2]))["paper"]
    assert placed["wire"] == _values(_story(_STORM[:1]))["wire"]


def test_german_offsets_are_counted_from_the_german_reports() -> None:
    placed = _values(placed_from_story(_story(_FIRE)))
    # two weeks from a day: the week, as event_anchor counts ("2025-03-22" in week 12)
    assert ["Zwei Wochen", "2025-W12", STORY + "event:dem Brand öffneten die Schulen wieder"] \
        in placed["kurier"]
    assert ["einen Monat", "2025-04-07", STORY + "event:dem Brand"] in placed["zeitung"]


def test_a_language_that_names_the_event_first() -> None:
    flood = [("a", "2025-10-12", "ko", "홍수는 10월 10일 마을을 덮쳤다."),
             ("b", "2025-11-12", "ko", "학교는 홍수 한 달 후 다시 문을 열었다.")]
    placed = _values(placed_from_story(_story(flood)))
    assert placed["b"] == [["한 달 후", "2025-11", STORY + "event:홍수"]]  # a month: its month


def test_placed_offsets_become_events() -> None:
    (weekly,) = [a for a in placed_from_story(_story(_STORM)) if a.article.id == "weekly"]
    assert sorted(str(e.interval.begin) for e in weekly.events) == ["2025-03-06", "2025-03-09"]


def test_nothing_to_place_leaves_the_story_as_it_was() -> None:
    alone = _story(_STORM[2:3])  # counts from the storm, which nothing here dates
    assert placed_from_story(alone) is alone
    dated = _story(_STORM[:2])  # dates the storm, counts from nothing
    assert placed_from_story(dated) is dated


def test_an_event_of_another_language_does_not_date_it() -> None:
    mixed = _story([_STORM[2], _FIRE[0]])  # the storm in English, a fire in German
    assert _values(placed_from_story(mixed)) == _values(mixed)


def test_the_same_under_any_file_order() -> None:
    pages = _STORM + _FIRE
    first = _values(placed_from_story(_story(pages)))
    for order in itertools.islice(itertools.permutations(pages), 1, 6):
        assert _values(placed_from_story(_story(list(order)))) == first


_RUN = """
import json, sys
sys.path[:0] = {path!r}
from tests.core.story.test_event_offsets import _STORM, _FIRE, _story, _values
from timeline_app.core.story.event_offsets import placed_from_story
print(json.dumps(_values(placed_from_story(_story(_STORM + _FIRE))), sort_keys=True))
"""


def test_the_same_under_any_hash_seed() -> None:
    code = _RUN.format(path=sys.path[:1] + [os.getcwd()])
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("0", "1", "4242")}
    assert len(outs) == 1
    assert json.loads(outs.pop()) == _values(placed_from_story(_story(_STORM + _FIRE)))


def test_a_window_load_and_the_export_show_where_the_date_came_from() -> None:
    document = Document()
    document.commit(document.snapshot_for_load(replace=True)(LoadResult(_story(_STORM))))
    rows = [r for r in event_rows(document.timeline) if r["article_id"] == "weekly"]
    assert sorted((r["expression"], r["value"], r["reference"]) for r in rows) == [
        ("Two days", "2025-03-06", STORY + "event:the storm"),
        ("the day after", "2025-03-09", STORY + "event:the storm")]
