"""From an article's mentions to timeline events: one per placed mention, with its sentence."""

from __future__ import annotations

from collections.abc import Sequence

from timeline_app.core.events.labels import make_label
from timeline_app.core.events.sentences import SentenceIndex
from timeline_app.core.ingest.datelines import dateline_end
from timeline_app.core.model import Article, Event, Mention

__all__ = ["build_events", "event_id_for"]


def event_id_for(article_id: str, mention: Mention) -> str:
    """Stable across re-resolution: the article and the expression's offset, never its value."""
    return f"{article_id}@{mention.start}"


def build_events(
    article: Article, mentions: Sequence[Mention], index: SentenceIndex | None = None
) -> list[Event]:
    """Events for the placeable mentions of ``article`` (durations, sets, vague refs are not)."""
    placed = [m for m in mentions if m.placeable]
    if not placed:
        return []
    text, article_id = article.text, article.id
    containing = (index or SentenceIndex.of(text, article.lang)).containing
    events = []
    cuts: dict[int, int] = {}  # a sentence's dateline, read once for all its mentions
    for mention in placed:
        s, e = containing(mention.start, mention.end)
        raw = text[s:e]
        if s not in cuts:
            cuts[s] = dateline_end(text, s)
        cut = cuts[s]  # "LAGOS, May 3 (Wire) - Troops ...": the label starts at "Troops",
        if cut > mention.start:  # unless the expression is in what was cut
            cut = s
        label = make_label(text[cut:e], (mention.start - cut, mention.end - cut))
        events.append(
            Event(
                event_id=event_id_for(article_id, mention),
                article_id=article_id,
                mention=mention,
                sentence_start=s,
                sentence_end=e,
                sentence=" ".join(raw.split()),  # the same as collapsing \s+ and stripping
                label=label,
            )
        )
    return events
