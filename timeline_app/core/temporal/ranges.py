"""Two dates told as one span: "between 2019 and 2021", "from May 1804 to September 1806".

TIMEX3 marks each end apart (TimeBank does, and the scorers count them so), so both mentions
stay; the first one's interval then runs to the end of the second, so the timeline draws the
span the text tells rather than its first unit. The link words are the language's
(``range_open``, ``range_link`` and ``range_list`` in ``cues.txt``): a dash or "to" needs no
opening word ("2019-2021", "March 3 to March 10"), a link that also joins lists does ("between
... and": "in 1990 and 1991" is a list, not a span).
"""

from __future__ import annotations

from dataclasses import replace

from timeline_app.core.model import Interval, Mention

from . import lexicon
from .cues import pattern as cue
from .cues import word_set

__all__ = ["join_ranges"]


def join_ranges(text: str, mentions: list[Mention]) -> None:
    """Stretch, in place, each mention that opens a span to the end of the one closing it."""
    range_link = cue("range_link")  # (once a text, not once a mention)
    for i in range(len(mentions) - 1):
        first, last = mentions[i], mentions[i + 1]
        if not (first.placeable and last.placeable):
            continue
        link = range_link.fullmatch(text, first.end, last.start)
        if link is None:
            continue
        word = link.group(0).strip().lower()
        if (word in word_set("range_list", lexicon.current())
                and cue("range_open").search(text, max(0, first.start - 24), first.start) is None):
            continue
        a, b = first.interval, last.interval
        assert a is not None and b is not None  # (placeable)
        if b.begin < a.begin or b.end <= a.end:
            continue  # the end never before the start: "from 2021 to 2019" is no span
        mentions[i] = replace(first, interval=Interval(a.begin, b.end))
