"""From an article's mentions to timeline events: one per placed mention, with its sentence."""

from __future__ import annotations

from collections.abc import Sequence

from timeline_app.core.events.labels import make_label
from timeline_app.core.events.sentences import SentenceIndex
from timeline_app.core.ingest.datelines import dateline_end
from timeline_app.core.model import Article, Event, Mention

__all__ = ["build_events", "event_id_for", "sentence_labels"]


def event_id_for(article_id: str, mention: Mention) -> str:
    """Stable across re-resolution: the article and the expression's offset, never its value."""
    return f"{article_id}@{mention.start}"


def build_events(
    article: Article,
    mentions: Sequence[Mention],
    index: SentenceIndex | None = None,
    found: Sequence[tuple[int, int, str]] | None = None,
) -> list[Event]:
    """Events for the placeable mentions of ``article`` (durations, sets, vague refs are not).

    ``found``: :func:`sentence_labels` of the placeable mentions, if read elsewhere (a big
    text's parts, on the worker pool).
    """
    placed = [m for m in mentions if m.placeable]
    if not placed:
        return []
    text, article_id = article.text, article.id
    if found is None:
        found = sentence_labels(text, [(m.start, m.end) for m in placed], article.lang, index)
    last: list = [None, ""]  # one string for a sentence's dates (they come one after another)

    def sentence(s: int, e: int) -> str:
        if last[0] != (s, e):  # the same as collapsing \s+ and stripping
            last[:] = (s, e), " ".join(text[s:e].split())
        return last[1]

    return [
        Event(
            event_id=event_id_for(article_id, mention),
            article_id=article_id,
            mention=mention,
            sentence_start=s,
            sentence_end=e,
            sentence=sentence(s, e),
            label=label,
        )
        for mention, (s, e, label) in zip(placed, found, strict=True)
    ]


def sentence_labels(
    text: str, spans: Sequence[tuple[int, int]], lang: str | None = "en",
    index: SentenceIndex | None = None,
) -> list[tuple[int, int, str]]:
    """``(sentence_start, sentence_end, label)`` of the dates at ``spans`` of ``text``.

    All that an event reads of its text: its sentence (the lines around it, no further) and,
    from the dateline on (:func:`dateline_end`, 240 characters at most), its label.
    """
    containing = (index or SentenceIndex.of(text, lang)).containing
    out = []
    cuts: dict[int, int] = {}  # a sentence's dateline, read once for all its mentions
    for start, end in spans:
        s, e = containing(start, end)
        if s not in cuts:
            cuts[s] = dateline_end(text, s)
        cut = cuts[s]  # "LAGOS, May 3 (Wire) - Troops ...": the label starts at "Troops",
        if cut > start:  # unless the expression is in what was cut
            cut = s
        out.append((s, e, make_label(text[cut:e], (start - cut, end - cut))))
    return out
