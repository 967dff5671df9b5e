"""The multi-outlet development stories of ``bench/data/stories`` and their gold happenings.

Each story is a folder of pages written here as different outlets would write them; ``gold.json``
says, per page, its publication date and which dated mentions report which happening. A gold
mention is ``[expression, happening]`` or ``[expression, occurrence, happening]`` (the n-th time
the expression appears in the page's text, from 1): the event whose mention overlaps it is that
happening's report. Clustering is scored by pairwise precision and recall over those events.

A page may also say ``written``, the day it was written, where that is not the date it shows: an
undated page (``published`` null) or a misdated copy. Stories of ``LARGE_PAGES`` pages or more are
told at the held-out's scale (about thirty outlets and their traps) and are gated on their own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path

from timeline_app.core.ingest.loader import read_file
from timeline_app.core.model import Anchor, AnchorSource, ArticleAnalysis
from timeline_app.core.story.pipeline import analyze

STORIES = Path(__file__).resolve().parents[3] / "bench" / "data" / "stories"
LARGE_PAGES = 20


@dataclass(frozen=True)
class GoldStory:
    name: str
    analyses: list[ArticleAnalysis]
    gold: dict[str, str]
    """``{event_id: happening}`` for the events the gold names."""
    missing: list[str]
    """Gold mentions no event covers (the tagger did not date them)."""


def _start(text: str, expression: str, occurrence: int) -> int:
    at = -1
    for _ in range(occurrence):
        at = text.find(expression, at + 1)
        if at < 0:
            raise ValueError(f"{expression!r} does not occur {occurrence} times")
    return at


def load_story(name: str, *, gold_anchors: bool = True, order: list[str] | None = None
               ) -> GoldStory:
    """The analyses of one story (with the gold anchors unless told) and its gold events."""
    spec = json.loads((STORIES / "gold.json").read_text(encoding="utf-8"))[name]
    files = order or sorted(spec["articles"])
    analyses, gold, missing = [], {}, []
    for file in files:
        page = spec["articles"][file]
        [article], _ = read_file(STORIES / name / file)
        anchor = Anchor(date.fromisoformat(page.get("written") or page["published"]),
                        AnchorSource.DETECTED)
        analysis = analyze(article, anchor if gold_anchors else None)
        analyses.append(analysis)
        text = article.text
        for item in page["mentions"]:
            expression, happening = item[0], item[-1]
            occurrence = item[1] if len(item) == 3 else 1
            a = _start(text, expression, occurrence)
            b = a + len(expression)
            hits = [e for e in analysis.events if e.mention.start < b and a < e.mention.end]
            if hits:
                gold[hits[0].event_id] = f"{name}/{happening}"
            else:
                missing.append(f"{name}/{file}: {expression!r}")
    return GoldStory(name, analyses, gold, missing)


def story_names(*, large: bool = False) -> list[str]:
    """The small stories (three to eight pages), or with ``large`` those at the held-out's scale."""
    specs = json.loads((STORIES / "gold.json").read_text(encoding="utf-8"))
    return sorted(n for n, s in specs.items() if (len(s["articles"]) >= LARGE_PAGES) == large)


def pair_counts(gold: dict[str, str], clusters: dict[str, str]) -> tuple[int, int, int]:
    """``(true positives, predicted pairs, gold pairs)`` over the events the gold names."""
    tp = predicted = actual = 0
    for x, y in combinations(sorted(gold), 2):
        same_gold = gold[x] == gold[y]
        same_cluster = clusters[x] == clusters[y]
        tp += same_gold and same_cluster
        predicted += same_cluster
        actual += same_gold
    return tp, predicted, actual
