"""How single corrections are laid over tagger output.

Find an expression again, fix a mention, regroup clusters: pure functions, used by
:class:`~timeline_app.core.corrections.ledger.Corrections`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from timeline_app.core.corrections.edits import (
    Edit,
    MergeEvents,
    NotADate,
    SetReference,
    SetValue,
    SplitEvent,
)
from timeline_app.core.events.sentences import SentenceIndex
from timeline_app.core.model import Article, Event, Mention, TimexType
from timeline_app.core.temporal.timexvalue import interval_of_value

__all__ = ["cluster_ids", "correct_mention", "locate", "retag"]

MANUAL = "manual"


def locate(text: str, start: int, end: int, expression: str) -> tuple[int, int] | None:
    """Where ``expression`` is in ``text`` now: at its offsets, else its nearest occurrence."""
    if text[start:end] == expression:
        return (start, end)
    if not expression:
        return None
    best: int | None = None
    i = text.find(expression)
    while i >= 0:
        if best is None or abs(i - start) < abs(best - start):
            best = i
        i = text.find(expression, i + 1)
    return None if best is None else (best, best + len(expression))


def retag(article: Article, start: int, end: int, reference) -> Mention | None:
    """The tagger's reading of ``[start, end)`` resolved against ``reference`` (a date).

    The expression's sentence is tagged again with that reference date and the mention at the
    same offsets taken; failing that, the expression's text alone.
    """
    from timeline_app.core.temporal import tag  # the tagger is heavy: load it when needed

    s, e = SentenceIndex.of(article.text, article.lang).containing(start, end)
    for base, chunk in ((s, article.text[s:e]), (start, article.text[start:end])):
        for m in tag(chunk, reference):
            if (m.start + base, m.end + base) == (start, end):
                return m.shifted(base)
    return None


def correct_mention(
    article: Article, edit: Edit, start: int, end: int, current: Mention | None
) -> Mention | None:
    """The mention at ``[start, end)`` after ``edit``; None drops it."""
    if isinstance(edit, NotADate):
        return None
    if isinstance(edit, SetValue):
        interval, granularity = interval_of_value(edit.value)
        kind = (
            current.type if current and current.type in (TimexType.DATE, TimexType.TIME) else None
        )
        return Mention(
            start, end, article.text[start:end], kind or TimexType.DATE, edit.value.strip(),
            mod=current.mod if current else "", granularity=granularity, interval=interval,
            rule=MANUAL, reference=MANUAL, confidence=1.0,
        )  # fmt: skip
    if isinstance(edit, SetReference):
        fresh = retag(article, start, end, edit.reference)
        if fresh is None:
            return current
        return replace(fresh, reference=MANUAL, confidence=max(fresh.confidence, 0.0))
    return current


class _Groups:
    """Union-find over cluster ids; the smallest id names a group, so results are stable."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def cluster_ids(
    events: list[Event],
    edits: Mapping[tuple[str, int, int], Edit],
    articles: Mapping[str, Article],
) -> dict[str, str]:
    """``event_id -> cluster_id`` after merges and splits; ``edits`` keyed by where each is now."""
    at = {(e.article_id, e.mention.start, e.mention.end): e for e in events}
    base = {e.event_id: e.cluster_id or e.event_id for e in events}
    for where, edit in edits.items():
        event = at.get(where)
        if event is not None and isinstance(edit, SplitEvent):
            base[event.event_id] = f"{event.event_id}~own"
    groups = _Groups()
    for where, edit in sorted(edits.items()):
        source = at.get(where)
        if source is None or not isinstance(edit, MergeEvents):
            continue
        target_article = articles.get(edit.into[0])
        if target_article is None:
            continue
        spot = locate(target_article.text, *edit.into[1:])
        target = at.get((edit.into[0], *spot)) if spot else None
        if target is not None:
            groups.union(base[source.event_id], base[target.event_id])
    return {event_id: groups.find(cluster) for event_id, cluster in base.items()}
