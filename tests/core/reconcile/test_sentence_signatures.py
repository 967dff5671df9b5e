"""Signatures read a sentence at a time are event_text's, event for event."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline_app.core.events.build import build_events
from timeline_app.core.ingest import read_file
from timeline_app.core.model import Article, Granularity, Interval, Mention, TimexType
from timeline_app.core.reconcile.sentence_signatures import event_texts
from timeline_app.core.reconcile.signatures import EMPTY_TEXT, event_text
from timeline_app.core.temporal import tag

STORIES = Path(__file__).parents[3] / "bench" / "data" / "stories"
_MAY = Interval(date(2024, 5, 1), date(2024, 6, 1))


def _events_at(body: str, spans: list[tuple[int, int]]) -> list:
    """Events of dates at the given offsets (whatever words they cut)."""
    mentions = [Mention(a, b, body[a:b], TimexType.DATE, "2024-05", "", Granularity.MONTH, _MAY,
                        rule="test", reference="absolute") for a, b in spans]
    return build_events(Article("t", "t", body, None), mentions)


def _same(events: list, text: str) -> None:
    assert event_texts(events, text) == [event_text(e, text) for e in events]


def test_edge_cases_read_as_event_text_reads_them():
    body = ("KESSLA, May 3 (Wire) - The council of Kessla voted in May on the harbour budget; "
            "the mayor said May was too late, and Mayors of three towns objected. "
            "\"We will not wait for the summer of this year,\" she said in May. "
            "OSLO - In May. Prime Minister Holm met the board in May and signed the deal. "
            "The Mayfair works, due in May, were late.")
    spans = []
    for needle in ("May 3", "in May on", "May was", "Mayors", "she said in May", "OSLO - In May",
                   "in May and", "Mayfair", "due in May"):
        at = body.index(needle)
        word = "May" if "May" in needle else needle
        a = body.index(word, at)
        spans.append((a, a + 3))
    spans.append((body.index("Mayfair") + 1, body.index("Mayfair") + 4))  # inside a word
    spans.append((body.index("KESSLA"), body.index("KESSLA") + 6))  # the dateline's own city
    events = _events_at(body, sorted(set(spans)))
    assert len(events) >= 8
    _same(events, body)
    assert any(event_text(e, body) is EMPTY_TEXT for e in events)  # a thin one is in the set


@pytest.mark.parametrize("story", sorted(p.name for p in STORIES.iterdir() if p.is_dir()))
def test_every_event_of_the_stories_reads_alike(story):
    for path in sorted((STORIES / story).iterdir()):
        articles, _ = read_file(path)
        for article in articles:
            mentions = tag(article.text, article.published, lang=article.lang or None)
            events = build_events(article, mentions)
            _same(events, article.text)
