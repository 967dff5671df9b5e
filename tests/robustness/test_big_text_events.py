"""A big text's events are made in parts on the worker pool (issue 17: a 34 MB text in a minute).

What could break: a sentence or a label that reads past its part's text (a dateline, a line cut
in two), events that depend on the number of parts or workers, mentions copied per event.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

import pytest

from timeline_app.core.events.build import build_events
from timeline_app.core.ingest import read_file
from timeline_app.core.model import Article
from timeline_app.core.story.big_texts import build_events_in_parts
from timeline_app.core.temporal import tag

from .test_big_text_parts import _dense

STORIES = Path(__file__).parents[2] / "bench" / "data" / "stories"


def _stories_text() -> str:
    """Every story page one after another: datelines, quotes, captions, lines of any length."""
    texts = []
    for path in sorted(STORIES.glob("*/*.txt")):
        articles, _ = read_file(path)
        texts += [a.text for a in articles]
    return "\n".join(texts)


@pytest.fixture(scope="module", params=[1, 2], ids=["1 worker", "2 workers"])
def pool(request):
    with ProcessPoolExecutor(request.param) as executor:
        yield executor


@pytest.mark.parametrize("which", ["dense", "stories", "one line"])
def test_events_in_parts_are_the_whole_texts_whatever_the_parts(which, pool) -> None:
    text = {"dense": _dense(400), "stories": _stories_text(),
            "one line": _dense(300, paragraphs=False)}[which]  # fmt: skip
    article = Article("big", "big", text, None)
    mentions = tag(text, date(2024, 3, 12), lang="en")
    whole = build_events(article, mentions)
    assert len(whole) > 200
    for part in (1, 7, 64, 10_000):
        parted = build_events_in_parts(article, mentions, pool, part=part)
        assert parted == whole, part
        # the events hold the analysis's own mentions, not copies come back from a worker
        assert all(e.mention is w.mention for e, w in zip(parted, whole, strict=True))


def test_without_a_pool_the_events_are_made_here() -> None:
    text = _dense(40)
    article = Article("big", "big", text, None)
    mentions = tag(text, None, lang="en")
    assert build_events_in_parts(article, mentions, None, part=3) == build_events(article, mentions)
