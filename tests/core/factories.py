"""Small builders of core objects for tests that must not depend on the tagger or ingest."""

from __future__ import annotations

from datetime import date

from timeline_app.core.events.build import build_events
from timeline_app.core.model import (
    Anchor,
    AnchorSource,
    Article,
    ArticleAnalysis,
    Granularity,
    Interval,
    Mention,
    PublishedSource,
    TimexType,
)


def mention(text: str, body: str, value: str, gran: Granularity | None, begin=None, end=None,
            *, type_: TimexType = TimexType.DATE, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(text, start + 1)
    interval = Interval(begin, end) if begin is not None else None
    return Mention(start, start + len(text), text, type_, value, "", gran, interval,
                   rule="test", reference="absolute")


def analysis(article_id: str, body: str, mentions: list[Mention], published: date | None = None,
             title: str | None = None) -> ArticleAnalysis:
    article = Article(article_id, title or f"Title of {article_id}", body, published,
                      PublishedSource.HEADER if published else PublishedSource.NONE)
    anchor = Anchor(published, AnchorSource.DETECTED) if published else Anchor.none()
    return ArticleAnalysis(article, anchor, mentions, build_events(article, mentions))
