"""Signatures kept between clusterings of one story, keyed by what each is read from.

Reading an event's signatures (names, stems, clause, quotes) costs more than scoring its
candidate pairs: after a correction only the articles it touched are read again. Each run keeps
only what it used, so the memo holds one story's signatures, never more.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from timeline_app.core.model import ArticleAnalysis, Event
from timeline_app.core.reconcile.sentence_signatures import event_texts
from timeline_app.core.reconcile.signatures import EventText, event_text, story_keys

__all__ = ["SignatureMemo"]


class SignatureMemo:
    """Event, lead and story signatures of the last run, reused where their inputs are equal."""

    def __init__(self) -> None:
        self._events: dict[tuple, EventText] = {}
        self._leads: dict[tuple, tuple[str, EventText] | None] = {}
        self._stories: dict[tuple, frozenset[str]] = {}

    def event_texts(self, events: Iterable[Event], texts: Mapping[str, str]
                    ) -> dict[str, EventText]:
        global last
        last = self  # the anchor checks that follow read the same events (see known)
        old, new = self._events, {}
        keyed = [(e, _key(e, texts.get(e.article_id))) for e in events]
        unread: dict[str, list[tuple[Event, tuple]]] = {}
        for e, key in keyed:
            sig = old.get(key)
            if sig is None:
                unread.setdefault(e.article_id, []).append((e, key))
            else:
                new[key] = sig
        for article_id, todo in unread.items():  # each sentence of an article read once
            text = texts.get(article_id)
            read = (event_texts([e for e, _ in todo], text) if text is not None
                    else [event_text(e) for e, _ in todo])
            new.update(zip((key for _, key in todo), read, strict=True))
        self._events = new
        return {e.event_id: new[key] for e, key in keyed}

    def known(self, e: Event, text: str | None) -> EventText | None:
        """The signatures of ``e`` in ``text`` if the last run read them, else None."""
        return self._events.get(_key(e, text))

    def lead_texts(self, analyses: Iterable[ArticleAnalysis]) -> dict[str, EventText]:
        from timeline_app.core.reconcile.clustering import lead_text

        old, new, out = self._leads, {}, {}
        for a in analyses:
            key = (a.article.id, hash(a.article.title), hash(a.article.text), a.anchor.value,
                   tuple((e.event_id, e.interval, e.sentence_start) for e in a.events))
            lead = old[key] if key in old else lead_text(a)
            new[key] = lead
            if lead is not None:
                out[lead[0]] = lead[1]
        self._leads = new
        return out

    def stories(self, analyses: Iterable[ArticleAnalysis]) -> dict[str, frozenset[str]]:
        old, new, out = self._stories, {}, {}
        for a in analyses:
            key = (a.article.id, hash(a.article.title), hash(a.article.text))
            keys = old.get(key)
            if keys is None:
                keys = story_keys(a.article.title, a.article.text)
            new[key] = out[a.article.id] = keys
        self._stories = new
        return out


def _key(e: Event, text: str | None) -> tuple:
    """Everything :func:`event_text` reads of an event and its article's text."""
    m = e.mention
    return (e.event_id, hash(text), e.sentence_start, e.sentence_end, m.start, m.end, m.text,
            e.sentence)


last: SignatureMemo | None = None
"""The memo of the last clustering: the anchor checks of the same story reuse its signatures
rather than reading every event again."""
