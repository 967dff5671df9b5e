"""A big text recognised in parts on the worker pool: the same parse, in less wall time.

Recognition depends on the text alone, and on little of it around each match: a rule's reach, a
guard's look at the words beside a match, the few characters before a full stop. So a big text is
cut at paragraph breaks into parts of :data:`PART_CHARS`, each part is recognised with
:data:`MARGIN_CHARS` of its neighbours on either side, and the matches and sentence starts that
begin inside the part are kept. The parts are cut by the text alone, so the parse is the same
whatever the number of workers, and the same as the whole text's (``tests/robustness/
test_big_text_parts.py`` checks both). Resolution stays one pass in text order: it carries the
narrative from each date to the next.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from timeline_app.core.events.build import build_events, sentence_labels
from timeline_app.core.model import Article, Event, Mention
from timeline_app.core.temporal.lexicon import grammar_language
from timeline_app.core.temporal.recognition import (
    Match,
    Parse,
    cache_parse,
    cached_parse,
    content_hash,
    recognise,
)

__all__ = ["BIG_CHARS", "MARGIN_CHARS", "PART_CHARS", "Part", "build_events_in_parts", "cut",
           "recognise_in_parts", "speaking", "voice"]

PART_CHARS = 1_000_000
"""Characters per part: about a CPU-second of recognition, few enough to send cheaply."""
MARGIN_CHARS = 4_000
"""Context read on either side of a part: far more than any rule or guard looks."""
BIG_CHARS = 2 * PART_CHARS
"""Texts at least this long are recognised in parts (two parts at least)."""

PartDone = Callable[[int, int], None]
"""``done(parts_done, parts)``: said as each part's matches come in."""


@dataclass(frozen=True, slots=True)
class Part:
    """``[start, end)`` of the text is this part's own; ``[lo, hi)`` is what is read for it."""

    start: int
    end: int
    lo: int
    hi: int


def _break_after(text: str, at: int, reach: int) -> int:
    """The start of the paragraph (else the line) that begins in ``[at, at + reach)``."""
    for mark in ("\n\n", "\n"):
        found = text.find(mark, at, at + reach)
        if found >= 0:
            return found + len(mark)
    return at  # a wall of text: the margin still gives the matches near the cut their context


def cut(text: str, part_chars: int | None = None) -> list[Part]:
    """The parts of ``text``, in order, covering it exactly; one part for a short text."""
    part_chars = part_chars or PART_CHARS
    size = len(text)
    starts = [0]
    while starts[-1] + part_chars < size - part_chars // 2:
        starts.append(min(size, _break_after(text, starts[-1] + part_chars, part_chars // 2)))
    ends = [*starts[1:], size]
    return [Part(s, e, max(0, s - MARGIN_CHARS), min(size, e + MARGIN_CHARS))
            for s, e in zip(starts, ends, strict=True) if e > s]


Found = tuple[tuple[Match, ...], tuple[int, ...]]


def recognise_part(piece: str, lang: str, part: Part) -> Found:
    """The matches and sentence starts of ``part`` (``piece`` is ``text[part.lo:part.hi]``)."""
    parse = recognise(piece, lang)
    shift = part.lo
    matches = tuple(Match(m.start + shift, m.end + shift, m.rule, m.groups)
                    for m in parse.matches if part.start <= m.start + shift < part.end)
    last = part.end == part.hi  # (a text ending in a blank line starts a sentence at its end)
    starts = tuple(s + shift for s in parse.sentence_starts
                   if part.start <= s + shift < part.end or (last and s + shift == part.end))
    return matches, starts


def splittable(text: str, part_chars: int | None = None) -> bool:
    """Whether ``text`` is recognised in parts: big, and lower-cased at the same offsets.

    (Recognition reads the lower-cased text when it keeps every offset, else the text itself:
    a part without the rare letter that changes length would be read the other way.)
    """
    return len(text) >= 2 * (part_chars or PART_CHARS) and len(text.lower()) == len(text)


def recognise_in_parts(text: str, lang: str | None, pool: Executor | None = None,
                       done: PartDone | None = None, *, part_chars: int | None = None) -> Parse:
    """The parse of ``text``, its parts recognised on ``pool`` (None: here, one after another).

    The parse is the recognition cache's afterwards, so re-reading the text against another
    anchor (an estimate, a correction) does not recognise it again.
    """
    lang = grammar_language(lang)
    digest = content_hash(text)
    known = cached_parse(lang, digest)
    if known is not None or not splittable(text, part_chars):
        return known or recognise(text, lang)
    parts = cut(text, part_chars)
    found: list[Found | None] = [None] * len(parts)
    if pool is None:
        for i, part in enumerate(parts):
            found[i] = recognise_part(text[part.lo:part.hi], lang, part)
            if done is not None:
                done(i + 1, len(parts))
    else:
        futures = [pool.submit(recognise_part, text[p.lo:p.hi], lang, p) for p in parts]
        try:
            for i, future in enumerate(futures):  # in order: the parse is built as they come
                found[i] = future.result()
                if done is not None:
                    done(i + 1, len(parts))
        except BaseException:
            for future in futures:
                future.cancel()
            raise
    matches = tuple(m for item in found if item is not None for m in item[0])
    starts = tuple(s for item in found if item is not None for s in item[1])
    parse = Parse(digest, lang, len(text), matches, starts)
    cache_parse(parse)
    return parse


EVENT_PART = 20_000
"""Dates per part when a big text's events are made on the pool (a second or so of labels)."""
DATELINE_REACH = 512
"""Text read past a part's last date: a dateline's reach (240) and the spaces after it."""


def _part_labels(piece: str, lang: str | None, spans: list[tuple[int, int]]
                 ) -> list[tuple[int, int, str]]:
    return sentence_labels(piece, spans, lang)


def build_events_in_parts(article: Article, mentions: Sequence[Mention],
                          pool: Executor | None, *, part: int = EVENT_PART) -> list[Event]:
    """``build_events(article, mentions)``, the sentences and labels found on ``pool``.

    A date's sentence and label read only its own lines (and a dateline's reach after the
    sentence start): each part of :data:`EVENT_PART` dates is sent the whole lines around its
    dates, so the events are the same whatever the parts and the workers. The events hold this
    process's mentions; only offsets and labels come back.
    """
    placed = [m for m in mentions if m.placeable]
    if pool is None or len(placed) <= part:
        return build_events(article, mentions)
    text = article.text
    futures = []
    for k in range(0, len(placed), part):
        chunk = placed[k:k + part]
        lo = text.rfind("\n", 0, min(m.start for m in chunk)) + 1
        hi = text.find("\n", min(len(text), max(m.end for m in chunk) + DATELINE_REACH))
        hi = len(text) if hi < 0 else hi
        spans = [(m.start - lo, m.end - lo) for m in chunk]
        futures.append((lo, pool.submit(_part_labels, text[lo:hi], article.lang, spans)))
    found: list[tuple[int, int, str]] = []
    try:
        for lo, future in futures:
            found.extend((s + lo, e + lo, label) for s, e, label in future.result())
    except BaseException:
        for _, future in futures:
            future.cancel()
        raise
    return build_events(article, mentions, found=found)


_voice: ContextVar[Callable[[str], None] | None] = ContextVar("big_text_voice", default=None)


@contextmanager
def speaking(say: Callable[[str], None] | None) -> Iterator[None]:
    """The steps run under it (clusters, summaries) tell ``say`` how far a big text has come.

    A context rather than an argument: the story's assembly is reached through the document,
    which has no progress of its own to pass down.
    """
    token = _voice.set(say)
    try:
        yield
    finally:
        _voice.reset(token)


def voice() -> Callable[[str], None] | None:
    """The ``say`` of the innermost :func:`speaking`, or None (silent)."""
    return _voice.get()
