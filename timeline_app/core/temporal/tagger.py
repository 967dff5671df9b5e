"""Resolution: a recognised :class:`~.recognition.Parse` to mentions, against an anchor.

``tag(text, anchor)`` is recognition (cached per content) followed by :func:`resolve`.
Resolution runs in text order so that the narrative state follows along; the result is a list
of :class:`Mention` objects sorted by offset. It never looks for expressions again: an anchor
check trying many anchors, or a corrected anchor, only re-resolves the same parse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from timeline_app.core.model import Interval, Mention, TimexType

from . import event_anchor, grammar, lexicon, speech, text_memo
from .apposed import take_apposed_dates, take_apposed_days
from .clock_anchor import place_on_clock
from .context import Narrative
from .day_time import join_day_and_time
from .norm_amounts import ACTIONS as AMOUNT_ACTIONS
from .norm_anniversary import ACTIONS as ANNIVERSARY_ACTIONS
from .norm_base import Norm
from .norm_compose import ACTIONS as COMPOSE_ACTIONS
from .norm_dates import ACTIONS as DATE_ACTIONS
from .norm_numeric import ACTIONS as NUMERIC_ACTIONS
from .norm_periods import ACTIONS as PERIOD_ACTIONS
from .norm_relative import ACTIONS as RELATIVE_ACTIONS
from .norm_story import ACTIONS as STORY_ACTIONS
from .ranges import join_ranges, order_lists
from .recognition import Parse, recognise
from .resolve import Ctx
from .story import is_narrative, remember, years_ahead
from .values import interval_of

__all__ = ["resolve", "tag"]

ACTIONS = {**DATE_ACTIONS, **COMPOSE_ACTIONS, **NUMERIC_ACTIONS, **PERIOD_ACTIONS,
           **RELATIVE_ACTIONS, **AMOUNT_ACTIONS, **STORY_ACTIONS,
           **ANNIVERSARY_ACTIONS}
_TYPES = {t.value: t for t in TimexType}
# What an expression becomes when its date falls outside the calendar Python can hold.
_UNPLACEABLE = {"DATE": Norm("DATE", "XXXX-XX-XX", reference="unresolved", confidence=0.1),
                "TIME": Norm("TIME", "XXXX-XX-XXTXX:XX", reference="unresolved", confidence=0.1)}


def _anchor_date(anchor: date | datetime | None) -> date | None:
    if isinstance(anchor, datetime):
        return anchor.date()
    return anchor


def _mention(text: str, s: int, e: int, rule: grammar.Rule, norm: Norm) -> Mention:
    gran, interval = (None, None)
    if norm.type in ("DATE", "TIME"):
        gran, interval = interval_of(norm.value, norm.mod)
        if norm.until is not None and interval is not None:  # "August 20-22": one interval
            _, last = interval_of(norm.until, "")
            if last is not None and last.end > interval.end:
                interval = Interval(interval.begin, last.end)
        if norm.bounds is not None:  # (also where the mod leaves the value open-ended)
            interval = Interval(*norm.bounds)
    return Mention(start=s, end=e, text=_shared(text[s:e]), type=_TYPES[norm.type],
                   value=_shared(norm.value), mod=norm.mod, granularity=gran, interval=interval,
                   rule=rule.id, reference=norm.reference, confidence=round(norm.confidence, 2))


_shared_strings: dict[str, str] = {}
_SHARED_STRINGS_MAX = 1 << 16


def _shared(word: str) -> str:
    """One string for each expression and value met ("March 2024", "2024-03"), not one a mention.

    A densely dated text of tens of megabytes holds a million mentions of a few thousand words.
    """
    known = _shared_strings.get(word)
    if known is None:
        if len(_shared_strings) >= _SHARED_STRINGS_MAX:
            _shared_strings.clear()
        known = _shared_strings[word] = word
    return known


def _check_prefer(prefer: str) -> None:
    if prefer not in ("past", "future"):
        raise ValueError(f"prefer must be 'past' or 'future', not {prefer!r}")


Ticks = Callable[[int, int], None]
"""``ticks(done, total)``: the matches placed so far, every :data:`TICK_MATCHES` of them."""
TICK_MATCHES = 1 << 15
"""Matches placed between two ticks (a second or so: a big text says how far it has come)."""


def resolve(parse: Parse, text: str, anchor: date | datetime | None, *,
            prefer: str = "past", ticks: Ticks | None = None) -> list[Mention]:
    """The mentions of ``parse`` (recognised from ``text``), normalized against ``anchor``.

    ``ticks``: told of the progress of each pass over the matches (a big text's minutes).
    """
    _check_prefer(prefer)
    if len(text) != parse.length:
        raise ValueError("the parse was recognised from another text")
    with lexicon.speaking(parse.lang):  # the normalizers look words up in its lists
        out = _resolve(parse, text, _anchor_date(anchor), prefer, ticks)
        if isinstance(anchor, datetime):  # "in 2 hours" asked at 09:15
            out = place_on_clock(parse, text, out, anchor, prefer)
        return out


def _resolve(parse: Parse, text: str, a: date | None, prefer: str,
             ticks: Ticks | None = None) -> list[Mention]:
    out = _resolve_pass(parse, text, a, prefer, [], ticks)
    frames = speech.quote_frames(text, parse.sentence_starts, out, a)
    if frames:  # quoted speech dated apart from the article: its words again, at its time
        out = _resolve_pass(parse, text, a, prefer, frames, ticks)
    order_lists(text, out)  # "in December and June": the June after that December
    join_ranges(text, out)  # "between 2019 and 2021": the first end's interval spans both
    return join_day_and_time(text, out)  # a typed "tomorrow at noon" is one moment


def _resolve_pass(parse: Parse, text: str, a: date | None, prefer: str,
                  frames: list[speech.QuoteFrame], ticks: Ticks | None = None) -> list[Mention]:
    rules = grammar.rules_by_id(parse.lang)
    chosen = parse.matches
    memo = text_memo.of(parse.lang, text)
    kept = len(text) <= text_memo.MAX_CHARS  # (a longer text's memo ends with this pass)
    year = a.year if a else None
    if ("history", year) not in memo:  # the text's own: once per text (and anchor year)
        memo["history", year] = is_narrative(chosen, text, a)
    if "ahead" not in memo:
        memo["ahead"] = (tuple(years_ahead(chosen)), tuple(m.start for m in chosen))
    ahead, starts = memo["ahead"]
    narrative = Narrative(parse.sentence_starts, document_mode=memo["history", year],
                          anchor_year=year, text=text, ahead=list(ahead),
                          match_starts=starts, memo=memo)
    out: list[Mention] = []
    for done, match in enumerate(chosen):
        if ticks is not None and not done % TICK_MATCHES:
            ticks(done, len(chosen))
        s, e = match.start, match.end
        rule = rules[match.rule]
        narrative.at = s
        here = speech.anchor_within(frames, s, e, a) if frames else a
        key = ("words_only", s, match.rule)
        known = memo.get(key)  # a normalization of the words alone, as it was (Ctx)
        if known is not None:
            norm, mention = known
        else:
            ctx = Ctx(text, s, e, here, prefer, narrative)
            try:
                norm = ACTIONS[rule.action](dict(match.groups), rule.params, ctx)
            except (ValueError, OverflowError):  # arithmetic past year 1 or 9999
                norm = _UNPLACEABLE.get(rule.type)
            mention = None
            if norm is not None:
                mention = _mention(text, *(norm.span or (s, e)), rule, norm)
            if kept and not ctx.read_beyond:  # (a pass reads each match's key once)
                memo[key] = (norm, mention)
        if norm is None:
            continue
        if here is not a and norm.reference == "anchor":  # told against the quote's own day
            norm = replace(norm, reference=speech.QUOTED)
            mention = None
        if norm.span is not None:
            s, e = norm.span
        if mention is None:
            mention = _mention(text, s, e, rule, norm)
        remember(narrative, text, rule, norm, mention, out[-1] if out else None)
        out.append(mention)
    event_anchor.settle(out, narrative.pending, a)  # "three weeks after a fire on March 7"
    take_apposed_dates(out, text, rules)  # "a week earlier, on 3 October"
    take_apposed_days(out, text, rules)  # "la veille de sa visite, jeudi,"
    return out


def tag(text: str, anchor: date | datetime | None, *, prefer: str = "past",
        lang: str | None = None) -> list[Mention]:
    """Temporal expressions of ``text``, normalized against ``anchor`` (the publication date).

    ``anchor=None`` still finds everything, but relative expressions stay underspecified.
    ``prefer`` ("past"/"future") settles references that neither tense nor context decide.
    ``lang`` (ISO 639-1) picks the grammar folder (English when it has none).
    """
    _check_prefer(prefer)
    return resolve(recognise(text, lang), text, anchor, prefer=prefer)
