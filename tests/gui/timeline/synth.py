"""Large synthetic timelines for layout tests and the benchmark: many events, few articles."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.gui.timeline.story import interval_of
from timeline_app.core.model import (
    Anchor,
    AnchorSource,
    Article,
    ArticleAnalysis,
    Event,
    Granularity,
    Mention,
    Timeline,
    TimexType,
    sort_key,
)

_GRAN = [Granularity.DAY] * 6 + [Granularity.WEEK, Granularity.MONTH, Granularity.YEAR]


def big_timeline(n: int, articles: int = 50, seed: int = 7) -> Timeline:
    """``n`` events over ``articles`` articles, mostly 2000-2025 with a tail back to 1948."""
    rng = random.Random(seed)
    base = date(1948, 1, 1).toordinal()
    out = []
    per = [[] for _ in range(articles)]
    for k in range(n):
        if rng.random() < 0.8:
            day = date(2000, 1, 1).toordinal() + int(rng.betavariate(5, 1) * 9000)
        else:
            day = base + rng.randrange(0, 28000)
        g = rng.choice(_GRAN)
        begin = date.fromordinal(day)
        if g is Granularity.MONTH:
            begin = begin.replace(day=1)
        elif g is Granularity.YEAR:
            begin = date(begin.year, 1, 1)
        elif g is Granularity.WEEK:
            begin -= timedelta(days=begin.weekday())
        per[k % articles].append((k, begin, g))
    for a, rows in enumerate(per):
        aid = f"art{a:04d}"
        events = []
        for k, begin, g in rows:
            m = Mention(
                k, k + 4, "then", TimexType.DATE, begin.isoformat(), "", g, interval_of(begin, g)
            )
            events.append(
                Event(f"{aid}@{k}", aid, m, 0, 10, "then", f"Event number {k}", f"{aid}@{k}")
            )
        art = Article(aid, f"Synthetic article {a}", "", date(2025, 1, 1))
        out.append(ArticleAnalysis(art, Anchor(art.published, AnchorSource.DETECTED), [], events))
    events = sorted((e for a in out for e in a.events), key=sort_key)
    # built directly: assemble() also clusters, which is not what these tests measure
    return Timeline(analyses={a.article.id: a for a in out}, events=events)
