"""Review: every event is unreviewed, reviewed or edited; the queue puts the least certain first."""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.core.corrections.ledger import Corrections
from timeline_app.core.model import AnchorSource, Event, Timeline

__all__ = ["ReviewItem", "review_items", "review_queue"]

STATUSES = ("unreviewed", "reviewed", "edited")


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One event with what a reviewer needs: status, the tagger's confidence, rule and reference."""

    event: Event
    status: str
    confidence: float
    rule: str
    reference: str

    @property
    def event_id(self) -> str:
        return self.event.event_id


def review_items(timeline: Timeline, corrections: Corrections) -> list[ReviewItem]:
    """Every placed event of ``timeline`` with its review status, in timeline order."""
    analyses = timeline.analyses
    by_hand = {k for k, a in analyses.items() if a.anchor.source == AnchorSource.MANUAL}
    articles = {k: a.article for k, a in analyses.items()}
    statuses = corrections.statuses_of(timeline.events, articles, by_hand)  # one pass
    items = []
    for event, status in zip(timeline.events, statuses, strict=True):
        m = event.mention
        items.append(ReviewItem(event, status, m.confidence, m.rule, m.reference))
    return items


def review_queue(
    timeline: Timeline, corrections: Corrections, include_done: bool = False
) -> list[ReviewItem]:
    """Events still to review, least certain first (then by date); ``include_done`` adds the rest.

    Ties in confidence go to events resolved against something (an anchor, the narrative) before
    absolute dates, which are rarely wrong.
    """
    items = review_items(timeline, corrections)
    if not include_done:
        items = [i for i in items if i.status == "unreviewed"]

    def key(item: ReviewItem) -> tuple:
        absolute = item.reference == "absolute"
        return (item.status != "unreviewed", item.confidence, absolute, item.event.interval.begin)

    return sorted(items, key=key)
