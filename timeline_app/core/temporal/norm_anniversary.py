"""Anniversaries: "the 75th anniversary of the opening" is the opening's date, 75 years on.

The event is dated as for any offset from an event (:mod:`.event_anchor`): by a date inside
its phrase ("the 10th anniversary of the 2013 floods") or by an earlier sentence that dated an
event of that name. "Of the end of the war" counts from the last date the text gave the war (a
range's end), "of the start of the war" from the first; the words are ``event_start`` and
``event_end`` in ``reference.txt``. An anniversary without a number ("on the anniversary of the
attack") is the one in the anchor's year. A date right before it in apposition ("today, the
39th anniversary of ...") is its day. An event the text does not date leaves the expression
unplaced, its reference naming the event.
"""

from __future__ import annotations

import re
from functools import cache

from . import cues, event_anchor, lexicon
from .dates import at_unit, shift
from .norm_base import Norm
from .resolve import Ctx

__all__ = ["ACTIONS"]

G = dict[str, str | None]

_DIGITS = re.compile(r"(\d{1,3})\D*$")  # "75th", "75."


@cache
def _of_date(lang: str) -> re.Pattern[str]:
    """The words joining a date to its event ("the floods of 2013"): ``cues.txt``."""
    return re.compile(rf"\s+(?:{cues.alternation('event_date_link', lang)})\s+", re.IGNORECASE)


def _count(word: str | None) -> int | None:
    """The number of years of "75th", "first"; None for an anniversary without a number."""
    if not word:
        return None
    m = _DIGITS.match(word)
    if m:
        return int(m.group(1))
    value = lexicon.table("ordinals").get(word.lower())
    return int(value) if value and value.isdigit() else None


def _edge(phrase: str) -> str:
    """``start``, ``end`` or "" for the end of the event its phrase names."""
    kinds = lexicon.table("reference")
    for word in re.findall(r"[^\W\d_]+", phrase.lower())[:3]:
        kind = kinds.get(word)
        if kind in ("event_start", "event_end"):
            return kind[6:]
    return ""


def _noun_end(text: str, hook: event_anchor.Hook) -> int:
    """Where the event's own words end: its noun, and a date joined to it by "of" or "in".

    The phrase runs to the end of the clause ("the opening was marked today"): a date further
    on dates the anniversary, not the event.
    """
    if hook.noun is None:
        return hook.hi
    at = hook.phrase.lower().find(hook.noun)
    end = hook.lo + at + len(hook.noun)
    joined = _of_date(lexicon.current()).match(text, end)
    return min(hook.hi, joined.end() + 1 if joined else end)


def _unplaced(hook: event_anchor.Hook) -> Norm:
    """Unplaced, hung on the event: its words up to its noun ("his abduction", not "... nears")."""
    phrase = hook.phrase
    if hook.noun is not None:
        phrase = phrase[:phrase.lower().find(hook.noun) + len(hook.noun)]
    return Norm("DATE", "XXXX-XX-XX", "", event_anchor.EVENT + phrase, 0.3)


# A date, a comma, then the anniversary: "today, the 39th anniversary of ...": the same day.
_APPOSED = re.compile(r"\S+(?:\s+\S+){0,3}?,\s*$")


def _apposed(ctx: Ctx) -> Norm | None:
    """The date the anniversary stands in apposition to, if a placed one comes right before."""
    if not ctx.narrative.dates:
        return None
    pos, value, day, unit = ctx.narrative.dates[-1]
    if not 0 <= ctx.start - pos <= 40 or not _APPOSED.fullmatch(ctx.text, pos, ctx.start):
        return None
    return Norm("DATE", value, "", "narrative", 0.6, placed=(day, unit))


def _anniversary(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"the 75th anniversary of <a dated event>": that date plus 75 years, at its precision."""
    apposed = _apposed(ctx)
    if apposed is not None:  # the text says which day it is
        return apposed
    hook = event_anchor.hook(ctx.text, ctx.end)
    if hook is None:
        return None
    n = _count(g.get("ord"))
    hi = _noun_end(ctx.text, hook)
    dated_inside = ctx.narrative.match_between(hook.lo, hi)
    if not (hook.determined or hook.noun or dated_inside):
        return None  # as for "the first day": "the anniversary of independence" names no event
    if n is not None and dated_inside:  # "of the 2013 floods"
        ctx.narrative.pending.append(event_anchor.Pending(ctx.start, 1, n, "Y", "", hook.lo, hi,
                                                          keep=True))
        return _unplaced(hook)
    edge = _edge(hook.phrase)
    events = ctx.narrative.event_starts if edge != "end" else ctx.narrative.events
    nouns = event_anchor.nouns_in(hook.phrase)
    known = next((events[noun] for noun in nouns if noun in events), None)
    if known is None:
        return _unplaced(hook)
    base, prec = known
    if n is None:
        if ctx.anchor is None:
            return _unplaced(hook)
        n = ctx.anchor.year - base.year
    try:
        day = shift(base, "Y", n)
    except (ValueError, OverflowError):
        return _unplaced(hook)
    if ctx.anchor is not None and day > shift(ctx.anchor, "Y", 1):
        # more than a year ahead: the date found is no date of the event itself (a report
        # day in the same sentence, "said Thursday ... the second anniversary of his abduction")
        return _unplaced(hook)
    value, used = at_unit(day, prec)
    return Norm("DATE", value, "", "narrative", 0.6, placed=(day, used))


ACTIONS = {"anniversary": _anniversary}
