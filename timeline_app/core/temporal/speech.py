"""Quoted speech told at its own time: the words of a letter dated 2 March 2016 say "Sunday".

A quotation resolves against the publication date, as news quotes what was said lately, unless
the sentence that frames it dates the speech otherwise ("In a letter dated March 2, 2016, she
wrote: ...", "... the minister said on 4 May 2019"). Then the day of the speech is the anchor
of what the quotation says; a speech dated only to a month or a year places nothing that
counts from a day ("a message sent in 2016" says "see you Sunday": which Sunday is unknown).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import date

from timeline_app.core.model import Granularity, Mention

__all__ = ["QUOTED", "QuoteFrame", "anchor_within", "quote_frames", "quote_spans"]

# Curly quotation marks, or straight double quotes paired in order.
_CURLY = re.compile(r"\u201c([^\u201c\u201d]{1,2000})\u201d")
_STRAIGHT = re.compile(r"\"([^\"]{1,2000})\"")
# A quotation longer than this many sentences is taken for marks paired by mistake.
MAX_SENTENCES = 4
# A speech this close to the publication date is what the article reports now.
SAME_TIME_DAYS = 7
# Dates that can frame a quotation: written out, or counted from the anchor ("a message sent
# three years ago"), or from the story.
_FRAMING = frozenset({"absolute", "anchor", "narrative"})

QUOTED = "quoted"
"""The reference of an expression resolved against the day of the speech that quotes it."""

QuoteFrame = tuple[int, int, date | None]
"""(start, end) of a quotation's words and the anchor they are told against (None: unknown)."""


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the words inside quotation marks, in text order."""
    spans = [m.span(1) for m in _CURLY.finditer(text)] if "\u201c" in text else []
    if '"' in text:
        spans += [m.span(1) for m in _STRAIGHT.finditer(text)]
    return sorted(spans)


def _frame_date(text: str, starts: Sequence[int], mentions: Sequence[Mention],
                begins: Sequence[int], qs: int, qe: int) -> Mention | None:
    """The date written outside the quotation in the sentence(s) framing it, nearest first.

    ``begins`` are the mentions' start offsets (sorted), for a look-up by bisection.
    """
    lo = starts[bisect.bisect_right(starts, qs) - 1]
    i = bisect.bisect_right(starts, qe)
    hi = starts[i] if i < len(starts) else len(text)
    before = mentions[bisect.bisect_left(begins, lo):bisect.bisect_left(begins, qs)]
    after = mentions[bisect.bisect_left(begins, qe):bisect.bisect_left(begins, hi)]
    told = [m for m in (*reversed(before), *after)
            if m.reference in _FRAMING and m.interval is not None
            and m.type.value in ("DATE", "TIME") and (m.end < qs or m.start > qe)
            and m.end <= hi]
    return told[0] if told else None


def quote_frames(text: str, starts: Sequence[int], mentions: Sequence[Mention],
                 anchor: date | None) -> list[QuoteFrame]:
    """The quotations of ``text`` whose framing sentence dates them away from ``anchor``."""
    if anchor is None or not mentions:
        return []
    begins = [m.start for m in mentions]
    out: list[QuoteFrame] = []
    for qs, qe in quote_spans(text):
        inside = bisect.bisect_left(begins, qs)
        if inside == len(begins) or mentions[inside].end > qe:
            continue  # nothing to resolve in it
        if bisect.bisect_left(starts, qe) - bisect.bisect_right(starts, qs) > MAX_SENTENCES:
            continue  # quotes paired across paragraphs (a stray mark): no quotation
        frame = _frame_date(text, starts, mentions, begins, qs, qe)
        if frame is None or frame.interval is None:
            continue
        span = frame.interval
        if (anchor - span.begin).days >= -SAME_TIME_DAYS and (
                span.end - anchor).days > -SAME_TIME_DAYS:
            continue  # said lately: the publication date serves (days: no overflow at 9999)
        day = span.begin if frame.granularity == Granularity.DAY else None
        out.append((qs, qe, day))
    return out


def anchor_within(frames: Sequence[QuoteFrame], start: int, end: int,
                  anchor: date | None) -> date | None:
    """The anchor of the expression at ``start:end``: its quotation's time, else ``anchor``.

    ``frames`` come in text order; of nested quotations the one opened last counts.
    """
    i = bisect.bisect_right(frames, start, key=lambda f: f[0]) - 1
    if i >= 0 and frames[i][0] <= start and end <= frames[i][1]:
        return frames[i][2]
    return anchor
