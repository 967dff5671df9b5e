"""Signatures of many events of one text, each sentence's words read once.

:func:`~.signatures.event_text` reads an event's sentence six times (its words, its names, its
clause, the words before and after the date, the thin test), and a densely dated text has two
or three events a sentence: a second a megabyte. Here a sentence's words are found once, with
what each one is (a content stem, a name key, a plain word), and an event's signatures are
slices of them around its date. The result is :func:`event_text`'s, event for event; an event
whose date or dateline cuts a word, or whose clause holds its date's words twice, is read by
:func:`event_text` itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from timeline_app.core.model import Event
from timeline_app.core.reconcile.signatures import (
    _CALENDAR,
    _CLAUSE_BREAK,
    _FUNCTION,
    _QUOTE,
    _QUOTE_NEXT,
    _WORD,
    EMPTY_TEXT,
    QUOTE_AFTER,
    EventText,
    dateline_end,
    event_text,
    name_key,
    stem,
    thin_count,
)

__all__ = ["event_texts"]


_KINDS: dict[str, tuple[str | None, str | None, int]] = {}
"""What a word is, by its spelling: a content word's stem, a name key, 1 for a plain word."""
_KINDS_MAX = 1 << 18
_START, _END, _GROUP = re.Match.start, re.Match.end, re.Match.group


def _kind(w: str) -> tuple[str | None, str | None, int]:
    kind = _KINDS.get(w)
    if kind is None:
        low = w.lower()
        common = low in _FUNCTION or low in _CALENDAR
        kind = (stem(w) if len(w) > 2 and not common else None,
                name_key(w) if w[0].isupper() and not common and len(w) >= 2 else None,
                int(len(w) > 2 and w.islower() and not common))
        if len(_KINDS) >= _KINDS_MAX:  # a vocabulary, bounded whatever the text
            _KINDS.clear()
        _KINDS[w] = kind
    return kind


class _Sentence:
    """A sentence's words (dateline blanked, as :func:`event_text` blanks it), read once."""

    __slots__ = ("cut", "cuts", "ends", "names", "plain", "quotes", "starts", "stems", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        sentence = text[start:end]
        self.cut = cut = dateline_end(sentence)
        self.text = sentence = " " * cut + sentence[cut:]
        found = list(_WORD.finditer(sentence))
        self.starts = list(map(_START, found))
        self.ends = list(map(_END, found))
        kinds = list(map(_kind, map(_GROUP, found)))
        # a content word's stem, a capitalized word's name key (else None), 1 for a plain word
        self.stems, self.names, self.plain = zip(*kinds, strict=True) if kinds else ((), (), ())
        self.cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]
        said = _QUOTE.findall(sentence)
        if end:  # the words said follow the report of the deed
            follows = _QUOTE_NEXT.match(text, end, end + QUOTE_AFTER)
            said += [follows.group(1)] if follows else []
        quotes = (re.sub(r"\W+", " ", q).lower().strip() for q in said)
        self.quotes = tuple(q for q in quotes if q.count(" ") >= 2)

    def cuts_word(self, at: int) -> bool:
        """Whether a word runs across offset ``at``."""
        k = bisect_right(self.ends, at)
        return k < len(self.starts) and self.starts[k] < at

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The words wholly inside ``[start, end)``, as a range of word indices."""
        return bisect_left(self.starts, start), bisect_right(self.ends, end)

    def content(self, lo: int, hi: int) -> list[str]:
        return [s for s in self.stems[lo:hi] if s is not None]

    def name_keys(self, lo: int, hi: int) -> set[str]:
        return {k for k in self.names[lo:hi] if k is not None}


def _one(s: _Sentence, e: Event, a: int, b: int) -> EventText | None:
    """:func:`event_text` of ``e``, its date at ``[a, b)`` of the sentence; None: read it whole."""
    text = e.mention.text
    if a < s.cut or s.text[a:b] != text or s.cuts_word(a) or s.cuts_word(b):
        return None
    before_hi = bisect_right(s.ends, a)  # the words before the date: [0, before_hi)
    after_lo = bisect_left(s.starts, b)  # and after it: [after_lo, n)
    n = len(s.starts)
    if thin_count(sum(s.plain[:before_hi]) + sum(s.plain[after_lo:]),
                  s.text[:a] + " " + s.text[b:]):  # a fragment
        return EMPTY_TEXT
    cuts = s.cuts
    i = min(bisect_right(cuts, a), len(cuts) - 1) - 1  # the last clause starting by ``a``
    start, end = cuts[i], max(cuts[i + 1], b)
    lo, hi = s.span(start, end)
    words = s.stems[lo:hi]
    if len(words) - words.count(None) < 3:
        if i + 2 < len(cuts):
            end = cuts[i + 2]
        elif i > 0:
            start = cuts[i - 1]
        lo, hi = s.span(start, end)
    clause = s.text[start:end]
    found = clause.count(text)
    if found == 1 and clause.find(text) == a - start:  # the date's words out of the clause
        clause_words = [*range(lo, min(hi, before_hi)), *range(max(lo, after_lo), hi)]
    elif found == 0:
        clause_words = list(range(lo, hi))
    else:
        return None
    before, after = s.content(0, before_hi), s.content(after_lo, n)
    content = before + after
    return EventText(
        names=frozenset(s.name_keys(0, before_hi) | s.name_keys(after_lo, n)),
        focus_names=frozenset(s.names[k] for k in clause_words if s.names[k] is not None),
        stems=frozenset(content),
        clause=frozenset(s.stems[k] for k in clause_words if s.stems[k] is not None),
        local=frozenset(before[-5:] + after[:2]),
        flat=" ".join(content),
        quotes=s.quotes,
    )


def event_texts(events: Sequence[Event], text: str) -> list[EventText]:
    """``[event_text(e, text) for e in events]``, each sentence of ``text`` read once."""
    out: list[EventText | None] = [None] * len(events)
    order = sorted(range(len(events)),
                   key=lambda k: (events[k].sentence_start, events[k].sentence_end))
    sentence, span = None, None
    for k in order:
        e = events[k]
        m = e.mention
        if not e.sentence_start <= m.start < m.end <= e.sentence_end:
            out[k] = event_text(e, text)
            continue
        if span != (e.sentence_start, e.sentence_end):
            span = (e.sentence_start, e.sentence_end)
            sentence = _Sentence(text, *span)
        got = _one(sentence, e, m.start - e.sentence_start, m.end - e.sentence_start)
        out[k] = got if got is not None else event_text(e, text)
    return out  # type: ignore[return-value]
